"""Compounds indexed as their parts and joined (word_delimiter_graph's catenate_all):
`anti-COVID` as anti, covid and anticovid; `O'Donnell` as donnell and odonnell."""

import pytest

from search.text.analysis import exact_analyzer, spanish_analyzer
from search.text.words import catenated, joined_form

INDEXING = {"mode": "index", "boosts": True}


@pytest.mark.parametrize("text, joined", [
    ("la campaña anti-COVID", ["antiCOVID"]),
    ("la COVID-19 y el SARS-CoV-2", ["COVID19", "SARSCoV2"]),
    ("López-Gatell, López‑Gatell y López‐Gatell", ["LópezGatell"] * 3),  # -, U+2011, U+2010
    ("La comisaria O'Donnell y O’Higgins", ["ODonnell", "OHiggins"]),
    ("el sistema d'Hondt, L'Hospitalet", ["dHondt", "LHospitalet"]),
    ("relaciones chino-ruso-iraníes", ["chinorusoiraníes"]),
    ("el 31-12-2024, de 2020-2021", []),  # numbers only: dates and ranges
    ("la vacuna — dijo — llegó; a–b", []),  # dashes separate
    ("la OMS-EE.UU. y 1.500-2.000", []),  # parts with dots are no compound's
    ("anti--COVID, -covid, covid-", []),
    ("sin guion ni apóstrofo", []),
])
def test_compounds_are_found(text, joined):
    assert [word for _, _, word in catenated(text)] == joined


@pytest.mark.parametrize("text, added", [
    ("La campaña anti-COVID empezó", {"anticovid"}),
    ("La comisaria O'Donnell habló", {"odonnell"}),
    ("La COVID-19 sigue", {"covid19"}),
    ("Hugo López-Gatell", {"lopezgatell"}),
    ("La semana pos-pandemia", {"pospandemi"}),
    ("El 31-12-2024", set()),
])
def test_indexing_adds_the_joined_word_to_the_parts(text, added):
    analyzer = spanish_analyzer()
    parts = [token.text for token in analyzer(text)]
    indexed = [token.text for token in analyzer(text, **INDEXING)]
    assert indexed[:len(parts)] == parts
    assert set(indexed[len(parts):]) == added
    # Whoosh's own token stream (positions: bench/phrase_structures.py) gives the same terms
    assert [token.text for token in analyzer(text, mode="index", positions=True)] == indexed


def test_the_joined_word_has_its_first_parts_position():
    tokens = spanish_analyzer()("la campaña anti-COVID empezó", mode="index", positions=True)
    assert [(token.text, token.pos) for token in tokens] == [
        ("campañ", 1), ("anti", 2), ("covid", 3), ("empez", 4), ("anticovid", 2)]


def test_the_exact_field_indexes_the_joined_word_unstemmed():
    assert "anticovidas" in [t.text for t in exact_analyzer()("vacunas anti-covidas", **INDEXING)]


@pytest.mark.parametrize("typed, form", [
    ("anti-COVID", "anticovid"), ("O'Donnell", "odonnell"), ("O’Donnell", "odonnell"),
    ("COVID-19", "covid19"), ("anticovid", None), ("31-12-2024", None), ("anti COVID", None),
])
def test_the_joined_form_of_a_typed_word(typed, form):
    assert joined_form(typed) == form
