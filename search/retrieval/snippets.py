"""Snippets: the best fragment or two of a paragraph, cut around the matched words.

A match is any word whose analyzed form is a query term, so a search for `politica`
marks `políticas` as written in the text.
"""

from bisect import bisect_left, bisect_right

from search.retrieval.long_spans import LONG_CHARS, long_marks

# Where the words and phrases are: spans.py, phrase_spans.py. Named here too, where snippets were made before.
from search.retrieval.phrase_spans import marked_spans, phrase_spans, with_phrases  # noqa: F401
from search.retrieval.spans import match_spans, page_spans  # noqa: F401

FRAGMENT_CHARS = 200
SCAN_CHARS = 1_000_000  # a snippet's matches come from this much of a paragraph at most
# ...and from at most this many characters times terms: each term is looked for along the
# text, so `a*` (1,024 terms) over a 1,000,000-character paragraph took a second a hit.
# Many terms match early anyway; one term still scans SCAN_CHARS, 1,024 about 2,000 characters.
SCAN_WORK = 2_000_000
MAX_FRAGMENTS = 2
CONTEXT_BEFORE = 50
ELLIPSIS = "…"
SEPARATOR = " … "


def _window(text, start):
    """Return (start, end) of a fragment beginning a little before start, at word edges."""
    begin = max(0, start - CONTEXT_BEFORE)
    if begin:
        space = text.find(" ", begin, start)
        begin = space + 1 if space != -1 else begin
    end = min(len(text), begin + FRAGMENT_CHARS)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > start else end
    return begin, end


def _best_windows(text, spans):
    """Pick up to two fragments that hold the most distinct matched words.

    Each match starts a candidate window; the matches inside one are a run of the sorted
    spans, found by bisection, and a window of FRAGMENT_CHARS holds a bounded number of
    words: linear in the number of matches, not quadratic.
    """
    if len(spans) == 1:  # a third of hits: its window, as below
        return [_window(text, spans[0][0])]
    starts = [start for start, _, _ in spans]
    ends = [end for _, end, _ in spans]  # ascending too, unless two marked phrases overlap
    whole = _window_of_all(text, starts, max(ends))
    if whole:
        return whole
    ordered = ends == sorted(ends)
    candidates = []
    if ordered:  # most: a window's matches are a slice of the spans, their terms one of `terms`
        terms = [term for _, _, term in spans]
        for start in starts:
            begin, end = _window(text, start)
            inside = terms[bisect_left(starts, begin):bisect_right(ends, end)]
            distinct = set(inside)
            candidates.append((len(distinct), len(inside), -begin, begin, end, distinct))
    else:
        for start in starts:
            begin, end = _window(text, start)
            inside = [span for span in spans if span[0] >= begin and span[1] <= end]
            distinct = {term for _, _, term in inside}
            candidates.append((len(distinct), len(inside), -begin, begin, end, distinct))
    candidates.sort(reverse=True)
    first = candidates[0]
    # The second fragment shows the words the first lacks, as Elasticsearch's
    # number_of_fragments: `cooperación` at the end of a paragraph whose first fragment
    # holds `internacional` (trial 12). One that overlaps the first joins it.
    for candidate in candidates[1:]:
        if not candidate[5] - first[5]:
            continue
        if candidate[3] >= first[4] or first[3] >= candidate[4]:
            return sorted([first[3:5], candidate[3:5]])
        begin, end = min(first[3], candidate[3]), max(first[4], candidate[4])
        if end - begin <= 2 * FRAGMENT_CHARS:
            return [(begin, end)]
    for candidate in candidates[1:]:
        overlaps = candidate[3] < first[4] and first[3] < candidate[4]
        if not overlaps and len(text) > 2 * FRAGMENT_CHARS:
            return sorted([first[3:5], candidate[3:5]])
    return [first[3:5]]


def _window_of_all(text, starts, last):
    """Return [the window _best_windows picks] when the first match's window holds every
    match (ending by `last`), else []: most hits, picked without counting each window.

    Windows begin later as their match does, so no window begins before the first one;
    those beginning with it and holding every match rank by their end, and every other
    window overlaps the first and holds no word it lacks: there is no second, nor one joined.
    """
    begin, end = _window(text, starts[0])
    if last > end:
        return []
    for start in starts[1:]:
        other, other_end = _window(text, start)
        if other != begin:
            break
        if other_end >= last:
            end = max(end, other_end)
    return [(begin, end)]


