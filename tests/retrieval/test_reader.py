import os

import pytest

from search.errors import IndexNotFound
from search.retrieval import reader
from search.retrieval.reader import open_index
from search.retrieval.results import hit_records
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.update import update_index


def test_an_open_index_follows_a_new_generation(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    with open_index(index_dir) as index:
        first = index.searcher()
        assert index.store.locate("t-1") is not None
        (corpus / "teletipos.jsonl").unlink()
        build_index([corpus], index_dir)
        second = index.searcher()
        assert second is not first and index.directory == live_generation(index_dir)
        assert index.store.locate("t-1") is None
        assert index.searcher() is second  # nothing changed since: no reopening


def test_an_open_index_sees_updates_in_place(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    with open_index(index_dir) as index:
        before = index.searcher().doc_count()
        (corpus / "nueva.txt").write_text("Una noticia nueva.\n")
        update_index([corpus], index_dir)
        assert index.searcher().doc_count() == before + 1
        for text in ("Cambia una vez.\n", "Cambia otra vez.\n"):
            (corpus / "nueva.txt").write_text(text)
            update_index([corpus], index_dir)
            searcher = index.searcher()
            records = hit_records(searcher, index.store, list(searcher.document_numbers()))
            assert [r.text for r in records if r.doc == "nueva.txt"] == [text.strip()]


def test_opening_while_an_update_commits_to_the_same_generation_tries_again(corpus, tmp_path, monkeypatch):
    # Whoosh removes the table of contents a commit replaces: a reader that listed the old one
    # meets a missing file. The commit happens, for real, between the listing and the read.
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    real, calls = reader.open_generation, []

    def committed_meanwhile(index_dir, directory):
        calls.append(directory)
        if len(calls) == 1:
            (corpus / "nueva.txt").write_text("Una noticia sobre el lince.\n")
            update_index([corpus], index_dir)
            raise IndexNotFound(index_dir, "el índice no se puede abrir (_MAIN_1.toc: no existe)")
        return real(index_dir, directory)

    monkeypatch.setattr(reader, "open_generation", committed_meanwhile)
    with open_index(index_dir) as index:
        assert len(calls) == 2 and calls[0] == calls[1]  # the same generation, read again
        assert any("lince" in record.text for record in hit_records(
            index.searcher(), index.store, list(index.searcher().document_numbers())))


def test_opening_a_generation_that_stays_unreadable_says_so(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    calls = []

    def unreadable(index_dir, directory):
        calls.append(directory)
        raise IndexNotFound(index_dir, "el índice no se puede abrir")

    monkeypatch.setattr(reader, "open_generation", unreadable)
    with pytest.raises(IndexNotFound):
        open_index(index_dir)
    assert len(calls) == 1  # nothing changed: no second try


def test_a_replaced_searcher_still_answers_for_the_request_under_way(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    with open_index(index_dir) as index:
        first = index.searcher()
        (corpus / "nueva.txt").write_text("Una noticia nueva.\n")
        update_index([corpus], index_dir)
        assert index.searcher() is not first
        assert len(list(first.document_numbers())) == 7  # not closed under its user


def test_a_searcher_is_set_aside_once_when_its_successor_fails_to_open(corpus, tmp_path, monkeypatch):
    """A damaged index can fail to open a new searcher; the old one must not be closed twice."""
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    with open_index(index_dir) as index:
        index.searcher()
        (corpus / "nueva.txt").write_text("Una noticia nueva.\n")
        update_index([corpus], index_dir)
        whoosh, opened = index.live.whoosh, index.live.whoosh.searcher

        def damaged(**options):
            raise OSError("dañado")

        monkeypatch.setattr(whoosh, "searcher", damaged)
        for _ in range(2):
            with pytest.raises(OSError):
                index.searcher()
        monkeypatch.setattr(whoosh, "searcher", opened)
        monkeypatch.setattr(reader, "PAIRING_SECONDS", 0)  # what was set aside is closed now
        index.searcher()
        (corpus / "nueva.txt").write_text("Otra noticia.\n")
        update_index([corpus], index_dir)
        assert index.searcher().doc_count() == 8  # and no ReaderClosed on the way


def test_per_state_values_are_loaded_once_per_state_of_the_index(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    loads = []

    def load():
        loads.append(index.searcher().doc_count())
        return len(loads)

    with open_index(index_dir) as index:
        assert index.per_state("n", load) == index.per_state("n", load) == 1
        (corpus / "nueva.txt").write_text("Una noticia nueva.\n")
        update_index([corpus], index_dir)
        assert index.per_state("n", load) == 2
        build_index([corpus], index_dir)
        assert index.per_state("n", load) == 3
        assert loads[1] == loads[0] + 1 == loads[2]


def age(folder, seconds=60):
    """Set a folder's mtime back, as if it had last changed `seconds` ago; return the new mtime."""
    stamp = folder.stat().st_mtime_ns - seconds * 10**9
    os.utime(folder, ns=(stamp, stamp))
    return stamp


def test_a_settled_folder_is_not_listed_again(corpus, tmp_path, monkeypatch):
    """Once a listing found the searcher current under an old mtime, a stat answers."""
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    with open_index(index_dir) as index:
        age(index.directory)
        searcher = index.searcher()
        assert index.searcher() is searcher  # listed once: settled now

        def listed():
            raise AssertionError("listed the folder again")

        monkeypatch.setattr(searcher, "up_to_date", listed)
        assert index.searcher() is searcher
        assert index.per_state("n", lambda: 1) == 1


def test_a_commit_after_the_folder_settled_is_seen(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    with open_index(index_dir) as index:
        age(index.directory)
        before = index.searcher()
        assert index.searcher() is before
        (corpus / "nueva.txt").write_text("Una noticia nueva.\n")
        update_index([corpus], index_dir)
        assert index.searcher().doc_count() == before.doc_count() + 1


def test_a_commit_within_the_same_mtime_is_seen_while_the_mtime_is_recent(corpus, tmp_path):
    """A commit in the same tick of the folder's clock leaves its mtime as it was (racy)."""
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    with open_index(index_dir) as index:
        folder = index.directory
        recent = folder.stat().st_mtime_ns
        before = index.searcher()
        assert index.searcher() is before
        (corpus / "nueva.txt").write_text("Una noticia nueva.\n")
        update_index([corpus], index_dir)
        os.utime(folder, ns=(recent, recent))  # as if the commit fell in the same tick
        assert index.searcher().doc_count() == before.doc_count() + 1


def gone_generation(path):  # trial 17: the live generation removed by hand, or left out of a copy
    path.mkdir()
    (path / "current").symlink_to("gen-20201222T000000-000000-1")


def current_as_file(path):
    path.mkdir()
    (path / "current").write_text("gen-20201222T000000-000000-1\n")


@pytest.mark.parametrize("make, detail", [
    (lambda path: None, "el índice no existe"),
    (lambda path: path.mkdir(), "no hay ningún índice"),
    (gone_generation, "su enlace «current» apunta a «gen-20201222T000000-000000-1», que ya no existe"),
    (current_as_file, "«current» no es la carpeta de una generación del índice"),
])
def test_open_missing_index_says_how_to_build(tmp_path, make, detail):
    make(tmp_path / "ix")
    with pytest.raises(IndexNotFound, match=detail) as error:
        open_index(tmp_path / "ix")
    assert "hemeroteca index" in str(error.value)


def test_a_pinned_search_reads_one_state_until_its_block_ends(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    loads = []

    def load():
        loads.append(index.searcher().doc_count())
        return len(loads)

    with open_index(index_dir) as index:
        with index.pinned():
            searcher = index.searcher()
            assert index.per_state("n", load) == 1
            (corpus / "nueva.txt").write_text("Una noticia nueva.\n")
            update_index([corpus], index_dir)  # committed during the search: not seen by it
            with index.pinned():  # nested: the outer block's state
                assert index.searcher() is searcher
            assert index.searcher() is searcher and index.per_state("n", load) == 1
        assert index.searcher() is not searcher  # the block ended: the update is seen
        assert index.per_state("n", load) == 2 and loads[1] == loads[0] + 1


def test_a_pinned_block_that_raises_leaves_the_index_following_updates(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    with open_index(index_dir) as index:
        with pytest.raises(ValueError), index.pinned():
            before = index.searcher().doc_count()
            raise ValueError("a search that failed")
        (corpus / "nueva.txt").write_text("Una noticia nueva.\n")
        update_index([corpus], index_dir)
        assert index.searcher().doc_count() == before + 1
