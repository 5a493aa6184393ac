"""Issue 14, round 13c: precision on unseen news. Rows of my own wording, other names, verbs and shapes.

A statement that someone's quotation recounts is no voice of the line: what was said to the quoted speaker or to the
listener (`Ortega nos había prometido que…`, `me aseguró Ortega que…`) and what someone had said, named as a thing
(`lo que había declarado Ortega`), inside a quotation that spans lines. The person is one the speaker mentions.
A person quoted inside the quotation with words of their own (`…, decía el general Ortega: …`) still speaks.
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.reporting import told_within


@pytest.mark.parametrize(
    ("words", "verb", "expected"),
    [
        ("ortega nos había prometido que", 3, True),
        ("me aseguró ortega que", 1, True),
        ("ya te lo dijo marta", 3, False),  # `lo` between: not a clitic of the listener right before the verb
        ("os ha contado la jueza que", 2, True),
        ("desmintieron lo que habían declarado", 4, True),
        ("lo que ha explicado la ministra", 3, True),
        ("decía el general ortega :", 0, False),
        ("ortega ha dicho que", 2, False),
        ("la jueza afirmó que", 2, False),
        ("lo anunció la jueza", 1, False),
        ("— me dijo ortega : « hoy", 2, False),  # words of their own quoted in the line
        ("nos contó la jueza , « sin prisa", 1, False),
    ],
)
def test_a_statement_the_quoted_speaker_recounts(words, verb, expected):
    assert told_within(words.split(), verb) is expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # inside a quotation spanning lines, the person the speaker says told them something is only mentioned
        (["Los jugadores esperan cobrar en enero.",
          'Consultado por este diario, uno de los defensores aseguró que "no hemos hablado con la directiva.',
          "El presidente del club, Rodrigo Ortega, nos había prometido que cobraríamos en marzo.",
          'No sabemos nada", lamentó.'],
         [[], [], [], []]),
        (['La abogada Elena Duarte dijo: "Nadie nos avisó.',
          "Marcos Ibarra me aseguró que no habría juicio, pero lo hubo.",
          'Es una vergüenza".'],
         [["Elena Duarte"], ["Elena Duarte"], ["Elena Duarte"]]),
        # what someone had said, named as a thing, inside the quotation
        (['El periodista Tomás Llorente lo explica así: "Los dos exministros fueron citados por el juez.',
          "Ramón Castaño y Irene Solís se retractaron de lo que habían declarado antes.",
          'Nadie sabe dónde está el dinero".'],
         [["Tomás Llorente"], ["Tomás Llorente"], ["Tomás Llorente"]]),
        # positives that must stay: a person quoted with words of their own inside the quotation, a closing credit
        # after a lost mark, a person who says it in plain narration
        (["El alcalde Jaime Soto habló del plan.",
          '"Sabemos que podría imponerse, pero no lo haremos, decía el general Ortega: nada por la fuerza", afirmó '
          "Soto."],
         [["Jaime Soto"], ["Jaime Soto", "Ortega"]]),
        (['La abogada Elena Duarte lo contó así: "Llegué tarde a la audiencia.',
          "En la puerta me dijo Marcos Ibarra: «No entres todavía».", 'Esperé una hora".'],
         [["Elena Duarte"], ["Elena Duarte", "Marcos Ibarra"], ["Elena Duarte"]]),
        (["La ministra Clara Benítez visitó la planta.",
          "Benítez nos dijo en la visita que la obra terminará en mayo."],
         [[], ["Clara Benítez"]]),
        (["El alcalde Jaime Soto habló ante los vecinos.",
          "Soto dijo que la calle se abrirá en junio."],
         [[], ["Jaime Soto"]]),
    ],
)
def test_a_person_the_quotation_recounts_is_not_its_voice(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a headline that opens with its verb: the verb is no part of the name the document gives after it
        (["Fallece Kenji Mori, el creador de Astro", "El dibujante murió a los 90 años en Tokio.",
          'Su última entrevista la concedió en 1990: "Nunca hablo de mí.', 'Mi trabajo soy yo".',
          "Kenji Mori dibujó durante sesenta años."],
         [[], [], ["Kenji Mori"], ["Kenji Mori"], []]),
        (["Dimite Rhys Owen tras el escándalo", "El ministro galés dejó el cargo este lunes.",
          '"Me voy con la cabeza alta", dijo Rhys Owen.'],
         [[], [], ["Rhys Owen"]]),
        (["Registra Ibarra su candidatura a la alcaldía por el PAN",
          'Tras entregar los documentos, el candidato destacó que la ciudad "merece un cambio".',
          "Acompañado por militantes, Rubén Ibarra acudió al instituto electoral."],
         [[], [], []]),
        # positives that must stay: a headline's verb of saying before the name, a name the headline gives whole
        # and the article gives again whole, a given name opening the headline
        (["Anuncia Salcedo su retiro del fútbol",
          'Después del partido, el delantero aseguró que "es el momento de irse".',
          "Marcos Salcedo jugó quince temporadas en el club."],
         [["Marcos Salcedo"], ["Marcos Salcedo"], []]),
        (["Yan Goland advierte sobre la sequía", 'Yan Goland, director del instituto, aseguró que "faltará agua".',
          "Goland pidió medidas."],
         [["Yan Goland"], ["Yan Goland"], ["Yan Goland"]]),
        (["Elvira Montes deja la radio", '"Nunca hablo de mí", dijo Elvira Montes en su última entrevista.'],
         [[], ["Elvira Montes"]]),
    ],
)
def test_a_headline_opens_with_its_verb_not_a_name(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
