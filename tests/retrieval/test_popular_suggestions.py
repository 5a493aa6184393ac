"""Trial 12, finding 3: a rare spelling, a word typed apart or glued, still gets its
"Quizás quiso decir" when the archive writes it otherwise far more often."""

import pytest

from search.retrieval import columnar
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

COMMON = [
    "HUGO LÓPEZ-GATELL RAMÍREZ: El doctor López-Gatell explica la dexametasona.",
    "Se aplicó la vacuna de AstraZeneca y el coronavirus baja; use el cubrebocas.",
    "La COVID-19 sigue, la covid-19 se contagia. El informe de la COVID-19 llegó.",
]
RARE = [
    "PREGUNTA: Doctor Gatel, ¿la dexametazona sirve?",  # one-off typos of a transcript
    "Llegan las vacunas de Astra Zeneca contra el corona virus; el cubre bocas es obligatorio. covid19",
    "Una frase vacua: nada que ver con la vacunación.",
    "Otra frase vacua.",
    "Lo dijo sobre todo para los niños, sobre todo.",
    "Llegó el sub secretario.",
]
# `sub` is a common stem (every `sub-secretaria` indexes it) that one text writes apart: a
# pair is looked up joined when either word is seldom written as typed, not when its stem is rare
SUB = ["El subsecretario habló con la sub-secretaria."] * 60


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    texts = {"2020-10-05.txt": "\n".join(COMMON * 25 + SUB + RARE) + "\n"}
    with open_index(build_texts_index(tmp_path_factory, "popular", texts), weighting()) as opened:
        yield opened


@pytest.mark.parametrize("query, suggestion", [
    ("Gatel", "Gatell"),  # written once, against 25 times: a typo all the same
    ("lopez gatel", "lópez gatell"),
    ("dexametazona", "dexametasona"),
    ("astra zeneca", "astrazeneca"),  # typed apart, written joined
    ("corona virus", "coronavirus"),
    ("¿corona virus?", "¿coronavirus?"),  # the question's marks stay where they were typed
    ("¿qué dijo Gatell del corona virus?", "¿qué dijo Gatell del coronavirus?"),
    ("cubre bocas", "cubrebocas"),
    ("covid19", None),  # typed glued, written apart: found as written (`COVID-19` is indexed joined too)
    ("vacuna astra zeneca", "vacuna astrazeneca"),
    ("sub secretario", "subsecretario"),
    ("vacua", None),  # written twice, and `vacuna` (25) is not 20 times as frequent
    ("sobre todo", None),  # no text writes `sobretodo`
    ("Gatell", None),
    ("coronavirus", None),
])
@pytest.mark.parametrize("path", ["columnar", "whoosh"])
def test_a_far_more_frequent_spelling_is_suggested(index, monkeypatch, path, query, suggestion):
    if path == "whoosh":
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    assert search(index, query).suggestion == suggestion


def test_a_compound_typed_glued_finds_it_written_apart(index):
    assert search(index, "covid19").total == search(index, "COVID-19").total > 20


# Trial 17: `dióxido de cloro` (4 paragraphs) brought «Quizás quiso decir: dióxido de claro»,
# which finds none: `cloro`, written 10 times, is one typo from `claro`, written hundreds.
CLEAR = ["Quedó claro que el informe es claro.", "Está claro: la vacuna llega en diciembre.",
         "El doctor López-Gatell lo dejó claro."]
CHLORINE = ["Nadie debe beber dióxido de cloro.", "El dióxido de cloro no cura la COVID-19.",
            "PREGUNTA: ¿Y el doctor Gatel qué dice del cloro?"]


@pytest.fixture(scope="module")
def chlorine(tmp_path_factory):
    texts = {"2020-07-22.txt": "\n".join(CLEAR * 30 + CHLORINE) + "\n"}
    with open_index(build_texts_index(tmp_path_factory, "chlorine", texts)) as opened:
        yield opened


@pytest.mark.parametrize("query, suggestion", [
    ("dióxido de cloro", None),  # `dióxido de claro` finds nothing: the words as typed are meant
    ("dióxido cloro", None),
    ("beber dióxido de cloro", None),
    ("doctor Gatel", "doctor Gatell"),  # the respelling finds more: offered
    ("cloro", "claro"),  # one word, no context to check it by: Elasticsearch's `popular` mode
    # trial17b: a search that fell back (no paragraph with every word) skipped the check, and a
    # typo's correction took the respelling with it (`dióxido de claro` for `dioxdo de cloro`)
    ("nadie cura cloro", None),  # any word; `nadie cura claro` finds none with every word either
    ("beber cloro diciembre", None),
    ("dioxdo de cloro", "dióxido de cloro"),  # the typo corrected, the written word kept
    ("dióxdo cloro", "dióxido cloro"),
])
def test_a_respelling_is_offered_only_where_it_finds_more(chlorine, query, suggestion):
    results = search(chlorine, query)
    assert results.total and results.suggestion == suggestion


# Trial 19: `Pedro Sánchez` (written once) brought «Quizás quiso decir: Pero Sánchez»: `pero`,
# one typo away and written hundreds of times, is a stop word, which the index keeps none of,
# so the suggestion only dropped the name (and `Pero Sánchez`, searching `Sánchez` alone,
# found more). A word the texts write is never respelled as a stop word.
STOPS_NEAR = ["Pero el presidente Sánchez dijo que hay tiempo, pero no para esta vez.",
              "Sánchez habló donde siempre, pero esa tarde, para todos, fue distinta."]
NAMES = ["Pedro Sánchez compareció el sábado.", "El conde Sánchez llegó donde nadie lo esperaba."]


@pytest.fixture(scope="module")
def stops_near(tmp_path_factory):
    texts = {"2020-03-13.txt": "\n".join(STOPS_NEAR * 40 + NAMES) + "\n"}
    with open_index(build_texts_index(tmp_path_factory, "stops", texts)) as opened:
        yield opened


@pytest.mark.parametrize("query", [
    "Pedro Sánchez",  # pero
    "Pedro",
    "conde Sánchez",  # donde
    "conde tiempo",
])
def test_a_written_word_is_never_respelled_as_a_stop_word(stops_near, query):
    assert search(stops_near, query).suggestion is None
