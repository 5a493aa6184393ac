"""What a search tells the person next: "Quizás quiso decir", and what to try when nothing matched.

A suggestion corrects the words whose stems the index lacks, from the index's own
vocabulary (search/query/suggest.py), and restores accents on the others. It is made
whenever a word was corrected, by the typo fallback or by the any-word fallback that
dropped it, and when few results were found. A rare word is corrected too when a word one
or two typos away is far more frequent, even if some text writes it (`Gatel` 4 times,
`Gatell` 4,500: Elasticsearch's term suggester in its `popular` mode), and words typed
apart that the texts join, or glued that they split, are offered joined or split
(search/query/word_breaks.py) when fewer than RARE_STEM paragraphs write one of them as
typed: a search of common words (most) looks up no joined word, as Elasticsearch's term
suggester leaves out the words above its `max_term_freq`.
"""

import math
import re

from search.query.builder import build_query
from search.query.lexer import EDGE_MARKS
from search.query.parser import Phrase, Word
from search.query.suggest import ENYE_RATIO, Vocabulary, allowed_typos, enye_forms, suggest
from search.query.word_breaks import joined, split_glued
from search.retrieval.filter_values import filter_values
from search.retrieval.tips import (
    clauses,
    disjoint_dates,
    excluded_stems,
    exclusion_tip,
    filtered_out_tip,
    speaker_tips,
    tips,
)
from search.text.analysis import terms_of
from search.text.folding import fold
from search.text.words import TOKEN, is_stop_word

FEW_RESULTS = 3  # fewer than this brings a suggestion
# A word whose stem is in fewer paragraphs than this may be a typo of a far more frequent
# word of another stem (`vacuan`, stem of the 5 `vacua`, for `vacuna`; `Gatel`, written 4
# times, for `Gatell`): a suggestion is looked for, as Elasticsearch's term suggester does
# in its `popular` mode.
RARE_STEM = 50
# A word some text writes is taken for a typo only of a word this many times as frequent:
# `dexametazona` (2) for `dexametasona` (45), not `vacua` (1) for `vacuna` (13).
POPULAR_RATIO = 20


def vocabulary_of(index):
    """Return the index's vocabulary, loaded once per state of the index."""
    return index.per_state("vocabulary", lambda: Vocabulary(index.store.words()))


def advise(index, searcher, results, text, parsed, filters, typed=None, finds=None, unfiltered=None):
    """Fill in results.suggestion, and results.tips when nothing matched.

    `filters` is (speaker, date_from, date_to[, periods]) as the person gave them (speaker a
    name or a tuple: filter_values.py); `typed` the words typed for the text, as the search's
    all-words build found them (Built.typed_words; None: built again here). `finds` (a
    suggestion's text to the paragraphs it finds with every word, within the filters) checks,
    when nothing matched, that the suggestion finds something, as Elasticsearch's phrase
    suggester `collate` prunes its own: `"dos TO` is not offered `"dos TOS`, which finds
    nothing either.
    """
    if not text.strip():  # filters alone (`--speaker Pena`, the page's orador=): no words to respell
        if results.total == 0 and filters and any(filters):
            causes, others = speaker_tips(index, asked_speakers(parsed, filters))
            results.tips = tips(parsed, filters, None, causes) + others
        return
    if results.total < FEW_RESULTS or results.mode != "all":
        results.suggestion = suggestion_for(index, text, parsed, searcher, typed=typed)
    elif rare := doubtful_words(searcher, parsed):
        results.suggestion = suggestion_for(index, text, parsed, searcher, only=rare, typed=typed)
    if results.suggestion and searches_alike(searcher.schema["text"].analyzer, text, results.suggestion):
        results.suggestion = None  # `inflacion~2` → `inflación~2`: accents never count, nothing to try
    if results.total == 0 and results.suggestion and finds is not None and not finds(results.suggestion):
        results.suggestion = None
    if results.total == 0:
        causes, others = no_match_causes(index, searcher, parsed, filters, unfiltered, finds)
        results.tips = tips(parsed, filters, results.suggestion, causes) + others


def searches_alike(analyzer, typed, suggested):
    """Tell whether a suggestion differs from the query typed only in what the analyzer drops.

    Accents (but ñ), case, and stop words: `inflacion~2 economia` and `inflación~2 economía`
    are one search, and offering the second finds the same paragraphs. The query's syntax
    between words (operators, quotes, `~2`, fields) must be the same, spaces aside.

    >>> from search.text.analysis import spanish_analyzer
    >>> searches_alike(spanish_analyzer(), "inflacion~2 economia", "inflación~2 Economía")
    True
    >>> searches_alike(spanish_analyzer(), "ano nuevo", "año nuevo")
    False
    """
    return _searched(analyzer, typed) == _searched(analyzer, suggested)


