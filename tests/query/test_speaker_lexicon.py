"""The speaker field's lexicon: a name's words, the keys that hold them, respellings, initials."""

import pytest

from search.query.speaker_lexicon import SpeakerWords, holding, initials, name_words, respelled_words, speaker_words

KEYS = ["ana perez", "ana maria lopez", "hugo lopez gatell ramirez", "andres manuel lopez obrador"]


def test_speaker_words_maps_each_word_to_its_keys():
    words = speaker_words(["ana perez", "ana maria lopez"])
    assert words["ana"] == ["ana perez", "ana maria lopez"] and words["lopez"] == ["ana maria lopez"]


def test_name_words_drop_marks_at_their_edges():
    assert name_words("(López-Gatell), «O'Donnell»") == ["lopez", "gatell", "o'donnell"]
    # trial 18: a label pasted with its dialogue dash or bullet (`— Periodista`) names its words alone
    assert name_words("— Periodista") == name_words("• Periodista") == name_words("– Periodista —") == ["periodista"]


@pytest.mark.parametrize("asked, prefix, in_order, expected", [
    (["ana"], False, False, {"ana perez", "ana maria lopez"}),
    (["lopez", "ana"], False, False, {"ana maria lopez"}),  # every word, in any order
    (["lopez", "ana"], False, True, set()),  # as a phrase: in that order only
    (["lopez", "ob"], True, True, {"andres manuel lopez obrador"}),  # the last word's start
    (["lopez", "ob"], False, False, set()),
    (["nadie"], False, False, set()),
])
def test_holding_finds_the_keys_with_every_word(asked, prefix, in_order, expected):
    assert holding(SpeakerWords(KEYS), asked, prefix, in_order) == expected


@pytest.mark.parametrize("asked, expected", [
    (["lopes"], ["lopez"]),  # one typo from a word the lexicon holds
    (["ana", "peres"], ["ana", "perez"]),
    (["lopez"], None),  # nothing to respell
    (["xyzwvq"], None),  # no word near enough
    (["ane"], None),  # too short for a typo
])
def test_respelled_words_take_the_nearest_held_word(asked, expected):
    assert respelled_words(SpeakerWords(KEYS), asked) == expected


def test_initials_are_the_first_letters_of_a_names_words():
    words = SpeakerWords(KEYS)
    assert initials("andres manuel lopez obrador") == "amlo"
    assert words.initials_of("amlo") == {"andres manuel lopez obrador"} and words.initials_of("zz") == set()
