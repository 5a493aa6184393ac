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
