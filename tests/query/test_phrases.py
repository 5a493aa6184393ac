import math

import pytest
from whoosh.query import Term

from search import budget as budgets
from search.query.builder import build_query
from search.query.parser import parse
from search.query.phrases import PhraseQuery, holding_phrase, plan_phrase, plan_written, stems_spellings
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.schema import paragraph_schema
from search.text.pairs import PAIR_KINDS
from search.text.phrase_match import contains_sequence
from search.text.words import phrase_forms, written_forms

PARAGRAPHS = [
    "La ministra de Vivienda habló de la casa de la moneda.",
    "La ministra y vivienda: de la mano, lo que se dijo.",
    "Lo que el presidente dijo de la salud pública y de lo que se hará.",
    "El presidente de la república habló de salud; la pública es otra cosa.",
    "De la Haya a La Haya: el Tratado de Buena Vecindad.",
    "Tratados de buena vecindad, y en el que se firmó la paz.",
    "Que el pueblo decida. Si el presidente quiere, que hable.",
    "Y la casa quedó vacía, y la calle también.",
]
PHRASES = ['"de la"', '"lo que"', '"que el"', '"y la"', '"de lo que"', '"y en el que se"',
           '"el presidente"', '"si el"', '"salud pública"', '"la salud"', '"la Haya"',
           '"de buena vecindad"', '"casa de la moneda"', '"que"', '"salud"', '"ministra de vivienda"',
           '"y la casa" "de la"', '"de la" O "lo que"', 'presidente -"de la"', 'titulo:"de la"',
           'titulo:"cumbre de la"', 'titulo:"informe de la semana"', '"nada de esto"']


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    """Return {kind of pairs: index directory} of the same documents."""
    folder = tmp_path_factory.mktemp("phrase-docs")
    for number, text in enumerate(PARAGRAPHS):
        title = "Informe de la semana" if number % 2 else "Notas"
        (folder / f"doc{number}.txt").write_text(f"{title}\n{text}\n", encoding="utf-8")
    (folder / "teletipos.jsonl").write_text(  # records with titles of their own
        '{"id": "t1", "doc": "t", "title": "Cumbre de la paz", "text": "Sin acuerdo."}\n'
        '{"id": "t2", "doc": "t", "title": "Otra cosa", "text": "Tampoco."}\n', encoding="utf-8")
    found = {}
    for kind in PAIR_KINDS:
        found[kind] = tmp_path_factory.mktemp(f"phrases-{kind}")
        build_index([folder], found[kind], schema=paragraph_schema(pairs=kind))
    found["old"] = tmp_path_factory.mktemp("phrases-old")  # as indexes were before pairs
    build_index([folder], found["old"], schema=paragraph_schema(pairs="none", signatures=False))
    return found


@pytest.mark.parametrize("text, phrase, found", [
    ("La ministra de Vivienda habló", "ministra de vivienda", True),
    ("La ministra y vivienda", "ministra de vivienda", False),
    ("Tratado de Buena Vecindad", "tratado de buena vecindad", True),
    ("Tratados de Buena Vecindad", "tratado de buena vecindad", True),
    ("Buena Vecindad de Tratado", "tratado de buena vecindad", False),
    ("relaciones chino-rusas", "chino rusas", True),
    ("cualquier cosa", "", True),
])
def test_contains_sequence(text, phrase, found):
    assert contains_sequence(phrase_forms(text), phrase_forms(phrase)) is found


@pytest.mark.parametrize("phrase, exact, fields", [
    ("salud", True, ["text"]),
    ("que", True, ["pairs"]),
    ("de la", True, ["pairs"]),
    ("el presidente", False, ["text"]),  # then the signature, then the text
    ("salud pública", False, ["text", "text"]),
    ("de lo que", False, ["pairs"] * 2),
])
def test_a_phrase_requires_its_words_and_pairs(seed_searcher, phrase, exact, fields):
    plan = plan_phrase(seed_searcher.schema, "text", phrase)
    assert plan.exact is exact
    assert [field for field, _ in plan.required] == fields


