import pickle
import unicodedata

import pytest
from whoosh.analysis import CompositeAnalyzer, LowercaseFilter, NgramFilter

from search.storage.schema import paragraph_schema
from search.text import analysis
from search.text.analysis import (
    NormalizingTokenizer,
    SpanishAnalyzer,
    exact_analyzer,
    spanish_analyzer,
    terms_of,
)
from search.text.folding import fold
from search.text.words import STOPWORDS, index_form, phrase_form, word_forms


def analyze(text):
    return [token.text for token in spanish_analyzer()(text)]


@pytest.mark.parametrize("query, document", [
    ("cooperacion", "cooperación"),
    ("relacion", "relaciones"),
    ("Rusia", "rusia"),
    ("RUSIA", "Rusia"),
    ("politica", "políticas"),
    ("antipandemica", "antipandémica"),
    ("gobierno", "gobiernos"),
    ("año", "años"),
    ("invierno", "inviernos"),
    ("EEUU", "EE.UU."),
    ("éxito", "e\u0301xito"),  # composed and decomposed é
    ("O'Donnell", "O’Donnell"),
    ("Sao Paulo", "São Paulo"),
    ("Erdogan", "Erdoğan"),
    ("Vila", "Vilà"),
    ("Vila", "VILÀ"),
    ("Joao", "João"),
    ("Goncalves", "Gonçalves"),
    ("Walesa", "Wałęsa"),
    ("Dvorak", "Dvořák"),
    ("Istanbul", "İstanbul"),
    ("Strasse", "Straße"),
    ("Citroen", "Citroën"),
    ("Muller", "Müller"),
    ("pinguino", "pingüino"),
])
def test_query_finds_document_form(query, document):
    assert analyze(query) == analyze(document) != []


@pytest.mark.parametrize("first, second", [
    ("año", "ano"),
    ("años", "anos"),
    ("caña", "cana"),
    ("peña", "pena"),
    ("Ñuñoa", "Nunoa"),
])
def test_forms_that_must_stay_apart(first, second):
    assert analyze(first) != analyze(second)


@pytest.mark.parametrize("text, tokens", [
    ("¿Qué dijo?", ["dij"]),
    ("¡Basta ya!", ["bast"]),
    ("«Hola», dijo", ["hol", "dij"]),
    ("relaciones chino-rusas", ["relacion", "chin", "rus"]),
    ("EE.UU. y la U.E.", ["eeuu", "ue"]),
    ("COVID-19", ["covid", "19"]),
    ("1.500 personas y 2,5 millones", ["1500", "person", "2,5", "millon"]),
    ("el 14/08/2019", ["14", "08", "2019"]),
    ("O'Donnell", ["donnell"]),
    ("de la que el en y", []),
])
def test_tokens(text, tokens):
    assert analyze(text) == tokens


def test_stop_words_keep_their_positions_as_gaps():
    tokens = spanish_analyzer()("ministra de vivienda", positions=True)
    assert [(t.text, t.pos) for t in tokens] == [("ministr", 0), ("viviend", 2)]


def test_character_offsets_point_into_the_text():
    text = "La cooperación antipandémica"
    tokens = spanish_analyzer()(text, chars=True)
    assert [text[t.startchar:t.endchar] for t in tokens] == ["cooperación", "antipandémica"]


@pytest.mark.parametrize("text", [
    "¿Cooperación chino-rusa en EE.UU.? «Sí», dijo O’Donnell: 1.500 años de gobiernos.",
    "Los PAÍSES y la COVID-19 en 2020; e\u0301xito",
])
def test_word_forms_agree_with_the_analyzer(text):
    text = unicodedata.normalize("NFC", text)
    expected = [(t.startchar, t.endchar, t.text) for t in spanish_analyzer()(text, chars=True)]
    assert list(word_forms(text)) == expected


QUERY_TEXTS = [
    "Cooperación", "años", "de", "EE.UU.", "O’Donnell", "1.500", "2,5", "cómo", "Comió", "comio",
    "chino-rusas", "ｖａｃｕｎａ", "e\u0301xito", "este", "esté", "té", "İstanbul", "Straße", "Vilà",
    "¿qué?", "COVID-19", "covid19", "Año Nuevo y nueve años", "gobiernos", "  ", "\\", "S.A.",
    "Łódź", "niño", "NIÑOS", "hola.mundo", "x’y",
    # One word of letters skips the tokenizer (terms_of): letters NFC changes, ligatures, digraphs
    "\u212bngstr\u00f6m", "ﬁesta", "ǅemal", "ÉXITO", "canción", "pingüino",
]


@pytest.mark.parametrize("text", QUERY_TEXTS)
@pytest.mark.parametrize("field", ["text", "title", "exact"])
def test_terms_of_agrees_with_the_analyzer(field, text):
    # As a search meets it: the analyzer unpickled with an index's schema, not ours.
    analyzer = pickle.loads(pickle.dumps(paragraph_schema()))[field].analyzer
    assert terms_of(analyzer, text) == tuple(t.text for t in analyzer(text))


@pytest.mark.parametrize("analyzer", [spanish_analyzer(merge_plurals=False),
                                      spanish_analyzer(stopwords=STOPWORDS | {"estado"}),
                                      NormalizingTokenizer()])
