"""Tests for search.storage.store_speakers: one name per person, people apart from roles."""

import datetime

from search.records import Document
from search.storage.store import RecordStore
from search.text import names
from search.text.folding import speaker_key
from tests.storage.test_store import add, make_records


def test_speaker_variants_merge_under_one_name(store):
    add(store, "a.txt", ["uno", "dos"], speakers={1: ["José Luis Alomía Zegarra"],
                                                  2: ["Pregunta"]})
    add(store, "b.txt", ["tres"], speakers={1: ["Jose Luis Alomia Zegarra"]})
    assert store.speaker_table() == [
        ("José Luis Alomía Zegarra", 2, "2020-01-02", "2020-01-02", True),
        ("Pregunta", 1, "2020-01-02", "2020-01-02", False),
    ]


def test_a_rare_accented_typo_does_not_name_the_person(store):
    right, typo = "Gustavo Reyes Terán", "Gustavo Reyés Terán"
    add(store, "a.txt", [str(n) for n in range(20)], speakers={n: [right] for n in range(1, 21)})
    add(store, "b.txt", ["uno"], speakers={1: [typo]})
    add(store, "c.txt", ["dos", "tres"], speakers={1: ["Hugo Lopez"], 2: ["Hugo López"]})
    add(store, "d.txt", ["cuatro"], speakers={1: ["Hugo Lopez"]})
    names = store.speaker_names()
    assert names[speaker_key(typo)] == right  # 1 against 20: the frequent spelling
    assert names[speaker_key("Hugo Lopez")] == "Hugo López"  # 1 against 2: accents win


def test_typos_of_a_frequent_name_are_that_person(store):
    name, typo = "Andrés Manuel López Obrador", "Andrés Manel López Obrador"
    add(store, "a.txt", [str(n) for n in range(40)], speakers={n: [name] for n in range(1, 41)})
    add(store, "b.txt", ["uno", "dos"], speakers={1: [typo], 2: ["Ana Gil"]})
    assert store.speaker_table()[0][:2] == (name, 41)
    assert store.speaker_names()[speaker_key(typo)] == name


# What readers ask is decided when the store is written: counts follow the versions
# incrementally, and the people are decided again at each commit that changed them.

def counted(store):
    """Return the kept counts {name: count}, and the same counted again from scratch."""
    def read():
        return dict(store._query("SELECT n.name, c.count FROM spellings c JOIN names n USING (nameno)"))
    kept = read()
    store.count_all_spellings()
    return kept, read()


def test_counts_follow_versions_through_every_change(store):
    old = add(store, "a.txt", ["uno", "dos"], speakers={1: ["Ana Gil"], 2: ["Ana Gil", "Luis Paz"]})
    gone = add(store, "b.txt", ["tres"], speakers={1: ["Rosa Díaz"]})
    document = Document("a.txt", "Título", ["uno"], path="/src/a.txt")
    new = store.next_docno()
    store.add_document(new, document, make_records("a.txt", ["uno"], {1: ["Eva Sol"]}),
                       datetime.date(2020, 1, 2), live=False)
    store.commit()
    assert store.speaker_names()["eva sol"] == "Eva Sol"  # pending: named before Whoosh serves it
    store.mark_live([new])
    store.retire([old, gone])
    store.commit()
    kept, again = counted(store)
    assert kept == again == {"Eva Sol": 1}
    assert store.speaker_names() == {"eva sol": "Eva Sol"}
    store.reconcile({old, gone})  # a killed update: Whoosh still served the old versions
    store.commit()
    kept, again = counted(store)
    assert kept == again == {"Ana Gil": 2, "Luis Paz": 1, "Rosa Díaz": 1}
    assert store.purge(grace=0) == 1 and set(store.speaker_names()) == {"ana gil", "luis paz", "rosa diaz"}


def test_dropping_staged_versions_takes_their_speakers_away(store):
    add(store, "a.txt", ["uno"], speakers={1: ["Ana Gil"]})
    document = Document("b.txt", "Título", ["dos"], path="/src/b.txt")
    staged = store.next_docno()
    store.add_document(staged, document, make_records("b.txt", ["dos"], {1: ["Luis Paz"]}),
                       datetime.date(2020, 1, 2), live=False)
    store.commit()
    store.drop([staged])
    store.commit()
    assert counted(store)[0] == {"Ana Gil": 1}
    assert store.speaker_names() == {"ana gil": "Ana Gil"}


