"""Issue 14, round 16b: recall on unseen news (blind18, blind20). Rows of my own wording, other names and shapes.

- A preposition that governs a whole noun phrase (`según la doctora Marín`) does not make the name in it a body
  inside the role, as `de` does in `el director de la consultora Prisma` (search.speakers.mentions.in_complement):
  the name is the role's own, so `según` credits it.
- A bare noun of a person, with no complement, is decided once as the description of someone: `el experto` is the
  person followed (the speaker of the lines before), before anyone the text gave that office (`el profesor X` met
  earlier); `el doctor` is the one the text last gave that title (search.speakers.people.People._bare).
- A trade (a noun the trade list knows, or a specialist's by its ending `-ólogo`/`-óloga`) apposed after a name
  (`X, neumóloga de…`, with its body's acronym in brackets) is that person's role, so a later `señala la
  neumóloga` is hers; a trade written as the subject after a quotation that no one was given (`asegura el
  sismólogo`) is someone unnamed, not the person followed (search.speakers.descriptions, mentions, subject_after,
  focus_lines).
- A full name followed by `de`/`del` and a body's name (`Laura Prieto del Hospital Clínico`) ends before `de`: the
  body is where the person works (search.speakers.runs.name_head).
- A verb of naming or defining (`definir … como`, `catalogar`, `denominar`) states a position when the name it gives
  opens in quotation marks within a few words (search.speakers.lexicon.NAMING, reporting.reports).
"""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Titular", "Según la doctora Marín, el tratamiento es seguro."], [["Marín"]]),
        (["Titular", "El tratamiento es seguro, según el doctor Abel Sanz."], [["Abel Sanz"]]),
        (["Titular", "Las pautas, según la profesora Vidal, son sencillas."], [["Vidal"]]),
        # negatives: a body in the role's complement, a body, a clinic named after a doctor, a visit
        (["Titular", "Según el director de la consultora Prisma, la economía crecerá."], [[]]),
        (["Titular", "Según la consultora Prisma, la economía crecerá."], [[]]),
        (["Titular", "Según la clínica del doctor Pardo, la operación fue bien."], [[]]),
        (["Titular", "La visita de la doctora Marín al hospital duró dos horas."], [[]]),
    ],
)
def test_a_title_and_a_name_after_a_preposition_name_the_source(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[1:] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the person followed, not the professor met before
        (["Titular", "«Hay que esperar», explica a este diario el profesor Óscar Lema, de la Universidad de Vigo.",
          "El geólogo Tomás Ferrer también alerta de que el terreno cede.", "«Nadie lo vigila», dice el experto."],
         [["Óscar Lema"], ["Tomás Ferrer"], ["Tomás Ferrer"]]),
        # the person followed is of the other gender: the one who fits
        (["Titular", "«Hay que esperar», explica la catedrática Ana Ruiz.",
          "El geólogo Tomás Ferrer también alerta de que el terreno cede.", "«Nadie lo vigila», dice la experta."],
         [["Ana Ruiz"], ["Tomás Ferrer"], ["Ana Ruiz"]]),
        # a bare title: the one the text gave it, though another spoke between
        (["Titular", "El doctor Iván Soler atiende en la clínica de Teruel.",
          "La enfermera Marta Gil dijo que faltan camas.", "«Estamos al límite», dice el doctor."],
         [[], ["Marta Gil"], ["Iván Soler"]]),
        # negative: no one was given the title of that gender
        (["Titular", "El doctor Iván Soler atiende en la clínica de Teruel.",
          "La enfermera Marta Gil dijo que faltan camas.", "«Estamos al límite», dice la doctora."],
         [[], ["Marta Gil"], []]),
    ],
)
def test_a_bare_noun_of_a_person_names_the_one_followed_or_titled(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[1:] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a trade apposed after the name (`X, neumóloga de…`) is the person's: the description finds her, not the
        # speaker of the line before
        (["Titular", "«Hay que vacunar», explica Rosa Gil, neumóloga del Hospital del Mar.",
          "«No hay riesgo», dice Pedro Sanz, cardiólogo del Hospital Clínico.",
          "«Es seguro», señala la neumóloga del Hospital del Mar."],
         [["Rosa Gil"], ["Pedro Sanz"], ["Rosa Gil"]]),
        (["Titular", "«El agua baja», advierte Carla Ibáñez, hidróloga de la confederación.",
          "«Falta inversión», añade el ingeniero Tomás Ferrer.", "«No habrá cortes», asegura la hidróloga."],
         [["Carla Ibáñez"], ["Tomás Ferrer"], ["Carla Ibáñez"]]),
        # an office apposed with its body's acronym in brackets: the acronym names it later
        (["Titular", "«Hay que medir», explica el neumólogo Germán Soto, vicepresidente de la Sociedad Española de "
          "Neumología (SEPAR).", "«Es fiable», dice la doctora Ana Ruiz.", "«Hay que vigilar», señala el "
          "vicepresidente de SEPAR."],
         [["Germán Soto"], ["Ana Ruiz"], ["Germán Soto"]]),
        # negative: a trade no one was given is someone unnamed, not the person followed
        (["Titular", "«El agua baja», advierte Carla Ibáñez, hidróloga de la confederación.",
          "«Falta inversión», añade el ingeniero Tomás Ferrer.", "«No habrá cortes», asegura el sismólogo."],
         [["Carla Ibáñez"], ["Tomás Ferrer"], []]),
        # negative: a trade before a name that states nothing
        (["Titular", "La psicóloga Nerea Ortiz atiende a los vecinos.",
          "El alcalde Julián Mata dijo que el centro abrirá."],
         [[], ["Julián Mata"]]),
    ],
)
def test_a_trade_names_the_person_the_text_gave_it(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[1:] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a full name, then `de`/`del` and a body's name: where the person works, not part of the name
        ("La ginecóloga Laura Prieto del Hospital Clínico afirma que no hay una regla fija.", ["Laura Prieto"]),
        ("El economista Luis Mora de la Universidad de Vigo cree que habrá crisis.", ["Luis Mora"]),
        ("Marcos Pena del Instituto Oceanográfico advirtió que el mar se calienta.", ["Marcos Pena"]),
        # a name with particles and no body stays whole
        ("Juan de la Cruz dijo que no.", ["Juan de la Cruz"]),
        ("María del Carmen Ruiz aseguró que no.", ["María del Carmen Ruiz"]),
        # negatives: a body and a person who sign, a visit, a body named after a person
        ("La Universidad de Vigo y Luis Mora firmaron un convenio.", []),
        ("Luis Mora de la Universidad de Vigo visitó el puerto.", []),
        ("El Hospital Clínico de Marta Gil abrió ayer.", []),
    ],
)
def test_a_name_before_the_body_it_works_for(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of naming or defining with the name it gives in quotation marks states a position
        ("El portavoz Gael Romero definió la reforma como «un parche sin futuro».", ["Gael Romero"]),
        ("Nuria Campos cataloga el acuerdo como «lo peor de la legislatura».", ["Nuria Campos"]),
        ("Es lo que la economista Nuria Campos denomina «la trampa del alquiler».", ["Nuria Campos"]),
        ("El edil Gael Romero, que definió al alcalde como «un gestor sin rumbo», no acudió al pleno.",
         ["Gael Romero"]),
        # negatives: no quoted name, a law, a name the neighbours give a river
        ("Nuria Campos define la estrategia del partido para mayo.", []),
        ("Lo que la ley denomina «zona franca» ocupa dos hectáreas.", []),
        ("El río que los vecinos denominan «el Viejo» baja seco este verano.", []),
    ],
)
def test_a_verb_of_naming_with_a_quoted_name_is_a_statement(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected
