"""Tests for search.speakers.names: folding keys and proper case."""

import pytest

from search.speakers.names import fold_name, proper_case, speaker_key


@pytest.mark.parametrize(
    "first, second",
    [
        ("José Luis Alomía Zegarra", "JOSE LUIS ALOMIA ZEGARRA"),
        ("Hugo López-Gatell Ramírez", "HUGO LÓPEZ-GATELL RAMÍREZ"),
        ("María Elena Álvarez-Buylla", "MARÍA ELENA ÁLVAREZ BUYLLA"),
    ],
)
def test_speaker_key_merges_spellings(first, second):
    assert speaker_key(first) == speaker_key(second)


@pytest.mark.parametrize(
    "name, expected",
    [("JOSÉ LUIS ALOMÍA ZEGARRA", "José Luis Alomía Zegarra"), ("MARÍA DE LA LUZ", "María de la Luz"),
     ("CONOR O'NEILL", "Conor O'Neill"), ("Ya en Minúsculas", "Ya en Minúsculas")],
)
def test_proper_case(name, expected):
    assert proper_case(name) == expected


def test_fold_name_drops_accents_and_enye():
    assert fold_name("Ibáñez MUÑOZ") == "ibanez munoz"
