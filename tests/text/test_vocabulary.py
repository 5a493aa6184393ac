"""Tests for search.text.vocabulary: common words set in capitals, and given names that are words too."""

import pytest

from search.text.vocabulary import COMMON_WORDS, is_common_noun, is_vocabulary_word, is_word_name


@pytest.mark.parametrize(
    ("word", "common", "word_name", "common_noun"),
    [
        # common nouns, however capitalised, singular or plural
        ("Cosecha", True, False, True), ("COSECHA", True, False, True), ("Noticias", True, False, True),
        # given names that are words too: alone, they name no one
        ("Sol", True, True, False), ("Luz", True, True, False), ("Soledad", True, True, False),
        ("Dolores", True, True, False),
        # given names that are no words, and surnames that are (kept out: `Rubio`, `Blanco`)
        ("Xiomara", False, False, False), ("Rubio", False, False, False), ("Blanco", False, False, False),
        ("Pineda", False, False, False),
    ],
)
def test_vocabulary(word, common, word_name, common_noun):
    assert (is_vocabulary_word(word), is_word_name(word), is_common_noun(word)) == (common, word_name, common_noun)


def test_the_vocabulary_is_a_few_thousand_lower_case_words():
    assert 3000 < len(COMMON_WORDS) < 10000 and all(word == word.lower() for word in COMMON_WORDS)
