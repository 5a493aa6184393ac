"""A file that grows while it is indexed: what is indexed is what its fingerprint recorded,
and the rest is the next update's, read once (adding.index_files, update_steps.stage_file)."""

import json
import os

import pytest

from search.ingest import manifest
from search.layout import STORE_FILE
from search.storage import adding, build
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.store import RecordStore
from search.storage.update import update_index
from search.storage.versions import LIVE

TEXTS = ["El canciller habló de la cooperación con China.",
         "Se registraron nuevos casos en la Ciudad de México.",
         "El año próximo habrá más pruebas en cada estado."]


def line(record):
    return json.dumps(record, ensure_ascii=False) + "\n"


def live_texts(index_dir):
    """Every live paragraph's text, with repeats: each record must be there exactly once."""
    store = RecordStore(live_generation(index_dir) / STORE_FILE)
    try:
        docnos = [row[0] for row in store.connection.execute("SELECT docno FROM docs WHERE state = ?", (LIVE,))]
        return sorted(record.text for docno in docnos for record in store.document_records_at(docno))
    finally:
        store.close()


def growing(monkeypatch, path, extra):
    """Make `path` grow by `extra` once, just after its fingerprint is taken."""
    original, done = manifest.fingerprint, []

    def fingerprint(key, *args):
        found = original(key, *args)
        if not done and os.fsdecode(key).endswith(path.name):
            done.append(key)
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(extra)
        return found

    monkeypatch.setattr(adding, "fingerprint", fingerprint)
    monkeypatch.setattr(manifest, "fingerprint", fingerprint)
    return done


RECORDS = {
    "new doc": [{"doc": "nota-2", "text": TEXTS[1]}],
    "continued doc": [{"doc": "nota-1", "text": TEXTS[1]}],
    "no doc": [{"text": TEXTS[1]}],
}


@pytest.mark.parametrize("procs", [1, 2])
@pytest.mark.parametrize("records", RECORDS.values(), ids=RECORDS.keys())
def test_a_feed_appended_while_it_is_built_gives_each_record_once(tmp_path, monkeypatch, records, procs):
    folder = tmp_path / "docs"
    folder.mkdir()
    feed = folder / "agencia.jsonl"
    feed.write_text(line({"doc": "nota-1", "text": TEXTS[0]}), encoding="utf-8")
    with monkeypatch.context() as patched:
        grown = growing(patched, feed, "".join(map(line, records)))
        build_index([folder], tmp_path / "ix", procs=procs)
    assert grown
    update_index([folder], tmp_path / "ix")
    assert live_texts(tmp_path / "ix") == sorted([TEXTS[0]] + [record["text"] for record in records])


FILES = {"feed": ("agencia.jsonl", line({"doc": "nota-1", "text": TEXTS[0]}),
                  line({"doc": "nota-2", "text": TEXTS[1]})),
         "text": ("nota.txt", TEXTS[0] + "\n", "\n" + TEXTS[1] + "\n")}


def grown_while_read(tmp_path, monkeypatch, name, first, extra, when):
    """Write `first` to docs/name and index it (a build, or an update of an index of another
    file) while `extra` is appended to it once hashed; return (the folder, the file)."""
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / name
    if when == "update":
        (folder / "otra.txt").write_text(TEXTS[2], encoding="utf-8")
        build_index([folder], tmp_path / "ix")
    path.write_text(first, encoding="utf-8")
    with monkeypatch.context() as patched:
        grown = growing(patched, path, extra)
        (build_index if when == "build" else update_index)([folder], tmp_path / "ix")
    assert grown
    return folder, path


@pytest.mark.parametrize("when", ["build", "update"])
@pytest.mark.parametrize("name, first, extra", FILES.values(), ids=FILES.keys())
def test_what_grew_while_read_is_not_taken_for_read(tmp_path, monkeypatch, name, first, extra, when):
    """The manifest's size and hash are of what was indexed, or of nothing (read it again):
    a file that grew while read and then went back to what was hashed is read again."""
    folder, path = grown_while_read(tmp_path, monkeypatch, name, first, extra, when)
    assert TEXTS[1] not in live_texts(tmp_path / "ix")  # read as far as it was hashed
    path.write_text(first, encoding="utf-8")  # the growth undone: the file is what was hashed
    update_index([folder], tmp_path / "ix")
    assert TEXTS[1] not in live_texts(tmp_path / "ix")


@pytest.mark.parametrize("when", ["build", "update"])
@pytest.mark.parametrize("name, first, extra", FILES.values(), ids=FILES.keys())
def test_what_grew_while_read_is_the_next_updates(tmp_path, monkeypatch, name, first, extra, when):
    folder, _ = grown_while_read(tmp_path, monkeypatch, name, first, extra, when)
    update_index([folder], tmp_path / "ix")
    texts = live_texts(tmp_path / "ix")
    assert texts.count(TEXTS[1]) == 1 and texts.count(TEXTS[0]) == 1


def test_every_share_of_a_feed_reads_as_far_as_it_was_shared(tmp_path, monkeypatch):
    """A large feed spread over the workers (workers.share_files): each reads its size when
    shared, all that part 0 hashes; what is appended after is the next update's, once."""
    folder = tmp_path / "docs"
    folder.mkdir()
    feed = folder / "agencia.jsonl"
    feed.write_text("".join(line({"doc": f"nota-{n}", "text": TEXTS[0]}) for n in range(8)), encoding="utf-8")
    original = build.share_files

    def share_files(files, parts):
        shares = original(files, parts)
        with open(feed, "a", encoding="utf-8") as handle:
            handle.write(line({"doc": "nota-8", "text": TEXTS[1]}) + line({"text": TEXTS[2]}))
        return shares

    with monkeypatch.context() as patched:
        patched.setattr(build, "SMALL_BUILD_BYTES", 0)
        patched.setattr(build, "share_files", share_files)
        build_index([folder], tmp_path / "ix", procs=2)
    assert live_texts(tmp_path / "ix") == [TEXTS[0]] * 8
    update_index([folder], tmp_path / "ix")
    assert live_texts(tmp_path / "ix") == sorted([TEXTS[0]] * 8 + [TEXTS[1], TEXTS[2]])
