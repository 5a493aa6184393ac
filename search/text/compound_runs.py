"""Where compounds are in texts: the joined words of `anti-COVID` and `O'Donnell`.

The analyzer indexes a compound's joined word beside its parts (words.catenated), so a
search for `anticovid` marks «anti-COVID» (with_compounds, for retrieval/spans.py) and the
phrase `"vacuna anticovid"` finds it (may_join, for phrase_match.py). A compound is found
from its marks: the runs of word characters and marks around each (compound_runs), and only
those that may hold a query term's prefix are read. Looking for COMPOUND at every word of a
page was half of a keyword search's spans (72 of 156 us a query), and reading every word
of a long paragraph for its compounds 7.8 of a phrase query's 20.6 ms.
"""

import re
from functools import cache

from search.text.folding import fold
from search.text.patterns import LazyPattern
from search.text.words import COMPOUND_MARKS, STOP_MARK, catenated, index_form

# Where words.catenated may find a compound: parts joined by hyphens or apostrophes, not glued
# to a word character (`a-o_` is no compound to the analyzer: `o_` is not a part). Found in
# C, so that only the compounds are read in Python, not every word of a text with a hyphen.
# Lazy, as the two below: a plain word's search marks no compound (0.5 ms to compile, of a fresh one).
COMPOUND = LazyPattern(rf"\b[^\W_]+(?:[{re.escape(COMPOUND_MARKS)}][^\W_]+)+(?!\w)")
# A compound holds a mark between two letters or digits: found first, in C, then the run of
# word characters and marks around it, where COMPOUND is looked for.
COMPOUND_MARK = LazyPattern(rf"[{re.escape(COMPOUND_MARKS)}](?<=[^\W_].)(?=[^\W_])")
COMPOUND_RUN = LazyPattern(rf"[\w{re.escape(COMPOUND_MARKS)}]*")
WORD_CHAR = re.compile(r"\w")
LATIN1 = re.compile("[\x00-\xff]*").fullmatch
WINDOW = 100  # a run's start is looked for this many characters back at a time


def with_compounds(text, found, terms, prefixes):
    """Return found (spans of text's words, sorted) with those of text's compounds whose
    joined word's form is in terms. As for a word (_word_spans), a joined word is analyzed
    only if a term's prefix begins it, folded and in lower case (`prefixes`: each
    term less its last letter)."""
    joined = [(at + start, at + end, form) for run_start, run_end in compound_runs(text, prefixes)
              for compound in COMPOUND.finditer(text, run_start, run_end)
              for start, end, word in catenated(compound.group())
              if fold(word.lower()).startswith(prefixes) and (form := index_form(word)) in terms
              for at in (compound.start(),)]
    return sorted(found + joined) if joined else found


def compound_runs(text, prefixes):
    """Yield (start, end) of the runs of word characters and marks of text where COMPOUND may
    find a compound whose joined word a prefix begins, in order.

    Each run holds a mark between two letters or digits (COMPOUND_MARK, found in C) and is
    bounded by characters no compound holds: COMPOUND finds in it what it finds there in the
    whole text. A compound's joined word is part of its run with the marks taken out, so a
    run of Latin-1 (whose lower case and folding go a letter at a time) holding no prefix
    so has none.
    """
    end = 0
    for mark in COMPOUND_MARK.finditer(text):
        at = mark.start()
        if at < end:
            continue  # a mark of the run read already
        start, low = at, at
        while low == start and start:  # back to the run's start, WINDOW characters at a time
            low = max(0, start - WINDOW)
            start -= COMPOUND_RUN.match(text[low:start][::-1]).end()
        end = COMPOUND_RUN.match(text, at).end()
        run = text[start:end]
        if not LATIN1(run) or any(prefix in run.translate(run_folding()) for prefix in prefixes):
            yield start, end


def may_join(text, forms):
    """Tell whether a compound of text may have its joined word's phrase form in `forms`
    (words.compound_spans): False spares reading every word of a long text for its
    compounds when none can.

    A joined word's index form less its last letter begins the word folded and in lower
    case, as any word's (spans._word_spans); a stop word's form is the word itself, folded.
    """
    words = [form[1:] if form.startswith(STOP_MARK) else form for form in forms]
    return next(compound_runs(text, tuple({word[:-1] or word for word in words})), None) is not None


@cache
def run_folding():
    """Return the table that makes a run of Latin-1 lower case, folded, without its marks,
    a letter at a time (fold): made when first asked, not as a fresh search loads this."""
    return {**{byte: fold(chr(byte).lower()) for byte in range(256)}, **{ord(mark): None for mark in COMPOUND_MARKS}}
