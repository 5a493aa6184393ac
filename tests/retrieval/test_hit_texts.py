"""Reading a page's records through the texts files: the store's records exactly, the blocks
not read, and a damaged, missing or unwritable file never the source of a wrong record."""

import logging
import os

import pytest

from search.retrieval import hit_texts
from search.retrieval.reader import open_index
from search.retrieval.results import hit_records, record_places
from search.retrieval.searching import search
from search.storage import repairs, store_texts, texts_upkeep
from search.storage.build import build_index
from search.storage.generations import live_generation, remove_stale_generations
from search.storage.update import optimize_index
from tests.storage.test_store_texts import build_with_turns, page, texts_files


@pytest.fixture
def built(corpus, tmp_path):
    return build_with_turns(corpus, tmp_path)


def test_the_files_are_read_not_the_blocks(built, monkeypatch):
    with open_index(built) as index:
        monkeypatch.setattr(index.store, "_blocks", lambda keys: pytest.fail(f"blocks read: {keys}"))
        results = search(index, "gobierno")
    assert results.hits and "gobierno" in results.hits[0].snippet.lower()


def replace_in_entries(word):
    def damage(path):
        data = path.read_bytes()
        assert word.encode() in data
        path.write_bytes(data.replace(word.encode(), word[:-1].encode() + b"X"))
    return damage


def truncate(path):
    path.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2])


def garbage(path):
    path.write_bytes(b"not a texts file")


@pytest.mark.parametrize("damage", [replace_in_entries("gobierno"), truncate, garbage,
                                    lambda path: path.write_bytes(b""), lambda path: path.unlink()],
                         ids=["entries", "truncated", "garbage", "empty", "missing"])
def test_a_damaged_or_missing_file_never_gives_a_wrong_record_and_is_written_again(
        built, damage, caplog):
    with open_index(built) as index:
        before = page(search(index, "gobierno"))
    sound = {path: path.read_bytes() for path in texts_files(built)}
    for path in sound:
        damage(path)
    with caplog.at_level(logging.WARNING), open_index(built) as index:
        after = page(search(index, "gobierno"))
        again = page(search(index, "gobierno"))
    assert before[1] and after == before and again == before
    assert {path: path.read_bytes() for path in sound} == sound
    assert "archivo de textos" in caplog.text and "se escribió" in caplog.text


def test_a_read_only_folder_reads_the_store_and_says_so_once(built, monkeypatch, caplog):
    with open_index(built) as index:
        before = page(search(index, "gobierno"))
    for path in texts_files(built):
        path.unlink()
    real_access = os.access
    monkeypatch.setattr(repairs.os, "access", lambda path, mode: mode != os.W_OK and real_access(path, mode))
    repairs._said_read_only.clear()
    with caplog.at_level(logging.WARNING), open_index(built) as index:
        answers = [page(search(index, "gobierno")) for _ in range(3)]
    assert answers == [before] * 3
    assert not texts_files(built)
    assert caplog.text.count("solo lectura") == 1


@pytest.mark.parametrize("writer", ["optimize", "build"])
def test_a_reader_opened_before_a_merge_writes_nothing_for_its_gone_segments(
        built, corpus, writer, caplog):
    """Its segments' files went with them (an optimize merges them; a build removes their
    generation): the store answers, with no file left behind and nothing said."""
    folder = live_generation(built)
    with caplog.at_level(logging.WARNING), open_index(built) as index:
        searcher = index.searcher()
        old = [leaf.segment().segment_id() for leaf, _ in searcher.reader().leaf_readers()]
        if writer == "optimize":
            optimize_index(built)
        else:
            build_index([corpus], built, procs=1)
            remove_stale_generations(built, keep_seconds=0)  # its grace over (generations.py)
        docnums = list(range(searcher.doc_count_all()))
        records = hit_records(searcher, index.store, docnums)
        assert records == index.store.records(record_places(searcher, docnums))
        assert all(records)
    assert not any((folder / f"{segment_id}{store_texts.EXTENSION}").exists() for segment_id in old)
    assert not any((folder / f"{segment_id}.postcache").exists() for segment_id in old)
    assert "solo lectura" not in caplog.text and "archivo de textos" not in caplog.text


