"""A middle initial ends no name (search.speakers.namewords.known_tail): `Richard W. Bloomingdale` stays one run though
someone else with the surname was met before, where a run of two names glued together is split at the known one.
Issue 14, round 20: a name form the mention finder cut. Rows of my own wording."""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(("lines", "expected"), [
    (["Tom Keller, un elector de Ohio, dijo que votará temprano.",
      "«Hoy votamos», dijo Walter J. Keller, presidente del sindicato."],
     [["Tom Keller"], ["Walter J. Keller"]]),
    (["Ana Prieto dijo que el plan avanza.", "Luisa M. Prieto aseguró que no hay fondos."],
     [["Ana Prieto"], ["Luisa M. Prieto"]]),
    # negative: a name met before still parts a run of two names glued together
    (["Tomás Varela dijo que firmará.", "En el acto, Igor Klimenko Varela ha destacado que el acuerdo llega tarde."],
     [["Tomás Varela"], ["Tomás Varela"]]),
])
def test_a_middle_initial_keeps_the_surname_in_the_name(lines, expected):
    assert paragraph_speakers(["Titular", *lines])[1:] == expected
