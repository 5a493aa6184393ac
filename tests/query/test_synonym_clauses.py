"""Synonyms in a search (synonym_clauses.py): found, ranked below the word typed, said and marked."""

import json
import re

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import rank_ids, search
from tests.conftest import build_texts_index
from web import create_app

MEXICO = """Conferencia en México

El uso del cubrebocas es obligatorio en el transporte público, dijo el subsecretario.

Se repartieron tapabocas en las escuelas de la ciudad, uno por alumno.

La computadora del alumno y su celular se perdieron en el camión.
"""
SPAIN = """Nota de Madrid

Las mascarillas serán obligatorias en el metro desde el lunes.

El ordenador de la oficina y el teléfono móvil del ministro.

La orden del juez llegó por la mañana.
"""


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return build_texts_index(tmp_path_factory, "synonyms", {
        "mx.txt": MEXICO, "es.txt": SPAIN,
        "tramites.txt": "Trámites\n\nRenovó su licencia de manejo en la delegación.\n"})


@pytest.fixture
def index(index_dir):
    with open_index(index_dir) as opened:
        yield opened


def texts(results):
    return [hit.snippet for hit in results.hits]


@pytest.mark.parametrize("typed, first, others, said", [
    ("tapabocas", "repartieron tapabocas", ["cubrebocas es", "mascarillas serán"], "cubrebocas, mascarilla"),
    ("Tapabocas", "repartieron tapabocas", ["cubrebocas es", "mascarillas serán"], "cubrebocas, mascarilla"),
    ("mascarilla", "mascarillas serán", ["cubrebocas es", "repartieron tapabocas"], "cubrebocas, tapabocas"),
    ("computadora", "computadora del alumno", ["ordenador de la"], "ordenador"),
    ("celular", "su celular", ["teléfono móvil"], "teléfono celular, móvil, teléfono móvil"),
    ("teléfono móvil", "teléfono móvil", ["su celular"], "celular, teléfono celular, móvil"),
])
def test_a_word_finds_its_synonyms_after_its_own_paragraphs(index, typed, first, others, said):
    results = search(index, typed)
    assert first in texts(results)[0]
    assert all(any(other in text for text in texts(results)[1:]) for other in others)
    assert results.hits[0].score > max(hit.score for hit in results.hits[1:])
    assert f"También se buscó: {said}." in results.messages


# The marks a word is typed with are no part of it, as the analyzer has them: a question's `?`
# (one or a run), Spanish `¿`, brackets, a comma (`«…»` quote a phrase, which keeps none)
# (trial 18b: `tapabocas???` found 2 paragraphs, `tapabocas` 84)
@pytest.mark.parametrize("typed, said", [
    ("tapabocas???", "cubrebocas, mascarilla"),
    ("¿tapabocas?", "cubrebocas, mascarilla"),
    ("(Tapabocas),", "cubrebocas, mascarilla"),
    ("tapabocas!", "cubrebocas, mascarilla"),
    ("'mascarillas';", "cubrebocas, tapabocas"),
    ("¿teléfono móvil?", "celular, teléfono celular, móvil"),  # a run's first and last words
    ("¿celular?", "teléfono celular, móvil, teléfono móvil"),
])
def test_the_marks_around_a_typed_word_keep_its_synonyms(index, typed, said):
    assert f"También se buscó: {said}." in search(index, typed).messages
    assert {hit.id for hit in search(index, typed.strip("¿?(),!';")).hits} == {
        hit.id for hit in search(index, typed).hits}


@pytest.mark.parametrize("typed", ['"cubrebocas"', "cubrebocas*", "cubrebocas~",
                                   "titulo:cubrebocas", "orden"])
def test_what_keeps_no_synonyms(index, typed):
    results = search(index, typed)
    assert not any(message.startswith("También se buscó") for message in results.messages)
    assert not any("mascarillas" in text for text in texts(results))


