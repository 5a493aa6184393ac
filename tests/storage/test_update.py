import os

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.results import hit_records
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.locking import writer_lock
from search.storage.update import update_index


def served(index_dir):
    """Return the ids of every record Whoosh serves, each once per copy."""
    with open_index(index_dir) as index:
        searcher = index.searcher()
        records = hit_records(searcher, index.store, list(searcher.document_numbers()))
        return sorted(record.id for record in records)


def docnos(index_dir):
    with open_index(index_dir) as index:
        return dict(index.store._query("SELECT doc, docno FROM docs WHERE state = 1"))


def test_nothing_changed_changes_nothing(folder, index_dir):
    summary = update_index([folder], index_dir)
    assert (summary.added, summary.updated, summary.removed, summary.unchanged) == (0, 0, 0, 2)
    assert "0 añadidos, 0 modificados, 0 movidos, 0 eliminados, 2 sin cambios" in summary.line()


def test_new_and_changed_files_are_indexed(folder, index_dir):
    (folder / "c.txt").write_text("Nuevo documento con mascarillas.\n")
    (folder / "a.txt").write_text("EL PRESIDENTE: Texto cambiado.\n")
    summary = update_index([folder], index_dir)
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 1)
    assert served(index_dir) == ["a.txt#1", "b.txt#1", "b.txt#2", "c.txt#1"]
    with open_index(index_dir) as index:
        assert [r.text for r in index.store.document_records("a.txt")] == [
            "EL PRESIDENTE: Texto cambiado."]
        assert index.store.counts() == (3, 4)


def test_a_touched_file_is_not_indexed_again(folder, index_dir):
    before = docnos(index_dir)
    os.utime(folder / "a.txt", ns=(10**18, 10**18))
    summary = update_index([folder], index_dir)
    assert (summary.updated, summary.unchanged, summary.documents) == (0, 2, 0)
    assert docnos(index_dir) == before
    assert update_index([folder], index_dir).documents == 0


def test_a_renamed_file_moves_its_records(folder, index_dir):
    (folder / "sub").mkdir()
    os.rename(folder / "b.txt", folder / "sub" / "b.txt")
    summary = update_index([folder], index_dir)
    assert (summary.moved, summary.added, summary.removed) == (1, 0, 0)
    assert served(index_dir) == ["a.txt#1", "a.txt#2", "sub/b.txt#1", "sub/b.txt#2"]


def test_a_deleted_file_leaves_no_records_speakers_or_words(folder, index_dir):
    (folder / "b.txt").unlink()
    summary = update_index([folder], index_dir)
    assert summary.removed == 1
    assert served(index_dir) == ["a.txt#1", "a.txt#2"]
    with open_index(index_dir) as index:
        assert [row[0] for row in index.store.speaker_table()] == ["El Presidente"]
        assert "economía" not in index.store.words() and "vacunas" in index.store.words()
        assert index.store.document_records("b.txt") == []
        assert index.store.locate("b.txt#1") is None


def test_only_the_given_paths_are_compared(folder, index_dir, tmp_path):
    (folder / "b.txt").unlink()
    (folder / "c.txt").write_text("Otro nuevo.\n")
    summary = update_index([folder / "c.txt"], index_dir)
    assert (summary.added, summary.removed) == (1, 0)
    assert "b.txt#1" in served(index_dir) and "c.txt#1" in served(index_dir)


def test_update_without_an_index_builds_one(folder, tmp_path):
    summary = update_index([folder], tmp_path / "nuevo")
    assert summary.rebuilt and summary.documents == 2
    assert update_index([folder], tmp_path / "nuevo").unchanged == 2


def test_odd_file_names_round_trip(folder, index_dir):
    names = ["con espacios.txt", "acentuación ñ.txt", os.fsdecode(b"latin\xe9.txt")]
    for name in names:
        (folder / name).write_text("Un párrafo de texto.\n")
    assert update_index([folder], index_dir).added == 3
    ids = served(index_dir)
    assert {"con espacios.txt#1", "acentuación ñ.txt#1", "latin\\xe9.txt#1"} <= set(ids)
    assert update_index([folder], index_dir).unchanged == 5
    (folder / names[2]).unlink()
    assert update_index([folder], index_dir).removed == 1
    assert "latin\\xe9.txt#1" not in served(index_dir)


def test_links_loops_and_unreadable_files_are_skipped(folder, index_dir):
    (folder / "loop").symlink_to(folder)
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "dir.txt").mkdir()
    summary = update_index([folder], index_dir)
    assert [os.path.basename(path) for path, _ in summary.skipped] == ["loop", "dangling.txt", "self.txt"]
    assert "enlace simbólico a una carpeta: no se sigue" in summary.skipped[0][1]
    assert "enlace roto" in summary.skipped[1][1]
    assert (summary.added, summary.unchanged) == (0, 2)


def skipped_names(summary):
    return {os.path.basename(path): reason for path, reason in summary.skipped}


