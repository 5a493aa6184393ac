"""Tests for search.speakers.headlines: the labels of headlines and subheadings, and headlines in capitals."""

import pytest

from search.speakers.headlines import is_heading, label_person, recased
from search.speakers.people import People

MEADE = "José Antonio Meade lo dijo."
AMLO = "Andrés Manuel López Obrador habló."


@pytest.mark.parametrize(
    "text, context, heading, expected",
    [
        # a label before quoted words names its speaker, headline or not
        ("Gil: «No habrá recortes»", ["La ministra Ana Gil lo dijo."], False, "Gil"),
        ("Presidente Francisco Sagasti: “Vamos a salir adelante”", [], False, "Francisco Sagasti"),
        # without quotation marks, only in a headline, and only before a statement
        ("Papa Francisco: El coronavirus nos enfrenta a todos con la fragilidad", [], True, "Francisco"),
        ("Papa Francisco: El coronavirus nos enfrenta a todos con la fragilidad", [], False, None),
        ("Emilia Pardo Bazán: Cuentos de amor", [], True, None),  # a title, not a statement
        # a label after the words, in a headline only
        ("Aumento a gasolina no tiene que ver con reforma: Meade", [MEADE], True, "Meade"),
        ("Aumento a gasolina no tiene que ver con reforma: Meade", [MEADE], False, None),
        ("Nuevas medidas económicas: el ministro Gil", [], True, "Gil"),  # roles before the name dropped
        ("Los de abajo van a ganar más: AMLO", [AMLO], True, "Andrés Manuel López Obrador"),  # an acronym
        ("Los de abajo van a ganar más: AMLO", [], True, None),  # that the document never spells
        ("Aumento a gasolina: Meade", [], True, None),  # a lone word the document never names
        # no labels
        ("Nota: el horario cambia mañana por la tarde en la sede", [], True, None),
        ("Agregó: «No habrá recortes»", [], True, None),
        ("Nuevas medidas económicas: dice Meade", [MEADE], True, None),  # a verb before the name
        ("La reunión empezó a las 10:30 en punto", [], True, None),
        ("Sin dos puntos no hay etiqueta", [], True, None),
    ],
)
def test_label_person(text, context, heading, expected):
    people = People([text] + context)
    found = label_person(text, people, 1, heading=lambda: heading)
    assert (found.display if found else None) == expected


def test_heading_is_asked_only_when_needed():
    """heading() may be costly: a label with quotation marks, or no label shape, never asks it."""
    asked = []

    def heading():
        asked.append(True)
        return True

    people = People(["Gil: «No habrá recortes»"])
    label_person("Gil: «No habrá recortes»", people, 1, heading=heading)
    label_person("Un párrafo sin etiqueta alguna.", people, 1, heading=heading)
    assert not asked


@pytest.mark.parametrize(
    "text, index, expected",
    [
        ("Una frase muy larga. " * 10, 0, True),  # the first paragraph, whatever it is
        ("Gil anuncia recortes en sanidad", 3, True),  # short, no full stop inside
        ("Gil anuncia recortes. Y luego más", 3, False),
        (" ".join(["palabra"] * 26), 3, False),  # too long for a subheading
        (" ".join(["palabra"] * 25), 3, True),
    ],
)
def test_is_heading(text, index, expected):
    assert is_heading(text, index) is expected


@pytest.mark.parametrize(
    "text, context, expected",
    [
        ("FRANCISCO CABEZA DE VACA OFRECE APOYO A LOS PRODUCTORES",
         ["Lo dijo Francisco Cabeza de Vaca en Reynosa."],
         "Francisco Cabeza de Vaca ofrece apoyo a los productores"),
        ("EL GOBIERNO DE MÉXICO ANUNCIA MEDIDAS", ["Llegó a México, dijo."],
         "El gobierno de México anuncia medidas"),
        ("Texto normal aquí", [], "Texto normal aquí"),  # not in capitals
        ("ONU PIDE", [], "ONU PIDE"),  # too short to tell a headline from an acronym
        ("LA ONU pide calma a todos", [], "LA ONU pide calma a todos"),  # some lower case: as written
    ],
)
def test_recased(text, context, expected):
    assert recased(text, People([text] + context)) == expected
