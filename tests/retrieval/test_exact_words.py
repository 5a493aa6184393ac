"""Text in quotes (or `=word`) is the words as typed, not their stems (trial 33, defect 9).

As Elasticsearch's recipe for mixing exact search with stemming (simple_query_string with
`quote_field_suffix: ".exact"`): `"vacunó"` finds «vacunó» (and «vacuno»: accents and case
never count, `ñ` does), not «vacunas» nor «vacunación»; unquoted words stay stemmed. Each
row runs on the posting cache's path and on Whoosh's, which must give the same paragraphs.
"""

import json

import pytest

from search.query.builder import build_query
from search.query.parser import parse
from search.retrieval import columnar
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index

RECORDS = {  # id: (text, title, speaker, date)
    "vacuno": ("Ayer se vacunó el presidente en Palacio Nacional.", "Nota", "Ana Pérez", "2021-02-18"),
    "ganado": ("El precio del VACUNO y del porcino subió en marzo.", "Mercados", None, "2020-03-02"),
    "vacunas": ("Las vacunas llegaron a Campeche por la mañana.", "Vacunas para todos", "Ana Pérez", "2021-01-04"),
    "vacunacion": ("La vacunación avanza en el norte del país.", "Vacunación", None, "2021-03-01"),
    "vacunados": ("Los vacunados ya son mil en la ciudad.", "Nota", "Luis Gómez", "2021-04-01"),
    "ambas": ("Se vacunó ayer; las vacunas de Pfizer llegan hoy.", "Nota", "Luis Gómez", "2021-02-20"),
    "de_la": ("Se habló de la vacuna de Pfizer en la reunión.", "Nota", None, "2021-05-05"),
    "de_las": ("Se habló de las vacunas de Moderna en la reunión.", "Nota", None, "2021-05-06"),
    "anio": ("Feliz año nuevo a todas las familias.", "Nota", None, "2020-12-31"),
    "anios": ("Nueve años después volvió al pueblo.", "Nota", None, "2020-06-01"),
    "ano": ("El médico revisó el ano del paciente.", "Nota", None, "2020-07-01"),
    "salud": ("La salud pública del estado mejoró este año.", "Nota", None, "2020-08-01"),
    "saludable": ("Una vida saludable y pública, dijo el alcalde.", "Nota", None, "2020-08-02"),
    "salud_lejos": ("La salud de toda la población pública del norte.", "Nota", None, "2020-08-03"),
}
FILLER = 30  # paragraphs of other words: idf as in a real index, the case words rare

