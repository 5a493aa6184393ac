"""One list of name particles (search.text.folding.NAME_PARTICLES), and each use's stated difference from it."""

import pytest

from search.query import speakers as query_speakers
from search.speakers import (
    appositions,
    author_lines,
    chamber_labels,
    names,
    namewords,
    paragraph_speakers,
    relays,
    written_names,
)
from search.text.folding import NAME_PARTICLES


@pytest.mark.parametrize("used, left_out", [
    (names.PARTICLES, {"i"}),
    (namewords.PARTICLES, {"y", "e", "i", "al"}),
    (author_lines.NAME_PARTICLES, set()),
    (chamber_labels.NAME_PARTICLES, set()),
    (written_names.NAME_PARTICLES, set()),
    (relays.SIGNATURE_PARTICLES, set()),
    (appositions.ALIAS_PARTICLES, set()),
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


@pytest.mark.parametrize("words, refused", [
    (["de", "la"], True), (["van", "der"], False), (["dos"], False), (["al"], False), (["della"], False),
    (["y"], True), (["du"], True),
])
def test_a_speaker_filter_of_particles_alone_is_refused_unless_a_surname_may_be_one(words, refused):
    assert query_speakers.only_particles(words) is refused


@pytest.mark.parametrize("paragraphs, expected", [
    # a voice's name read without its particles, whatever their language: the person the text introduced
    (["Fútbol", "El delantero Marcos dos Santos llegó ayer.", "Según Dos Santos, el equipo ganará."],
     [[], [], ["Marcos dos Santos"]]),
    (["Arte", "La pintora Anke van der Berg inauguró la muestra.", "Van der Berg dijo que volverá."],
     [[], [], ["Anke van der Berg"]]),
    # a nickname in quotation marks with particles is the name's apposition, not a quotation
    (["Boxeo", 'Jaime Ruiz, "El Niño de Oro", aseguró que ganará.'], [[], ["Jaime Ruiz"]]),
    (["Política", 'Ana Lobo, "La Dama del Mar", afirmó que no dimitirá.'], [[], ["Ana Lobo"]]),
])
def test_names_with_particles_still_speak(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
