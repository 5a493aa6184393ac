"""The `-ra` form of a verb of saying read as a past after a temporal `que` or `quien`, and left alone elsewhere."""

import pytest

from search.speakers.subjunctive import may_tell_past, past_subjunctive


@pytest.mark.parametrize(
    "text, expected",
    [
        ("después de que X anunciara que sí", "después de que X anunció que sí"),
        ("luego de que ambos dijeran que no", "luego de que ambos dijeron que no"),
        ("X, quien advirtiera ayer del riesgo", "X, quien advirtió ayer del riesgo"),
        ("Después de que Ruiz: «anunciara»", "Después de que Ruiz: «anunciara»"),  # a colon closes the clause
        ("le rogó que confirmara la cita", "le rogó que confirmara la cita"),
        ("la Luisa anunciara", "la Luisa anunciara"),
    ],
)
def test_past_subjunctive_rewrites_only_after_a_lead(text, expected):
    assert past_subjunctive(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("después de que ruiz anunciara que sí", True),
        ("desde que la jueza advirtiera del riesgo", True),
        ("ruiz, quien dijera que no", True),
        ("le pidió que explicara el plan", False),  # a form, no lead
        ("después de que ruiz llegara a casa", False),  # a lead, no verb of saying
    ],
)
def test_may_tell_past_is_a_cheap_first_look(text, expected):
    assert may_tell_past(text, text.replace(",", " ").split()) is expected
