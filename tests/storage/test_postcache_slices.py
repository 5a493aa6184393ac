"""Finding keys in a sorted section read a slice at a time: numpy's answers, few items read."""

import numpy as np
import pytest

from search.storage import postcache_slices
from search.storage.postcache_layout import LAST_KEY
from search.storage.postcache_slices import key_range, searchsorted

SECTIONS = {
    "empty": [],
    "one key": [7],
    "distinct": [2, 3, 5, 8, 13, 21, 34, 55, 89],
    "runs of one key": [1, 1, 1, 4, 4, 9, 9, 9, 9, 9, 12],
    "all alike": [6] * 9,
    "up to the last key": [0, 5, LAST_KEY - 1, LAST_KEY, LAST_KEY],
}


class Counted:
    """A section read through `read(start, end)`, counting the items read."""

    def __init__(self, keys):
        self.keys = np.array(keys, dtype=np.uint64)
        self.items = 0

    def read(self, start, end):
        self.items += end - start
        return self.keys[start:end]


@pytest.mark.parametrize("window", [1, 2, 3, 2048])
@pytest.mark.parametrize("name", SECTIONS)
def test_searchsorted_is_numpys_for_every_value(name, window, monkeypatch):
    monkeypatch.setattr(postcache_slices, "WINDOW", window)
    section = Counted(SECTIONS[name])
    values = sorted({0, 1, LAST_KEY} | {key + step for key in SECTIONS[name] for step in (-1, 0, 1)
                                        if 0 <= key + step <= LAST_KEY})
    for value in values:
        expected = int(section.keys.searchsorted(np.uint64(value)))
        assert searchsorted(section.read, len(section.keys), value) == expected, value


@pytest.mark.parametrize("name", SECTIONS)
def test_key_range_spans_the_keys_equal_to_it(name):
    section = Counted(SECTIONS[name])
    for key in {0, LAST_KEY, *SECTIONS[name]}:
        low, high = key_range(section.read, len(section.keys), key, LAST_KEY)
        assert list(section.keys[low:high]) == [key] * SECTIONS[name].count(key)
        assert low == int(section.keys.searchsorted(np.uint64(key)))


def test_a_lookup_reads_a_window_and_a_probe_a_halving():
    section = Counted(np.arange(0, 2 * 200_000, 2))  # 200,000 keys: a large field's term table
    assert searchsorted(section.read, len(section.keys), 123_457) == 61_729
    assert section.items <= postcache_slices.WINDOW + 7  # 200,000 / 2**7 < WINDOW: seven probes