def _searched(analyzer, text):
    """Return text as the search sees it: each word's terms, accents aside, and the syntax
    between, spaces collapsed."""
    parts, at = [], 0
    for match in TOKEN.finditer(text):
        # folded first: the stemmer tells `economia` (economi) from `economía` (econom), and the
        # search doesn't (an accentless word searches its accented forms too)
        parts += [" ".join(text[at:match.start()].split()), terms_of(analyzer, fold(match.group()))]
        at = match.end()
    return [*parts, " ".join(text[at:].split())]


def no_match_causes(index, searcher, parsed, filters, unfiltered=None, finds=None):
    """Return (causes, others): the lines that name what left a search with nothing (an
    exclusion of the words searched, an exclusion that leaves none of the paragraphs the
    words find: `finds(parsed)` counts them within the filters, a speaker no one is, dates
    that share no day, or filters that keep none of the paragraphs the words find:
    `unfiltered(parsed)` counts them with no filter; None: not looked up), and the speakers'
    notes that are no cause (the person is there, and speaks elsewhere)."""
    causes, others = speaker_tips(index, asked_speakers(parsed, filters))
    causes = excluded_stems(parsed, lambda word: _terms(searcher, "text", word)) + causes
    if not causes:
        causes = exclusion_tip(parsed, finds)
    if not causes and unfiltered is not None and not disjoint_dates(parsed, filters):
        causes = filtered_out_tip(parsed, filters, unfiltered)
    return causes, others


def asked_speakers(parsed, filters):
    """Return the speaker filters of a search, (typed, quoted): its `orador:` clauses, then the speaker filter."""
    asked = [(clause.text, isinstance(clause, Phrase)) for clause in clauses(parsed.root)
             if isinstance(clause, (Word, Phrase)) and clause.field == "speaker"]
    speakers = filter_values(filters[0]) if filters else ()  # a name, a tuple of them, or None
    return asked + [(name.strip('"'), name.startswith('"')) for name in speakers]


def suggestion_for(index, text, parsed, searcher, only=None, typed=None):
    """Return the query with its unknown words corrected (and accents restored), or None.

    A word whose stem the index lacks counts as a typo (`unilateral` is known through
    `unilaterales`, and `politico` through `político`), and so does a word no text
    writes whose rare stem another word's far outnumbers (respelled). `only`: the words
    that may be corrected (all when None); `typed`: the words typed for the text
    (Built.typed_words of an all-words build, which any build of it gives alike; None:
    built here).
    """
    if typed is None:
        typed = build_query(parsed, searcher, index.store, "and").typed_words
    typed = [word for word in typed
             if word not in parsed.unknown_fields]  # `foo` of foo:bar is no word to respell
    stems = {word: _terms(searcher, "text", word) for word in typed}
    unknown = [word for word, found in stems.items()
               if found and not all(searcher.doc_frequency("text", stem) for stem in found)]
    vocabulary = vocabulary_of(index)
    # A known word typed without its ñ (`ano` for `año`) is suggested when the ñ form is
    # far more frequent; it is still searched as typed, since ñ counts.
    enye = {word: form for word in typed if word not in unknown and "n" in word.lower()
            and (form := vocabulary.with_enye(word, ENYE_RATIO))}
    misspelled = {word: form for word in typed if word not in unknown and word not in enye
                  and (form := respelled(vocabulary, searcher, word))}
    breaks = word_breaks(searcher, parsed, only)
    if not unknown and not enye and not misspelled and not breaks:
        return None
    apart = {word for typed_apart in breaks for word in typed_apart}
    # a word the join already rewrites is not corrected again (`a penas`: `penas` → `apenas`)
    corrected = suggest(vocabulary, unknown)
    # A word some text holds though no paragraph is indexed under it (`Gatel` of a compound
    # or a label: trial33) is its own nearest word: respelled as a rare word is
    corrected.update({word: form for word in unknown if word not in corrected
                      and (form := respelled(vocabulary, searcher, word))})
    corrections = {word: form for word, form in {**corrected, **enye,
                                                 **misspelled}.items()
                   if (only is None or word in only) and word not in apart}
    if not corrections and not breaks:
        return None
    corrections.update(vocabulary.accented([w for w in typed if w not in corrections and stems[w]
                                            and w not in apart]))
    for typed_apart, form in breaks.items():  # `astra zeneca` → `astrazeneca`, `covid19` → `covid-19`
        pattern = r"\s+".join(re.escape(word) for word in typed_apart)
        opening, closing = typed_apart[0], typed_apart[-1]
        first = opening.lstrip(EDGE_MARKS)
        marks = opening[:len(opening) - len(first)], closing[len(closing.rstrip(EDGE_MARKS)):]
        joined_form = marks[0] + same_case(first, form) + marks[1]  # `¿corona virus?` → `¿coronavirus?`
        text = re.sub(pattern, joined_form.replace("\\", "\\\\"), text, count=1)  # a typed `\` is no escape
    for word, corrected in corrections.items():
        text = text.replace(word, same_case(word, corrected), 1)
    return text


