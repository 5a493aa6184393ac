"""Tests for search.speakers.genders: a person's gender as the document tells it."""

import pytest

from search.speakers.genders import introduced_gender, name_gender, tokens_gender
from search.speakers.people import Person


@pytest.mark.parametrize(("tokens", "expected"), [
    # a person's tokens are folded (search.speakers.names.fold_name)
    (["ana", "gil"], "f"), (["luis", "mora"], "m"), (["carmen", "diaz"], "f"), (["borja", "sanz"], "m"),
    (["gil"], None),  # a surname alone tells nothing
    # given names that break the -a/-o rule, as Faker's lists of women's and men's names tell (given_name_genders.txt)
    (["itziar", "olano"], "f"), (["anahi", "rios"], "f"), (["madison", "kerr"], "f"), (["chema", "ortiz"], "m"),
])
def test_a_given_name_tells_the_gender(tokens, expected):
    assert tokens_gender(tokens) == expected


@pytest.mark.parametrize(("before", "expected"), [
    (["la", "perredista"], "f"), (["el", "independiente"], "m"), (["la", "ecologista"], "f"),
    (["la", "quisiera"], None),  # a clitic before a verb is no article
    (["daba", "crédito"], None),
])
def test_the_article_of_a_person_noun_before_a_name_tells_the_gender(before, expected):
    assert introduced_gender(before) == expected


def test_the_document_word_goes_before_the_given_name():
    assert name_gender(Person(["francis", "pirin"], "Francis Pirín", gender="f")) == "f"
    assert name_gender(Person(["francis", "pirin"], "Francis Pirín")) == "m"
