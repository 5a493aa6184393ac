"""Snippets: the best fragment or two of a paragraph, cut around the matched words.

A match is any word whose analyzed form is a query term, so a search for `politica`
marks `políticas` as written in the text.
"""

import re
import unicodedata
from bisect import bisect_left, bisect_right

from search.text.folding import FOLDED
from search.text.words import ACRONYM_SPACES, TOKEN, index_form, phrase_form, word_forms

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
# EE.UU., 1.500, O'Donnell: one token, marks inside. The mark first, then what is around
# it: the scan then skips letters in C (3.6x faster than r"\w[.,'’]\w", the same matches).
INNER_MARK = re.compile(r"[.,'’](?<=\w[.,'’])(?=\w)")
WORD_CHAR = re.compile(r"\w")
TOKEN_CHAR = re.compile(r"[\w.,'’]")  # what a token is made of (words.TOKEN)
TOKEN_RUN = re.compile(r"[\w.,'’]*")
MAX_RUN = 100  # a longer run with marks inside (no word is) gets the word-by-word scan
# Latin-1 letters that fold to one letter, as bytes; the others (ß, ğ, ł…) need the scan.
ONE_TO_ONE = {k: v for k, v in FOLDED.items() if ord(k) < 256 and len(v) == 1}
BYTE_FOLDING = bytes.maketrans("".join(ONE_TO_ONE).encode("latin-1"),
                               "".join(ONE_TO_ONE.values()).encode("latin-1"))
OTHER_FOLDED = re.compile("[" + "".join(k for k in FOLDED if k not in ONE_TO_ONE) + "]")
LATIN1 = re.compile("[\x00-\xff]*").fullmatch


def match_spans(text, terms):
    """Return (start, end, term) for each word of text whose analyzed form is in terms.

    A word's form, less its last letter, begins the word folded and in lower case
    (Snowball only rewrites endings, as -encia to -ente; tests/retrieval/test_snippets.py checks
    the whole Snowball vocabulary). So matches are looked for only where such a prefix
    of a term starts a word, rather than analyzing every word. The runs of word characters
    with marks inside (EE.UU., 1.500, O'Donnell: marked_runs) are read token by token.
    Texts whose lower case changes their length, or with letters folding needs to scan,
    get the word-by-word scan.
    """
    if not terms:
        return []
    lower = text.lower()
    if (len(lower) != len(text) or not all(map(LATIN1, terms)) or OTHER_FOLDED.search(lower)
            or not unicodedata.is_normalized("NFC", text) or ACRONYM_SPACES.search(text)):
        return _word_by_word(text, terms)  # (an acronym with spaces, EE. UU., is a token with a space)
    runs = marked_runs(text)
    if runs is None:
        return _word_by_word(text, terms)
    # Folded as bytes, which is fast; a character beyond Latin-1 becomes "?", one for one.
    folded = lower.encode("latin-1", "replace").translate(BYTE_FOLDING).decode("latin-1")
    found = {}
    run_starts = [start for start, _ in runs]
    for term in terms:
        prefix = term[:-1] or term
        at = folded.find(prefix)
        while at != -1:
            if at not in found and not (at and WORD_CHAR.match(text, at - 1)):
                run = bisect_right(run_starts, at) - 1
                if run < 0 or at >= runs[run][1]:  # inside a marked run, its tokens are read below
                    word = TOKEN.match(text, at)
                    form = index_form(word.group()) if word else None
                    if form in terms:
                        found[at] = (at, word.end(), form)
            at = folded.find(prefix, at + 1)
    for start, end in runs:
        for word in TOKEN.finditer(text, start, end):
            form = index_form(word.group())
            if form in terms:
                found[word.start()] = (word.start(), word.end(), form)
    return sorted(found.values())


def _word_by_word(text, terms):
    return [(start, end, form) for start, end, form in word_forms(text) if form in terms]


