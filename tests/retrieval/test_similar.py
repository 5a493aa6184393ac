"""Tests for search.retrieval.similar: the paragraphs that share a paragraph's telling words."""

import pytest

from search.errors import RecordNotFound
from search.retrieval.browse import locate
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.similar import (
    NOTHING_TELLING,
    SIMILAR_TERMS,
    TURN_LABEL,
    courtesy_terms,
    like_terms,
    name_terms,
    ranked_terms,
    similar,
    telling_terms,
    title_terms,
)
from tests.conftest import SEED

BRIEFING = "2020-06-15.txt"
NEXT_DAY = "2020-06-16.txt"


@pytest.fixture
def briefings(transcripts_index):
    with open_index(transcripts_index, weighting()) as index:
        yield index


def terms(index, text):
    return telling_terms(index, index.searcher(), text)


@pytest.mark.parametrize("text, label", [
    ("RICARDO CORTÉS ALCALÁ, DIRECTOR GENERAL DE PROMOCIÓN DE LA SALUD: Gracias.",
     "RICARDO CORTÉS ALCALÁ, DIRECTOR GENERAL DE PROMOCIÓN DE LA SALUD: "),
    ("PREGUNTA: ¿Cuándo?", "PREGUNTA: "),
    ("INTERLOCUTORA:\tSí.", "INTERLOCUTORA:\t"),
    ("HUGO LÓPEZ-GATELL RAMÍREZ: Buenas noches.", "HUGO LÓPEZ-GATELL RAMÍREZ: "),
    ("Ñ. ÑÚÑEZ: Hola.", "Ñ. ÑÚÑEZ: "),
    ("La ministra dijo: basta.", None),  # lower case: a sentence, not a label
    ("PREGUNTA:¿Cuándo?", None),  # a label is followed by a space
    ("A: Hola.", None),  # too short for a name or a role
    ("ONU: Sesión del 22 de diciembre.", "ONU: "),
])
def test_a_turn_label_is_words_in_capitals_and_a_colon(text, label):
    match = TURN_LABEL.match(text)
    assert (match.group() if match else None) == label


def test_courtesy_terms_are_analyzed_as_the_text_is(briefings):
    analyzer = briefings.searcher().schema["text"].analyzer
    found = courtesy_terms(analyzer)
    for word in ("gracias", "noches", "doctora", "Señora", "licenciado", "bienvenidos"):
        assert {token.text for token in analyzer(word)} <= found, word
    assert not {token.text for token in analyzer("vacuna semáforo")} & found


def test_name_terms_are_every_speakers_names_once_per_state(briefings):
    analyzer = briefings.searcher().schema["text"].analyzer
    found = name_terms(briefings, analyzer)
    assert {"lopez", "gatell", "lajous", "zegarr"} <= found and "vacun" not in found
    assert name_terms(briefings, analyzer) is found


@pytest.mark.parametrize("text, expected", [
    ("PREGUNTA: ¿Cuándo llegan las vacunas?", {"lleg", "vacun"}),  # the label is dropped
    ("Buenas noches, doctor. Gracias por la vacuna.", {"vacun"}),  # courtesy is dropped
    ("En 2020 llegaron 19 vacunas.", {"lleg", "vacun"}),  # numbers are dropped
    ("La vacuna del zorro.", {"vacun"}),  # a word of no other paragraph brings none
    # the names, when nothing else: here only other turns' labels said them, which are not words
    ("Gracias, doctor López-Gatell.", set()),
    ("Buenas noches.", set()),
    ("", set()),
])
def test_telling_terms(briefings, text, expected):
    assert set(terms(briefings, text)) == expected


def test_telling_terms_leave_out_the_names_when_there_is_a_topic(briefings):
    assert terms(briefings, "López-Gatell habló del semáforo.") == ["semafor"]


