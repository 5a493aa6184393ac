"""The ways a query is tried, in order (the searches themselves: test_typo_fallback.py)."""

import pytest

from search.query.parser import parse
from search.retrieval.fallbacks import all_words_count, attempts
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index


@pytest.mark.parametrize("query, modes", [
    ("Rusia Chinaa", ["all", "typos", "any", "fuzzy"]),
    ("Rusiaa", ["all", "fuzzy"]),  # one word: nothing for any-word to drop
    ("paz ONU", ["all", "any"]),  # no word of 5 letters: no typos
    ("Rusiaa OR China", ["all", "fuzzy"]),
    # words the index holds are meant as typed: no typos (trial33: `verano` read as `ver`)
    ("Rusia China", ["all", "any"]),
    ("Rusia", ["all"]),
    ("Rusia OR China", ["all"]),
    # an exclusion decided what is left out: no any-word (trial35, `banco central -Pesce`)
    ("Rusia China -Lavrov", ["all"]),
    ("Rusia Chinaa -Lavrov", ["all", "typos"]),  # every word still, with typos
    ("Rusia China NOT orador:Lavrov", ["all"]),
    ("Rusia OR -Lavrov", ["all"]),
    ("+Rusia +China", ["all"]),  # every word required: nothing to drop
    ("+Rusia China", ["all", "any"]),  # China may go, Rusia stays (Lucene's MUST)
])
def test_the_order_of_the_attempts(seed, query, modes):
    assert [mode for mode, _ in attempts(parse(query), seed.searcher(), seed)] == modes


# The count of a query offered or checked (a suggestion, the dates as words, an offer of what
# someone says) is what the search then finds: the same build, titles, typos and patterns too.
TITLED = {"2021-02-03.txt": "Informe semanal de salud\n" + "\n".join(
    ["El doctor López-Gatell habló de las vacunas."] * 30 + ["Gatel lo dijo de nuevo.", "La salud pública."]) + "\n"}


@pytest.fixture(scope="module")
def titled(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "titled", TITLED)) as opened:
        yield opened


@pytest.mark.parametrize("query", [
    "Gatell informe",  # `informe` is in the title alone
    "semanal vacunas",
    "Gatell vacunas",
    "vacun?s Gatell",  # a pattern: the vocabulary's words
    "vac* semanal",
    "Gatell~1 informe",
    "Gatel semanal",
])
def test_a_count_is_what_the_search_finds(titled, query):
    results = search(titled, query)
    assert results.mode == "all"
    assert all_words_count(titled, titled.searcher(), query) == results.total > 0


@pytest.mark.parametrize("query, suggestion", [
    ("Gatel informe", "Gatell informe"),  # `informe` in the title: 30 paragraphs against 1
    ("Gatel semanal", "Gatell semanal"),
    ("Gatel", "Gatell"),
])
def test_a_respelling_counted_with_titles_is_offered(titled, query, suggestion):
    assert search(titled, query).suggestion == suggestion


# trial33: words typed apart that the texts write joined are searched joined (with the words
# apart) before any word: `corona virus` found a novel's «corona» first.
JOINED = {"2020-03-01.txt": "\n\n".join(
    ["Crónica del día"] + ["El coronavirus llegó a la ciudad."] * 12 + ["La reina llevaba una corona de oro.",
                                                 "Un virus informático borró los datos.",
                                                 "La vacuna contra el coronavirus avanza."]) + "\n"}


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "joined", JOINED)) as opened:
        yield opened


@pytest.mark.parametrize("query, mode, total, absent", [
    ("corona virus", "joined", 13, "La reina llevaba una corona de oro."),
    ("corona virus vacuna", "joined", 1, "Un virus informático borró los datos."),
    ("Corona Virus", "joined", 13, "La reina llevaba una corona de oro."),
    ("vacuna corona virus", "joined", 1, "Un virus informático borró los datos."),
    ("corona oro", "all", 1, "El coronavirus llegó a la ciudad."),  # found together: no join looked for
    ("reina virus", "any", 2, "El coronavirus llegó a la ciudad."),  # `reinavirus`: no text writes it
    # a question's marks around the pair are no part of it (they kept `¿…corona virus?` from joining)
    ("¿corona virus?", "joined", 13, "La reina llevaba una corona de oro."),
    ("¿qué vacuna contra el corona virus?", "joined", 1, "Un virus informático borró los datos."),
    ("corona, virus", "any", 2, "El coronavirus llegó a la ciudad."),  # a mark between them parts them
    ("corona. Virus", "any", 2, "El coronavirus llegó a la ciudad."),
])
def test_words_typed_apart_are_searched_as_the_texts_join_them(joined, query, mode, total, absent):
    results = search(joined, query, limit=50)
    assert (results.mode, results.total) == (mode, total)
    assert absent not in {hit.snippet for hit in results.hits}
    if mode == "joined":
        typed = " ".join(word for word in query.strip("¿?").split() if word.lower() in ("corona", "virus"))
        assert f"«{typed}» como «coronavirus»" in results.messages[0]


# trial35: `inflación-abril` found nothing, though a paragraph has both words; a word joined
# by a hyphen is its words together first (`chino-rusas`), then its words anywhere
HYPHENS = {"2023-05-10.txt": "Crónica económica\n\nLa inflación de abril fue la más alta del año.\n\n"
                             "Las relaciones chino-rusas se estrechan.\n\nEl COVID-19 sigue.\n"}


@pytest.fixture(scope="module")
def hyphens(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "hyphens", HYPHENS)) as opened:
        yield opened


@pytest.mark.parametrize("query, ids, mode", [
    ("inflación-abril", ["2023-05-10.txt#2"], "apart"),
    ("abril-inflación alta", ["2023-05-10.txt#2"], "apart"),
    ("chino-rusas", ["2023-05-10.txt#3"], "all"),  # as the text writes it: found so
    ("inflación-rusas", [], "all"),  # no paragraph has both
    ('"inflación-abril"', [], "all"),  # quoted: as typed, together
    ("inflación-abril -alta", [], "all"),  # every word still, and the exclusion
])
def test_a_hyphened_word_is_searched_apart_when_whole_finds_nothing(hyphens, query, ids, mode):
    results = search(hyphens, query)
    assert [hit.id for hit in results.hits] == ids
    assert results.mode == mode
    said = [message for message in results.messages if "por separado" in message]
    typed = query.split()[0]
    assert said == ([f"Ningún párrafo tiene «{typed}» tal cual; se buscaron sus palabras por separado, todas."]
                    if mode == "apart" else [])
