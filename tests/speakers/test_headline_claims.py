"""Tests for search.speakers.headline_claims: a headline that sums up a claim its lead credits to someone, with a
verb that is no verb of saying (`Ruiz vincula…`, `llama a X a…`, `intensifica sus críticas`), in news. Rows of my
own wording, other names and shapes, with negatives (a visit, an opening, a phone call, someone the lead does not
credit, a novel)."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import Kind
from search.speakers.headline_claims import claim_at

LEAD = "La alcaldesa de Soria, Ana Gil Pardo, pidió este lunes a los vecinos que voten en la consulta sobre el parque."
LATER = "«Es un día histórico», dijo Gil."


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Ana Gil vincula el cierre del parque a la sequía", ["Ana Gil Pardo"]),
        ("Gil llama a los vecinos a una votación masiva", ["Ana Gil Pardo"]),
        ("Ana Gil define la consulta como histórica", ["Ana Gil Pardo"]),
        ("Gil intensifica sus críticas a la Diputación", ["Ana Gil Pardo"]),
        ("Alcaldesa de Soria atribuye el cierre a la sequía", ["Ana Gil Pardo"]),  # a role for the subject
        ("Sequía y cierre: Gil redobla sus advertencias", ["Ana Gil Pardo"]),  # a kicker before a colon
        ("Sequía y cierre: el parque abre", []),
        # negatives: no claim; a call that is a phone call; the lead credits someone else
        ("Ana Gil visita el parque de la Dehesa", []),
        ("Ana Gil inaugura el parque", []),
        ("Ana Gil llama a su madre desde el parque", []),
        ("Gil intensifica sus visitas a los barrios", []),
        ("Tomás Rey vincula el cierre del parque a la sequía", []),
        ("El Ayuntamiento vincula el cierre del parque a la sequía", []),
    ],
)
def test_a_headline_that_sums_up_a_claim_is_the_leads_speakers(headline, expected):
    assert paragraph_speakers([headline, LEAD, LATER])[0] == expected


def test_a_novels_first_line_is_no_headline():
    paragraphs = ["Ana Gil vincula el cierre del parque a la sequía", LEAD, LATER] + ["Llovía."] * 3
    assert paragraph_speakers(paragraphs, Kind(short=True, news=False))[0] == []


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        ("gil atribuye el brote a una granja", 1, True),
        ("gil convoca a los vecinos a votar", 1, True),
        ("gil llama a su hija", 1, False),
        ("gil redobla sus advertencias", 1, True),
        ("gil redobla sus esfuerzos", 1, False),
        ("gil inaugura el puerto", 1, False),
    ],
)
def test_claim_at(words, index, expected):
    assert claim_at(words.split(), index) is expected
