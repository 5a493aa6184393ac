import pytest

from search.indexer import build_index, open_index
from search.query import search, weighting
from search.speaker_query import name_words, speaker_query, speaker_words


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sq")
    (folder / "2020-04-01.txt").write_text(
        "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO: Buenas noches, hablemos de vacunas.\n"
        "Las vacunas llegan el lunes.\n"
        "ANA PÉREZ: ¿Y las vacunas para los niños?\n"
        "SERGEY LAVROV: Las vacunas rusas también.\n")
    build_index([folder], folder / "ix")
    with open_index(folder / "ix", weighting()) as index:
        yield index


def paragraphs(index, text, **options):
    return sorted(hit.paragraph for hit in search(index, text, **options).hits)


@pytest.mark.parametrize("text, expected", [
    ("vacunas orador:lopez", [1, 2]),
    ('vacunas orador:"López-Gatell"', [1, 2]),
    ('vacunas orador:"gatell ramirez"', [1, 2]),
    ("vacunas orador:PEREZ", [3]),
    ("vacunas orador:lav*", [4]),
    ('vacunas orador:"ana lavrov"', []),  # two people's words are no one's name
    ("vacunas orador:nadie", []),  # an unknown name filters everything out
    ("vacunas -orador:lavrov", [1, 2, 3]),
])
def test_speaker_filters_match_words_of_one_persons_name(briefing, text, expected):
    assert paragraphs(briefing, text) == expected


def test_the_speaker_option_works_the_same_way(briefing):
    assert paragraphs(briefing, "vacunas", speaker="López Gatell") == [1, 2]
    assert paragraphs(briefing, "vacunas", speaker="Sergey Ivanov") == []


def test_speaker_query_without_words_is_none(briefing):
    assert speaker_query(briefing.searcher(), "¡¿!") is None


def test_speaker_words_maps_each_word_to_its_keys():
    words = speaker_words(["ana perez", "ana maria lopez"])
    assert words["ana"] == ["ana perez", "ana maria lopez"] and words["lopez"] == ["ana maria lopez"]


def test_name_words_drop_marks_at_their_edges():
    assert name_words("(López-Gatell), «O'Donnell»") == ["lopez", "gatell", "o'donnell"]


def test_a_full_name_is_that_person_alone_as_its_facet_counts(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2020-05-05.txt").write_text(
        "ANA PÉREZ: Agua.\nANA PÉREZ GARCÍA: Agua y sal.\nLUIS GIL: Agua, dijo.\n")
    build_index([tmp_path / "docs"], tmp_path / "ix")
    with open_index(tmp_path / "ix", weighting()) as index:
        facets = search(index, "agua", facets=True).facets["speakers"]
        for facet in facets:
            assert search(index, "agua", speaker=facet["name"]).total == facet["count"]
        assert search(index, "agua", speaker="Pérez").total == 2
