"""One list of name particles (search.text.folding.NAME_PARTICLES), and each use's stated difference from it."""

import pytest

from search.query import speakers as query_speakers
from search.speakers import labels, names, namewords
from search.speakers.capital_runs import CapitalRuns
from search.speakers.people import People
from search.text.folding import NAME_PARTICLES


def runs(text):
    tokens = text.split()
    return [tokens[start:end] for start, end in CapitalRuns(tokens, [t.lower() for t in tokens], People()).raw()]


@pytest.mark.parametrize("used, left_out", [
    (names.PARTICLES, {"i"}),
    (namewords.PARTICLES, {"y", "e", "i", "al"}),
    (labels.NAME_PARTICLES, set()),
    (query_speakers.NAME_PARTICLES, {"al", "bin", "das", "degli", "dei", "della", "delle", "dello", "den", "der",
                                     "do", "dos", "i", "ibn", "le"}),
])
def test_each_use_is_the_one_list_less_its_stated_difference(used, left_out):
    assert used == NAME_PARTICLES - left_out


@pytest.mark.parametrize("capitals, name", [
    ("JUAN CARLOS I", "Juan Carlos I"),  # `i` is no particle here: a regnal number
    ("PIERO DELLA FRANCESCA", "Piero della Francesca"),
    ("MOHAMED BIN SALMAN", "Mohamed bin Salman"),
    ("LUIZ INÁCIO LULA DA SILVA", "Luiz Inácio Lula da Silva"),
])
def test_proper_case_keeps_particles_lower_case(capitals, name):
    assert names.proper_case(capitals) == name


@pytest.mark.parametrize("text, expected", [
    ("coincidieron Maradona y Maluma", [["Maradona"], ["Maluma"]]),  # `y` joins two people
    ("vinieron Jordi i Marta", [["Jordi"], ["Marta"]]),
    ("habló Piero della Francesca", [["Piero", "della", "Francesca"]]),
    ("habló Pieter van der Berg", [["Pieter", "van", "der", "Berg"]]),
])
def test_runs_join_a_name_by_its_particles_not_two_people_by_a_conjunction(text, expected):
    assert runs(text) == expected


@pytest.mark.parametrize("words, refused", [
    (["de", "la"], True), (["van", "der"], False), (["dos"], False), (["al"], False), (["della"], False),
    (["y"], True), (["du"], True),
])
def test_a_speaker_filter_of_particles_alone_is_refused_unless_a_surname_may_be_one(words, refused):
    assert query_speakers.only_particles(words) is refused
