import pytest

from search.query.phrases import contains_sequence
from search.text.analysis import phrase_forms


@pytest.mark.parametrize("text, phrase, found", [
    ("La ministra de Vivienda habló", "ministra de vivienda", True),
    ("La ministra y vivienda", "ministra de vivienda", False),
    ("Tratado de Buena Vecindad", "tratado de buena vecindad", True),
    ("Tratados de Buena Vecindad", "tratado de buena vecindad", True),
    ("Buena Vecindad de Tratado", "tratado de buena vecindad", False),
    ("relaciones chino-rusas", "chino rusas", True),
    ("cualquier cosa", "", True),
])
def test_contains_sequence(text, phrase, found):
    assert contains_sequence(phrase_forms(text), phrase_forms(phrase)) is found
