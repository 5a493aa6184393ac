"""Filters of several values: a paragraph kept by any value of a filter, and by every filter.

A facet chosen twice (two speakers, two years) means either, as Algolia's and Meilisearch's
disjunctive facets read it (https://www.algolia.com/doc/guides/managing-results/refine-results/faceting/:
OR between the values of one facet, AND between facets) and Elasticsearch's `terms` query does:
`--speaker Lavrov --speaker Zajárova` (the page's `orador=Lavrov&orador=Zajárova`) keeps the
paragraphs where either speaks, and `--date 2020 --date 2021` (`fecha=2020&fecha=2021`) those
of either year. In a query the same is written as Lucene writes it, `orador:(Lavrov OR
Zajárova)`, `fecha:(2020 OR 2021)`; a field typed twice, `orador:Lavrov orador:Zajárova`, stays
both, as every other part of a query is required (a paragraph where both speak).

The values are joined by a DisjunctionMax, not an Or: a filter adds 1 to the score of every
hit it keeps (README, Scores), and an Or would add 2 to a paragraph where both speak, putting
it first for no reason of relevance. The posting cache evaluates it as Whoosh does
(columnar_queries.py).
"""

from collections.abc import Iterable

from whoosh.query import DisjunctionMax

from search.errors import QueryError
from search.query.dates import DATE_HELP, date_query, date_span, is_undated, undated_query
from search.settings import MAX_FILTER_CHARS, MAX_FILTER_VALUES
from search.text.folding import fold
from search.text.untrusted import typed_words


def filter_values(value: str | Iterable[str] | None) -> tuple[str, ...]:
    """Return a filter's values: None or a string as one value or none, a list as each of its
    own; read as query text is (typed_words), blank ones left out, each once (case and
    accents aside: `Lavrov` and `lavrov` are one choice), in the order given.

    >>> filter_values(None), filter_values(""), filter_values(" Lavrov ")
    ((), (), ('Lavrov',))
    >>> filter_values(["Lavrov", "", "lavrov", '"María Zajárova"'])
    ('Lavrov', '"María Zajárova"')
    """
    if value is None:
        return ()
    values = [value] if isinstance(value, str) else list(value)
    kept = {}
    for typed in values:
        typed = typed_words(typed or "").strip()
        if typed:
            kept.setdefault(fold(typed.lower()), typed)
    return tuple(kept.values())


def check_values(name: str, values: tuple[str, ...]) -> None:
    """Raise QueryError when a filter has more than MAX_FILTER_VALUES values, or one longer
    than MAX_FILTER_CHARS; `name` is the filter as the message names it (`orador`)."""
    if len(values) > MAX_FILTER_VALUES:
        raise QueryError(f"Demasiados valores del filtro «{name}» ({len(values)}): admite "
                         f"{MAX_FILTER_VALUES} como máximo.")
    for value in values:
        if len(value) > MAX_FILTER_CHARS:
            raise QueryError(f"Filtro demasiado largo «{value[:20]}…»: admite "
                             f"{MAX_FILTER_CHARS} caracteres como máximo.")


def any_of(queries: list):
    """Return the query that matches what any of queries matches, scored as one filter (a
    DisjunctionMax: the best part's score, not their sum); one query as it is."""
    return queries[0] if len(queries) == 1 else DisjunctionMax(queries)


def period_query(value: str, year_name=None):
    """Return the query of one period a `fecha` value names (a year, a month, a day, a range
    `2020-03..2020-05`, or «sin fecha»: the undated paragraphs), and its notes.

    Raises QueryError naming the value when it is no date; `year_name(value)` says which year a
    date given without one means (date_notes), or None.
    """
    if is_undated(value):
        return undated_query(), []
    low, dots, high = value.partition("..")
    span = date_span(low.strip() or None, high.strip() or None) if dots else date_span(value, value)
    if span.bad:
        yearless = year_name(span.bad) if year_name else None
        raise QueryError(f"Fecha «{value}» no válida: "
                         + (f"{yearless}." if yearless else f"«{span.bad}» {DATE_HELP}."))
    return date_query(span.start, span.end), span.messages


def described_values(values: tuple[str, ...]) -> str:
    """Return values as a filter's summary names them: «a», «a» o «b», «a», «b» o «c»; a quoted
    name (a facet's exact one) without its quotes.

    >>> described_values(("Lavrov",)), described_values(('"María Zajárova"', "Lavrov", "Wang"))
    ('«Lavrov»', '«María Zajárova», «Lavrov» o «Wang»')
    """
    named = [f"«{value[1:-1] if len(value) > 1 and value[0] == value[-1] == chr(34) else value}»"
             for value in values]
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " o " + named[-1]
