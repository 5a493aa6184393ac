from collections import Counter

from whoosh.query import Every

from search.facets import facet_counts
from search.indexer import build_index, open_index
from search.query import hit_records


def test_facets_agree_with_a_brute_force_count(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "2020-03-01.txt").write_text(
        "ANA PÉREZ, MINISTRA: Uno.\nDos.\nPREGUNTA: ¿Tres?\nANA PEREZ: Cuatro.\n")
    (folder / "2021-05-02.txt").write_text("LUIS GIL: Cinco.\nPREGUNTA: ¿Seis?\n")
    (folder / "sin-fecha.txt").write_text("Siete.\n")
    build_index([folder], tmp_path / "ix")
    with open_index(tmp_path / "ix") as index:
        searcher = index.searcher()
        docnums = list(searcher.docs_for_query(Every()))
        facets = facet_counts(searcher, docnums, index.store.speaker_names())
        records = hit_records(searcher, index.store, docnums)
    speakers = Counter(name for record in records for name in record.speakers)
    years = Counter(record.date.year for record in records if record.date)
    assert {f["name"]: f["count"] for f in facets["speakers"]} == dict(speakers) == \
        {"Ana Pérez": 3, "Pregunta": 2, "Luis Gil": 1}
    assert {int(f["year"]): f["count"] for f in facets["years"]} == dict(years)
    assert sum(f["count"] for f in facets["months"]) == sum(years.values())
