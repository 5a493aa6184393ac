"""Tests for search.storage.store_speakers: one name per person, people apart from roles."""

from search.text.folding import speaker_key
from tests.storage.test_store import add


def test_speaker_variants_merge_under_one_name(store):
    add(store, "a.txt", ["uno", "dos"], speakers={1: ["José Luis Alomía Zegarra"],
                                                  2: ["Pregunta"]})
    add(store, "b.txt", ["tres"], speakers={1: ["Jose Luis Alomia Zegarra"]})
    assert store.speaker_table() == [
        ("José Luis Alomía Zegarra", 2, "2020-01-02", "2020-01-02", True),
        ("Pregunta", 1, "2020-01-02", "2020-01-02", False),
    ]


def test_a_rare_accented_typo_does_not_name_the_person(store):
    right, typo = "Gustavo Reyes Terán", "Gustavo Reyés Terán"
    add(store, "a.txt", [str(n) for n in range(20)], speakers={n: [right] for n in range(1, 21)})
    add(store, "b.txt", ["uno"], speakers={1: [typo]})
    add(store, "c.txt", ["dos", "tres"], speakers={1: ["Hugo Lopez"], 2: ["Hugo López"]})
    add(store, "d.txt", ["cuatro"], speakers={1: ["Hugo Lopez"]})
    names = store.speaker_names()
    assert names[speaker_key(typo)] == right  # 1 against 20: the frequent spelling
    assert names[speaker_key("Hugo Lopez")] == "Hugo López"  # 1 against 2: accents win


def test_typos_of_a_frequent_name_are_that_person(store):
    name, typo = "Andrés Manuel López Obrador", "Andrés Manel López Obrador"
    add(store, "a.txt", [str(n) for n in range(40)], speakers={n: [name] for n in range(1, 41)})
    add(store, "b.txt", ["uno", "dos"], speakers={1: [typo], 2: ["Ana Gil"]})
    assert store.speaker_table()[0][:2] == (name, 41)
    assert store.speaker_names()[speaker_key(typo)] == name
