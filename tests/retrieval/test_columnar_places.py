"""Posting lists looked up among candidates: the map and the binary search find the same places."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.retrieval import columnar_places
from search.retrieval.columnar_places import MAP_ALONE, MAP_FLOOR, MAP_TERMS, CandidatePlaces

SIZE = 5000  # documents of the view


def sorted_docs(numbers):
    return np.array(sorted(set(numbers)), dtype=np.int32)


def expected(docs, candidates):
    """The places by a plain Python walk: (places among candidates, places in docs)."""
    where = {doc: place for place, doc in enumerate(candidates.tolist())}
    found = [(where[doc], at) for at, doc in enumerate(docs.tolist()) if doc in where]
    return [place for place, _ in found], [at for _, at in found]


def minus_ones_everywhere():
    maps = getattr(columnar_places._scratch, "maps", {})
    return all((found == -1).all() for found in maps.values())


documents = st.lists(st.integers(0, SIZE - 1), max_size=3 * MAP_FLOOR)


@settings(max_examples=200, deadline=None)
@given(documents, st.lists(documents, min_size=1, max_size=6))
def test_the_map_and_the_binary_search_find_the_same_places_in_the_same_order(candidates, lists):
    candidates = sorted_docs(candidates)
    for terms in (1, MAP_TERMS):  # one term: the binary search; several: the map, where it pays
        with CandidatePlaces(SIZE, candidates, terms) as places:
            for docs in map(sorted_docs, lists):
                among, at = places.find(docs)
                assert (among.tolist(), at.tolist()) == expected(docs, candidates)
        assert minus_ones_everywhere()


@pytest.mark.parametrize("candidates, terms, mapped", [
    (MAP_FLOOR - 1, MAP_TERMS, False),  # too few candidates for the map to pay
    (MAP_FLOOR, MAP_TERMS, True),
    (MAP_FLOOR, MAP_TERMS - 1, False),  # too few terms
    (MAP_ALONE, 1, True),  # enough candidates for one term
])
def test_the_map_is_set_when_it_pays(candidates, terms, mapped):
    assert CandidatePlaces(10 * MAP_ALONE, np.arange(candidates, dtype=np.int32), terms).mapped == mapped


def test_the_map_is_cleared_when_a_lookup_fails():
    candidates = np.arange(0, SIZE, 7, dtype=np.int32)
    with pytest.raises(IndexError), CandidatePlaces(SIZE, candidates, MAP_TERMS) as places:
        places.find(candidates[:10])
        places.find(np.array([SIZE + 3], dtype=np.int32))  # a document the view does not have
    assert minus_ones_everywhere()


def test_a_lookup_inside_another_gets_a_map_of_its_own():
    outer_candidates = np.arange(0, SIZE, 3, dtype=np.int32)
    inner_candidates = np.arange(1, SIZE, 5, dtype=np.int32)
    docs = np.arange(0, SIZE, 2, dtype=np.int32)
    with CandidatePlaces(SIZE, outer_candidates, MAP_TERMS) as outer:
        before = [found.tolist() for found in outer.find(docs)]
        with CandidatePlaces(SIZE, inner_candidates, MAP_TERMS) as inner:
            assert [found.tolist() for found in inner.find(docs)] == list(expected(docs, inner_candidates))
        assert [found.tolist() for found in outer.find(docs)] == before == list(expected(docs, outer_candidates))
    assert minus_ones_everywhere()
