"""Words typed apart that the texts join, and glued that they write apart.

`corona virus` is `coronavirus`, `astra zeneca` is `AstraZeneca`, `cubre bocas` is
`cubrebocas`, and `covid19` is `COVID-19`: no typo search finds these, since each typed
word is itself a word. As Elasticsearch's word-break suggestions and Meilisearch's split
and concatenated words, a join (or split) is offered when the form the texts use is far
more frequent than the rarer typed word. Frequencies are paragraphs holding a word as
written (the `exact` field's document frequency), so nothing needs the vocabulary.

>>> found = {"coronavirus": 900, "corona": 1, "virus": 300, "covid": 500, "covid19": 8}.get
>>> joined([("corona", "virus"), ("virus", "covid")], lambda word: found(word, 0))
{('corona', 'virus'): 'coronavirus'}
>>> joined([("¿corona", "virus?"), ("corona,", "virus")], lambda word: found(word, 0))
{('¿corona', 'virus?'): 'coronavirus'}
>>> split_glued("covid19", lambda word: found(word, 0))
'covid-19'
"""

from search.query.lexer import EDGE_MARKS
from search.text.patterns import LazyPattern

BREAK_RATIO = 10  # the joined (or split) form must be this many times as frequent as the rarer word
GLUED = LazyPattern(r"^([^\W\d_]{3,})(\d+)$")  # covid19: letters, then digits


def joined(pairs, frequency):
    """Return {(a, b) as typed: a+b lowercase} for the neighbouring typed words the texts write joined.

    pairs: [(a, b)] words typed one after the other; frequency(word): how many paragraphs
    write it so. A pair is joined when the joined word is in BREAK_RATIO times as many
    paragraphs as the rarer of the two: `sobre todo` stays apart.
    """
    found = {}
    for typed in pairs:
        # a question's marks around the pair (`¿corona virus?`) are no part of it; a mark between
        # the two (`corona, virus`) parts them
        first, second = typed[0].lstrip(EDGE_MARKS), typed[1].rstrip(EDGE_MARKS)
        if not (first.isalpha() and second.isalpha()):
            continue
        whole = (first + second).lower()
        together = frequency(whole)
        # fewer than BREAK_RATIO can't pass: the typed words' are then not looked up (most pairs)
        if together >= BREAK_RATIO and together >= BREAK_RATIO * min(frequency(first), frequency(second)):
            found[typed] = whole
    return found


def split_glued(word, frequency):
    """Return `letters-digits` for a word typed glued (`covid19`) whose letters the texts
    write in BREAK_RATIO times as many paragraphs as the glued word, else None."""
    glued = GLUED.match(word)
    if not glued or frequency(glued.group(1)) < BREAK_RATIO * max(1, frequency(word)):
        return None
    return f"{glued.group(1).lower()}-{glued.group(2)}"
