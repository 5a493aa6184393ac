import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import search.query.parser as parser_module
from search.query.parser import DateClause, Group, Not, Phrase, Word, parse


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
    ("fecha:<2020-03", Group(None, [DateClause(None, "2020-03", "<2020-03", False, True)])),
    ("fecha:<=2020-03", Group(None, [DateClause(None, "2020-03", "<=2020-03")])),
    ("fecha:>ayer", Group(None, [DateClause("ayer", None, ">ayer", True)])),  # reported when built
    ("orador:(Alomía OR Cortés)", Group("or", [Group(None, [Word("Alomía", "speaker")]),
                                               Group(None, [Word("Cortés", "speaker")])])),
    ('titulo:(cumbre "de la paz") Rusia', Group(None, [
        Group(None, [Word("cumbre", "title"), Phrase("de la paz", "title")]), Word("Rusia")])),
    ("orador:(Alomía texto:vacuna)", Group(None, [Word("Alomía", "speaker"), Word("vacuna", "text")])),
    ("fecha:(2020-03 OR 2021-03)", Group("or", [
        Group(None, [DateClause("2020-03", "2020-03", "2020-03")]),
        Group(None, [DateClause("2021-03", "2021-03", "2021-03")])])),
    ("*a vacuna", Group(None, [Word("vacuna")])),
    ("date:<=2020", Group(None, [DateClause(None, "2020", "<=2020")])),
    ("(China O Rusia) cumbre", Group(None, [Group("or", [Group(None, [Word("China")]),
                                                         Group(None, [Word("Rusia")])]),
                                            Word("cumbre")])),
])
def test_parse(text, expected):
    assert root(text) == expected


LAVROV, ZAJAROVA = Word("Lavrov", "speaker"), Word("Zajárova", "speaker")
EITHER = Group("or", [Group(None, [LAVROV]), Group(None, [ZAJAROVA])])


@pytest.mark.parametrize("text, expected, said", [
    # a facet's values in the query: a field before a group of ORs, as Lucene and Elasticsearch's
    # query_string write `title:(quick OR brown)`; `O`, `OR`, `|` and `||` all join them
    ("orador:(Lavrov OR Zajárova)", EITHER, []),
    ("orador:(Lavrov O Zajárova)", EITHER, []),
    ("orador:(Lavrov | Zajárova)", EITHER, []),
    ("orador:(Lavrov || Zajárova)", EITHER, []),
    ('orador:(Lavrov OR "María Zajárova")', Group("or", [Group(None, [LAVROV]),
                                                         Group(None, [Phrase("María Zajárova", "speaker")])]), []),
    ("fecha:(2020 OR 2021)", Group("or", [Group(None, [DateClause("2020", "2020", "2020")]),
                                         Group(None, [DateClause("2021", "2021", "2021")])]), []),
    # a field typed twice: both required, as every part of a query
    ("orador:Lavrov orador:Zajárova", Group(None, [LAVROV, ZAJAROVA]), []),
    # hostile: unclosed, empty values, an operator with nothing on one side
    ("orador:(Lavrov OR Zajárova", EITHER, ["Faltaba un paréntesis de cierre; se cerró al final."]),
    ("fecha:(2020 OR 2021", Group("or", [Group(None, [DateClause("2020", "2020", "2020")]),
                                        Group(None, [DateClause("2021", "2021", "2021")])]),
     ["Faltaba un paréntesis de cierre; se cerró al final."]),
    ("orador:(", Group(None, []), ["Faltaba un paréntesis de cierre; se cerró al final."]),
    ("orador:(Lavrov OR )", Group(None, [LAVROV]), ["Un O/OR sin nada detrás se ignoró."]),
    ("orador:( OR Lavrov)", Group(None, [LAVROV]), ["Un O/OR sin nada delante se ignoró."]),
    ('orador:("" OR Lavrov)', Group(None, [LAVROV]),
     ["Unas comillas sin nada dentro se ignoraron.", "Un O/OR sin nada delante se ignoró."]),
    ("orador:(Lavrov OR OR Zajárova)", EITHER, None),  # a repeated operator: said, read once
])
def test_a_field_before_a_group_of_values(text, expected, said):
    parsed = parse(text)
    assert parsed.root == expected
    if said is not None:
        assert parsed.messages == said


