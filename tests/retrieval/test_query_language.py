"""The query language end to end, by kind, on a real index of briefings and notes (trial 2).

Each table is one kind that used to give a silent wrong answer: date ranges in Lucene's
and GitHub's syntaxes, `doc:` by a file's name, a field before a group, accents inside
phrases, typos.
"""

import pytest

from search.retrieval import advice, columnar
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index

ALOMIA = "JOSÉ LUIS ALOMÍA ZEGARRA, DIRECTOR GENERAL DE EPIDEMIOLOGÍA"
CORTES = "RICARDO CORTÉS ALCALÁ, DIRECTOR GENERAL DE PROMOCIÓN DE LA SALUD"
DOCUMENTS = {
    "briefings/2020-02-28.txt": [f"{ALOMIA}: Buenas noches. La Secretaría de Salud confirma el caso.",
                                 f"{CORTES}: La vacuna llegará pronto a la capital."],
    "briefings/2020-02-29.txt": [f"{ALOMIA}: Buenas noches. Hoy la Secretaría de Salud cuenta los casos.",
                                 f"{CORTES}: Pedimos calma a la población."],
    "briefings/2020-03-01.txt": [f"{CORTES}: Buenas noches. Seguimos con la jornada de sana distancia.",
                                 f"{ALOMIA}: El informe técnico de hoy trae casos nuevos."],
    "briefings/2020-06-15.txt": [f"{ALOMIA}: Buenas noches. El semáforo cambia esta semana.",
                                 f"{CORTES}: La campaña de vacunación sigue en junio."],
    "briefings/2020-06-30.txt": [f"{CORTES}: Buenas noches. Termina junio con menos casos.",
                                 f"{ALOMIA}: La curva baja en casi todos los estados."],
    "notas/2020-04-10.txt": ["La secretaria de salud del estado visitó el hospital.",
                             "En la fiesta se rompió la piñata, y los niños comió y cantó.",
                             "Cómo se vacuna a la gente fue la pregunta del día."],
    "notas/2021-01-05.txt": ["Llegó el pirata del puerto, y el pirata del río.",
                             "La vacuna se aplicó en el centro de salud."],
    "otros/2021-02-01.txt": ["Una frase vacua del informe, pegada de una web: ｉｎｆｏｒｍｅ ＣＯＶＩＤ.",
                             "La vacuna, otra vacuna y la vacuna de siempre. " * 4],
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("language")
    for name, paragraphs in DOCUMENTS.items():
        path = folder / "docs" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    build_index([folder / "docs"], folder / "index")
    with open_index(folder / "index") as opened:
        yield opened


def found(index, query):
    return {hit.id for hit in search(index, query, limit=50).hits}


def days(index, query):
    return sorted({hit.date for hit in search(index, query, limit=50).hits})


@pytest.mark.parametrize("query, expected", [
    ("fecha:[2020-02-28 TO 2020-03-01]", ["2020-02-28", "2020-02-29", "2020-03-01"]),
    ("fecha:2020-02-28..2020-03-01", ["2020-02-28", "2020-02-29", "2020-03-01"]),
    ("fecha:{2020-02-28 TO 2020-03-01}", ["2020-02-29"]),
    ("fecha:[2020-02-28 TO 2020-03-01}", ["2020-02-28", "2020-02-29"]),
    ("fecha:{2020-02-28 TO 2020-03-01]", ["2020-02-29", "2020-03-01"]),
    ("fecha:{2020-02 TO 2020-04}", ["2020-03-01"]),
    ("fecha:[2020-02 TO 2020-04}", ["2020-02-28", "2020-02-29", "2020-03-01"]),
    ("fecha:{2020-03 TO *}", ["2020-04-10", "2020-06-15", "2020-06-30", "2021-01-05", "2021-02-01"]),
    ("fecha:[* TO 2020-02-29]", ["2020-02-28", "2020-02-29"]),
    ("fecha:2020-06..", ["2020-06-15", "2020-06-30", "2021-01-05", "2021-02-01"]),
    ("fecha:..2020-02", ["2020-02-28", "2020-02-29"]),
    ("fecha:{2019 TO 2021}", ["2020-02-28", "2020-02-29", "2020-03-01", "2020-04-10",
                              "2020-06-15", "2020-06-30"]),
    ("fecha:(2020-02-28 OR 2021)", ["2020-02-28", "2021-01-05", "2021-02-01"]),
])
def test_date_ranges(index, query, expected):
    results = search(index, query, limit=50)
    assert sorted({hit.date for hit in results.hits}) == expected and results.messages == []


@pytest.mark.parametrize("query, message", [
    ("fecha:{2020-02-28 TO 2020-02-29} casos", "no abarca ningún día"),
    ("fecha:{2020-02 TO casos", "No se entendió el intervalo"),
    ("fecha:2020...2021 casos", "No se entendió el intervalo"),
])
def test_a_range_that_cannot_be_used_says_so(index, query, message):
    assert any(message in m for m in search(index, query).messages)


@pytest.mark.parametrize("query, expected", [
    ("doc:2020-06-15.txt", {"briefings/2020-06-15.txt#1", "briefings/2020-06-15.txt#2"}),
    ("doc:briefings/2020-06-15.txt", {"briefings/2020-06-15.txt#1", "briefings/2020-06-15.txt#2"}),
    ("doc:2020-06-15", {"briefings/2020-06-15.txt#1", "briefings/2020-06-15.txt#2"}),
    ("doc:2020-06-15.TXT junio", {"briefings/2020-06-15.txt#2"}),
    ('doc:"2020-06-15.txt" junio', {"briefings/2020-06-15.txt#2"}),
    ("doc:2020-06* junio", {"briefings/2020-06-15.txt#2", "briefings/2020-06-30.txt#1"}),
    ("doc:notas/* vacuna", {"notas/2020-04-10.txt#3", "notas/2021-01-05.txt#2"}),
    ("doc:(2020-04-10.txt OR 2021-01-05.txt) vacuna", {"notas/2020-04-10.txt#3",
                                                        "notas/2021-01-05.txt#2"}),
    ("vacuna -doc:notas* -doc:otros/*", {"briefings/2020-02-28.txt#2", "briefings/2020-06-15.txt#2"}),
    ("doc:ings/2020-06-15.txt", set()),  # a suffix starts at a `/`
    ("doc:06-15.txt", set()),
])
def test_doc_by_name_tail_or_start(index, query, expected):
    assert found(index, query) == expected


def test_a_doc_that_finds_nothing_names_the_closest(index):
    results = search(index, "doc:2020-06-16.txt")
    assert results.total == 0
    assert any("«doc:2020-06-16.txt»" in m and "2020-06-15.txt" in m for m in results.messages)


@pytest.mark.parametrize("query, speakers", [
    ("orador:(Alomía OR Cortés) casos", {"José Luis Alomía Zegarra", "Ricardo Cortés Alcalá"}),
    ("orador:(Alomía OR Lavrov) casos", {"José Luis Alomía Zegarra"}),
    ("orador:(Alomía OR Cortés) noches", {"José Luis Alomía Zegarra", "Ricardo Cortés Alcalá"}),
    ("orador:(Cortés) noches", {"Ricardo Cortés Alcalá"}),
    ("orador:(Alomía -Cortés) noches", {"José Luis Alomía Zegarra"}),
    ("texto:(noches -semáforo) orador:Alomía", {"José Luis Alomía Zegarra"}),
])
def test_a_field_before_a_group_applies_to_each_part(index, query, speakers):
    results = search(index, query, limit=50)
    assert results.total and results.mode == "all"
    assert {speaker for hit in results.hits for speaker in hit.speakers} == speakers


SECRETARIA = {"notas/2020-04-10.txt#1"}  # written without its accent
SECRETARIA_ACCENTED = {"briefings/2020-02-28.txt#1", "briefings/2020-02-29.txt#1"}


@pytest.mark.parametrize("query, expected, marked", [
    ('"secretaria de salud"', SECRETARIA | SECRETARIA_ACCENTED, {"secretaria de salud",
                                                                 "Secretaría de Salud"}),
    # in quotes, as written, folded both ways: a text that dropped the accent too (`secretaría` alone
    # finds only its stem's)
    ('"Secretaría de Salud"', SECRETARIA | SECRETARIA_ACCENTED, {"secretaria de salud", "Secretaría de Salud"}),
    ('"SECRETARIA DE SALUD" estado', SECRETARIA, {"secretaria de salud"}),
    ('"comio y canto"', {"notas/2020-04-10.txt#2"}, {"comió y cantó"}),
    ('"como se vacuna"', {"notas/2020-04-10.txt#3"}, {"Cómo se vacuna"}),
    ('"informe tecnico"', {"briefings/2020-03-01.txt#2"}, {"informe técnico"}),
    ('"la campana de vacunacion"', set(), set()),  # ñ counts: campana is not campaña
    ('"la campaña de vacunacion"', {"briefings/2020-06-15.txt#2"}, {"La campaña de vacunación"}),
    ('"pinata"', set(), set()),
    ('"piñata"', {"notas/2020-04-10.txt#2"}, {"piñata"}),
    ('-"secretaria de salud" casos', {"briefings/2020-03-01.txt#2", "briefings/2020-06-30.txt#1"},
     set()),
])
@pytest.mark.parametrize("path", ["columnar", "whoosh"])
def test_phrases_fold_accents_as_words_do(index, monkeypatch, path, query, expected, marked):
    if path == "whoosh":
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    results = search(index, query, limit=50)
    assert {hit.id for hit in results.hits} == expected and results.mode in ("all", "fuzzy")
    assert {hit.snippet[start:end] for hit in results.hits
            for start, end in hit.highlights} >= marked


@pytest.mark.parametrize("query, suggestion", [
    ("vacuan", "vacuna"),  # two letters swapped, though `vacua` shares its stem
    ("Vacuan informe", "Vacuna informe"),
    ("pinata", "piñata"),
    ("foo:bar vacuan", "foo:bar vacuna"),  # an unknown field's name is no word to respell
    ("foo:vacuan", "foo:vacuna"),
    ("vacua", None),  # a word the texts write
    ("vacuna", None),
])
def test_typos_are_suggested(index, query, suggestion):
    assert search(index, query).suggestion == suggestion


# A frequent word is no typo, and is known without the vocabulary; a rare one, written or
# not, may be a typo of a far more frequent word (trial 12: `Gatel` for `Gatell`).
@pytest.mark.parametrize("query, loads", [("vacuna", False), ("vacua", True), ("piñata", True),
                                          ("vacuan", True)])
def test_a_frequent_word_is_no_typo_and_needs_no_vocabulary(index, monkeypatch, query, loads):
    monkeypatch.setattr(advice, "FEW_RESULTS", 0)  # as when a rare word finds a few paragraphs
    monkeypatch.setattr(advice, "RARE_STEM", 3)  # in this small index, `vacuna` is frequent
    index.cached.pop("vocabulary", None)
    search(index, query)
    assert ("vocabulary" in index.cached) == loads


@pytest.mark.parametrize("path", ["columnar", "whoosh"])
def test_a_missing_enye_is_the_first_guess(index, monkeypatch, path):
    if path == "whoosh":
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    results = search(index, "pinata")
    assert results.mode == "fuzzy" and "notas/2021-01-05.txt#1" in {hit.id for hit in results.hits}
    assert results.hits[0].id == "notas/2020-04-10.txt#2"


@pytest.mark.parametrize("query", [
    "ｖａｃｕｎａ",  # fullwidth
    "vacu\u200dna",  # a zero-width joiner inside (a zero-width space parts words: folding.py)
    "vac\u00adu\u2060na",  # a soft hyphen, a word joiner
    "\ufeffvacuna",
    "VACUNA",
    "ＶＡＣＵＮＡ",
    "𝐯𝐚𝐜𝐮𝐧𝐚",  # mathematical bold, as social media paste it
    "𝘷𝘢𝘤𝘶𝘯𝘢",  # mathematical italic
    "ⓥⓐⓒⓤⓝⓐ",  # circled letters
    "v̶a̶c̶u̶n̶a̶",  # struck through
    "v̲a̲c̲u̲n̲a̲",  # underlined
])
def test_queries_are_normalized_as_documents_are(index, query):
    typed_fullwidth = found(index, "ｉｎｆｏｒｍｅ covid")  # in a document too (ingest/files.py)
    assert "otros/2021-02-01.txt#1" in typed_fullwidth
    assert typed_fullwidth == found(index, "informe COVID")
    results = search(index, query, limit=50)
    assert results.mode == "all" and {hit.id for hit in results.hits} == found(index, "vacuna")
    assert results.suggestion is None
