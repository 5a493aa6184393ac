"""Round 20, precision: a description before a verb of saying is never a person named only inside that verb's
complement (a name written after it, past a verb, `que` or a quotation mark), whom the words are about."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.quote_marks import scan


@pytest.mark.parametrize(
    "paragraphs, line, absent",
    [
        (["El concejal Pedro Ramos Gil habló del plan.",
          "El edil ha indicado que «la obra salda una vieja deuda del alcalde de la ciudad, Mario Soto, con los "
          "vecinos del barrio»."], 1, "Mario Soto"),
        (["El portavoz Iván Castro Lema compareció tras la reunión.",
          "El vocero aseguró que la propuesta del ministro, Julián Prieto Sanz, llega tarde y mal."], 1,
         "Julián Prieto Sanz"),
        (["La investigadora Lucía Prado Gómez presentó el estudio.",
          "La experta ha señalado en una charla que la intervención del presidente Óscar Villalba fue, a su juicio, "
          "«clara» y «firme»."], 1, "Óscar Villalba"),
    ],
)
def test_a_description_is_not_the_person_its_complement_names(paragraphs, line, absent):
    assert absent not in paragraph_speakers(paragraphs)[line]


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        # the name closes the description itself: its apposition, before or after the verb
        ("Lo confirmó por la tarde el diputado provincial del partido, Felipe Ramos de la Vega, quien contestó a la "
         "diputada Ana Pérez que el reglamento ya lo prevé.", "Felipe Ramos de la Vega"),
        ("«La cosecha se salvará por poco», opinó el experto en suelos y riego del Instituto Agrario de Lima "
         "Jorge Quispe Mamani.", "Jorge Quispe Mamani"),
        ("La directora del laboratorio, Inés Varela Ríos, explicó que la muestra es pequeña.", "Inés Varela Ríos"),
    ],
)
def test_a_name_in_apposition_to_the_description_still_speaks(paragraph, speaker):
    assert speaker in paragraph_speakers([paragraph])[0]


@pytest.mark.parametrize(
    "first, second, speaker",
    [
        ("Tom Whitmore, un elector del estado, dijo que confiaba en el voto.",
         '"Al mediodía del lunes todo habrá acabado", dijo Thomas J. Whitmore, presidente del sindicato. "Para mí '
         'es increíble".', "Thomas J. Whitmore"),
        ("La jueza Marisa Castro Peña habló el martes.",
         "Según explicó ayer María L. Castro, portavoz de la asociación, la sentencia llega tarde.", "María L. Castro"),
        ("Tom Keller, un elector de Ohio, dijo que votará temprano.",
         "«Hoy votamos», dijo Walter J. Keller, presidente del sindicato.", "Walter J. Keller"),
        ("Ana Prieto dijo que el plan avanza.", "Luisa M. Prieto aseguró que no hay fondos.", "Luisa M. Prieto"),
        # negative: a name met before still parts a run of two names glued together (a full stop lost between them)
        ("Tomás Varela dijo que firmará.",
         "En el acto, Igor Klimenko Varela ha destacado que el acuerdo llega tarde.", "Tomás Varela"),
    ],
)
def test_a_middle_initial_keeps_its_surname_after_a_namesake(first, second, speaker):
    # a known person's surname after an initial and its full stop is the same name's, not a second name glued on
    assert paragraph_speakers([first, second])[1] == [speaker]


@pytest.mark.parametrize(
    "second",
    ["«No es así, ni lo será nunca», añadió D. Lope, muy serio.",
     "Volvióse D. Lope hacia la puerta y dijo que no saldría."],
)
def test_an_honorifics_abbreviation_is_no_middle_initial(second):
    # `D.` opens the run or follows a word that is no given name: the honorific, and the known person after it
    assert paragraph_speakers(["Don Lope Garrido llegó tarde a casa aquella noche.", second])[1] == ["Don Lope Garrido"]


@pytest.mark.parametrize(
    "text",
    ['“Perdimos por poco. Volveremos a intentarlo ".',
     '“Seguiremos en la calle hasta que nos escuchen " .'],
)
def test_a_straight_mark_that_ends_a_paragraph_closes_a_curly_one(text):
    # a source that mixes its marks, with a space before the last: no letter follows, so it opens nothing
    assert scan(text, None, nested=True)[0] is None


def test_a_quotation_closed_by_a_stray_straight_mark_carries_over_nothing():
    lines = ["Recuento en el estado",
             "“Sabemos que muchos esperaban otra cosa”, dijo el diputado Óscar Lamas Vidal en un comunicado. “Pero "
             'las reglas son las reglas ".',
             "Cada votante elige en su papeleta a un grupo de compromisarios de su provincia.",
             "Gana la alcaldía la lista que suma más de la mitad de ellos."]
    assert paragraph_speakers(lines)[2:] == [[], []]


def test_a_straight_mark_before_more_words_still_opens():
    assert scan('“Lo dijo así: "ya veremos', None, nested=True)[0] is not None


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["El defensa Iván Soler Gil jugó ayer su último partido.",
         "En las imágenes se ve cómo le ofrecen una camiseta de su antiguo club, la cual rechaza firmar sin dar el "
         "motivo."],
        ["La portera Lidia Sanz Ortega volvió a entrenar.", "Sanz Ortega rechazó posar para los fotógrafos."],
        ["El ministro Aurelio Pons Mas llegó a la cumbre.", "Pons rechazó hacer declaraciones a la entrada."],
    ],
)
def test_rechazar_before_an_infinitive_refuses_an_act(paragraphs):
    assert paragraph_speakers(paragraphs)[-1] == []


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        ("La alcaldesa Nuria Campos Vela rechazó las acusaciones de la oposición.", "Nuria Campos Vela"),
        ("La alcaldesa Nuria Campos Vela rechazó haber cobrado comisiones.", "Nuria Campos Vela"),
        ("El entrenador Hugo Prats Lara rechaza que el equipo esté cansado.", "Hugo Prats Lara"),
    ],
)
def test_rechazar_with_an_object_a_clause_or_a_past_fact_states(paragraph, speaker):
    assert paragraph_speakers([paragraph])[0] == [speaker]


@pytest.mark.parametrize(
    "paragraph",
    ["La presentadora Rosa Vidal Gómez se va de vacaciones y la competencia responde con un estreno.",
     "El cantante Leo Marín Soto se retira un año y la discográfica anuncia un disco de versiones.",
     "La presentadora Rosa Vidal Gómez se va de vacaciones y la ministra respondió que no hay problema."],
)
def test_a_clause_after_y_with_a_noun_of_its_own_is_not_the_names(paragraph):
    assert paragraph_speakers([paragraph])[0] == []


@pytest.mark.parametrize(
    "paragraphs, speaker",
    [
        (["Rosa Vidal Gómez critica el plan y asegura que no saldrá adelante."], "Rosa Vidal Gómez"),
        (["La ministra Ana Gil Pardo visitó la planta.",
          "El director Luis Mora Ruiz la recibió en la puerta y la ministra aseguró que volverá."], "Ana Gil Pardo"),
    ],
)
def test_a_shared_subject_or_a_known_role_after_y_still_speaks(paragraphs, speaker):
    assert paragraph_speakers(paragraphs)[-1] == [speaker]


def test_a_plural_verb_after_a_name_and_a_noun_has_them_all_as_subject():
    found = paragraph_speakers(["Esteban Ruiz y los invitados alabaron el comedor y dijeron que nunca vieron otro "
                                "igual."])
    assert found[0] != []
