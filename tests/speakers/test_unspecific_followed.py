"""An unspecific noun for a person (`el experto`) after the person followed spoke stands for them, in news, before
someone met earlier whose office is compatible (search.speakers.people.People.by_role): kind 2 of issue 14's round 16,
a quotation carried to a second person. Rows of my own wording."""

import pytest

from search.speakers import paragraph_speakers

EARLIER = ["Vacunas y fiebre", "«Es normal», le explica el profesor Marcos Vela, de la Universidad del Norte."]


@pytest.mark.parametrize(
    ("followed", "closing", "expected"),
    [
        (["«Las dosis se toleran bien», aclara el virólogo Iván Soto.", "Soto también alerta de que el miedo influye."],
         "«La mente pesa mucho», dice el experto.", ["Iván Soto"]),
        (["«No hay riesgo», sostiene el inmunólogo Hugo Prats.", "Prats añade que la segunda dosis protege más."],
         "«Conviene descansar», recomienda el experto.", ["Hugo Prats"]),
        # another gender than the person followed: not them
        (["«Las dosis se toleran bien», aclara la viróloga Inés Soto.", "Soto también alerta de que el miedo influye."],
         "«La mente pesa mucho», dice el experto.", ["Marcos Vela"]),
        # a complement that only the earlier one fits: the earlier one
        (["«Las dosis se toleran bien», aclara el virólogo Iván Soto.", "Soto también alerta de que el miedo influye."],
         "«La mente pesa mucho», dice el experto de la Universidad del Norte.", ["Marcos Vela"]),
    ],
)
def test_the_expert_is_the_person_followed(followed, closing, expected):
    assert paragraph_speakers([*EARLIER, *followed, closing])[-1] == expected


def test_the_expert_introduced_as_such_keeps_the_noun():
    paragraphs = ["Vacunas y fiebre", "«Es normal», le explica el experto Marcos Vela, de la Universidad del Norte.",
                  "«Las dosis se toleran bien», aclara el virólogo Iván Soto.",
                  "Soto también alerta de que el miedo influye.", "«La mente pesa mucho», dice el experto."]
    assert paragraph_speakers(paragraphs)[-1] == ["Marcos Vela"]