# query, the ids it finds (as typed in quotes; unquoted words by their stems)
CASES = [
    ('"vacunó"', {"vacuno", "ganado", "ambas"}),  # accents and case aside: vacunó is vacuno, VACUNO
    ('"vacuno"', {"vacuno", "ganado", "ambas"}),
    ('"VACUNÓ"', {"vacuno", "ganado", "ambas"}),
    ("=vacunó", {"vacuno", "ganado", "ambas"}),  # `=` as in Sphinx: the word as written
    ("=Vacuno^2", {"vacuno", "ganado", "ambas"}),
    ('"vacunas"', {"vacunas", "ambas", "de_las"}),
    ('"vacunados"', {"vacunados"}),
    ('"vacunaron"', set()),  # absent in that form, present as others
    ("vacunó", {"vacuno", "ganado", "vacunas", "vacunacion", "vacunados", "ambas", "de_la", "de_las"}),
    ('"año"', {"anio", "salud"}),  # not «años», not «ano»: ñ counts
    ('"ano"', {"ano"}),
    ('"años"', {"anios"}),
    ('"se vacunó"', {"vacuno", "ambas"}),
    ('"vacunó el presidente"', {"vacuno"}),
    ('"vacunas el presidente"', set()),
    ('"de la vacuna"', {"de_la"}),  # stop words count, in order
    ('"de las vacunas"', {"de_las"}),
    ('"de la vacunas"', set()),
    ('"de la"', {"de_la"}),  # a phrase of stop words alone, as before
    ('"salud pública"', {"salud"}),
    ('"salud pública"~4', {"salud", "salud_lejos"}),  # not «saludable … pública»
    ('"salud publica"', {"salud"}),
    ('orador:"Ana Pérez" "vacunó"', {"vacuno"}),
    ('"vacunas" orador:"Luis Gómez"', {"ambas"}),
    ('fecha:2021 "vacunó"', {"vacuno", "ambas"}),
    ('fecha:2020 "vacuno"', {"ganado"}),
    ('vacuna -"vacunó"', {"vacunas", "vacunacion", "vacunados", "de_la", "de_las"}),
    ('vacuna -"vacunas"', {"vacuno", "ganado", "vacunacion", "vacunados", "de_la"}),
    ('vacuna NOT "de la vacuna"', {"vacuno", "ganado", "vacunas", "vacunacion", "vacunados", "ambas", "de_las"}),
    ('"vacunó" O "vacunados"', {"vacuno", "ganado", "ambas", "vacunados"}),
    ('titulo:"vacunas"', {"vacunas"}),  # titles are checked as written too: not «Vacunación»
    ('titulo:vacunas', {"vacunas", "vacunacion"}),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("exact-words")
    lines = []
    for key, (text, title, speaker, date) in RECORDS.items():
        record = {"id": key, "doc": key, "text": text, "title": title, "date": date}
        if speaker:
            record["speakers"] = [speaker]
        lines.append(record)
    lines += [{"id": f"relleno-{n}", "doc": f"relleno-{n}", "text": f"Párrafo de relleno número {n} sobre otro tema.",
               "title": "Otra"} for n in range(FILLER)]
    (root / "docs").mkdir()
    (root / "docs" / "notas.jsonl").write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    build_index([root / "docs"], root / "ix")
    with open_index(root / "ix") as opened:
        yield opened


def found(index, query, monkeypatch, path):
    """Return the search's Results on one path: the posting cache's, or Whoosh's alone."""
    with monkeypatch.context() as patched:
        if path == "whoosh":
            patched.setattr(columnar, "postings_for", lambda searcher: None)
        return search(index, query, limit=100)


@pytest.mark.parametrize("path", ["columnar", "whoosh"])
@pytest.mark.parametrize(("query", "expected"), CASES)
def test_quoted_words_are_searched_as_typed(index, monkeypatch, path, query, expected):
    results = found(index, query, monkeypatch, path)
    assert {hit.doc for hit in results.hits} == expected, results.messages
    assert results.total == len(expected)


@pytest.mark.parametrize("query", [case[0] for case in CASES])
def test_both_paths_rank_alike(index, monkeypatch, query):
    ours, theirs = (found(index, query, monkeypatch, path) for path in ("columnar", "whoosh"))
    assert [(hit.doc, round(hit.score, 9)) for hit in ours.hits] == \
        [(hit.doc, round(hit.score, 9)) for hit in theirs.hits]
    assert ours.messages == theirs.messages


def marked(hit):
    return [hit.snippet[start:end] for start, end in hit.highlights]


@pytest.mark.parametrize(("query", "doc", "marks"), [
    ('"vacunó"', "ambas", ["vacunó"]),  # not the «vacunas» beside it
    ('"vacunas"', "ambas", ["vacunas"]),
    ('=vacunó', "ambas", ["vacunó"]),
    ("vacunó", "ambas", ["vacunó", "vacunas"]),  # unquoted: every word of its stem
    ('"se vacunó"', "ambas", ["Se vacunó"]),
    ('"VACUNO"', "ganado", ["VACUNO"]),
    ('"salud pública"~4', "salud_lejos", ["salud", "pública"]),
    ('"de la vacuna"', "de_la", ["de la vacuna"]),
])
def test_the_snippet_marks_the_form_typed_only(index, monkeypatch, query, doc, marks):
    hits = {hit.doc: hit for hit in found(index, query, monkeypatch, "columnar").hits}
    assert marked(hits[doc]) == marks


@pytest.mark.parametrize(("query", "expected"), [
    ('"vacunó"', "Term('exact', 'vacuno')"),  # one word: its exact-field term, no text read
    ("=vacunó", "Term('exact', 'vacuno')"),
    ('"de"', "PhraseQuery('text', '·de')"),  # a stop word alone: its term of the pairs field, as before
])
def test_a_quoted_word_is_its_exact_term(index, query, expected):
    built = build_query(parse(query), index.searcher(), index.store)
    assert (repr(built.query) if built.query is not None else None) == expected


@pytest.mark.parametrize(("query", "message"), [
    ("=vacun*", "«=» busca la palabra tal cual y no se combina con «*», «?» ni «~»; se ignoró en «=vacun*»."),
    ("=vacunó~", "«=» busca la palabra tal cual y no se combina con «*», «?» ni «~»; se ignoró en «=vacunó~»."),
    ("=vac?na", "«=» busca la palabra tal cual y no se combina con «*», «?» ni «~»; se ignoró en «=vac?na»."),
])
def test_an_equals_sign_with_other_forms_asked_is_said_and_dropped(index, query, message):
    results = search(index, query, limit=5)
    assert message in results.messages
    assert results.total >= 1  # searched as the pattern or the typos it asks for


def test_an_index_without_the_exact_field_searches_quotes_by_stems(index, monkeypatch):
    """An index built before the exact field (no `exact` in its schema) keeps the stemmed phrase."""
    from search.query import other_clauses

    built = build_query(parse('"vacunó"'), index.searcher(), index.store)
    assert "exact" in repr(built.query)
    monkeypatch.setattr(other_clauses.OtherClauses, "written_phrase",
                        lambda self, phrase, fieldname, negated: pytest.fail("not for an old index"))
    schema = index.searcher().schema
    monkeypatch.delitem(schema._fields, "exact")
    built = build_query(parse('"vacunó"'), index.searcher(), index.store)
    assert repr(built.query) == "Term('text', 'vacun')"
