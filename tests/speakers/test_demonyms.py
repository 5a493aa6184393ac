"""Tests for search.speakers.demonyms: the demonyms roles and descriptions share."""

import pytest

from search.speakers import lexicon as lex
from search.speakers.demonyms import MORE_DEMONYMS
from search.speakers.people import parse_role


@pytest.mark.parametrize("words, country", [
    ("presidente checo", "chequia"),
    ("primera ministra eslovena", "eslovenia"),
    ("canciller croata", "croacia"),
    ("embajador neozelandés", "nueva_zelanda"),
    ("ministro español", "españa"),  # the lexicon's own, unchanged
])
def test_a_role_reads_the_nationality_of_any_demonym(words, country):
    assert parse_role(words.split()).country == country


def test_the_lexicon_reads_every_demonym_as_its_table_says():
    assert all(lex.COUNTRIES[word] == country for word, country in MORE_DEMONYMS.items())
