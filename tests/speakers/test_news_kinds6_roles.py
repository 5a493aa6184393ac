"""Kinds of attribution met in real news (round 6): who is a person, and roles resolved to the person, each with
cases of other names and shapes than those it was found on, negative ones included."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # streets, areas, agencies and companies are no speakers, nor whom a later verb refers to
        (["El alcalde Luis Roca dijo que la obra sigue.",
          "La obra va del Paseo de la Alameda a la Calzada de Tlalpan.", "Agregó que acabará en mayo."],
         [["Luis Roca"], [], ["Luis Roca"]]),
        (["El escritor Juan Mora lo contó en un diario de la Ciudad de México y Área Metropolitana, en la que "
          "expuso que el museo abrirá."], [["Juan Mora"]]),
        (["La empresa firmó con Tata Group y Marvel Comics.", '"Estamos confiados", dijo la directora Ana Gil.'],
         [[], ["Ana Gil"]]),
        (["Notimex informó que el candidato Luis Vega llegó.", "Vega dijo que ganará."], [[], ["Luis Vega"]]),
        # a full name after a body's name is a person
        (['"Es un avance", dijo al medio Notimex Jorge Pérez, director del hospital.'], [["Jorge Pérez"]]),
        # a role that names a body (`del Consejo Ciudadano Consultivo`) keeps the body's words out of any name
        (["En su mensaje, la presidenta del Consejo Ciudadano Consultivo, reconoció la labor del equipo."], [[]]),
    ],
)
def test_places_and_bodies_are_no_speakers(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a role noun of a trade or art stands for the person with it
        (["El luchador Mario Ortiz presentó el museo.", "El director Luis Vega dijo que abrirá en mayo.",
          '"Estamos buscando la sede", agregó el también luchador profesional.'],
         [[], ["Luis Vega"], ["Mario Ortiz"]]),
        (["La compositora Inés Robles tiene nuevo disco.", "La autora de Luna Roja reconoce que le cuesta escribir."],
         [[], ["Inés Robles"]]),
        # the coach by any of his names: estratega, director técnico
        (["Luego del partido, el director técnico de los Pumas, Raúl Cano, fue claro al decir que ganarán.",
          "El estratega brasileño del equipo aseguró que el rival es fuerte."], [["Raúl Cano"], ["Raúl Cano"]]),
        (["El estratega del equipo aseguró que ganarán.", "El entrenador de los Pumas, Raúl Cano, llegó ayer."],
         [["Raúl Cano"], []]),
    ],
)
def test_roles_resolved_to_the_person(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a noun of a trade finds the one who has it, not another person of another trade
        (["El corresponsal de la BBC, Chris Bell, recordó que el dibujante vivía solo.",
          "El presentador Jon Ross, que lo conoció, dijo que era un genio.",
          '"Gracias, Steve", expresó el periodista.'],
         [["Chris Bell"], ["Jon Ross"], ["Jon Ross"]]),
        (["La periodista Ana Gil publicó la exclusiva.", "El fiscal Luis Vega dijo que investigará.",
          "La periodista reivindicó su derecho a informar."], [[], ["Luis Vega"], ["Ana Gil"]]),
        # a generic noun (el hombre, la mujer) may stand for a person named with another
        (["El viudo Mauro Sosa, de 40 años, llegó al juzgado.", "El hombre aseguró que se casó por amor."],
         [[], ["Mauro Sosa"]]),
    ],
)
def test_a_trade_noun_keeps_its_head(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # `publicó lo siguiente:` frames a quotation: a body that publishes speaks as no person, and the one speaking
        # before does not go on
        (["La escritora Ana Gil dijo que el autor era un genio.",
          'Y la editorial Planeta publicó lo siguiente: "Fue uno de los grandes.', 'Lo echaremos de menos".'],
         [["Ana Gil"], [], []]),
        (['El ministro Luis Vega escribió lo siguiente: "Es un día triste".'], [["Luis Vega"]]),
        # a role between two names belongs to the name after it
        (["Tras los Cuartos de Final, el técnico de los Pumas, Raúl Cano, fue claro al decir que ganarán.",
          "El estratega del equipo aseguró que el rival es fuerte."], [["Raúl Cano"], ["Raúl Cano"]]),
    ],
)
def test_framed_quotations_and_roles_between_names(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a role that reaches over `de` before the name (`El periodista de investigación griego X`) is X's, and the
        # role asked for later finds whoever shares more of its words, before the last one to speak
        (["El periodista de investigación griego Kostas Lamb irá a juicio.",
          'Otro periodista, Mijail Dros, sostiene que "fue un error".',
          "Tras su detención, el periodista de investigación narró el acoso."],
         [[], ["Mijail Dros"], ["Kostas Lamb"]]),
        (["La directora de cine española Ana Gil presentó su filme.", "El actor Luis Vega dijo que fue un honor.",
          "La directora de cine aseguró que repetirá."], [[], ["Luis Vega"], ["Ana Gil"]]),
        # negative: a name after a role and `de` or a body's noun names that body, and a clause is no role
        (["El entrenador de los Pumas dijo que ganarán."], [[]]),
        (["El candidato de la coalición Juntos Haremos Historia dijo que ganará."], [[]]),
        (["El portavoz Luis Vega recordó que Xi declaró que la paz es posible."], [["Luis Vega", "Xi"]]),
    ],
)
def test_roles_reaching_over_de_and_shared_words(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # `el propio X`, `la misma X`: the person, not a thing named X
        (["Las fuentes aseguran que recibieron la lista y el propio Luis Vaxe reivindicó su derecho: "
          '"No he hecho nada", dice.', '"Soy periodista".'], [["Luis Vaxe"], ["Luis Vaxe"]]),
        (["La misma Ana Gil dijo que no vendrá."], [["Ana Gil"]]),
        # negative: a thing named after a common noun
        (["La empresa Sedapal informó que no habrá agua."], [[]]),
    ],
)
def test_an_emphatic_adjective_before_a_name(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a short acronym the lexicon doesn't know is part of a stage name; a medium's acronym is not
        (["MC Lola dijo que el disco sale en mayo."], [["Lola"]]),
        (["En entrevista con BBC Mundo, el médico Luis Vega dijo que sí."], [["Luis Vega"]]),
        (["TV Azteca informó que la serie vuelve."], [[]]),
    ],
)
def test_stage_names_and_media(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an office of one gender stands for the last of that gender to speak, when the last speaker is of the other
        (["Carmen Ruiz repasa los retos de la ciudad.", "—Hemos cumplido —responde Ruiz—.",
          'Su rival, el socialista Luis Flórez, sostiene que la ciudad "ha perdido cuatro años".',
          "La alcaldesa prefiere no responderle: «Los vecinos juzgarán»."],
         [[], ["Carmen Ruiz"], ["Luis Flórez"], ["Carmen Ruiz"]]),
        # negative: nobody of that gender has spoken
        (["Luis Flórez dijo que la ciudad ha perdido.", "La alcaldesa prefiere no responderle."],
         [["Luis Flórez"], []]),
    ],
)
def test_an_office_finds_the_last_speaker_of_its_gender(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a lead that credits a role: the person the body names with that role, whose apposition lost its comma
        (["Cano cede la presión a los Rayos", "El estratega brasileño del equipo aseguró que el rival es el favorito",
          "Tras la final, el director técnico de los Pumas, Raúl Cano fue claro al decir que el rival es fuerte."],
         [[], ["Raúl Cano"], ["Raúl Cano"]]),
        (["La presidenta del consejo aseguró que habrá fondos",
          "En el acto, la presidenta del consejo, Ana Ruiz anunció más becas."], [["Ana Ruiz"], ["Ana Ruiz"]]),
        # negative: a role after a verb is its subject, not an apposition of the name after it
        (["La abogada Ana Arias denunció a su jefe.", "Desde entonces, aseguró la entrevistada, Luis Gómez ya emitía "
          "comentarios."], [["Ana Arias"], ["Ana Arias"]]),
    ],
)
def test_a_lead_credits_the_role_the_body_names(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a possessive written capitalised inside a sentence opens a title, not a name: the role is the person's
        (["La cantante Rosa Lema dijo que sí.", "La autora de Tu Sicaria reconoce que maneja sus cuentas."],
         [["Rosa Lema"], ["Rosa Lema"]]),
        (["El cantante Luis Mora dijo que no.", "El autor de Mis Noches afirma que vuelve a cantar."],
         [["Luis Mora"], ["Luis Mora"]]),
    ],
)
def test_a_title_after_a_capitalised_possessive(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a full name after the body a role names is the person, the closing comma making him the subject
        (["Frente a su colega, el titular de la Secretaría de Relaciones Exteriores Luis Vidal, dijo que habrá "
          "acuerdo."], [["Luis Vidal"]]),
        (["La directora del Instituto de Salud Pública Ana Ruiz aseguró que no hay brote."], [["Ana Ruiz"]]),
        # negative: the role's own body with no full name after it
        (["El titular de la Secretaría de Relaciones Exteriores dijo que habrá acuerdo."], [[]]),
    ],
)
def test_a_name_after_the_body_of_a_role(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a capitalised `Al` before a surname is a given name, at the start or inside a sentence; a religious title is
        # a role
        (["El alcalde Bill Roca dijo que sí.", '"Es intolerable", denuncia el reverendo Al Sharpton, "debe acabar".'],
         [["Bill Roca"], ["Al Sharpton"]]),
        (["Al Gore dijo que el clima cambia."], [["Al Gore"]]),
        # negative: `Al` as a contraction
        (["El alcalde Bill Roca llegó.", "Al Gobierno le preocupa, dijo Roca."], [[], ["Bill Roca"]]),
        (["Al llegar, Ana Gil dijo que sí."], [["Ana Gil"]]),
    ],
)
def test_al_as_a_given_name(paragraphs, expected):
    assert speakers(*paragraphs) == expected
