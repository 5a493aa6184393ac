"""Tests for search.text.short_forms: a short form of a name is the person of the longer name across an archive,
unless the counts or the documents say two people."""

import pytest

from search.text.folding import speaker_key
from search.text.names import person_keys
from search.text.roles import Evidence


def keys(counts):
    return {speaker_key(name): count for name, count in counts.items()}


def people(counts, spoken=(), roles=()):
    """Return {name: the name of its person} for every name of counts, decided with the documents given:
    spoken [(name, docno)] and roles [(name, docno, role)]."""
    evidence = Evidence((), [(speaker_key(name), docno, role) for name, docno, role in roles], (),
                        [(speaker_key(name), docno) for name, docno in spoken])
    joined = person_keys(keys(counts), evidence.apart, evidence.same, evidence.one_document)
    by_key = {speaker_key(name): name for name in counts}
    return {name: by_key[joined.get(speaker_key(name), speaker_key(name))] for name in counts}


@pytest.mark.parametrize(
    "counts, short, full",
    [
        # given name and first surname, against both surnames: the longer is more frequent
        ({"Marisol Quintana Berrio": 4, "Marisol Quintana": 1}, "Marisol Quintana", "Marisol Quintana Berrio"),
        ({"Teodoro Lizárraga Umaña": 260, "Teodoro Lizárraga": 7}, "Teodoro Lizárraga", "Teodoro Lizárraga Umaña"),
        # both surnames without the given name, a hyphened surname alone (keyed as two words)
        ({"Ramiro Ortuño-Vilches Sanz": 900, "Ortuño-Vilches": 2}, "Ortuño-Vilches", "Ramiro Ortuño-Vilches Sanz"),
        ({"Nerea Ibarluzea Goiri": 35, "Ibarluzea Goiri": 3}, "Ibarluzea Goiri", "Nerea Ibarluzea Goiri"),
        # a lone surname that only one person of the archive bears
        ({"Nerea Ibarluzea Goiri": 35, "Ibarluzea": 2}, "Ibarluzea", "Nerea Ibarluzea Goiri"),
        # a lone surname after given names only, a particle between
        ({"Fermín José de Arrillaga": 30, "Arrillaga": 3}, "Arrillaga", "Fermín José de Arrillaga"),
        # one given name of two: the longer names nest (the one with one given name is the same person)
        ({"Anselmo Prieto Valcárcel": 23, "Anselmo Jacinto Prieto Valcárcel": 6, "Anselmo Prieto": 1},
         "Anselmo Prieto", "Anselmo Jacinto Prieto Valcárcel"),
        # a mistyped spelling of the longer name is the same person, no second one holding the short form
        ({"Rubén Escalante Ordaz": 1000, "Rubén Escalante Ordas": 40, "Escalante Ordaz": 1}, "Escalante Ordaz",
         "Rubén Escalante Ordaz"),
    ],
)
def test_a_short_form_is_the_person_of_the_longer_name(counts, short, full):
    found = people(counts)
    assert found[short] == full
    assert found[full] == full  # the fullest frequent form names the person


@pytest.mark.parametrize(
    "counts, spoken, roles, short",
    [
        # a document gives both as two speakers (a father and a son, two namesakes)
        ({"Eusebio Lardizábal Roca": 6, "Eusebio Lardizábal": 2},
         [("Eusebio Lardizábal Roca", 1), ("Eusebio Lardizábal", 1)], (), "Eusebio Lardizábal"),
        # their turn labels give them different roles
        ({"Eusebio Lardizábal Roca": 6, "Eusebio Lardizábal": 2}, (),
         [("Eusebio Lardizábal Roca", 1, "gobernador de Tamaulipas"), ("Eusebio Lardizábal", 2, "rector universidad")],
         "Eusebio Lardizábal"),
        # both frequent, of comparable counts, in other documents: two people as likely as one
        ({"Carmelo Urquiza": 40, "Carmelo Urquiza Fonseca": 30},
         [("Carmelo Urquiza", 1), ("Carmelo Urquiza Fonseca", 2)], (), "Carmelo Urquiza"),
        # the short form speaks more often than the longer name
        ({"Carmelo Urquiza": 5, "Carmelo Urquiza Fonseca": 3}, (), (), "Carmelo Urquiza"),
        # two longer names hold the short form, and neither nests in the other: a father and a son, two brothers
        ({"Baltasar Iturbe": 2, "Baltasar Iturbe Mora": 50, "Baltasar Iturbe Salcedo": 40}, (), (), "Baltasar Iturbe"),
        ({"Iturbe": 2, "Baltasar Iturbe": 50, "Gonzalo Iturbe": 40}, (), (), "Iturbe"),
        # a second surname alone: many people bear it, and no one is called by it alone
        ({"Nerea Ibarluzea Goiri": 350, "Goiri": 9}, (), (), "Goiri"),
        # given names alone, rare, may be anyone's
        ({"José Antonio Urbieta Sanz": 5, "José Antonio": 3}, (), (), "José Antonio"),
        # a lone given name is nobody's short form, nor a lone word of a longer name that opens with no given name
        ({"Anacleto": 2, "Anacleto Berrueta Sanz": 50}, (), (), "Anacleto"),
        ({"Berrueta": 2, "Comisión Berrueta Sanz": 50}, (), (), "Berrueta"),
    ],
)
def test_a_short_form_stays_apart_when_the_archive_says_two_people(counts, spoken, roles, short):
    assert people(counts, spoken, roles)[short] == short
