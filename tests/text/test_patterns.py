"""LazyPattern: a regular expression compiled when first used, then the compiled one's."""

import ast
import re
import subprocess
import sys

import pytest

from search.text.patterns import LazyPattern
from tests.conftest import ROOT


def test_a_pattern_compiles_when_first_used_and_then_is_the_compiled_one():
    pattern = LazyPattern(r"(?P<year>\d{4})", re.I)
    assert pattern._compiled is None and pattern.source == r"(?P<year>\d{4})"  # nothing compiled yet
    assert pattern.search("en 2020").group("year") == "2020"
    compiled = pattern._compiled
    assert isinstance(compiled, re.Pattern) and compiled.flags & re.I
    assert pattern.search == compiled.search and "search" in vars(pattern)  # kept: no lookup per call
    assert pattern.pattern == compiled.pattern and pattern.fullmatch("19x") is None
    with pytest.raises(AttributeError):
        pattern.no_such_method  # noqa: B018


def test_a_bad_pattern_fails_when_first_used_with_re_s_error():
    pattern = LazyPattern("(sin cerrar")
    with pytest.raises(re.error):
        pattern.search("x")


# Patterns a plain search never uses: escape sequences in text it prints (isprintable is
# enough), the ranges and comparisons of `fecha:`, names of people, phrases' spaces…
UNUSED_BY_A_SEARCH = [
    ("search.text.untrusted", "ESCAPE_SEQUENCE"), ("search.text.untrusted", "CONTROL"),
    ("search.text.untrusted", "BREAKS"), ("search.text.untrusted", "SURROGATE"),
    ("search.text.untrusted", "ANY_CONTROL"), ("search.text.folding", "NAME_SEPARATORS"),
    ("search.text.folding", "INVISIBLE"), ("search.text.folding", "DECORATIONS"),  # the query is ASCII
    ("search.text.folding", "COMPATIBLE"),
    ("search.query.dates", "RANGE"), ("search.query.dates", "DOTS"), ("search.query.dates", "COMPARISON"),
    ("search.text.date_values", "QUERY_DAY"), ("search.query.lexer", "GLUED_MODIFIERS"),
    ("search.query.modifiers", "NUMBER"), ("search.query.clauses", "MODIFIER_VALUE"),
    # a phrase's cuts and a long text's windows (stems' VERB_ENDING: `China` analyzes the seed's `chino-rusas`
    # joined)
    ("search.text.token_cuts", "CUT_CHAR"), ("search.text.word_windows", "EDGE"),
    ("search.storage.generations", "TEMPORARY"),
    # a query of plain words: no field, wildcard, escape, modifier or relative date; the
    # lexer's tokens are for operators, quotes and parentheses
    ("search.text.dates", "TODAY"), ("search.text.dates", "NAME_SEPARATORS"),
    ("search.text.date_values", "RELATIVE"), ("search.query.modifiers", "TAIL"),
    ("search.query.modifiers", "PART"), ("search.query.clauses", "STAR"), ("search.query.clauses", "ONE_LETTER"),
    ("search.query.clauses", "ESCAPED"), ("search.query.clauses", "REGEX"), ("search.query.fields", "FIELD"),
    ("search.query.fields", "ANY_FIELD"), ("search.query.lexer", "TOKEN"),
    # texts without letters that fold to two, nor marks inside words (EE.UU., 1.500)
    ("search.retrieval.spans", "OTHER_FOLDED"), ("search.retrieval.spans", "INNER_MARK"),
    ("search.retrieval.spans", "TOKEN_CHAR"), ("search.retrieval.spans", "TOKEN_RUN"),
]


def test_a_plain_search_compiles_none_of_the_patterns_it_does_not_use(seed_index):
    code = ("import sys\nfrom search.cli import main\ntry:\n"
            f"    main(['search', 'China', '--index', {str(seed_index)!r}])\nexcept SystemExit:\n    pass\n"
            f"print([(m, n) for m, n in {UNUSED_BY_A_SEARCH!r} "
            "if not isinstance(getattr(sys.modules[m], n), LazyPattern) or getattr(sys.modules[m], n)._compiled])")
    code = "from search.text.patterns import LazyPattern\n" + code
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert ast.literal_eval(done.stdout.splitlines()[-1]) == []


@pytest.mark.parametrize("text, low, high, chunk, ahead, found", [
    ("uno dos tres", 0, 12, 3, 0, 7),
    ("uno dos tres", 0, 7, 3, 0, 3),  # high is left out
    ("uno dos tres", 4, 7, 100, 0, None),
    ("uno", -5, 99, 1, 0, None),  # offsets clipped to the text
    ("a,b", 0, 2, 1, 0, None), ("a,b", 0, 2, 1, 1, 1),  # a look-ahead past high, when let
])
def test_last_match_reads_back_a_chunk_at_a_time(text, low, high, chunk, ahead, found):
    from search.text.patterns import last_match

    pattern = re.compile(r",(?=b)| ") if "," in text else re.compile(" ")
    match = last_match(pattern, text, low, high, chunk, ahead)
    assert (match and match.start()) == found
