"""Control characters and terminal escape sequences: removed at ingest from every format,
and never printed from an index built before that (search, show, speakers, exports)."""

import json

import pytest

from search.cli import main
from search.ingest import jsonl

HOSTILE_RECORD = ('{"id":"e1","title":"Titulo \\u001b]0;HACKED\\u0007 limpio","text":"Texto sobre el '
                  'cacao \\u001b[2J\\u001b[31mROJO\\u001b[0m y \\u009b31m C1 fin.","speaker":"Ana '
                  '\\u001b[5mParpadeo\\u001b[0m","doc":"nota\\u001b[2J"}')
CONTROL_CHARACTERS = [chr(code) for code in [*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0)]]


def outputs(runner, index):
    """Return what search, show, speakers and the three exports print for the hostile record."""
    ix = ["--index", str(index)]
    said = [runner.invoke(main, ["search", "cacao", *ix]), runner.invoke(main, ["speakers", *ix]),
            runner.invoke(main, ["show", "e1", *ix]), runner.invoke(main, ["show", "e1", "--context", "1", *ix]),
            runner.invoke(main, ["search", "cacao", "--facets", *ix])]
    said += [runner.invoke(main, ["search", "cacao", "--format", form, *ix]) for form in ("csv", "jsonl", "json")]
    for result in said:
        assert result.exit_code == 0, result.output
    return [result.output for result in said]


def assert_clean(texts):
    for text in texts:
        assert not any(ch in text for ch in CONTROL_CHARACTERS if ch != "\r"), repr(text)
        assert "\\u001b" not in text and "\\u009b" not in text, text  # nor escaped in JSON


def test_jsonl_controls_are_removed_at_ingest_and_said(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "e.jsonl").write_text(HOSTILE_RECORD + "\n")
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert f"{docs / 'e.jsonl'}:1: tenía caracteres de control" in built.output
    assert built.output.count("caracteres de control") == 1  # one line, said once
    texts = outputs(runner, tmp_path / "ix")
    assert_clean(texts)
    assert "Titulo limpio" in texts[0] and "Ana Parpadeo" in texts[1]
    assert "Texto sobre el cacao ROJO y C1 fin." in texts[2]
    hit = json.loads(texts[6].splitlines()[0])
    assert (hit["doc"], hit["speakers"]) == ("nota", ["Ana Parpadeo"])


def test_an_old_index_holding_controls_prints_none(runner, tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl, "json_string", lambda value: value)  # ingest as it was before
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "e.jsonl").write_text(HOSTILE_RECORD + "\n")
    assert runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")]).exit_code == 0
    raw = runner.invoke(main, ["search", "cacao", "--index", str(tmp_path / "ix"), "--json"]).output
    assert "\\u001b[2J" in raw  # the index does hold them (--json escapes them, as JSON does)
    texts = outputs(runner, tmp_path / "ix")
    assert_clean(texts[:6])  # the exports: csv and jsonl
    assert "ROJO" in texts[0] and "Parpadeo" in texts[1] and "Parpadeo" in texts[5]


@pytest.mark.parametrize("name, content, paragraphs", [
    ("vt.txt", "Lima, 1 de enero de 2023.- Texto copiado de Word\vcon saltos de línea manuales\vsobre la quinua.\n",
     ["Lima, 1 de enero de 2023.- Texto copiado de Word", "con saltos de línea manuales", "sobre la quinua."]),
    ("ansi.txt", "Lima, 1 de enero de 2023.- Texto \x1b[31mROJO\x1b[0m sobre la quinua.\n",
     ["Lima, 1 de enero de 2023.- Texto ROJO sobre la quinua."]),
    ("titulo.txt", "Título \x1b]0;HACKED\x07limpio\n\nTexto \x9b31m con C1 sobre la quinua.\n",
     ["Título limpio", "Texto con C1 sobre la quinua."]),
    ("ff.md", "# Nota\n\nPrimera página.\x0cSegunda página sobre la quinua.\n",  # a line of one block
     ["Primera página. Segunda página sobre la quinua."]),
])
def test_short_texts_with_breaks_or_escapes_are_read_not_skipped(runner, tmp_path, name, content, paragraphs):
    (tmp_path / name).write_text(content)
    result = runner.invoke(main, ["inspect", str(tmp_path / name), "--json"])
    assert result.exit_code == 0 and "binario" not in result.output, result.output
    assert [json.loads(line)["text"] for line in result.output.splitlines()] == paragraphs


def test_binary_data_is_still_refused(runner, tmp_path):
    (tmp_path / "b.txt").write_bytes(bytes(range(1, 32)) * 20 + b"algo de texto")
    result = runner.invoke(main, ["inspect", str(tmp_path / "b.txt")])
    assert "archivo binario (demasiados caracteres de control)" in result.output


@pytest.mark.parametrize("raw, text", [
    (b"Texto con escape \x1b[31mROJO\x1b[0m y \x07 campana sobre guacamaya.\n",
     "Texto con escape ROJO y  campana sobre guacamaya."),
    (b"Nota\x08\x08 corta con retrocesos.\n", "Nota corta con retrocesos."),
    (b"\x07\x07\x07 Tres campanas y el quetzal.\n", "Tres campanas y el quetzal."),
])
def test_a_short_note_with_a_few_stray_controls_is_text(runner, tmp_path, raw, text):
    (tmp_path / "n.txt").write_bytes(raw)
    result = runner.invoke(main, ["inspect", str(tmp_path / "n.txt"), "--json"])
    assert result.exit_code == 0 and "binario" not in result.output, result.output
    assert " ".join(json.loads(result.output)["text"].split()) == " ".join(text.split())


def test_a_short_file_of_controls_is_still_binary(runner, tmp_path):
    (tmp_path / "b.txt").write_bytes(bytes(range(1, 9)) + bytes(range(14, 20)) + b"ab")
    result = runner.invoke(main, ["inspect", str(tmp_path / "b.txt")])
    assert "archivo binario (demasiados caracteres de control)" in result.output


# Bidirectional overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069): invisible, they
# reversed the words after them on the page and on a bidi terminal (trial 13).
BIDI_CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]


@pytest.mark.parametrize("control", BIDI_CONTROLS, ids=lambda control: f"U+{ord(control):04X}")
@pytest.mark.parametrize("name", ["b.txt", "b.md", "b.jsonl"])
def test_bidirectional_overrides_are_removed_at_ingest(runner, tmp_path, control, name):
    text = f"Pague {control}orcim al tapir{control} hoy, {control}مرحبا{control} y שלום."
    docs = tmp_path / "docs"
    docs.mkdir()
    content = json.dumps({"id": "b1", "text": text}) if name.endswith(".jsonl") else text
    (docs / name).write_text("Título\n\n" + content + "\n" if name.endswith(".txt") else content + "\n")
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert built.exit_code == 0 and "binario" not in built.output, built.output
    found = runner.invoke(main, ["search", "orcim tapir", "--index", str(tmp_path / "ix"), "--format", "jsonl"])
    [hit] = [json.loads(line) for line in found.output.splitlines() if line.startswith("{")]
    assert hit["text"] == "Pague orcim al tapir hoy, مرحبا y שלום."


def test_a_text_full_of_bidirectional_marks_is_text_not_binary(runner, tmp_path):
    (tmp_path / "r.txt").write_text("\u202bمرحبا\u202c " * 200 + "\n")
    result = runner.invoke(main, ["inspect", str(tmp_path / "r.txt"), "--json"])
    assert result.exit_code == 0 and "binario" not in result.output, result.output
    assert "\u202b" not in json.loads(result.output)["text"]
