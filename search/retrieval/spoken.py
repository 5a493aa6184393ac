"""A query that names a person who speaks: the search for what that person says, offered.

A word with no field searches the text (a turn's label is the speaker's, not words of the
text: README), so `López-Gatell cubrebocas` finds the one paragraph that mentions him and
the mask, not the 52 where he speaks of it, and `¿Qué dijo López-Gatell sobre el
cubrebocas?` falls back to any word. An analyst used to Meilisearch, which searches every
attribute, or to Elasticsearch's `multi_match` over text and speaker, expects the second.
So when a run of the query's words names one person of the index's speakers, and the
same words with that run as `orador:` (verbs of saying dropped: `dijo`, `opina`) find
more paragraphs than the search did, the search offers that query with its count, as
Elasticsearch's phrase suggester offers a better query than the one typed.

A question framed as one of what that person said (`¿Qué dijo López-Gatell sobre el
cubrebocas?`, `que dijo gatell de las escuelas`, `… según Alomía`) asks for those turns:
they are searched too and come first (spoken_reading), then what the words found in the
text, as a `multi_match` of type `cross_fields` over text and speaker would rank a
paragraph that has the name as its speaker above one that only mentions it.

>>> rest_words(["¿Qué", "dijo", "López-Gatell", "sobre", "el", "cubrebocas?"], (2, 3))
['cubrebocas']
"""

from functools import lru_cache
from typing import NamedTuple

from search.query.dates import DateClause
from search.query.lexer import EDGE_MARKS
from search.query.parser import Word
from search.query.question_frame import INTERROGATIVES, SAYING, frame_positions
from search.query.speaker_lexicon import holding, name_words, speaker_lexicon
from search.query.speakers import MAX_INITIALS, MIN_INITIALS, NAME_PARTICLES
from search.retrieval.fallbacks import all_words_count, speaker_groups_of
from search.text.folding import fold, fold_name
from search.text.wording import plural
from search.text.words import is_stop_word

# The verbs a question asks what someone said with (`¿qué dijo X sobre…?`, `qué opina X de…`):
# the `orador:` says it, so they are left out of the words offered with it (question_frame.py,
# whose frame the search scores without requiring).
SEPARATORS = str.maketrans({mark: " " for mark in "-‐‑–,;"})  # as speaker_key's, between a name's words
FEW = 20  # a search that found fewer paragraphs than this (or fell back) may be about a speaker
ACCORDING = frozenset({"segun"})  # `según Alomía`: what he said (framed_as_said), folded
LONGEST_NAME = 4  # typed words a name may take (`Ana Lucía de la Garza`, with its particles)


def plain_words(parsed):
    """Return (the words typed, the `fecha:` clauses read from them) of a query made of
    plain words only (no field, phrase, operator or mark), else None: a query with more
    said what it meant. A date, typed as `fecha:` or written in words (`en abril de 2020`,
    written_dates.py), only filters: the reading keeps it as the `fecha:` it was searched
    as, so that both ways of giving one date read alike."""
    root = parsed.root
    if root.joiner not in (None, "and") or not root.clauses:
        return None
    read = [clause for clause in root.clauses if isinstance(clause, DateClause)]
    words = [clause for clause in root.clauses if clause not in read]
    if not words or not all(isinstance(clause, Word) and clause.field is None and not (
            clause.prefix or clause.wildcard or clause.fuzzy) and clause.boost == 1.0 for clause in words):
        return None
    return [clause.text for clause in words], [f"fecha:{clause.typed}" for clause in read]


def bare(word):
    """Return a typed word without the punctuation around it (`cubrebocas?` gives cubrebocas)."""
    return word.strip(EDGE_MARKS)


def content(word):
    """Tell whether a typed word says something: not a stop word nor punctuation alone."""
    return bool(bare(word)) and not is_stop_word(bare(word).lower())


def named_person(lexicon, groups, words):
    """Return ((start, end), person's key) of the longest run of typed words that names one
    person, its particles inside it (`de la`), leftmost first; or None."""
    for length in range(min(LONGEST_NAME, len(words)), 0, -1):
        for start in range(len(words) - length + 1):
            run = words[start:start + length]
            if not (content(run[0]) and content(run[-1])):
                continue
            asked = [word for typed in run for word in name_words(typed)]
            if not asked or all(word in NAME_PARTICLES for word in asked) or any(
                    len(word) < 3 and word not in NAME_PARTICLES for word in asked):
                continue
            keys = holding(lexicon, asked) or (lexicon.initials_of(asked[0]) if acronym(run) else set())
            people = {groups.get(key, (key,))[0] for key in keys}
            if len(people) == 1:
                # here: a search that names no speaker doesn't load the names' lexicons
                from search.text.names import is_person

                [person] = people
                if is_person(groups.names.get(person, person)):
                    return (start, start + length), person
    return None


