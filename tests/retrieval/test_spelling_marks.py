"""Snippet marks for the spellings analyzer 4 joins (trial 12, finding 9): the whole token is marked."""

import pytest

from search.retrieval.snippets import match_spans
from search.text.words import index_form


@pytest.mark.parametrize("text, query, marked", [
    ("El secretario de Estado de EE. UU., Marco Rubio, dijo", "EE.UU.", "EE. UU."),
    ("Los EE.UU. y la Unión Europea", "EE. UU.", "EE.UU."),
    ("La comisaria O'Donnell calificó el pacto", "Donnell", "O'Donnell"),
    ("el plan costará 12,5 millones de euros", "12.5", "12,5"),
    ("Las enfermedades crónicas", "enfermedad", "enfermedades"),
    ("a la luz del día", "luces", "luz"),
])
def test_the_spelling_in_the_text_is_marked(text, query, marked):
    spans = match_spans(text, {index_form(query)})
    assert [text[start:end] for start, end, _ in spans] == [marked]
