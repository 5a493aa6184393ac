"""The other written form of a title before a name (search/query/honorifics.py)."""

import pytest

from search.query.honorifics import other_forms


@pytest.mark.parametrize("typed, forms", [
    ("Dr.", ["doctor"]),
    ("Dr", ["doctor"]),
    ("DRA.", ["doctora"]),
    ("doctor", ["dr"]),
    ("Doctora", ["dra"]),
    ("Sr.", ["señor"]),
    ("señora", ["sra"]),
    ("Srta.", ["señorita"]),
    ("Lic.", ["licenciado"]),
    ("Ing.", ["ingeniero"]),
    ("Mtra.", ["maestra"]),
    ("Gral.", ["general"]),
    ("Pdte.", ["presidente"]),
    ("senor", []),  # ñ counts: `senor` is no title
    ("Gob.", []),  # `gob` is also coronavirus.gob.mx: left alone
    ("vacuna", []),
    ("", []),
])
def test_a_title_gives_its_other_form(typed, forms):
    assert other_forms(typed) == forms
