"""Prefixes, wildcards and typo-tolerant words expanded within one budget (expanding.py)."""

import pytest
from whoosh.query import Term

from search.query import expanding, expansion
from search.query.builder import build_query
from search.query.parser import parse


def build(seed, text, joiner="and", **options):
    return build_query(parse(text), seed.searcher(), seed.store, joiner, **options)


def test_prefix_keeps_the_most_frequent_words_within_a_budget(seed, monkeypatch):
    monkeypatch.setattr(expansion, "EXPANSION_POSTINGS", 1)
    built = build(seed, "c*")
    assert len(built.terms) == 1 and "la más frecuente" in built.messages[0]
    monkeypatch.setattr(expansion, "EXPANSION_TERMS", 2)
    monkeypatch.setattr(expansion, "EXPANSION_POSTINGS", 10_000)
    assert "las 2 más frecuentes" in build(seed, "c*").messages[0]


LETTER_PREFIXES = " ".join(f"{letter}*" for letter in "abcdefghijklmnopqrstuvwxyz")


def test_prefixes_share_one_budget_of_words(seed, monkeypatch):
    monkeypatch.setattr(expansion, "EXPANSION_TERMS", 4)
    built = build(seed, LETTER_PREFIXES, "or")
    assert 1 <= len(built.terms) <= 4
    assert len(built.messages) <= expansion.SHOWN + 2
    assert "se ignoraron «" in built.messages[-1] and "más." in built.messages[-1]


def test_prefixes_share_one_budget_of_postings(seed, monkeypatch):
    monkeypatch.setattr(expansion, "EXPANSION_POSTINGS", 6)
    searcher = seed.searcher()
    built = build(seed, LETTER_PREFIXES, "or")
    postings = [searcher.doc_frequency("text", term) for term in built.terms]
    first = max(postings)  # a query's first word is kept whatever it costs
    assert sum(postings) <= 6 + first


def test_prefixes_share_one_budget_of_scanned_words(seed, monkeypatch):
    monkeypatch.setattr(expansion, "EXPANSION_SCAN", 8)
    monkeypatch.setattr(expansion, "SCAN_FLOOR", 1)
    limits = []
    original = expanding.prefix_terms

    def counting(reader, fieldname, prefix, vocabulary=None, analyze=None, limit=3200):
        limits.append(limit)
        return original(reader, fieldname, prefix, vocabulary, analyze, limit)

    monkeypatch.setattr(expanding, "prefix_terms", counting)
    built = build(seed, LETTER_PREFIXES, "or")
    # each prefix looks at most at its share of the 8 words (at least 1), and once the
    # budget is spent the rest are not looked up at all but named as ignored
    assert sum(limits) <= 8 + len(limits)
    assert len(limits) < len(LETTER_PREFIXES.split())
    assert "se ignoraron" in built.messages[-1]


def test_one_prefix_has_the_whole_budget(seed):
    alone = build(seed, "c*")
    shared = build(seed, "c* z* x*")
    assert alone.terms <= shared.terms | alone.terms and len(alone.terms) > 1


def test_words_with_typos_share_the_budget_with_prefixes(seed, monkeypatch):
    from search.retrieval.searching import vocabulary_of

    monkeypatch.setattr(expansion, "EXPANSION_TERMS", 3)
    text = "garrote~ chino~ rusia~ cooperasion~ sancion~ polit*"
    built = build_query(parse(text), seed.searcher(), seed.store, "or",
                        vocabulary=lambda: vocabulary_of(seed))
    assert 1 <= len(built.terms) <= 3
    assert any("se ignoraron" in message for message in built.messages)


def test_only_the_first_words_have_their_typos_looked_up(seed, monkeypatch):
    from search.retrieval.searching import vocabulary_of

    monkeypatch.setattr(expansion, "TYPO_WORDS", 2)
    built = build_query(parse("garrote~ chino~ rusia~ cooperasion~"), seed.searcher(), seed.store,
                        "or", vocabulary=lambda: vocabulary_of(seed))
    assert "«rusia», «cooperasion» se buscaron tal cual" in built.messages[-1]
    assert "rusi" in built.terms


