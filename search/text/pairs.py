"""Word pairs for phrase search: stop words, and pairs of adjacent words, as terms.

The index keeps no positions, so a phrase is answered from the postings of its words
and then checked against the stored text (search/query/phrases.py). When its words are
common that check would read a large share of the paragraphs. So a second field keeps,
for each paragraph, its stop words ("·de") and its pairs of adjacent words: a pair of
two stop words as itself ("·de ·la"), any other pair by a hash of it into one of
PAIR_BUCKETS buckets ("#1a2b"), as Bloom filters and Lucene's CommonGrams both bound
common phrases. A phrase of one stop word, or of two, is then one term; any other is
checked only on the paragraphs that hold all its words and all its pairs' buckets,
about as many as truly hold the phrase. bench/phrase_structures.py measured the
choices (no pairs, stop pairs, hashed pairs, every pair kept as itself, positions) on
165k paragraphs: what each adds to the index and the build, and what phrases cost.

>>> sorted(pair_terms("El Tratado de la Haya", kind="stop"))
['·de', '·de ·la', '·el', '·la']
"""

from functools import lru_cache
from zlib import crc32

from whoosh.analysis import Token, Tokenizer

from search.text.folding import fold
from search.text.words import HYPHENS, STOP_MARK, TOKEN, compound_spans, compounds, may_hold_compound, phrase_forms

# What a pairs field keeps besides each stop word alone. "none": nothing. "stop": pairs
# of two stop words. "hashed": those, and the bucket of every other pair (the shipped
# choice). "common": every pair with a stop word, as itself (Lucene's CommonGrams).
# "all": every pair as itself.
PAIR_KINDS = ("none", "stop-pairs", "stop", "hashed", "common", "all")
PAIR_BUCKETS = 1 << 16  # a bucket holds ~20 of 1.3M distinct pairs (165k paragraphs)
BUCKET_MARK = "#"
# The signature of a paragraph's pairs: 64 bytes. Of the 21,000 paragraphs with "si" (long
# ones), 1,800 pass for "si el" against 800 that hold it; 3,400 with 32 bytes, 1,200 with
# 128 (bench notes in the issue report).
SIGNATURE_BYTES = 64
SIGNATURE_FIELD = "pair_bits"  # the column that keeps them
SIGNATURE_SCHEME = 1  # how pair_bits hashes; a change needs a new number (and a rebuild)
SIGNATURE_HASHES = 2  # bits a pair sets (pair_bits takes two halves of its hash)
# A text's compounds written with a hyphen, as the evidence that their parts are one word
# (query/compound_paths.py): `e-mail` keeps `+email` (the joined word) and `+email e-mail` (it,
# then its parts: a word's splits are the terms that begin with it and a space).
PARTS_MARK = "+"


def is_stop(form):
    """Tell whether a phrase form (search/text/words.py) is a stop word's."""
    return form.startswith(STOP_MARK)


def pair_index_term(kind, first, second):
    """Return the term under which a pairs field of this kind keeps a pair, or None."""
    both_stop = is_stop(first) and is_stop(second)
    if kind == "all" or both_stop and kind != "none" or kind == "common" and (
            is_stop(first) or is_stop(second)):
        return f"{first} {second}"
    if kind == "hashed":
        bucket = crc32(f"{first} {second}".encode()) % PAIR_BUCKETS
        return f"{BUCKET_MARK}{bucket:04x}"
    return None


def is_bucket(term):
    """Tell whether a pair term stands for a bucket of pairs rather than one pair."""
    return term.startswith(BUCKET_MARK)


def single_term(kind, form):
    """Return the term under which a pairs field of this kind keeps a word alone, or None."""
    return form if kind not in ("none", "stop-pairs") and is_stop(form) else None


def pair_bits(forms, size, pairs=()):
    """Return the mask of a signature of `size` bytes that the pairs of these forms set, and
    the other (first, second) `pairs` given (a text's compounds': joined_pairs).

    Each pair of adjacent words (but two stop words, which are terms) sets SIGNATURE_HASHES
    bits of the signature, chosen by hashes of the pair: a Bloom filter of the pairs.
    """
    bits, width = 0, size * 8
    hashes = list(map(form_hash, forms))
    for first, second, one, other in [*zip(forms, forms[1:], hashes, hashes[1:]),
                                      *((a, b, form_hash(a), form_hash(b)) for a, b in pairs)]:
        if first[0] == STOP_MARK and second[0] == STOP_MARK:
            continue
        value = (one * 0x9E3779B1 + other) & 0xFFFFFFFF  # the pair's hash, from its words'
        bits |= (1 << (value % width)) | (1 << ((value >> 16) % width))
    return bits


