"""The clauses that are not plain words: phrases, `doc:`, `*:*` and dates (query/other_clauses.py)."""

from whoosh.query import Every

from search.query.builder import build_query
from search.query.parser import parse


def build(seed, text):
    return build_query(parse(text), seed.searcher(), seed.store)


def test_a_phrase_is_highlighted_whole_and_a_sloppy_one_word_by_word(seed):
    whole = build(seed, '"tratado de buena vecindad"')
    assert whole.phrases == [("=tratado", "=·de", "=buena", "=vecindad")]  # as written (phrase_spans.AS_WRITTEN)
    sloppy = build(seed, '"tratado vecindad"~3')
    assert sloppy.phrases == [("=tratado",), ("=vecindad",)] and not sloppy.terms


def test_a_one_word_phrase_is_its_term(seed):
    assert repr(build(seed, '"garrote"').query) == "Term('exact', 'garrote')"  # as written, not its stem


def test_a_quoted_speaker_and_a_quoted_document_use_their_fields(seed):
    assert "speaker" in repr(build(seed, 'orador:"Wang Yi"').query)
    built = build(seed, 'doc:"000_0ae4057f2a729d92.txt"')
    assert "doc" in repr(built.query) and not built.messages


def test_match_all_lists_every_paragraph_newest_first_and_says_how_it_was_typed(seed):
    built = build(seed, "*:*")
    assert isinstance(built.query, Every) and built.excluding_only
    assert "«*:*» busca todo" in built.messages[-1]


def test_a_date_clause_searches_the_date_fields(seed):
    built = build(seed, "fecha:2020-12")
    assert built.query is not None and "month" in repr(built.query)
    impossible = build(seed, "fecha:2020-13")  # an impossible month is dropped, and said
    assert impossible.query is None and any("2020-13" in message for message in impossible.messages)
