"""The texts files: each segment's stored entries by document number, the same records as the
store's, written by every writer, and never the source of a wrong record when damaged."""

import json
import os
import struct
from dataclasses import asdict

import pytest

from search.retrieval.hit_texts import hit_entries
from search.retrieval.reader import open_index
from search.retrieval.results import hit_records, record_places
from search.retrieval.searching import search
from search.storage import adding, store_texts
from search.storage import build as indexer
from search.storage.build import build_index
from search.storage.generations import TEMPORARY, live_generation
from search.storage.store_blocks import packed_entry, unpack_entry
from search.storage.update import optimize_index, update_index


def texts_files(index_dir):
    return sorted(live_generation(index_dir).glob(f"*{store_texts.EXTENSION}"))


def segment_ids(index):
    return [leaf.segment().segment_id() for leaf, _ in index.searcher().reader().leaf_readers()]


def page(results):
    return results.total, [asdict(hit) for hit in results.hits]


def every_record(index):
    """Return each document number's record read through the texts files and from the store alone."""
    searcher = index.searcher()
    docnums = list(range(searcher.doc_count_all()))
    return (hit_records(searcher, index.store, docnums),
            index.store.records(record_places(searcher, docnums)))


@pytest.fixture
def built(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(indexer, "SMALL_BUILD_FILES", 1)  # two workers, two segments
    return build_with_turns(corpus, tmp_path)


def build_with_turns(corpus, tmp_path):
    """Build an index of the corpus and a transcript with speakers, in two workers; return its folder."""
    (corpus / "turnos.txt").write_text(
        "EL PRESIDENTE: Buenos días a todos.\nLA SECRETARIA: Gracias, presidente.\n"
        "Seguimos con la salud pública.\n", encoding="utf-8")
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir, procs=2)
    return index_dir


def test_a_build_writes_one_texts_file_per_segment_with_the_stores_records(built):
    with open_index(built) as index:
        assert [path.name for path in texts_files(built)] == sorted(f"{s}{store_texts.EXTENSION}"
                                                                    for s in segment_ids(index))
        assert len(segment_ids(index)) == 2
        through_files, from_store = every_record(index)
    assert through_files == from_store and all(through_files)
    assert any(record.speakers for record in through_files)


def test_a_feed_spread_over_the_workers_has_each_part_in_its_own_segments_file(tmp_path, monkeypatch):
    """A feed without `doc` is one document numbered once, its parts indexed by each worker."""
    from search.ingest import jsonl_documents

    monkeypatch.setattr(jsonl_documents, "FEED_PART_RECORDS", 16)
    monkeypatch.setattr(adding, "FEED_PART_RECORDS", 16)
    monkeypatch.setattr(indexer, "SMALL_BUILD_BYTES", 1)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "boletin.jsonl").write_text("".join(
        json.dumps({"id": f"r{n}", "text": f"Registro {n} del boletín.", "speaker": "Ana"}) + "\n"
        for n in range(90)))
    build_index([folder], tmp_path / "ix", procs=2)
    with open_index(tmp_path / "ix") as index:
        assert len(texts_files(tmp_path / "ix")) == len(segment_ids(index)) == 2
        searcher = index.searcher()
        assert None not in hit_entries(searcher, index.store, range(searcher.doc_count_all()))
        through_files, from_store = every_record(index)
    assert through_files == from_store and len(through_files) == 90 and all(through_files)


def test_updates_deletions_and_merges_keep_the_files_and_the_store_alike(built, corpus):
    (corpus / "nueva.txt").write_text("Una zarzuela.\n", encoding="utf-8")
    (corpus / "nota.txt").write_text("El gobierno cambió de idea.\n", encoding="utf-8")  # deletes its old version
    (corpus / "sub" / "entrevista.md").unlink()
    update_index([corpus], built)
    with open_index(built) as index:
        assert len(texts_files(built)) == len(segment_ids(index)) > 1
        through_files, from_store = every_record(index)
        assert through_files == from_store
        assert [h.snippet for h in search(index, "gobierno cambió").hits] == ["El gobierno cambió de idea."]
    optimize_index(built)  # one segment: Whoosh removes the merged ones' files
    with open_index(built) as index:
        assert [path.name for path in texts_files(built)] == [f"{s}{store_texts.EXTENSION}"
                                                              for s in segment_ids(index)]
        through_files, from_store = every_record(index)
    assert through_files == from_store and all(through_files)


def test_a_deleted_document_has_no_entry_in_a_file_written_after(built, corpus):
    (corpus / "nota.txt").unlink()
    update_index([corpus], built)
    for path in texts_files(built):
        path.unlink()
    with open_index(built) as index:
        through_files, from_store = every_record(index)  # writes the files again, the deletions known
        assert through_files == from_store
        deleted = [(leaf, docnum) for leaf, _ in index.searcher().reader().leaf_readers()
                   for docnum in leaf.segment().deleted_docs()]
        assert deleted
        for leaf, docnum in deleted:
            texts = store_texts.TextsFile(
                store_texts.texts_path(live_generation(built), leaf.segment().segment_id()),
                leaf.segment().segment_id(), leaf.doc_count_all())
            assert texts.entry(docnum) is None