@pytest.mark.parametrize("question, top", [
    ("¿Dónde se repartieron las mascarillas?", ["mx.txt#3", "es.txt#2"]),  # `tapabocas` with `repartieron`
    ("¿Quién perdió el ordenador?", ["es.txt#3", "mx.txt#4"]),  # the word as typed, then its synonym
])
def test_a_questions_synonyms_add_to_its_ranking(index, question, top):
    assert rank_ids(index, question)[:2] == top


@pytest.mark.parametrize("typed, found", [
    ("permiso de conducir", ["tramites.txt#2"]),  # `licencia de manejo`: a stop word inside
    ("carné de conducir renovó", ["tramites.txt#2"]),
    ("ministro -(teléfono móvil)", []),
    ("alumno -(teléfono móvil)", ["mx.txt#3"]),  # `celular` is excluded with it
])
def test_runs_of_words_with_synonyms(index, typed, found):
    assert sorted(hit.id for hit in search(index, typed).hits) == found


@pytest.mark.parametrize("typed, found, said, as_typed", [
    ("obligatorio -tapabocas", [], "cubrebocas, mascarilla", 2),  # Elasticsearch: must_not, synonym_graph
    ("obligatorio NOT tapabocas", [], "cubrebocas, mascarilla", 2),
    ("escuelas -mascarilla", [], "cubrebocas, tapabocas", 1),
    ("alumno -celular", ["mx.txt#3"], "teléfono celular, móvil, teléfono móvil", 1),
    ('obligatorio -"tapabocas"', ["es.txt#2", "mx.txt#2"], None, 2),  # quoted: as typed only
    ("obligatorio -tapabocas*", ["es.txt#2", "mx.txt#2"], None, 2),
])
def test_an_excluded_word_excludes_its_synonyms(index, typed, found, said, as_typed):
    results = search(index, typed)
    assert sorted(hit.id for hit in results.hits) == found
    assert not any(message.startswith("También se buscó") for message in results.messages)
    assert (f"También se excluyó: {said}." in results.messages) if said else not any(
        message.startswith("También se excluyó") for message in results.messages)
    assert search(index, typed, synonyms=False).total == as_typed


@pytest.mark.parametrize("typed, found", [
    ("cubrebocas -mascarilla", ["mx.txt#2"]),  # trial33: searched and excluded each other
    ("mascarilla -cubrebocas", ["es.txt#2"]),
    ("tapabocas -cubrebocas", ["mx.txt#3"]),  # mascarilla, a synonym of both, neither
    ("(cubrebocas OR tapabocas) -mascarilla", ["mx.txt#2", "mx.txt#3"]),
])
def test_synonyms_typed_with_opposite_signs_are_taken_as_typed(index, typed, found):
    results = search(index, typed)
    assert sorted(hit.id for hit in results.hits) == found
    assert not any(message.startswith(("También se buscó", "También se excluyó")) for message in results.messages)


def test_expansion_can_be_turned_off(index):
    results = search(index, "cubrebocas", synonyms=False)
    assert texts(results) == [hit.snippet for hit in search(index, '"cubrebocas"').hits]
    assert not any(message.startswith("También se buscó") for message in results.messages)


def test_the_synonym_is_marked_in_the_snippet(index):
    hits = search(index, "cubrebocas").hits
    marked = {hit.snippet[start:end].lower() for hit in hits for start, end in hit.highlights}
    assert {"cubrebocas", "tapabocas", "mascarillas"} <= marked


def test_every_word_is_still_required(index):
    assert texts(search(index, "cubrebocas metro")) == [
        "Las mascarillas serán obligatorias en el metro desde el lunes."]


def test_a_users_file_in_the_index_folder_counts_and_its_bad_lines_are_said(index_dir):
    (index_dir / "sinonimos.txt").write_text("ministro, subsecretario\nsolo\n", encoding="utf-8")
    try:
        with open_index(index_dir) as index:
            results = search(index, "subsecretario")
        assert "También se buscó: ministro." in results.messages
        assert any("sinonimos.txt, línea 2" in message for message in results.messages)
        assert len(results.hits) == 2
    finally:
        (index_dir / "sinonimos.txt").unlink()


