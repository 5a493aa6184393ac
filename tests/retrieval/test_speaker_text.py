"""What a speaker said is in their paragraph's text, not in the title of the document (trial35, 1).

`¿qué dijo López Obrador sobre los homicidios?` answered «Se muestran los 2 párrafos en los que
habla Andrés Manuel López Obrador con esa palabra» with two of his paragraphs on the economy: only
the document's title said «homicidios». The speaker facet of `homicidios` listed him too. A
search with a speaker (`orador:`, the speaker filter, a question of what someone said) looks
for the words in the text alone, and the speaker facet counts the matches whose text has them,
so that a facet's count is what its link finds.

Trial35, 4: `declaraciones de X sobre Y` and its kin put X's paragraphs first, as `¿qué opina X
de Y?` does; the noun that frames the question (`declaraciones`, `opinión`) is no word X must say.
"""

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

TEXTS = {
    "cdmx.txt": "Baja de homicidios en la capital\n\n"
                "La jefa de Gobierno, Rosa Delgado Ibarra, aseguró que los homicidios cayeron un 30 % en febrero.\n\n"
                "El secretario de Seguridad, Tomás Herrera Lugo, explicó que la estrategia es la inteligencia.\n\n"
                "El presidente Julián Castañeda Mora, por su parte, señaló que la economía se recupera.\n\n"
                "Castañeda Mora insistió en que no habrá aumento de impuestos.\n",
    "rosario.txt": "Debate sobre la economía\n\n"
                   "La ministra Inés Robles Vidal declaró que los homicidios en Rosario bajaron un 55 %.\n\n"
                   "El ministro Pablo Serrano Gil afirmó que la economía crecerá.\n",
}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return build_texts_index(tmp_path_factory, "speaker-text", TEXTS)


@pytest.fixture(scope="module")
def index(index_dir):
    with open_index(index_dir) as opened:
        yield opened


def speakers_of(results):
    return {hit.id: hit.speakers for hit in results.hits}


def test_the_fixture_credits_each_speaker(index):
    """The attributions the other tests rely on: each paragraph's own speaker."""
    found = speakers_of(search(index, "*:*", limit=20))
    assert found["cdmx.txt#4"] == found["cdmx.txt#5"] == ["Julián Castañeda Mora"]
    assert found["cdmx.txt#2"] == ["Rosa Delgado Ibarra"]
    assert found["rosario.txt#2"] == ["Inés Robles Vidal"]


@pytest.mark.parametrize("query, speaker, ids", [
    ("orador:Castañeda homicidios", None, []),  # his paragraphs are on the economy; the title is not his
    ('orador:"Julián Castañeda" homicidios', None, []),
    ("homicidios", "Castañeda", []),  # the filter (the page's facet, --speaker) alike
    ("orador:Castañeda economía", None, ["cdmx.txt#4"]),  # words he said are found
    ("orador:Delgado homicidios", None, ["cdmx.txt#2"]),
    ("homicidios", "Delgado", ["cdmx.txt#2"]),
    ("orador:Castañeda titulo:homicidios", None, ["cdmx.txt#4", "cdmx.txt#5"]),  # asked of the title: found
    ("Castañeda homicidios", None, ["cdmx.txt#4", "cdmx.txt#5"]),  # no speaker: the name, and the title
    # any of several speakers (feat35's field group) is a speaker's search too
    ("orador:(Castañeda OR Delgado) homicidios", None, ["cdmx.txt#2"]),
    ("(orador:Castañeda O orador:Robles) homicidios", None, ["rosario.txt#2"]),
    ("homicidios", ("Castañeda", "Herrera"), []),
    # a group that a match may meet without a speaker searches titles as before
    ("(orador:Castañeda OR impuestos) homicidios", None, ["cdmx.txt#4", "cdmx.txt#5"]),
])
def test_a_speakers_search_looks_for_the_words_in_the_text(index, query, speaker, ids):
    results = search(index, query, speaker=speaker)
    assert sorted(hit.id for hit in results.hits) == ids


