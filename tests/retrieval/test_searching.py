import json

import pytest

from search.errors import QueryError
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import rank_ids, search
from search.storage.build import build_index
from tests.conftest import build_empty_index

SEED = "000_0ae4057f2a729d92.txt"


def paragraphs(results):
    return [hit.paragraph for hit in results.hits]


@pytest.mark.parametrize("query, first", [
    ("virus politico", 2),
    ("modestamente acomodada", 3),
    ("sancion unilateral garrote", 6),
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


@pytest.mark.parametrize("query, expected", [
    ('"Tratado de Buena Vecindad"', {4, 5}),
    ('"tratado de buena vecindad"', {4, 5}),
    ('"buena de vecindad"', set()),
    ('"Buena Vecindad y Cooperación Amistosa China-Rusia"', {5}),
    ("chino-rusas", {2}),
    ("relaciones Y NO China", set()),
    ("Wang NOT (Lavrov OR Putin)", {3, 4}),
    ("Wang -Lavrov -Putin", {3, 4}),
    ("garrote O modestamente", {3, 6}),
    ("garrote OR modestamente", {3, 6}),
    ("orador:lavrov", {5, 6}),
    ("speaker:LAVROV fecha:2020-12", {5, 6}),
    ('orador:"Vladimir Putin"', {2}),
    ("fecha:2020-12-22 garrote", {6}),
    ("fecha:[2020-01 TO 2020-12] garrote", {6}),
    ("fecha:>2021 garrote", set()),
    ("fecha:<2021-01-01 garrote", {6}),
    ("titulo:consejero garrote", {6}),
    (f"doc:{SEED} garrote", {6}),
    ("doc:otro.txt garrote", set()),
    ("polít*", {2, 5}),
    ("cooperasion~", {2, 3, 4, 5, 6}),
])
def test_query_language(seed, query, expected):
    assert set(paragraphs(search(seed, query))) == expected


def test_lowercase_operators_are_words(seed):
    # "y" and "no" are stop words: this is "paz seguridad", not a boolean query.
    assert search(seed, "garrote y no zanahoria").mode == "any"
    assert paragraphs(search(seed, "seguridad y estabilidad")) == [2]


def test_a_phrase_never_matches_across_a_different_word(tmp_path):
    from search.retrieval.reader import open_index
    from search.storage.build import build_index
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Habló la ministra y vivienda era el tema.\n"
                                  "Habló la ministra de vivienda.\n")
    build_index([folder], tmp_path / "ix")
    with open_index(tmp_path / "ix") as index:
        assert paragraphs(search(index, '"ministra de vivienda"')) == [2]
        assert paragraphs(search(index, '"ministra y vivienda"')) == [1]


def test_falls_back_to_any_word_and_says_so(seed):
    results = search(seed, "garrote zanahoria")
    assert results.mode == "any" and paragraphs(results) == [6]
    assert any("alguna" in message for message in results.messages)


def test_typo_retry_after_all_and_any_find_nothing(seed):
    results = search(seed, "garrrote")
    assert results.mode == "fuzzy" and paragraphs(results) == [6]
    assert any("errores de escritura" in message for message in results.messages)


def test_suggestion_from_the_index_vocabulary(seed):
    results = search(seed, "cooperasion antipandemica")
    assert results.suggestion == "cooperación antipandémica"
    assert search(seed, "virus politico").suggestion is None


def test_no_results(seed):
    results = search(seed, "zanahoria")
    assert (results.total, results.hits, results.mode) == (0, [], "all")


@pytest.mark.parametrize("query", ["autor:Gatell China", "foo:bar China", "China SALUD: Muy"])
def test_an_unknown_field_is_plain_words_that_the_any_word_fallback_may_drop(seed, query):
    """A pasted transcript label (`SALUD: Muy…`) or a field we lack is text, not a wall."""
    results = search(seed, query)
    assert results.total == search(seed, "China").total > 0


@pytest.mark.parametrize("query, message", [
    ('"virus politico', "comillas"),
    ("(virus politico", "paréntesis"),
    ("virus) politico", "paréntesis"),
    ("NOT", "NO/NOT"),
    ("virus AND", None),
    ("foo:virus", "campo «foo» no existe"),
    ("fecha:[pronto TO luego] virus", "no es una fecha válida"),
    ("fecha:2021-02-31 virus", "no es una fecha válida"),
    ("-virus", "solo excluía"),
    ("", "Escriba algo"),
])
def test_broken_syntax_still_searches_and_explains(seed, query, message):
    results = search(seed, query)
    if message:
        assert any(message in m for m in results.messages), results.messages
    if "virus" in query and not query.startswith("-"):
        assert 2 in paragraphs(results)


def test_long_query_is_cut_with_a_message(seed):
    results = search(seed, "garrote " * 2000)
    assert paragraphs(results) == [6] and "muy larga" in results.messages[0]


def test_paging_and_total(seed):
    first = search(seed, "China", limit=2, page=1)
    second = search(seed, "China", limit=2, page=2)
    assert first.total == second.total == 6
    assert len(first.hits) == len(second.hits) == 2
    assert not set(paragraphs(first)) & set(paragraphs(second))
    assert search(seed, "China", limit=2, page=99).hits == []


def test_sort_by_paragraph_date(seed):
    assert len(search(seed, "China", sort="-date").hits) == 6


@pytest.mark.parametrize("options", [{"sort": "size"}, {"page": 0}, {"page": 101},
                                     {"limit": 0}, {"limit": 101}, {"date_from": "pronto"},
                                     {"speaker": "x" * 101}])
def test_bad_options_raise_query_error(seed, options):
    with pytest.raises(QueryError):
        search(seed, "China", **options)


def test_dates_the_wrong_way_round_are_taken_in_order_as_fecha_takes_them(seed):
    filtered = search(seed, "China", date_from="2021", date_to="2020")
    typed = search(seed, "China fecha:[2021 TO 2020]")
    assert filtered.total == typed.total == 6
    assert any("al revés" in message for message in filtered.messages)
    assert any("al revés" in message for message in typed.messages)


def test_filters(seed):
    assert set(paragraphs(search(seed, "China", speaker="lavrov"))) == {5, 6}
    assert search(seed, "China", date_from="2021").total == 0
    assert search(seed, "China", date_from="2020-12", date_to="2020-12-22").total == 6
    assert set(paragraphs(search(seed, "", speaker="Putin"))) == {2}


def test_facets_count_the_whole_result_set(seed):
    results = search(seed, "China", limit=1, facets=True)
    speakers = {f["name"]: f["count"] for f in results.facets["speakers"]}
    assert speakers == {"Wang Yi": 4, "Sergey Lavrov": 2, "Vladímir Putin": 1}
    assert results.facets["years"] == [{"year": "2020", "count": 6}]
    assert results.facets["months"] == [{"month": "2020-12", "count": 6}]


def test_rank_ids_for_a_question(seed):
    ids = rank_ids(seed, "¿Qué esgrime Estados Unidos según Wang Yi?")
    assert ids[0] == f"{SEED}#6"
    assert rank_ids(seed, "¿de la que?") == []


@pytest.mark.parametrize("query", ["lluvia", "lluvia OR granizo"])
@pytest.mark.parametrize("sort", ["relevance", "date"])
def test_totals_and_facets_count_every_match_when_titles_fill_the_top(tmp_path, query, sort):
    # Every fourth paragraph has the word in its title too, each a little higher
    # scored than the last: once its top ten were full, Whoosh's collector would drop
    # the paragraphs without a title match from the count.
    lines = [{"id": f"t{n}", "title": "Lluvia", "text": "Lluvia" + " fuerte" * (60 - n),
              "date": "2020-01-02"} if n % 4 == 0 else
             {"id": f"o{n}", "title": "Otro", "text": "Hubo lluvia.", "date": "2021-01-02"}
             for n in range(52)]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "tiempo.jsonl").write_text(
        "\n".join(json.dumps(line) for line in lines) + "\n")
    build_index([tmp_path / "docs"], tmp_path / "ix")
    with open_index(tmp_path / "ix", weighting()) as index:
        results = search(index, query, facets=True, sort=sort)
    assert results.total == 52
    assert {f["year"]: f["count"] for f in results.facets["years"]} == {"2020": 13, "2021": 39}


