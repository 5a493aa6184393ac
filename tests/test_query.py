import pytest

from search.query import parse_query, query_terms, question_query, rank_ids, search

SEED = "000_0ae4057f2a729d92.txt"


def paragraphs(results):
    return [hit.paragraph for hit in results.hits]


@pytest.mark.parametrize("query, first", [
    ("virus politico", 2),
    ("modestamente acomodada", 3),
    ("sancion unilateral garrote", 6),
    ("Tratado de Buena Vecindad", 4),
    ("conversacion telefonica", 1),
])
def test_unaccented_queries_find_the_right_paragraph_first(seed, query, first):
    results = search(seed, query)
    assert results.mode == "all"
    assert paragraphs(results)[0] == first


def test_cooperacion_antipandemica_top_two(seed):
    assert set(paragraphs(search(seed, "cooperacion antipandemica"))[:2]) == {2, 5}


def test_hits_carry_record_fields_and_highlights(seed):
    hit = search(seed, "virus politico").hits[0]
    assert (hit.id, hit.doc, hit.paragraph) == (f"{SEED}#2", SEED, 2)
    assert hit.score > 0 and hit.title.startswith("El consejero")
    assert (hit.date, hit.speakers) == ("2020-12-22", ["Wang Yi", "Vladímir Putin"])
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["virus", "político"]


def test_falls_back_to_any_word_and_says_so(seed):
    results = search(seed, "garrote zanahoria")
    assert results.mode == "any" and paragraphs(results) == [6]
    assert results.messages and "alguna" in results.messages[0]


def test_no_results(seed):
    results = search(seed, "zanahoria")
    assert (results.total, results.hits) == (0, [])


@pytest.mark.parametrize("query", ['"virus politico', "(virus politico", "virus) politico",
                                   "virus AND", "NOT", "", "   ", "***", "title:"])
def test_broken_syntax_still_searches(seed, query):
    results = search(seed, query)
    assert results.total >= 0
    if "virus" in query:
        assert 2 in paragraphs(results)


def test_paging(seed):
    first = search(seed, "China", limit=2, page=1)
    second = search(seed, "China", limit=2, page=2)
    assert len(first.hits) == len(second.hits) == 2
    assert not set(paragraphs(first)) & set(paragraphs(second))
    assert search(seed, "China", limit=2, page=99).hits == []


def test_query_terms_are_analyzed(seed_searcher):
    assert query_terms(parse_query(seed_searcher.schema, "Las Relaciones")) == {"relacion"}


def test_question_query_requires_the_rarest_terms(seed_searcher):
    terms = query_terms(parse_query(seed_searcher.schema, "relaciones China Rusia garrote virus",
                                    "any"))
    query = question_query(seed_searcher, terms)
    assert type(query).__name__ == "AndMaybe"
    required = {text for _, text in query.a.iter_all_terms()}
    assert "garrot" in required and "chin" not in required


def test_rank_ids_for_a_question(seed):
    ids = rank_ids(seed, "¿Qué esgrime Estados Unidos según Wang Yi?")
    assert ids[0] == f"{SEED}#6"
    assert rank_ids(seed, "¿de la que?") == []