def acronym(run):
    """Tell whether a run of typed words is one word in capitals that may be a name's initials
    (`AMLO`), as the press writes them and `orador:` reads them (query/speakers.py)."""
    word = bare(run[0]) if len(run) == 1 else ""
    return word.isalpha() and word.isupper() and MIN_INITIALS <= len(word) <= MAX_INITIALS


def rest_words(words, span):
    """Return the typed words outside a name's run that say what is asked: no stop word,
    no verb of saying (`dijo`, `opina`: the `orador:` says it), no word of the question's
    frame (`declaraciones de`, `opinión de`: question_frame.py), no interrogative (`cuántos`:
    the question's, not the text's), no title or office just before the name (`doctor`,
    `Dr.`, `subsecretario` López-Gatell) nor the `según` before those, without punctuation.

    >>> rest_words(["¿cuántos", "casos", "hubo", "según", "el", "doctor", "Alomía?"], (6, 7))
    ['casos']
    >>> rest_words(["declaraciones", "de", "Sheinbaum", "sobre", "homicidios"], (2, 3))
    ['homicidios']
    """
    from search.text.names import ROLE_WORDS, TITLES  # here, as named_person's import

    start, end = span
    frame = set(frame_positions([word if not start <= at < end else None for at, word in enumerate(words)]))
    before = [at for at in range(start) if content(words[at])]
    while before and fold(bare(words[before[-1]]).lower()) in TITLES | ROLE_WORDS | ACCORDING:
        start = before.pop()
    return [bare(word) for at, word in enumerate(words) if not start <= at < end and at not in frame
            and content(word) and fold(bare(word).lower()) not in SAYING | INTERROGATIVES]


def asks_saying(words, span):
    """Tell whether a typed word outside the name's run is a verb of saying (`dijo`, `opina`)."""
    return any(fold(bare(word).lower()) in SAYING for word in words[:span[0]] + words[span[1]:])


def framed_as_said(words, span):
    """Tell whether the words outside a name's run frame a question of what it said: a
    frame (question_frame.frame_positions: `¿qué dijo`, `qué opina`, `declaraciones de`) or
    `según` just before the name (a title or office between them: `según el doctor`).

    >>> framed_as_said(["que", "dijo", "gatell", "de", "las", "escuelas"], (2, 3))
    True
    >>> framed_as_said(["casos", "según", "el", "doctor", "Alomía"], (4, 5))
    True
    >>> framed_as_said(["López-Gatell", "dijo", "cubrebocas"], (0, 1))  # no question: `dijo` is wanted
    False
    """
    from search.text.names import ROLE_WORDS, TITLES  # here, as named_person's import

    outside = [word if not span[0] <= at < span[1] else None for at, word in enumerate(words)]
    if any(not span[0] <= at < span[1] for at in frame_positions(outside)):
        return True
    before = [fold(bare(word).lower()) for word in words[:span[0]]]
    while before and (before[-1] in TITLES | ROLE_WORDS or is_stop_word(before[-1]) and before[-1] not in ACCORDING):
        before.pop()
    return bool(before) and before[-1] in ACCORDING


class SpokenReading(NamedTuple):
    """The `orador:` reading of a question of what one person said (spoken_reading)."""

    query: str  # `orador:López-Gatell cubrebocas`
    person: str  # the person's name as shown
    rest: list  # the other words it requires
    dates: list  # the `fecha:` clauses read from the words


def spoken_reading(index, searcher, parsed):
    """Return the SpokenReading of a query of plain words framed as a question of what one
    indexed person said (framed_as_said), else None; what it finds is searched and comes first
    (searching.py). A question with nothing else to ask (`¿qué dijo López-Gatell?`) is none:
    the mentions are what it has, and offer_spoken offers the turns.
    """
    plain = plain_words(parsed)
    if plain is None or not names_someone(index, plain[0]):
        return None
    words, dates = plain
    groups = speaker_groups_of(index)
    found = named_person(speaker_lexicon(searcher), groups, words)
    if found is None or not framed_as_said(words, found[0]):
        return None
    span, person = found
    rest = rest_words(words, span)
    if not rest and not dates:
        return None
    return SpokenReading(spoken_query(words, span, rest + dates), groups.names.get(person, person), rest, dates)


# What follows a person's turns (spoken_first_message), by the way the words found the rest (Results.mode).
AFTER_TURNS = {
    "all": "los demás párrafos que tienen las palabras en su texto",
    "joined": "los que tienen las palabras en su texto, escritas juntas",
    "apart": "los que tienen las palabras en su texto, por separado",
    "any": "los que tienen alguna de las palabras en su texto",
    "typos": "los que tienen las palabras en su texto, con errores de escritura",
    "fuzzy": "los que tienen alguna en su texto, con errores de escritura",
}