def test_a_search_writing_one_segments_file_does_not_hold_up_the_others(corpus, tmp_path, monkeypatch):
    """A texts file is written under its segment's own lock (review24, F4): while one
    thread writes a segment's file, another's search of a sound segment answers."""
    import threading

    from search.storage.update import update_index

    index_dir = build_with_turns(corpus, tmp_path)
    (corpus / "nueva.txt").write_text("Nueva nota\nEl gobierno aprobó la reforma.\n", encoding="utf-8")
    update_index([corpus], index_dir)  # a second segment
    with open_index(index_dir) as index:
        searcher = index.searcher()
        leaves = searcher.leaf_searchers()
        assert len(leaves) == 2
        first = live_generation(index_dir) / f"{leaves[0][0].reader().segment().segment_id()}{store_texts.EXTENSION}"
        first.unlink()
        writing, release = threading.Event(), threading.Event()
        real = store_texts.write_texts

        def slow_write(*args):
            writing.set()
            assert release.wait(10)
            return real(*args)

        monkeypatch.setattr(store_texts, "write_texts", slow_write)
        monkeypatch.setattr(repairs, "write_texts", slow_write)
        writer = threading.Thread(target=hit_texts.hit_entries, args=(searcher, index.store, [0]))
        writer.start()
        try:
            assert writing.wait(10)
            answered = []
            other = threading.Thread(target=lambda: answered.append(
                hit_texts.hit_entries(searcher, index.store, [leaves[1][1]])))
            other.start()
            other.join(5)
            assert answered and answered[0][0], "the other segment's search waited for the write"
        finally:
            release.set()
            writer.join(10)
        assert first.exists()


def test_a_search_as_an_update_commits_leaves_no_texts_file_lacking_entries(corpus, tmp_path, monkeypatch):
    """A search whose store does not yet show the update's commit (its read began before it)
    opens the new segment just after Whoosh's commit, before the update writes the texts
    file: it writes none lacking entries, and the update's own file gives every record."""
    from whoosh.filedb.filestore import FileStorage

    from search.layout import STORE_FILE
    from search.storage import update_steps
    from search.storage.store import RecordStore
    from search.storage.update import update_index

    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir, procs=1)
    generation = live_generation(index_dir)
    behind = RecordStore(generation / STORE_FILE)
    behind.connection.execute("BEGIN")
    behind.connection.execute("SELECT count(*) FROM blocks").fetchall()  # its read starts here
    real = update_steps.write_missing_texts
    met = []

    def interleaved(directory, ix, store, **options):
        with FileStorage(str(directory)).open_index().searcher() as searcher:
            met.append(hit_texts.hit_entries(searcher, behind, range(searcher.doc_count_all())))
        return real(directory, ix, store, **options)

    monkeypatch.setattr(update_steps, "write_missing_texts", interleaved)
    (corpus / "nueva.txt").write_text("Nueva nota\nEl gobierno aprobó la reforma sanitaria.\n", encoding="utf-8")
    assert update_index([corpus], index_dir).added == 1
    behind.close()
    assert met and None in met[0]  # the search met the new segment before its file
    with open_index(index_dir) as index:
        searcher = index.searcher()
        entries = hit_texts.hit_entries(searcher, index.store, range(searcher.doc_count_all()))
        live = [docnum for docnum in range(searcher.doc_count_all()) if not searcher.reader().is_deleted(docnum)]
        assert all(entries[docnum] for docnum in live)
        for leaf, _ in searcher.reader().leaf_readers():
            path = generation / f"{leaf.segment().segment_id()}{store_texts.EXTENSION}"
            assert texts_upkeep.lacking_entries(path, leaf) == 0
        assert [hit.doc for hit in search(index, "reforma").hits] == ["nueva.txt"]
