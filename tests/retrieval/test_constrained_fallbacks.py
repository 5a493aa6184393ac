"""A fallback keeps what the user required or excluded (trial35, 6).

`banco central -Pesce` found no paragraph with every word (the one «Banco Central» paragraph is
Pesce's) and fell back to any word: its first hit was another speaker's «Banco Mundial». An
exclusion says what the user wants left out; relaxing the other words then answers another
question. As Elasticsearch's query_string with `default_operator: AND`, a query with an
exclusion is never relaxed to any word (the typo fallback still requires every word), and
the search says how many paragraphs the exclusion left out. A word typed with `+` stays
required in the any-word fallback, as Lucene's MUST beside words that SHOULD match.
"""

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

TEXTS = {
    "economia.txt": "Reservas en caída\n\n"
                    "Según el presidente del Banco Central, Marcos Peralta, las reservas netas son negativas.\n\n"
                    "La inflación de abril fue la más alta del año.\n",
    "salud.txt": "Informe de salud\n\n"
                 "Lo dicen organismos como el Banco Mundial o la OCDE.\n\n"
                 "El banco de sangre pidió donantes.\n",
}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return build_texts_index(tmp_path_factory, "constrained", TEXTS)


@pytest.fixture(scope="module")
def index(index_dir):
    with open_index(index_dir) as opened:
        yield opened


@pytest.mark.parametrize("query, ids, mode", [
    ("banco central -Peralta", [], "all"),  # not «Banco Mundial»: the exclusion decided
    ('banco central -"Marcos Peralta"', [], "all"),
    ("banco central -reservas -inflación", [], "all"),
    ("banco mundial -Peralta", ["salud.txt#2"], "all"),  # every word found: as before
    ("banco zorzal +mundial", ["salud.txt#2"], "any"),  # any word, with `mundial` required
    ("+banco zorzal", ["economia.txt#2", "salud.txt#2", "salud.txt#3"], "any"),
    ("banco zorzal", ["economia.txt#2", "salud.txt#2", "salud.txt#3"], "any"),  # no constraint: relaxed
])
def test_a_fallback_keeps_what_the_user_constrained(index, query, ids, mode):
    results = search(index, query)
    assert sorted(hit.id for hit in results.hits) == ids
    assert results.mode == mode


@pytest.mark.parametrize("query, tip", [
    ("banco central -Peralta", "Las palabras están en 1 párrafo, pero «-Peralta» lo excluye; quítelo para verlo."),
    ("banco -Peralta -Mundial -sangre",
     "Las palabras están en 3 párrafos, pero «-Peralta», «-Mundial», «-sangre» los excluyen todos; "
     "quítelos para verlos."),
    ('banco central -"Marcos Peralta"', "Las palabras están en 1 párrafo, pero «-\"Marcos Peralta\"» lo excluye"),
])
def test_the_search_says_what_the_exclusion_left_out(index, query, tip):
    results = search(index, query)
    assert results.total == 0
    assert any(line.startswith(tip) for line in results.tips), results.tips
    assert not [message for message in results.messages if "tienen alguna" in message]


def test_an_exclusion_that_is_no_cause_is_not_blamed(index):
    results = search(index, "banco zorzal -Peralta")
    assert results.total == 0
    assert not [tip for tip in results.tips if "excluye" in tip]


def test_the_cli_and_the_api_agree(index_dir, runner):
    from web import create_app

    result = runner.invoke(main, ["search", "banco central -Peralta", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "«-Peralta» lo excluye" in result.output and "Banco Mundial" not in result.output
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    try:
        body = app.test_client().get("/api/search?q=banco+central+-Peralta").get_json()
    finally:
        app.extensions["hemeroteca"].close()
    assert body["total"] == 0
