"""Metadata filled by mistake is bounded and named with its file and line: a speaker field
holding an article, every attendee, values that are no names (the valid names are kept;
unbounded, joining the people of one crowded paragraph took minutes and gigabytes), and
a title of 160,000 characters (once printed whole on every hit)."""

import json

import pytest

from search.cli import main
from search.settings import MAX_PARAGRAPH_SPEAKERS, MAX_SPEAKER_CHARS

GIVEN = [f"{first} {last}" for first in ("Ana", "Luis", "Pedro", "María", "José", "Carmen", "Jorge", "Lucía")
         for last in ("Pérez", "Gómez", "Rojas", "Soto", "Vidal", "Mora", "Lara", "Nieto", "Ortiz", "Ruiz")]

# (name, the record's speaker field, what the aviso says, the speakers kept)
FIELDS = [
    ("nombre_enorme", {"speaker": "Juan " * 20000}, "un orador tiene 99.999 caracteres", []),
    ("nombre_al_limite", {"speaker": "J" * MAX_SPEAKER_CHARS}, None, ["J" * MAX_SPEAKER_CHARS]),
    ("uno_enorme_en_la_lista", {"speakers": ["Ana Pérez", "x" * 5000]}, "un orador tiene 5.000 caracteres",
     ["Ana Pérez"]),
    ("lista_mezclada", {"speakers": [1, None, {"a": 1}, "María López"]},
     "se ignoraron 3 de sus 4 oradores", ["María López"]),
    ("multitud", {"speakers": GIVEN}, f"tiene 80 oradores; se tomaron los {MAX_PARAGRAPH_SPEAKERS} primeros",
     GIVEN[:MAX_PARAGRAPH_SPEAKERS]),
    ("no_es_lista", {"speakers": {"a": "Ana"}}, "se ignoraron sus oradores", []),
]


@pytest.mark.parametrize("name, field, said, kept", FIELDS, ids=[case[0] for case in FIELDS])
def test_a_crowded_or_long_speaker_field_is_bounded_and_named(runner, tmp_path, name, field, said, kept):
    docs = tmp_path / "docs"
    docs.mkdir()
    record = {"id": "r", "text": "registro sobre el carpincho", **field}
    (docs / "f.jsonl").write_text(json.dumps({"id": "a", "text": "primero"}) + "\n" + json.dumps(record) + "\n")
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert built.exit_code == 0, built.output
    assert (f"{docs / 'f.jsonl'}:2: {said}" in built.output) if said else "f.jsonl:2" not in built.output
    found = runner.invoke(main, ["search", "carpincho", "--index", str(tmp_path / "ix"), "--json"])
    [hit] = json.loads(found.output)["hits"]
    assert hit["speakers"] == kept


def test_a_paragraph_crowded_with_reported_speakers_keeps_the_first_ones(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "t.txt").write_text(" ".join(f"{name} dijo que sí." for name in GIVEN) + "\n")
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert built.exit_code == 0, built.output
    assert f"{docs / 't.txt'}#1: tiene 80 oradores; se tomaron los {MAX_PARAGRAPH_SPEAKERS} primeros" in built.output
    found = runner.invoke(main, ["search", "dijo", "--index", str(tmp_path / "ix"), "--json"])
    [hit] = json.loads(found.output)["hits"]
    assert hit["speakers"] == GIVEN[:MAX_PARAGRAPH_SPEAKERS]


@pytest.mark.parametrize("name, content", [
    ("f.jsonl", json.dumps({"id": "t1", "text": "titulo largo sobre el tapir", "title": "Titular " * 20000}) + "\n"),
    ("n.md", "---\ntitle: " + "Titular " * 20000 + "\n---\n\nTexto largo sobre el tapir.\n"),
])
def test_a_title_given_by_a_file_is_cut_and_said(runner, tmp_path, name, content):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / name).write_text(content)
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert f"{docs / name}: un título tenía 159.999 caracteres; se cortó a 200" in built.output, built.output
    found = runner.invoke(main, ["search", "tapir", "--index", str(tmp_path / "ix")])
    assert max(map(len, found.output.splitlines())) < 300
    as_json = runner.invoke(main, ["search", "tapir", "--index", str(tmp_path / "ix"), "--json"])
    [hit] = json.loads(as_json.output)["hits"]
    assert hit["title"].startswith("Titular Titular") and hit["title"].endswith("Titular…")
    assert len(hit["title"]) <= 201
