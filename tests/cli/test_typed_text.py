"""Arguments in bytes that are no UTF-8 (a Latin-1 terminal): text is refused naming the argument
and what it likely meant; a document's name is read as the index names it; paths still work."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from search.cli import main

HEMEROTECA = str(Path(sys.executable).parent / "hemeroteca")
LATIN1 = "Pe\udcf1alol\udce9n"  # `Peñalolén` typed in Latin-1, as Python reads it (PEP 383)
UTF8_UNDER_ASCII = "Pe\udcc3\udcb1alol\udcc3\udca9n"  # `Peñalolén` in UTF-8, read under PYTHONUTF8=0 LC_ALL=C


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """An index of a document whose file name is in Latin-1 bytes, and that speaks of Peñalolén."""
    folder = tmp_path_factory.mktemp("typed")
    docs = folder / "docs"
    docs.mkdir()
    name = os.path.join(os.fsencode(docs), b"nota de Pe\xf1alol\xe9n.txt")
    with open(name, "wb") as out:
        out.write("Santiago, 2 de mayo de 2024.- Vecinos.\n\n—Llegó la vacuna a Peñalolén —dijo la alcaldesa "
                  "Carolina Leitao.\n\nEl consultorio abre el lunes.\n".encode())
    index = folder / "ix"
    done = subprocess.run([HEMEROTECA, "index", str(docs), "--index", str(index)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return index


@pytest.mark.parametrize("args, argument", [
    (["search", LATIN1], "'[CONSULTA]...'"),
    (["search", "vacuna", LATIN1], "'[CONSULTA]...'"),
    (["search", "vacuna", "--speaker", LATIN1], "'--speaker'"),
    (["search", "vacuna", "--from", LATIN1], "'--from'"),
    (["search", "vacuna", "--to", LATIN1], "'--to'"),
])
def test_text_that_is_no_utf8_is_refused_with_what_it_likely_meant(runner, archive, args, argument):
    result = runner.invoke(main, [*args, "--index", str(archive)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"Valor no válido para {argument}: no está escrito en UTF-8: lleva «Pe\\xf1alol\\xe9n»." in result.output
    assert "si quería decir «Peñalolén», escríbalo así." in result.output
    assert "\udcf1" not in result.output


@pytest.mark.parametrize("args, found", [
    (["search", UTF8_UNDER_ASCII, "--json"], "Peñalolén"),  # UTF-8 bytes are what was typed
    (["search", "vacuna", "--speaker", "Carolina Leitao", "--json"], "Peñalolén"),  # plain text: as ever
    (["search", "vacuna", "--from", "2024", "--json"], "Peñalolén"),
])
def test_text_in_utf8_is_searched(runner, archive, args, found):
    result = runner.invoke(main, [*args, "--index", str(archive)])
    assert result.exit_code == 0, result.output
    page = json.loads(result.output)
    assert page["total"] == 1 and found in page["hits"][0]["snippet"]


@pytest.mark.parametrize("args", [
    ["show", f"nota de {LATIN1}.txt"],  # the file's own bytes
    ["show", "nota de Pe\\xf1alol\\xe9n.txt"],  # as the results name it
    ["show", f"nota de {LATIN1}.txt#2"],
    ["similar", f"nota de {LATIN1}.txt#2"],
])
def test_a_document_named_in_bytes_that_are_no_utf8_is_found_by_them(runner, archive, args):
    result = runner.invoke(main, [*args, "--index", str(archive)])
    assert result.exit_code == 0, result.output
    assert ("Leitao" if args[0] == "show" else "parecidos a «nota de") in result.output  # found, not «No hay»
    assert "\udcf1" not in result.output and "nota de Pe\\xf1alol\\xe9n.txt" in result.output


def test_an_unknown_name_in_such_bytes_is_said_as_bytes(runner, archive):
    result = runner.invoke(main, ["show", LATIN1, "--index", str(archive)])
    assert result.exit_code == 1 and "«Pe\\xf1alol\\xe9n»" in result.output


def test_a_path_in_such_bytes_is_shown_as_its_bytes(runner, tmp_path):
    missing = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"Pe\xf1alol\xe9n"))
    result = runner.invoke(main, ["search", "vacuna", "--index", missing])
    assert result.exit_code == 1 and "Pe\\xf1alol\\xe9n: el índice no existe" in result.output


def test_a_latin1_query_under_the_c_locale_is_refused_by_the_program(archive):
    """The trial's case: real bytes in argv, LC_ALL=C (Python's UTF-8 mode)."""
    env = {**os.environ, "LC_ALL": "C"}
    done = subprocess.run([HEMEROTECA.encode(), b"search", b"Pe\xf1alol\xe9n", b"--index", os.fsencode(archive)],
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 2 and done.stdout == b""
    assert "lleva «Pe\\xf1alol\\xe9n»" in done.stderr.decode("utf-8")
    assert "«Peñalolén», escríbalo así." in done.stderr.decode("utf-8")
