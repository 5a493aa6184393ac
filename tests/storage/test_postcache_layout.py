"""Tests for search.storage.postcache_layout: a large field's postings section and term keys."""

import numpy as np

from search.storage import postcache_layout


def test_term_major_puts_each_terms_docs_before_its_weights():
    bits = lambda *weights: np.array(weights, dtype=np.float32).view(np.int32).tolist()  # noqa: E731
    starts = np.array([0, 2, 2, 3])  # three terms: two postings, none, one
    both = postcache_layout.term_major(starts, np.array([5, 7, 1], dtype=np.int32),
                                       np.array([1.0, 2.0, 3.0], dtype=np.float32))
    assert both.tolist() == [5, 7, *bits(1.0, 2.0), 1, *bits(3.0)]


def test_prefix_keys_ascend_with_the_terms():
    terms = sorted([b"a", b"ab", b"abcdefgh", b"abcdefghi", b"abcdefgz", b"b", "año".encode(),
                    "ñu".encode()])
    keys = [postcache_layout.prefix_key(term) for term in terms]
    assert keys == sorted(keys)
    assert np.array(keys, dtype=np.uint64).searchsorted(postcache_layout.prefix_key(b"abcdefgh")) == 2


def test_a_term_major_section_splits_back_into_each_terms_docs_and_weights():
    starts = np.array([0, 2, 2, 3])
    docs, weights = np.array([5, 7, 1], dtype=np.int32), np.array([1.5, 2.0, 3.0], dtype=np.float32)
    both = postcache_layout.term_major(starts, docs, weights)
    first, second = postcache_layout.split_postings(both[0:4]), postcache_layout.split_postings(both[4:6])
    assert (first[0].tolist(), first[1].tolist()) == ([5, 7], [1.5, 2.0])
    assert (second[0].tolist(), second[1].tolist()) == ([1], [3.0])
    assert postcache_layout.prefix_key(b"\xff" * 9) == postcache_layout.LAST_KEY
