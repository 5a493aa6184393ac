"""Words that attribute an opinion without a verb of saying, as read through the lexicon."""

import pytest

from search.speakers import lexicon as lex
from search.speakers import opinions


@pytest.mark.parametrize("name", ["ATTRIBUTION_OPENERS", "POSSESSIVE_OPENERS", "OPINION_NOUNS", "STANCES",
                                  "STANCE_COPULAS", "STANCE_COMPLEMENTS", "STANCES_ALONE", "STANCES_ANYWHERE",
                                  "CRITICAL", "STANCE_DEGREES", "STANCE_ENDS", "PLURAL_COPULAS"])
def test_the_lexicon_reads_the_same_lists(name):
    assert getattr(lex, name) is getattr(opinions, name)


@pytest.mark.parametrize(
    "words, expected",
    [
        (("según",), True),
        (("de", "acuerdo", "con"), True),
        (("a", "decir", "del"), True),
        (("a", "favor", "de"), False),
    ],
)
def test_attribution_openers(words, expected):
    assert (words in opinions.ATTRIBUTION_OPENERS) is expected


def test_opinion_openers_join_the_possessive_ones():
    assert ("su", "convicción", "es") in opinions.POSSESSIVE_OPENERS
    assert ("en", "sus", "palabras") in opinions.POSSESSIVE_OPENERS
    assert "escéptica" in opinions.STANCES
    # `La situación es crítica`: `crítica` is a stance only before `con` (clauses.stance), never one alone
    assert "crítica" in opinions.CRITICAL and "crítica" not in opinions.STANCES_ALONE
