"""The first hits of a search are read once, for the proximity rerank and the page
(search/retrieval/reranking.py): the page is the one reading and scanning them apart gave."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.retrieval import ranking, reranking
from search.retrieval.ranking import RANKING, analyzed_words, proximity_bonus
from search.retrieval.results import Results, hit_records, to_hits
from search.retrieval.searching import find_matches, prepared, search
from search.text.words import TOKEN, index_form
from tests.retrieval.named_texts import open_texts, search_path  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("search_path")  # every test on both ways of scoring

TEXTS = {
    "together": "Feliz Año Nuevo a todas las familias que nos escuchan esta noche en casa.",
    "apart": "El año pasado fue duro; el plan nuevo llega pronto.",
    "far": ("Un año de trabajo, de esfuerzo y de espera, " * 6) + "y al fin el plan nuevo, el nuevo plan.",
    "accents": "El ano del calendario no es el año: nuevos planes, nueva vida, año tras año.",
    "dialogue": "—¿Año nuevo? —preguntó—. «Vida nueva», dijo el plan… Año 1.500, EE.UU. y O'Donnell.",
    "long": " ".join(["Año tras año el mismo plan."] * 40 + ["Año nuevo, plan nuevo."]),
}
FILLER = [f"Párrafo {n} del informe diario de la secretaría, año {2000 + n}, nuevo tema {n}."
          for n in range(40)]
QUERIES = ["año nuevo", "nuevo año plan", "Año Nuevo familias", "ano nuevo", "año nuev*",
           '"plan nuevo" año', "año -familias nuevo", "vida nueva 1.500", "plan"]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with open_texts(tmp_path_factory.mktemp("reranking"), TEXTS, FILLER) as opened:
        yield opened


def apart(index, text, page, limit):
    """Return the hits of a search whose rerank and page read the hits and find the words
    each on its own (as before reranking.py), the proximity with match_spans of each text."""
    results = Results(query=text)
    searcher, text, parsed, filters = prepared(index, text, "relevance", page, limit, (None, None, None),
                                               results)
    found = find_matches(index, searcher, parsed, filters, "relevance",
                         max(page * limit, RANKING.rerank_depth), results)
    ranked, head = found.ranked, found.ranked[:RANKING.rerank_depth]
    words = analyzed_words(searcher.schema, " ".join(found.typed_words or ()))
    if len(words) > 1 and len(head) > 1:
        records = hit_records(searcher, index.store, [docnum for docnum, _ in head], speakers=False)
        near = [proximity_bonus(record.text[:reranking.PROXIMITY_CHARS], words) for record in records]
        ranked = sorted([(docnum, score * (1 + RANKING.proximity * bonus))
                         for (docnum, score), bonus in zip(head, near)], key=lambda pair: -pair[1])
        ranked += found.ranked[RANKING.rerank_depth:]
    on_page = ranked[(page - 1) * limit:page * limit]
    records = hit_records(searcher, index.store, [docnum for docnum, _ in on_page])
    return to_hits(records, [score for _, score in on_page], found.terms, found.phrases, found.title_terms)


@pytest.mark.parametrize("proximity_chars", [100_000, 60])  # 60: texts longer are scanned apart
@pytest.mark.parametrize("page, limit", [(1, 10), (2, 10), (1, 3), (2, 4), (3, 5)])
@pytest.mark.parametrize("query", QUERIES)
def test_the_page_is_what_reading_the_hits_twice_gave(index, query, page, limit, proximity_chars, monkeypatch):
    monkeypatch.setattr(reranking, "PROXIMITY_CHARS", proximity_chars)
    found = search(index, query, page=page, limit=limit)
    assert found.hits == apart(index, query, page, limit)
    if page == 1 and query != "plan":  # the reading is what ranks them
        assert found.hits and found.hits[0].highlights


def test_the_reads_hold_each_texts_spans_as_found_alone(index):
    searcher = index.searcher()
    docnums = list(range(searcher.doc_count_all()))
    words, terms = {"añ", "nuev"}, {"nuev", "plan", "vid"}
    reads = reranking.read(searcher, index.store, docnums, terms, words)
    for docnum, record in reads.records.items():
        assert reads.near[docnum] == [span for span in reranking.page_spans([record.text], words)[0]]
        assert reads.spans[docnum] == reranking.page_spans([record.text], terms)[0]


def words_between_by_their_forms(text, start, end, limit):
    """_words_between as written before: each token's index form (None for a stop word)."""
    forms = [index_form(match.group()) for match in TOKEN.finditer(text, start, end)]
    return min(limit, sum(form is not None for form in forms))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["año", "nuevo", "el", "de", "la", "O'Donnell", "l'el", "EE. UU.", "1.500",
                                 "Él", "ESTE", "esté", "—", ",", "casa", "L.A.", "D.E.", "l’el"]), max_size=25))
def test_words_between_two_matches_count_as_the_analyzer_indexes_them(words):
    text = " ".join(words)
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            assert ranking._words_between(text, start, end, 3) == words_between_by_their_forms(text, start, end, 3)
