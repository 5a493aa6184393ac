"""Statements by several people at once, and where a statement stops being carried (search.speakers.joint_subjects;
search.speakers.quote_marks for a misprinted closing mark). Issue 14, stop 35: kinds found reading an unlabelled
pool of Chilean, Colombian and Argentine news. Rows of my own wording, with other names."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.joint_subjects import plural_verb, spoken_from
from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People

HEADLINE = "Titular de la nota"


def speakers(*lines: str) -> list[list[str]]:
    return paragraph_speakers([HEADLINE, *lines])[1:]


@pytest.mark.parametrize("line", [
    # a coordination shared by a clause before the verb of saying
    "Los concejales Rocío Bravo y Ignacio Pardo se refirieron al cierre y afirmaron que es inaceptable.",
    "Los senadores Rocío Bravo e Ignacio Pardo visitaron la planta y señalaron que faltan inspectores.",
    # after a verb that closes a quotation, an apposition after them
    "«El déficit seguirá subiendo», indicaron Rocío Bravo y Ignacio Pardo, analistas de la consultora Delta.",
    "«No hay margen», advirtieron la economista Rocío Bravo y el abogado Ignacio Pardo.",
    # a comitative set off by commas with a plural verb
    "Rocío Bravo, junto a Ignacio Pardo, aseguraron que el balance es positivo.",
    "Rocío Bravo, junto con Ignacio Pardo, entregaron un balance y dijeron que la jornada fue tranquila.",
    # a pronominal verb of saying in the plural
    "Rocío Bravo e Ignacio Pardo se refirieron a la polémica.",
])
def test_each_person_of_a_joint_statement_speaks(line):
    assert sorted(speakers(line)[0]) == ["Ignacio Pardo", "Rocío Bravo"]


def test_three_listed_after_a_closing_verb():
    line = "«La inercia es alta», escribieron Rocío Bravo, Ignacio Pardo y Tomás Lira, economistas del instituto."
    assert sorted(speakers(line)[0]) == ["Ignacio Pardo", "Rocío Bravo", "Tomás Lira"]


def test_a_joint_statement_carries_to_a_bare_plural_and_its_quotation():
    lines = speakers("«La inflación bajará», indicaron Rocío Bravo y Ignacio Pardo, de la consultora Delta.",
                     "«Pero el año cerrará alto», agregaron.",
                     "«Los salarios seguirán perdiendo», concluyeron.")
    assert [sorted(found) for found in lines] == [["Ignacio Pardo", "Rocío Bravo"]] * 3


def test_a_headline_opened_by_a_plural_verb_is_all_of_theirs():
    lines = paragraph_speakers(["Critican cierre del hospital regional",
                                "Las diputadas Rocío Bravo y Marta Ibáñez se refirieron al cierre y calificaron de "
                                "«grave» la decisión.", "Ninguna autoridad respondió a la carta.",
                                "Por eso, Rocío Bravo y Marta Ibáñez se reunieron con los vecinos y pidieron "
                                "«una respuesta inmediata»."])
    assert sorted(lines[0]) == ["Marta Ibáñez", "Rocío Bravo"]


@pytest.mark.parametrize(("line", "expected"), [
    # negatives: a singular verb after a comitative is its subject's alone; a meeting, a visit or a place joined by `y`
    # names no second speaker; a preposition's complement is no part of the subject
    ("Rocío Bravo, junto a Ignacio Pardo, aseguró que el balance es positivo.", ["Rocío Bravo"]),
    ("Rocío Bravo se reunió con Ignacio Pardo y afirmó que hubo acuerdo.", ["Rocío Bravo"]),
    ("Rocío Bravo visitó a Ignacio Pardo en el hospital y señaló que faltan recursos.", ["Rocío Bravo"]),
    ("«No hay margen», dijo Rocío Bravo y se retiró de la sala.", ["Rocío Bravo"]),
    ("«No hay margen», indicaron Rocío Bravo y el Banco Delta en un comunicado.", ["Rocío Bravo"]),
])
def test_no_second_speaker_without_a_plural_coordination(line, expected):
    assert speakers(line)[0] == expected


@pytest.mark.parametrize("line", [
    "En el Banco Central indicaron que «la corrección fue transitoria».",
    "«Los indicadores muestran una baja», agregaron en la entidad que preside Tomás Lira.",
    "«Es un dato alentador», afirmaron desde el Ministerio de Hacienda.",
    "Por su parte, desde la cartera precisaron que «no habrá nuevos ajustes».",
    "Cerca del ministro de Economía acotaron que «el dato fue el esperado».",
    "«El año será duro», advirtieron luego en la consultora.",
    "En tanto, en la Fiscalía señalaron que «la investigación sigue abierta».",
])
def test_a_plural_spoken_from_a_body_does_not_inherit_the_people_before(line):
    lines = speakers("«La inflación bajará», indicaron Rocío Bravo y Ignacio Pardo, de la consultora Delta.", line)
    assert lines == [["Rocío Bravo", "Ignacio Pardo"], []]


@pytest.mark.parametrize(("line", "expected"), [
    # negatives: a written subject, a place or an event after `en`, a singular verb: the people before go on
    ("En la conferencia, Rocío Bravo y Ignacio Pardo indicaron que «el dato fue el esperado».",
     ["Rocío Bravo", "Ignacio Pardo"]),
    ("En la reunión con los gremios, señalaron que «el dato fue el esperado».", ["Rocío Bravo", "Ignacio Pardo"]),
    ("«El año será duro», advirtieron en Santiago.", ["Rocío Bravo", "Ignacio Pardo"]),
])
def test_a_place_or_an_event_keeps_the_people_before(line, expected):
    lines = speakers("«La inflación bajará», indicaron Rocío Bravo y Ignacio Pardo, de la consultora Delta.", line)
    assert lines[1] == expected


def test_the_body_voice_breaks_the_thread_for_the_next_quotation():
    lines = speakers("«La inflación bajará», indicaron Rocío Bravo y Ignacio Pardo, de la consultora Delta.",
                     "En el Banco Central indicaron que «la suba de precios fue transitoria.",
                     "La inflación núcleo bajó un punto y se espera que siga así».")
    assert lines[1:] == [[], []]


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("En el Banco Central indicaron que sí.", "indicaron", True),
    ("Desde Delta advirtieron que sí.", "advirtieron", True),
    ("Cerca de Lira dijeron que sí.", "dijeron", True),
    ("Dijeron luego en el equipo económico que sí.", "dijeron", True),
    ("En Santiago dijeron que sí.", "dijeron", False),
    ("En la reunión dijeron que sí.", "dijeron", False),
    ("En el Banco Central indicó que sí.", "indicó", False),
])
def test_spoken_from(text, verb, expected):
    s = Sentence(sentences(text)[0], People(), 1)
    assert spoken_from(s.lower, s.tokens, s.lower.index(verb), -1) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("refirieron", True), ("comprometieron", True), ("dijeron", True), ("refirió", False), ("dijo", False),
])
def test_plural_verb(word, expected):
    assert plural_verb(word) is expected


def test_a_misprinted_closing_mark_ends_the_quotation():
    """A Chilean outlet closes with `“`: the quotation ends there, and the paragraphs after are no one's."""
    lines = speakers("La jueza Marta Ibáñez dijo que el imputado declara tener “vínculos políticos“, así como su "
                     "paso por el Frente Sur (FS)“.",
                     "Además, se destacó la participación del imputado en grupos radicales.",
                     "El servicio penitenciario alertó que la cárcel no concuerda con el “perfil criminal” del "
                     "imputado.")
    assert lines == [["Marta Ibáñez"], [], []]


