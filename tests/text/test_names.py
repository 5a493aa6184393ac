"""Tests for search.text.names: people or generic labels, and one person, one name across an archive."""

import pytest

from search.text.folding import speaker_key
from search.text.names import is_person, person_keys


def keys(counts):
    return {speaker_key(name): count for name, count in counts.items()}


@pytest.mark.parametrize(
    "counts, variant, person",
    [
        # typos in a frequent speaker's name: a letter lost, two words glued, a letter doubled
        ({"Andrés Manuel López Obrador": 1500, "Andrés Manel López Obrador": 6}, "Andrés Manel López Obrador",
         "Andrés Manuel López Obrador"),
        ({"Andrés Manuel López Obrador": 1500, "ANDRÉSMANUEL LÓPEZ OBRADOR": 3}, "ANDRÉSMANUEL LÓPEZ OBRADOR",
         "Andrés Manuel López Obrador"),
        ({"Hugo López-Gatell Ramírez": 28000, "Hugo López-Gatel Ramírez": 47}, "Hugo López-Gatel Ramírez",
         "Hugo López-Gatell Ramírez"),
        ({"Gady Zabicky Sirot": 345, "Gady Zadicky Sirot": 47}, "Gady Zadicky Sirot", "Gady Zabicky Sirot"),
        # a name that leaves out a given name, when only one longer name holds it
        ({"José Ernesto Ramírez González": 62, "Ernesto Ramírez González": 76}, "Ernesto Ramírez González",
         "José Ernesto Ramírez González"),
    ],
)
def test_variants_join_their_person(counts, variant, person):
    assert person_keys(keys(counts)) == {speaker_key(variant): speaker_key(person)}


@pytest.mark.parametrize(
    "counts",
    [
        # two real people with close names, both frequent
        {"Ana Gil Soto": 50, "Ana Gil Sota": 30},
        # short names are too close to one another to fix
        {"Ana Gil": 500, "Ana Gal": 2},
        # a rare name close to two frequent ones is neither
        {"Luis Pérez Martín": 90, "Luis Pérez Marín": 80, "Luis Pérez Marzín": 2},
        # two longer names hold the shorter one
        {"Ernesto Ramírez González": 10, "José Ernesto Ramírez González": 40, "Luis Ernesto Ramírez González": 30},
    ],
)
def test_close_names_of_different_people_stay_apart(counts):
    assert person_keys(keys(counts)) == {}


def test_people_who_speak_together_stay_apart():
    counts = keys({"Marta Ibáñez Castro": 300, "Marta Ibáñez Casto": 20})
    together = {frozenset({speaker_key("Marta Ibáñez Castro"), speaker_key("Marta Ibáñez Casto")})}
    assert person_keys(counts) != {}
    assert person_keys(counts, lambda a, b: frozenset({a, b}) in together) == {}


@pytest.mark.parametrize(
    "name, expected",
    [("Hugo López-Gatell Ramírez", True), ("Álvarez", True), ("Pregunta", False), ("Voz", False),
     ("Presidente", False), ("Ministra de Hacienda", False), ("I", False), ("Presidenta Claudia Sheinbaum", True)],
)
def test_is_person(name, expected):
    assert is_person(name) is expected
