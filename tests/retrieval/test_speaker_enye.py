"""`orador:` keeps ñ, as every search does (`año` is not `ano`): Peña is not Pena."""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "enye", {"a.txt": (
            '"No me arrepiento", dijo el expresidente Enrique Peña Nieto.\n\n'
            'El senador Ricardo Pena afirmó que "la reforma avanza".\n')})) as opened:
        yield opened


PEÑA, PENA = "a.txt#1", "a.txt#2"


@pytest.mark.parametrize("query, speaker, ids", [
    ("orador:Pena", None, {PENA}),
    ("orador:pena", None, {PENA}),
    ("orador:Peña", None, {PEÑA}),
    ("orador:PEÑA", None, {PEÑA}),
    ("orador:peña-nieto", None, {PEÑA}),
    ('orador:"Enrique Peña Nieto"', None, {PEÑA}),
    ('orador:"Enrique Pena Nieto"', None, set()),
    ("orador:Nieto", None, {PEÑA}),
    ("orador:Pe*", None, {PEÑA, PENA}),
    ("orador:Peñ*", None, {PEÑA}),
    ("orador:(Peña OR Pena)", None, {PEÑA, PENA}),
    ("", "Pena", {PENA}),
    ("", "Peña", {PEÑA}),
    ("", "Ricardo", {PENA}),
    # trial 19: several words, one missing its ñ, are the person's folded key (`enrique pena
    # nieto`): searched as typed they found him, where one word alone found no one
    ("", "Enrique Pena Nieto", set()),
    ("orador:(Enrique Pena Nieto)", None, set()),
    ("orador:Enrique orador:Pena", None, set()),
    ("", "Ricardo Peña", set()),
    ("", "Ricardo Pena", {PENA}),
    # a typo is counted with the ñ, as in words: `Penna` is two from Peña, one from Pena
    ("orador:Penna", None, {PENA}),
    ("orador:Peñna", None, {PEÑA, PENA}),  # one from each (a letter dropped)
])
def test_speaker_filters_keep_enye(index, query, speaker, ids):
    results = search(index, query, speaker=speaker)
    assert {hit.id for hit in results.hits} == ids


@pytest.fixture(scope="module")
def enye_only(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "enye-only", {"a.txt": (
            '"No me arrepiento", dijo el expresidente Enrique Peña Nieto.\n\n'
            '"Da pena ver las calles vacías", dijo Juan Núñez.\n')})) as opened:
        yield opened


# Trial 19: `orador:Pena`, with only Enrique Peña Nieto in the archive, found nothing and said
# «"Pena" es Enrique Peña Nieto, pero no habla en ningún párrafo que cumpla lo demás»: there
# was nothing else; the ñ had kept him out. The tip says so, with the name as written.
@pytest.mark.parametrize("query, speaker, written", [
    ("orador:Pena", None, "«Peña»"),
    ("orador:pena", None, "«Peña»"),
    ('orador:"Enrique Pena Nieto"', None, "«Enrique Peña Nieto»"),
    ("", "Pena Nieto", "«Peña Nieto»"),
    ("vacuna orador:Pena", None, "«Peña»"),
])
def test_a_name_missing_its_enye_is_told_so(enye_only, query, speaker, written):
    results = search(enye_only, query, speaker=speaker)
    assert results.total == 0
    said = " ".join(results.tips)
    assert "ñ" in said and written in said, said
    assert "no habla en ningún párrafo" not in said


def test_a_name_with_its_enye_still_gets_the_usual_tip(enye_only):
    said = " ".join(search(enye_only, "vacuna orador:Peña").tips)
    assert "«Peña» es Enrique Peña Nieto, pero no habla" in said


# Trial 19: a search of a speaker filter alone (`--speaker Zapata`, the page's `?orador=Zapata`
# with an empty box) that found nothing said nothing of the name: advise stopped at the empty text.
@pytest.mark.parametrize("speaker, said", [
    ("Zapata", "Ningún orador del índice se llama «Zapata»"),
    ("Pena", "«Pena» no es Enrique Peña Nieto"),
])
def test_a_speaker_filter_alone_that_finds_nothing_says_why(enye_only, speaker, said):
    results = search(enye_only, "", speaker=speaker)
    assert results.total == 0 and said in " ".join(results.tips)
    # one problem, one line (trial33): the name is the cause; the summary names the filter in force
    assert len(results.tips) == 1 and f"orador «{speaker}»" in results.filters


# Trial 19: the keys fold ñ, so a typo was counted without it: `orador:Penna` (one typo from
# `pena`) found Enrique Peña Nieto, while `orador:Pena` found no one. Counted with the ñ as a
# letter, as `ninos` finds `niños`: one typo from 5 letters (`Nunez` is Núñez), none below.
@pytest.mark.parametrize("query, speaker, ids", [
    ("orador:Nunez", None, {"a.txt#2"}),
    ("orador:nunez", None, {"a.txt#2"}),
    ("", "Juan Nunez", {"a.txt#2"}),
    ("orador:Núñez", None, {"a.txt#2"}),
    ("orador:Penna", None, set()),  # two typos from Peña
    ('orador:"Enrique Penna Nieto"', None, set()),
    ("orador:Pena", None, set()),  # none allowed at 4 letters
    ("orador:Nunes", None, set()),  # two: the ñ and the s
    # review 19: a quoted whole name is that person's key but for the ñ, so the rule was skipped and
    # `"Juan Nunez"` found no one, with the tip «es Juan Núñez, pero no habla…»
    ('orador:"Juan Nunez"', None, {"a.txt#2"}),
    ("", '"Juan Nunez"', {"a.txt#2"}),
    ('orador:"Juan Nunes"', None, set()),
    ('orador:"Enrique Pena Nieto"', None, set()),
])
def test_a_typo_of_a_name_counts_its_enye(enye_only, query, speaker, ids):
    results = search(enye_only, query, speaker=speaker)
    assert {hit.id for hit in results.hits} == ids
    if ids and "ñ" not in query:
        assert "se buscó a quien más se le parece: Juan Núñez" in " ".join(results.messages)


# Review 19: a name past its typos once the ñ counts (`Nunes`, two from Núñez) found no one, and the
# tip said «"Nunes" es Juan Núñez, pero no habla en ningún párrafo que cumpla lo demás»: the tip
# judged the respelled name without the ñ, where the search had judged it with it.
@pytest.mark.parametrize("query, speaker", [
    ("orador:Nunes", None),
    ('orador:"Juan Nunes"', None),
    ("", "Juan Nunes"),
    ("orador:Penna", None),
])
def test_a_name_past_its_typos_is_not_said_to_be_the_person(enye_only, query, speaker):
    said = " ".join(search(enye_only, query, speaker=speaker).tips)
    assert "no habla en ningún párrafo" not in said and "la ñ cuenta" in said, said
