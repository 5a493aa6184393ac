"""The ways a search tries a query, in order, and what it says when it falls back.

Every word as typed first; then every word within its typos (as Elasticsearch's
`fuzziness: AUTO` and Meilisearch do: one slip in `Lopez Gatel` is not another question);
then any word; then any word within its typos. searching.py runs them until one finds
something, and then, for a query whose written dates were read as `fecha:` (`en abril de
2020`) and matched nothing (or only by a fallback, while the words find every word), the same
ways with those dates as words.
"""

from whoosh.query import And

from search import budget as budgets
from search.query.builder import build_query
from search.query.parser import parse
from search.query.speakers import SpeakerGroups
from search.retrieval.advice import vocabulary_of
from search.retrieval.ranking import RANKING
from search.retrieval.running import postings_for, run_query
from search.settings import TYPO_SHARE

MESSAGES = {
    "typos": "Ningún párrafo tiene todas las palabras tal cual; se muestran los que las "
             "tienen todas, tolerando errores de escritura.",
    "any": "Ningún párrafo tiene todas las palabras; se muestran los que tienen alguna.",
    "fuzzy": "No se encontró ninguna palabra tal cual; se muestran resultados que toleran "
             "errores de escritura.",
    "fuzzy, words known": "La búsqueda tal cual no encontró nada; se muestran resultados "
                          "que toleran errores de escritura.",
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


def search_options(index, searcher, synonyms=None):
    """Return the options of build_query that every way of a search builds with, and every
    count of a query to offer (all_words_count): one query, so one count."""
    return dict(vocabulary=lambda: vocabulary_of(index),  # loaded only if needed
                synonyms=synonyms,
                title_boost=RANKING.title_boost,  # a word searches titles too, weighted as in ranking
                speaker_groups=lambda: speaker_groups_of(index),  # only if a query names a speaker
                columnar=postings_for(searcher),  # scores cheaply: a larger budget of expansions
                analyses={})  # each build analyzes the same words: once is enough


def attempts(parsed, searcher, index, synonyms=None):
    """Yield (mode, Built query): every word, every word with typos, any word, any with typos.

    `synonyms` (synonyms.Synonyms, or None) are searched beside the words in every way.
    """
    options = search_options(index, searcher, synonyms)
    all_words = build_query(parsed, searcher, index.store, "and", **options)
    yield "all", all_words
    typos = any(len(word) >= 5 for word in all_words.typed_words)
    any_word = build_query(parsed, searcher, index.store, "or", **options)
    several = repr(any_word.query) != repr(all_words.query)  # words that any-word may drop
    if typos and several:
        # Looking typos up may take all the time left: half of it, so that the any-word
        # fallback still runs (`Sao Paulo` once found nothing, though `Paulo` is there).
        with budgets.part(TYPO_SHARE):
            with_typos = build_query(parsed, searcher, index.store, "and", fuzzy_all=True, **options)
        yield "typos", with_typos
    if several:
        yield "any", any_word
    if typos:
        yield "fuzzy", build_query(parsed, searcher, index.store, "or", fuzzy_all=True, **options)


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
    built = build_query(parsed, searcher, index.store, "and", **search_options(index, searcher, synonyms))
    if built.query is None:
        return 0
    total, _, _ = run_query(searcher, And([built.query, filters]) if filters is not None else built.query,
                            1, "relevance")
    return total