def test_five_hundred_values_parse_as_one_group():
    parsed = parse("orador:(" + " OR ".join(f"n{number}" for number in range(500)) + ")")
    assert parsed.root.joiner == "or" and len(parsed.root.clauses) == 500
    assert {clause.clauses[0].field for clause in parsed.root.clauses} == {"speaker"}


L, H, EL, EH = "low", "high", "exclude_low", "exclude_high"


@pytest.mark.parametrize("typed, expected", [
    # Lucene's ranges: [ ] keep their ends, { } leave them out, mixed, * open
    ("[2020-02-28 TO 2020-03-01]", {L: "2020-02-28", H: "2020-03-01", EL: False, EH: False}),
    ("{2020-02-28 TO 2020-03-01}", {L: "2020-02-28", H: "2020-03-01", EL: True, EH: True}),
    ("[2020-02-28 TO 2020-03-01}", {L: "2020-02-28", H: "2020-03-01", EL: False, EH: True}),
    ("{2020-02 TO 2020-04]", {L: "2020-02", H: "2020-04", EL: True, EH: False}),
    ("{2020 TO *}", {L: "2020", H: None, EL: True}),
    ("[* TO 2020-03]", {L: None, H: "2020-03", EH: False}),
    ("[2020 to 2021]", {L: "2020", H: "2021"}),
    ("[2020 HASTA 2021]", {L: "2020", H: "2021"}),
    ("[ 2020 TO 2021 ]", {L: "2020", H: "2021"}),
    # GitHub's and Kibana's a..b, both ends kept
    ("2020-02-28..2020-03-01", {L: "2020-02-28", H: "2020-03-01", EL: False, EH: False}),
    ("2020-03..", {L: "2020-03", H: None}),
    ("..2020-03", {L: None, H: "2020-03"}),
    ("*..2020", {L: None, H: "2020"}),
    ("2020..*", {L: "2020", H: None}),
    # what is no range is said, never searched as text
    ("{2020 TO", {"unreadable": True}),
    ("[2020 2021]", {"unreadable": True}),
    ("2020...2021", {"unreadable": True}),
    ("..", {"unreadable": True}),
    ("2020-02]", {"unreadable": True}),
    ("[2020-03 TO 2020-06", {"unreadable": True}),  # unclosed: the words after it are searched
    ("[ 2020-03 TO 2020-06 ]", {L: "2020-03", H: "2020-06"}),
])
def test_date_ranges(typed, expected):
    (clause,) = root(f"fecha:{typed} vacuna").clauses[:1]
    assert {name: getattr(clause, name) for name in expected} == expected
    if typed != "{2020 TO":  # an unclosed range takes the words after it: it names them
        assert root(f"fecha:{typed} vacuna").clauses[1:] == [Word("vacuna")]  # none left as text
    assert root(f"fecha:{typed}").clauses[1:] == []


@pytest.mark.parametrize("text, message, times", [
    ("(" * 20 + "x", "Faltaban 16 paréntesis", 1),
    ("(((x", "Faltaban 3 paréntesis", 1),
    ("(x", "Faltaba un paréntesis", 1),
    ("x)))", "Sobraban 3 paréntesis", 1),
    ("(" * 20 + "x" + ")" * 20, "demasiado anidados", 1),
    ("(" * 20 + "x" + ")" * 20, "Sobraba", 0),  # the closes of the groups ignored are theirs
    ("*a", "un comodín al principio necesita al menos 3 letras", 1),
    ("*", "un comodín va dentro o al final", 1),
    ("titulo:*ción", "comodín", 0),  # a wildcard with letters enough (clauses.py)
    ("salud " + "AND " * 500 + "vacuna", "Un Y/AND repetido", 1),
])
def test_each_problem_is_said_once(text, message, times):
    messages = parse(text).messages
    assert sum(message in m for m in messages) == times, messages


def _sides(operator, sides):
    return f"Un {operator} sin nada {sides} se ignoró."


