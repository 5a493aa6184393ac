"""A verb that leads an infinitive of saying (`volvió a insistir en que`, `acabó por reconocer`, `coincidieron en
señalar`, `acaba de anunciar`, `tuvo que aclarar`) passes the statement to its own subject
(search.speakers.periphrases); refusing, avoiding, a duty and a plan report nothing. Issue 14, round 17 (sp17b):
a construction not read. Rows of my own wording, other names and shapes."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.periphrases import leads_here, periphrasis_lead

INTRO = ["Pleno del ayuntamiento", "La sesión empezó a las diez en el salón de plenos."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La alcaldesa Rosa Valdés comenzó a hablar de que el presupuesto no alcanza.", ["Rosa Valdés"]),
        ("El diputado Martín Ocaña volvió a insistir en que la ley es injusta.", ["Martín Ocaña"]),
        ("El consejero Pablo Nieto pasó a explicar que las obras empiezan en marzo.", ["Pablo Nieto"]),
        ("El ministro Tomás Rey acabó por reconocer que hubo errores.", ["Tomás Rey"]),
        ("El entrenador Luis Parra terminó por admitir que el equipo jugó mal.", ["Luis Parra"]),
        ("La rectora Ana Cuevas ha vuelto a pedir que se respete la autonomía.", ["Ana Cuevas"]),
        ("La diputada Irene Soto se atrevió a denunciar que hubo sobornos.", ["Irene Soto"]),
        ("El portavoz Iker Solano salió a desmentir que haya una crisis.", ["Iker Solano"]),
        ("El ministro Tomás Rey acaba de anunciar que habrá elecciones.", ["Tomás Rey"]),
        ("La ministra Sara Luna tuvo que aclarar que no dimitirá.", ["Sara Luna"]),
        ("El concejal Pablo Nieto decidió denunciar que hubo irregularidades.", ["Pablo Nieto"]),
        ("Los alcaldes Rosa Valdés y Pedro Gil coincidieron en señalar que faltan fondos.",
         ["Rosa Valdés", "Pedro Gil"]),
        # the subject written after the periphrasis, closing a quotation
        ("«No habrá más recortes», volvió a insistir el ministro Tomás Rey.", ["Tomás Rey"]),
        ("«Hubo errores», acabó por reconocer la jueza Elena Prado.", ["Elena Prado"]),
        # what was already read stays
        ("La senadora Lucía Benítez llegó a afirmar que el fraude fue masivo.", ["Lucía Benítez"]),
        ("El portavoz Iker Solano se limitó a decir que el acuerdo sigue en pie.", ["Iker Solano"]),
        # negatives: refusing, avoiding, a duty, a plan, someone else's saying, a lead with no saying after it
        ("El alcalde Mario Gil se negó a declarar sobre el asunto.", []),
        ("La ministra Sara Luna evitó comentar el caso.", []),
        ("La ministra Sara Luna evitó decir que el acuerdo estaba roto.", []),
        ("El juez Raúl Peña tiene que decidir si acepta la demanda.", []),
        ("El ministro Tomás Rey tiene que explicar que pasó con el dinero.", []),
        ("La concejala Nuria Vera dejó de hablar con sus compañeros.", []),
        ("El alcalde Mario Gil animó a denunciar que hubo abusos.", []),
        ("El ministro Tomás Rey no volvió a hablar del asunto.", []),
        ("El doctor Felipe Mora comenzó a trabajar en el hospital en 2010.", []),
        ("El ministro Tomás Rey volvió a viajar a Bruselas.", []),
        ("La ministra Sara Luna acabó por aceptar el cargo.", []),
        ("El ministro Tomás Rey volvió a casa tras declarar ante el juez.", []),
    ],
)
def test_a_lead_verb_passes_the_saying_to_its_subject(line, expected):
    assert paragraph_speakers([*INTRO, line])[2] == expected


@pytest.mark.parametrize("verb", ["comenzó a hablar de que", "afirmó que"])
def test_a_description_fits_the_person_followed_who_held_an_office_once(verb):
    """`el líder conservador comenzó a…`: the lead verb is no word of the description (search.speakers.noun_phrases);
    and a description the person followed does not contradict names them, though they only held an office once
    (`el expresidente X`), before someone met in passing who holds a current one (`el gobierno de Y`)."""
    paragraphs = ["Elecciones",
                  "El expresidente Arturo Lemus criticó el plan, que sigue en el gobierno de Pablo Ibarra.",
                  "Lemus dijo que el plan es un error.", f"El líder conservador {verb} «habrá un fraude»."]
    assert paragraph_speakers(paragraphs)[3] == ["Arturo Lemus"]


@pytest.mark.parametrize(
    ("words", "index", "lead"),
    [
        ("volvió a insistir en que", 2, 0),
        ("acabó por reconocer que", 2, 0),
        ("acaba de anunciar", 2, 0),
        ("coincidieron en señalar", 2, 0),
        ("prefirió aclarar que", 1, 0),
        ("tuvo que aclarar", 2, 0),
        ("volvió de declarar", 2, None),
        ("tiene que explicar", 2, None),
        ("evitó comentar", 1, None),
        ("acabó en declarar", 2, None),
    ],
)
def test_periphrasis_lead(words, index, lead):
    assert periphrasis_lead(words.split(), index) == lead


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        ("el líder comenzó a hablar", 2, True),
        ("el ministro pasado dijo", 2, False),
        ("el vino a granel", 1, False),
        ("la jueza decidió aclararlo", 2, True),
    ],
)
def test_leads_here(words, index, expected):
    assert leads_here(words.split(), index) is expected


GERUND_INTRO = ["Crisis en el puerto",
                "La alcaldesa Rosa Valdés recorrió este lunes los muelles afectados por el temporal."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # before what it reports: the lead's subject, written or the person followed (sp34)
        ("Al respecto, comenzó diciendo que el daño supera lo previsto.", ["Rosa Valdés"]),
        ("Luego, empezó señalando: «Nadie nos avisó del oleaje».", ["Rosa Valdés"]),
        ("Finalmente, la alcaldesa cerró diciendo que pedirá recursos al Gobierno.", ["Rosa Valdés"]),
        ("El capitán Óscar Ibáñez partió explicando que el muelle norte sigue cerrado.", ["Óscar Ibáñez"]),
        ("Y terminó afirmando que «el puerto abrirá el jueves».", ["Rosa Valdés"]),
        ("Los pescadores Julio Mena y Ana Paz comenzaron diciendo que perdieron sus botes.",
         ["Julio Mena", "Ana Paz"]),
        # after a quotation it closes, with or without its subject
        ("«Perdimos tres embarcaciones y el galpón entero», comenzó diciendo el capitán Óscar Ibáñez.",
         ["Óscar Ibáñez"]),
        ("«Esto no puede volver a pasar en nuestra bahía», partió explicando.", ["Rosa Valdés"]),
        ("«Vamos a reconstruir todo lo que se perdió», siguió señalando la jefa comunal.", ["Rosa Valdés"]),
        # negatives: a gerund with its own clause (a body's, a thing's), a lead with no saying after it
        ("La empresa portuaria publicó un video diciendo que todo está en orden.", []),
        ("El municipio comenzó diciendo que el plan sigue.", []),
        ("El temporal terminó destruyendo tres galpones.", []),
        ("La alcaldesa comenzó trabajando en el muelle a las seis.", []),
        ("El barco partió rumbo a Valparaíso.", []),
    ],
)
def test_a_verb_of_beginning_or_ending_passes_a_gerund_of_saying_to_its_subject(line, expected):
    """`comenzó diciendo que…`, `«…», cerró señalando X`: the gerund is how the lead's subject began or ended
    (search.speakers.periphrases.gerund_lead); a Chilean press idiom (issue 14, the pool of stop 33)."""
    assert paragraph_speakers([*GERUND_INTRO, line])[2] == expected