def test_reading_the_names_decides_nothing(tmp_path, store, monkeypatch):
    add(store, "a.txt", ["uno", "dos", "tres"], speakers={1: ["Hugo López"], 2: ["Hugo Lopez"],
                                                          3: ["Hugo López"]})
    decided = store.speaker_names(), store.speaker_groups()
    monkeypatch.setattr(names, "person_keys", None)  # a reader must not call it
    reader = RecordStore(tmp_path / "records.sqlite")
    assert (reader.speaker_names(), reader.speaker_groups()) == decided
    assert decided[0] == {"hugo lopez": "Hugo López"} and decided[1] == {}
    reader.close()


def test_people_who_speak_together_stay_apart(store):
    many = {n: ["Ana María Gil"] for n in range(1, 21)}
    add(store, "a.txt", [str(n) for n in range(21)], speakers={**many, 21: ["Ana María Gil", "Ana Gil"]})
    add(store, "b.txt", ["uno"], speakers={1: ["Ana Gil"]})
    assert store.speaker_groups() == {}
    assert store.speaker_names()["ana gil"] == "Ana Gil"


def test_a_store_written_before_people_were_kept(tmp_path, store):
    add(store, "a.txt", ["uno", "dos"], speakers={1: ["José Luis Alomía Zegarra"],
                                                  2: ["Jose Luis Alomia Zegarra", "Pregunta"]})
    retired = add(store, "b.txt", ["tres"], speakers={1: ["Rosa Díaz"]})
    store.retire([retired])
    store.commit()
    decided = store.speaker_names(), store.speaker_groups()
    store.connection.executescript("DROP TABLE spellings; DROP TABLE people;")  # as written before
    old = RecordStore(tmp_path / "records.sqlite")  # read-only: decided in memory, the same
    assert (old.speaker_names(), old.speaker_groups()) == decided
    old.close()
    upgraded = RecordStore(tmp_path / "records.sqlite", writable=True)  # counts them, once
    assert (upgraded.speaker_names(), upgraded.speaker_groups()) == decided
    assert counted(upgraded)[0] == {"José Luis Alomía Zegarra": 1, "Jose Luis Alomia Zegarra": 1,
                                    "Pregunta": 1}
    upgraded.close()


def test_a_store_joined_from_parts_counts_every_part(tmp_path):
    parts = []
    for part, speaker in enumerate(["Ana Gil", "Ana Gil", "Luis Paz"]):
        parts.append(tmp_path / f"part-{part}.sqlite")
        part_store = RecordStore(parts[-1], writable=True)
        part_store.add_document(part + 1, Document(f"{part}.txt", "Título", ["x"], path=f"/{part}.txt"),
                                make_records(f"{part}.txt", ["x"], {1: [speaker]}), None)
        part_store.commit()
        part_store.close()
    joined = RecordStore(parts[0], writable=True)
    for part in parts[1:]:
        joined.absorb(part)
    joined.commit()
    kept, again = counted(joined)
    assert kept == again == {"Ana Gil": 2, "Luis Paz": 1}
    assert joined.speaker_names() == {"ana gil": "Ana Gil", "luis paz": "Luis Paz"}
    joined.close()


# One name everywhere: what hits and documents show is the person's name, not the spelling.

def test_hits_and_documents_show_the_persons_name(tmp_path, store):
    right, typo = "Gustavo Reyes Terán", "Gustavo Reyés Terán"
    add(store, "a.txt", [str(n) for n in range(20)], speakers={n: [right] for n in range(1, 21)})
    other = add(store, "b.txt", ["uno", "dos"], speakers={1: [typo], 2: [typo, "Pregunta"]})
    assert [r.speakers for r in store.records([(other, 1), (other, 2)])] == [[right], [right, "Pregunta"]]
    assert [r.speakers for r in store.document_records("b.txt")] == [[right], [right, "Pregunta"]]
    assert store.record(other, 2).speakers == [right, "Pregunta"]
    store.connection.executescript("DROP TABLE people;")  # a store written before people were kept
    old = RecordStore(tmp_path / "records.sqlite")  # reads the names as written
    assert old.record(other, 1).speakers == [typo]
    old.close()


LABELLED = "ROSA DÍAZ LEONARDI, JEFA DE GOBIERNO DE LA CIUDAD DE MÉXICO: Gracias."
MISTYPED = "ROSA DÍAZ LEONRADI, JEFA DE GOBIERNO DE LA CIUDAD DE MÉXICO: Hola."


def roles(store):
    return sorted(store._query("SELECT n.name, r.role FROM roles r JOIN names n USING (nameno)"))


