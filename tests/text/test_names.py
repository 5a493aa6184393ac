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
        # one letter apart, but the differing word is a surname other people of the archive bear
        {"Alberto Fernández": 900, "Alberto Hernández": 14, "Ana Hernández": 40, "Luis Hernández Soto": 30,
         "Diego Hernández": 25},
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


def evidence(together=(), roles=(), documents=()):
    """Return (apart, same) from an Evidence of names (not keys), for person_keys."""
    from search.text.roles import Evidence

    found = Evidence([tuple(map(speaker_key, pair)) for pair in together],
                     [(speaker_key(name), docno, role) for name, docno, role in roles],
                     [(speaker_key(name), docno) for name, docno in documents])
    return found.apart, found.same


@pytest.mark.parametrize(
    "counts, roles, documents, variant, person",
    [
        # close counts, the same role: a surname one or two letters off
        ({"Rosa Díaz Leonardi": 62, "Rosa Díaz Leonradi": 30},
         [("Rosa Díaz Leonardi", 1, "jefa gobierno ciudad mexico"),
          ("Rosa Díaz Leonradi", 2, "jefa gobierno ciudad mexico")], [], "Rosa Díaz Leonradi", "Rosa Díaz Leonardi"),
        # a given name left out by a stray comma in the label (`TERESA SOLÍS, VEGA, SECRETARIA …`)
        ({"Teresa Solís Vega": 31, "Teresa Solís": 17},
         [("Teresa Solís Vega", 1, "secretaria general consejo cultura"),
          ("Teresa Solís", 2, "vega secretaria general consejo cultura")], [], "Teresa Solís", "Teresa Solís Vega"),
        # a typo more frequent than the right spelling: the one whose words other names bear shows
        ({"Ernesto Ramíirez González": 89, "Ernesto Ramírez González": 76, "Luis Ramírez Soto": 5,
          "Ana Ramírez Gil": 3},
         [("Ernesto Ramíirez González", 1, "titular unidad desarrollo tecnologico indre"),
          ("Ernesto Ramírez González", 2, "titular unidad desarrollo tecnologico investigacion molecular")],
         [], "Ernesto Ramíirez González", "Ernesto Ramírez González"),
        # glued words, the same role
        ({"Juan Carlos Mora Vega": 40, "Juancarlos Mora Vega": 25},
         [("Juan Carlos Mora Vega", 1, "gobernador colima"), ("Juancarlos Mora Vega", 2, "gobernador colima")],
         [], "Juancarlos Mora Vega", "Juan Carlos Mora Vega"),
        # a short label never introduced, mistyping the given name of the person its document introduced
        ({"José Luis Mora Vega": 62, "Jorge Luis Mora Vega": 25},
         [("José Luis Mora Vega", 5, "titular unidad desarrollo tecnologico")],
         [("José Luis Mora Vega", 5), ("Jorge Luis Mora Vega", 5)], "Jorge Luis Mora Vega", "José Luis Mora Vega"),
    ],
)
def test_the_documents_join_close_spellings_whatever_the_counts(counts, roles, documents, variant, person):
    apart, same = evidence(roles=roles, documents=documents)
    assert person_keys(keys(counts)).get(speaker_key(variant)) is None  # the counts alone don't
    assert person_keys(keys(counts), apart, same)[speaker_key(variant)] == speaker_key(person)


@pytest.mark.parametrize(
    "counts, roles, documents",
    [
        # one surname, different given names and different offices
        ({"Gabriel García Rodríguez": 206, "Gabriela Rodríguez": 17},
         [("Gabriel García Rodríguez", 1, "director centro operativo contingencias copac"),
          ("Gabriela Rodríguez", 2, "secretaria general consejo nacional poblacion conapo")], []),
        # a frequent name and a rare close one, introduced with different offices: the counts alone would join them
        ({"Andrés Molina Ortega": 900, "Andrés Molina Ortiga": 20},
         [("Andrés Molina Ortega", 1, "secretario hacienda"), ("Andrés Molina Ortiga", 2, "director aduanas")], []),
        # different given names and no role to say otherwise: two people, whatever the counts
        ({"Mario Ortega Salinas": 900, "María Ortega Salinas": 30}, [], []),
        ({"Pablo Ruiz Olmedo": 400, "Paula Ruiz Olmedo": 20}, [], []),
        # the same role but names too far apart to be one spelling
        ({"Rosa Díaz León": 60, "Lucía Prado Ruiz": 30},
         [("Rosa Díaz León", 1, "jefa gobierno ciudad mexico"),
          ("Lucía Prado Ruiz", 2, "jefa gobierno ciudad mexico")], []),
        # introduced and never introduced, but in no shared document
        ({"José Luis Mora Vega": 62, "Jorge Luis Mora Vega": 25},
         [("José Luis Mora Vega", 5, "titular unidad desarrollo tecnologico")], [("Jorge Luis Mora Vega", 6)]),
    ],
)
def test_the_documents_keep_close_names_of_different_people_apart(counts, roles, documents):
    apart, same = evidence(roles=roles, documents=documents)
    assert person_keys(keys(counts), apart, same) == {}


@pytest.mark.parametrize(
    "counts, variant, person",
    [
        # a role word inside the name, mistyped so that labels could not take it out
        ({"Andrés Manuel López Obrador": 900, "Presdidente Andrés Manuel López Obrador": 3},
         "Presdidente Andrés Manuel López Obrador", "Andrés Manuel López Obrador"),
        ({"Claudia Ruiz Massieu": 90, "Senadora Claudia Ruiz Massieu": 4}, "Senadora Claudia Ruiz Massieu",
         "Claudia Ruiz Massieu"),
        # a split name (`Vene-gas`)
        ({"Manuel Venegas Ruiz": 68, "Manuel Vene Gas Ruiz": 15}, "Manuel Vene Gas Ruiz", "Manuel Venegas Ruiz"),
    ],
)
def test_role_words_and_split_names_join_their_person(counts, variant, person):
    assert person_keys(keys(counts)) == {speaker_key(variant): speaker_key(person)}
