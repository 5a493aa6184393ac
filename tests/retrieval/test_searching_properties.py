"""Thousands of random and hostile queries: each gives results or a message, never an error."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from search.query.parser import parse
from search.retrieval.searching import search

PIECES = st.sampled_from([
    "AND", "OR", "NOT", "Y", "O", "NO", "y", "o", "no", "(", ")", '"', "«", "»", "“", "-", "+",
    "*", "~", "~2", ":", "[", "]", " TO ", ">", "<=", "fecha:", "date:", "orador:", "titulo:",
    "doc:", "texto:", "foo:", "China", "Rusia", "cooperación", "garrote", "2020-12", "2021-02-31",
    "hoy", "\x00", "\x1b[31m", "\u200b", "\ufeff", "ñ", "e\u0301", "<script>", "'", "\\", "%",
    "../../etc/passwd", " ", "\n", "\t", "|", "&", "?", "^", "^2", "sal?d", "*ción", "!", "||",
])
QUERIES = st.one_of(
    st.lists(PIECES, max_size=25).map("".join),
    st.lists(PIECES, max_size=25).map(" ".join),
    st.text(max_size=200),
)
HOSTILE = ["(" * 500, ")" * 500, '"' * 999, "NOT " * 300, "a" * 10_000, "fecha:" * 200,
           "(" * 1000 + "China" + ")" * 1000, "AND " * 500 + "China", "*" * 600, "?a" * 300,
           "*ci?n " * 100,
           "x " * 5000, "\x00" * 1000, "orador:" + "A" * 10_000]


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(QUERIES)
def test_the_parser_never_raises(text):
    parsed = parse(text)
    assert isinstance(parsed.messages, list)


@settings(max_examples=2000, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(QUERIES)
def test_search_gives_results_or_a_message(seed, text):
    results = search(seed, text)
    assert results.total >= len(results.hits)
    assert results.hits or results.total == 0 or results.page > 1


@settings(max_examples=len(HOSTILE), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(HOSTILE))
@example("a" * 10_000)
def test_hostile_queries(seed, text):
    results = search(seed, text)
    assert results.total >= 0