def word_breaks(searcher, parsed, only=None, joins_of=None):
    """Return {(typed words...): the form the texts write} for neighbouring words typed apart
    that the texts join and words typed glued that they split (word_breaks.py); `only`:
    the words that may be changed (all when None); `joins_of`: the words whose pairs are
    looked up joined (all when None; a glued word costs a pattern, a pair a lookup)."""
    words = [clause.text if plain_word(clause) else None for clause in parsed.root.clauses]

    def frequency(word):
        return _frequency(searcher, "exact", _terms(searcher, "exact", word))

    def pair_frequency(word):
        # The index keeps no stop word, so its count reads 0; it is among the most frequent
        # words, and `de la` is no rare pair that the 12 `dela` of a scanned novel correct.
        return math.inf if is_stop_word(word.lower()) else frequency(word)

    pairs = [(first, second) for first, second in zip(words, words[1:]) if first and second
             and (only is None or first in only or second in only)
             and (joins_of is None or first in joins_of or second in joins_of)]
    found = dict(joined(pairs, pair_frequency))
    taken = {word for pair in found for word in pair}
    for word in words:
        if word and word not in taken and (only is None or word in only) \
                and (form := split_glued(word, frequency)):
            found[(word,)] = form
    return found


def doubtful_words(searcher, parsed):
    """Return the words of a query that found enough to correct all the same: a rare stem
    (`vacuan`), a word typed without its ñ (`ninos`), the parts of a word typed apart that
    the texts write joined (`cubre bocas`).

    Each word's count as typed is looked up once (written_counts); a pair of words both
    written often is not looked up joined (one lookup a pair, in every keyword search, that
    nearly always found nothing).
    """
    written = written_counts(searcher, parsed)
    breaks = word_breaks(searcher, parsed, joins_of=seldom_written(written))
    return rare_words(searcher, parsed) + enye_less(searcher, written) + [word for words in breaks for word in words]


def likely_typos(index, searcher, words):
    """Return the set of words (as typed) that look mistyped: a word whose stems neither text
    nor title holds, a word typed without the ñ of a word the texts write ENYE_RATIO times
    as often (`ninos`), or a rare word a far more frequent one respells (respelled: `Gatel`).

    A known word is meant as typed: read with typos, `verano` found `ver` and `playas`
    `plan` (trial33), as Elasticsearch's `fuzziness` and Meilisearch's typo tolerance, which
    rank the word as typed first, would not show.
    """
    found = set()
    for word in words:
        stems = _terms(searcher, "text", word)
        if stems and not all(searcher.doc_frequency("text", stem) or searcher.doc_frequency("title", stem)
                             for stem in stems):
            found.add(word)
        elif word.isalpha() and ("n" in word.lower() and vocabulary_of(index).with_enye(word, ENYE_RATIO)
                                 or respelled(vocabulary_of(index), searcher, word)):
            found.add(word)
    return found


def plain_word(clause):
    """Tell whether a clause is a word typed alone: no field, prefix, typo mark or pattern."""
    return (isinstance(clause, Word) and clause.field in (None, "text") and not clause.prefix
            and not clause.fuzzy and not clause.wildcard)


def rare_words(searcher, parsed):
    """Return the words typed alone (no field, prefix or typo mark) whose stem is rare: each
    may be a typo of a more frequent word, even one some text writes (`Gatel`)."""
    return [clause.text for clause in clauses(parsed.root)
            if plain_word(clause) and clause.text.isalnum()
            and 0 < _frequency(searcher, "text", _terms(searcher, "text", clause.text)) < RARE_STEM]


def written_counts(searcher, parsed):
    """Return {word typed alone (no field, prefix or typo mark): how many paragraphs write it as
    typed (the `exact` field)}, None for a stop word: the index keeps none, so its count would
    read 0, as a word no text writes, when it is among the most written. One lookup a word,
    for seldom_written and enye_less."""
    counts = {}
    for clause in clauses(parsed.root):
        if plain_word(clause) and clause.text not in counts:
            terms = _terms(searcher, "exact", clause.text)
            counts[clause.text] = _frequency(searcher, "exact", terms) if terms else None
    return counts


def seldom_written(counts):
    """Return the words of written_counts that fewer than RARE_STEM paragraphs write as typed,
    or a stop word: each may be a word the texts write joined to its neighbour (`sub
    secretario`: `sub` written apart 9 times, while its stem, `sub` of every
    `sub-secretario`, is in 1,763; `dela` for `de la` is word_breaks' to weigh)."""
    return [word for word, count in counts.items() if count is None or count < RARE_STEM]


