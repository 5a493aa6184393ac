"""One `doc` given by two .jsonl files: two documents, each named after its file, found, shown
and removed apart, with names that depend on the files only, not on the update history."""

import json
import shutil

import pytest
from click.testing import CliRunner

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.update import update_index


def write(path, *records):
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records))


def hits(index_dir, query):
    with open_index(index_dir) as index:
        return sorted((hit.id, hit.doc, hit.paragraph) for hit in search(index, query, limit=50).hits)


def shown(index_dir, target):
    result = CliRunner().invoke(main, ["show", target, "--index", str(index_dir)])
    return result.exit_code, result.output


@pytest.fixture
def feeds(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    write(folder / "f1.jsonl", {"id": "x1", "text": "Primer párrafo sobre el litio.", "doc": "rueda-1"},
          {"id": "x2", "text": "Segundo párrafo sobre el cobre.", "doc": "rueda-1"},
          {"id": "s1", "text": "Registro suelto sobre el estaño."})
    write(folder / "f2.jsonl", {"id": "x3", "text": "Tercer párrafo sobre el oro.", "doc": "rueda-1"},
          {"id": "x4", "text": "Otro documento sobre la plata.", "doc": "rueda-2"})
    return folder


TWO = [("x1", "f1.jsonl/rueda-1", 1), ("x2", "f1.jsonl/rueda-1", 2), ("x3", "f2.jsonl/rueda-1", 1)]


def test_a_doc_two_files_give_makes_two_documents_named_after_their_files(feeds, tmp_path):
    summary = build_index([feeds], tmp_path / "ix")
    assert any("«rueda-1» lo dan 2 archivos (f1.jsonl, f2.jsonl)" in line for line in summary.warnings)
    assert hits(tmp_path / "ix", "doc:rueda-1") == TWO  # one name, both found
    assert hits(tmp_path / "ix", "doc:rueda-2") == [("x4", "rueda-2", 1)]  # given once: as given
    assert hits(tmp_path / "ix", "estaño") == [("s1", "f1.jsonl", 1)]
    code, output = shown(tmp_path / "ix", "f1.jsonl/rueda-1")
    assert code == 0 and "2 párrafos" in output and "litio" in output and "oro" not in output
    code, output = shown(tmp_path / "ix", "f2.jsonl/rueda-1#1")
    assert code == 0 and "oro" in output and "litio" not in output


@pytest.mark.parametrize("removed, kept", [("f2.jsonl", [("x1", "rueda-1", 1), ("x2", "rueda-1", 2)]),
                                           ("f1.jsonl", [("x3", "rueda-1", 1)])])
def test_each_is_removed_with_its_file_and_the_other_gets_its_plain_name_back(feeds, tmp_path, removed, kept):
    build_index([feeds], tmp_path / "ix")
    (feeds / removed).unlink()
    summary = update_index([feeds], tmp_path / "ix")
    assert summary.removed == 1 and summary.updated == 1
    assert any("vuelve a llamarse «rueda-1»" in line for line in summary.warnings)
    assert hits(tmp_path / "ix", "doc:rueda-1") == kept
    assert shown(tmp_path / "ix", "rueda-1")[0] == 0


def test_names_depend_on_the_files_not_on_the_history(feeds, tmp_path):
    second = feeds / "f2.jsonl"
    shutil.move(second, tmp_path / "f2.jsonl")
    build_index([feeds], tmp_path / "ix")
    assert hits(tmp_path / "ix", "doc:rueda-1") == [("x1", "rueda-1", 1), ("x2", "rueda-1", 2)]
    shutil.move(tmp_path / "f2.jsonl", second)  # a second file with rueda-1 arrives
    summary = update_index([feeds], tmp_path / "ix")
    assert (summary.added, summary.updated) == (1, 1)  # f1.jsonl indexed again, to be renamed
    assert hits(tmp_path / "ix", "doc:rueda-1") == TWO
    write(feeds / "otro.jsonl", {"id": "o1", "text": "Nada que ver sobre el zinc."})
    assert update_index([feeds], tmp_path / "ix").updated == 0  # names kept, nothing read again
    build_index([feeds], tmp_path / "fresh")
    assert hits(tmp_path / "ix", "doc:rueda-1") == hits(tmp_path / "fresh", "doc:rueda-1") == TWO
    # a change to one of them keeps both names
    write(second, {"id": "x3", "text": "Tercer párrafo, corregido, sobre el oro.", "doc": "rueda-1"})
    update_index([feeds], tmp_path / "ix")
    assert hits(tmp_path / "ix", "doc:rueda-1") == TWO
    assert hits(tmp_path / "ix", "corregido") == [("x3", "f2.jsonl/rueda-1", 1)]


@pytest.fixture
def years(tmp_path):
    for year, word in (("2020", "quinua"), ("2021", "yuca")):
        (tmp_path / year / "notas").mkdir(parents=True)
        (tmp_path / year / "notas" / "1.txt").write_text(f"Lima, 1 de junio de {year}.- Habló de la {word}.\n")
    return tmp_path


def test_one_path_under_two_folders_makes_two_documents_named_with_their_folder(years, tmp_path):
    summary = build_index([years / "2020", years / "2021"], tmp_path / "ix")
    assert any("«notas/1.txt» es el nombre de 2 archivos" in line for line in summary.warnings)
    assert hits(tmp_path / "ix", "doc:notas/1.txt") == [("2020/notas/1.txt#1", "2020/notas/1.txt", 1),
                                                        ("2021/notas/1.txt#1", "2021/notas/1.txt", 1)]
    code, output = shown(tmp_path / "ix", "2021/notas/1.txt")
    assert code == 0 and "yuca" in output and "quinua" not in output


def test_a_second_folder_renames_the_first_and_its_removal_gives_the_name_back(years, tmp_path):
    build_index([years / "2020"], tmp_path / "ix")
    assert hits(tmp_path / "ix", "quinua") == [("notas/1.txt#1", "notas/1.txt", 1)]
    summary = update_index([years / "2020", years / "2021"], tmp_path / "ix")
    assert (summary.added, summary.updated) == (1, 1)
    assert hits(tmp_path / "ix", "quinua") == [("2020/notas/1.txt#1", "2020/notas/1.txt", 1)]
    build_index([years / "2020", years / "2021"], tmp_path / "fresh")
    assert hits(tmp_path / "ix", "doc:notas/1.txt") == hits(tmp_path / "fresh", "doc:notas/1.txt")
    (years / "2021" / "notas" / "1.txt").unlink()
    summary = update_index([years / "2020", years / "2021"], tmp_path / "ix")
    assert (summary.removed, summary.updated) == (1, 1)
    assert hits(tmp_path / "ix", "quinua") == [("notas/1.txt#1", "notas/1.txt", 1)]


def test_folders_of_one_name_are_told_apart_by_their_whole_path(tmp_path):
    for parent in ("a", "b"):
        (tmp_path / parent / "docs").mkdir(parents=True)
        (tmp_path / parent / "docs" / "1.txt").write_text(f"Lima, 1 de junio de 2023.- Nota {parent} del cacao.\n")
    build_index([tmp_path / "a" / "docs", tmp_path / "b" / "docs"], tmp_path / "ix")
    assert [doc for _, doc, _ in hits(tmp_path / "ix", "cacao")] == [
        f"{tmp_path.as_posix()}/a/docs/1.txt", f"{tmp_path.as_posix()}/b/docs/1.txt"]


def documents(index_dir):
    """Return {document name: its paragraphs' ids} of an index's live documents."""
    found = {}
    for record_id, doc, _ in hits(index_dir, "*:*"):
        found.setdefault(doc, []).append(record_id)
    return {doc: sorted(ids) for doc, ids in found.items()}


# A feed's `doc` that is another document's own name: a file's (nota.txt), or the name of a
# feed's records without `doc` (f1.jsonl), even in the same feed. The document that is its
# file's own keeps the name; the feed's is named after the feed.
OWN_NAMES = [
    ({"nota.txt": "Nota suelta sobre el litio."},
     {"feed.jsonl": [{"id": "r1", "doc": "nota.txt", "text": "Registro del feed sobre el cobre."}]},
     {"nota.txt": ["nota.txt#1"], "feed.jsonl/nota.txt": ["r1"]}),
    ({}, {"f1.jsonl": [{"id": "s1", "text": "Registro suelto sobre el estaño."}],
          "f2.jsonl": [{"id": "r1", "doc": "f1.jsonl", "text": "Registro del feed sobre el cobre."}]},
     {"f1.jsonl": ["s1"], "f2.jsonl/f1.jsonl": ["r1"]}),
    ({}, {"f.jsonl": [{"id": "s1", "text": "Registro suelto sobre el estaño."},
                      {"id": "r1", "doc": "f.jsonl", "text": "Registro del feed sobre el cobre."}]},
     {"f.jsonl": ["s1"], "f.jsonl/f.jsonl": ["r1"]}),
]


@pytest.mark.parametrize("texts, feeds, expected", OWN_NAMES)
def test_a_doc_that_is_another_documents_own_name_makes_two_documents(tmp_path, texts, feeds, expected):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text + "\n")
    for name, records in feeds.items():
        write(folder / name, *records)
    summary = build_index([folder], tmp_path / "ix")
    assert documents(tmp_path / "ix") == expected
    own = next(name for name in expected if "/" not in name)
    assert any(f"«{own}» es el nombre del documento de un archivo" in line for line in summary.warnings)
    for name in expected:  # each shown whole, and only itself
        code, output = shown(tmp_path / "ix", name)
        assert code == 0 and f"{name} · 1 párrafo" in output, output
    assert sorted(doc for _, doc, _ in hits(tmp_path / "ix", f"doc:{own}")) == sorted(expected)


