"""Files moved, renamed, swapped or copied: an update gives what a fresh build of the same
files gives, and a file whose content the index holds keeps its Whoosh documents."""

import json
import shutil
import time

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.store import DOC_KEYS, RecordStore

QUERIES = ["salud", "gobierno", "vacunas", "reforma", "informe", "región", "boletín"]
TEXTS = {
    "a.txt": "Informe del lunes\nEl gobierno anunció medidas de salud para la región.\n"
             "La ministra Ana Gil declaró que las vacunas llegarán pronto.\n",
    "b.txt": "Informe del martes\nLa reforma sanitaria avanza en el Congreso.\nEl gobierno pidió calma.\n",
    "sub/c.md": "---\ntitle: Nota de prensa\ndate: 2021-03-04\n---\n\nLa salud pública mejora en la región.\n",
    "sub/d.txt": "Otra nota\nLas vacunas contra la gripe se aplican en otoño.\n",
    "feed.jsonl": "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in [
        {"id": "t-1", "text": "El boletín de salud sale hoy.", "date": "2020-05-01"},
        {"id": "t-2", "text": "La reforma del boletín se aprobó.", "doc": "rueda-1"},
        {"text": "El gobierno publicó el boletín semanal.", "doc": "rueda-1"}]),
}


def write(folder, texts):
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


def seen(index_dir, scores=True):
    """Return what searches see of an index: each query's hits, each name's `doc:` hits, and
    each record read by its id, in an order that does not depend on document numbers.

    Without `scores`: an index that deleted documents counts them in its words' document
    frequencies until its segments merge (as Lucene does), so its scores differ a little.
    """
    with open_index(index_dir) as index:
        hits = {query: sorted((hit.id, hit.doc, hit.paragraph, hit.title, hit.date, tuple(hit.speakers),
                               round(hit.score, 4) if scores else 0) for hit in search(index, query, limit=100).hits)
                for query in QUERIES}
        names = index.store.document_names()
        by_name = {name: sorted(hit.id for hit in search(index, f'doc:"{name}"', limit=100).hits)
                   for name in names}
        tails = {name: sorted(hit.id for hit in search(index, f"doc:{name.rpartition('/')[2]}", limit=100).hits)
                 for name in names}
        every = sorted(hit.id for hit in search(index, "*:*", limit=100).hits)
        records = {record_id: index.store.record(*index.store.locate(record_id)).text for record_id in every}
    return hits, by_name, tails, records


def whoosh_state(index_dir):
    """Return (segment ids, documents Whoosh holds, deleted or not) of the live index."""
    with open_index(index_dir) as index:
        reader = index.searcher().reader()
        return sorted(leaf.segment().segment_id() for leaf, _ in reader.leaf_readers()), reader.doc_count_all()


def move_folder(folder):
    shutil.move(folder / "sub", folder / "otra")


def rename(folder):
    (folder / "a.txt").rename(folder / "lunes.txt")


def swap(folder):
    (folder / "a.txt").rename(folder / "tmp")
    (folder / "b.txt").rename(folder / "a.txt")
    (folder / "tmp").rename(folder / "b.txt")


def rename_feed(folder):
    (folder / "feed.jsonl").rename(folder / "teletipos.jsonl")


def move_and_edit(folder):
    text = (folder / "a.txt").read_text(encoding="utf-8")
    (folder / "a.txt").unlink()
    (folder / "otra").mkdir()
    (folder / "otra" / "a.txt").write_text(text + "El gobierno añadió una línea sobre la salud.\n", encoding="utf-8")


def copy(folder):
    shutil.copy(folder / "b.txt", folder / "copia.txt")


WORDS = {"moved": "movido", "added": "añadido", "updated": "modificado", "removed": "eliminado"}
# (change, summary counts, whether Whoosh keeps its segments and documents)
CHANGES = {
    "a folder moved": (move_folder, {"moved": 2}, True),
    "a file renamed": (rename, {"moved": 1}, True),
    "two names swapped": (swap, {"updated": 2}, True),
    "a feed renamed": (rename_feed, {"moved": 1}, True),
    "a file moved and edited": (move_and_edit, {"added": 1, "removed": 1}, False),
    "a file copied": (copy, {"added": 1}, False),
}


@pytest.mark.parametrize("case", list(CHANGES))
def test_an_update_after_a_change_of_names_gives_what_a_fresh_build_gives(tmp_path, runner, case):
    change, counts, kept = CHANGES[case]
    folder = tmp_path / "docs"
    write(folder, TEXTS)
    build_index([folder], tmp_path / "ix", procs=1)
    before = whoosh_state(tmp_path / "ix")
    time.sleep(2.1)  # the files settle: an update trusts their times (manifest.RECENT_NS)
    change(folder)
    updated = runner.invoke(main, ["update", str(folder), "--index", str(tmp_path / "ix")])
    assert updated.exit_code == 0, updated.output
    for kind, count in counts.items():
        assert f"{count} {WORDS[kind]}" in updated.output
    build_index([folder], tmp_path / "fresh", procs=1)
    assert seen(tmp_path / "ix", scores=kept) == seen(tmp_path / "fresh", scores=kept)
    assert (whoosh_state(tmp_path / "ix") == before) == kept  # renamed in the store, not indexed again
    again = runner.invoke(main, ["update", str(folder), "--index", str(tmp_path / "ix")])
    assert "0 añadidos, 0 modificados, 0 movidos, 0 eliminados" in again.output


