import json
from collections import Counter

import pytest
from whoosh.query import Every

from search.retrieval import columnar
from search.retrieval.browse import speaker_table
from search.retrieval.facets import _tables, facet_counts, make_tables, segment_table, table_key
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.results import hit_records
from search.retrieval.searching import search
from search.storage import postcache
from search.storage.build import build_index
from search.storage.update import update_index
from search.whoosh_ext.collectors import RecordingTopCollector


def built(tmp_path, files):
    """Write {name: text} into tmp_path/docs, build tmp_path/ix from it; return the folder."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text)
    build_index([folder], tmp_path / "ix")
    return folder


def test_facets_agree_with_a_brute_force_count(tmp_path):
    built(tmp_path, {
        "2020-03-01.txt": "ANA PÉREZ, MINISTRA: Uno.\nDos.\nPREGUNTA: ¿Tres?\nANA PEREZ: Cuatro.\n",
        "2021-05-02.txt": "LUIS GIL: Cinco.\nPREGUNTA: ¿Seis?\n",
        "sin-fecha.txt": "Siete.\n"})
    with open_index(tmp_path / "ix") as index:
        searcher = index.searcher()
        collector = RecordingTopCollector(10)
        searcher.search_with_collector(Every(), collector)
        facets = facet_counts(collector.segments, index.store.speaker_names())
        docnums = list(searcher.docs_for_query(Every()))
        records = hit_records(searcher, index.store, docnums)
    speakers = Counter(name for record in records for name in record.speakers)
    years = Counter(record.date.year for record in records if record.date)
    assert {f["name"]: f["count"] for f in facets["speakers"] + facets["roles"]} == dict(speakers) == \
        {"Ana Pérez": 3, "Pregunta": 2, "Luis Gil": 1}
    assert [f["name"] for f in facets["roles"]] == ["Pregunta"]  # the page's speaker facet shows people
    assert {int(f["year"]): f["count"] for f in facets["years"]} == dict(years)
    assert sum(f["count"] for f in facets["months"]) == sum(years.values())


def test_facets_follow_updates_across_segments(tmp_path):
    # The note keeps the first segment alive: one whose documents are all deleted is dropped.
    folder = built(tmp_path, {"2020-03-01.txt": "ANA PÉREZ: Agua uno.\nPREGUNTA: ¿Agua dos?\n",
                              "2019-05-05.txt": "Una nota sin nada más.\n"})
    with open_index(tmp_path / "ix", weighting()) as index:
        first = search(index, "agua", facets=True).facets
        (folder / "2020-03-01.txt").write_text("LUIS GIL: Agua cambiada.\n")
        (folder / "2021-07-09.txt").write_text("ANA PÉREZ: Más agua.\nOtra agua.\n")
        update_index([folder], tmp_path / "ix")
        searcher = index.searcher()
        assert len(searcher.reader().leaf_readers()) > 1
        results = search(index, "agua", facets=True)
        records = [record for record in hit_records(searcher, index.store,
                                                    list(searcher.docs_for_query(Every())))]
    assert {f["name"]: f["count"] for f in first["speakers"]} == {"Ana Pérez": 1}
    assert {f["name"]: f["count"] for f in first["roles"]} == {"Pregunta": 1}
    expected = Counter(name for record in records for name in record.speakers)
    assert {f["name"]: f["count"] for f in results.facets["speakers"]} == dict(expected) == \
        {"Ana Pérez": 2, "Luis Gil": 1}
    assert results.facets["years"] == [{"year": "2020", "count": 1}, {"year": "2021", "count": 2}]
    assert results.total == 3


def test_a_segments_table_is_made_once_and_serves_later_readers(tmp_path):
    folder = built(tmp_path, {"2020-03-01.txt": "ANA PÉREZ: Agua uno.\n"})
    with open_index(tmp_path / "ix", weighting()) as index:
        first = [segment_table(leaf) for leaf, _ in index.searcher().reader().leaf_readers()]
        (folder / "2021-07-09.txt").write_text("LUIS GIL: Más agua.\n")
        update_index([folder], tmp_path / "ix")
        later = [segment_table(leaf) for leaf, _ in index.searcher().reader().leaf_readers()]
    assert len(later) == 2 and later[0] is first[0] and later[1] is not first[0]


def test_tables_can_be_made_ahead_of_the_first_search(tmp_path, monkeypatch):
    built(tmp_path, {"2020-03-01.txt": "ANA PÉREZ: Agua uno.\n"})
    monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)  # no posting cache
    with open_index(tmp_path / "ix", weighting()) as index:
        make_tables(index.whoosh)
        leaf = index.searcher().reader().leaf_readers()[0][0]
        assert table_key(leaf) in _tables and segment_table(leaf) is _tables[table_key(leaf)]


def test_the_posting_caches_are_made_ready_ahead_of_the_first_search(tmp_path):
    built(tmp_path, {"2020-03-01.txt": "ANA PÉREZ: Agua uno.\n"})
    postcache._open.clear()
    with open_index(tmp_path / "ix", weighting()) as index:
        make_tables(index.whoosh)
        leaf = index.searcher().reader().leaf_readers()[0][0]
        assert any(key[1] == leaf.segment().segment_id() for key in postcache._open)
        assert table_key(leaf) not in _tables


def test_making_the_caches_ready_leaves_no_view_counted_on_them(tmp_path):
    """The warm-up's searcher closes with its view released: a cache it counted once would
    never be dropped when a merge removes its segment (postcache.release)."""
    built(tmp_path, {"2020-03-01.txt": "ANA PÉREZ: Agua uno.\n"})
    postcache.forget_all()
    with open_index(tmp_path / "ix", weighting()) as index:
        make_tables(index.whoosh)
        assert [cache.views for cache in postcache._open.values()] == [0]
        search(index, "agua")
        assert [cache.views for cache in postcache._open.values()] == [1]
    assert [cache.views for cache in postcache._open.values()] == [0]
    postcache.forget_all()


# (`O'Brien, Patrick` is now read as Patrick O'Brien: tests/cli/test_speaker_names.py; `Smith, Jr.` keeps its comma)
@pytest.mark.parametrize("name", ["Smith, Jr.", "Pérez; Juan", "Ruiz, Luis, ministro"])
def test_a_speaker_name_with_a_comma_is_one_speaker_everywhere(tmp_path, name):
    # The index's speaker field is a comma-separated list of keys: a comma inside a feed's
    # name made two speakers in the facets («o'brien», «patrick»), and the speaker list
    # found no date for the name.
    folder = tmp_path / "docs"
    folder.mkdir()
    records = [{"id": "r1", "text": "El ornitorrinco nada.", "speaker": name, "date": "2021-02-05"},
               {"id": "r2", "text": "El ornitorrinco duerme.", "speaker": "Ana Gil", "date": "2021-03-01"}]
    (folder / "f.jsonl").write_text("".join(json.dumps(record) + "\n" for record in records))
    build_index([folder], tmp_path / "ix")
    with open_index(tmp_path / "ix") as index:
        results = search(index, "ornitorrinco", facets=True)
        assert {f["name"]: f["count"] for f in results.facets["speakers"]} == {name: 1, "Ana Gil": 1}
        assert (name, 1, "2021-02-05", "2021-02-05") in [row[:4] for row in speaker_table(index)]
        for asked in (name, f'"{name}"', name.split(",")[0].split(";")[0]):
            assert [hit.id for hit in search(index, "ornitorrinco", speaker=asked).hits] == ["r1"], asked
