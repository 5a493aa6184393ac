import pytest

from search.query.word_breaks import joined, split_glued

FOUND = {"coronavirus": 900, "corona": 1, "virus": 300, "sobre": 500, "todo": 800, "sobretodo": 2,
         "covid": 500, "covid19": 8, "astrazeneca": 200, "astra": 30, "zeneca": 1, "g": 0}


def frequency(word):
    return FOUND.get(word.lower(), 0)


@pytest.mark.parametrize("pair, expected", [
    (("corona", "virus"), "coronavirus"),
    (("Astra", "Zeneca"), "astrazeneca"),
    (("sobre", "todo"), None),  # `sobretodo` is rarer than either word
    (("virus", "corona"), None),  # no such word
    (("covid", "19"), None),  # letters only
])
def test_words_typed_apart_are_joined_when_the_texts_join_them(pair, expected):
    assert joined([pair], frequency).get(pair) == expected


@pytest.mark.parametrize("word, expected", [("covid19", "covid-19"), ("COVID19", "covid-19"),
                                            ("virus2", "virus-2"), ("zeneca2", None), ("g20", None), ("covid", None)])
def test_a_glued_word_is_split_when_its_letters_are_far_more_frequent(word, expected):
    assert split_glued(word, frequency) == expected
