"""A demonstrative role (`este profesor`) points at the person named last, a few sentences back, if of its gender and
office (search.speakers.people.People.by_role), before the person followed: kind 2 of issue 14's round 16, a
quotation carried to the earlier speaker past a person just introduced (`No opina igual X, un concejal… «…», sostiene
este profesor`). Rows of my own wording."""

import pytest

from search.speakers import paragraph_speakers

FOLLOWED = ["Tensión en el pueblo", "«No cambiaremos», explica Andrés Nowak, de 52 años."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("No opina igual Luis Prado, un concejal liberal que votó en contra. El clima está enrarecido. «Esto nos "
         "hunde», sostiene este profesor de Historia.", ["Luis Prado"]),
        ("Tampoco lo cree Mario Sanz, vecino del barrio. «Nadie nos escucha», lamenta este profesor jubilado.",
         ["Mario Sanz"]),
        # the person named last is of the other gender: the person followed
        ("Lo visitó la alcaldesa Rosa Lima. «Esto nos hunde», sostiene este profesor de Historia.", ["Andrés Nowak"]),
        # no one named since: the person followed
        ("«Esto nos hunde», sostiene este profesor de Historia.", ["Andrés Nowak"]),
    ],
)
def test_a_demonstrative_role_points_at_the_person_named_last(line, expected):
    assert paragraph_speakers([*FOLLOWED, line])[2] == expected
