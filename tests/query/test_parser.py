import pytest

from search.query.parser import DateClause, Group, Not, Phrase, Word, parse, tokens


def root(text):
    return parse(text).root


@pytest.mark.parametrize("text, expected", [
    ("paz y seguridad", Group(None, [Word("paz"), Word("y"), Word("seguridad")])),
    ("paz Y seguridad", Group("and", [Word("paz"), Word("seguridad")])),
    ("paz AND seguridad", Group("and", [Word("paz"), Word("seguridad")])),
    ("paz O guerra", Group("or", [Group(None, [Word("paz")]), Group(None, [Word("guerra")])])),
    ("paz -guerra", Group(None, [Word("paz"), Not(Word("guerra"))])),
    ("paz NO guerra", Group(None, [Word("paz"), Not(Word("guerra"))])),
    ('salud -"de la"', Group(None, [Word("salud"), Not(Phrase("de la"))])),
    ("salud -«de la»", Group(None, [Word("salud"), Not(Phrase("de la"))])),
    ("cumbre -(China O Rusia)", Group(None, [Word("cumbre"), Not(Group("or", [
        Group(None, [Word("China")]), Group(None, [Word("Rusia")])]))])),
    ('co* -"de la" -salud', Group(None, [Word("co", prefix=True), Not(Phrase("de la")),
                                         Not(Word("salud"))])),
    ('-"de la" salud', Group(None, [Not(Phrase("de la")), Word("salud")])),
    ("COVID-19 -(a)", Group(None, [Word("COVID-19"), Not(Group(None, [Word("a")]))])),
    ('"Buena Vecindad" tratado', Group(None, [Phrase("Buena Vecindad"), Word("tratado")])),
    ("polít* cooperasion~2", Group(None, [Word("polít", prefix=True),
                                          Word("cooperasion", fuzzy=2)])),
    ("orador:Lavrov titulo:cumbre", Group(None, [Word("Lavrov", "speaker"),
                                                 Word("cumbre", "title")])),
    ('speaker:"Sergey Lavrov"', Group(None, [Phrase("Sergey Lavrov", "speaker")])),
    ("fecha:2020-12", Group(None, [DateClause("2020-12", "2020-12", "2020-12")])),
    ("fecha:[2020-01 TO 2020-06]", Group(None, [DateClause("2020-01", "2020-06", "[2020-01 TO 2020-06]")])),
    ("fecha:>2020-03-15", Group(None, [DateClause("2020-03-15", None, ">2020-03-15", True)])),
    ("fecha:>=2020-03-15", Group(None, [DateClause("2020-03-15", None, ">=2020-03-15")])),
    ("fecha:<2020-03", Group(None, [DateClause(None, "2020-03", "<2020-03", True)])),
    ("fecha:<=2020-03", Group(None, [DateClause(None, "2020-03", "<=2020-03")])),
    ("fecha:>ayer", Group(None, [DateClause("ayer", None, ">ayer", True)])),  # reported when built
    ("date:<=2020", Group(None, [DateClause(None, "2020", "<=2020")])),
    ("(China O Rusia) cumbre", Group(None, [Group("or", [Group(None, [Word("China")]),
                                                         Group(None, [Word("Rusia")])]),
                                            Word("cumbre")])),
])
def test_parse(text, expected):
    assert root(text) == expected


@pytest.mark.parametrize("text, message", [
    ('"sin cerrar', "comillas"),
    ("(sin cerrar", "paréntesis de cierre; se cerró"),
    ("sobra)", "Sobraba"),
    ("NOT", "NO/NOT"),
    ("OR paz", "O/OR"),
    ("paz OR", "O/OR"),
    ("AND paz", "Y/AND"),
    ("foo:bar", "campo «foo»"),
    ("orador:", "sin valor"),
])
def test_problems_are_explained(text, message):
    assert any(message in m for m in parse(text).messages)


def test_unknown_field_is_searched_as_words():
    assert root("foo:bar") == Group(None, [Word("foo"), Word("bar")])


def test_curly_and_angle_quotes():
    items, _ = tokens("«Buena Vecindad» “gran garrote”")
    assert items == [("phrase", "Buena Vecindad"), ("phrase", "gran garrote")]
