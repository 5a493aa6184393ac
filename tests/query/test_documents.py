import pytest

from search.query.documents import document_query, matching_paths

PATHS = ["briefings/2020-06-15.txt", "briefings/2020-06-30.txt", "notas/2020-06-15.txt",
         "2020-06-15.txt", "fiction_es/ne0002.txt", "a/b/Nota Final.md", "data.jsonl"]


@pytest.mark.parametrize("value, prefix, expected", [
    ("2020-06-15.txt", False, ["briefings/2020-06-15.txt", "notas/2020-06-15.txt", "2020-06-15.txt"]),
    ("briefings/2020-06-15.txt", False, ["briefings/2020-06-15.txt"]),
    ("/briefings/2020-06-15.txt", False, ["briefings/2020-06-15.txt"]),
    ("2020-06-15", False, ["briefings/2020-06-15.txt", "notas/2020-06-15.txt", "2020-06-15.txt"]),
    ("NE0002.TXT", False, ["fiction_es/ne0002.txt"]),
    ("b/nota final.md", False, ["a/b/Nota Final.md"]),
    ("data.jsonl", False, ["data.jsonl"]),
    ("06-15.txt", False, []),  # a suffix starts at a `/`
    ("efings/2020-06-15.txt", False, []),
    ("2020-06", False, []),  # a whole name unless it is a prefix
    ("2020-06", True, ["briefings/2020-06-15.txt", "briefings/2020-06-30.txt",
                       "notas/2020-06-15.txt", "2020-06-15.txt"]),
    ("briefings/", True, ["briefings/2020-06-15.txt", "briefings/2020-06-30.txt"]),
    ("ne", True, ["fiction_es/ne0002.txt"]),
    ("", True, []),
])
def test_matching_paths(value, prefix, expected):
    assert matching_paths(PATHS, value, prefix) == expected


def test_a_document_not_found_matches_nothing_and_names_the_closest(seed, seed_searcher):
    query, message = document_query(seed_searcher, "000_0ae4057f2a729d93.txt", store=seed.store)
    assert not list(seed_searcher.docs_for_query(query))
    assert "«doc:000_0ae4057f2a729d93.txt»" in message and "000_0ae4057f2a729d92.txt" in message


def test_a_document_found_says_nothing(seed, seed_searcher):
    query, message = document_query(seed_searcher, "000_0ae4057f2a729d92", store=seed.store)
    assert message is None and len(list(seed_searcher.docs_for_query(query))) == 6


def test_doc_names_the_live_version_and_what_a_searcher_behind_serves(tmp_path):
    """An update retires a file's old version: `doc:` asks for the live one only, and a
    searcher opened before the update (which still serves the old one) for that one too."""
    import os

    from whoosh.query import Or

    from search.retrieval.reader import open_index
    from search.retrieval.searching import search
    from search.storage.build import build_index
    from search.storage.update import update_index

    def terms(query):
        return sorted(part.text for part in (query.subqueries if isinstance(query, Or) else [query]))

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Nota\nEl gobierno anunció medidas.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Otra\nLa reforma avanza.\n", encoding="utf-8")
    build_index([folder], tmp_path / "ix", procs=1)
    with open_index(tmp_path / "ix") as index:
        behind = index.searcher()
        first = terms(document_query(behind, "a.txt", store=index.store)[0])
        for edit in range(3):
            (folder / "a.txt").write_text(f"Nota\nEl gobierno anunció medidas {edit}.\nY más {edit}.\n",
                                          encoding="utf-8")
            os.utime(folder / "a.txt", ns=(10**18 + edit, 10**18 + edit))  # changed, whatever the clock
            update_index([folder], tmp_path / "ix")
        live = [term for term in index.store.document_terms(["a.txt"])]
        assert len(live) == 1 and live != first
        assert terms(document_query(index.searcher(), "a.txt", store=index.store)[0]) == live
        assert terms(document_query(behind, "a.txt", store=index.store)[0]) == sorted(first + live)
        assert [hit.id for hit in search(index, "doc:a.txt").hits] == ["a.txt#1", "a.txt#2", "a.txt#3"]