def marked_runs(text):
    """Return [(start, end)] of the runs of token characters holding a mark between two word
    characters (`EE.UU.`, `1.500`, `O'Donnell`), in order; None if one is longer than MAX_RUN.

    A token (words.TOKEN) is made of word characters and these marks only, so the tokens
    of a run are those of the whole text, and outside the runs a token is a plain run of
    word characters, found where a term's prefix starts.
    """
    runs = []
    for mark in INNER_MARK.finditer(text):
        at = mark.start()
        if runs and at < runs[-1][1]:
            continue  # a mark of the run already found
        start, low = at, max(at - MAX_RUN, runs[-1][1] if runs else 0)
        while start > low and TOKEN_CHAR.match(text, start - 1):
            start -= 1
        end = TOKEN_RUN.match(text, at).end()
        if end - start > MAX_RUN or (start == at - MAX_RUN and start and TOKEN_CHAR.match(text, start - 1)):
            return None
        runs.append((start, end))
    return runs


def phrase_spans(text, phrases):
    """Return (start, end, phrase) for each place a phrase occurs in text, stop words included.

    `phrases` are tuples of phrase forms (words.phrase_forms), as a phrase query
    checks them: `"política exterior"` marks `política exterior`, not the `política` of
    `política interior`.
    """
    words = [(match.start(), match.end(), phrase_form(match.group())) for match in TOKEN.finditer(text)]
    forms = [form for _, _, form in words]
    found = []
    for phrase in filter(None, phrases):
        size, wanted = len(phrase), list(phrase)
        for at in range(len(forms) - size + 1):
            if forms[at] == wanted[0] and forms[at:at + size] == wanted:
                found.append((words[at][0], words[at + size - 1][1], " ".join(phrase)))
    return found


def marked_spans(text, terms, phrases=()):
    """Return the spans to mark: words whose form is in terms, and whole phrases.

    A word inside a marked phrase is not marked again.
    """
    words = match_spans(text, terms)
    if not phrases:
        return words
    found = phrase_spans(text, phrases)
    return sorted(found + [span for span in words
                           if not any(start <= span[0] and span[1] <= end for start, end, _ in found)])


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
    ordered = ends == sorted(ends)
    candidates = []
    for start in starts:
        begin, end = _window(text, start)
        if ordered:
            first, last = bisect_left(starts, begin), bisect_right(ends, end)
            inside = spans[first:last]
        else:
            inside = [span for span in spans if span[0] >= begin and span[1] <= end]
        distinct = {term for _, _, term in inside}
        candidates.append((len(distinct), len(inside), -begin, begin, end, distinct))
    candidates.sort(reverse=True)
    chosen = [candidates[0]]
    for candidate in candidates[1:]:
        first = chosen[0]
        overlaps = candidate[3] < first[4] and first[3] < candidate[4]
        if not overlaps and (candidate[5] - first[5] or len(text) > 2 * FRAGMENT_CHARS):
            chosen.append(candidate)
            break
    return sorted((begin, end) for *_, begin, end, _ in chosen)


def snippet_for(text, terms, phrases=()):
    """Return (snippet, highlights): fragments of text and the offsets of matches in them.

    Matches are looked for in the first SCAN_CHARS characters, and the first SCAN_WORK
    divided by the number of terms: a paragraph of hundreds of megabytes (a file with no
    line breaks) gets its snippet in a fraction of a second, even for a thousand terms.
    """
    scan = min(SCAN_CHARS, max(FRAGMENT_CHARS, SCAN_WORK // max(1, len(terms))))
    spans = marked_spans(text[:scan] if len(text) > scan else text, terms, phrases)
    windows = _best_windows(text, spans) if spans else [_window(text, 0)]
    pieces, highlights, length = [], [], 0
    for index, (begin, end) in enumerate(windows):
        prefix = (SEPARATOR if index else ELLIPSIS) if begin > 0 else (SEPARATOR if index else "")
        suffix = ELLIPSIS if end < len(text) and index == len(windows) - 1 else ""
        offset = length + len(prefix) - begin
        highlights += [(s + offset, e + offset) for s, e, _ in spans if s >= begin and e <= end]
        piece = prefix + text[begin:end] + suffix
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces), highlights


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