def test_a_name_that_gives_the_date_indexes_the_file_again(tmp_path):
    """A file dated by its name (no date in its text) renamed to another date is not the same
    document under another name: its records' dates change, as a fresh build gives them."""
    from search.storage.update import update_index

    folder = tmp_path / "docs"
    write(folder, {"2020-06-07.txt": "Nota sin fecha\nEl gobierno habló de salud.\n"})
    build_index([folder], tmp_path / "ix", procs=1)
    time.sleep(2.1)
    (folder / "2020-06-07.txt").rename(folder / "2021-01-15.txt")
    assert update_index([folder], tmp_path / "ix").moved == 1
    build_index([folder], tmp_path / "fresh", procs=1)
    assert seen(tmp_path / "ix") == seen(tmp_path / "fresh")
    with open_index(tmp_path / "ix") as index:
        assert {hit.date for hit in search(index, "salud").hits} == {"2021-01-15"}


def test_a_server_open_across_a_rename_shows_the_new_name(tmp_path):
    """A reader keeps document rows in memory: an update that only renames (no Whoosh commit)
    is seen by the next search of an index left open, as `doc:` of the new name is."""
    from search.storage.update import update_index

    folder = tmp_path / "docs"
    write(folder, TEXTS)
    build_index([folder], tmp_path / "ix", procs=1)
    time.sleep(2.1)
    with open_index(tmp_path / "ix") as index:
        assert {hit.doc for hit in search(index, "reforma").hits} == {"b.txt", "rueda-1"}
        (folder / "b.txt").rename(folder / "martes.txt")
        assert update_index([folder], tmp_path / "ix").moved == 1
        assert {hit.doc for hit in search(index, "reforma").hits} == {"martes.txt", "rueda-1"}
        assert [hit.id for hit in search(index, "doc:martes reforma").hits] == ["martes.txt#2"]
        found = search(index, "doc:b.txt reforma")
        assert not found.hits and any("b.txt" in message for message in found.messages)


def build_before_keys(folder, index_dir, monkeypatch):
    """Build an index as versions before this one did: documents' names as `doc` terms."""
    layout = RecordStore._layout
    with monkeypatch.context() as before:
        before.setattr(RecordStore, "_layout", lambda store, key, new, old, writable:
                       "0" if key == DOC_KEYS else layout(store, key, new, old, writable))
        build_index([folder], index_dir, procs=1)


def test_an_index_built_before_keeps_working_and_says_how_to_build_it_anew(tmp_path, runner, monkeypatch):
    folder = tmp_path / "docs"
    write(folder, TEXTS)
    build_before_keys(folder, tmp_path / "ix", monkeypatch)
    with open_index(tmp_path / "ix") as index:
        assert not index.store.keyed_docs
        assert [hit.id for hit in search(index, "doc:a.txt salud").hits] == ["a.txt#2"]
    before = whoosh_state(tmp_path / "ix")
    time.sleep(2.1)
    move_folder(folder)
    updated = runner.invoke(main, ["update", str(folder), "--index", str(tmp_path / "ix")])
    assert updated.exit_code == 0 and "2 movidos" in updated.output
    said = " ".join(updated.output.split())
    assert "versión anterior" in said and f"hemeroteca index {folder} --index {tmp_path / 'ix'}" in said
    assert whoosh_state(tmp_path / "ix") != before  # indexed again, as before
    build_index([folder], tmp_path / "fresh", procs=1)
    assert seen(tmp_path / "ix", scores=False) == seen(tmp_path / "fresh", scores=False)
    rebuilt = runner.invoke(main, ["index", str(folder), "--index", str(tmp_path / "ix")])
    assert rebuilt.exit_code == 0
    with open_index(tmp_path / "ix") as index:
        assert index.store.keyed_docs


def test_a_document_renamed_because_another_file_no_longer_shares_its_name_keeps_its_postings(tmp_path):
    """`index r1 r2`, each with `1.txt`: named `r1/1.txt` and `r2/1.txt` (shared_docs.py). Once
    r2's is removed, r1's is `1.txt` again, as a fresh build names it: in the store only."""
    from search.storage.update import update_index

    for root, text in (("r1", "Informe uno\nEl gobierno habló de salud.\n"),
                       ("r2", "Informe dos\nLa reforma sanitaria avanza.\n")):
        write(tmp_path / root, {"1.txt": text})
    roots = [tmp_path / "r1", tmp_path / "r2"]
    build_index(roots, tmp_path / "ix", procs=1)
    with open_index(tmp_path / "ix") as index:
        before = index.store.connection.execute("SELECT docno FROM docs WHERE doc = 'r1/1.txt'").fetchall()
    time.sleep(2.1)
    (tmp_path / "r2" / "1.txt").unlink()
    (tmp_path / "r2" / "otro.txt").write_text("Otro\nUna nota aparte.\n", encoding="utf-8")
    summary = update_index(roots, tmp_path / "ix")
    assert (summary.updated, summary.removed, summary.added) == (1, 1, 1)
    with open_index(tmp_path / "ix") as index:
        assert index.store.connection.execute("SELECT docno FROM docs WHERE doc = '1.txt'").fetchall() == before
    build_index(roots, tmp_path / "fresh", procs=1)
    assert seen(tmp_path / "ix", scores=False) == seen(tmp_path / "fresh", scores=False)
