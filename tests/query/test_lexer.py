import pytest

from search.query.lexer import normalized, tokens
from search.query.parser import parse


@pytest.mark.parametrize("typed, expected", [
    ('salud -"de la" -(China O Rusia)',
     [("word", "salud"), ("minus", "-"), ("phrase", "de la"), ("minus", "-"), ("open", "("),
      ("word", "China"), ("word", "O"), ("word", "Rusia"), ("close", ")")]),
    ("-EE.UU. orador:(a OR b)", [("word", "-EE.UU."), ("word", "orador:"), ("open", "("), ("word", "a"),
                                 ("word", "OR"), ("word", "b"), ("close", ")")]),
    ("vacuna» ”salud", [("word", "vacuna"), ("word", "salud")]),  # closing quotes alone are dropped
    ('„Buena Vecindad“', [("phrase", "Buena Vecindad")]),
    # Lucene's escapes keep the next character in the word, `|` is a word of its own
    ('\\(a\\) \\"b \\-c d\\|e', [("word", "\\(a\\)"), ("word", '\\"b'), ("word", "\\-c"),
                                ("word", "d\\|e")]),
    ("a|b || c&&d AT&T", [("word", "a"), ("word", "|"), ("word", "b"), ("word", "||"), ("word", "c"),
                          ("word", "&&"), ("word", "d"), ("word", "AT&T")]),
])
def test_tokens(typed, expected):
    assert tokens(typed) == (expected, [])


@pytest.mark.parametrize("typed, expected", [
    ("(" * 1000 + "x" + ")" * 1000, "(" * 17 + "x" + ")" * 17),  # one deeper than the parser reads
    ("( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( ( x", "(" * 17 + " x"),
    ("a " + "AND " * 500 + "b", "a AND AND b"),
    ("a AND OR NOT b", "a AND OR NOT b"),  # different operators are left to the parser
    ("~~~~salud^^^2", "~~salud^^2"),
    ("NO NO NO", "NO NO"),
    # each run is looked for only where a count or the words say it may be (lexer.squeezed)
    ("a\u00a0-\u2003-\t- b", "a\u00a0- - b"),  # any whitespace between the operators
    ("a -- -- -- b", "a -- -- -- b"),  # no operator word
    ("AND salud AND vacuna AND", "AND salud AND vacuna AND"),  # not in a row
    ("(" * 16 + "x", "(" * 16 + "x"),  # not deeper than the parser reads
    ("salud ~2 ^3", "salud ~2 ^3"),
    ("EE. UU. y O. N. U.", "EE.UU. y O.N.U."),  # an acronym with spaces, one word
    ("sin punto EE UU", "sin punto EE UU"),
])
def test_runs_that_mean_no_more_than_their_first_few_are_squeezed(typed, expected):
    assert normalized(typed) == expected


def test_an_unclosed_quote_closes_at_the_end_and_says_so():
    assert tokens('vacuna "de la salud') == (
        [("word", "vacuna"), ("phrase", "de la salud")],
        ["Faltaban unas comillas de cierre; se cerraron al final."])


def test_curly_and_angle_quotes():
    items, _ = tokens("«Buena Vecindad» “gran garrote”")
    assert items == [("phrase", "Buena Vecindad"), ("phrase", "gran garrote")]


@pytest.mark.parametrize("typed, expected", [
    ("ｖａｃｕｎａ ＣＯＶＩＤ－１９", "vacuna COVID-19"),
    ("vacu\u2060na", "vacuna"),  # a word joiner: one word
    ("vacuna\u200bCOVID", "vacuna COVID"),  # a zero-width space: two
    ("ﬁesta", "fiesta"),  # a ligature
    ("año cooperación", "año cooperación"),
    ('"1.º de mayo" 2.ª m²', '"1.º de mayo" 2.ª m²'),  # as documents keep them
    ("cooperacio\u0301n", "cooperación"),  # decomposed
])
def test_queries_are_read_as_documents_without_invisible_marks(typed, expected):
    assert normalized(typed) == expected
    assert parse(typed).root == parse(expected).root
