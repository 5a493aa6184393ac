import errno
import os
import weakref

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.filedb.structfile import StructFile

from search.retrieval.reader import open_index
from search.storage import adding, update_steps
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.store import RecordStore
from search.storage.update import UpdateFailed, update_index
from search.whoosh_ext.writing import index_file_names
from tests.storage.test_update import docnos, served


@pytest.mark.parametrize("step", ["write_whoosh", "mark_live"])
def test_an_interrupted_update_is_repaired_by_the_next(folder, index_dir, monkeypatch, step):
    before = served(index_dir)
    (folder / "a.txt").write_text("Versión nueva.\n")
    (folder / "b.txt").unlink()

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    target = update_steps if step == "write_whoosh" else RecordStore
    original = getattr(target, step)
    if step == "mark_live":
        # Whoosh has committed the new state when the update dies.
        monkeypatch.setattr(target, step, lambda *a, **k: killed())
    else:
        monkeypatch.setattr(target, step, killed)
    with pytest.raises(KeyboardInterrupt):
        update_index([folder], index_dir)
    assert served(index_dir) in (before, ["a.txt#1"])
    with open_index(index_dir) as index:
        assert all(index.store.records([(d, 1)])[0] for d in docnos(index_dir).values())
    monkeypatch.setattr(target, step, original)
    summary = update_index([folder], index_dir)
    assert summary.repaired
    assert served(index_dir) == ["a.txt#1"]
    with open_index(index_dir) as index:
        assert index.store.counts() == (1, 1)
        assert [row[0] for row in index.store.speaker_table()] == []
    assert update_index([folder], index_dir).documents == 0


def no_space(*args):
    """Stand in for a write on a full disk."""
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


# The writer's files that failed to close are left to the garbage collector.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_full_disk_fails_cleanly_and_the_old_index_serves(folder, index_dir, monkeypatch):
    before = served(index_dir)
    (folder / "c.txt").write_text("Nuevo.\n")

    # Every file Whoosh writes goes through StructFile.write.
    monkeypatch.setattr(StructFile, "write", no_space)
    with pytest.raises(UpdateFailed, match="no queda espacio en el disco"):
        update_index([folder], index_dir)
    assert served(index_dir) == before
    monkeypatch.undo()
    assert update_index([folder], index_dir).added == 1
    assert "c.txt#1" in served(index_dir)


def swap(folder):
    a, b = (folder / "a.txt").read_bytes(), (folder / "b.txt").read_bytes()
    (folder / "a.txt").write_bytes(b)
    (folder / "b.txt").write_bytes(a)


# Trial 20: a full disk met by an update that also renamed files in place (update_renames.py)
# left the renames served: the store committed them with the staged texts, before Whoosh's
# write failed, while the message said the old state still served.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize("change", [
    lambda folder: (folder / "a.txt").rename(folder / "z.txt"),  # moved
    lambda folder: (folder / "a.txt").rename(folder / "sub" / "a.txt"),  # moved to a folder
    swap,  # two names swapped
])
def test_a_full_disk_keeps_the_old_names_of_files_renamed_in_place(folder, index_dir, monkeypatch, change):
    before = served(index_dir)
    (folder / "sub").mkdir()
    change(folder)
    (folder / "c.txt").write_text("Nuevo.\n")  # something for Whoosh to write

    # the segment's files written at Whoosh's commit, after the store's first one
    monkeypatch.setattr(update_steps, "write_whoosh", no_space)
    with pytest.raises(UpdateFailed, match="sigue sirviendo su estado anterior"):
        update_index([folder], index_dir)
    assert served(index_dir) == before
    monkeypatch.undo()
    update_index([folder], index_dir)
    assert served(index_dir) == served(build_fresh(folder, index_dir.parent / "fresh"))


def build_fresh(folder, index_dir):
    build_index([folder], index_dir)
    return index_dir


def test_a_file_that_vanishes_while_read_keeps_its_records(folder, index_dir, monkeypatch):
    (folder / "a.txt").write_text("Nuevo texto.\n")
    real = adding.iter_path

    def vanishing(path, root, warn, **options):
        path.unlink()
        return real(path, root, warn, **options)

    monkeypatch.setattr(adding, "iter_path", vanishing)
    summary = update_index([folder], index_dir)
    assert "no se puede leer" in summary.skipped[0][1]
    assert "a.txt#1" in served(index_dir)
    monkeypatch.undo()
    assert update_index([folder], index_dir).removed == 1


