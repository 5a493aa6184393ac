"""A control character inside a document's word separates it, as a space does and as a
query reads it (fix17 made `china\\x00rusia` two words in a query; fix18 makes documents
agree): `palabra\\x00gato` was indexed as «palabragato», which no query can type. Format
characters (soft hyphen, zero-width space and joiners, word joiner, byte-order mark,
direction marks and overrides) are still dropped inside a word, in every format, a JSON
string's escapes (`\\u00ad`) included. Unicode's word boundaries (UAX #29) break at
controls (Cc) and not at format characters (Cf); Lucene's StandardTokenizer follows them.
"""

import json

import pytest

from search import open_index
from search.retrieval.searching import search
from search.storage.build import build_index

CONTROLS = {"nul": "\x00", "bel": "\x07", "bs": "\x08", "esc": "\x1b", "csi": "\x1b[31m", "us": "\x1f",
            "del": "\x7f", "c1": "\x80", "csi1": "\x9b31m", "osc": "\x1b]0;título\x07", "vt": "\x0b"}
# The zero-width space parts words as a control does (folding.ZERO_WIDTH_SPACE, fix19).
SEPARATORS = {**CONTROLS, "zwsp": "\u200b"}
FORMATS = {"shy": "\u00ad", "zwnj": "\u200c", "zwj": "\u200d", "lrm": "\u200e", "wj": "\u2060",
           "bom": "\ufeff", "rlo": "\u202e", "lri": "\u2066"}
FILLER = "Relleno de texto corriente, para que el archivo sea texto y no binario. " * 30


def files(kind, mark, word):
    """Return {file name: content} of one sample in each format: plain text, Markdown, a
    JSON line written raw and one written with escapes."""
    line = f"El {word} de la muestra {kind}."
    record = {"id": f"{kind}", "title": "Muestra", "text": line}
    return {f"{kind}.txt": f"Muestra {kind}\n\n{FILLER}\n\n{line}\n",
            f"{kind}.md": f"# Muestra {kind}\n\n{FILLER}\n\n{line}\n",
            f"{kind}-raw.jsonl": json.dumps({**record, "id": f"{kind}-raw"}, ensure_ascii=False) + "\n",
            f"{kind}-esc.jsonl": json.dumps({**record, "id": f"{kind}-esc"}) + "\n"}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("controls")
    for kind, mark in SEPARATORS.items():
        for name, content in files(kind, mark, f"jaguar{mark}ocelote").items():
            (folder / name).write_text(content, encoding="utf-8")
    for kind, mark in FORMATS.items():
        for name, content in files(kind, mark, f"capi{mark}bara").items():
            (folder / name).write_text(content, encoding="utf-8")
    build_index([folder], folder / "ix")
    with open_index(folder / "ix") as opened:
        yield opened


def found(index, query):
    return {hit.id.split("#")[0].rsplit(".", 1)[0] for hit in search(index, query, limit=100).hits}


@pytest.mark.parametrize("kind", SEPARATORS)
def test_a_control_inside_a_documents_word_separates_it(index, kind):
    assert {kind, f"{kind}-raw", f"{kind}-esc"} <= found(index, "ocelote")
    assert {kind, f"{kind}-raw", f"{kind}-esc"} <= found(index, "jaguar")
    assert not found(index, "jaguarocelote")


def test_a_query_with_the_same_control_finds_every_sample(index):
    """The query reads `jaguar\\x00ocelote` as two words, as the documents now are."""
    every = {name for kind in SEPARATORS for name in (kind, f"{kind}-raw", f"{kind}-esc")}
    assert found(index, "jaguar\x00ocelote") == every


@pytest.mark.parametrize("kind", FORMATS)
def test_a_format_character_inside_a_word_is_still_dropped(index, kind):
    assert {kind, f"{kind}-raw", f"{kind}-esc"} <= found(index, "capibara")


@pytest.mark.parametrize("kind", ["zwsp", "zwsp-raw", "zwsp-esc"])
def test_a_zero_width_space_is_shown_as_a_space_in_the_snippet(index, kind):
    snippets = [hit.snippet for hit in search(index, "ocelote", limit=100).hits
                if hit.id.split("#")[0].rsplit(".", 1)[0] == kind]  # its .txt and .md, or its JSON line
    assert snippets and all("jaguar ocelote" in snippet and "\u200b" not in snippet for snippet in snippets)