def test_every_kind_of_pairs_finds_what_the_text_holds(indexes):
    """Each structure answers each phrase as reading every paragraph would, same scores."""
    answers = {}
    for kind, index_dir in indexes.items():
        with open_index(index_dir) as index:
            answers[kind] = {phrase: [(hit.id, hit.score) for hit in search(index, phrase).hits]
                             for phrase in PHRASES}
    with open_index(indexes["old"]) as index:
        for phrase in PHRASES:
            if phrase.count('"') == 2 and not phrase.startswith(("titulo", "presidente")):
                wanted = phrase_forms(phrase.strip('"'))
                truth = {record.id for record in _all_records(index)
                         if contains_sequence(phrase_forms(record.text), wanted)}
                assert {hit_id for hit_id, _ in answers["old"][phrase]} == truth, phrase
    for kind in answers:
        assert answers[kind] == answers["old"], kind
    assert answers["stop"]['"de la"'] and not answers["stop"]['"nada de esto"']
    assert [hit_id for hit_id, _ in answers["stop"]['titulo:"cumbre de la"']] == ["t1"]


def _all_records(index):
    searcher = index.searcher()
    reader = searcher.reader()
    docnos, paragraphs = reader.column_reader("docno"), reader.column_reader("paragraph")
    return [index.store.record(docnos[n], paragraphs[n]) for n in reader.all_doc_ids()]


def test_a_quoted_word_is_the_word(seed):
    built = build_query(parse('"cooperación"'), seed.searcher(), seed.store)
    assert built.query == Term("exact", "cooperacion")  # as written, not its stem `cooper`


def test_phrases_of_stop_words_read_no_text(indexes, monkeypatch):
    with open_index(indexes["stop"]) as index:
        records = _all_records(index)
        monkeypatch.setattr(type(index.store), "texts", _refuse)
        for phrase in ("de la", "que", "lo que"):
            wanted = phrase_forms(phrase)
            assert search(index, f'"{phrase}"').total == sum(
                contains_sequence(phrase_forms(record.text), wanted) for record in records)


def _refuse(*args, **kwargs):
    raise AssertionError("the text was read")


def test_the_check_stops_when_the_budget_is_spent(indexes):
    with open_index(indexes["none"]) as index:
        searcher = index.searcher()
        plan = plan_phrase(searcher.schema, "text", "de la")
        reader = searcher.reader()
        everything = list(reader.all_doc_ids())
        spent = budgets.Budget(0)
        assert holding_phrase(reader, index.store, everything, plan, spent) == [] and spent.cut
        ample = budgets.Budget(math.inf)
        assert len(holding_phrase(reader, index.store, everything, plan, ample)) == sum(
            contains_sequence(phrase_forms(record.text), list(plan.forms)) for record in _all_records(index))
        assert not ample.cut


def test_phrase_queries_compare_by_their_words(seed_searcher):
    plan = plan_phrase(seed_searcher.schema, "text", "el presidente")
    assert PhraseQuery(plan, "el presidente", None) == PhraseQuery(plan, "El  Presidente", None)


@pytest.mark.parametrize(("text", "required", "exact"), [
    ("vacunó", [("exact", "vacuno")], True),  # one word: its exact term answers it
    ("Año", [("exact", "año")], True),  # the ñ kept
    ("de la", [("pairs", "·de ·la")], True),  # two stop words: their pair answers it
    ("de", [("pairs", "·de")], True),
    ("se vacunó", [("exact", "vacuno")], False),  # a stop word beside a word: checked in the text
    ("vacunó el presidente", [("exact", "vacuno"), ("exact", "presidente")], False),
    ("de la vacuna", [("exact", "vacuna"), ("pairs", "·de ·la")], False),
])
def test_a_phrase_as_written_requires_its_exact_terms_and_its_stop_pairs(text, required, exact):
    plan = plan_written(paragraph_schema(), "text", written_forms(text), known=lambda stem: True)
    assert (list(plan.required), plan.exact, plan.written) == (required, exact, True)
    assert plan.scored_field == "exact"


@pytest.mark.parametrize(("text", "known", "expected"), [
    ("comio de la vacuna", None, [("com", "·de", "·la", "vacun"), ("comi", "·de", "·la", "vacun")]),
    ("comio de la vacuna", {"com", "vacun"}, [("com", "·de", "·la", "vacun")]),  # a stem no text holds is no way
    ("se vacunó", None, [("·se", "vacun")]),
    ("vacuna xyzzy", {"vacun"}, []),  # a word no text writes: no way at all
])
def test_the_stems_a_phrase_as_written_may_have_in_a_text(text, known, expected):
    assert stems_spellings(written_forms(text), (lambda stem: True) if known is None else known.__contains__) \
        == expected
