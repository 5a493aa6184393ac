"""Where a query's words are in texts: the spans snippets mark and questions' proximity reads.

A match is any word whose analyzed form is a query term, so a search for `politica`
finds `políticas` as written in the text. The texts of a page of hits are scanned at once
(page_spans); a text of Latin-1 and common punctuation (most Spanish text) is read
through byte tables, a few passes in C, and other texts through regular expressions.
Phrases, and which of the spans found are marked, are phrase_spans.py's.
"""

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from search.text.compound_runs import compound_runs, with_compounds
from search.text.folding import FOLDED, fold
from search.text.patterns import LazyPattern
from search.text.words import (
    ACRONYM_SPACES,
    CAPITALS,
    TOKEN,
    index_form,
    word_forms,
)

# EE.UU., 1.500, O'Donnell: one token, marks inside. The mark first, then what is around
# it: the scan then skips letters in C (3.6x faster than r"\w[.,'’]\w", the same matches).
INNER_MARK = LazyPattern(r"[.,'’](?<=\w[.,'’])(?=\w)")
WORD_CHAR = re.compile(r"\w")
TOKEN_CHAR = LazyPattern(r"[\w.,'’]")  # what a token is made of (words.TOKEN)
TOKEN_RUN = LazyPattern(r"[\w.,'’]*")
MAX_RUN = 100  # a longer run with marks inside (no word is) gets the word-by-word scan
# Latin-1 letters that fold to one letter, as bytes; the others (ß, ğ, ł…) need the scan.
ONE_TO_ONE = {k: v for k, v in FOLDED.items() if ord(k) < 256 and len(v) == 1}
BYTE_FOLDING = bytes.maketrans("".join(ONE_TO_ONE).encode("latin-1"),
                               "".join(ONE_TO_ONE.values()).encode("latin-1"))
OTHER_FOLDED = LazyPattern("[" + "".join(k for k in FOLDED if k not in ONE_TO_ONE) + "]")
LATIN1 = re.compile("[\x00-\xff]*").fullmatch
# What each Latin-1 character is to a token, as one byte: a word character, a mark a token
# may hold (words.TOKEN: ' , .), a letter folding makes two (needs the scan), or neither.
WORD, MARK, OTHER, NEITHER = b"w", b"m", b"x", b" "
CLASSES = bytes.maketrans(bytes(range(256)), b"".join(
    OTHER if chr(byte) in FOLDED and chr(byte) not in ONE_TO_ONE else
    WORD if WORD_CHAR.match(chr(byte)) else MARK if chr(byte) in ".,'" else NEITHER
    for byte in range(256)))
INNER = WORD + MARK + WORD
W = WORD[0]
# Characters beyond Latin-1 that Spanish text is full of (dialogue's dashes, quotes): not
# word characters, NFC alone and beside anything, the same in lower case, not folded; the
# apostrophe a mark. A text with others is read by the regular expressions.
PUNCTUATION = frozenset("—–‒―‐‑−“”„‘’‚‹›…•′″€")
# Where a spaced acronym (words.ACRONYM_SPACES: `EE. UU.`) may be: its space, between two dots
# and before capitals. Found from its dot, it is 40 times faster to look for than the
# acronym, whose pattern starts with a lookbehind tried at every character (60 us a page).
ACRONYM_SPACE = LazyPattern(rf"\.(?=[ \u00a0][{CAPITALS}]{{1,2}}\.)")  # the dot alone: `A. B. C.` overlap


NOT_WORD = re.compile(r"\W+")
PLAIN_PREFIX = re.compile(r"\w+").fullmatch


def may_match(texts, terms):
    """Return those of texts where a word or compound may have its analyzed form in terms:
    not those where no term's prefix (less its last letter, as _word_spans looks for it) is
    in the text's word characters, folded, in lower case and run together (word_letters),
    which hold every word's, compound's and acronym's (`EE. UU.`) letters in order. With a
    prefix of other characters (`12,` of `12,5`), all of them. A page's titles are most often
    without a match: ruled out by a lookup, not scanned (page_spans)."""
    prefixes = {term[:-1] or term for term in terms}
    if not all(map(PLAIN_PREFIX, prefixes)):
        return list(texts)
    return [text for text in texts if any(prefix in word_letters(text) for prefix in prefixes)]


