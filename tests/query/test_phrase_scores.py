"""The score of a phrase of stop words alone (search/query/phrase_scores.py), on a real index:
BM25 of a word found once, so the shorter paragraph scores more, from K1 + 1 down."""

import pytest

from search.query.phrase_scores import length_field, lone_phrase_scores
from search.query.phrases import plan_phrase
from search.retrieval.reader import open_index
from tests.conftest import build_texts_index

TEXTS = {"a.txt": "Avisos\n\nNo habrá clases.\n\nDijo el director que no habrá clases mañana ni el viernes "
                  "porque la caldera del edificio sigue rota y el técnico no llega.\n"}


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "phrase-scores", TEXTS)) as index:
        yield index.searcher()


@pytest.mark.parametrize("field, scored", [("text", "text"), ("title", "title"), ("made_title", None)])
def test_a_phrase_is_weighed_by_the_lengths_of_its_own_field(searcher, field, scored):
    assert length_field(searcher.schema, plan_phrase(searcher.schema, field, "no habrá")) == scored


@pytest.mark.parametrize("boost", [1.0, 2.0])
def test_the_shorter_paragraph_scores_more_within_bm25s_bounds(searcher, boost):
    plan = plan_phrase(searcher.schema, "text", "no habrá")
    leaf = searcher.leaf_searchers()[0][0]
    assert leaf.reader().doc_count_all() == 3  # the title line, then the short and the long paragraph
    short, long = lone_phrase_scores(leaf, plan, [1, 2], boost)
    k1_plus_1 = searcher.weighting.K1 + 1
    assert k1_plus_1 * boost > short > long > 0


def test_an_unscored_field_scores_its_boost(searcher):
    plan = plan_phrase(searcher.schema, "made_title", "de la")
    leaf = searcher.leaf_searchers()[0][0]
    assert lone_phrase_scores(leaf, plan, [0, 1], 3.0) == [3.0, 3.0]