def test_an_empty_index_answers_with_a_message(tmp_path):
    build_empty_index(tmp_path / "ix")  # as older versions made them
    with open_index(tmp_path / "ix", weighting()) as index:
        for text in ("agua", "orador:ana", "cooperasion", ""):
            results = search(index, text, facets=True, sort="date")
            assert results.total == 0 and "vacío" in results.messages[0]
        assert rank_ids(index, "¿Dónde está el agua?") == []


@pytest.fixture(scope="module")
def glued(tmp_path_factory):
    root = tmp_path_factory.mktemp("glued")
    (root / "docs").mkdir()
    (root / "docs" / "nota.txt").write_text(
        # a title of none of the words: a title's words find every paragraph of its document
        "Notas\n\nLa pandemia de COVID-19 cambió todo.\n\nEl G-20 se reunió en Roma.\n\n"
        "La red 5G llegó al pueblo.\n\nEl virus covid siguió; hubo 19 casos.\n", encoding="utf-8")
    build_index([root / "docs"], root / "ix")
    with open_index(root / "ix") as index:
        yield index


@pytest.mark.parametrize("typed, paragraph", [
    ("covid19", 2),  # written COVID-19: letters and digits as a phrase, not either word alone
    ("COVID19", 2),
    ("g20", 3),
    ("5g", 4),  # written glued: found as typed
])
def test_letters_glued_to_digits_find_them_written_apart(glued, typed, paragraph):
    assert paragraphs(search(glued, typed)) == [paragraph]
