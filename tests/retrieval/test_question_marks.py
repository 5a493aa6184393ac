"""A question's marks around its words, on a real index: `?` that end a word (one or a run,
`¿cuántos casos hay???`) and `¿`, `¡` before it are punctuation, never the letters of a
wildcard pattern; a `?` or `*` inside a word stays a wildcard, as the README's syntax says.

Before fix18, `garrote???` was a pattern of the words with three letters after `garrote`
and `¿g?rrote?` one that began with `¿`: both found nothing ("Ninguna palabra del índice
responde a…").
"""

import pytest

from search.retrieval.searching import search
from web import create_app

GARROTE = {"000_0ae4057f2a729d92.txt#6"}  # the seed's one paragraph with `garrote`


@pytest.mark.parametrize("typed", [
    "garrote", "garrote?", "garrote???", "¿garrote?", "¿¿garrote??", "¡garrote!", "garrote?!",
    "g?rrote", "¿g?rrote?", "¿¿g?rrote???", "garro?e,", "¿gar*te?", "¿garro*?", "garro*???",
    "¿*rrote??", "¿?arrote?", "¿garrot?*?",
])
def test_a_questions_marks_are_no_part_of_a_word_or_pattern(seed, typed):
    results = search(seed, typed)
    assert {hit.id for hit in results.hits} == GARROTE
    assert not any("Ninguna palabra" in message for message in results.messages)


def test_a_question_ending_in_marks_finds_what_its_words_find(seed):
    asked, plain = search(seed, "¿dónde está el garrote???"), search(seed, "dónde está el garrote")
    assert [hit.id for hit in asked.hits] == [hit.id for hit in plain.hits] and asked.total == plain.total > 0


def test_the_page_reads_a_question_ending_in_marks(seed_index):
    app = create_app({"INDEX_DIR": str(seed_index), "TESTING": True})
    try:
        body = app.test_client().get("/api/search", query_string={"q": "¿el garrote???"}).get_json()
    finally:
        app.extensions["hemeroteca"].close()
    assert {hit["id"] for hit in body["hits"]} == GARROTE
