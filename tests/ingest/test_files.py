import pytest

from search.errors import UnreadableFile
from search.ingest import files as documents
from search.ingest.files import decode, find_files
from search.ingest.formats import read_path


@pytest.mark.parametrize("raw, expected", [
    ("cooperación".encode(), "cooperación"),
    ("\ufeffcooperación".encode("utf-8"), "cooperación"),
    ("cooperación año".encode("latin-1"), "cooperación año"),
    ("“comillas” — cp1252".encode("cp1252"), "“comillas” — cp1252"),
    ("corte en la ñ".encode()[:-1], "corte en la "),
    ("e\u0301xito".encode("utf-8"), "éxito"),
])
def test_decode(raw, expected):
    assert decode(raw, "f.txt") == expected


@pytest.mark.parametrize("raw, reason", [
    (b"", "vacío"),
    (b"  \n\n ", "vacío"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binario"),
    (bytes(range(1, 32)) * 20, "binario"),
])
def test_decode_refuses(raw, reason):
    with pytest.raises(UnreadableFile, match=reason):
        decode(raw, "f.txt")


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_FILE_BYTES", 10)
    path = tmp_path / "grande.txt"
    path.write_text("una línea bastante larga\n")
    with pytest.raises(UnreadableFile, match="demasiado grande"):
        read_path(path, tmp_path)


def test_missing_file_is_unreadable(tmp_path):
    with pytest.raises(UnreadableFile, match="no se puede leer"):
        read_path(tmp_path / "no.txt", tmp_path)


def test_find_files_recurses_and_skips_hidden_and_unknown(corpus):
    (corpus / ".oculto.txt").write_text("x")
    (corpus / "imagen.png").write_bytes(b"\x89PNG")
    (corpus / ".git").mkdir()
    (corpus / ".git" / "nota.txt").write_text("x")
    names = [path.relative_to(corpus).as_posix() for path, _ in find_files([corpus])]
    assert names == ["nota.txt", "teletipos.jsonl", "sub/entrevista.md"]
