"""Verbs of saying told by their place (search.speakers.positional), an aside set off by commas before an inverted
subject (search.speakers.inverted), and a quotation opened on a credited line that runs on (search.speakers.focus).
Cases of my own wording, names and verbs, with negatives: a verb of no saying, a quoted title or slogan followed by
a comma, a body after the verb, the present tense, a story's dialogue."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import Kind
from search.speakers.positional import any_positional, may_be_placed, positional_verb

HEAD = "Reabre el Museo de Historia Natural de Tlaxcala"
ANCHOR = "La directora del museo, Irene Saldívar Ponce, recorrió las salas con la prensa."


@pytest.mark.parametrize(
    "line, expected",
    [
        # a verb no lexicon lists, placed after the quotation closes: any preterite there says
        ('"Las salas no se tocarán", rectificó Saldívar Ponce.', ["Irene Saldívar Ponce"]),
        ("«Nadie perderá su empleo», zanjó la directora Irene Saldívar Ponce.", ["Irene Saldívar Ponce"]),
        ('"Abriremos en marzo", remachó.', ["Irene Saldívar Ponce"]),
        ("“Es un día histórico”, celebró emocionada Saldívar Ponce.", ["Irene Saldívar Ponce"]),
        # `Así lo…` takes up what was just said
        ("Así lo reivindicó ante los periodistas Irene Saldívar Ponce.", ["Irene Saldívar Ponce"]),
        ("Así lo refrendó, por su parte, Tomás Ugarte Leal, presidente del patronato.", ["Tomás Ugarte Leal"]),
        # negatives: a slogan or title in quotation marks before a verb that is no saying, a body, no verb
        ('Su lema, "Cultura para todos", marcó la reapertura.', []),
        ('La exposición "Raíces", inauguró la temporada de otoño.', []),
        ('"Abriremos en marzo", anunció la Secretaría de Cultura.', []),
        ('"Abriremos en marzo", en palabras de la guía.', []),
        ("Así lo mostraron las cifras del primer fin de semana.", []),
    ],
)
def test_a_verb_of_saying_by_its_place(line: str, expected: list[str]):
    assert paragraph_speakers([HEAD, ANCHOR, line])[2] == expected


def test_a_story_does_not_read_verbs_by_their_place():
    """A novel's dialogue keeps its own rules: an unknown verb after a quotation gives no speaker there."""
    lines = ["Capítulo primero", "Tomás Ugarte entró en la cocina.", '"No quiero sopa", refunfuñó Tomás Ugarte.']
    assert paragraph_speakers(lines, Kind(short=True, news=False))[2] == []


@pytest.mark.parametrize(
    "lower, index, expected",
    [
        (['"', "sí", '"', ",", "rectificó", "ana", "."], 4, True),
        (["«", "sí", "»", ",", "zanjó", "."], 4, True),
        (["así", "lo", "refrendó", "ana", "gil", "."], 2, True),
        (["así", "la", "describió", "su", "hermano", "."], 2, True),
        (["ana", "gil", "rectificó", "el", "dato", "."], 2, False),  # no place: the lexicon decides
        (['"', "sí", '"', ",", "suelta", "ana", "."], 4, False),  # the present: as often a noun or an adjective
        (["luego", "así", "lo", "explicó", "."], 3, False),  # `Así lo` opening the sentence only
        (['"', "sí", '"', ",", "yo", "."], 4, False),
    ],
)
def test_positional_verb(lower: list[str], index: int, expected: bool):
    assert positional_verb(lower, index) is expected
    assert any_positional(lower) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"no", rectificó ana gil.', True),
        ("así lo refrendó ana gil.", True),
        ("el museo abrió. así lo celebró la ciudad.", True),
        ("ana gil rectificó el dato.", False),
        ('"no" , dijo', False),  # `dijo` is no preterite in -ó: the lexicon knows it anyway
    ],
)
def test_may_be_placed(text: str, expected: bool):
    assert may_be_placed(text) is expected


def test_a_quotation_opened_on_a_credited_line_runs_on():
    """A quotation the source never closes goes on with its speaker over the lines after it."""
    got = paragraph_speakers([
        HEAD, ANCHOR,
        "Las obras no afectarán a la colección, resaltó la directora Irene Saldívar Ponce.",
        '"Para que un museo viva, tiene que cambiar con su ciudad; no hay otra manera.',
        "Si hubiéramos esperado otro año, el edificio no habría resistido.",
        "Decidimos cerrar por completo, porque el techo estaba dañado.",
        "La reapertura será el sábado a las diez.",
    ])
    assert got[3:6] == [["Irene Saldívar Ponce"]] * 3


def test_a_closed_quotation_does_not_run_on():
    got = paragraph_speakers([
        HEAD, ANCHOR,
        '"Para que un museo viva, tiene que cambiar con su ciudad", dijo la directora Irene Saldívar Ponce.',
        "El edificio data de 1890 y fue restaurado en 1990.",
    ])
    assert got[2:] == [["Irene Saldívar Ponce"], []]


CLUB = [
    "El Atlético Morelia, obligado a ganar ante su afición",
    "El equipo que dirige Ramón Ibarra Lugo necesita los tres puntos para seguir vivo en la liguilla.",
    "La plantilla llega con tres bajas por lesión.",
]
LATER = "Ibarra Lugo descarta que haya cansancio en el vestuario."


@pytest.mark.parametrize(
    "line, expected",
    [
        # a role noun with only an epithet after it describes the person followed, who holds no office in the text
        ('"No le debemos nada a nadie", afirma el técnico emplumado.', ["Ramón Ibarra Lugo"]),
        ('"Vamos a ganar el sábado", advirtió el entrenador veterano.', ["Ramón Ibarra Lugo"]),
        # negatives: a complement names another office, a nationality he is not given, another gender
        ('"Vamos a ganar el sábado", advirtió el entrenador de los Pumas.', []),
        ('"Vamos a ganar el sábado", advirtió el entrenador argentino.', []),
        ('"Vamos a ganar el sábado", advirtió la entrenadora veterana.', []),
    ],
)
def test_an_epithet_does_not_name_another_office(line: str, expected: list[str]):
    assert paragraph_speakers([*CLUB, line, LATER])[3] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # a place the main clause names, where its subject, opening the sentence, said something
        ("La senadora Julia Ortega inauguró el congreso, donde dio a conocer que dejará su escaño.", ["Julia Ortega"]),
        ("El alcalde Ramón Ibarra Lugo visitó la feria, en donde anunció que habrá más fondos.", ["Ramón Ibarra Lugo"]),
        # negatives: a subject written after `donde`, an impersonal `se`, a subject inside a relative clause
        ("La senadora Julia Ortega visitó el hospital, donde los médicos explicaron que faltan camas.", []),
        ("La senadora Julia Ortega presentó el dictamen, en donde se argumentó que faltan fondos.", []),
        ("La comisión, que preside la diputada Julia Ortega, votó el dictamen, donde afirmó que faltan fondos.", []),
    ],
)
def test_a_place_where_the_subject_spoke(line: str, expected: list[str]):
    assert paragraph_speakers(["Foro sobre el agua en Colima", line])[1] == expected
