"""A question of who said what finds the paragraphs on its topic, those that say it first.

Trial 19: `¿quién habló de cubrebocas?` required `habló` beside `cubrebocas` and found 1 of
the 25 paragraphs on masks. The words that frame the question (question_frame.py) now add
score where they occur and are not required, in the any-word fallback too; a verb of saying that is the topic
(`¿cómo declarar la renta?`) still is.
"""

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

HABLO = "salud.txt#2"
PARAGRAPHS = {
    "salud.txt": ["Crónica de la semana sanitaria",
                  "La gobernadora habló ayer del cubrebocas en el transporte y pidió usarlo en el metro.",
                  "El cubrebocas escasea en las farmacias del centro, según los comerciantes.",
                  "Un estudio de la universidad mide cuánto filtra cada cubrebocas de tela.",
                  "El cubrebocas será obligatorio en las escuelas desde enero, dijo el secretario de Educación."],
    "hacienda.txt": ["Guía fiscal",
                     "La renta se presenta en abril; declarar tarde cuesta una multa.",
                     "Hacienda publicó cómo declarar la renta por internet sin errores.",
                     "El ministro habló de la renta básica universal ante el Congreso."],
}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return build_texts_index(tmp_path_factory, "frames", {name: "\n\n".join(paragraphs) + "\n"
                                                         for name, paragraphs in PARAGRAPHS.items()})


@pytest.fixture(scope="module")
def index(index_dir):
    with open_index(index_dir) as opened:
        yield opened


@pytest.mark.parametrize("query, first, total", [
    ("¿quién habló de cubrebocas?", HABLO, 4),
    ("quien hablo del cubrebocas", HABLO, 4),
    ("¿Quiénes han hablado sobre el cubrebocas?", HABLO, 4),
    ("¿qué dijo el secretario del cubrebocas?", "salud.txt#5", 1),  # `secretario` is still required
    ("¿quién dijo algo del cubrebocas?", "salud.txt#5", 4),
    ("¿quién habló de la renta?", "hacienda.txt#4", 3),
    ("declaraciones de la gobernadora sobre el cubrebocas", HABLO, 1),
])
def test_a_question_of_who_said_finds_the_topic_saying_first(index, query, first, total):
    results = search(index, query, synonyms=False)
    assert results.mode == "all"
    assert results.total == total
    assert results.hits[0].id == first
    assert any("solo da forma a la pregunta" in message for message in results.messages)


@pytest.mark.parametrize("query, found", [
    ("¿cómo declarar la renta?", {"hacienda.txt#2", "hacienda.txt#3"}),  # the verb is the topic
    ("¿qué significa declarar la renta?", set()),  # every word required: no paragraph has `significa`
    ("habló cubrebocas", {HABLO}),  # no question: the words typed are wanted
    ("¿quién lo dijo?", {"salud.txt#5"}),  # all frame: its words are what there is to search
])
def test_a_verb_that_is_no_frame_is_required(index, query, found):
    results = search(index, query, synonyms=False)
    held = {hit.id for hit in results.hits} if results.mode == "all" else set()
    assert held == found
    assert not any("forma a la pregunta" in message for message in results.messages)


@pytest.mark.parametrize("query, found", [
    # trial19b: the any-word fallback found every `dijo`, a short paragraph with it first
    ("¿qué dijo la gobernadora de la vacuna?", {HABLO}),
    ("¿quién habló del estudio de la vacuna?", {"salud.txt#4"}),
    ("declaraciones del estudio sobre la vacuna", {"salud.txt#4"}),
    ("¿qué opinó el ministro de la vacuna?", {"hacienda.txt#4"}),
])
def test_the_frame_alone_finds_nothing_when_any_word_will_do(index, query, found):
    results = search(index, query, synonyms=False)
    assert results.mode == "any"
    assert {hit.id for hit in results.hits} == found


def test_the_cli_says_which_words_framed_the_question(index_dir, runner):
    result = runner.invoke(main, ["search", "¿quién habló de cubrebocas?", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "«habló» solo da forma a la pregunta" in result.output
    assert "4 resultados" in result.output
