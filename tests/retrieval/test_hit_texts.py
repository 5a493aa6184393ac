"""Reading a page's records through the texts files: the store's records exactly, the blocks
not read, and a damaged, missing or unwritable file never the source of a wrong record."""

import logging
import os

import pytest

from search.retrieval import hit_texts
from search.retrieval.reader import open_index
from search.retrieval.results import hit_records, record_places
from search.retrieval.searching import search
from search.storage import store_texts
from search.storage.build import build_index
from search.storage.generations import live_generation
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
    monkeypatch.setattr(hit_texts.os, "access", lambda path, mode: mode != os.W_OK and real_access(path, mode))
    hit_texts._said_read_only.clear()
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
        optimize_index(built) if writer == "optimize" else build_index([corpus], built, procs=1)
        docnums = list(range(searcher.doc_count_all()))
        records = hit_records(searcher, index.store, docnums)
        assert records == index.store.records(record_places(searcher, docnums))
        assert all(records)
    assert not any((folder / f"{segment_id}{store_texts.EXTENSION}").exists() for segment_id in old)
    assert not any((folder / f"{segment_id}.postcache").exists() for segment_id in old)
    assert "solo lectura" not in caplog.text and "archivo de textos" not in caplog.text
