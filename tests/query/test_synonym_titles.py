"""Synonyms searched in titles (synonym_clauses.title_synonym_term): a title that holds a
word's synonym counts as the body's synonym does, SYNONYM_WEIGHT of the typed word's own title
match, in searches and in questions; a stem another word shares is not searched there.

fix19 (stop 28's leftovers): `tapabocas` found `cubrebocas` in texts but never in titles.
"""

import pytest

from search.query.synonym_clauses import SYNONYM_WEIGHT
from search.retrieval.reader import open_index
from search.retrieval.searching import rank_ids, search
from tests.conftest import build_texts_index

TEXTS = {  # a .txt's first paragraph is its title
    "titulo_sinonimo.txt": "Cubrebocas en las escuelas\n\nSe repartieron en la plaza mayor.\n",
    "titulo_tecleado.txt": "Tapabocas en las escuelas\n\nSe repartieron en la plaza menor.\n",
    "cuerpo.txt": "Nota\n\nLa mascarilla se usa en el metro.\n",
    "orden.txt": "La orden del juez\n\nLlegó por la mañana al juzgado.\n",
    "ordenador.txt": "Nota breve\n\nEl ordenador de la oficina se apagó.\n",
    "celulas.txt": "Las células del cuerpo\n\nUn estudio de biología.\n",
    "movil.txt": "Otra nota\n\nEl móvil sonó en la sala.\n",
    "control.txt": "Nota de control\n\nSe repartieron en la plaza central.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "synonym-titles", TEXTS)) as opened:
        yield opened


def ids(results):
    return [hit.id for hit in results.hits]


@pytest.mark.parametrize("typed", ["tapabocas", "Tapabocas", "¿tapabocas?", "mascarilla"])
def test_a_title_with_a_synonym_is_found(index, typed):
    assert "titulo_sinonimo.txt#2" in ids(search(index, typed))


def test_it_weighs_what_the_body_synonym_does(index):
    """`tapabocas` is in one title: `cubrebocas` (in one title too) scores SYNONYM_WEIGHT of it."""
    scores = {hit.id: hit.score for hit in search(index, "tapabocas").hits}
    expected = SYNONYM_WEIGHT * scores["titulo_tecleado.txt#2"]
    assert scores["titulo_sinonimo.txt#2"] == pytest.approx(expected, abs=2e-4)  # scores have 4 places


@pytest.mark.parametrize("typed", ['"tapabocas"', "titulo:tapabocas", "text:tapabocas", "tapabocas*"])
def test_what_keeps_no_synonyms_keeps_none_in_titles(index, typed):
    assert "titulo_sinonimo.txt#2" not in ids(search(index, typed))


@pytest.mark.parametrize("typed, not_found", [
    ("computadora", "orden.txt#2"),  # `ordenador`'s stem is `orden`'s: the texts show it
    ("computador", "orden.txt#2"),
])
def test_a_stem_another_word_shares_is_not_searched_in_titles(index, typed, not_found):
    found = ids(search(index, typed))
    assert not_found not in found
    assert found  # its own synonyms, in texts, still are


def test_the_synonym_is_marked_in_the_title(index):
    hit = next(hit for hit in search(index, "tapabocas").hits if hit.id == "titulo_sinonimo.txt#2")
    assert [hit.title[start:end] for start, end in hit.title_highlights] == ["Cubrebocas"]


@pytest.mark.parametrize("question", ["¿Dónde se repartieron los tapabocas?", "¿Dónde se repartieron mascarillas?"])
def test_a_questions_synonyms_count_in_titles(index, question):
    """Three texts say `repartieron`, alike: a title with a synonym puts its text before the
    one whose title has none (`control`), as its own word in a title would."""
    top = rank_ids(index, question)
    assert top.index("titulo_sinonimo.txt#2") < top.index("control.txt#2")
    assert top.index("titulo_tecleado.txt#2") < top.index("control.txt#2")