def spoken_first_message(reading, count, mode):
    """Return what a search says when a person's `count` turns come first, and then what the
    words found in the text by `mode` (a Results.mode; None: nothing more).

    >>> reading = SpokenReading("orador:Alomía casos", "José Luis Alomía Zegarra", ["casos"], [])
    >>> spoken_first_message(reading, 1, None)
    'Se muestra el párrafo en el que habla José Luis Alomía Zegarra con esa palabra (orador:Alomía casos).'
    """
    one = count == 1
    said = (f"Se muestra{'' if one else 'n'} {'' if mode is None else 'primero '}{'el' if one else 'los'} "
            f"{'párrafo' if one else plural(count, 'párrafo')} en {'el' if one else 'los'} que habla {reading.person} "
            f"{said_about(reading.rest, reading.dates)} ({reading.query})")
    return said + (f", y después {AFTER_TURNS[mode]}." if mode is not None else ".")


def spoken_query(words, span, rest):
    """Return the query text of a name's run as `orador:` and the other words.

    >>> spoken_query(["Hugo", "López-Gatell", "vacunas"], (0, 2), ["vacunas"])
    'orador:"Hugo López-Gatell" vacunas'
    >>> spoken_query(["qué", "dijo", "Gatell"], (2, 3), ["fecha:2020-04"])
    'orador:Gatell fecha:2020-04'
    """
    name = " ".join(bare(word) for word in words[span[0]:span[1]])
    return " ".join([f"orador:{name if ' ' not in name else chr(34) + name + chr(34)}", *rest])


def names_someone(index, words):
    """Tell whether a typed word is a word of a speaker's key, read without the speaker
    lexicon or name_words' pattern (a key is folded, its words apart: speaker_key), so a
    search that names no one builds neither (tests/text/test_patterns.py)."""
    names = index.per_state("speaker_names", index.store.speaker_names)  # not inside: one lock
    known = index.per_state("speaker key words", lambda: frozenset(part for key in names for part in key.split()))
    if any(acronym([word]) for word in words):  # `AMLO`: the first letters of a key's words, particles or not
        known = known | index.per_state("speaker initials", lambda: frozenset(
            "".join(part[0] for part in key.translate(SEPARATORS).split() if every or part not in NAME_PARTICLES)
            for key in names for every in (True, False)))
    return any(part in known for word in words if content(word) for part in name_parts(word))


@lru_cache(maxsize=4096)
def name_parts(word):
    """Return the parts of a typed word as a speaker's key spells its words (names_someone),
    kept: most searches ask it twice (spoken_reading, offer_spoken), each a Unicode decomposition."""
    return tuple(fold_name(bare(word)).translate(SEPARATORS).split())


def said_about(rest, dates):
    """Return what the offer's paragraphs hold, in Spanish: its words, then its dates."""
    held = [("con esa palabra" if len(rest) == 1 else "con esas palabras")] if rest else []
    if dates:
        held.append("en esas fechas" if len(dates) > 1 else "en esa fecha")
    return " ".join(held)


def offer_spoken(index, searcher, results, parsed, filters, synonyms=None):
    """Offer the query of what a person the query names says (results.suggestion, if no
    other, and a message with its count), when it finds more than the search did.

    filters: the search's filter query (dates; a search with a speaker already is left alone);
    synonyms: the search's (synonyms.searched_synonyms), so the count is the offered search's.
    """
    plain = plain_words(parsed)
    # A question of what someone said (`¿qué dijo López-Gatell de las vacunas?`) finds his
    # mentions now that `dijo` is not required (question_frame.py): what he says is still offered.
    if results.mode == "all" and results.total >= FEW and not (
            plain is not None and any(fold(bare(word).lower()) in SAYING for word in plain[0])):
        return
    if plain is None or not names_someone(index, plain[0]):
        return
    words, dates = plain
    groups = speaker_groups_of(index)
    found = named_person(speaker_lexicon(searcher), groups, words)
    if found is None:
        return
    span, person = found
    rest = rest_words(words, span)
    # The name alone finds the paragraphs that mention the person, as asked; asked what the
    # person said (`¿qué dijo López-Gatell en abril de 2020?`), the offer is their turns.
    if not rest and not (dates and asks_saying(words, span)):
        return
    suggested = spoken_query(words, span, rest + dates)
    count = all_words_count(index, searcher, suggested, filters, synonyms)  # as it will be searched
    if count <= (results.total if results.mode == "all" else 0):  # a fallback's found none with every word
        return
    # The query goes in "Quizás quiso decir" (a link on the page), else, taken by a
    # respelling, in the message.
    shown = f": {suggested}" if results.suggestion else ""
    results.suggestion = results.suggestion or suggested
    results.messages.append(f"{groups.names.get(person, person)} habla en {plural(count, 'párrafo')} "
                            f"{said_about(rest, dates)}{shown} (sin "
                            "orador:, un nombre se busca en el texto).")
