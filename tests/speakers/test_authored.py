"""A work standing for its author's statement (search.speakers.authored): `el libro de X sostiene…`, `según la carta
de la ministra…`, `un comunicado firmado por X asegura…`; a work about someone, sent to someone, or a picture of
someone is not theirs. Issue 14, round 17 (sp17b): a construction not read. Rows of my own wording, other names and
shapes."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.authored import author_at
from search.speakers.genre import Kind

INTRO = ["Polémica en la universidad", "El claustro se reunió el martes por la tarde."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the work as the subject of a verb of saying
        ("El libro de Julián Morales sostiene que la guerra pudo evitarse.", ["Julián Morales"]),
        ("La carta de la ministra Sara Luna pide calma a los sindicatos.", ["Sara Luna"]),
        ("Un comunicado firmado por el rector Hugo Lara asegura que las clases se suspenden.", ["Hugo Lara"]),
        ("La carta, firmada por la jueza Elena Prado, advierte que el caso sigue abierto.", ["Elena Prado"]),
        ("Un mensaje publicado por el alcalde Mario Gil asegura que no dimitirá.", ["Mario Gil"]),
        ("Su último libro, escrito por la filósofa Clara Ibáñez, defiende que la verdad importa.", ["Clara Ibáñez"]),
        # after `según`, `de acuerdo con`
        ("Según el libro de Julián Morales, la guerra pudo evitarse.", ["Julián Morales"]),
        ("Según la carta de la ministra Sara Luna, no habrá recortes.", ["Sara Luna"]),
        ("Según un tuit del alcalde Mario Gil, la fiesta se suspende.", ["Mario Gil"]),
        ("Según un comunicado firmado por el rector Hugo Lara, las clases se suspenden.", ["Hugo Lara"]),
        ("De acuerdo con una carta firmada por la jueza Elena Prado, el caso sigue abierto.", ["Elena Prado"]),
        ("Según un video publicado por el alcalde Mario Gil, la fiesta fue un éxito.", ["Mario Gil"]),
        # a work opening the sentence as where the person spoke: the person is the subject
        ("En su libro, el historiador Julián Morales sostiene que la guerra pudo evitarse.", ["Julián Morales"]),
        ("En un video publicado en redes, el alcalde Mario Gil aseguró que no dimitirá.", ["Mario Gil"]),
        ("En una carta, la ministra Sara Luna pidió calma a los sindicatos.", ["Sara Luna"]),
        ("La ministra Sara Luna escribió en su cuenta de Twitter que habrá cambios.", ["Sara Luna"]),
        # negatives: about someone, to someone, a picture of someone, a medium's report, a body's statement
        ("Un libro sobre el general Raúl Peña sostiene que el golpe fue planeado.", []),
        ("Según un libro sobre Julián Morales, el historiador vivió en Cuba.", []),
        ("Una carta enviada a la ministra Sara Luna pide su dimisión.", []),
        ("Una carta dirigida al rector Hugo Lara denuncia irregularidades.", []),
        ("Según una carta enviada al alcalde Mario Gil, los vecinos están hartos.", []),
        ("Un video del alcalde Mario Gil muestra que estaba en la fiesta.", []),
        ("Según un video del alcalde Mario Gil, la fiesta fue un éxito.", []),
        ("Según la foto del alcalde Mario Gil, estaba en la fiesta.", []),
        ("En una carta al juez Raúl Peña, los vecinos pidieron justicia.", []),
        ("En un comunicado firmado por el rector Hugo Lara, la universidad anunció el cierre.", []),
        ("Según un comunicado del Ministerio de Cultura, las clases se suspenden.", []),
    ],
)
def test_a_work_speaks_for_its_author(line, expected):
    assert paragraph_speakers([*INTRO, line])[2] == expected


def test_a_novels_letter_is_no_statement():
    """In a novel `La carta de X me preocupa` is what the narrator feels about it (read in news only)."""
    paragraphs = ["Capítulo primero", "Aquella tarde llegó el correo de París.",
                  "La carta de Ramiro Vela me preocupa porque me promete demasiado."]
    assert paragraph_speakers(paragraphs, Kind(short=False, news=False))[2] == []
    assert paragraph_speakers(paragraphs)[2] == ["Ramiro Vela"]  # the same words in news: his letter's statement


@pytest.mark.parametrize(
    ("words", "at", "expected"),
    [
        ("el libro de la jueza", 0, 3),
        ("su último libro de la jueza", 0, 4),
        ("un comunicado firmado por el rector", 0, 4),
        ("la carta , firmada por el rector", 0, 5),
        ("un video publicado por el alcalde", 0, 4),
        ("un video del alcalde", 0, None),
        ("un libro sobre el general", 0, None),
        ("una carta de apoyo a la jueza", 0, 3),
        ("una carta enviada a la jueza", 0, None),
        ("un artículo de la periodista", 0, None),
        ("la casa de la jueza", 0, None),
    ],
)
def test_author_at(words, at, expected):
    assert author_at(words.split(), at) == expected