def test_writers_check_every_byte_and_rewrite_a_damaged_file(built, corpus):
    path = texts_files(built)[0]
    sound = path.read_bytes()
    data = bytearray(sound)
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))
    (corpus / "otra.txt").write_text("Una zarzuela.\n", encoding="utf-8")
    summary = update_index([corpus], built)
    assert path.read_bytes() == sound
    assert any("archivo de textos" in warning and "dañado" in warning for warning in summary.warnings)


def test_a_texts_file_being_written_is_a_temporary_file_of_its_process(tmp_path):
    path = store_texts.texts_path(tmp_path, "MAIN_abc")
    temporary = f"{path.name}.{os.getpid()}.140.tmp"
    assert TEMPORARY.match(temporary).group(1) == str(os.getpid())


@pytest.mark.parametrize("entry", [
    "Un texto.",
    "",
    ["Habla.", {"speakers": ["Andrés Manuel López Obrador", "Hugo López-Gatell"]}],
    ["Con título.", {"title": "Otro título", "speakers": ["Ana"]}],
    ["Raro.", {"speakers": ["nombre\x1fcon separador"]}],
    ["Fechado.", {"date": "2020-05-01", "id": "t-1"}],
])
def test_an_entry_packed_alone_reads_back_the_same(entry):
    assert unpack_entry(packed_entry(entry)) == entry


@pytest.mark.parametrize("offsets", [(0, 1 << 45), (0, 1 << 63), (9, 3)], ids=["32 TB", "2^63", "backwards"])
def test_damaged_offsets_are_damage_not_a_huge_read(tmp_path, offsets):
    """An entry's offsets are checked by the file's CRC only when a writer reads it all:
    a search must not believe them (a read of 32 TB was a MemoryError, a traceback)."""
    path = tmp_path / "MAIN_x.texts"
    store_texts.write_texts(path, "MAIN_x", [b"\x00hola", b"\x00mundo"])
    texts = store_texts.TextsFile(path, "MAIN_x", 2)
    data = bytearray(path.read_bytes())
    struct.pack_into("<QQ", data, texts.spans, *offsets)
    texts.close()
    path.write_bytes(bytes(data))
    texts = store_texts.TextsFile(path, "MAIN_x", 2)
    try:
        with pytest.raises(store_texts.DamagedTexts, match="dañado"):
            texts.entry(0)
    finally:
        texts.close()


def test_a_file_read_often_reads_its_offsets_whole_and_gives_the_same_entries(tmp_path, monkeypatch):
    """After WHOLE_OFFSETS_AFTER entries a file reads its offsets once, then one pread a hit."""
    monkeypatch.setattr(store_texts, "WHOLE_OFFSETS_AFTER", 3)
    entries = [b"\x00texto %d" % n for n in range(7)] + [b""]  # the last: no entry (read from the store)
    path = tmp_path / "MAIN_x.texts"
    store_texts.write_texts(path, "MAIN_x", entries)
    texts = store_texts.TextsFile(path, "MAIN_x", len(entries))
    try:
        read = [texts.entry(docnum) for docnum in [*range(len(entries)), *reversed(range(len(entries)))]]
        assert texts.offsets is not None
        assert read == [entry or None for entry in entries] + [entry or None for entry in reversed(entries)]
    finally:
        texts.close()


@pytest.mark.parametrize("cut", ["entries", "offsets"])
def test_a_file_cut_short_after_its_offsets_were_read_whole_is_damage(tmp_path, monkeypatch, cut):
    monkeypatch.setattr(store_texts, "WHOLE_OFFSETS_AFTER", 1)
    path = tmp_path / "MAIN_x.texts"
    store_texts.write_texts(path, "MAIN_x", [b"\x00hola", b"\x00mundo"])
    texts = store_texts.TextsFile(path, "MAIN_x", 2)
    try:
        if cut == "entries":
            assert texts.entry(0) == b"\x00hola" and texts.offsets is not None
        os.truncate(path, texts.entries + 3 if cut == "entries" else texts.spans + 4)
        with pytest.raises(store_texts.DamagedTexts, match="dañado"):
            texts.entry(1)
    finally:
        texts.close()


def test_a_file_cut_short_after_it_was_opened_is_said_in_spanish(tmp_path):
    path = tmp_path / "MAIN_x.texts"
    store_texts.write_texts(path, "MAIN_x", [b"\x00hola", b"\x00mundo"])
    texts = store_texts.TextsFile(path, "MAIN_x", 2)
    try:
        os.truncate(path, texts.spans + 4)  # the offsets cut: a short read, not an OSError
        with pytest.raises(store_texts.DamagedTexts) as raised:
            texts.entry(1)
        assert "es más corto" in str(raised.value) and "unpack" not in str(raised.value)
    finally:
        texts.close()


def test_a_header_length_past_the_file_is_damage_not_a_huge_read(tmp_path):
    """The header's length is read before any check: 4 GB asked of pread is a MemoryError."""
    path = tmp_path / "MAIN_x.texts"
    store_texts.write_texts(path, "MAIN_x", [b"\x00hola"])
    data = bytearray(path.read_bytes())
    data[len(store_texts.MAGIC):len(store_texts.MAGIC) + 4] = (2 ** 32 - 1).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    with pytest.raises(store_texts.DamagedTexts, match="su longitud"):
        store_texts.TextsFile(path, "MAIN_x", 1)
