"""Issue 14, round 15c: precision on unseen news. Rows of my own wording, other names and shapes.

- A news item whose headline is set wholly in capitals with a colon (`CASA LUNA: EL HOTEL QUE NUNCA CIERRA`) is
  not a transcript with one turn: the label speaks for its own line at most, and the body's lines after it are
  not that label's (search.speakers.turns). A transcript's turns go on in mixed case, so a caps label followed by
  speech in mixed case, or a document with two labels or more, still runs turns as before.
- The head of a name with a complement (`Halcones del Norte`) that the text also writes after an article inside a
  sentence (`los Halcones`) names a team, a brand or a body, as a lone name so written does (search.speakers.voices).
- A quotation over several paragraphs whose own paragraphs name its speaker where it closes (`…", explica Nadia
  Flores`) is theirs on every paragraph, not the words of whoever was salient when it opened, who was only a
  guess (search.speakers.quotes); in news only.
- An inverted subject after a verb of saying and an adjunct of time made with `este`/`esta` and a part of the day
  (`Así lo ha confirmado esta mañana la académica X`), or after two nouns of one person joined by `y` (`la
  cantante y compositora X`), is the subject (search.speakers.inverted).
"""

import pytest

from search.speakers import paragraph_speakers, turn_speakers
from search.speakers.names import speaker_key

BODY = [
    "Ya reunió trescientos mil pesos en una plataforma de financiamiento.",
    "Además, te contamos cuántas personas lo han pedido.",
    "No necesita cargador",
    "A prueba de polvo",
    "Se trata de un producto pensado para quienes no sueltan el móvil.",
]


def names(found):
    return [sorted(speaker_key(getattr(person, "display", person)) for person in line) for line in found]


@pytest.mark.parametrize(
    "headline",
    [
        'CASA LUNA: EL "HOTEL" QUE NUNCA CIERRA SUS PUERTAS A NADIE',
        "PUERTO ALEGRE: LA CIUDAD QUE SE QUEDÓ SIN AGUA EN PLENO VERANO",
        "MARINA SOLAR: EL BARCO QUE NAVEGA SIN COMBUSTIBLE NI VELAS",
        "ROSA MÉNDEZ: LA MUJER QUE CRUZÓ EL DESIERTO A PIE",  # a person's name, but a headline about her
    ],
)
def test_a_headline_in_capitals_opens_no_turn_over_the_body(headline):
    found = names(paragraph_speakers([headline] + BODY))
    assert found[1:] == [[]] * len(BODY)


def test_a_name_in_a_headline_in_capitals_still_speaks_for_its_own_line():
    found = names(paragraph_speakers(['LAURA PIZARRO: "NO VAMOS A SUBIR LOS IMPUESTOS ESTE AÑO"'] + BODY))
    assert found[0] == ["laura pizarro"]
    assert found[1:] == [[]] * len(BODY)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a transcript's one label followed by speech in mixed case: the turn runs on, as before
        (["RAÚL ESPINOSA: Buenos días a todos, gracias por venir.", "Hoy hablamos del presupuesto.", "Gracias."],
         ["Raúl Espinosa"] * 3),
        # a short answer in capitals is a turn, not a headline (too few letters after the colon)
        (["PREGUNTA: ¿Y LA PRESA?", "JULIA ROMO: Se termina en mayo.", "Faltan dos tramos."],
         ["Pregunta", "Julia Romo", "Julia Romo"]),
        # two labels, one of them a line in capitals: a transcript, turns as before
        (["MODERADORA: SIGUIENTE PREGUNTA DESDE LA SALA DE PRENSA", "ÓSCAR LIRA: Con gusto.", "Lo vemos luego."],
         ["Moderador", "Óscar Lira", "Óscar Lira"]),
    ],
)
def test_transcripts_keep_their_turns(paragraphs, expected):
    assert turn_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["En casa, los Halcones ganaron por la mínima.", "Halcones del Norte impuso condiciones en la cancha.",
          "Halcones respondió cuando Luis Gómez dio un pase a Pedro Ruiz, quien definió."], [[], [], []]),
        (["Ayer las Águilas volvieron a perder.", "Águilas de la Sierra aseguró que apelará la sanción."], [[], []]),
        (["Subieron los precios de los Norteño este año.", "Norteño del Bajío anunció que abrirá otra planta."],
         [[], []]),
        # negatives: a person with a complement in the name, never written after an article; a given name first
        (["Ferrer de la Peña dirige la obra.", "Ferrer de la Peña aseguró que acabará en mayo."],
         [[], ["ferrer de la pena"]]),
        (["En la Torre hubo fiesta.", "Martín de la Torre aseguró que volverá."], [[], ["martin de la torre"]]),
    ],
)
def test_a_name_written_after_an_article_is_a_body_even_with_a_complement(paragraphs, expected):
    assert names(paragraph_speakers(paragraphs)) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the quotation's closing paragraph names its speaker: theirs, not the salient official's
        (["Según el secretario de Obras, Raúl Vega, el plan costará mucho.",
          '"El puente cuesta diez millones, pero el túnel cuesta el doble.',
          'Es como pagar dos obras y usar una", explica Nadia Flores, vocera de los vecinos.'],
         [["raul vega"], ["nadia flores"], ["nadia flores"]]),
        (["La alcaldesa Inés Robles dijo que el mercado dará empleo a cien familias.",
          '"Nos cobran el doble por el puesto.',
          "Y nadie nos consultó.",
          'Vamos a protestar el lunes", advirtió el comerciante Julián Oca.'],
         [["ines robles"], ["julian oca"], ["julian oca"], ["julian oca"]]),
        # negatives: no name where it closes, so the salient speaker stays; a name where it opens stays
        (["Según el secretario de Obras, Raúl Vega, el plan costará mucho.",
          '"El puente cuesta diez millones, pero el túnel cuesta el doble.',
          'Es como pagar dos obras y usar una", explicó.'],
         [["raul vega"], ["raul vega"], ["raul vega"]]),
        (["El ministro Óscar Lira llegó tarde.",
          'Nadia Flores declaró: "El puente cuesta diez millones.',
          'Es como pagar dos obras", insistió.'],
         [[], ["nadia flores"], ["nadia flores"]]),
    ],
)
def test_a_quotation_is_the_speaker_named_where_it_closes_not_a_guess(paragraphs, expected):
    assert names(paragraph_speakers(paragraphs)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Así lo ha confirmado esta mañana la concejala Marta Ruiz.", ["marta ruiz"]),
        ("Así lo ha explicado esta noche el entrenador Raúl Ibarra en rueda de prensa.", ["raul ibarra"]),
        ('"Abriremos en julio", ha asegurado esta semana la gerente Paula Soto.', ["paula soto"]),
        ("Así lo ha confirmado la concejala y abogada Marta Ruiz.", ["marta ruiz"]),
        ('"Abriremos en julio", anunció la cantante y compositora Lía Mora.', ["lia mora"]),
        ("Así lo ha confirmado esta mañana la académica y escritora Eva Sanz en la sede.", ["eva sanz"]),
        # negatives: two people joined by `y`, each with an article; an adjunct of time and a place, no person
        ('"Abriremos en julio", dijeron esta mañana en la sede del club.', []),
        ("Así lo ha confirmado esta mañana la empresa y consultora Grupo Soto.", []),
    ],
)
def test_an_inverted_subject_after_an_adjunct_of_time_or_two_nouns_of_one_person(line, expected):
    assert names(paragraph_speakers(["La comisión de obras estudia un plan para el puerto.", line]))[1] == expected