def test_a_query_scored_on_the_posting_cache_has_a_larger_budget(seed, monkeypatch):
    from search.retrieval.columnar import postings_for

    monkeypatch.setattr(expansion, "EXPANSION_TERMS", 1)
    monkeypatch.setattr(expansion, "COLUMNAR_TERMS", 1_000)
    searcher = seed.searcher()
    matchers = build_query(parse("c*"), searcher, seed.store)
    columnar = build_query(parse("c*"), searcher, seed.store, columnar=postings_for(searcher))
    assert len(matchers.terms) == 1 and "la más frecuente" in matchers.messages[0]
    assert len(columnar.terms) > 1 and not columnar.messages


def test_the_typo_words_message_names_the_budget_in_force(seed, monkeypatch):
    from search.retrieval.columnar import postings_for
    from search.retrieval.searching import vocabulary_of

    monkeypatch.setattr(expansion, "COLUMNAR_TYPO_WORDS", 3)
    searcher = seed.searcher()
    built = build_query(parse("garrote~ chino~ rusia~ cooperasion~"), searcher, seed.store, "or",
                        vocabulary=lambda: vocabulary_of(seed), columnar=postings_for(searcher))
    assert built.messages[-1].startswith("Solo se toleraron errores de escritura en las 3 primeras")
    assert built.messages[-1].endswith("; «cooperasion» se buscó tal cual.")


def test_expansions_stop_when_the_search_runs_out_of_time(seed):
    from search import budget as budgets
    from tests.conftest import Countdown

    budget = Countdown(looks=1)  # time for the first expansion only
    token = budgets._current.set(budget)
    try:
        built = build(seed, "c* s* p*", "or")
    finally:
        budgets._current.reset(token)
    assert budget.cut and built.terms and all(term.startswith("c") for term in built.terms)
    assert built.messages[-1].endswith("se ignoraron «s*», «p*».")


def vocabulary(seed):
    from search.retrieval.searching import vocabulary_of

    return lambda: vocabulary_of(seed)


@pytest.mark.parametrize("pattern, words", [
    # Lucene's WildcardQuery: `*` any letters (none too), `?` exactly one
    ("garro?e", {"garrote"}),
    ("gar*te", {"garrote"}),
    ("*rrote", {"garrote"}),  # a leading wildcard, with letters enough
    ("ch?n*", {"china", "chino"}),
    ("?ancion*", {"sanciones"}),
])
def test_a_wildcard_searches_the_words_it_matches_as_written(seed, pattern, words):
    # not their stems (trial 12: `sal?d` found the `sal` and `sales` of `salid`'s stem)
    built = build(seed, pattern, vocabulary=vocabulary(seed))
    leaves = [built.query] if isinstance(built.query, Term) else built.query.leaves()
    assert {(leaf.fieldname, leaf.text) for leaf in leaves} == {("exact", word) for word in words}
    assert {phrase for phrase in built.phrases} == {("=" + word,) for word in words}  # marked so
    assert not built.terms and not built.messages


def test_a_wildcard_that_matches_no_word_says_so(seed):
    built = build(seed, "zq*x", vocabulary=vocabulary(seed))
    assert built.query is None
    assert built.messages == ["Ninguna palabra del índice responde a «zq*x»."]


def test_wildcards_share_the_budget_with_prefixes(seed, monkeypatch):
    monkeypatch.setattr(expansion, "EXPANSION_TERMS", 2)
    built = build(seed, "c* *ina g?rrote", "or", vocabulary=vocabulary(seed))
    assert 1 <= len(built.terms) <= 2
    assert any("se ignor" in message for message in built.messages)


@pytest.mark.parametrize("typed, searched", [
    ("W*g", "W*"), ("W?ng", "W*"), ("*Wang", "Wang"), ("*Wa*g", "Wa*"),
])
def test_a_speakers_wildcard_is_what_a_speaker_search_can_take(seed, typed, searched):
    built = build(seed, f"orador:{typed}", vocabulary=vocabulary(seed))
    assert built.messages == [f"«{typed}»: en orador: un comodín solo va al final; se buscó «{searched}»."]
    assert built.query is not None


def test_a_wildcard_is_no_typed_word_to_respell(seed):
    built = build(seed, "gar?ote chino", vocabulary=vocabulary(seed))
    assert built.typed_words == ["chino"]
