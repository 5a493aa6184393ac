"""Control characters typed or pasted into a query or a filter separate its words, as a space
does (untrusted.controls_as_spaces); escape sequences go whole, format characters as documents read them.

Trial 13: `\\x1b[31mvacuna` found nothing. fix17: `china\\x00rusia` (`china%00rusia` on the page)
was read as «chinarusia», a word no document holds. Unicode's word boundaries (UAX #29, as
Lucene's StandardTokenizer reads them) break at every control (Cc) and at none of the format
characters (Cf) but the zero-width space, which documents here drop too (folding.INVISIBLE)."""

import json
import sys
import unicodedata

import pytest

from search.cli import main
from search.query.lexer import normalized
from search.retrieval.searching import search
from search.text.analysis import spanish_analyzer, terms_of
from search.text.folding import readable
from search.text.untrusted import plain_text

CHARACTERS = [chr(code) for code in range(sys.maxunicode + 1)]
CONTROLS = [ch for ch in CHARACTERS if unicodedata.category(ch) in ("Cc", "Zl", "Zp")]  # C0, DEL, C1
FORMATS = [ch for ch in CHARACTERS if unicodedata.category(ch) == "Cf"]  # soft hyphen, zero-width, bidi…
# A few of each family, for the slower paths (the page, the CLI): C0, DEL, a lone ESC and C1 CSI
# before a letter, NEL, C1, the line separator.
SOME_CONTROLS = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\x9f", "\u2028"]

# (what is typed, the same query typed cleanly)
TYPED = [
    ("\x1b[31mChina\x1b[0m Rusia", "China Rusia"),
    ("China\x00Rusia", "China Rusia"),
    ("\x1b]0;título\x07China", "China"),
    ("\u202eChina\u202c Rusia", "China Rusia"),
    ("Ch\u2066ina\u2069", "China"),  # bidi isolates are format characters: no boundary
    ("Ch\u00adi\u2060na", "China"),  # nor a soft hyphen, nor a word joiner
    ("China\u200bRusia", "China Rusia"),  # a zero-width space parts words, as in documents
    ("China\x0bRusia", "China Rusia"),  # a vertical tab breaks the line, as in documents
    ("\x9b31mLavrov", "Lavrov"),
    ("China\x1bRusia", "China Rusia"),  # a lone ESC before a letter is no sequence: the R stays
    ("China\x9bRusia", "China Rusia"),
]


@pytest.mark.parametrize("typed, clean", TYPED, ids=[repr(typed) for typed, _ in TYPED])
def test_a_query_with_controls_finds_what_the_clean_query_finds(seed, typed, clean):
    found, expected = search(seed, typed), search(seed, clean)
    assert expected.total > 0
    assert (found.total, found.mode) == (expected.total, expected.mode)
    assert [hit.id for hit in found.hits] == [hit.id for hit in expected.hits]


@pytest.mark.parametrize("control", CONTROLS, ids=[f"U+{ord(ch):04X}" for ch in CONTROLS])
def test_every_control_separates_words(control):
    assert normalized(f"china{control}rusia").split() == ["china", "rusia"]
    assert normalized(f"{control}vacuna{control}").split() == ["vacuna"]


def test_every_format_character_is_read_in_a_query_as_in_a_document():
    analyzer = spanish_analyzer()
    differ = [f"U+{ord(ch):04X}" for ch in FORMATS
              if terms_of(analyzer, normalized(f"vacu{ch}na china")) !=
              terms_of(analyzer, readable(plain_text(f"vacu{ch}na china")))]
    assert differ == []


@pytest.mark.parametrize("speaker", ["\x1b[2JLavrov", "\x00Lavrov\x00", "\u202eLavrov\u202c", "La\u00advrov"])
def test_a_speaker_filter_with_controls_is_read_without_them(seed, speaker):
    assert search(seed, "China", speaker=speaker).total == search(seed, "China", speaker="Lavrov").total > 0


def test_a_control_inside_a_speaker_name_separates_its_words(seed):
    # «Sergey Lavrov», not «SergeyLavrov», which names no one (the comparison an empty result alone can't make)
    found, spaced, joined = (search(seed, "China", speaker=name).total
                             for name in ("Sergey\x00Lavrov", "Sergey Lavrov", "SergeyLavrov"))
    assert found == spaced > joined


def test_the_cli_reads_a_pasted_escape_as_the_word(runner, seed_index):
    found = runner.invoke(main, ["search", "\x1b[31mLavrov\x1b[0m", "--index", str(seed_index), "--json"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)["total"] > 0 and json.loads(found.output)["mode"] == "all"


@pytest.mark.parametrize("control", SOME_CONTROLS, ids=[f"U+{ord(ch):04X}" for ch in SOME_CONTROLS])
def test_the_cli_reads_a_control_as_a_space(runner, seed_index, control):
    def answer(query):
        found = runner.invoke(main, ["search", query, "--index", str(seed_index), "--json"])
        assert found.exit_code == 0, found.output
        return json.loads(found.output)

    typed, clean = answer(f"China{control}Rusia"), answer("China Rusia")
    assert clean["total"] > 0 and clean["mode"] == "all"
    assert (typed["total"], typed["mode"]) == (clean["total"], clean["mode"])


# trial17b: a direction mark pasted with a date (`\u200f2020-12`, copied from a right-to-left
# page) made `--from` «no válida», and a soft hyphen inside a speaker's name found him only
# through the nearest name, «Ningún orador se llama «La\xadvrov»». A filter drops what a
# document's words drop (folding.INVISIBLE, the bidi controls), as the query's text does.
DROPPED = [ch for ch in FORMATS if not normalized(f"a{ch}b").replace("ab", "")]


@pytest.mark.parametrize("mark", DROPPED, ids=[f"U+{ord(ch):04X}" for ch in DROPPED])
def test_a_filter_reads_an_invisible_mark_as_a_document_does(seed, mark):
    dated = search(seed, "China", date_from=f"{mark}2020-12", date_to=f"2020-12-22{mark}")
    named = search(seed, "China", speaker=f"La{mark}vrov")
    assert (dated.total, named.total) == (search(seed, "China", date_from="2020-12").total,
                                          search(seed, "China", speaker="Lavrov").total)
    assert dated.total > 0 and named.total > 0
    assert not [message for message in dated.messages + named.messages if "Ningún orador" in message]


def test_the_cli_reads_a_date_with_a_direction_mark(runner, seed_index):
    found = runner.invoke(main, ["search", "China", "--from", "\u200f2020-12", "--index", str(seed_index), "--json"])
    assert found.exit_code == 0, found.output
    assert json.loads(found.output)["total"] > 0
