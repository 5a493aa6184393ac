"""Precision in real news (issue 14, round 11): a plural or unnamed source is not the person met before; a name
inside a quoted title speaks not. Our own wording, other names."""

import pytest

from search.speakers import paragraph_speakers

INTRO = "«El plan es firme», ha señalado Lucía Barrenechea, directora de la fundación."


@pytest.mark.parametrize("sentence, expected", [
    # a plural verb after a quotation is never the one person met before
    ("«Los precios bajarán», afirman fuentes de la fundación.", []),
    ("«Los precios bajarán», aseguraron portavoces del ministerio.", []),
    ("«No hubo aviso», dijeron vecinos del barrio.", []),
    ("«No hubo aviso», explicaron.", []),
    # a singular verb with no subject is still hers
    ("«No hubo aviso», explicó.", ["Lucía Barrenechea"]),
    ("«Los precios bajarán», afirma la directora.", ["Lucía Barrenechea"]),
    # a plural verb that opens a quotation is inside it, not a credit
    ("«Dicen que bajarán los precios, pero no lo creo», asegura.", ["Lucía Barrenechea"]),
])
def test_a_plural_source_after_a_quotation_is_not_the_person_met_before(sentence, expected):
    assert paragraph_speakers(["Titular", INTRO, sentence])[2] == expected
