"""Metadata filled by mistake is bounded and named with its file and line: a speaker field
holding an article, every attendee, values that are no names (the valid names are kept;
unbounded, joining the people of one crowded paragraph took minutes and gigabytes), and
a title of 160,000 characters (once printed whole on every hit)."""

import json

import pytest

from search.cli import main
from search.settings import MAX_ID_CHARS, MAX_PARAGRAPH_SPEAKERS, MAX_SPEAKER_CHARS

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


# (name, the records, what the build says of line 2, the ids and docs of the hits)
LONG_NAMES = [
    ("id_enorme", [{"id": "x" * 3_000_000, "text": "id enorme sobre el tapir"}],
     "su «id» tenía 3.000.000 caracteres (el máximo es 300)", None),
    ("doc_enorme", [{"id": "d1", "doc": "D" * 3_000_000, "text": "doc enorme sobre el tapir"}],
     "su «doc» tenía 3.000.000 caracteres (el máximo es 300)", None),
    ("id_al_limite", [{"id": "x" * MAX_ID_CHARS, "text": "id al límite sobre el tapir"}], None,
     ["x" * MAX_ID_CHARS]),
    ("dos_ids_largos_con_el_mismo_comienzo", [{"id": "y" * 400 + "1", "text": "uno sobre el tapir"},
                                              {"id": "y" * 400 + "2", "text": "dos sobre el tapir"}],
     "su «id» tenía 401 caracteres", None),
]


@pytest.mark.parametrize("name, records, said, kept", LONG_NAMES, ids=[case[0] for case in LONG_NAMES])
def test_a_long_id_or_doc_is_shortened_and_said(runner, tmp_path, name, records, said, kept):
    docs = tmp_path / "docs"
    docs.mkdir()
    lines = [json.dumps({"id": "a", "text": "primero"})] + [json.dumps(record) for record in records]
    (docs / "f.jsonl").write_text("\n".join(lines) + "\n")
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert built.exit_code == 0 and len(built.output) < 5000, built.output[:2000]
    assert (f"{docs / 'f.jsonl'}:2: {said}" in built.output) if said else "f.jsonl:2" not in built.output
    found = runner.invoke(main, ["search", "tapir", "--index", str(tmp_path / "ix"), "--json"])
    hits = json.loads(found.output)["hits"]
    assert len(hits) == len(records)  # two ids that share a long start stay two records
    assert all(len(hit["id"]) <= MAX_ID_CHARS and len(hit["doc"]) <= MAX_ID_CHARS for hit in hits)
    assert kept is None or [hit["id"] for hit in hits] == kept
    assert len({hit["id"] for hit in hits}) == len(hits)
    again = runner.invoke(main, ["update", str(docs), "--index", str(tmp_path / "ix")])
    assert "1 sin cambios" in again.output, again.output  # the same file gives the same names
    shown = runner.invoke(main, ["show", hits[0]["id"], "--index", str(tmp_path / "ix")])
    assert shown.exit_code == 0 and "tapir" in shown.output, shown.output
