"""A query whose every part was ignored: no search ran, and that is said, not «Sin resultados».

Each ignored part is named by its own message (a date of no year, a field with no value or
only stop words, a lone operator or wildcard…); the summary says nothing was left to search.
With filters (speaker, dates), the filters alone still run.
"""

import pytest

from search.cli import main
from search.retrieval.searching import search
from web import create_app

NOTHING_LEFT = "No quedó nada que buscar"
# (query, what its message names)
IGNORED = [
    ("fecha:enero", "«enero» no dice de qué año"),
    ("fecha:2020-13-45", "no es una fecha válida"),
    ("fecha:", "sin valor"),
    ("orador:", "sin valor"),
    ("titulo:el", "«el»: es una palabra vacía"),
    ("titulo:(el la)", "son palabras vacías"),
    ("el de la", "son palabras vacías"),
    ("*", "«*» se ignoró"),
    ("OR", "O/OR sin nada"),
    ("()", "paréntesis sin nada dentro"),
    (",,,", "no tiene letras ni cifras"),
    ("fecha:enero titulo:el", "«enero» no dice de qué año"),
]


@pytest.mark.parametrize(("query", "named"), IGNORED)
def test_a_query_all_ignored_says_nothing_was_left(seed, query, named):
    results = search(seed, query)
    assert results.nothing_left and results.total == 0
    assert any(named in message for message in results.messages)
    assert not results.tips and results.suggestion is None  # no advice on a search that never ran
    assert results.nothing_left_message().startswith(f"{NOTHING_LEFT}: se ignoró todo lo escrito, «{query}»")


@pytest.mark.parametrize("query", ["fecha:enero garrote", "garrote", "zzzqqq", '"el la"', "-garrote", ""])
def test_a_query_with_something_left_is_searched(seed, query):
    assert not search(seed, query).nothing_left


@pytest.mark.parametrize("query", ["fecha:enero", "el de la"])
def test_filters_alone_run_when_the_text_was_all_ignored(seed, query):
    results = search(seed, query, date_from="2020")
    assert not results.nothing_left and results.total == search(seed, "", date_from="2020").total > 0
    assert results.messages  # what was ignored is still said


@pytest.mark.parametrize(("query", "named"), IGNORED[:3])
def test_the_cli_says_nothing_was_left(runner, seed_index, query, named):
    result = runner.invoke(main, ["search", query, "--index", str(seed_index)])
    assert result.exit_code == 0
    assert named in result.output and NOTHING_LEFT in result.output
    assert "Sin resultados" not in result.output


@pytest.mark.parametrize(("query", "named"), IGNORED[:3])
def test_the_page_and_the_api_say_nothing_was_left(seed_index, query, named):
    app = create_app({"INDEX_DIR": str(seed_index), "TESTING": True})
    try:
        client = app.test_client()
        page = client.get("/", query_string={"q": query})
        text = page.get_data(as_text=True)
        assert page.status_code == 200 and NOTHING_LEFT in text and "Sin resultados" not in text
        body = client.get("/api/search", query_string={"q": query}).get_json()
        assert body["nothing_left"] is True and any(named in message for message in body["messages"])
    finally:
        app.extensions["hemeroteca"].close()
