import json
import os
import socket
import subprocess
import sys

import pytest

from search.cli import main
from search.errors import UnreadableFile
from search.ingest import files as documents
from search.ingest import formats
from search.ingest.files import decode, find_files
from search.ingest.formats import read_path


@pytest.mark.parametrize("raw, expected", [
    ("cooperación".encode(), "cooperación"),
    ("\ufeffcooperación".encode("utf-8"), "cooperación"),
    ("cooperación año".encode("latin-1"), "cooperación año"),
    ("“comillas” — cp1252".encode("cp1252"), "“comillas” — cp1252"),
    ("corte en la ñ".encode()[:-1], "corte en la "),
    ("e\u0301xito".encode("utf-8"), "éxito"),
    ("ｖａｃｕｎａ　ＣＯＶＩＤ－１９".encode(), "vacuna COVID-19"),  # fullwidth, as queries are read
    ("la ﬁesta del 1.º de mayo, 2.ª vuelta, 3 m²".encode(), "la fiesta del 1.º de mayo, 2.ª vuelta, 3 m²"),
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


def test_a_named_pipe_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "tubo.txt")
    with pytest.raises(UnreadableFile, match="no es un archivo normal sino una tubería"):
        read_path(tmp_path / "tubo.txt", tmp_path)  # with no writer, a plain open() waits forever


def test_a_device_is_refused(tmp_path):
    (tmp_path / "cero.txt").symlink_to("/dev/zero")
    with pytest.raises(UnreadableFile, match="un dispositivo"):
        read_path(tmp_path / "cero.txt", tmp_path)


def special_files(folder, monkeypatch):
    """Make a named pipe, a socket and a link to a device in folder; return {name: kind}."""
    os.mkfifo(folder / "tubo.txt")
    monkeypatch.chdir(folder)  # a socket's path is at most 108 bytes: bind it relative
    with socket.socket(socket.AF_UNIX) as bound:
        bound.bind("enchufe.txt")
    (folder / "cero.txt").symlink_to("/dev/zero")
    return {"tubo.txt": "una tubería con nombre (FIFO)", "enchufe.txt": "un socket", "cero.txt": "un dispositivo"}


def test_a_socket_is_refused_as_such(tmp_path, monkeypatch):
    special_files(tmp_path, monkeypatch)
    with pytest.raises(UnreadableFile, match="no es un archivo normal sino un socket; no se lee"):
        read_path(tmp_path / "enchufe.txt", tmp_path)  # open() fails with ENXIO before fstat


def test_index_and_update_say_what_each_special_file_is(runner, tmp_path, monkeypatch):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "nota.txt").write_text("Nota\n\nEl tejón duerme.\n")
    kinds = special_files(folder, monkeypatch)
    index = str(tmp_path / "ix")
    for command in (["index", str(folder), "--index", index], ["update", str(folder), "--index", index]):
        said = runner.invoke(main, command)
        assert said.exit_code == 0, said.output
        for name, kind in kinds.items():
            assert f"omitido: {folder}/{name}: no es un archivo normal sino {kind}; no se lee" in said.output


@pytest.mark.parametrize("content, paragraphs", [
    (b"Una frase. " * 300, 4),                    # no line break at all: cut at sentence ends
    (b"corta\n" + b"x" * 3000 + b"\n", 4),        # one line with no space: cut inside the word
    (b"y" * 900 + b"\n" + b"z" * 900, 2),
    (b"\r".join([b"w" * 900] * 5), 5),            # old Mac line breaks are line breaks
])
def test_a_line_of_megabytes_is_read_and_cut_losing_nothing(tmp_path, monkeypatch, content, paragraphs):
    """A .txt with a line over 1 MB (trial 13) was skipped whole: now it is read, its line
    cut into paragraphs of at most MAX_PARAGRAPH_CHARS, said, and no character but the
    spaces cut at lost."""
    monkeypatch.setattr(formats, "MAX_PARAGRAPH_CHARS", 1000)
    path = tmp_path / "linea.txt"
    path.write_bytes(content)
    said = []
    [document] = read_path(path, tmp_path, warn=said.append)
    assert len(document.paragraphs) == paragraphs
    assert all(len(paragraph) <= 1000 for paragraph in document.paragraphs)
    assert "".join(document.paragraphs).replace(" ", "") == content.decode().replace(" ", "").replace(
        "\n", "").replace("\r", "")
    assert bool(said) == any(len(line) > 1000 for line in content.decode().splitlines())
    if content.startswith(b"Una frase."):
        assert all(paragraph.endswith("Una frase.") for paragraph in document.paragraphs)


