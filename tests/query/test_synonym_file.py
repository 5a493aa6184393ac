"""Synonyms files in Solr's format (synonym_file.py): rules, problems named by file and line, bounds."""

import pytest

from search.query import synonym_file
from search.query.synonym_file import read_file, read_rules


@pytest.mark.parametrize("text, rules", [
    ("a, b, c", [(1, ("a", "b", "c"), ("a", "b", "c"))]),
    ("a, b => c, d", [(1, ("a", "b"), ("c", "d"))]),
    ("  teléfono   móvil ,celular ", [(1, ("teléfono móvil", "celular"), ("teléfono móvil", "celular"))]),
    ("# comentario\n\na, b", [(3, ("a", "b"), ("a", "b"))]),
    ("a,, b,", [(1, ("a", "b"), ("a", "b"))]),
])
def test_solr_lines(text, rules):
    assert read_rules(text, "s.txt") == (rules, [])


@pytest.mark.parametrize("line, problem", [
    ("=> b", "no hay nada antes de «=>»"),
    ("a =>", "no hay nada después de «=>»"),
    ("a => b => c", "tiene «=>» más de una vez"),
    ("solo", "«solo» no tiene sinónimos"),
    ("a b c d e f g, h", "«a b c d e f g» tiene más de 6 palabras"),
    (", ".join(f"w{n}" for n in range(40)), "tiene más de 32 sinónimos"),
])
def test_a_bad_line_is_named_with_its_file_and_line_and_the_others_kept(line, problem):
    rules, problems = read_rules(f"a, b\n{line}\nc, d", "mis.txt")
    assert [rule[0] for rule in rules] == [1, 3]
    assert len(problems) == 1 and problems[0].startswith(f"Sinónimos: mis.txt, línea 2: {problem}")
    assert problems[0].endswith("se ignoró.")


def test_many_bad_lines_are_counted_not_listed():
    _, problems = read_rules("\n".join(["solo"] * 10), "s.txt")
    assert len(problems) == 4 and problems[-1] == ("Sinónimos: s.txt: y 7 líneas más que no se "
                                                   "pudieron leer; se ignoraron.")


def test_a_huge_file_is_read_up_to_its_bounds(tmp_path, monkeypatch):
    monkeypatch.setattr(synonym_file, "MAX_BYTES", 1_000)
    path = tmp_path / "big.txt"
    path.write_text("".join(f"p{n}, q{n}\n" for n in range(2_000)), encoding="utf-8")
    text, problems = read_file(path)
    assert len(text.encode()) <= 1_000 and text.endswith("\n")
    assert "mide más de" in problems[0]
    monkeypatch.setattr(synonym_file, "MAX_LINES", 10)
    rules, problems = read_rules("a, b\n" * 50, "big.txt")
    assert len(rules) == 10 and "se leyeron las 10 primeras" in problems[0]


def test_a_file_over_both_bounds_is_said_once(tmp_path, monkeypatch):
    # trial 18b: «mide más de 1 MB; se leyeron sus primeras 42.592 líneas», then «tiene
    # 42.592 líneas; se leyeron las 20.000 primeras»: two counts of one reading
    monkeypatch.setattr(synonym_file, "MAX_BYTES", 1_000)
    monkeypatch.setattr(synonym_file, "MAX_LINES", 10)
    path = tmp_path / "big.txt"
    path.write_text("".join(f"p{n}, q{n}\n" for n in range(2_000)), encoding="utf-8")
    text, problems = read_file(path)
    rules, more = read_rules(text, str(path))
    assert len(rules) == 10 and more == []
    assert len(problems) == 1 and problems[0].endswith("; se leyeron sus primeras 10 líneas.")


@pytest.mark.parametrize("make, said", [
    (lambda folder: folder / "nada.txt", "no existe el archivo"),
    (lambda folder: folder, "es una carpeta"),
    (lambda folder: _written(folder / "latin.txt", "cubrebocas, tapabocas\ncamión, autobús".encode("latin-1")),
     "línea 2: no está escrito en UTF-8"),
])
def test_a_file_that_cant_be_read_is_named_and_left_out(tmp_path, make, said):
    text, problems = read_file(make(tmp_path))
    assert text == "" and said in problems[0] and "se buscó sin" in problems[0]


def _written(path, data):
    path.write_bytes(data)
    return path