def test_an_update_killed_while_it_reads_leaves_no_files_and_the_next_applies(folder, index_dir, monkeypatch):
    (folder / "a.txt").write_text("Versión nueva.\n")
    (folder / "c.txt").write_text("Otro documento.\n")
    before = served(index_dir)
    real = adding.add_document
    calls = []

    def killed_at_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # the first document is in the writer, uncommitted
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(adding, "add_document", killed_at_the_second)
    with pytest.raises(KeyboardInterrupt):
        update_index([folder], index_dir)
    generation = live_generation(index_dir)
    ix = FileStorage(str(generation)).open_index()
    listed = set(index_file_names(ix))
    ix.close()
    whoosh_files = {name for name in os.listdir(generation) if name.startswith("_MAIN")}
    assert served(index_dir) == before and whoosh_files <= listed
    monkeypatch.undo()
    summary = update_index([folder], index_dir)
    assert (summary.added, summary.updated, summary.repaired) == (1, 1, False)
    assert served(index_dir) == ["a.txt#1", "b.txt#1", "b.txt#2", "c.txt#1"]


def test_an_update_holds_one_documents_records_at_a_time(folder, index_dir, monkeypatch):
    """Each document's records go to Whoosh as it is read, as in a build: none are kept."""
    for n in range(1, 6):
        (folder / f"nuevo{n}.txt").write_text(f"Párrafo {n} sobre vacunas.\nOtro párrafo {n}.\n")
    real = adding.document_records
    earlier, alive_at_each_call = [], []

    def watched(document, warn=None):
        alive_at_each_call.append(sum(ref() is not None for ref in earlier))
        when, records = real(document, warn)
        earlier.extend(weakref.ref(record) for record in records)
        return when, records

    monkeypatch.setattr(adding, "document_records", watched)
    summary = update_index([folder], index_dir)
    assert summary.added == 5 and summary.paragraphs == 10
    assert alive_at_each_call == [0] * 5
    assert {f"nuevo{n}.txt#2" for n in range(1, 6)} <= set(served(index_dir))


def emptied(path):  # a copy cut at its first byte, a full disk's rewrite
    path.write_bytes(b"")


def zeroed(path):  # the zeroed tail a crash leaves, here the whole file
    path.write_bytes(b"\x00" * path.stat().st_size)


def removed(path):
    path.unlink()


@pytest.mark.parametrize("first, second", [(emptied, emptied), (emptied, removed)])
def test_an_update_that_would_leave_no_document_is_refused(folder, index_dir, first, second):
    """Every file of the index made empty, binary or gone at once is the wipe `index` refuses
    (trial 17: two files emptied by a failed copy emptied the index); the index keeps its
    documents, and once the files are back the update is an ordinary one."""
    from click.testing import CliRunner

    from search.cli import main

    before = served(index_dir)
    texts = {name: (folder / name).read_bytes() for name in ("a.txt", "b.txt")}
    first(folder / "a.txt")
    second(folder / "b.txt")
    for _ in range(2):  # refused again: nothing of the refused update was kept
        result = CliRunner().invoke(main, ["update", str(folder), "--index", str(index_dir)])
        assert result.exit_code == 1 and "Traceback" not in result.output, result.output
        assert "ningún archivo del índice conserva documentos" in result.output
        assert "no se quitó nada" in result.output and "borre su carpeta" in result.output
        assert served(index_dir) == before
    for name, text in texts.items():
        (folder / name).write_bytes(text)
    summary = update_index([folder], index_dir)
    assert served(index_dir) == before and summary.removed == 0


@pytest.mark.parametrize("first, second", [(zeroed, zeroed), (zeroed, removed), (emptied, zeroed)])
def test_files_zeroed_keep_their_last_text_so_nothing_is_wiped(folder, index_dir, first, second):
    """A file zeroed (a crash) keeps its documents as last indexed (trial 33, defect 18): files
    zeroed, emptied or gone at once leave the index with documents, and the update goes on."""
    before = served(index_dir)
    first(folder / "a.txt")
    second(folder / "b.txt")
    summary = update_index([folder], index_dir)
    kept = sorted(name for name, change in (("a.txt", first), ("b.txt", second)) if change is zeroed)
    assert sorted(os.path.basename(path) for path in summary.stale) == kept
    assert served(index_dir) == [record for record in before if record.split("#")[0] in kept]


def test_an_update_that_leaves_one_document_is_not_refused(folder, index_dir):
    (folder / "a.txt").write_bytes(b"")
    summary = update_index([folder], index_dir)
    assert served(index_dir) == ["b.txt#1", "b.txt#2"]
    assert [name for _, name in summary.withdrawn] == ["a.txt"]
