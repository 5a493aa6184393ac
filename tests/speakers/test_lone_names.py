"""A lone name's cues for and against a person (search.speakers.lone_names), and what personhood decides with them.
Rows of my own wording, other names, other shapes, negatives included."""

import pytest

from search.speakers.evidence import Evidence
from search.speakers.lone_names import body_cue, person_cue
from search.speakers.personhood import BODY, PERSON, Personhood


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Lo cuenta Zelmira, una vecina del barrio, en su carta.", "Zelmira", "apposition"),
        ("Lo cuenta Zelmira, la periodista que destapó el caso.", "Zelmira", "apposition"),
        ("Lo explicó la escritora Zelmira en la feria.", "Zelmira", "person noun before"),
        ("Según Zelmira, quien lo vio todo, fue de noche.", "Zelmira", "quien"),
        ("Zelmira volvió a la ciudad.\nAllí la esperaban sus hijos.", "Zelmira", "relative"),
        ('Zelmira lo dijo claro: "Yo no pienso irme".', "Zelmira", "first person"),
        ('Zelmira lo dijo en la radio: "Gracias por esperarme".', "Zelmira", "first person"),
        # negatives: a body's noun, a plural quotation, nothing at all
        ("Lo publicó la consultora Zelmira en abril.", "Zelmira", None),
        ('Zelmira lo dijo en un comunicado: "Seguiremos trabajando".', "Zelmira", None),
        ("Zelmira, la firma de moda, lo anunció.", "Zelmira", None),
        ("Según Zelmira, las ventas caen.", "Zelmira", None),
    ],
)
def test_cues_for_a_person(text, word, expected):
    assert person_cue(text, word) == expected


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("De acuerdo con datos de Cifrala, el paro bajó.", "Cifrala", "source of figures"),
        ("Un informe de Cifrala dice que el paro bajó.", "Cifrala", "source of figures"),
        ("La encuesta elaborada por Cifrala lo confirma.", "Cifrala", "source of figures"),
        ("Según las estadísticas del Cifrala, bajó.", "Cifrala", "source of figures"),
        ("Cifrala S.A. aseguró que pagará.", "Cifrala", "firm's suffix"),
        ("Cifrala Group aseguró que pagará.", "Cifrala", "firm's suffix"),
        ("Lo anunció en Cifrala.com este lunes.", "Cifrala", "web domain"),
        ("Plataformas como Cifrala ya lo cobran.", "Cifrala", "instance of bodies"),
        ("Entre las compañías que lo estudian, algunas como Cifrala lo descartan.", "Cifrala", "instance of bodies"),
        # an instance of people, or `como` past the sentence, is no cue
        ("Vecinos como Cifrala ya lo pagan.", "Cifrala", None),
        ("Las empresas pagan. Como Cifrala dijo, es caro.", "Cifrala", None),
        # negatives: a person's words, the figures' source is someone else, a name that only opens a sentence
        ("Cifrala dijo que los datos de Eurostat mienten.", "Cifrala", None),
        ("Cifrala aseguró que pagará.", "Cifrala", None),
        ("Los datos de Eurostat, dijo Cifrala, mienten.", "Cifrala", None),
    ],
)
def test_cues_against_a_person(text, word, expected):
    assert body_cue(text, word) == expected


def kind(paragraphs: list[str], word: str) -> str:
    return Personhood(Evidence(paragraphs)).kind([word])[0]


@pytest.mark.parametrize(
    "paragraphs, word, expected",
    [
        # a cue against and none for: a body, in a news item and in the line that credits it
        (["Titular", "De acuerdo con datos de Votalia, el partido sube.", "Votalia asegura que seguirá."],
         "Votalia", BODY),
        (["Titular", "Votalia S.L. asegura que seguirá con la encuesta."], "Votalia", BODY),
        # a cue for a person beats one against
        (["Titular", "Según un estudio de Ortuella, quien dirige el laboratorio, sube.", "Ortuella dijo que sí."],
         "Ortuella", PERSON),
        (["Titular", "Con datos de Ortuella, el paro baja.", 'Ortuella insiste: "Yo lo medí".'], "Ortuella",
         PERSON),
        # no cue either way: a person's, as before (a stage name, a character introduced by the name alone)
        (["Titular", "Ortuella dio un concierto en Vigo.", "Ortuella dijo que volverá."], "Ortuella", PERSON),
    ],
)
def test_a_lone_name_is_decided_by_its_cues(paragraphs, word, expected):
    assert kind(paragraphs, word) == expected
