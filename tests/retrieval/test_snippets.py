import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.retrieval.snippets import FRAGMENT_CHARS, mark, match_spans, phrase_spans, snippet_for
from search.text.analysis import spanish_analyzer
from search.text.words import phrase_forms


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


def best_windows_by_definition(text, spans):
    """The quadratic definition _best_windows keeps: every window counts every span (and
    a second fragment shows the words the first lacks, as fixq12 made it)."""
    from search.retrieval.snippets import FRAGMENT_CHARS, _window

    candidates = []
    for start, _, _ in spans:
        begin, end = _window(text, start)
        inside = [span for span in spans if span[0] >= begin and span[1] <= end]
        distinct = {term for _, _, term in inside}
        candidates.append((len(distinct), len(inside), -begin, begin, end, distinct))
    candidates.sort(reverse=True)
    first = candidates[0]
    # the best window that shows words the first lacks: beside it, or joined to it when they
    # overlap and the two fit in two fragments; else the best one beside it in a long text
    for candidate in candidates[1:]:
        overlaps = candidate[3] < first[4] and first[3] < candidate[4]
        if candidate[5] - first[5] and not overlaps:
            return sorted([first[3:5], candidate[3:5]])
        joined = min(first[3], candidate[3]), max(first[4], candidate[4])
        if candidate[5] - first[5] and joined[1] - joined[0] <= 2 * FRAGMENT_CHARS:
            return [joined]
    for candidate in candidates[1:]:
        overlaps = candidate[3] < first[4] and first[3] < candidate[4]
        if not overlaps and len(text) > 2 * FRAGMENT_CHARS:
            return sorted([first[3:5], candidate[3:5]])
    return [first[3:5]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["vacuna", "salud", "de", "la", "gobierno", "casa", "x" * 30]),
                min_size=1, max_size=300))
def test_the_windows_are_those_of_the_quadratic_definition(words):
    from search.retrieval.snippets import _best_windows

    text = " ".join(words)
    spans = match_spans(text, terms("vacuna salud gobierno"))
    if spans:
        assert _best_windows(text, spans) == best_windows_by_definition(text, spans)


def test_a_huge_paragraph_is_scanned_only_at_its_start():
    """Past the opening scanned, a term not found there is looked for only while LATE_WORK
    allows (long_spans.py): just past it, it is shown; tens of megabytes later, not."""
    from search.retrieval.long_spans import LATE_WORK
    from search.retrieval.snippets import SCAN_CHARS

    text = "relleno " * (SCAN_CHARS // 8) + "vacuna al final"
    snippet, highlights = snippet_for(text, terms("vacuna"))
    assert marked(snippet, highlights) == ["vacuna"]
    text = "relleno " * ((SCAN_CHARS + LATE_WORK) // 8) + "vacuna al final"
    snippet, highlights = snippet_for(text, terms("vacuna"))
    assert highlights == [] and snippet.startswith("relleno")
    text = "la vacuna " + "relleno " * (3 * SCAN_CHARS // 8)
    snippet, highlights = snippet_for(text, terms("vacuna"))
    assert marked(snippet, highlights) == ["vacuna"]


@pytest.mark.parametrize("text, phrase, expected", [
    ("La política interior y la política exterior.", "política exterior", ["política exterior"]),
    ("Politica  exterior, y de nuevo POLÍTICA EXTERIOR.", "política exterior",
     ["Politica  exterior", "POLÍTICA EXTERIOR"]),
    ("El Consejo de Estado y el consejo del Estado.", "Consejo de Estado", ["Consejo de Estado"]),
    ("Relaciones chino-rusas.", "chino-rusas", ["chino-rusas"]),
    ("Nada que ver.", "política exterior", []),
])
def test_a_phrase_is_marked_where_it_occurs_and_only_there(text, phrase, expected):
    spans = phrase_spans(text, [tuple(phrase_forms(phrase))])
    assert [text[start:end] for start, end, _ in spans] == expected


def test_a_word_also_typed_alone_is_marked_everywhere_but_not_twice_inside_the_phrase():
    text = "La política interior y la política exterior."
    snippet, highlights = snippet_for(text, terms("política"), [tuple(phrase_forms("política exterior"))])
    assert marked(snippet, highlights) == ["política", "política exterior"]


def test_overlapping_phrases_pick_windows_as_defined():
    from search.retrieval.snippets import _best_windows, marked_spans

    text = "x " * 150 + "la política exterior común y la política exterior " + "y " * 150
    spans = marked_spans(text, set(), [tuple(phrase_forms("política exterior común")),
                                       tuple(phrase_forms("exterior común"))])
    assert _best_windows(text, spans) == best_windows_by_definition(text, spans)
