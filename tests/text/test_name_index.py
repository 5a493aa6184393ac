"""Blocking for person_keys: every lookup holds all the keys the exact tests accept (a superset), so blocking
changes no decision, only the cost."""

import random

import pytest

from search.text.name_index import NameIndex, _segments
from search.text.names import fuzzy_in, within_edits

KEYS = ["marta ibanez soler", "marta ibanez soller", "marta ibanes soler", "martaibanez soler",
        "marta ibañez", "ibanez soler marta", "tomas reig bellver", "tomas reig belver", "tomas reig",
        "pilar reig bellver", "reig", "joan puig", "joan puig i cadafalch", "juan puig"]


@pytest.mark.parametrize("length, edits", [(0, 2), (1, 2), (7, 1), (20, 2), (21, 2), (22, 2)])
def test_segments_cover_the_string(length, edits):
    parts = _segments(length, edits)
    assert len(parts) == edits + 1
    assert parts[0][0] == 0 and sum(size for _, size in parts) == length
    assert all(start + size == following for (start, size), (following, _) in zip(parts, parts[1:]))


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("edits", [1, 2])
def test_near_finds_every_key_within_the_edits(key, edits):
    index = NameIndex(KEYS, KEYS)
    expected = {other for other in KEYS if within_edits(key, other, edits)
                or other.replace(" ", "") == key.replace(" ", "")}
    assert expected <= index.near(key, edits)


@pytest.mark.parametrize("key, far", [("marta ibanez soler", "tomas reig bellver"), ("joan puig", "reig")])
def test_near_leaves_far_keys_out(key, far):
    assert far not in NameIndex(KEYS, KEYS).near(key)


@pytest.mark.parametrize("seed", range(5))
def test_near_and_holding_are_supersets_on_random_names(seed):
    rng = random.Random(seed)
    letters = "abeilmnorst "
    keys = list({"".join(rng.choice(letters) for _ in range(rng.randint(3, 24))).strip() or "a"
                 for _ in range(300)})
    index = NameIndex(keys, keys)
    for key in keys[:60]:
        assert {other for other in keys if within_edits(key, other, 2)} <= index.near(key, 2)
        words = key.split()
        assert {other for other in keys if fuzzy_in(other.split(), words)} <= index.holding(words)


@pytest.mark.parametrize("words, expected", [
    (["marta", "ibanez", "soler"], {"marta ibanez soler", "marta ibanez soller", "marta ibanes soler"}),
    (["tomas", "reig"], {"tomas reig bellver", "tomas reig belver", "tomas reig"}),
    (["joan", "puig"], {"joan puig", "joan puig i cadafalch"}),
])
def test_holding_finds_the_keys_that_hold_the_words(words, expected):
    assert {key for key in NameIndex(KEYS).holding(words) if fuzzy_in(key.split(), words)} == expected


def test_one_word_off_reordered_and_spelled():
    index = NameIndex(KEYS)
    assert set(index.one_word_off(["tomas", "reig", "xxx"], 2)) == {"tomas reig bellver", "tomas reig belver"}
    assert index.reordered(["marta", "ibanez", "soler"]) == ["marta ibanez soler", "ibanez soler marta"]
    assert index.spelled(["tomas", "reig"]) == ["tomas reig"]
    assert index.spelled(["reig", "tomas"]) == []


def test_attested_near_needs_two_keys_with_the_word():
    index = NameIndex(KEYS)
    assert "bellver" in index.attested_near("belver")  # two keys hold bellver
    assert "soller" not in index.attested_near("soler")  # one key only


@pytest.mark.parametrize("word, others, expected", [
    ("bellver", ["tomas"], True), ("bellver", ["pilar", "marta"], True), ("bellver", ["marta"], False),
    ("nadie", ["tomas"], False),
])
def test_together(word, others, expected):
    assert NameIndex(KEYS).together(word, others) is expected
