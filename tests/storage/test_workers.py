import json

import pytest

from search.layout import STORE_FILE
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import adding as building
from search.storage import build as indexer
from search.storage.adding import FeedShare
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.store import RecordStore
from search.storage.update import update_index
from search.storage.workers import share_files


def test_a_worker_failure_fails_the_build(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(indexer, "SMALL_BUILD_FILES", 1)

    def explode(*args, **kwargs):
        raise RuntimeError("lectura imposible")

    monkeypatch.setattr(building, "document_records", explode)
    with pytest.raises(RuntimeError, match="lectura imposible"):
        build_index([corpus], tmp_path / "ix", procs=2)
    assert live_generation(tmp_path / "ix") is None


def sized(folder, sizes):
    """Return (file, root) pairs of files written with {name: size in bytes}."""
    for name, size in sizes.items():
        (folder / name).write_text("x" * size)
    return [(folder / name, folder) for name in sizes]


def test_share_files_balances_by_size(tmp_path):
    files = sized(tmp_path, {"a": 50, "b": 10, "c": 30, "d": 30})
    shares = share_files(files, 2)
    assert [[p.name for p, _ in share] for share in shares] == [["a", "b"], ["c", "d"]]
    assert share_files(files[:1], 2) == [files[:1]]


def test_a_feed_larger_than_a_fair_share_is_spread_over_every_part(tmp_path):
    files = sized(tmp_path, {"big.jsonl": 100, "a.txt": 30, "b.txt": 20, "small.jsonl": 10})
    shares = share_files(files, 2)
    assert [[(entry[0].name, *entry[2:]) for entry in share] for share in shares] == [
        [("big.jsonl", FeedShare(0, 2, 100)), ("a.txt",)],
        [("big.jsonl", FeedShare(1, 2, 100)), ("b.txt",), ("small.jsonl",)]]
    assert share_files(files, 1) == [files]


def feed_records():
    records = [{"id": f"{doc}-{n}", "doc": doc, "text": f"{TOPICS[(d + n) % 4]} en el documento {doc}, párrafo {n}."}
               for d, doc in enumerate(f"nota-{d}" for d in range(12)) for n in range(3)]
    records[5:5] = [{"id": "s1", "text": "Registro suelto sobre la pandemia."}, {"id": "sin-texto"}]
    return records


TOPICS = ["La pandemia avanza", "La vacuna llega", "El hospital abre", "La escuela cierra"]


def documents(index_dir):
    store = RecordStore(live_generation(index_dir) / STORE_FILE)
    try:
        return sorted((doc, [(r.id, r.paragraph, r.text) for r in store.document_records_at(docno)])
                      for docno, doc in store.connection.execute("SELECT docno, doc FROM docs"))
    finally:
        store.close()


def test_one_large_feed_is_indexed_by_every_worker_as_one_process_indexes_it(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("".join(json.dumps(record, ensure_ascii=False) + "\n"
                                               for record in feed_records()))
    (folder / "nota.txt").write_text("Una nota aparte sobre la vacuna.\n")
    monkeypatch.setattr(indexer, "SMALL_BUILD_BYTES", 1)
    one = build_index([folder], tmp_path / "one", procs=1)
    both = build_index([folder], tmp_path / "both", procs=2)
    assert documents(tmp_path / "both") == documents(tmp_path / "one")
    assert (both.documents, both.paragraphs, both.warnings, both.skipped) == \
        (one.documents, one.paragraphs, one.warnings, one.skipped)
    assert sum("feed.jsonl:7: se omitió" in line for line in both.warnings) == 1  # said once
    with open_index(tmp_path / "both") as index:
        leaves = [leaf.doc_count_all() for leaf, _ in index.searcher().reader().leaf_readers()]
        assert len(leaves) == 2 and min(leaves) > 3  # both workers indexed some of the feed
        spread = sorted(hit.id for hit in search(index, "pandemia", limit=100).hits)
    with open_index(tmp_path / "one") as index:
        assert spread == sorted(hit.id for hit in search(index, "pandemia", limit=100).hits)
    assert update_index([folder], tmp_path / "both").updated == 0  # noted once, as read


def test_a_feed_without_doc_is_split_over_the_workers_same_records_and_ids(tmp_path, monkeypatch):
    """A feed whose records have no `doc` is one document, given in parts: the parts go to
    the workers in turn under one number, and the index holds what one process builds."""
    from search.ingest import jsonl_documents

    monkeypatch.setattr(jsonl_documents, "FEED_PART_RECORDS", 16)
    monkeypatch.setattr(building, "FEED_PART_RECORDS", 16)
    monkeypatch.setattr(indexer, "SMALL_BUILD_BYTES", 1)
    folder = tmp_path / "docs"
    folder.mkdir()
    records = [{"id": f"r{n}", "text": f"{TOPICS[n % 4]}, registro {n} del boletín."} for n in range(90)]
    records[40]["id"] = "r39"  # a repeated id, renamed as one process renames it
    (folder / "boletin.jsonl").write_text("".join(json.dumps(record, ensure_ascii=False) + "\n"
                                                  for record in records))
    (folder / "nota.txt").write_text("Una nota aparte sobre la vacuna.\n")
    one = build_index([folder], tmp_path / "one", procs=1)
    both = build_index([folder], tmp_path / "both", procs=2)
    assert documents(tmp_path / "both") == documents(tmp_path / "one")
    assert (both.documents, both.paragraphs, both.warnings, both.skipped) == \
        (one.documents, one.paragraphs, one.warnings, one.skipped) == (2, 91, both.warnings, [])
    assert any("r39" in line for line in both.warnings)
    with open_index(tmp_path / "both") as index:
        leaves = [leaf.doc_count_all() for leaf, _ in index.searcher().reader().leaf_readers()]
        assert len(leaves) == 2 and min(leaves) >= 32  # both workers indexed parts of the feed
        [row] = index.store.connection.execute("SELECT paragraphs FROM docs WHERE doc = 'boletin.jsonl'")
        assert row == (90,)
        found = sorted(hit.id for hit in search(index, "doc:boletin.jsonl pandemia", limit=100).hits)
    with open_index(tmp_path / "one") as index:
        assert found == sorted(hit.id for hit in search(index, "doc:boletin.jsonl pandemia", limit=100).hits)
    assert len(found) == 23
    assert update_index([folder], tmp_path / "both").updated == 0
    (folder / "boletin.jsonl").unlink()
    assert update_index([folder], tmp_path / "both").removed == 1
    with open_index(tmp_path / "both") as index:
        assert search(index, "registro", limit=10).total == 0


# Trial 20: a researcher's archive held the same transcript twice (a copy in another folder);
# both were indexed without a word, and each of its paragraphs counted twice in the speaker facet
# that answers «who talked most about X». A copy is still a second document (README), but said.
def test_files_of_the_same_content_are_named_by_build_and_update(tmp_path):
    docs = tmp_path / "docs"
    (docs / "copias").mkdir(parents=True)
    text = "ANA PÉREZ: Hablemos del agua.\nEl agua sube.\n"
    (docs / "2020-04-01.txt").write_text(text, encoding="utf-8")
    (docs / "copias" / "2020-04-01.txt").write_text(text, encoding="utf-8")
    (docs / "otro.txt").write_text("Otro texto, de fuego.\n", encoding="utf-8")
    (docs / "vacio.txt").write_text("", encoding="utf-8")
    (docs / "vacio2.txt").write_text("", encoding="utf-8")  # empty files are skipped, not copies
    said = [w for w in build_index([docs], tmp_path / "ix").warnings if "mismo contenido" in w]
    assert len(said) == 1 and "2020-04-01.txt" in said[0] and "copias/2020-04-01.txt" in said[0]
    assert "vacio" not in said[0] and "otro" not in said[0]
    (docs / "otro.txt").write_text("Otro texto, de fuego y agua.\n", encoding="utf-8")
    assert not [w for w in update_index([docs], tmp_path / "ix").warnings if "mismo contenido" in w]
    (docs / "tercera.txt").write_text(text, encoding="utf-8")  # a new copy: said, the three named
    [said] = [w for w in update_index([docs], tmp_path / "ix").warnings if "mismo contenido" in w]
    assert said.startswith("3 archivos") and "tercera.txt" in said
