"""The ways a search tries a query, in order, and what it says when it falls back.

Every word as typed first; then every word within its typos (as Elasticsearch's
`fuzziness: AUTO` and Meilisearch do: one slip in `Lopez Gatel` is not another question);
then any word; then any word within its typos. Words typed apart that the texts write
joined (`corona virus`) are searched joined too before any typo. searching.py runs them until one finds
something, and then, for a query whose written dates were read as `fecha:` (`en abril de
2020`) and matched nothing (or only by a fallback, while the words find every word), the same
ways with those dates as words.
"""

import copy
import re

from whoosh.query import And

from search import budget as budgets
from search.query.builder import build_query
from search.query.clauses import Group, Phrase, Word
from search.query.lexer import EDGE_MARKS
from search.query.parser import parse
from search.query.speakers import SpeakerGroups
from search.query.suggest import allowed_typos
from search.retrieval.advice import likely_typos, plain_word, vocabulary_of, word_breaks
from search.retrieval.ranking import RANKING
from search.retrieval.running import postings_for, run_query
from search.retrieval.tips import excluding
from search.settings import TYPO_SHARE

MESSAGES = {
    "typos": "Ningún párrafo tiene todas las palabras tal cual; se muestran los que las "
             "tienen todas, tolerando errores de escritura.",
    "any": "Ningún párrafo tiene todas las palabras; se muestran los que tienen alguna.",
    "fuzzy": "No se encontró ninguna palabra tal cual; se muestran resultados que toleran "
             "errores de escritura.",
    "fuzzy, words known": "La búsqueda tal cual no encontró nada; se muestran resultados "
                          "que toleran errores de escritura.",
    "joined": "Ningún párrafo tiene todas las palabras tal cual; se buscaron juntas, como "
              "las escriben los textos: {}.",
    "apart": "Ningún párrafo tiene {} tal cual; se buscaron sus palabras por separado, todas.",
    # A date read from the words (query/written_dates.py) that no match (or only a fallback's)
    # is dated in, while the words find every word: the user may have meant the words (an
    # archive without dates: encyclopaedia text, novels).
    "dates as words": "Ningún párrafo de esas fechas tiene todas las palabras; se buscaron las "
                      "fechas como palabras.",
}


def speaker_groups_of(index):
    """Return the spellings of each person and the names they show (SpeakerGroups), loaded
    once per state of the index."""
    names = index.per_state("speaker_names", index.store.speaker_names)  # not inside: one lock
    roles = index.per_state("speaker_roles", index.store.speaker_roles)
    return index.per_state("speaker_groups", lambda: SpeakerGroups(index.store.speaker_groups(), names,
                                                                  roles))


# A hyphen between letters (`inflación-abril`), not one before a digit (`COVID-19`), which
# is a name's part: the words a word typed so joins may also be found apart.
HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def speaker_bound(parsed, filters=None):
    """Tell whether a search asks what a speaker said: a speaker filter (the page's facet,
    `--speaker`) or an `orador:` that every match must have (a clause of the query's root,
    not excluded, in an `and`). Such a search looks for its words in the paragraphs' text
    only: a statement's words are what its paragraph says, and a document's title is the
    newspaper's, not the speaker's (trial35: `¿qué dijo López Obrador sobre los homicidios?`
    was answered with two of his paragraphs on the economy, under a title on homicides).

    >>> speaker_bound(parse("orador:Sheinbaum homicidios")), speaker_bound(parse("Sheinbaum homicidios"))
    (True, False)
    >>> speaker_bound(parse('orador:"López Obrador" homicidios'))
    True
    >>> speaker_bound(parse("homicidios -orador:Sheinbaum")), speaker_bound(parse("orador:Sheinbaum OR homicidios"))
    (False, False)
    >>> speaker_bound(parse("orador:(Sheinbaum OR Brugada) homicidios"))  # any of several speakers
    True
    """
    if filters is not None and any(getattr(leaf, "fieldname", None) == "speaker" for leaf in filters.leaves()):
        return True
    return requires_speaker(parsed.root)