def test_inspect_skips_a_named_pipe_and_goes_on(tmp_path):
    os.mkfifo(tmp_path / "a.txt")
    (tmp_path / "b.txt").write_text("Un párrafo que sí se lee.\n")
    done = subprocess.run([sys.executable, "-c", "from search.cli import main; main()", "inspect",
                           str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert "a.txt: no es un archivo normal sino una tubería con nombre" in done.stderr
    assert "Un párrafo que sí se lee." in done.stdout


@pytest.mark.parametrize("name, reason", [
    (".borrador.txt", documents.HIDDEN_FILE),
    (".notas.md", documents.HIDDEN_FILE),
    (".feed.jsonl", documents.HIDDEN_FILE),
    ("nota.txt~", documents.EDITOR_COPY),
    ("#nota.txt#", documents.EDITOR_COPY),
    ("NOTA.MD~", documents.EDITOR_COPY),
    # other kinds of file are not named: a folder of documents holds photos and PDFs too
    (".DS_Store", None),
    ("foto.jpg", None),
    ("nota.txt.bak", None),
    ("#", None),
    ("##", None),
    ("nota.txt", None),
])
def test_files_left_out_on_purpose_are_named(name, reason):
    assert documents.left_out(name) == reason


def test_hidden_files_and_editor_copies_are_named_in_build_and_update(tmp_path, runner):
    # trial 12, finding 14: "2 documentos indexados … 0 archivos omitidos"
    from search.cli import main

    folder = tmp_path / "ed"
    folder.mkdir()
    (folder / "nota.txt").write_text("Texto definitivo sobre el tlacuache.\n", encoding="utf-8")
    for name in (".borrador.txt", "nota.txt~", "#nota.txt#", ".DS_Store", "foto.jpg"):
        (folder / name).write_text("Borrador sobre el tlacuache.\n", encoding="utf-8")
    index = str(tmp_path / "idx")
    for command in (["index", str(folder)], ["update"]):
        result = runner.invoke(main, [*command, "--index", index])
        assert result.exit_code == 0, result.output
        assert "3 archivos omitidos" in result.output
        for name, reason in ((".borrador.txt", "archivo oculto"), ("nota.txt~", "copia que guarda un editor"),
                             ("#nota.txt#", "copia que guarda un editor")):
            assert f"{name}: es una {reason}" in result.output or f"{name}: es un {reason}" in result.output
        assert ".DS_Store" not in result.output and "foto.jpg" not in result.output
    found = runner.invoke(main, ["search", "tlacuache", "--index", index, "--json"])
    assert [hit["doc"] for hit in json.loads(found.output)["hits"]] == ["nota.txt"]
    # renamed from hidden, it is indexed; the update names nothing more
    (folder / ".borrador.txt").rename(folder / "borrador.txt")
    result = runner.invoke(main, ["update", "--index", index])
    assert "1 añadido" in result.output and "2 archivos omitidos" in result.output


# Trial 19: a file given by name is read whatever its kind, and an HTML page was indexed as
# text, markup and all (`<html><head>…`: `body`, `href` searchable), a .docx or .pdf as
# whatever text its bytes held; in a folder the same files are left out. Given by name, a
# document format Hemeroteca doesn't read is left out too, and named with what it reads.
OTHER_FORMATS = {
    "boletin.html": "<html><head><title>Boletín</title></head><body><p>El tlacuache llegó.</p></body></html>\n",
    "nota.HTM": "<p>El tlacuache llegó.</p>\n",
    "comunicado.docx": "PK\x03\x04 word/document.xml tlacuache\n",
    "informe.pdf": "%PDF-1.4 tlacuache\n",
    "acta.odt": "PK\x03\x04 content.xml tlacuache\n",
    "carta.rtf": "{\\rtf1\\ansi El tlacuache llegó.}\n",
}


@pytest.mark.parametrize("name", sorted(OTHER_FORMATS))
def test_a_document_format_given_by_name_is_named_not_read_as_text(tmp_path, runner, name):
    (tmp_path / name).write_text(OTHER_FORMATS[name], encoding="utf-8")
    (tmp_path / "nota.txt").write_text("Texto sobre el ajolote.\n", encoding="utf-8")
    index = str(tmp_path / "idx")
    result = runner.invoke(main, ["index", str(tmp_path / name), str(tmp_path / "nota.txt"), "--index", index])
    assert result.exit_code == 0, result.output
    assert "1 documento indexado" in result.output and "1 archivo omitido" in result.output
    assert f"{name}: {documents.OTHER_FORMAT}" in result.output
    found = runner.invoke(main, ["search", "tlacuache", "--index", index, "--json"])
    assert json.loads(found.output)["total"] == 0
    alone = runner.invoke(main, ["inspect", str(tmp_path / name)])
    assert alone.exit_code == 1 and documents.OTHER_FORMAT in alone.output and "tlacuache" not in alone.output