@lru_cache(maxsize=200_000)
def form_hash(form):
    """Return a stable 32-bit hash of a word form (Python's own hash changes per process)."""
    return crc32(form.encode())


def pair_signature(text, size=SIGNATURE_BYTES):
    """Return the signature of a text's pairs: `size` bytes, little-endian (see pair_bits)."""
    return pair_bits(forms_of(text), size, joined_pairs(text)).to_bytes(size, "little")


@lru_cache(maxsize=16)  # a paragraph's pair terms and its signature are made one after the other
def forms_of(text):
    """Return phrase_forms(text) as a tuple."""
    return tuple(phrase_forms(text))


@lru_cache(maxsize=16)
def joined_pairs(text):
    """Return the (first, second) forms of the two adjacent words of text that its graph of
    compounds adds to its line: `la vacuna anti-COVID llegó` has (vacun, anti), (anti,
    covid), (covid, llego), and (vacun, anticovid), (anticovid, llego) beside them
    (words.compound_spans), so that a phrase with the joined form finds the pairs it
    requires.

    Lucene indexes a WordDelimiterGraphFilter's graph flattened (FlattenGraphFilter), the
    joined token beside the first part, and its phrase queries then miss across it; the
    pairs here keep the graph's own adjacency.
    """
    if not may_hold_compound(text):
        return ()
    forms, pairs = forms_of(text), []
    for first, last, joined in compound_spans(text, list(TOKEN.finditer(text))):
        if first:
            pairs.append((forms[first - 1], joined))
        if last + 1 < len(forms):
            pairs.append((joined, forms[last + 1]))
    return tuple(pairs)


def hyphen_terms(text):
    """Return the terms that say which compounds text writes with a hyphen: for each,
    PARTS_MARK and its joined word, and that and its parts (folded, lower case, joined by `-`)
    after a space: `la e-Mail` gives {`+email`, `+email e-mail`}. An elision (`O'Donnell`) is
    none.

    Lucene's decompounders split a solid word by a dictionary of parts; this index's own
    texts are the dictionary, and a hyphen the evidence that the parts make one word.
    """
    found = set()
    if may_hold_compound(text) and any(mark in text for mark in HYPHENS):
        for start, end, joined in compounds(text):
            written = text[start:end]
            if "'" not in written and "’" not in written:
                parts = fold(written.lower())
                for mark in HYPHENS[1:]:
                    parts = parts.replace(mark, "-")
                key = PARTS_MARK + fold(joined.lower())
                found.update((key, f"{key} {parts}"))
    return found


def pair_terms(text, kind="hashed"):
    """Return the set of terms a pairs field of this kind keeps for a text: its stop
    words, pairs and the compounds it writes with a hyphen (hyphen_terms)."""
    if kind == "none":
        return set()
    forms = forms_of(text)
    if kind == "stop":  # the shipped kind, every paragraph of a build: the rules below, inlined
        found = {form for form in forms if form[0] == STOP_MARK} | hyphen_terms(text)
        found.update(f"{first} {second}" for first, second in [*zip(forms, forms[1:]), *joined_pairs(text)]
                     if first[0] == STOP_MARK and second[0] == STOP_MARK)
        return found
    found = {form for form in forms if single_term(kind, form)} | hyphen_terms(text)
    for first, second in [*zip(forms, forms[1:]), *joined_pairs(text)]:
        term = pair_index_term(kind, first, second)
        if term is not None:
            found.add(term)
    return found


class PairTokenizer(Tokenizer):
    """Tokenize a text into its pair terms (no positions: the field has none).

    A module-level class with a plain attribute, because Whoosh pickles it in the schema.
    """

    def __init__(self, kind="hashed"):
        if kind not in PAIR_KINDS:
            raise ValueError(f"unknown kind of pairs {kind!r}: use one of {PAIR_KINDS}")
        self.kind = kind

    def __eq__(self, other):
        return other is not None and type(self) is type(other) and self.kind == other.kind

    def indexed_terms(self, value):
        """Return the terms Whoosh indexes of value, as a list (whoosh_ext/indexing.py).

        >>> sorted(PairTokenizer("stop").indexed_terms("El Tratado de la Haya"))
        ['·de', '·de ·la', '·el', '·la']
        """
        return list(pair_terms(value, self.kind))

    def __call__(self, value, positions=False, chars=False, keeporiginal=False,
                 removestops=True, start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for number, term in enumerate(pair_terms(value, self.kind)):
            token.text = term
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + number
            yield token
