"""Roles parsed from the words of a role noun, and how well one answers another."""

import pytest

from search.speakers.role_parse import Role, compatible, parse_role, same_field


@pytest.mark.parametrize("words, kind, country", [
    ("canciller ruso", "canciller", "rusia"),
    ("ministro de exteriores de rusia", "canciller", "rusia"),  # a foreign minister is a chancellor
    ("director técnico", "entrenador", None),
    ("jefe de estado", "presidente", None),
    ("primera ministra", "jefe_gobierno", None),
    ("exministra de sanidad", "ex", None),
])
def test_parse_role(words, kind, country):
    role = parse_role(words.split())
    assert (role.kind, role.country) == (kind, country)


@pytest.mark.parametrize("words", ["casa blanca", "número de casos", "primer día", "alto el fuego"])
def test_words_that_name_no_role(words):
    assert parse_role(words.split()) is None


def test_gender_comes_from_the_noun():
    assert parse_role(["ministra"]).gender == "f"
    assert parse_role(["ministro"]).gender == "m"


@pytest.mark.parametrize("asked, known, fits", [
    (Role("canciller", "rusia", frozenset()), Role("canciller", "rusia", frozenset()), True),
    (Role("canciller", "rusia", frozenset()), Role("canciller", "china", frozenset()), False),  # another country
    (Role("ministro", None, frozenset(), "f"), Role("ministro", None, frozenset(), "m"), False),  # another gender
    (Role("ministro", None, frozenset()), Role("ex", None, frozenset()), False),  # a former office
])
def test_compatible(asked, known, fits):
    assert (compatible(asked, known) > 0) is fits


@pytest.mark.parametrize("asked, known, same", [
    ({"economía"}, {"asuntos", "económicos"}, True),  # one stem
    ({"hacienda"}, {"hacienda"}, True),
    ({"sanidad"}, {"exteriores"}, False),
])
def test_same_field(asked, known, same):
    assert same_field(frozenset(asked), frozenset(known)) is same
