"""Trial 12, finding 11: a snippet shows every query word the paragraph holds (a second
fragment, or one joined window), and title matches are marked in the title."""

import pytest

from search.cli import main
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.retrieval.snippets import snippet_for
from search.storage.build import build_index
from search.text.analysis import spanish_analyzer, terms_of
from web import create_app

LONG = ("La Ciudad de México, como otras ciudades grandes o como una entidad federativa que es, tiene "
        "un área de colaboración internacional, de relaciones internacionales, que tienen una "
        "multiplicidad de proyectos, no sólo este, sino muchísimos otros y hasta donde conozco "
        "indirectamente existen relaciones de cooperación con muchísimos países.")


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("marks")
    (folder / "2025-03-14_gripe.md").write_text(
        "---\ntitle: Plan contra la gripe aviar\n---\n\nLa ministra presentó el plan.\n\n" + LONG + "\n")
    build_index([folder], folder / "ix")
    return folder / "ix"


@pytest.mark.parametrize("words, marked", [
    ("internacional cooperación", {"internacional", "internacionales", "cooperación"}),
    ("México países", {"México", "países"}),  # first and last words: two fragments
])
def test_a_snippet_shows_every_word_the_paragraph_holds(words, marked):
    terms = set(terms_of(spanish_analyzer(), words))
    snippet, highlights = snippet_for(LONG, terms)
    assert {snippet[start:end] for start, end in highlights} == marked


def test_a_typo_tolerant_word_is_not_cut_out_of_the_snippet(index_dir):
    with open_index(index_dir, weighting()) as index:
        [hit] = search(index, "cooperasion~2 internacional").hits
    assert "cooperación" in {hit.snippet[start:end] for start, end in hit.highlights}


@pytest.mark.parametrize("query, marked", [
    ("titulo:gripe", ["gripe"]),
    ('titulo:"gripe aviar"', ["gripe", "aviar"]),
    ("gripe", ["gripe"]),  # a plain word searches titles too
    ("ministra", []),
])
def test_title_matches_are_marked_in_the_title(index_dir, query, marked):
    with open_index(index_dir, weighting()) as index:
        hits = search(index, query).hits
    assert hits and all([hit.title[start:end] for start, end in hit.title_highlights] == marked for hit in hits)


def test_the_page_and_the_terminal_mark_the_title(index_dir, runner):
    client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
    html = client.get("/?q=titulo:gripe").get_data(as_text=True)
    assert "Plan contra la <mark>gripe</mark> aviar</a></h2>" in html
    out = runner.invoke(main, ["search", "titulo:gripe", "--index", str(index_dir)], color=True)
    assert "Plan contra la \x1b[1mgripe\x1b[0m aviar" in out.output