def test_ranked_terms_weigh_by_tf_idf_and_tie_by_term(briefings):
    searcher = briefings.searcher()
    # vacun is in more paragraphs than semafor, but said three times here
    assert ranked_terms(searcher, {"vacun": 3, "semafor": 1}, set())[0] == "vacun"
    assert ranked_terms(searcher, {"vacun": 1, "semafor": 1}, set())[0] == "semafor"
    by_frequency = {}
    for term in searcher.reader().lexicon("text"):
        by_frequency.setdefault(searcher.doc_frequency("text", term), []).append(term.decode())
    tied = next(found for frequency, found in by_frequency.items() if frequency > 1 and len(found) > 1)
    assert ranked_terms(searcher, dict.fromkeys(reversed(tied), 1), set()) == sorted(tied)
    assert ranked_terms(searcher, {"vacun": 1, "semafor": 1}, {"vacun"}) == ["semafor"]
    assert ranked_terms(searcher, {"2020": 5, "1900": 5}, set()) == []


def test_ranked_terms_keep_at_most_the_query_terms(seed):
    searcher = seed.searcher()
    text_terms = {term.decode() for term in searcher.reader().lexicon("text")}
    common = {term: 1 for term in text_terms if searcher.doc_frequency("text", term) > 1}
    assert len(common) > SIMILAR_TERMS
    assert len(ranked_terms(searcher, common, set())) == SIMILAR_TERMS


@pytest.mark.parametrize("record_id, expected", [
    (f"{BRIEFING}#3", {f"{NEXT_DAY}#2", f"{NEXT_DAY}#3", f"{BRIEFING}#4"}),  # vacunas, llegan
    (f"{BRIEFING}#6", {f"{BRIEFING}#7"}),  # el semáforo
    (f"{NEXT_DAY}#4", {f"{BRIEFING}#5", f"{NEXT_DAY}#2", f"{NEXT_DAY}#3"}),  # dosis de vacuna
    ("cuento.txt#2", {"cuento.txt#1"}),  # "Amor", in the title line alone
])
def test_similar_paragraphs_share_the_topic(briefings, record_id, expected):
    results = similar(briefings, record_id, 3)
    assert {hit.id for hit in results.hits} == expected
    assert results.mode == "similar" and results.query == record_id
    assert results.total == len(results.hits) and results.took_ms >= 0


def test_similar_never_lists_the_paragraph_itself_and_keeps_the_limit(briefings):
    for limit in (1, 2, 10):
        results = similar(briefings, f"{NEXT_DAY}#2", limit)
        ids = [hit.id for hit in results.hits]
        assert f"{NEXT_DAY}#2" not in ids and 0 < len(ids) <= limit and len(set(ids)) == len(ids)


def test_the_hits_are_best_first_with_their_words_highlighted(briefings):
    hits = similar(briefings, f"{BRIEFING}#4", 3).hits
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert all(hit.highlights for hit in hits)


@pytest.mark.parametrize("record_id", [f"{BRIEFING}#1", f"{NEXT_DAY}#5"])
def test_a_paragraph_with_nothing_telling_has_no_similar_ones(briefings, record_id):
    results = similar(briefings, record_id)
    assert results.hits == [] and results.total == 0
    assert results.messages == [NOTHING_TELLING]  # and says why


@pytest.mark.parametrize("record_id", [f"{BRIEFING}#99", "nada#1", "nada", ""])
def test_an_unknown_paragraph_is_not_found(briefings, record_id):
    with pytest.raises(RecordNotFound):
        similar(briefings, record_id)


def test_the_seed_paragraphs_find_each_other(seed):
    hits = similar(seed, f"{SEED}#2", 5).hits
    assert hits and all(hit.doc == SEED for hit in hits)


def test_a_paragraph_of_names_and_courtesy_is_about_those_people(tmp_path):
    from search.storage.build import build_index

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "nota.txt").write_text(
        "El doctor López-Gatell presentó el informe.\n\nLa vacuna llega el lunes.\n\nEl semáforo cambia.\n\n"
        "La curva baja, dijo López-Gatell.\n\nLos casos suben en el norte.\n", encoding="utf-8")
    build_index([tmp_path / "docs"], tmp_path / "idx")
    with open_index(tmp_path / "idx", weighting()) as index:
        assert set(terms(index, "Gracias, doctor López-Gatell.")) == {"lopez", "gatell"}


