import datetime

from search.records import Document, Record


def add(store, doc, text, speaker=None, live=True):
    docno = store.next_docno()
    record = Record(f"{doc}#1", doc, 1, "Título", text, datetime.date(2020, 1, 2),
                    [speaker] if speaker else [])
    store.add_document(docno, Document(doc, "Título", [text]), [record],
                       datetime.date(2020, 1, 2), source=doc.encode(), live=live)
    store.commit()
    return docno


def test_a_pending_version_is_readable_but_not_served(store):
    old = add(store, "a.txt", "versión vieja", "Ana")
    new = add(store, "a.txt", "versión nueva", "Luis", live=False)
    assert store.docno_of("a.txt") == old
    assert store.record(new, 1).text == "versión nueva"
    assert [row[0] for row in store.speaker_table()] == ["Ana"]
    assert "nueva" not in store.words() and store.counts() == (1, 1)


def test_retiring_and_going_live_swap_versions(store):
    old = add(store, "a.txt", "versión vieja", "Ana")
    new = add(store, "a.txt", "versión nueva", "Luis", live=False)
    store.mark_live([new])
    store.retire([old])
    store.commit()
    assert store.docno_of("a.txt") == new and store.locate("a.txt#1") == (new, 1)
    assert [row[0] for row in store.speaker_table()] == ["Luis"]
    assert "vieja" not in store.words() and store.words()["nueva"] == 1
    assert store.record(old, 1).text == "versión vieja"  # for searches a moment behind
    assert store.purge(grace=60) == 0
    assert store.purge(grace=0) == 1
    assert store._query("SELECT count(*) FROM blocks WHERE docno = ?", (old,)) == [(0,)]
    assert store.speaker_names() == {"luis": "Luis"}


def test_word_counts_follow_the_live_versions(store):
    first = add(store, "a.txt", "vacuna vacuna")
    second = add(store, "b.txt", "vacuna")
    assert store.words()["vacuna"] == 3
    store.retire([first])
    assert store.words()["vacuna"] == 1
    store.retire([second])
    assert "vacuna" not in store.words()


def test_reconcile_agrees_with_what_whoosh_serves(store):
    live = add(store, "a.txt", "uno")
    replaced = add(store, "b.txt", "dos")
    served_pending = add(store, "b.txt", "dos nuevo", live=False)
    orphan = add(store, "c.txt", "tres", live=False)
    store.reconcile({live, served_pending})
    store.commit()
    states = dict(store._query("SELECT docno, state FROM docs"))
    assert states == {live: 1, replaced: 2, served_pending: 1}
    assert store.next_docno() > orphan


def test_the_manifest_round_trips_any_bytes(store):
    store.set_file(b"/x/latin\xe9.txt", b"/x", 10, 123, "abc")
    store.commit()
    assert store.manifest() == {b"/x/latin\xe9.txt": (b"/x", 10, 123, "abc")}
    store.forget_file(b"/x/latin\xe9.txt")
    assert store.manifest() == {}
