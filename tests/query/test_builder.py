import pytest

from search.query import builder as query_builder
from search.query.builder import build_query
from search.query.parser import parse


def build(seed, text, joiner="and"):
    return build_query(parse(text), seed.searcher(), seed.store, joiner)


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


def test_only_exclusions_match_every_other_paragraph(seed):
    built = build(seed, "-garrote NOT china")
    assert built.excluding_only and "solo excluía" in built.messages[0]
    assert repr(built.query) == "And([Not(Term('text', 'garrot')), Not(Term('text', 'chin'))])"
    assert not build(seed, "china -garrote").excluding_only


def test_a_word_without_a_field_searches_text_and_title_weighted_less(seed):
    built = build_query(parse("garrote titulo:garrote texto:garrote"), seed.searcher(), seed.store,
                        title_boost=0.5)
    word, title, text = built.query.subqueries
    assert repr(word) == "Or([Term('text', 'garrot'), Term('title', 'garrot', boost=0.5)])"
    # titulo: searches the titles files give and those made for transcripts (made_title)
    assert repr(title) == "Or([Term('title', 'garrot'), Term('made_title', 'garrot')])"
    assert repr(text) == "Term('text', 'garrot')"
    assert repr(build(seed, "garrote").query) == "Term('text', 'garrot')"  # no boost: text only


def test_stop_words_left_out_are_listed(seed):
    built = build(seed, "de la")
    assert built.query is None and built.stop_words == ["de", "la"]


def test_a_phrase_gives_its_forms_to_highlight(seed):
    built = build(seed, '"Tratado de Buena Vecindad" garrote')
    assert built.phrases == [("=tratado", "=·de", "=buena", "=vecindad")]  # as written (phrase_spans.AS_WRITTEN)
    assert built.terms == {"garrot"}  # a phrase's words are highlighted as the phrase


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