def requires_speaker(clause):
    """Tell whether every match of a clause has a speaker it names: an `orador:` word or phrase,
    a group joined by `and` with such a part, or one joined by `or` whose every part is one
    (`orador:(A OR B)`, feat35's field group); an exclusion never is."""
    if isinstance(clause, (Word, Phrase)):
        return clause.field == "speaker"
    if not isinstance(clause, Group) or not clause.clauses:
        return False
    parts = (requires_speaker(part) for part in clause.clauses)
    return all(parts) if clause.joiner == "or" else any(parts)


def search_options(index, searcher, synonyms=None, text_only=False):
    """Return the options of build_query that every way of a search builds with, and every
    count of a query to offer (all_words_count): one query, so one count. `text_only`
    searches the words in the paragraphs' text alone, not in titles (speaker_bound)."""
    return dict(vocabulary=lambda: vocabulary_of(index),  # loaded only if needed
                synonyms=synonyms,
                # a word searches titles too, weighted as in ranking, unless asked what a speaker said
                title_boost=0.0 if text_only else RANKING.title_boost,
                excluded_title_boost=RANKING.title_boost,  # `-palabra` leaves titles out either way
                speaker_groups=lambda: speaker_groups_of(index),  # only if a query names a speaker
                columnar=postings_for(searcher),  # scores cheaply: a larger budget of expansions
                analyses={})  # each build analyzes the same words: once is enough


def attempts(parsed, searcher, index, synonyms=None, text_only=False):
    """Yield (mode, Built query): every word, every word with typos, any word, any with typos;
    the typos only in the words that look mistyped (advice.likely_typos), and not at all when none does.

    `synonyms` (synonyms.Synonyms, or None) are searched beside the words in every way;
    `text_only`: the words in the paragraphs' text alone (speaker_bound). Each Built's
    `text_only` rebuilds it so (for the speaker facet: facet_speakers in searching.py).
    """
    options = search_options(index, searcher, synonyms, text_only)
    in_text = dict(options, title_boost=0.0)  # as search_options(…, text_only=True), its analyses shared

    def way(tree, joiner, **typos):
        built = build_query(tree, searcher, index.store, joiner, **typos, **options)
        if not text_only:
            built.text_only = lambda: build_query(tree, searcher, index.store, joiner, **typos, **in_text)
        return built

    all_words = way(parsed, "and")
    yield "all", all_words
    # Only the words that look mistyped are read with typos (Meilisearch's typo tolerance
    # counts edits from the typed word): read with typos, the known `verano` and `playas`
    # found `ver` and `plan` (trial33), where any word finds them as typed.
    joins = joined_words(parsed, searcher)
    if joins:  # `corona virus`: the texts' `coronavirus` (or the words apart), not any word (trial33)
        joined = way(joined_apart(parsed, joins), "and")
        joined.note = MESSAGES["joined"].format("; ".join(
            f"«{' '.join(words).strip(EDGE_MARKS)}» como «{form}»" for words, form in joins.items()))
        yield "joined", joined
    apart, split = hyphen_apart(parsed)
    if apart is not None:  # `inflación-abril`: its words anywhere, as Elasticsearch's standard tokenizer reads it
        built = way(apart, "and")
        built.note = MESSAGES["apart"].format(" ni ".join(f"«{word}»" for word in split))
        yield "apart", built
    typos = likely_typos(index, searcher, [word for word in all_words.typed_words if allowed_typos(word)])
    any_word = way(parsed, "or")
    # Words that any-word may drop; not beside an exclusion, which decided what the user wants
    # left out (`banco central -Pesce`: relaxed, it showed the «Banco Mundial» of another
    # speaker, trial35), as Elasticsearch's query_string with `default_operator: AND` never
    # relaxes a bool query; a `+word` stays required in any-word, as Lucene's MUST.
    several = repr(any_word.query) != repr(all_words.query)
    if typos and several:
        # Looking typos up may take all the time left: half of it, so that the any-word
        # fallback still runs (`Sao Paulo` once found nothing, though `Paulo` is there).
        with budgets.part(TYPO_SHARE):
            with_typos = way(parsed, "and", fuzzy_all=typos)
        yield "typos", with_typos
    if several and not excluding(parsed):
        yield "any", any_word
    if typos and not excluding(parsed):
        yield "fuzzy", way(parsed, "or", fuzzy_all=typos)


