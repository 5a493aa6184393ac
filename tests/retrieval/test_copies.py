"""Identical copies of a document count once (trial33, defect 17): hits, totals, facets, exports;
every copy still indexed and found by `doc:`, and each shown with every_copy."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.retrieval import columnar_lists, copies
from search.retrieval.copies import NO_COPIES, index_copies, named_documents, without_copies
from search.retrieval.export import chunks, export
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.update import update_index
from tests.retrieval.test_columnar import both, same_ranking

TRANSCRIPT = ("Conferencia sobre salud\nSantiago, 22 de agosto de 2023.\n\n"
              "ANA PÉREZ: La salud pública es lo primero.\n\n"
              "LUIS GÓMEZ: Hablemos de salud y de vacunas.\n\n"
              "ANA PÉREZ: Las vacunas llegan en septiembre.\n")
PARAGRAPHS = 4
# file -> what a search shows of it: the shown document, a copy it leaves out, or a document of its own
FILES = {
    "chile/017.txt": "shown",  # its name sorts first of its copies
    "otra/017.txt": "copy",  # the same name in another folder
    "raros/sub/duplicado.txt": "copy",  # another name
    "crlf.txt": "copy",  # CRLF newlines: the same text indexed, so a copy
    "utf16.txt": "copy",  # UTF-16 with a byte-order mark: the same text
    "2021-03-04.txt": "own",  # a name that gives it another date: not the same document
    "casi.txt": "own",  # one word more
}
COPIES = sorted(name for name, kind in FILES.items() if kind == "copy")


def write_copies(folder):
    """Write FILES (and a document unlike them) under folder; return it."""
    for name in FILES:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = TRANSCRIPT + ("Y nada más.\n" if name == "casi.txt" else "")
        if name == "crlf.txt":
            path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
        elif name == "utf16.txt":
            path.write_bytes(text.encode("utf-16"))
        else:
            path.write_text(text, encoding="utf-8")
    (folder / "unica.txt").write_text("Otra nota\nNada de vacunas aquí, solo salud.\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def copies_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("copies")
    build_index([write_copies(root / "docs")], root / "ix", procs=1)
    return root / "ix"


@pytest.fixture(scope="module")
def index(copies_dir):
    with open_index(copies_dir) as opened:
        yield opened


def docs_of(results):
    return sorted({hit.doc for hit in results.hits})


def test_a_search_shows_each_group_of_copies_once(index):
    results = search(index, "vacunas", limit=50)
    # the shown one, the two of their own, unica.txt; two paragraphs each (unica's one)
    assert docs_of(results) == ["2021-03-04.txt", "casi.txt", "chile/017.txt", "unica.txt"]
    assert results.total == 2 * 3 + 1
    shown = [hit for hit in results.hits if hit.doc == "chile/017.txt"]
    assert shown and all(hit.also_in == COPIES for hit in shown)
    assert all(hit.also_in == [] for hit in results.hits if hit.doc != "chile/017.txt")
    assert shown[0].to_json()["also_in"] == COPIES
    assert "also_in" not in [hit for hit in results.hits if hit.doc == "unica.txt"][0].to_json()


def test_every_copy_shows_and_counts_each(index):
    results = search(index, "vacunas", limit=50, every_copy=True)
    assert docs_of(results) == sorted([*FILES, "unica.txt"])
    assert results.total == 2 * len(FILES) + 1
    assert all(hit.also_in == [] for hit in results.hits)


# `vacunas` is in two paragraphs of each transcript, one of Ana Pérez and one of Luis Gómez (the
# speaker facet counts the matches whose text has the words: test_speaker_text.py), and in
# unica.txt, undated; casi.txt's words more end its last paragraph
@pytest.mark.parametrize("every_copy, speakers, years", [
    (False, {"Ana Pérez": 3, "Luis Gómez": 3}, {"2021": 2, "2023": 2 * 2}),
    (True, {"Ana Pérez": 7, "Luis Gómez": 7}, {"2021": 2, "2023": 6 * 2}),
])
def test_facets_count_copies_once_unless_every_copy(index, every_copy, speakers, years):
    results = search(index, "vacunas", facets=True, every_copy=every_copy)
    assert {row["name"]: row["count"] for row in results.facets["speakers"]} == speakers
    assert {row["year"]: row["count"] for row in results.facets["years"]} == years
    assert results.total == sum(years.values()) + results.facets["undated"] == sum(years.values()) + 1


@pytest.mark.parametrize("name", [*FILES, "unica.txt"])
def test_every_file_stays_indexed_and_found_by_its_name(index, name):
    results = search(index, f"salud doc:{name}", limit=50)
    assert docs_of(results) == [name]
    assert results.total == (1 if name == "unica.txt" else PARAGRAPHS)  # the title holds `salud`


@pytest.mark.parametrize("every_copy, rows", [(False, 2 * 3 + 1), (True, 2 * len(FILES) + 1)])
def test_exports_hold_each_copy_once_unless_every_copy(index, every_copy, rows):
    exported = export(index, "vacunas", every_copy=every_copy)
    lines = [json.loads(line) for line in "".join(chunks(exported, "jsonl")).splitlines()]
    assert exported.results.total == len(lines) == rows
    assert len({(line["doc"], line["paragraph"]) for line in lines}) == rows


def test_an_index_without_copies_runs_its_query_unchanged(seed):
    assert index_copies(seed) is NO_COPIES
    query = object()
    with copies.collapsing(index_copies(seed)):
        assert without_copies(query) is query


@pytest.mark.parametrize("text, named", [
    ("salud doc:crlf.txt", True), ("doc:crlf.txt", True), ("salud OR (vacunas doc:unica.txt)", True),
    ("salud -(vacunas -doc:crlf.txt)", False),  # under a NOT, an excluded doc: and a kept one alike
    ("salud", False), ("titulo:salud -vacunas", False), ("fecha:2023", False),
    # a doc: the query excludes asks for no document (review34, finding 1)
    ("salud -doc:crlf.txt", False), ('salud NO doc:"crlf.txt"', False), ("-doc:crlf.txt", False),
    ("salud -(doc:crlf.txt OR doc:unica.txt)", False), ("doc:unica.txt -doc:crlf.txt", True),
])
def test_a_query_asks_for_the_documents_of_its_doc_filters(index, text, named):
    from search.query.builder import build_query
    from search.query.parser import parse

    built = build_query(parse(text), index.searcher(), index.store, "and")
    assert bool(named_documents(built.query)) is named


OWN = ["2021-03-04.txt", "casi.txt", "unica.txt"]  # the documents of `vacunas` with no copy
LEFT = [name for name in COPIES if name != "otra/017.txt"]


# `vacunas`: two paragraphs of each transcript, one of unica.txt; a copy shows only where the query
# asks for it, and the shown one's hits name only the copies left out (review34, finding 1)
@pytest.mark.parametrize("text, shown, total", [
    ("vacunas", {"chile/017.txt": COPIES} | dict.fromkeys(OWN, []), 7),
    ("vacunas -doc:otra/017.txt", {"chile/017.txt": COPIES} | dict.fromkeys(OWN, []), 7),
    ('vacunas NO doc:"otra/017.txt"', {"chile/017.txt": COPIES} | dict.fromkeys(OWN, []), 7),
    ("vacunas -doc:unica.txt", {"chile/017.txt": COPIES} | dict.fromkeys(OWN[:2], []), 6),
    ("vacunas -(doc:otra/017.txt OR doc:crlf.txt)", {"chile/017.txt": COPIES} | dict.fromkeys(OWN, []), 7),
    ("vacunas doc:chile/017.txt", {"chile/017.txt": COPIES}, 2),
    ("vacunas doc:otra/017.txt", {"otra/017.txt": []}, 2),
    ('vacunas doc:"otra/017.txt"', {"otra/017.txt": []}, 2),
    ("vacunas (doc:chile/017.txt OR doc:otra/017.txt)", {"chile/017.txt": LEFT, "otra/017.txt": []}, 4),
    ("vacunas OR doc:otra/017.txt", {"chile/017.txt": LEFT, "otra/017.txt": []} | dict.fromkeys(OWN, []),
     7 + PARAGRAPHS),
    ("vacunas doc:*017.txt", {"chile/017.txt": LEFT, "otra/017.txt": []}, 4),
])
def test_a_copy_shows_only_where_the_query_asks_for_it(index, text, shown, total):
    results = search(index, text, limit=50)
    assert {hit.doc: hit.also_in for hit in results.hits} == shown
    assert results.total == total == len(results.hits)
    with copies.collapsing(None):
        assert search(index, text, limit=50).total >= total  # every copy, for comparison


QUERY = st.lists(st.sampled_from(["salud", "vacunas", "primero", "septiembre", "orador:perez", "orador:gomez",
                                  "fecha:2023", "fecha:2021-03", "-salud", "conferencia", "doc:crlf.txt",
                                  "titulo:conferencia", '"salud publica"', "vacu*", "OR", "nada",
                                  "-(nada OR vacunas)", "-(primero septiembre)", "-doc:crlf.txt",
                                  "-doc:chile/017.txt"]),
                 min_size=1, max_size=4).map(" ".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERY, sort=st.sampled_from(["relevance", "-date", "date"]), every_copy=st.booleans(),
       union=st.booleans())
def test_the_posting_cache_leaves_copies_out_as_whoosh_does(index, monkeypatch, text, sort, every_copy, union):
    """`union`: the copies (and any Or of Terms a NOT excludes) matched by their postings' union,
    as an index of UNION_TERMS copies or more has them (columnar_lists.excluded_within)."""
    with monkeypatch.context() as patched:
        patched.setattr(columnar_lists, "UNION_TERMS", 1 if union else columnar_lists.UNION_TERMS)
        ours, theirs = both(index, monkeypatch, text=text, sort=sort, limit=50, facets=True, every_copy=every_copy)
    assert ours.total == theirs.total
    assert ours.facets == theirs.facets
    if sort == "relevance":
        same_ranking([(hit.id, hit.score) for hit in ours.hits], [(hit.id, hit.score) for hit in theirs.hits])
    else:
        assert [hit.id for hit in ours.hits] == [hit.id for hit in theirs.hits]
    shown = {hit.doc for hit in ours.hits}
    if not every_copy:  # only a copy the query asks for shows (`-doc:crlf.txt` asks for none)
        asked = {"crlf.txt"} if " doc:crlf.txt" in f" {text}" else set()
        assert not shown & (set(COPIES) - asked)
    assert not {name for hit in ours.hits for name in hit.also_in} & shown  # «también en» names no hit's


def shown_and_copies(index_dir, text="vacunas"):
    with open_index(index_dir) as index:
        results = search(index, text, limit=50)
    return {hit.doc: hit.also_in for hit in results.hits}, results.total


@pytest.mark.parametrize("change, shown", [
    # the shown one edited: no longer a copy; the next name shows the others
    (lambda docs: (docs / "a.txt").write_text(TRANSCRIPT + "Cambiado.\n", encoding="utf-8"),
     {"a.txt": [], "b.txt": ["c.txt"]}),
    # a copy edited: it stands apart
    (lambda docs: (docs / "c.txt").write_text(TRANSCRIPT + "Cambiado.\n", encoding="utf-8"),
     {"a.txt": ["b.txt"], "c.txt": []}),
    # the shown one deleted: the next name shows the other
    (lambda docs: (docs / "a.txt").unlink(), {"b.txt": ["c.txt"]}),
    # two deleted: the last stands alone
    (lambda docs: [(docs / name).unlink() for name in ("a.txt", "c.txt")], {"b.txt": []}),
    # a new copy, whose name sorts first: it is shown
    (lambda docs: (docs / "0.txt").write_text(TRANSCRIPT, encoding="utf-8"), {"0.txt": ["a.txt", "b.txt", "c.txt"]}),
    # a copy renamed: the same document, under its new name
    (lambda docs: (docs / "c.txt").rename(docs / "z.txt"), {"a.txt": ["b.txt", "z.txt"]}),
])
def test_an_update_shows_the_copies_of_its_files(tmp_path, change, shown):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (docs / name).write_text(TRANSCRIPT, encoding="utf-8")
    build_index([docs], tmp_path / "ix", procs=1)
    assert shown_and_copies(tmp_path / "ix") == ({"a.txt": ["b.txt", "c.txt"]}, 2)  # two paragraphs of `vacunas`
    change(docs)
    update_index([docs], tmp_path / "ix")
    found, total = shown_and_copies(tmp_path / "ix")
    assert found == shown
    assert total == 2 * len(shown)


# a copy's paragraph, hidden from searches, is found as its shown one's: never listed (review34, finding 3)
@pytest.mark.parametrize("record_id", ["chile/017.txt#3", "casi.txt#3", *(f"{name}#3" for name in COPIES)])
def test_similar_paragraphs_show_copies_once(index, record_id):
    from search.retrieval.similar import similar

    hits = similar(index, record_id, limit=20).hits
    assert hits
    assert not {hit.doc for hit in hits} & set(COPIES)
    assert all(hit.also_in == (COPIES if hit.doc == "chile/017.txt" else []) for hit in hits)
    assert record_id not in [hit.id for hit in hits]
    assert "chile/017.txt#3" not in [hit.id for hit in hits] or record_id.startswith("casi")
