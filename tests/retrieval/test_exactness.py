"""Exactness: a paragraph with the very words typed ranks above one sharing only their stems.

Each case's wrong paragraphs match every stem of the query and, being short, score higher
on the stemmed text alone (checked below); the exact field's bonus puts the right one
first, on the posting cache's path and on Whoosh's alike.
"""

import json

import pytest

from search.query.builder import build_query
from search.query.parser import parse
from search.retrieval import columnar, searching
from search.retrieval.advice import vocabulary_of
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index

# query, the right paragraph, paragraphs that share only stems with it (Snowball: nuevo and
# nueve are nuev, comida and comando com, casa and casos cas, cámara and camas cam).
CASES = [
    ("Año Nuevo", "Les deseamos a todos un feliz año nuevo en compañía de sus familias.",
     ["Tenía nueve años.", "Nueve años, nueve."]),
    ("comida saludable", "La comida saludable en las escuelas es parte del programa de nutrición.",
     ["El comando saludable.", "Comer saludable, comamos."]),
    ("casa", "Volvió a la casa de su madre cuando cayó la tarde sobre el pueblo.",
     ["Tres casos.", "Casos, casos."]),
    ("camara", "La Cámara de Diputados aprobó ayer la reforma de la ley general de salud.",
     ["Sin camas.", "Camas y más camas."]),
    ("Madrid", "El ministro llegó a Madrid el martes por la tarde para reunirse con la prensa.",
     ["La madre.", "Madre, madre."]),
    # trial 3: one Cooperación in a long paragraph below three cooperativas in a short one
    ("cooperacion", "La Agencia Mexicana de Cooperación Internacional para el Desarrollo coordinó "
     "con los gobiernos estatales la entrega de los insumos médicos a los hospitales del país.",
     ["Las cooperativas de las cooperativas y la cooperativa del pueblo vendieron su café."]),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("exactness")
    lines = []
    for number, (_, right, wrong) in enumerate(CASES):
        for kind, text in [("right", right)] + [("wrong", text) for text in wrong]:
            lines.append({"id": f"{kind}-{number}-{len(lines)}", "text": text, "title": "Nota",
                          "date": "2021-01-05"})
    lines += [{"id": f"relleno-{n}", "text": f"Párrafo de relleno número {n} sin nada que ver.",
               "title": "Nota"}
              for n in range(30)]  # idf as in a real index: the case words are rare
    (root / "docs").mkdir()
    (root / "docs" / "casos.jsonl").write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    build_index([root / "docs"], root / "ix")
    with open_index(root / "ix") as opened:
        yield opened


def first_hit(index, query, **filters):
    results = search(index, query, limit=5, **filters)
    return results.hits[0].id if results.hits else None


@pytest.mark.parametrize("whoosh_path", [False, True], ids=["posting cache", "whoosh"])
@pytest.mark.parametrize("query", [case[0] for case in CASES])
def test_the_paragraph_with_the_words_typed_ranks_first(index, monkeypatch, query, whoosh_path):
    if whoosh_path:
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    assert first_hit(index, query).startswith("right-")
    assert first_hit(index, query, date_from="2021-01").startswith("right-")  # with filters


# Madrid and madre no longer share a stem (analyzer 4 keeps nouns in -d whole): no collision.
@pytest.mark.parametrize("query", [case[0] for case in CASES if case[0] != "Madrid"])
def test_without_the_bonus_a_stem_match_would_rank_first(index, monkeypatch, query):
    # The cases are real collisions: the stemmed text alone ranks a wrong paragraph first.
    monkeypatch.setattr(searching, "exactness", lambda query, terms, **options: query)
    assert first_hit(index, query).startswith("wrong-")


def test_the_bonus_only_reorders(index, monkeypatch):
    with_bonus = search(index, "Año Nuevo", limit=20)
    monkeypatch.setattr(searching, "exactness", lambda query, terms, **options: query)
    without = search(index, "Año Nuevo", limit=20)
    assert with_bonus.total == without.total == 3
    assert {hit.id for hit in with_bonus.hits} == {hit.id for hit in without.hits}


@pytest.mark.parametrize("query, exact", [
    ("Año Nuevo", ["año", "nuevo"]),
    ("cómo COMIÓ él", ["comio"]),  # folded, stop words out
    ('"año nuevo" casa', ["año", "nuevo", "casa"]),  # a phrase's words count too
    ("casa -casos vacuna* titulo:mesa orador:Lavrov", ["casa"]),  # not excluded, prefixed or other fields
])
def test_the_exact_terms_are_the_words_typed_for_the_text(index, query, exact):
    searcher = index.searcher()
    built = build_query(parse(query), searcher, index.store)
    assert list(built.exact) == exact


@pytest.mark.parametrize("whoosh_path", [False, True], ids=["posting cache", "whoosh"])
@pytest.mark.parametrize("query", ["cooperasion~", "cooperasion", "Año Nuebo~", "Madrit~"])
def test_a_typo_tolerant_word_ranks_the_nearest_word_first(index, monkeypatch, query, whoosh_path):
    # `cooperasion~` is one edit from cooperación, several from cooperativas (its stem's)
    if whoosh_path:
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    assert first_hit(index, query).startswith("right-")


def test_forms_further_from_a_typo_weigh_less(index):
    built = build_query(parse("comido~2"), index.searcher(), index.store,
                        vocabulary=lambda: vocabulary_of(index))
    assert built.exact["comida"] < 1.0 and built.exact.get("comido", 1.0) == 1.0