def hyphen_apart(parsed):
    """Return (a copy of parsed whose words joined by a hyphen between letters are searched as
    their parts, each required anywhere, those words as typed), or (None, []) with none.

    Searched whole, such a word is its parts together and in order (`chino-rusas`, as the texts
    write it); when no paragraph has that, Elasticsearch's standard tokenizer splits it at the
    hyphen, and a `match` with `operator: and` requires each part (trial35: `inflación-abril`
    found nothing).

    >>> rewritten, split = hyphen_apart(parse("inflación-abril precios"))
    >>> [clause.text for clause in rewritten.root.clauses[0].clauses], split
    (['inflación', 'abril'], ['inflación-abril'])
    >>> hyphen_apart(parse("COVID-19 casos"))[1], hyphen_apart(parse('"inflación-abril"'))[1]
    ([], [])
    """
    clauses, split = [], []
    for clause in parsed.root.clauses:
        if plain_word(clause) and clause.boost == 1.0 and HYPHEN.search(clause.text):
            clauses.append(Group("and", [Word(part) for part in HYPHEN.split(clause.text)]))
            split.append(clause.text)
        else:
            clauses.append(clause)
    if not split or parsed.root.joiner not in (None, "and"):
        return None, []
    rewritten = copy.copy(parsed)
    rewritten.root = Group(parsed.root.joiner, clauses, parsed.root.boost)
    return rewritten, split


def joined_words(parsed, searcher):
    """Return {(typed words...): joined word} for the neighbouring words typed apart that the
    texts write joined (advice.word_breaks: `corona virus`, `coronavirus`); no split."""
    return {words: form for words, form in word_breaks(searcher, parsed).items() if len(words) > 1}


def joined_apart(parsed, joins):
    """Return a copy of parsed whose words typed apart are searched apart or joined:
    `corona virus` as `((corona virus) OR coronavirus)`, joins from joined_words."""
    clauses, at, top = [], 0, parsed.root.clauses
    while at < len(top):
        pair = tuple(clause.text if isinstance(clause, Word) else None for clause in top[at:at + 2])
        if len(pair) == 2 and pair in joins and all(plain_word(clause) for clause in top[at:at + 2]):
            clauses.append(Group("or", [Group("and", top[at:at + 2]), Word(joins[pair])]))
            at += 2
        else:
            clauses.append(top[at])
            at += 1
    rewritten = copy.copy(parsed)
    rewritten.root = Group(parsed.root.joiner, clauses, parsed.root.boost)
    return rewritten


def all_words_count(index, searcher, text, filters=None, synonyms=None):
    """Return how many paragraphs a query text (or its ParsedQuery) finds with every word (no
    fallback), within the search's filter query, with the search's `synonyms` (as
    synonyms.searched_synonyms gives them); 0 when it has no word to search. What a
    suggestion offered would find, as Elasticsearch's phrase suggester `collate` checks its
    suggestions.

    Built as the search builds its first way (search_options: titles, typos, patterns), so
    the count is what the search then finds (trial19b: without titles, `orador:AMLO
    confinamiento` was said to find 1 and found 2).
    """
    parsed = parse(text) if isinstance(text, str) else text
    text_only = speaker_bound(parsed, filters)  # as the search builds it (find_matches)
    built = build_query(parsed, searcher, index.store, "and", **search_options(index, searcher, synonyms, text_only))
    if built.query is None:
        return 0
    total, _, _ = run_query(searcher, And([built.query, filters]) if filters is not None else built.query,
                            1, "relevance")
    return total
