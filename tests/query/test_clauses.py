"""One typed word read into a clause: its marks, and what is said of those it can't use.

Wildcards as Elasticsearch's wildcard query and query_string read them (its reference:
`?` stands for exactly one character, `*` for any number, none included; a pattern
should not begin with one, it reads every term): here a leading one needs 3 more
letters. Escapes as simple_query_string's: a backslash makes the next character literal.
"""

import pytest

from search.query.clauses import Phrase, Word, quoted, word_clause


@pytest.mark.parametrize("typed, expected, said", [
    ("salud", Word("salud"), []),
    ("vacun*", Word("vacun", prefix=True), []),
    ("vacun**", Word("vacun", prefix=True), []),
    ("salud~", Word("salud", fuzzy=1), []),
    ("salud^2", Word("salud", boost=2.0), []),
    # Lucene's WildcardQuery: `*` and `?` inside, or `*` before letters enough
    ("sal?d", Word("sal?d", wildcard=True), []),
    ("sal*ud", Word("sal*ud", wildcard=True), []),
    ("*ción", Word("*ción", wildcard=True), []),
    ("?alud", Word("?alud", wildcard=True), []),
    ("sal?d*", Word("sal?d*", wildcard=True), []),
    ("sa??*", Word("sa??*", wildcard=True), []),
    ("sal?d^3", Word("sal?d", boost=3.0, wildcard=True), []),
    ("sal?d~", Word("sal?d", wildcard=True), ["«sal?d»: una palabra con comodines no admite «~»; se ignoró."]),
    # a question's `?` is punctuation, not a wildcard: one or a run at a word's end (fix18:
    # `hay???` was a pattern of three more letters), nor is punctuation around a pattern
    ("hay?", Word("hay?"), []),
    ("¿qué?", Word("¿qué?"), []),
    ("hay???", Word("hay???"), []),
    ("¿¿qué??", Word("¿¿qué??"), []),
    ("sal??", Word("sal??"), []),
    ("hay?!", Word("hay?!"), []),
    ("hay???!!!", Word("hay???!!!"), []),
    ("¿sal?d?", Word("sal?d", wildcard=True), []),
    ("¿¿sal?d???", Word("sal?d", wildcard=True), []),
    ("¡sal?d!", Word("sal?d", wildcard=True), []),
    ("sal?d,", Word("sal?d", wildcard=True), []),
    ("¿gar*te?", Word("gar*te", wildcard=True), []),
    ("¿?alud?", Word("?alud", wildcard=True), []),  # a `?` after `¿` still leads a pattern
    ("¿*ción??", Word("*ción", wildcard=True), []),
    ("vacun*?", Word("vacun", prefix=True), []),
    ("¿vacun*???", Word("vacun", prefix=True), []),
    ("vacun**?!", Word("vacun", prefix=True), []),
    ("sal?*?", Word("sal?*", wildcard=True), []),
    ("sal\\??", Word("sal??"), []),  # an escaped `?` is the character
    ("¿*a?", None, ["«*a» se ignoró: un comodín al principio necesita al menos 3 letras más "
                    "(*ción, sal?d, vacun*)."]),
    # Lucene's escapes: the character itself
    ("vacun\\*", Word("vacun*"), []),
    ("sal\\?d", Word("sal?d"), []),
    ("\\*salud", Word("*salud"), []),
    ("salud\\~2", Word("salud~2"), []),
    ("salud\\", Word("salud"), ["Una «\\» al final no escapa nada; se ignoró."]),
    # marks with nothing to mark
    ("*", None, ["«*» se ignoró: un comodín va dentro o al final de una palabra (vacun*, sal?d)."]),
    ("**", None, ["«**» se ignoró: un comodín va dentro o al final de una palabra (vacun*, sal?d)."]),
    ("*a", None, ["«*a» se ignoró: un comodín al principio necesita al menos 3 letras más "
                  "(*ción, sal?d, vacun*)."]),
    ("~", None, ["«~» no sigue a ninguna palabra ni frase; se ignoró."]),
    ("^2", None, ["«^2» no sigue a ninguna palabra ni frase; se ignoró."]),
    ("~salud", Word("salud"), ["«~» delante de una palabra no modifica nada (va detrás: salud~, "
                               "salud^2); se buscó «salud»."]),
    ("^~salud~", Word("salud", fuzzy=1), ["«^~» delante de una palabra no modifica nada (va detrás: "
                                          "salud~, salud^2); se buscó «salud~»."]),
])
def test_a_typed_word_and_its_marks(typed, expected, said):
    messages = []
    assert word_clause(typed, None, messages) == expected
    assert messages == said


def test_a_field_is_kept():
    assert word_clause("sal?d", "title") == Word("sal?d", "title", wildcard=True)


def test_long_values_are_quoted_cut_and_escaped():
    assert quoted("x" * 50) == "x" * 40 + "…"
    assert quoted("a\x1b[2J") == "a\\x1b[2J"


@pytest.mark.parametrize(("typed", "target", "expected", "said"), [
    ("=vacunó", None, Phrase("vacunó"), False),  # the word as written, as in quotes
    ("=Vacunó^2", None, Phrase("Vacunó", boost=2.0), False),
    ("==vacunó", "title", Phrase("vacunó", "title"), False),
    ("=vacun*", None, Word("vacun", prefix=True), True),  # other forms asked: the `=` said and dropped
    ("=vacuna~1", None, Word("vacuna", fuzzy=1), True),
    ("=sal?d", None, Word("sal?d", wildcard=True), True),
    ("=López", "speaker", Word("=López", "speaker"), False),  # a name is no word form
    ("=", None, Word("="), False),  # nothing after it: the analyzer finds no word, as before
    ("a=b", None, Word("a=b"), False),
])
def test_an_equals_sign_before_a_word_is_the_word_as_written(typed, target, expected, said):
    messages = []
    assert word_clause(typed, target, messages) == expected
    assert any("«=» busca la palabra tal cual" in message for message in messages) == said
