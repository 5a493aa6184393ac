"""Decoding real files: byte-order marks, UTF-16, and UTF-8 with stray Windows-1252 bytes."""

import codecs

import pytest

from search.errors import UnreadableFile
from search.ingest.encodings import decode_bytes, normalize_newlines
from search.ingest.files import decode
from search.ingest.formats import read_path
from tests.conftest import FIXTURES

INGEST = FIXTURES / "ingest"


@pytest.mark.parametrize("raw, text, encoding, mixed", [
    ("año".encode(), "año", "UTF-8", []),
    ("“Cooperación” año".encode("cp1252"), "“Cooperación” año", "Windows-1252", []),
    ("año ".encode() + b"\x93cita\x94", "año “cita”", "UTF-8", [1]),  # one curly quote pair
    ("año".encode() + b"\xa0" + "€".encode(), "año\xa0€", "UTF-8", [1]),  # a stray no-break space
    ("uno\naño".encode() + b"\n\xe9xito", "uno\naño\néxito", "UTF-8", [3]),  # a cp1252 line
    ("ACCIÓN» y ".encode("cp1252") + "año".encode(), "ACCIÓN» y año", "UTF-8", [1]),
    (b"x\x81y", "x\x81y", "Windows-1252", []),  # undefined in cp1252: Latin-1
    (b"\xef\xbb\xbf" + "año".encode(), "año", "UTF-8", []),
    (b"\xff\xfe" + "año".encode("utf-16-le"), "año", "UTF-16", []),
    (b"\xfe\xff" + "año".encode("utf-16-be"), "año", "UTF-16", []),
    ("Declaración del año".encode("utf-16-le"), "Declaración del año", "UTF-16", []),
    ("Declaración del año".encode("utf-16-be"), "Declaración del año", "UTF-16", []),
    (b"\xff\xfe\x00\x00" + "año".encode("utf-32-le"), "año", "UTF-32", []),
    (b"\xff\xfe" + "año".encode("utf-16-le") + b"a", "año", "UTF-16", []),  # cut in a character
])
def test_decode_bytes(raw, text, encoding, mixed):
    decoded = decode_bytes(raw)
    assert (decoded.text, decoded.encoding, decoded.mixed_lines) == (text, encoding, mixed)


@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\x00\x01\x02\x03" * 50,
                                 bytes(range(256)) * 4])
def test_binary_is_not_taken_for_utf16(raw):
    with pytest.raises(UnreadableFile, match="binario"):
        decode(raw, "f.bin")


@pytest.mark.parametrize("text, expected", [
    ("a\r\nb", "a\nb"), ("a\rb", "a\nb"), ("a\r\r\nb", "a\nb"), ("a\r\n\r\nb", "a\n\nb"),
    ("a\rb\nc\r\nd", "a\nb\nc\nd"), ("sin cambios\n", "sin cambios\n"),
])
def test_normalize_newlines(text, expected):
    assert normalize_newlines(text) == expected


def test_a_mixed_file_keeps_utf8_and_says_which_lines_were_not():
    warnings = []
    [document] = read_path(INGEST / "mixto.txt", INGEST, warn=warnings.append)
    assert document.paragraphs == [
        "La cooperación entre España y Francia avanza.",
        "El ministro dijo: “seguiremos” en París.",
        "Precio: 100 €",  # the no-break space, a space like any other
        "Línea antigua escrita en Windows: año de elecciones.",
        "Última línea en UTF-8: pingüino.",
    ]
    assert len(warnings) == 1
    assert "mixto.txt" in warnings[0] and "(2, 3, 4)" in warnings[0]
    assert "Windows-1252" in warnings[0]


@pytest.mark.parametrize("name", ["utf16le_bom.txt", "utf16be_bom.txt", "utf16le.txt"])
def test_utf16_files_are_text(name):
    [document] = read_path(INGEST / name, INGEST)
    assert document.paragraphs == ["Declaración conjunta sobre cooperación.",
                                   "Segunda línea del año."]


def test_a_windows_1252_file_is_read_without_a_warning():
    warnings = []
    [document] = read_path(INGEST / "windows1252.txt", INGEST, warn=warnings.append)
    assert document.paragraphs == ["“Cooperación” y año nuevo."] and warnings == []


def test_decode_names_the_file_in_its_warning():
    warnings = []
    assert decode("año ".encode() + b"\x93", "x.txt", warnings.append) == "año “"
    assert warnings[0].startswith("x.txt: codificación mixta")


def test_mojibake_already_in_a_utf8_file_is_repaired_and_said():
    warnings = []
    [document] = read_path(INGEST / "mojibake.txt", INGEST, warn=warnings.append)
    assert document.paragraphs == ["La cooperación con España sigue.",
                                   "¿Qué dijo la ministra? “Nada”.",
                                   "Esta línea está bien escrita.",
                                   "SÃO PAULO es otra cosa."]  # Portuguese, no mojibake
    assert len(warnings) == 1 and "mal codificado" in warnings[0] and "(1, 2)" in warnings[0]


# (bytes of a whole file, its text as read, whether it is said to end inside a character)
CUT_SHORT_FILES = [
    ("Nota\n\nLa cooperación".encode() + "ó".encode()[:1], "Nota\n\nLa cooperación", True),
    (b"Precio: 5 " + "€".encode()[:2], "Precio: 5 ", True),  # two of three bytes
    ("Año ".encode() + "€".encode()[:1], "Año ", True),
    (codecs.BOM_UTF16_LE + "Nota".encode("utf-16-le") + b"N", "Nota", True),
    (codecs.BOM_UTF32_LE + "Nota".encode("utf-32-le") + b"\x00\x00", "Nota", True),
    ("Nota completa, acción".encode(), "Nota completa, acción", False),
    # One letter past ASCII that ends a file: a Windows-1252 file's, kept (was lost as a cut UTF-8 one).
    (b"Se aprob\xf3", "Se aprobó", False),
    (b"Nota\r\n\r\nEl a\xf1o se cerr\xf3", "Nota\r\n\r\nEl año se cerró", False),
    (b"Ley de Espa\xf1", "Ley de Españ", False), (b"Visita a Le\xf3n y Per\xfa", "Visita a León y Perú", False),
    ("corte en la ñ".encode()[:-1], "corte en la ", True),  # C3: no Spanish letter, a cut UTF-8 one
]


@pytest.mark.parametrize("raw, text, cut", CUT_SHORT_FILES)
def test_a_file_cut_inside_a_character_is_read_without_it_and_said(raw, text, cut):
    decoded = decode_bytes(raw)
    assert decoded.text.lstrip("\ufeff") == text
    assert decoded.cut_short == cut and (("termina a mitad de un carácter" in (decoded.note() or "")) == cut)


def test_indexing_a_file_cut_short_names_it(tmp_path):
    (tmp_path / "cortado.txt").write_bytes("Nota cortada\n\nEl acuerdo de cooperación".encode() + b"\xc3")
    warnings = []
    (document,) = read_path(tmp_path / "cortado.txt", tmp_path, warnings.append)
    assert document.paragraphs[-1] == "El acuerdo de cooperación"
    assert len(warnings) == 1 and "cortado.txt: termina a mitad de un carácter UTF-8" in warnings[0]
