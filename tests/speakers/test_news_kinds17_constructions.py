"""Issue 14, round 17 (sp17b): constructions not read, from blind19's errors. Rows of my own wording, other names
and shapes, with negatives.

- An aside set off by dashes between the subject and its verb (`X, del partido Y -la segunda fuerza del país-
  denuncia…`) is skipped: the subject stands before it (search.speakers.clause_bounds.dash_aside); a novel's
  `—No —terminó la jueza` opens its line with the first dash and is no aside.
- A gerund of saying right before what it reports (`compartió la foto en Twitter diciendo: «…»`, `publicó un mensaje
  aclarando que…`) reports with no comma before it, in news; its subject is the clause's (a body's, when a body is
  written: no one), not the person followed (search.speakers.reporting, openers.gerund_subject).
- An opinion's `para X` after a connective that opens the sentence (`Sin embargo, para la doctora X, el remedio
  es…`, `Pero para el economista X la medida…`) is X's view, as `Para X, …` opening the sentence is, in news
  (search.speakers.openers.opinion_para); a novel's `Pero para Saldaña no había dificultades` is how things stood.
- A field in capitals after a role and `en` (`el experto en Nutrición X`, `la experta en Derecho X`) is no part of
  the name, and the role names the person after it (search.speakers.runs, noun_phrases), not the
  person followed.
- Capitalised words joined by `&` (`Johnson & Johnson`, `Procter & Gamble`) name a firm, never a person
  (search.speakers.run_checks.RunChecks.in_firm_name).
- A name inside a short quotation that opens right after a preposition (`dijo en «Face the Nation»`, `el homenaje a
  “Don Tigre”`) is a programme's, a work's or a character's, never a speaker
  (search.speakers.run_checks.RunChecks.quoted_title).
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.clause_bounds import dash_aside
from search.speakers.genre import Kind

INTRO = ["Elecciones en la región", "La jornada electoral terminó sin incidentes."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mario Gil, del Partido Verde -la segunda fuerza del país- denuncia que hubo fraude.", ["Mario Gil"]),
        ("La candidata Rosa Valdés -que ganó en tres provincias- aseguró que pedirá un recuento.", ["Rosa Valdés"]),
        ("El senador Iker Solano –líder de la oposición– afirmó que no habrá pacto.", ["Iker Solano"]),
        # negatives: a dash that opens the line, a body before the aside, an aside in capitals
        ("El partido -la segunda fuerza del país- denuncia que hubo fraude.", []),
        ("La junta electoral -con sede en la capital- informó que el recuento sigue.", []),
    ],
)
def test_an_aside_in_dashes_is_skipped(line, expected):
    assert paragraph_speakers([*INTRO, line])[2] == expected


@pytest.mark.parametrize(
    ("tokens", "close", "expected"),
    [
        ("Gil , del partido - la segunda fuerza - denuncia", 8, 4),
        ("— No — terminó la jueza", 2, None),
        ("Gil - La Fuerza - denuncia", 4, None),
        ("Gil dijo . - ya - denuncia", 5, None),
    ],
)
def test_dash_aside(tokens, close, expected):
    assert dash_aside(tokens.split(), close) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Este martes el senador Pablo Nieto compartió la imagen en Twitter diciendo: «Es una vergüenza».",
         ["Pablo Nieto"]),
        ("La alcaldesa Nuria Vera publicó un mensaje aclarando que no habrá cortes.", ["Nuria Vera"]),
        ("El martes la diputada Ana Cuevas subió un video diciendo que se presentará.", ["Ana Cuevas"]),
        ("El senador Pablo Nieto compartió la imagen, diciendo que es una vergüenza.", ["Pablo Nieto"]),
        # negatives: a gerund with nothing said after it, a body as the subject, a gerund of another verb
        ("El senador Pablo Nieto salió del edificio diciendo adiós a todos.", []),
        ("La fundación emitió un comunicado aclarando que la noticia es falsa.", []),
        ("El senador Pablo Nieto pasó la tarde trabajando que da gusto.", []),
    ],
)
def test_a_gerund_before_what_it_reports(line, expected):
    assert paragraph_speakers([*INTRO, line])[2] == expected


def test_a_bare_gerund_in_a_novel_is_what_a_character_thinks():
    paragraphs = ["Capítulo tercero", "Llovía sobre el puerto desde la mañana.",
                  "Don Ramiro se calmó recordando que ella le había despedido."]
    assert paragraph_speakers(paragraphs, Kind(short=False, news=False))[2] == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sin embargo, para la doctora Lidia Ferrán, directora de la Clínica del Norte, el remedio es inútil.",
         ["Lidia Ferrán"]),
        ("Pero para el economista Aurelio Vidal la medida llega tarde.", ["Aurelio Vidal"]),
        ("No obstante, para la jueza Elena Prado el caso está cerrado.", ["Elena Prado"]),
        ("Además, para Mario Gil la obra es prioritaria.", ["Mario Gil"]),
        # negatives: a purpose, a body, a connective that does not open the sentence
        ("Sin embargo, para la fiesta el alcalde compró flores.", []),
        ("Sin embargo, para el partido la reforma es urgente.", []),
        ("La obra, sin embargo, para Mario Gil fue un regalo de su padre.", []),
    ],
)
def test_an_opinions_para_after_a_connective(line, expected):
    assert paragraph_speakers([*INTRO, line])[2] == expected


def test_para_after_a_connective_in_a_novel_is_no_opinion():
    paragraphs = ["Capítulo quinto", "El invierno llegó pronto aquel año.",
                  "Pero para Tomás Saldaña no había dificultades; le quedaba dinero."]
    assert paragraph_speakers(paragraphs, Kind(short=False, news=False))[2] == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("«Nadie lo esperaba», dijo el experto en Física Iván Soler.", ["Iván Soler"]),
        ("«Nadie lo esperaba», dijo el especialista en Nutrición Iván Soler.", ["Iván Soler"]),
        ("«Nadie lo esperaba», dijo la experta en Derecho Ana Cuevas.", ["Ana Cuevas"]),
        ("El especialista en Nutrición Deportiva Iván Soler dijo que nadie lo esperaba.", ["Iván Soler"]),
        ("«Nadie lo esperaba», precisa el experto en Economía Iván Soler en el portal «Finanzas Hoy».", ["Iván Soler"]),
        # negative: no name after the field, an unnamed expert
        ("«Nadie lo esperaba», dijo un experto en Economía.", []),
    ],
)
def test_a_field_after_a_role_is_no_part_of_the_name(line, expected):
    paragraphs = ["Resultados", "Su rival Hugo Lara criticó el plan.", line]
    assert paragraph_speakers(paragraphs)[2] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Y aunque el suministro de la vacuna Nolan & Nolan es limitado —la compañía dice que tiene pocas dosis— "
         "habrá más en marzo.", []),
        ("Harper & Wells anunció que cerrará la planta de Soria.", []),
        ("Según Baker & Young, la economía crecerá un 2 %.", []),
        ("Los investigadores le dijeron al comité que la vacuna de Nolan & Nolan se probó en otro momento.", []),
        # a person's name stays one, and a list of people is joined by `y`
        ("Según Ana Gil, de Baker & Young, la economía crecerá.", ["Ana Gil"]),
        ("Ana Gil y Pablo Nieto anunciaron que cerrarán la planta.", ["Ana Gil", "Pablo Nieto"]),
    ],
)
def test_names_joined_by_an_ampersand_name_a_firm(line, expected):
    assert paragraph_speakers(["Vacunas", "La reunión terminó tarde.", line])[2] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("«Estas son vacunas eficaces», le dijo a Ana Gil de la cadena en «Face the Nation».", ["Iker Solano"]),
        ("«Estas son vacunas eficaces», dijo en «Meet the Nation».", ["Iker Solano"]),
        ("El homenaje a “Don Tigre” molestó a muchos, y el alcalde Pablo Nieto aseguró que la serie fue buena.",
         ["Pablo Nieto"]),
        # a quotation that does not follow a preposition, a name quoted as a statement's subject
        ("«Es inocente», dijo el abogado Raúl Peña.", ["Raúl Peña"]),
        ("El doctor Iker Solano dijo en la radio que la vacuna es segura.", ["Iker Solano"]),
    ],
)
def test_a_name_in_a_quoted_title_is_no_speaker(line, expected):
    paragraphs = ["Vacunas", "El doctor Iker Solano habló el domingo en la televisión y dijo que hay que vacunarse.",
                  line]
    assert paragraph_speakers(paragraphs)[2] == expected