def test_labels_give_roles_that_join_close_spellings(store):
    right, typo = "Rosa Díaz Leonardi", "Rosa Díaz Leonradi"
    add(store, "a.txt", [LABELLED, "uno", "dos", "tres"], speakers={n: [right] for n in range(1, 5)})
    add(store, "b.txt", [MISTYPED, "uno", "dos"], speakers={n: [typo] for n in range(1, 4)})
    assert roles(store) == [(right, "jefa gobierno ciudad mexico"), (typo, "jefa gobierno ciudad mexico")]
    assert store.speaker_names()[speaker_key(typo)] == right
    assert [row[:2] for row in store.speaker_table()] == [(right, 7)]


def test_roles_leave_with_their_versions(store):
    right, typo = "Rosa Díaz Leonardi", "Rosa Díaz Leonradi"
    add(store, "a.txt", [LABELLED, "uno", "dos", "tres"], speakers={n: [right] for n in range(1, 5)})
    gone = add(store, "b.txt", [MISTYPED, "uno", "dos"], speakers={n: [typo] for n in range(1, 4)})
    add(store, "c.txt", ["ROSA DÍAZ LEONRADI: Sí."], speakers={1: [typo]})
    store.retire([gone])
    store.commit()
    assert store.speaker_names()[speaker_key(typo)] == typo  # its role is no longer counted
    store.drop([gone])
    store.commit()
    assert roles(store) == [(right, "jefa gobierno ciudad mexico")]


def test_a_store_joined_from_parts_keeps_their_roles(tmp_path):
    parts = []
    for part, (text, name) in enumerate([(LABELLED, "Rosa Díaz Leonardi"), (MISTYPED, "Rosa Díaz Leonradi")]):
        parts.append(tmp_path / f"part-{part}.sqlite")
        part_store = RecordStore(parts[-1], writable=True)
        texts = [text] + ["x"] * (3 - part)
        part_store.add_document(part + 1, Document(f"{part}.txt", "Título", texts, path=f"/{part}.txt"),
                                make_records(f"{part}.txt", texts, {n: [name] for n in range(1, 5 - part)}), None)
        part_store.commit()
        part_store.close()
    joined = RecordStore(parts[0], writable=True)
    joined.absorb(parts[1])
    joined.commit()
    assert len(roles(joined)) == 2
    assert joined.speaker_names() == {"rosa diaz leonardi": "Rosa Díaz Leonardi",
                                      "rosa diaz leonradi": "Rosa Díaz Leonardi"}
    joined.close()


def test_a_store_written_before_roles_were_kept_reads_them_from_its_texts(tmp_path, store):
    right, typo = "Rosa Díaz Leonardi", "Rosa Díaz Leonradi"
    add(store, "a.txt", [LABELLED, "uno", "dos", "tres"], speakers={n: [right] for n in range(1, 5)})
    add(store, "b.txt", [MISTYPED, "uno", "dos"], speakers={n: [typo] for n in range(1, 4)})
    store.connection.executescript("DROP TABLE roles;")
    store.people_stale = True
    store.commit()  # decided as before roles were kept: the counts alone keep them apart
    old = RecordStore(tmp_path / "records.sqlite")
    assert old.speaker_names()[speaker_key(typo)] == typo and old.record(2, 1).speakers == [typo]
    old.close()
    upgraded = RecordStore(tmp_path / "records.sqlite", writable=True)  # reads the roles, once
    assert roles(upgraded) == [(right, "jefa gobierno ciudad mexico"), (typo, "jefa gobierno ciudad mexico")]
    assert upgraded.speaker_names()[speaker_key(typo)] == right
    upgraded.close()


def test_a_short_form_in_another_document_is_the_person_of_the_full_name(store):
    full, short = "Marisol Quintana Berrio", "Marisol Quintana"
    add(store, "a.txt", ["uno", "dos", "tres"], speakers={n: [full] for n in range(1, 4)})
    add(store, "b.txt", ["cuatro"], speakers={1: [short]})
    assert store.speaker_names()[speaker_key(short)] == full
    assert [row[:2] for row in store.speaker_table()] == [(full, 4)]


def test_a_short_form_a_document_keeps_apart_from_the_full_name_is_another_person(store):
    father, son = "Eusebio Lardizábal Roca", "Eusebio Lardizábal"
    add(store, "a.txt", ["uno", "dos", "tres"], speakers={1: [father], 2: [father], 3: [son]})
    add(store, "b.txt", ["cuatro"], speakers={1: [son]})
    assert store.speaker_names()[speaker_key(son)] == son