def test_terms_of_runs_other_analyzers(analyzer):
    text = "Los gobiernos del Estado"
    assert terms_of(analyzer, text) == tuple(t.text for t in analyzer(text))
    assert terms_of(analyzer, text) != terms_of(spanish_analyzer(), text)
    assert terms_of(exact_analyzer(), text) == ("gobiernos", "estado")


def test_tokenizer_normalizes_acronyms():
    assert [t.text for t in NormalizingTokenizer()("EE.UU.")] == ["EEUU"]


@pytest.mark.parametrize("word", ["estado", "Estados", "haya", "era", "fuera", "sea", "son", "nada",
                                  "este", "contra", "uno"])
def test_content_words_are_not_stop_words(word):
    assert analyze(word) != []


@pytest.mark.parametrize("word", ["de", "la", "que", "sobre", "no", "ha", "estaba", "habría", "sean"])
def test_function_words_stay_stop_words(word):
    assert analyze(word) == []


def test_the_analyzer_survives_pickling():
    analyzer = spanish_analyzer()
    copy = pickle.loads(pickle.dumps(analyzer))
    assert [t.text for t in copy("Años de cooperación")] == \
           [t.text for t in analyzer("Años de cooperación")]


# Stop words written with an accent are the stop words they fold to (analysis.FoldedStopFilter).
@pytest.mark.parametrize("word", [
    "cómo", "Cómo", "CÓMO", "cuándo", "dónde", "quién", "quiénes", "cuál", "qué", "él", "tú",
    "mí", "sí", "si", "más", "mas", "ésta", "éstas", "éstos", "ése", "ésa", "ésos", "ésas",
    "sé", "dé", "ó", "porqué", "estés", "fué", "como", "que", "el",
])
def test_a_stop_word_written_with_or_without_its_accent_is_a_stop_word(word):
    assert analyze(word) == []
    assert index_form(word) is None
    assert phrase_form(word) == phrase_form(fold(word).lower())  # "cómo" in a phrase is "como"


@pytest.mark.parametrize("word, form", [
    ("este", "este"), ("éste", "este"),  # el este de Europa, left out of the stop list
    ("seria", "seri"), ("serias", "seri"),  # the adjective, not sería
    ("té", "te"), ("entré", "entre"),  # tea; a verb, not entre
    ("año", "año"), ("comida", "com"),  # ñ counts; a content word stays one
])
def test_a_word_whose_accent_tells_it_from_a_stop_word_is_indexed(word, form):
    assert analyze(word) == [form]


# Texts whose words take every path through the filters: acronyms, apostrophes, numbers,
# stop words with and without accents, ñ, foreign and decomposed diacritics, a dotted İ.
INDEXED_TEXTS = [
    "«EE.UU.» y la COVID-19: 1.500 casos, 2,5 % más; O’Donnell y O'Neill.",
    "Cómo, cuándo y dónde: él dijo que sí, mas no más. Este año, el este de Europa.",
    "Los años de cooperación chino-rusa en São Paulo, con Erdoğan y Vilà; ﬁesta ｖａｃｕｎａ.",
    "e\u0301xito İstanbul STRASSE Straße Łódź niño NIÑOS Gobiernos gobiernos gobierno",
    "la la la de de que que Cómo CÓMO cómo estés fué porqué",
    "",
]


@pytest.mark.parametrize("make", [spanish_analyzer, lambda: spanish_analyzer(merge_plurals=False),
                                  exact_analyzer], ids=["stems", "plain stems", "exact"])
@pytest.mark.parametrize("text", INDEXED_TEXTS)
def test_indexing_remembers_the_terms_the_filters_make(make, text):
    """A field indexed through SpanishAnalyzer has the terms and counts of Whoosh's chain."""
    analyzer = make()
    chained = CompositeAnalyzer(*analyzer.items)  # Whoosh's own, token by token
    field = paragraph_schema()["text"]
    for _ in range(2):  # the second time from the remembered terms
        assert sorted(field.format.word_values(text, analyzer, mode="index")) == \
               sorted(field.format.word_values(text, chained, mode="index"))
    assert text == "" or analyzer.terms  # the fast path was taken


def test_indexing_forgets_terms_past_its_bound(monkeypatch):
    monkeypatch.setattr(analysis, "MEMO_WORDS", 4)
    analyzer = spanish_analyzer()
    for call in range(3):  # ten new words each call: 30 without the bound
        words = " ".join(f"palabra{number}" for number in range(10 * call, 10 * call + 10))
        terms = [token.text for token in analyzer(words, mode="index", boosts=True)]
        assert terms == [token.text for token in CompositeAnalyzer(*analyzer.items)(words)]
        assert len(analyzer.terms) <= 10


def test_remembered_terms_are_not_pickled_with_the_schema():
    schema = paragraph_schema()
    list(schema["text"].index("Los años de cooperación"))
    assert schema["text"].analyzer.terms
    copy = pickle.loads(pickle.dumps(schema))
    assert "terms" not in copy["text"].analyzer.__dict__
    assert copy["text"].analyzer == schema["text"].analyzer
    assert list(copy["text"].index("Los años de cooperación")) == list(schema["text"].index("Los años de cooperación"))


def test_a_filter_of_several_words_is_refused():
    with pytest.raises(TypeError, match="one word at a time"):
        SpanishAnalyzer(NormalizingTokenizer(), LowercaseFilter(), NgramFilter(2, 3))
