"""Tests for search.speakers.run_checks: what a run of capitalised words names instead of a person."""

import pytest

from search.speakers.people import People
from search.speakers.runs import _Runs
from search.speakers.sentences import sentences


def checks(text, context=()):
    """Return the _Runs of a sentence (with the document's other sentences as context) and its tokens."""
    tokens = sentences(text)[0]
    return _Runs(tokens, [token.lower() for token in tokens], People([text, *context])), tokens


def at(tokens, words):
    """Return (start, end) of words among tokens."""
    words = words.split()
    start = next(i for i in range(len(tokens)) if tokens[i:i + len(words)] == words)
    return start, start + len(words)


# (sentence, the run, its check, what it says)
CASES = [
    ("La farmacéutica Johnson & Johnson anunció su vacuna.", "Johnson", "in_firm_name", True),
    ("Lo dijo Ana Gil ayer.", "Ana Gil", "in_firm_name", False),
    ("El presidente habló en «State of the Union» ayer.", "State of the Union", "quoted_title", True),
    ("El homenaje a “Don Tigre” fue ayer.", "Don Tigre", "quoted_title", True),
    ("Lo afirmó según “Juan” un vecino.", "Juan", "quoted_title", False),  # a source under a false name
    ("Habló El Ministerio de Salud (Minsa) ayer.", "Minsa", "abbreviation", True),
    ("Lo dijo Ana Gil ayer.", "Ana", "abbreviation", False),
    ("Gil ha dicho que no.", "Gil", "before_verb", True),
    ("Gil come pan.", "Gil", "before_verb", False),
    ("con BBC Mundo indica el informe.", "Mundo", "medium_before", True),
    ("La cantante MS Nina actuó.", "Nina", "medium_before", False),  # a short one: a stage name
    ("Migración Segura, Ordenada y Regular fue el lema.", "Regular", "listed", True),
    ("Lo dijo Ana Gil ayer.", "Gil", "listed", False),
]


@pytest.mark.parametrize("text, run, check, expected", CASES)
def test_what_a_run_names_instead(text, run, check, expected):
    found, tokens = checks(text)
    start, end = at(tokens, run)
    method = getattr(found, check)
    if check in ("before_verb",):
        assert method(end) is expected
    elif check in ("medium_before", "listed"):
        assert method(start) is expected
    else:
        assert method(start, end) is expected


@pytest.mark.parametrize("text, words, expected", [
    ("La Seguridad Social pagó.", ["Seguridad", "Social"], True),
    ("Lo dijo Ana Gil ayer.", ["Ana", "Gil"], False),
])
def test_no_person(text, words, expected):
    found, tokens = checks(text)
    assert found.no_person(at(tokens, " ".join(words))[0], words) is expected
