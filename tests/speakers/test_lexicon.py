"""Tests for search.speakers.lexicon: the word lists agree with each other."""

from search.speakers import lexicon as lex


def test_feminine_and_masculine_role_nouns_pair_up():
    assert {"ministra", "presidenta", "alcaldesa", "jueza"} <= lex.FEMININE
    assert {"ministro", "presidente", "alcalde", "juez"} <= lex.MASCULINE
    assert not lex.FEMININE & lex.MASCULINE


def test_every_reporting_verb_form_is_lower_case():
    assert all(form == form.lower() for form in lex.SINGULAR | lex.PLURAL | lex.PARTICIPLES)
