"""The lookup of a word's synonyms (synonyms.py): written forms, number, accents, files."""

import pytest

from search.query.synonyms import SHIPPED, Synonyms, searched_synonyms, synonyms_for, synonyms_state, word_key


@pytest.mark.parametrize("typed, expected", [
    (["Tapabocas"], ["cubrebocas", "mascarilla"]),
    (["CUBREBOCA"], ["tapabocas", "mascarilla"]),
    (["mascarillas"], ["cubrebocas", "tapabocas"]),
    (["teléfonos", "móviles"], ["celular"]),
    (["licencia", "de", "conducir"], ["carné de conducir"]),
    (["orden"], []),  # `ordenador`'s stem, no synonym of `computadora`
    (["cómputo"], []),  # `computadora`'s stem
    (["de"], []),
])
def test_words_are_matched_by_written_form_and_number_not_stem(typed, expected):
    synonyms = Synonyms.of_text("cubrebocas, cubreboca, tapabocas, mascarilla\n"
                                "celular, teléfono móvil\ncomputadora, ordenador\n"
                                "licencia de conducir => carné de conducir")
    assert [found.shown for found in synonyms.of_words(typed)] == expected


def test_a_rule_is_applied_once_so_a_cycle_is_no_loop():
    synonyms = Synonyms.of_text("a1 => b1\nb1 => a1\nb1 => c1")
    assert [found.shown for found in synonyms.of_words(["a1"])] == ["b1"]
    assert [found.shown for found in synonyms.of_words(["b1"])] == ["a1", "c1"]


def test_the_shipped_list_reads_without_a_problem():
    synonyms = synonyms_for(None, shipped=SHIPPED)
    assert synonyms.problems == [] and synonyms
    assert word_key("Tapabocas") == word_key("tapaboca")


def test_the_index_folder_file_counts_from_the_next_search(tmp_path):
    assert not synonyms_for(tmp_path, shipped=None)
    (tmp_path / "sinonimos.txt").write_text("guagua, autobús\n", encoding="utf-8")
    assert [found.shown for found in synonyms_for(tmp_path, shipped=None).of_words(["guagua"])] == ["autobús"]


@pytest.mark.parametrize("typed, found", [
    ("jugo", True), ("Jugo", True), ("JUGO", True), ("zumos", True),
    ("jugó", False), ("JUGÓ", False),  # played: an accent typed is an accent meant
    ("papá", True), ("papa", True),  # typed without accents, a word is searched with any
])
def test_an_accent_typed_must_be_the_rules(typed, found):
    synonyms = Synonyms.of_text("jugo, zumo\npapá => padre")
    assert bool(synonyms.of_words([typed])) is found


def test_a_search_option_names_the_synonyms_in_force_and_their_problems_once(tmp_path):
    messages = []
    assert searched_synonyms(tmp_path, False, messages) is None and messages == []
    assert searched_synonyms(tmp_path, True, messages).of_words(["tapabocas"]) and messages == []
    missing = tmp_path / "mios.txt"
    for _ in range(2):  # a search's every attempt asks again: the problem is said once
        assert searched_synonyms(tmp_path, missing, messages).of_words(["tapabocas"])  # the shipped list still
    assert messages == [f"Sinónimos: no existe el archivo {missing}; se buscó sin él."]


def test_a_files_bad_lines_are_counted_together_whichever_reading_found_them():
    # trial 18b: two lines the parser refused and two of stop words only were all listed
    # (the bound of SHOWN_PROBLEMS counted each reading apart), the count named no file
    synonyms = Synonyms.of_text("=> a\nvirus, virus\nsalud, sanidad\na, b\nel, c\n", "mis.txt")
    assert [problem.split(":")[1] for problem in synonyms.problems] == [
        " mis.txt, línea 1", " mis.txt, línea 2", " mis.txt, línea 4", " mis.txt"]
    assert synonyms.problems[-1] == "Sinónimos: mis.txt: y 1 línea más que no se pudo leer; se ignoró."
    assert [found.shown for found in synonyms.of_words(["salud"])] == ["sanidad"]


def test_a_search_given_the_files_already_looked_at_uses_them(tmp_path):
    """A server keys its cache by synonyms_state: given it, the search looks at no file again."""
    (tmp_path / "sinonimos.txt").write_text("guagua, autobús\n", encoding="utf-8")
    state = synonyms_state(tmp_path)
    assert searched_synonyms(tmp_path, state, []) is searched_synonyms(tmp_path, True, [])
    assert [found.shown for found in searched_synonyms(None, state, []).of_words(["guagua"])] == ["autobús"]
