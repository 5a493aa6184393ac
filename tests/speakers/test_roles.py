"""Tests for search.speakers.roles: the role written right before a name."""

import pytest

from search.speakers.roles import is_role, role_before


@pytest.mark.parametrize(
    "before, kind, gender",
    [
        ("El periodista de investigación griego ", "persona", "m"),
        ("Ayer la luchadora ", "persona", "f"),
        ("según el ministro de Hacienda, ", "ministro", "m"),
        ("con el estratega del equipo ", "entrenador", "m"),
    ],
)
def test_role_before_a_name(before, kind, gender):
    [role] = role_before(before)
    assert (role.kind, role.gender) == (kind, gender)


@pytest.mark.parametrize("before", ["El libro de ", "La obra de Picasso y ", "visitó ", "el Comité de ", ""])
def test_no_role_before_a_name(before):
    assert role_before(before) == []


@pytest.mark.parametrize("word, expected", [("ministro", True), ("exministra", True), ("estratega", True),
                                            ("luchadora", True), ("mesa", False)])
def test_is_role(word, expected):
    assert is_role(word) is expected
