"""A text file with a stray NUL byte, or the zeroed tail a crash leaves, is text: each run of
NULs is read as a space (a control separates words in documents as in queries, fix18) and
said, and no document is lost for them; binary files stay refused."""

import json

import pytest

from search.cli import main
from search.errors import UnreadableFile
from search.ingest.files import decode

NOTE = "Nota\n\nEl tlacuache cruzó la calle.\n"


@pytest.mark.parametrize("raw, text, lines", [
    (NOTE.replace(" cruzó", "\x00cruzó").encode(), "El tlacuache cruzó la calle.", "1 línea (3)"),
    (NOTE.replace("cruzó", "cru\x00zó").encode(), "El tlacuache cru zó la calle.", "1 línea (3)"),  # as a query
    (b"\x00" + NOTE.encode(), "El tlacuache cruzó la calle.", "1 línea (1)"),
    (NOTE.encode() + b"\x00" * 4096, "El tlacuache cruzó la calle.", "1 línea (4)"),  # a crash's tail
    (NOTE.replace(" calle", "\x00\x00calle").encode("cp1252"), "El tlacuache cruzó la calle.", "1 línea (3)"),
    ((("una línea " * 11) + "\x00\n").encode() * 12, "una línea", "12 líneas (1, 2, 3, 4, 5 …)"),  # 1%
])
def test_stray_nul_bytes_are_read_as_spaces_and_said(raw, text, lines):
    said = []
    assert text in " ".join(decode(raw, "f.txt", said.append).split())
    assert said == [f"f.txt: tenía bytes NUL en {lines}; se leyeron como espacios"]


@pytest.mark.parametrize("raw", [
    b"\x00\x01\x02 datos",                        # other controls besides the NULs
    b"\x00\x01" * 100,
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    bytes(range(256)) * 40,
    b"\x00".join([b"palabra"] * 200),             # NULs everywhere: no text with a stray one
    b"\x00" * 100,
])
def test_binary_files_stay_refused(raw):
    with pytest.raises(UnreadableFile, match="archivo binario"):
        decode(raw, "f.txt")


def test_a_note_with_a_nul_is_indexed_and_said_with_its_line(runner, tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "nota.txt").write_bytes(NOTE.replace(" cruzó", "\x00cruzó").encode())
    (folder / "cortada.txt").write_bytes(b"Otra\n\nEl ajolote nada.\n" + b"\x00" * 5000)
    (folder / "binario.txt").write_bytes(b"\x00\x01\x02" * 100)
    index = str(tmp_path / "ix")
    built = runner.invoke(main, ["index", str(folder), "--index", index])
    assert built.exit_code == 0, built.output
    assert f"aviso: {folder}/nota.txt: tenía bytes NUL en 1 línea (3); se leyeron como espacios" in built.output
    assert f"aviso: {folder}/cortada.txt: tenía bytes NUL en 1 línea (4); se leyeron como espacios" in built.output
    assert f"omitido: {folder}/binario.txt: archivo binario" in built.output
    assert "2 documentos indexados (4 párrafos)" in built.output
    for word, paragraph in [("cruzó", "nota.txt#2"), ("ajolote", "cortada.txt#2")]:
        found = json.loads(runner.invoke(main, ["search", word, "--index", index, "--json"]).output)
        assert [hit["id"] for hit in found["hits"]] == [paragraph]
