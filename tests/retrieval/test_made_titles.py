"""`titulo:` searches the titles the page shows, made ones included (trial 3, finding 11).

A transcript's title is made at indexing ("Conferencia de prensa, 2020-06-15"). Plain
words don't search it (`conferencia` would match every paragraph of every briefing),
but `titulo:` does, in every form a title can be searched: a word, a phrase, a prefix, a
wildcard, a group, an exclusion. An index built before made titles were indexed still
answers, from the titles files give, and says how to have the others.
"""

import pytest

from search.cli import main
from search.query.builder import OLD_TITLES
from search.retrieval import columnar
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.schema import paragraph_schema
from tests.conftest import TRANSCRIPTS

BRIEFINGS = {"2020-06-15.txt", "2020-06-16.txt"}  # transcripts: their titles are made
STORY = {"cuento.txt"}  # «Emilia Pardo Bazán: Cuentos de amor», its first line


@pytest.fixture(scope="module")
def index(transcripts_index):
    with open_index(transcripts_index) as opened:
        yield opened


@pytest.fixture(scope="module")
def old_index(tmp_path_factory):
    """An index of the same files whose schema has no made titles (built before them)."""
    schema = paragraph_schema()
    schema.remove("made_title")
    index_dir = tmp_path_factory.mktemp("old-titles")
    build_index([TRANSCRIPTS], index_dir, schema=schema)
    with open_index(index_dir) as opened:
        yield opened


def docs(results):
    return {hit.doc for hit in results.hits}


@pytest.mark.parametrize("query, expected", [
    ("titulo:conferencia", BRIEFINGS),
    ("título:Conferencia", BRIEFINGS),
    ('titulo:"Conferencia de prensa"', BRIEFINGS),
    ('titulo:"conferencia de prensa"~2', BRIEFINGS),
    ("titulo:conf*", BRIEFINGS),
    ("titulo:conf?rencia", BRIEFINGS),
    ("titulo:(conferencia OR cuentos)", BRIEFINGS | STORY),
    ("titulo:cuentos", STORY),  # a title the file gives, as before
    ("titulo:prensa -titulo:conferencia", set()),
    ("vacunas titulo:prensa", BRIEFINGS),
    ("vacunas titulo:cuentos", set()),
    ('titulo:"prensa de conferencia"', set()),  # in order, as any phrase
])
def test_titulo_searches_made_titles_too(index, query, expected):
    results = search(index, query, limit=50)
    assert docs(results) == expected
    assert results.mode == "all" and not results.messages


def test_a_plain_word_still_searches_the_text_only(index):
    """The made title stays out of plain searches: their ranking is unchanged."""
    results = search(index, "conferencia", limit=50)
    assert results.hits and all("conferencia" in hit.snippet.lower() for hit in results.hits)
    assert results.total < search(index, "titulo:conferencia", limit=50).total


def test_the_posting_cache_answers_made_titles_as_whoosh_does(index, monkeypatch):
    for query in ("titulo:conferencia", 'titulo:"Conferencia de prensa"', "titulo:conf* vacunas"):
        ours = search(index, query, limit=50)
        with monkeypatch.context() as patched:
            patched.setattr(columnar, "postings_for", lambda searcher: None)
            theirs = search(index, query, limit=50)
        assert [(hit.id, hit.score) for hit in ours.hits] == [(hit.id, hit.score) for hit in theirs.hits]


def test_the_cli_finds_them(runner, transcripts_index):
    result = runner.invoke(main, ["search", 'titulo:"Conferencia de prensa"', "--index",
                                  str(transcripts_index), "--limit", "1"])
    assert result.exit_code == 0 and "Conferencia de prensa, 2020-06-1" in result.output
    assert "resultados para" in result.output.splitlines()[0]


def test_an_index_built_before_still_searches_the_titles_files_give_and_says_so(old_index):
    made = search(old_index, "titulo:conferencia")
    assert made.total == 0 and OLD_TITLES in made.messages
    given = search(old_index, "titulo:cuentos")
    assert docs(given) == STORY and OLD_TITLES in given.messages
    assert OLD_TITLES not in search(old_index, "conferencia").messages  # said for titulo: only