def enye_less(searcher, counts):
    """Return the words of written_counts typed without the ñ of a word the texts write
    ENYE_RATIO times as often, whatever their stem's count: `ninos` shares `nin` with `Nina`,
    yet means `niños`. A word many texts write as typed (`pena`, `uno`) is meant, and so is a
    stop word (`una` is no `uña`, and `en`, `con`, `un` cost no lookup): only a seldom one is
    looked up."""
    return [word for word, count in counts.items()
            if count is not None and count < RARE_STEM and word.isalpha() and "n" in (key := fold(word.lower()))
            and any(_frequency(searcher, "exact", [form]) >= ENYE_RATIO * max(1, count) for form in enye_forms(key))]


def _terms(searcher, fieldname, word):
    return list(terms_of(searcher.schema[fieldname].analyzer, word))


def _frequency(searcher, fieldname, terms):
    return sum(searcher.doc_frequency(fieldname, term) for term in terms)


def respelled(vocabulary, searcher, word):
    """Return the word one or two typos away (one, for a word some text writes) that the person
    likely meant, or None.

    Only when its stem is rare and the other word, of another stem, is far more frequent:
    ENYE_RATIO times the stem's paragraphs for a word no text writes (`vacuan`, two
    letters swapped, is `vacuna`; `comiste`, unwritten but of the frequent stem of comer,
    is left alone), POPULAR_RATIO times its own count for one that some text writes
    (`Gatel` is `Gatell`). Nearer words first, then the most frequent. A stop word is never
    offered (`Pedro` is no `pero`, `conde` no `donde`): the index keeps none, so the
    suggestion would only drop the word typed, and find more for it.
    """
    if not word.isalpha() or not allowed_typos(word):
        return None
    stems = _terms(searcher, "text", word)
    found = _frequency(searcher, "text", stems) if stems else RARE_STEM
    if found >= RARE_STEM:
        return None
    written = vocabulary.count.get(fold(word.lower()), 0)
    needed = POPULAR_RATIO * written if written else ENYE_RATIO * max(1, found)
    # A word some text writes is looked for one typo away only (`Gatel`, `dexametazona`): two
    # typos walk the whole vocabulary (~1 ms a word), and most rare words typed are real ones.
    for distance in range(1, (1 if written else allowed_typos(word)) + 1):
        for key in vocabulary.within(word, distance):  # most frequent first
            if vocabulary.count[key] < needed:
                break
            form = vocabulary.display[key]
            terms = _terms(searcher, "text", form)
            if terms and terms != stems:  # no terms: a stop word
                return form
    return None


def respells_written(vocabulary, typed, suggested):
    """Tell whether a suggestion only respells words the texts write as typed: as many words,
    each changed one letters for letters (`cloro` to `claro`), none an ñ put back (`ninos`
    to `niños`, offered for its ñ whatever it finds) nor a word no text writes (`vacuan`, a
    typo proper), nor a join or a split (`sub secretario`). Such a suggestion (the
    `popular` respelling of respelled()) is worth offering only where it finds more than
    the words typed, which searching.py checks, as Elasticsearch's phrase suggester
    `collate` does.

    >>> words = Vocabulary({"cloro": 4, "claro": 400, "ninos": 1, "niños": 40})
    >>> respells_written(words, "dióxido de cloro", "dióxido de claro"), respells_written(words, "ninos", "niños")
    (True, False)
    >>> respells_written(words, "vacuan", "vacuna"), respells_written(words, "sub secretario", "subsecretario")
    (False, False)
    """
    typed, suggested = typed.split(), suggested.split()
    changed = [(old, new) for old, new in zip(typed, suggested) if fold(old.lower()) != fold(new.lower())]
    return len(typed) == len(suggested) and bool(changed) and all(
        _respelled_written(vocabulary, old, new) for old, new in changed)


def _respelled_written(vocabulary, old, new):
    """Tell whether a suggested word respells, letters for letters, a typed word the texts write."""
    return old.isalpha() and new.isalpha() and old in vocabulary \
        and fold(new.lower()).replace("ñ", "n") != fold(old.lower())


def written_put_back(vocabulary, typed, suggested):
    """Return a suggestion with the words the texts write as typed put back (respells_written's
    kind), its other corrections kept: what is left of it when its respellings find nothing more.

    >>> written_put_back(Vocabulary({"cloro": 4, "claro": 400}), "dióxido de cloro", "bióxido de claro")
    'bióxido de cloro'
    """
    typed_words, suggested_words = typed.split(), suggested.split()
    if len(typed_words) != len(suggested_words):
        return suggested
    return " ".join(old if fold(old.lower()) != fold(new.lower()) and _respelled_written(vocabulary, old, new)
                    else new for old, new in zip(typed_words, suggested_words))


def same_case(typed, word):
    """Return word written in the case of what was typed: Rusiaa → Rusia, not rusia."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
