"""Trial 12, finding 4: a rare variant or expansion no longer outranks the common form.

Every term a word, prefix, wildcard or typo-tolerant word stands for is scored with the idf
of the most frequent of them (Lucene's blended rewrite), typos weigh by their nearness,
and a wildcard matches words as written.
"""

import pytest

from search.retrieval.searching import search
from tests.retrieval.named_texts import open_texts, search_path  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("search_path")  # every test on both ways of scoring

FILLER = ["La jornada siguió con el informe diario de la secretaría y las preguntas.",
          "El semáforo cambia esta semana en varios estados del país y el COVID baja.",
          "El gobierno de Claudia Sheinbaum abrió el hospital nuevo de la ciudad.",
          "Llegaron las vacunas de Pfizer al aeropuerto de la ciudad."]
TEXTS = {
    "rare": "Hoy hablamos del COVÍD en el informe.",  # a one-off accent
    "common": "Hoy hablamos del COVID en el informe.",
    "handle": "Hoy hablamos de pfizermx en el informe.",  # a handle, once in the archive
    "brand": "Hoy hablamos de Pfizer en el informe.",
    "salt": "La sal y las sales en la salida del mercado.",
    "salid": "Salid de casa con cuidado.",
    "health": "La salud de todos.",
    "two": "La jefa Shainbaum habló del agua hoy.",  # two edits from Sheimbaum
    "one": "La jefa Sheinbaum habló del agua hoy.",  # one edit
    "nation": "La nación celebra la donación; las naciones donan.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with open_texts(tmp_path_factory.mktemp("expansions"), TEXTS, FILLER * 20) as opened:
        yield opened


def docs(index, query):
    return [hit.doc.removesuffix(".txt") for hit in search(index, query, limit=100).hits]


@pytest.mark.parametrize("query, first, then", [
    ("covid", "common", "rare"),  # COVID before a one-off COVÍD
    ("Pfizer*", "brand", "handle"),  # Pfizer before a one-off pfizermx
    ("Sheimbaum", "one", "two"),  # one typo before two, in paragraphs alike
])
def test_the_common_form_and_the_nearest_spelling_come_first(index, query, first, then):
    found = docs(index, query)
    assert found.index(first) < found.index(then), found


@pytest.mark.parametrize("query, expected", [
    ("sal?d", {"salid", "health"}),  # the words that match, not the `sal` and `sales` of salid's stem
    ("*ción", {"nation"}),
    ("nacion*", {"nation"}),
])
def test_a_wildcard_finds_the_words_it_matches(index, query, expected):
    assert set(docs(index, query)) >= expected
    assert "salt" not in docs(index, query)


@pytest.mark.parametrize("query, marked", [
    ("*ción", {"nación", "donación"}),  # not `naciones` nor `donan`, of the same stems
    ("sal?d", {"Salid", "salud"}),
])
def test_a_wildcard_marks_the_words_it_matched_as_written(index, query, marked):
    assert {hit.snippet[start:end] for hit in search(index, query).hits
            for start, end in hit.highlights} == marked
