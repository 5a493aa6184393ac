"""The marks of a long paragraph (a file with no blank lines, up to 1,000,000 characters): where
its matched words and phrases are, without analyzing it whole for each hit.

A snippet's words are looked for in the paragraph's opening (snippets.scan_chars: the more
terms, the shorter). A hit deep inside would show that opening, with nothing marked: so the
terms not found there are looked for in the rest (each is rare there, or it would have been
found early), within LATE_WORK. A phrase is looked for around the places of its rarest word
(a phrase holds each of its words), not along every word of the paragraph: on a 900,000-character
paragraph that was 0.33 s a hit.
"""

from collections import Counter

from search.retrieval.phrase_spans import AS_WRITTEN, phrase_spans, with_phrases
from search.retrieval.spans import page_spans
from search.text.pairs import is_stop
from search.text.phrase_graph import LONG_TEXT
from search.text.word_windows import word_windows
from search.text.words import written_stems

LONG_CHARS = LONG_TEXT  # a paragraph longer than this has its phrases looked for near their words
LATE_WORK = 20_000_000  # characters times terms looked through past the opening, a paragraph
OPENING_PHRASES = LONG_CHARS  # a phrase of stop words alone is looked for in this opening


def long_marks(text, scan, found, terms, phrases):
    """Return the spans to mark in a long text (marked_spans's): `found`, the (start, end,
    term) of terms in its first `scan` characters; those of the terms found there not, in the
    rest; and the places of phrases (near_phrase_spans).
    """
    if len(text) > scan and terms:
        found = sorted(found + late_spans(text, scan, terms, found))
    if not phrases:
        return with_phrases(text, found, ())
    return with_phrases(text, near_phrase_spans(text, phrases) + found, ())


def late_spans(text, scan, terms, found):
    """Return (start, end, term) of the terms that `found` lacks, past the first `scan`
    characters of text, when LATE_WORK allows to look for them all over what is left of it
    (a prefix's thousand words are not: which of them the hit holds is unknown, and the
    folding of the rest alone is 30 ms a megabyte)."""
    missing = set(terms) - {term for _, _, term in found}
    begin = text.rfind(" ", 0, scan) + 1  # from a word's start
    if not missing or len(missing) * (len(text) - begin) > LATE_WORK:
        return []
    return [(start + begin, end + begin, term) for start, end, term in page_spans([text[begin:]], missing)[0]]


def near_phrase_spans(text, phrases):
    """Return phrase_spans(text, phrases), looked for within as many words as the phrase has
    around each place of the phrase's rarest word, every one (the windows, merged where they
    meet, are no longer than the text: word_windows), a word as written (AS_WRITTEN) by the
    stems it may have there (words.written_stems); a phrase of stop words alone in the first
    OPENING_PHRASES characters."""
    found = []
    for phrase in filter(None, phrases):
        # each content word's terms: its form, or the stems a word as written may have in a text
        words = [written_stems(form[len(AS_WRITTEN):]) if form.startswith(AS_WRITTEN) else {form}
                 for form in phrase if not is_stop(form.removeprefix(AS_WRITTEN))]
        words = [terms for terms in words if terms]
        if not words:
            found += phrase_spans(text[:OPENING_PHRASES], [phrase])
            continue
        places = page_spans([text], set().union(*words))[0]
        counts = Counter(term for _, _, term in places)
        rarest = min(words, key=lambda terms: sum(counts[term] for term in terms))
        anchors = ((start, end) for start, end, term in places if term in rarest)
        for low, high in word_windows(text, anchors, len(phrase)):  # where no token spans
            found += [(start + low, end + low, shown) for start, end, shown in phrase_spans(text[low:high], [phrase])]
    return sorted(set(found), key=lambda span: (span[0], -span[1]))
