from search.analysis import spanish_analyzer
from search.snippets import FRAGMENT_CHARS, mark, match_spans, snippet_for


def terms(text):
    return {token.text for token in spanish_analyzer()(text)}


def marked(snippet, highlights):
    return [snippet[start:end] for start, end in highlights]


def test_matches_are_marked_as_written():
    snippet, highlights = snippet_for("Las políticas del Gobierno.", terms("politica gobierno"))
    assert snippet == "Las políticas del Gobierno."
    assert marked(snippet, highlights) == ["políticas", "Gobierno"]


def test_long_paragraph_is_cut_around_the_match():
    text = "Relleno sin interés. " * 40 + "Aquí está la cooperación antipandémica. " + "Más. " * 40
    snippet, highlights = snippet_for(text, terms("cooperacion"))
    assert snippet.startswith("…") and snippet.endswith("…")
    assert len(snippet) <= FRAGMENT_CHARS + 2
    assert marked(snippet, highlights) == ["cooperación"]


def test_two_fragments_for_distant_words():
    text = "La cooperación empezó. " + "Relleno. " * 60 + "Y luego el garrote."
    snippet, highlights = snippet_for(text, terms("cooperacion garrote"))
    assert " … " in snippet
    assert marked(snippet, highlights) == ["cooperación", "garrote"]


def test_no_match_gives_the_start_of_the_paragraph():
    snippet, highlights = snippet_for("Texto corto.", terms("nada"))
    assert (snippet, highlights) == ("Texto corto.", [])


def test_mark_escapes_before_marking():
    text = '<script>alert("x")</script> política'
    snippet, highlights = snippet_for(text, terms("politica"))
    html = mark(snippet, highlights)
    assert "<script>" not in html
    assert html.endswith("<mark>política</mark>")


def test_match_spans_uses_analyzed_forms():
    spans = match_spans("Años y años", terms("año"))
    assert [(s, e) for s, e, _ in spans] == [(0, 4), (7, 11)]
