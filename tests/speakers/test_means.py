"""`quiere decir` means, it does not say (`Esto quiere decir que…`, `lo cual quiere decir que…`): no statement, so
the person followed is not carried onto it (search.speakers.reporting.led_infinitive). Kind 2 of issue 14's round 16,
a statement carried to the person followed. `quiso decir`, `ha querido decir` keep a speaker's intent. Rows of my own
wording."""

import pytest

from search.speakers import paragraph_speakers

INTRO = ["Puertos", "«La corrupción es el problema», dijo el alcalde Ramón Trejo."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Esto quiere decir que los puertos pueden ser concesionados.", []),
        ("Eso quiere decir que las tarifas subirán en enero.", []),
        ("Además, quiere decir que los contratos siguen vigentes.", []),
        ("La cifra es alta, lo cual quiere decir que el plan fracasó.", []),
        ("Los datos quieren decir que la deuda crece.", []),
        # a person's words or intent stay theirs
        ("Trejo ha querido decir que no habrá recortes.", ["Ramón Trejo"]),
        ("Esto, según Trejo, quiere decir que el plan fracasó.", ["Ramón Trejo"]),
        ("Trejo quiso dejar claro que no habrá recortes.", ["Ramón Trejo"]),
    ],
)
def test_quiere_decir_is_no_statement(line, expected):
    assert paragraph_speakers([*INTRO, line])[2] == expected
