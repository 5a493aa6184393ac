"""Control characters typed or pasted into a query or a filter go, as they go from documents
(untrusted.plain_text): NUL, terminal escapes and bidirectional overrides once made a word
that no document holds (trial 13: `\\x1b[31mvacuna` found nothing, `va\\x00cuna` only by typos)."""

import json

import pytest

from search.cli import main
from search.retrieval.searching import search

# (what is typed, the same query typed cleanly)
TYPED = [
    ("\x1b[31mChina\x1b[0m Rusia", "China Rusia"),
    ("Ch\x00ina Rusia", "China Rusia"),
    ("\x1b]0;título\x07China", "China"),
    ("\u202eChina\u202c Rusia", "China Rusia"),
    ("Ch\u2066ina\u2069", "China"),
    ("China\x0bRusia", "China Rusia"),  # a vertical tab breaks the line, as in documents
    ("\x9b31mLavrov", "Lavrov"),
]


@pytest.mark.parametrize("typed, clean", TYPED, ids=[repr(typed) for typed, _ in TYPED])
def test_a_query_with_controls_finds_what_the_clean_query_finds(seed, typed, clean):
    found, expected = search(seed, typed), search(seed, clean)
    assert expected.total > 0
    assert (found.total, found.mode) == (expected.total, expected.mode)
    assert [hit.id for hit in found.hits] == [hit.id for hit in expected.hits]


@pytest.mark.parametrize("speaker", ["\x1b[2JLavrov", "La\x00vrov", "\u202eLavrov\u202c"])
def test_a_speaker_filter_with_controls_is_read_without_them(seed, speaker):
    assert search(seed, "China", speaker=speaker).total == search(seed, "China", speaker="Lavrov").total > 0


def test_the_cli_reads_a_pasted_escape_as_the_word(runner, seed_index):
    found = runner.invoke(main, ["search", "\x1b[31mLavrov\x1b[0m", "--index", str(seed_index), "--json"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)["total"] > 0 and json.loads(found.output)["mode"] == "all"

