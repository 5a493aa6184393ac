"""Compounds the texts write with a hyphen: the evidence to split a solid word, or to join words
apart that hold a stop word.

`email` typed solid finds «e mail», `videoconferencia` «video conferencia», and `"e mail"` or
`"Castilla La Mancha"` typed apart find «email» and «CastillaLaMancha», only when the index has
seen the compound written with its hyphen (`e-mail`, `video-conferencia`, `Castilla-La-Mancha`;
text/pairs.hyphen_terms): then its parts are one word's.

Why the hyphen, measured on the 177,634 paragraphs of covid19mx, fiction_es, xquad_es and
speakers_news_dev: 6,607 solid words are also written apart as
two words, and 6,101 of those pairs hold a stop word; the most frequent are no compound (`aun` /
`a un`, `porque` / `por que`, `sino` / `si no`, `ala` / `a la`), nor are many others (`aparte` /
`a parte`, `separa` / `se para`, `verdadera` / `verdad era`, `llevados` / `lleva dos`), so a
split by the vocabulary alone, as Lucene's DictionaryCompoundWordTokenFilter makes with a
dictionary (Elasticsearch's `dictionary_decompounder`, "a brute force approach"), would find
what was not asked. Of the 34 pairs also written with a hyphen, the compounds (`covid 19`,
`noche buena`, `zig zag`, `ex jefe`) pass, and the four made by a line's hyphenation in novels
(`se-guía`, `si-quiera`) are ruled out by HYPHEN_RATIO. As Meilisearch's split queries, the
parts of a split word must stand next to each other: a phrase.
"""

from search.text.folding import fold
from search.text.pairs import PARTS_MARK, is_stop
from search.text.words import PART, compound_spans, is_stop_word, phrase_form

PAIRS_FIELD = "pairs"  # where text/pairs.hyphen_terms keeps the evidence
# A compound's parts are one word when it is written with its hyphen in at least one paragraph
# for every HYPHEN_RATIO that write it solid (`si-quiera` once against `siquiera` 1,215 times
# is a line's hyphenation, `noche-buena` 8 times against 23 a compound).
HYPHEN_RATIO = 20
JOINED_WORDS = 3  # words written apart that may be one joined word (`anti COVID`, `pos pandemia`)
HYPHENED_WORDS = 4  # ...when the texts write them with hyphens (`Puerto-de-Santa-María`)
MAX_PARTS = HYPHENED_WORDS  # the parts a solid word is split into at most (`puertodesantamaria`)
MIN_SPLIT = 3  # letters a word needs to be split


class Evidence:
    """What an index says of its compounds (for phrases.phrase_spellings and the builder).

    `frequency(field, term)`: the index's document frequency; `spellings(field, prefix)`:
    its terms that begin with prefix.
    """

    def __init__(self, frequency, spellings):
        self.frequency = frequency
        self.spellings = spellings

    def split(self, word):
        """Return split_word(word) in this index."""
        return split_word(word, self.frequency, self.spellings)

    def seen(self, words):
        """Return hyphen_seen(words) in this index."""
        return hyphen_seen(words, self.frequency)


def hyphen_seen(words, frequency):
    """Tell whether the index has seen words (as typed, in order) written as one compound
    with hyphens, often enough against the joined word written solid (HYPHEN_RATIO).

    `frequency(field, term)`: the index's document frequency.
    """
    parts = [fold(word.lower()) for word in words]
    seen = frequency(PAIRS_FIELD, f"{PARTS_MARK}{''.join(parts)} {'-'.join(parts)}")
    return bool(seen) and seen * HYPHEN_RATIO >= frequency("exact", "".join(parts))


def split_word(word, frequency, spellings):
    """Return the parts (as typed) of a solid word that the index has seen written as a
    compound with hyphens (hyphen_seen), the split written most often; [] if none.

    `frequency(field, term)`: the index's document frequency; `spellings(field, prefix)`:
    its terms that begin with prefix, asked only of a word that some compound joins (one
    lookup of `+email` for the others).
    """
    key = fold(word.lower())
    if len(key) != len(word) or len(word) < MIN_SPLIT or not PART.fullmatch(word) \
            or not frequency(PAIRS_FIELD, PARTS_MARK + key):
        return []
    found = []
    for term in spellings(PAIRS_FIELD, f"{PARTS_MARK}{key} "):
        sizes = [len(part) for part in term.partition(" ")[2].split("-")]
        if sum(sizes) == len(word) and 1 < len(sizes) <= MAX_PARTS:
            edges = [sum(sizes[:at]) for at in range(len(sizes) + 1)]
            seen = frequency(PAIRS_FIELD, term)
            if seen:  # (a term of deleted paragraphs alone is in the term table, counted 0)
                found.append((seen, [word[a:b] for a, b in zip(edges, edges[1:])]))
    if not found:
        return []
    seen, parts = max(found, key=lambda item: item[0])
    return parts if seen * HYPHEN_RATIO >= frequency("exact", key) else []


def joined_words(text, tokens, known, evidence=None, form=phrase_form):
    """Return {first word: [(joined form, last word)]}: the words of typed text that may be one
    joined word the index holds (`known`), as edges of its token graph.

    A compound's (`anti-COVID`, `COVID-19`, `e-mail`, `O'Donnell`: words.compound_spans),
    and two or three words written apart by spaces, each of letters and digits and none a
    stop word (`anti COVID`, `covid 19`, `pos pandemia`; not `se para`, which is no `separa`),
    or up to four with stop words when the texts write them as a compound with hyphens (`e
    mail`, `Castilla La Mancha`, `Puerto de Santa María`: compound_paths.hyphen_seen, given
    `frequency`). `form` makes the joined word's form (phrase_form, or words.written_form).
    """
    found = {}
    for first, last, joined in compound_spans(text, tokens, form):
        if not is_stop(joined) and known(joined):
            found.setdefault(first, []).append((joined, last))
    parts = [bool(PART.fullmatch(match.group())) for match in tokens]
    plain = [part and not is_stop_word(match.group().lower()) for part, match in zip(parts, tokens)]
    for first in range(len(tokens)):
        for last in range(first + 1, min(first + HYPHENED_WORDS, len(tokens))):
            if not parts[last] or not text[tokens[last - 1].end():tokens[last].start()].isspace():
                break
            words = [match.group() for match in tokens[first:last + 1]]
            joined = form("".join(words))
            if not parts[first] or all(word.isdigit() for word in words) or is_stop(joined) \
                    or not known(joined) or (joined, last) in found.get(first, ()):
                continue
            if last - first < JOINED_WORDS and all(plain[first:last + 1]) \
                    or evidence is not None and evidence.seen(words):
                found.setdefault(first, []).append((joined, last))
    return found