@lru_cache(maxsize=4096)
def word_letters(text):
    """Return the word characters of a short text (a title), folded and in lower case, run
    together (may_match); kept for the last few thousand texts: a document's hits share its title."""
    return NOT_WORD.sub("", fold(text.lower()))


def match_spans(text, terms):
    """Return (start, end, term) for each word of text whose analyzed form is in terms."""
    return page_spans([text], terms)[0]


def page_spans(texts, terms):
    """Return, for each text, (start, end, term) of each word whose analyzed form is in terms,
    and of each compound (`anti-COVID`, `O'Donnell`) whose joined word's is, as the analyzer
    indexes both (words.catenated). A compound's span holds its parts' spans, which stay (the
    proximity reads them); marks show the outermost (with_phrases)."""
    spans = _word_spans(texts, terms)
    if not terms:
        return spans
    prefixes = tuple({term[:-1] or term for term in terms})
    if len(texts) == 1:
        return [with_compounds(texts[0], spans[0], terms, prefixes)]
    # The compounds of a page are looked for at once, as its words: in the texts joined by
    # line breaks, which no compound crosses; each text that may hold one is then read.
    runs = [start for start, _ in compound_runs("\n".join(texts), prefixes)]
    if not runs:
        return spans
    starts = _starts(texts)
    holding = {bisect_right(starts, start) - 1 for start in runs}
    return [with_compounds(text, found, terms, prefixes) if at in holding else found
            for at, (text, found) in enumerate(zip(texts, spans))]


def _word_spans(texts, terms):
    """Return, for each text, (start, end, term) of each word whose analyzed form is in terms.

    A word's form, less its last letter, begins the word folded and in lower case
    (Snowball only rewrites endings, as -encia to -ente; tests/retrieval/test_snippets.py checks
    the whole Snowball vocabulary). So matches are looked for only where such a prefix
    of a term starts a word, rather than analyzing every word. The runs of word characters
    with marks inside (EE.UU., 1.500, O'Donnell: marked_runs) are read token by token.
    The texts of a page are scanned as one, joined by line breaks (no token, mark or
    prefix crosses one): a page pays each scan once, not once a hit. Texts whose lower
    case changes their length, or with letters folding needs to scan, get the word-by-word
    scan.
    """
    if not terms:
        return [[] for _ in texts]
    if not all(map(LATIN1, terms)):  # the folded text can't hold such a term
        return [_word_by_word(text, terms) for text in texts]
    joined = texts[0] if len(texts) == 1 else "\n".join(texts)
    scanned = None
    if not spaced_acronym(joined):  # an acronym with spaces (EE. UU.) is one token: read word by word
        scanned = _byte_scan(joined)
        scanned = _unicode_scan(joined) if scanned is None else scanned
    if not scanned:  # some text needs the word-by-word scan: each text on its own
        return ([_word_by_word(joined, terms)] if len(texts) == 1
                else [_word_spans([text], terms)[0] for text in texts])
    folded, runs, classes = scanned
    found = {}
    run_starts = [start for start, _ in runs]
    find, token = folded.find, TOKEN.match  # looked up once: this loop runs for each word a page matches
    for prefix in {term[:-1] or term for term in terms}:
        at = find(prefix)
        while at != -1:
            if at not in found and not (at and (classes[at - 1] == W if classes is not None
                                                else WORD_CHAR.match(joined, at - 1))):
                # inside a marked run, its tokens are read below (most texts have none)
                if not runs or (run := bisect_right(run_starts, at) - 1) < 0 or at >= runs[run][1]:
                    word = token(joined, at)
                    form = index_form(word.group()) if word else None
                    found[at] = (at, word.end(), form) if form in terms else None
            at = find(prefix, at + 1)
    for start, end in runs:
        for word in TOKEN.finditer(joined, start, end):
            form = index_form(word.group())
            if form in terms:
                found[word.start()] = (word.start(), word.end(), form)
    found = sorted(filter(None, found.values()))
    return [found] if len(texts) == 1 else _per_text(texts, found)