# A word typed with a hyphen is the rule's words (as phrase_words reads a rule), whichever way
# the rule goes (trial 18b: `López-Gatell, subsecretario` gave `López-Gatell` nothing)
@pytest.mark.parametrize("typed, found", [
    ("López-Gatell", ["mx.txt#2"]),
    ("lopez-gatell?", ["mx.txt#2"]),
    ("SARS-CoV-2", ["mx.txt#3", "mx.txt#4"]),
    ("covid-19", ["mx.txt#3", "mx.txt#4"]),
    ("covid 19", ["mx.txt#3", "mx.txt#4"]),  # as the index reads `covid-19`
])
def test_a_word_with_a_hyphen_is_its_rules_words(index_dir, typed, found):
    (index_dir / "sinonimos.txt").write_text("López-Gatell => subsecretario\nsars-cov-2, covid-19 => alumno\n",
                                              encoding="utf-8")
    try:
        with open_index(index_dir) as index:
            assert sorted(hit.id for hit in search(index, typed).hits) == found
    finally:
        (index_dir / "sinonimos.txt").unlink()


def test_the_cli_says_and_turns_off_synonyms(runner, index_dir, tmp_path):
    said = runner.invoke(main, ["search", "tapabocas", "--index", str(index_dir)])
    assert said.exit_code == 0 and "También se buscó: cubrebocas, mascarilla." in said.output
    off = runner.invoke(main, ["search", "tapabocas", "--sin-sinonimos", "--json", "--index", str(index_dir)])
    assert json.loads(off.output)["total"] == 1
    mine = tmp_path / "mios.txt"
    mine.write_text("alumno => ministro\n=> nada\n", encoding="utf-8")
    extra = runner.invoke(main, ["search", "alumno", "--synonyms", str(mine), "--json", "--index", str(index_dir)])
    body = json.loads(extra.output)
    assert "También se buscó: ministro." in body["messages"] and body["total"] == 3
    assert any(f"{mine}, línea 2" in message for message in body["messages"])


def test_the_page_says_it_and_its_checkbox_turns_it_off(index_dir):
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    try:
        client = app.test_client()
        html = client.get("/?q=tapabocas").get_data(as_text=True)
        assert '<p class="notice">También se buscó: cubrebocas, mascarilla.</p>' in html
        assert 'name="sinonimos" type="checkbox" value="no" >' in html
        off = client.get("/?q=tapabocas&sinonimos=no").get_data(as_text=True)
        assert "También se buscó" not in off and 'value="no" checked' in off
        assert client.get("/api/search?q=tapabocas&sinonimos=no").get_json()["total"] == 1
        assert client.get("/?q=tapabocas&sinonimos=quizas").status_code == 400
        # the page's cache of results keeps no answer an edited sinonimos.txt changed
        (index_dir / "sinonimos.txt").write_text("tapabocas => alumno\n", encoding="utf-8")
        html = client.get("/?q=tapabocas").get_data(as_text=True)
        assert "También se buscó: cubrebocas, mascarilla, alumno." in html
    finally:
        app.extensions["hemeroteca"].close()
        (index_dir / "sinonimos.txt").unlink(missing_ok=True)


@pytest.mark.parametrize("args, marked", [
    ("q=tapabocas", {"tapabocas", "cubrebocas"}),
    ("q=tapabocas&sinonimos=no", {"tapabocas"}),
    ("q=%C2%BFtapabocas%3F", {"tapabocas", "cubrebocas"}),  # ¿tapabocas?
])
def test_the_document_page_marks_the_synonyms_the_search_found(index_dir, args, marked):
    # trial 18b: a hit found by `cubrebocas` for `tapabocas` opened on a page that marked
    # only `tapabocas`, not the word that made it a hit
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    try:
        html = app.test_client().get(f"/doc/mx.txt?{args}").get_data(as_text=True)
    finally:
        app.extensions["hemeroteca"].close()
    assert set(re.findall(r"<mark>([^<]*)</mark>", html)) == marked