def snippet_for(text, terms, phrases=()):
    """Return (snippet, highlights) of one text (snippets_for)."""
    return snippets_for([text], terms, phrases)[0]


def scan_chars(terms):
    """Return how many of a text's first characters its matches of terms are looked for in
    (snippets_for)."""
    return min(SCAN_CHARS, max(FRAGMENT_CHARS, SCAN_WORK // max(1, len(terms))))


def snippets_for(texts, terms, phrases=(), spans=None, places=False):
    """Return [(snippet, highlights)] for texts: fragments of each and the offsets of
    matches in them; with `places`, [(snippet, highlights, place)], where place is the
    offset in the text of the snippet's first match (of its first character when it has
    none), which tells the piece of a huge paragraph a link should open. The matches of
    all the texts (a page of hits) are looked for at once (page_spans), but for those
    `spans` gives (a list with None for the others): the spans of terms in the text,
    found already (reranking.read).

    Matches are looked for in the first SCAN_CHARS characters, and the first SCAN_WORK
    divided by the number of terms: a paragraph of hundreds of megabytes (a file with no
    line breaks) gets its snippet in a fraction of a second, even for a thousand terms. In
    a text longer than LONG_CHARS, the terms not found there are looked for further, and
    phrases near their words (long_spans.py): a hit deep inside shows where it matched.
    """
    scan = scan_chars(terms)
    scanned = [text[:scan] if len(text) > scan else text for text in texts]
    words = list(spans) if spans is not None else [None] * len(texts)
    missing = [at for at, found in enumerate(words) if found is None]
    if missing:
        for at, found in zip(missing, page_spans([scanned[at] for at in missing], terms)):
            words[at] = found
    made = [_snippet(text, with_phrases(part, found, phrases) if len(text) <= LONG_CHARS
                     else long_marks(text, scan, found, terms, phrases))
            for text, part, found in zip(texts, scanned, words)]
    return made if places else [(snippet, highlights) for snippet, highlights, _ in made]


def _snippet(text, spans):
    """Return (snippet, highlights, place) of a text around its marked spans (snippets_for)."""
    windows = _best_windows(text, spans) if spans else [_window(text, 0)]
    begin = windows[0][0]
    place = next((start for start, end, _ in spans if start >= begin and end <= windows[0][1]), begin)
    if len(windows) == 1:  # most hits: as the loop below does for one window
        begin, end = windows[0]
        prefix = ELLIPSIS if begin > 0 else ""
        offset = len(prefix) - begin
        return (prefix + text[begin:end] + (ELLIPSIS if end < len(text) else ""),
                [(s + offset, e + offset) for s, e, _ in spans if s >= begin and e <= end], place)
    pieces, highlights, length = [], [], 0
    for index, (begin, end) in enumerate(windows):
        prefix = (SEPARATOR if index else ELLIPSIS) if begin > 0 else (SEPARATOR if index else "")
        suffix = ELLIPSIS if end < len(text) and index == len(windows) - 1 else ""
        offset = length + len(prefix) - begin
        highlights += [(s + offset, e + offset) for s, e, _ in spans if s >= begin and e <= end]
        piece = prefix + text[begin:end] + suffix
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces), highlights, place


def mark(snippet, highlights, start="<mark>", end="</mark>", escape_text=None):
    """Return the snippet with each highlight wrapped in marks, the text escaped first.

    `escape_text` defaults to html.escape, imported here: only pages mark snippets, and a
    search in a terminal then never loads html and its table of entities (1.6 ms).
    """
    if escape_text is None:
        from html import escape as escape_text
    out, last = [], 0
    for begin, finish in highlights:
        out.append(escape_text(snippet[last:begin]))
        out.append(start + escape_text(snippet[begin:finish]) + end)
        last = finish
    out.append(escape_text(snippet[last:]))
    return "".join(out)