def spaced_acronym(text):
    """Tell whether text holds an acronym written with spaces (`EE. UU.`), as
    ACRONYM_SPACES.search does: it is tried where its first dot may be (ACRONYM_SPACE)."""
    for candidate in ACRONYM_SPACE.finditer(text):
        dot = candidate.start()  # the acronym's match begins one or two capitals before it
        if any(start >= 0 and ACRONYM_SPACES.match(text, start) for start in (dot - 2, dot - 1)):
            return True
    return False


def _byte_scan(text):
    """Return (folded text, marked runs, classes) of a text of Latin-1 and PUNCTUATION, or
    None for other texts (_unicode_scan reads them), or False if it needs the word-by-word
    scan.

    Such a text is NFC and keeps its length in lower case; CLASSES gives, by a table in C,
    what the regular expressions of _unicode_scan find (a character beyond Latin-1 is
    classed on its own: a few a paragraph, the dashes and quotes of dialogue).
    """
    lower = text.lower()
    if len(lower) != len(text):
        return None
    encoded = lower.encode("latin-1", "replace")
    classes = encoded.translate(CLASSES)
    if OTHER in classes:
        return False
    if encoded.count(b"?") != lower.count("?"):  # characters beyond Latin-1
        classes = bytearray(classes)
        at = encoded.find(b"?")
        while at != -1:
            char = lower[at]
            if char != "?":
                if char not in PUNCTUATION:
                    return None
                classes[at] = MARK[0] if char == "’" else NEITHER[0]
            at = encoded.find(b"?", at + 1)
        classes = bytes(classes)
    runs = []
    at = classes.find(INNER)
    while at != -1:
        at += 1  # the mark
        if not runs or at >= runs[-1][1]:  # not a mark of the run already found
            low = max(at - MAX_RUN, runs[-1][1] if runs else 0)
            start = max(low, classes.rfind(NEITHER, low, at) + 1)
            end = classes.find(NEITHER, at)
            end = len(classes) if end == -1 else end
            if end - start > MAX_RUN or (start == at - MAX_RUN and start and classes[start - 1] != NEITHER[0]):
                return False
            runs.append((start, end))
        at = classes.find(INNER, at)
    # A character beyond Latin-1 is "?" in the folded text, as in _unicode_scan's.
    return encoded.translate(BYTE_FOLDING).decode("latin-1"), runs, classes


def _unicode_scan(text):
    """Return (folded text, marked runs, None) of any text, or None if it needs the
    word-by-word scan (its lower case changes its length, folding it needs more, or a
    marked run is too long)."""
    lower = text.lower()
    if len(lower) != len(text) or OTHER_FOLDED.search(lower) or not unicodedata.is_normalized("NFC", text):
        return None
    runs = marked_runs(text)
    if runs is None:
        return None
    # Folded as bytes, which is fast; a character beyond Latin-1 becomes "?", one for one.
    return lower.encode("latin-1", "replace").translate(BYTE_FOLDING).decode("latin-1"), runs, None


def _per_text(texts, found):
    """Return the spans of joined texts (sorted) as each text's, from its own start."""
    starts = _starts(texts)
    spans = [[] for _ in texts]
    which, last, offset = 0, len(texts) - 1, 0
    for start, end, form in found:  # in order: the text holding each is the same or a later one
        while which < last and starts[which + 1] <= start:
            which += 1
            offset = starts[which]
        spans[which].append((start - offset, end - offset, form))
    return spans


def _starts(texts):
    """Return where each text starts in the texts joined by line breaks."""
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    return starts


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
