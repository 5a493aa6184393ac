"""A noun of a person the role lexicon lacks, by its ending (`la neumóloga`, `el politólogo`, `la investigadora`),
closing a quotation in news is the person followed if of its gender, else the last of its gender to speak with no
known role; never a person of the other gender (search.speakers.subject_after): kind 2 of issue 14's round 16, a
quotation credited to a second person. Rows of my own wording."""

import pytest

from search.speakers import paragraph_speakers

BEFORE = ["Medir el oxígeno en casa",
          "Lucía Marín, cardióloga de un hospital de la capital, explica que el aparato mide la luz.",
          "«Es fiable», afirma el doctor Pablo Ferrán, vicepresidente de la sociedad médica."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La respuesta es que sí, siempre que haya “un seguimiento médico en el domicilio”, señala la cardióloga.",
         ["Lucía Marín"]),
        ("«Conviene medirlo dos veces al día y anotar los valores», advierte la cardióloga del hospital.",
         ["Lucía Marín"]),
        # the noun fits the man followed: his
        ("«Conviene medirlo dos veces al día y anotar los valores», advierte el neumólogo.", ["Pablo Ferrán"]),
    ],
)
def test_a_described_person_closing_a_quotation_is_of_its_gender(line, expected):
    assert paragraph_speakers([*BEFORE, line])[-1] == expected


def test_no_woman_spoke_before_then_no_one():
    paragraphs = ["Medir el oxígeno", "«Es fiable», afirma el doctor Pablo Ferrán.",
                  "«Conviene medirlo dos veces al día y anotar los valores», advierte la cardióloga del hospital."]
    assert paragraph_speakers(paragraphs)[-1] == []