def test_a_misprinted_closing_mark_after_a_quotation_over_paragraphs():
    """The quotation opened in the paragraph before closes at the misprinted mark, and is hers."""
    lines = speakers("La ministra Marta Ibáñez afirmó: “Hicimos todo lo posible.",
                     "En Chile no hay impunidad“. Cabe recordar que hay un cuarto implicado.",
                     "El juicio comenzará en marzo.")
    assert lines == [["Marta Ibáñez"], ["Marta Ibáñez"], []]


@pytest.mark.parametrize(("line", "expected"), [
    # a passive `se`: what follows the verb is what is said, no speaker; not the person followed
    ("«Se destaca el menor incremento en los precios de la carne», afirmaron desde el Palacio de Hacienda.", []),
    ("Esto debido a su «alto riesgo», se solicitó el traslado al penal de Arica, un centro de mayor seguridad, "
     "dictaba el oficio.", []),
    # negatives: a pronominal or reflexive verb keeps its subject
    ("Ignacio Pardo, además, se reconoció como un optimista respecto del proceso.", ["Ignacio Pardo"]),
    ("«No hubo aviso», se quejó la alcaldesa Rocío Bravo.", ["Rocío Bravo"]),
    ("«¿Quién avisó?», se preguntó la alcaldesa Rocío Bravo.", ["Rocío Bravo"]),
])
def test_a_passive_se_names_no_speaker_after_it(line, expected):
    lines = speakers("El ministro Ignacio Pardo dijo que la inflación bajará.", line)
    assert lines[1] == expected


@pytest.mark.parametrize("line", [
    # a plural preterite the lexicon lacks is a verb of saying by its place, after a quotation and a comma
    "«Los salarios seguirán perdiendo», analizaron Rocío Bravo e Ignacio Pardo, economistas del instituto.",
    # a plural noun for people after the verb, the names after it
    "«Era lógico que la tendencia cambiara», sumaron los economistas del IEP Rocío Bravo e Ignacio Pardo.",
    "«Era lógico que la tendencia cambiara», sumaron los economistas Rocío Bravo e Ignacio Pardo, del instituto.",
])
def test_a_plural_verb_told_by_its_place_credits_all_it_names(line):
    lines = speakers(line, "«La inflación dependerá del dólar», concluyeron.")
    assert [sorted(found) for found in lines] == [["Ignacio Pardo", "Rocío Bravo"]] * 2


def test_a_bare_plural_after_one_person_followed_is_not_theirs():
    """Negative: `«…», concluyeron.` after one person spoke refers to no one named (not the topic before either)."""
    lines = speakers("El economista Tomás Lira analizó el dato.", "«Es alto», dijo Lira.",
                     "Los analistas privados esperaban una cifra menor.",
                     "«La inflación dependerá del dólar», concluyeron.")
    assert lines[3] == []