def news_index(tmp_path, jsonl_rows, notes):
    """Return an index of a jsonl export (one record a story) and of Markdown notes with a title."""
    import json

    from search.storage.build import build_index

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "lv.jsonl").write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in jsonl_rows),
                                   encoding="utf-8")
    for name, (title, text) in notes.items():
        (docs / name).write_text(f"---\ntitle: \"{title}\"\n---\n\n{text}\n", encoding="utf-8")
    build_index([docs], tmp_path / "idx")
    return tmp_path / "idx"


STORIES = [
    {"id": "lv-9", "title": "Albares advierte que Europa debe estar preparada para cualquier escenario",
     "text": "El ministro de Exteriores cree que nada es descartable aunque no hay que asustar a la gente"},
    {"id": "lv-1", "title": "Hacienda estudia bajar el IVA de la luz",
     "text": "El Gobierno descarta por ahora otras rebajas fiscales."},
    {"id": "lv-2", "title": "La sanidad pública pierde médicos",
     "text": "Los sindicatos médicos descartan desconvocar la huelga."},
]
NOTES = {
    "albares.md": ("Albares dice que Europa debe prepararse para cualquier escenario por la guerra",
                   "El ministro afirma que la relación comercial con Estados Unidos es sólida."),
    "tiempo.md": ("El último fin de semana invernal", "Lluvias en el norte y sol en el sur de la gente."),
}


@pytest.mark.parametrize("record_id, first", [
    ("lv-9", "albares.md#1"),  # trial 35: the same story under another title, found by its title's words
    ("albares.md#1", "lv-9"),
])
def test_a_records_title_finds_the_same_story(tmp_path, record_id, first):
    with open_index(news_index(tmp_path, STORIES, NOTES), weighting()) as index:
        hits = similar(index, record_id, 3).hits
        assert hits and hits[0].id == first, [hit.id for hit in hits]


def test_a_made_title_gives_no_terms(briefings):
    # «Conferencia de prensa, 2020-06-15»: made by Hemeroteca, in no paragraph's title field
    record = briefings.store.record(*locate(briefings, f"{BRIEFING}#3"))
    assert record.title.startswith("Conferencia de prensa")
    assert title_terms(briefings, briefings.searcher(), record, locate(briefings, record.id)[0]) == {}
    assert all(field == "text" for field, _ in like_terms(briefings, briefings.searcher(), record,
                                                         locate(briefings, record.id)[0]))


def test_title_terms_weigh_less_than_the_texts_own(tmp_path):
    with open_index(news_index(tmp_path, STORIES, NOTES), weighting()) as index:
        searcher = index.searcher()
        record = index.store.record(*locate(index, "lv-9"))
        pairs = like_terms(index, searcher, record, locate(index, "lv-9")[0])
        assert ("title", "europ") in pairs and ("text", "descart") in pairs
        # each word is in two paragraphs' titles, or texts: the same tf-idf, the title's halved
        assert pairs.index(("text", "descart")) < pairs.index(("title", "europ"))


def test_the_pages_similar_link_finds_the_same_story_first(tmp_path):
    from web import create_app

    app = create_app({"INDEX_DIR": str(news_index(tmp_path, STORIES, NOTES)), "TESTING": True})
    try:
        html = app.test_client().get("/similar/lv-9").get_data(as_text=True)
    finally:
        app.extensions["hemeroteca"].close()
    assert "Albares dice que Europa" in html
    shown = sorted((html.find(place), place) for place in ("albares.md#1", "tiempo.md#1", "lv-1", "lv-2")
                   if place in html)
    assert shown[0][1] == "albares.md#1", shown