@pytest.mark.parametrize("query, speaker, ids", [
    ("homicidios -debate", None, [f"cdmx.txt#{number}" for number in range(1, 6)]),  # rosario's title: «Debate»
    ("homicidios -debate", "Robles", []),  # a speaker narrows: what the exclusion left out stays out
    ("orador:Robles homicidios -debate", None, []),
    ("orador:(Robles OR Delgado) homicidios -deba*", None, ["cdmx.txt#2"]),  # a prefix alike
    ("homicidios -economía", "Robles", []),  # the text need not say it
    ("homicidios -impuestos", "Robles", ["rosario.txt#2"]),  # a word neither says excludes nothing
])
def test_a_speakers_search_excludes_by_the_title_as_any_search_does(index, query, speaker, ids):
    """Only the words searched lose the title in a speaker's search: an exclusion still reads it,
    so that a speaker filter never brings back a paragraph the same query without it left out."""
    assert sorted(hit.id for hit in search(index, query, speaker=speaker).hits) == ids


def test_a_question_does_not_claim_words_only_the_title_has(index):
    results = search(index, "¿qué dijo Castañeda sobre los homicidios?")
    assert not [message for message in results.messages if "habla Julián Castañeda Mora" in message]


def test_a_question_finds_the_words_a_speaker_said(index):
    results = search(index, "¿qué dijo Castañeda sobre la economía?")
    assert results.hits[0].id == "cdmx.txt#4"
    assert "el párrafo en el que habla Julián Castañeda Mora con esa palabra" in results.messages[-1]


def test_the_offer_is_of_what_the_text_says(index):
    """`Castañeda homicidios` offers no `orador:` search: he never says it."""
    results = search(index, "Castañeda homicidios")
    assert results.suggestion is None
    assert not [message for message in results.messages if "habla en" in message]


def test_the_speaker_facet_counts_the_paragraphs_that_say_the_words(index):
    results = search(index, "homicidios", facets=True)
    counted = {row["name"]: row["count"] for row in results.facets["speakers"]}
    assert counted == {"Rosa Delgado Ibarra": 1, "Inés Robles Vidal": 1}
    assert results.total == 6  # every paragraph under the title on homicides, and Rosario's
    assert results.facets["undated"] == 6  # the other facets count every match
    for name, count in counted.items():  # a facet's count is what its link finds
        assert search(index, "homicidios", speaker=f'"{name}"').total == count


def test_the_facet_of_a_word_in_a_title_counts_those_who_say_it(index):
    """`economía` is in Rosario's title: its other speakers are not counted."""
    counted = {row["name"]: row["count"] for row in search(index, "economía", facets=True).facets["speakers"]}
    assert counted == {"Julián Castañeda Mora": 1, "Pablo Serrano Gil": 1}


def test_the_page_lists_the_speakers_who_said_it(index_dir):
    from web import create_app

    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    try:
        client = app.test_client()
        body = client.get("/api/search?q=homicidios").get_json()
        page = client.get("/?q=homicidios").get_data(as_text=True)
    finally:
        app.extensions["hemeroteca"].close()
    assert {row["name"] for row in body["facets"]["speakers"]} == {"Rosa Delgado Ibarra", "Inés Robles Vidal"}
    assert "orador=%22Rosa+Delgado+Ibarra%22" in page and "Castañeda+Mora%22" not in page


def test_the_cli_question_says_nothing_false(index_dir, runner):
    result = runner.invoke(main, ["search", "¿qué dijo Castañeda sobre los homicidios?", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "con esa palabra" not in result.output


@pytest.mark.parametrize("query", [
    "¿qué opina Delgado de los homicidios?",
    "declaraciones de Delgado sobre homicidios",
    "declaraciones de Rosa Delgado acerca de los homicidios",
    "opinión de Delgado sobre los homicidios",
    "palabras de Delgado sobre los homicidios",
    "comentarios de Delgado respecto a los homicidios",
    "lo que dijo Delgado de los homicidios",
    "Delgado habló de homicidios",
    "Delgado opinó sobre los homicidios",
])
def test_a_question_of_what_someone_said_puts_their_paragraphs_first(index, query):
    results = search(index, query)
    assert results.hits[0].id == "cdmx.txt#2"
    assert "en el que habla Rosa Delgado Ibarra con esa palabra (orador:" in " ".join(results.messages)


@pytest.mark.parametrize("query", [
    "Delgado homicidios",  # no question: her mentions, as asked (offered her turns)
    "Delgado dijo homicidios",  # a verb typed with no `de` after it is a word to find
    "declaraciones de Delgado",  # nothing asked about
])
def test_what_is_no_question_of_her_words_does_not_reorder(index, query):
    results = search(index, query)
    assert not [message for message in results.messages if "en el que habla" in message]