# trial 33, defect 14: an operator is one problem, said once, whatever it lacks; a run (`OR OR`, `AND AND`)
# is one too, said by what it lacks, or as repeated when it lacks nothing (review33)
@pytest.mark.parametrize("text, messages", [
    ("AND OR NOT", [_sides("Y/AND", "a los lados"), _sides("O/OR", "a los lados"), _sides("NO/NOT", "detrás")]),
    ("OR", [_sides("O/OR", "a los lados")]),
    ("||", [_sides("O/OR", "a los lados")]),
    ("( OR )", [_sides("O/OR", "a los lados")]),
    ("AND", [_sides("Y/AND", "a los lados")]),
    ("AND AND", [_sides("Y/AND", "a los lados")]),
    ("OR OR", [_sides("O/OR", "a los lados")]),
    ("OR OR OR", [_sides("O/OR", "a los lados")]),
    ("AND AND AND", [_sides("Y/AND", "a los lados")]),
    ("(OR OR) salud", [_sides("O/OR", "a los lados")]),
    ("OR NOT", [_sides("O/OR", "a los lados"), _sides("NO/NOT", "detrás")]),
    ("NOT OR salud", [_sides("NO/NOT", "detrás"), _sides("O/OR", "delante")]),  # not the word «OR» excluded
    ("salud NOT AND vacuna", [_sides("NO/NOT", "detrás")]),
    # one side missing: as before
    ("OR salud", [_sides("O/OR", "delante")]),
    ("salud OR", [_sides("O/OR", "detrás")]),
    ("AND salud", [_sides("Y/AND", "delante")]),
    ("AND AND salud", [_sides("Y/AND", "delante")]),
    ("OR OR salud", [_sides("O/OR", "delante")]),
    ("salud AND", [_sides("Y/AND", "detrás")]),
    ("salud AND AND", [_sides("Y/AND", "detrás")]),
    ("salud OR OR", [_sides("O/OR", "detrás")]),
    ("(salud OR OR) vacuna", [_sides("O/OR", "detrás")]),
    ("salud AND AND OR vacuna", [_sides("Y/AND", "detrás")]),
    ("salud OR OR vacuna", ["Un O/OR repetido se ignoró."]),
    ("salud OR OR OR vacuna", ["Un O/OR repetido se ignoró."]),
    ("salud AND AND vacuna", ["Un Y/AND repetido se ignoró."]),
    ("(salud OR OR vacuna) paz", ["Un O/OR repetido se ignoró."]),
    ("salud OR vacuna", []),
])
def test_an_operator_is_said_once_with_what_it_lacks(text, messages):
    assert parse(text).messages == messages


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


def test_unknown_fields_are_named():
    assert parse("foo:bar vacuna SALUD: muy").unknown_fields == ["foo", "SALUD"]


def general_parse(text, monkeypatch):
    """Parse through the lexer and the parser, as every query did before PLAIN_WORDS."""
    with monkeypatch.context() as patched:
        patched.setattr(parser_module, "PLAIN_WORDS", re.compile(r"(?!)"))
        return parser_module.parse(text)


@pytest.mark.parametrize("text", [
    "salud", "relaciones China Rusia", "año nuevo", "Y", "paz Y seguridad", "paz O guerra",
    "NO salud", "NOT salud", "y o no", "ﬁesta", "ｖａｃｕｎａ", "  salud   pública ", "ÉXITO",
    "salud\tpública", "pingüino", "Łódź", "\u212bngström", "AND OR", "niño NIÑO",
])
def test_plain_words_parse_as_the_parser_reads_them(text, monkeypatch):
    assert parse(text) == general_parse(text, monkeypatch)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.sampled_from(["salud", "Año", "ñu", "Y", "O", "NO", "NOT", "AND", "OR", "y", "o",
                                 "a", "ﬁn", "Éxito", "x1", "-paz", "paz*", " ", "\u00a0", "  "]),
                max_size=6).map(" ".join))
def test_any_text_of_words_parses_as_the_parser_reads_it(text, monkeypatch):
    assert parse(text) == general_parse(text, monkeypatch)