@pytest.mark.parametrize("texts, feeds, expected", OWN_NAMES[:2])
def test_an_update_names_them_as_a_build_of_the_same_files(tmp_path, texts, feeds, expected):
    # The file whose own name the feed's `doc` is arrives, then leaves: the feed's document is
    # renamed both ways, as a fresh build names it.
    folder, away = tmp_path / "docs", tmp_path / "away"
    folder.mkdir()
    away.mkdir()
    (owner, _), (giver, records) = ([(name, text) for name, text in texts.items()] + list(feeds.items()))[:2]
    write(folder / giver, *records)
    build_index([folder], tmp_path / "ix")
    assert list(documents(tmp_path / "ix")) == [owner]  # the `doc` as given: no other has it
    if texts:
        (folder / owner).write_text(texts[owner] + "\n")
    else:
        write(folder / owner, *feeds[owner])
    summary = update_index([folder], tmp_path / "ix")
    assert (summary.added, summary.updated) == (1, 1)
    assert documents(tmp_path / "ix") == expected
    build_index([folder], tmp_path / "fresh")
    assert documents(tmp_path / "fresh") == expected
    (folder / owner).unlink()
    summary = update_index([folder], tmp_path / "ix")
    assert (summary.removed, summary.updated) == (1, 1)
    assert list(documents(tmp_path / "ix")) == [owner]
    assert any(f"vuelve a llamarse «{owner}»" in line for line in summary.warnings)