def test_files_the_build_skipped_stay_skipped_with_their_reason(folder, tmp_path):
    (folder / "vacio.txt").write_text("")
    (folder / "binario.txt").write_bytes(b"\x00\x01" * 100)
    (folder / "roto.txt").symlink_to(folder / "nada.txt")
    built = build_index([folder], tmp_path / "ix")
    summary = update_index([folder], tmp_path / "ix")
    assert skipped_names(summary) == skipped_names(built)
    assert set(skipped_names(summary)) == {"vacio.txt", "binario.txt", "roto.txt"}
    assert "enlace roto" in skipped_names(summary)["roto.txt"]
    assert summary.unchanged == 2 and "2 sin cambios; 3 archivos omitidos" in summary.line()

    (folder / "vacio.txt").write_text("Ya tiene texto.\n")
    (folder / "a.txt").write_text("")
    summary = update_index([folder], tmp_path / "ix")
    assert summary.updated == 1 and set(skipped_names(summary)) == {"a.txt", "binario.txt", "roto.txt"}
    assert skipped_names(summary)["a.txt"] == "archivo vacío"
    summary = update_index([folder], tmp_path / "ix")
    assert (summary.unchanged, set(skipped_names(summary))) == (2, {"a.txt", "binario.txt", "roto.txt"})
    assert "vacio.txt#1" in served(tmp_path / "ix")

    (folder / "binario.txt").unlink()
    summary = update_index([folder], tmp_path / "ix")
    assert summary.removed == 1 and "binario.txt" not in skipped_names(summary)


# (what the file is made, why it is skipped, whether its last text stays in the index)
@pytest.mark.parametrize("content, reason, kept", [
    (b"", "archivo vacío", False),
    (b" \n\t\n", "archivo vacío", False),
    # trial 33, defect 18: bytes that are no text are a garbled file, not an edit
    (b"\x00\x01" * 100, "archivo binario", True),
    (b"\x00" * 100, "archivo binario (contiene bytes NUL)", True),  # the zeroed file a crash leaves
    (bytes(range(1, 32)) * 10, "archivo binario (demasiados caracteres de control)", True),
])
def test_a_file_made_empty_or_binary_counts_as_skipped_not_modified(folder, index_dir, content, reason, kept):
    (folder / "c.txt").write_text("Texto que luego se pierde.\n")
    update_index([folder], index_dir)
    (folder / "c.txt").write_bytes(content)
    for again in (False, True):  # said at every update, until the file is text again
        summary = update_index([folder], index_dir)
        assert (summary.updated, summary.removed, summary.unchanged) == (0, 0, 2)
        assert skipped_names(summary)["c.txt"].startswith(reason)
        assert "0 modificados" in summary.line() and "1 archivo omitido" in summary.line()
        assert ("c.txt#1" in served(index_dir)) is kept  # its old text stays, or left the index
        assert ([os.path.basename(path) for path in summary.stale], len(summary.withdrawn)) == (
            (["c.txt"], 0) if kept else ([], 0 if again else 1))  # withdrawn once
        assert ("conserva en el índice los documentos de una versión anterior" in summary.line()) is kept
        assert "vacío o sin texto" not in summary.line() or not kept
    (folder / "c.txt").write_text("Texto que vuelve.\n")
    summary = update_index([folder], index_dir)
    assert summary.updated + summary.added == 1 and "c.txt#1" in served(index_dir)


def test_a_file_changed_within_the_clock_tick_is_seen(folder, index_dir):
    path = folder / "a.txt"
    path.write_text("AAAA.\n")
    update_index([folder], index_dir)
    stamp = path.stat().st_mtime_ns
    path.write_text("BBBB.\n")
    os.utime(path, ns=(stamp, stamp))  # same size, same time: only the hash tells
    update_index([folder], index_dir)
    with open_index(index_dir) as index:
        assert index.store.document_records("a.txt")[0].text == "BBBB."


def test_the_second_writer_waits_then_says_who_writes(folder, index_dir, runner):
    with writer_lock(index_dir):
        result = runner.invoke(main, ["update", str(folder), "--index", str(index_dir),
                                      "--wait", "0.2"])
    assert result.exit_code == 1
    assert f"«hemeroteca update» está escribiendo en el índice (pid {os.getpid()})" in result.output


def test_cli_update_and_optimize(folder, index_dir, runner):
    (folder / "c.txt").write_text("Nuevo documento.\n")
    result = runner.invoke(main, ["update", str(folder), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "1 añadido, 0 modificados, 0 movidos, 0 eliminados, 2 sin cambios" in result.output
    result = runner.invoke(main, ["optimize", "--index", str(index_dir)])
    assert result.exit_code == 0 and "1 segmento ahora" in result.output
    with open_index(index_dir) as index:
        assert len(index.searcher().reader().leaf_readers()) == 1
    assert "c.txt#1" in served(index_dir)
    assert live_generation(index_dir).name.startswith("gen-")


def test_an_index_with_other_fields_is_rebuilt(folder, tmp_path):
    from whoosh.fields import ID

    from search.storage.schema import paragraph_schema

    older = paragraph_schema()
    older.add("retired_field", ID())
    build_index([folder], tmp_path / "ix", schema=older)
    assert update_index([folder], tmp_path / "ix").rebuilt
    assert served(tmp_path / "ix") == ["a.txt#1", "a.txt#2", "b.txt#1", "b.txt#2"]


def older_analyzer_schema():
    """Return the schema as an index built before the analyzer's version mark holds it."""
    from search.storage.schema import paragraph_schema

    older = paragraph_schema()
    for name in ("text", "title"):
        for item in older[name].analyzer.items:
            item.__dict__.pop("version", None)
    return older


def test_an_index_built_with_another_analyzer_is_rebuilt(folder, tmp_path):
    from search.retrieval.reader import open_index
    from search.text.analyzer_marks import analyzer_version

    build_index([folder], tmp_path / "ix", schema=older_analyzer_schema())
    summary = update_index([folder], tmp_path / "ix")
    assert summary.rebuilt and "otra versión" in summary.line()
    with open_index(tmp_path / "ix") as index:
        assert analyzer_version(index.searcher().schema["text"].analyzer) > 1
    assert served(tmp_path / "ix") == ["a.txt#1", "a.txt#2", "b.txt#1", "b.txt#2"]
