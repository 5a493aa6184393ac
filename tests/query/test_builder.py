import pytest

from search.query import builder as query_builder
from search.query import expansion
from search.query.builder import build_query
from search.query.parser import parse


def build(seed, text, joiner="and"):
    return build_query(parse(text), seed.searcher(), seed.store, joiner)


def test_prefix_keeps_the_most_frequent_words_within_a_budget(seed, monkeypatch):
    monkeypatch.setattr(expansion, "EXPANSION_POSTINGS", 1)
    built = build(seed, "c*")
    assert len(built.terms) == 1 and "la más frecuente" in built.messages[0]
    monkeypatch.setattr(expansion, "EXPANSION_TERMS", 2)
    monkeypatch.setattr(expansion, "EXPANSION_POSTINGS", 10_000)
    assert "las 2 más frecuentes" in build(seed, "c*").messages[0]


def test_repeated_words_count_once_and_clauses_are_capped(seed, monkeypatch):
    assert repr(build(seed, "garrote garrote garrote").query) == repr(build(seed, "garrote").query)
    monkeypatch.setattr(query_builder, "MAX_CLAUSES", 2)
    built = build(seed, "garrote china rusia")
    assert "demasiadas partes" in built.messages[0]


@pytest.mark.parametrize("text, required", [
    ("garrote zanahoria fecha:2020", "year"),
    ("garrote zanahoria orador:wang", "speaker"),
    ("garrote zanahoria -china", "Not"),
])
def test_any_word_keeps_fields_and_exclusions_required(seed, text, required):
    query = build(seed, text, "or").query
    assert type(query).__name__ == "And" and required in repr(query)


def test_only_exclusions_is_no_query(seed):
    built = build(seed, "-garrote NOT china")
    assert built.query is None and "solo excluía" in built.messages[0]


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
    original = query_builder.prefix_terms

    def counting(reader, fieldname, prefix, vocabulary=None, analyze=None, limit=3200):
        limits.append(limit)
        return original(reader, fieldname, prefix, vocabulary, analyze, limit)

    monkeypatch.setattr(query_builder, "prefix_terms", counting)
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


def test_a_word_without_a_field_searches_text_and_title_weighted_less(seed):
    built = build_query(parse("garrote titulo:garrote texto:garrote"), seed.searcher(), seed.store,
                        title_boost=0.5)
    word, title, text = built.query.subqueries
    assert repr(word) == "Or([Term('text', 'garrot'), Term('title', 'garrot', boost=0.5)])"
    assert repr(title) == "Term('title', 'garrot')" and repr(text) == "Term('text', 'garrot')"
    assert repr(build(seed, "garrote").query) == "Term('text', 'garrot')"  # no boost: text only


def test_stop_words_left_out_are_listed(seed):
    built = build(seed, "de la")
    assert built.query is None and built.stop_words == ["de", "la"]


def test_a_phrase_gives_its_forms_to_highlight(seed):
    built = build(seed, '"Tratado de Buena Vecindad" garrote')
    assert built.phrases == [("trat", "·de", "buen", "vecind")]
    assert built.terms == {"garrot"}  # a phrase's words are highlighted as the phrase


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


def test_the_builds_of_one_search_analyze_each_text_once_and_build_the_same(seed, monkeypatch):
    from collections import Counter

    searcher = seed.searcher()
    analyzed = Counter()
    for name in ("text", "title", "exact"):
        field, analyzer = searcher.schema[name], searcher.schema[name].analyzer

        def counting(text, analyzer=analyzer, name=name, **options):
            analyzed[name, text] += 1
            return analyzer(text, **options)

        monkeypatch.setattr(field, "analyzer", counting)
    text = "cooperacion garrote China"  # an accent to restore: each form is analyzed
    analyses = {}
    shared = [build_query(parse(text), searcher, seed.store, joiner, analyses=analyses)
              for joiner in ("and", "or")]
    assert analyzed and max(analyzed.values()) == 1
    alone = [build_query(parse(text), searcher, seed.store, joiner) for joiner in ("and", "or")]
    assert [repr(built.query) for built in shared] == [repr(built.query) for built in alone]
    assert [built.exact for built in shared] == [built.exact for built in alone]
