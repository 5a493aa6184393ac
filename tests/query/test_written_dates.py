"""Tests for search.query.written_dates: a date written inside a question is its date filter;
a month with no year is said to be ambiguous (trial16b: `fecha:enero` was "no es una fecha
válida", and `¿qué dijo López-Gatell en abril de 2020?` searched `abril` and `2020` as words)."""

import pytest

from search import open_index
from search.cli import main
from search.errors import QueryError
from search.query.written_dates import dates_as_filters, missing_year
from search.retrieval.fallbacks import MESSAGES
from search.retrieval.searching import search
from search.storage.build import build_index
from web import create_app

UNREAD = "words, said"  # the text stays as typed, and that is said (written_dates.unread_date)
# (typed, as searched; None: the text stays as typed and nothing is said; UNREAD)
WRITTEN = [
    ("¿qué dijo López-Gatell en abril de 2020?", "¿qué dijo López-Gatell fecha:2020-04 "),
    ("vacunas en enero de 2021", "vacunas fecha:2021-01 "),
    ("vacunas durante marzo del 2021, salud", "vacunas fecha:2021-03  salud"),
    ("¿Qué pasó en Abril Del Año 2020?", "¿Qué pasó fecha:2020-04 "),
    ("el 5 de abril de 2020 dijo", "fecha:2020-04-05  dijo"),
    ("el 1.º de mayo de 2020", "fecha:2020-05-01 "),
    ("el primero de mayo de 2020", "fecha:2020-05-01 "),
    ("(en septiembre de 2020) OR salud", "(fecha:2020-09 ) OR salud"),
    ("Revolución de Octubre de 1917", None),  # no preposition: a name holds dates too
    ("López-Gatell abril 2020", None),
    ('vacunas "en enero de 2021"', None),  # quoted: the words
    ("en 31 de febrero de 2021", UNREAD),  # no such day: the words
    ("en abril de 20201", UNREAD),  # `20201` is no year: «en abril» has none
    ("en mar de 2020", None),  # abbreviations are words too often
    ("titulo:en abril de 2020", None),
    ("fecha:[2020 HASTA 2021] vacunas", None),  # a range's own `HASTA`
    ("fecha:{2020 hasta 2021}", None),
    ("¿qué dijo López-Gatell en abril?", UNREAD),  # no year: the words, and said
    # fix18: spans, and a year alone, as `fecha:` reads them
    ("vacunas entre marzo y mayo de 2020", "vacunas fecha:2020-03..2020-05 "),
    ("¿cuántos casos hubo entre marzo y mayo de 2020?", "¿cuántos casos hubo fecha:2020-03..2020-05 "),
    ("entre marzo de 2020 y mayo de 2021", "fecha:2020-03..2021-05 "),
    ("entre noviembre y febrero de 2021", "fecha:2020-11..2021-02 "),  # the first end: the year before
    ("entre 2019 y 2021", "fecha:2019..2021 "),
    ("entre 2021 y 2019", "fecha:2019..2021 "),
    ("vacunas de enero a marzo de 2021", "vacunas fecha:2021-01..2021-03 "),
    ("de marzo de 2020 a mayo", "fecha:2020-03..2020-05 "),  # the second end takes the first's year
    ("del 1 de marzo al 15 de abril de 2020", "fecha:2020-03-01..2020-04-15 "),
    ("desde 2020 hasta 2021", "fecha:2020..2021 "),
    ("vacunas desde abril de 2020", "vacunas fecha:2020-04.. "),
    ("vacunas desde el 5 de abril de 2020", "vacunas fecha:2020-04-05.. "),
    ("a partir de 2021", "fecha:2021.. "),
    ("vacunas hasta 2021", "vacunas fecha:..2021 "),
    ("Hasta marzo de 2021", "fecha:..2021-03 "),
    ("¿qué dijo López-Gatell en 2020?", "¿qué dijo López-Gatell fecha:2020 "),
    ("vacunas durante 2021", "vacunas fecha:2021 "),
    ("durante el 2021", "fecha:2021 "),
    ("en el año 2020", "fecha:2020 "),
    ("en 2020 se vacunó", "fecha:2020  se vacunó"),  # a function word after it: a time
    ("en 2020, la gripe", "fecha:2020  la gripe"),
    ("en 2020 México", "fecha:2020  México"),
    # numbers that count, not years
    ("en 2020 casos", None),
    ("hasta 2000 personas", None),
    ("hasta 2000 de ellos", None),
    ("de 1500 a 2000 casos", None),
    ("pasó de 2000 a 3000 casos", None),
    ("en 3000", None),  # past 2099: a number
    ("el 2020 fue duro", None),  # `el` and a year: the subject
    ("hace 2020", None),
    ("entre marzo y mayo", UNREAD),  # no year
    ('vacunas "entre marzo y mayo de 2020"', None),
    ("entre 31 de febrero y mayo de 2021", UNREAD),
    # trial 18b: a list of dates after `en`/`durante` is any of them (`en 2020 y 2021` had
    # `2021` searched as a word beside fecha:2020, and no paragraph of 2020 writes it)
    ("casos en 2020 y 2021", "casos (fecha:2020 OR fecha:2021) "),
    ("casos en 2019 o en 2021?", "casos (fecha:2019 OR fecha:2021) "),
    ("durante 2019, 2020 y 2021", "(fecha:2019 OR fecha:2020 OR fecha:2021) "),
    ("en marzo y mayo de 2020", "(fecha:2020-03 OR fecha:2020-05) "),  # the year of the last
    ("en diciembre de 2019 y enero de 2020 dijo", "(fecha:2019-12 OR fecha:2020-01)  dijo"),
    ("en 2020 y 2021 casos", None),  # the last counts
    ("en marzo y mayo", UNREAD),  # no year
    ("el 2020 y 2021", None),  # `el` and a year: the subject
    # a list of one date said twice is that date (was `fecha:fecha:2020`, a field no index has)
    ("casos en 2020 y 2020", "casos fecha:2020 "),
    ("en marzo y marzo de 2020", "fecha:2020-03 "),
]


@pytest.mark.parametrize("typed, searched", WRITTEN)
def test_a_date_after_a_preposition_is_its_filter(typed, searched):
    text, said = dates_as_filters(typed)
    expected = (typed, 0) if searched is None else (typed, 1) if searched == UNREAD else (searched, 1)
    assert (text, len(said)) == expected
    if said and searched != UNREAD:
        assert "se buscó como fecha:" in said[0] and "entre comillas" in said[0]


# fix19: a date with no year, or one the calendar lacks, fell back to words in silence.
# (typed, what is said of it)
UNREAD_DATES = [
    ("¿qué dijo Lavrov el 3 de mayo?", "«el 3 de mayo» no dice de qué año y se buscó como palabras; para buscar "
                                       "por esa fecha, escriba también su año (como en «el 3 de mayo de 2005»)."),
    ("¿qué dijo Lavrov en mayo?", "«en mayo» no dice de qué año"),  # a month alone: no digit in the query
    ("vacunas durante Marzo", "«durante Marzo» no dice de qué año"),
    ("casos desde el 1 de abril", "«desde el 1 de abril» no dice de qué año"),
    ("vacunas hasta junio", "«hasta junio» no dice de qué año"),
    ("del 1 de marzo al 15 de abril", "«del 1 de marzo al 15 de abril» no dice de qué año"),
    ("¿qué dijo el 31 de febrero de 2020?", "«el 31 de febrero de 2020» no es una fecha del calendario y se "
                                            "buscó como palabras; compruebe el día y el mes."),
    ("vacunas en 30 de febrero de 2021", "«en 30 de febrero de 2021» no es una fecha del calendario"),
    ("hasta el 31 de abril de 2020", "«hasta el 31 de abril de 2020» no es una fecha del calendario"),
]


@pytest.mark.parametrize("typed, message", UNREAD_DATES)
def test_a_date_left_as_words_is_said(typed, message):
    text, said = dates_as_filters(typed, year_of=lambda month: 2000 + month)  # the year shown: its month's
    assert text == typed and len(said) == 1 and said[0].startswith(message)


@pytest.mark.parametrize("typed", ["Plaza de Mayo", "el mayo francés del 68", "vacunas en Lima", "en 2020 casos",
                                   "el 2020 fue duro", '"el 3 de mayo"', "fecha:mayo"])
def test_what_is_no_date_asked_for_says_nothing(typed):
    assert dates_as_filters(typed)[1] == []


@pytest.mark.parametrize("value, message", [
    ("enero", '«enero» no dice de qué año: escriba fecha:2021-01 (o "enero de 2021")'),
    ("Abril", '«Abril» no dice de qué año: escriba fecha:2021-04 (o "abril de 2021")'),
    ("sept.", '«sept.» no dice de qué año: escriba fecha:2021-09 (o "sept de 2021")'),
    ("15-marzo", '«15-marzo» no dice de qué año: escriba fecha:2021-03-15 (o "15 de marzo de 2021")'),
    ("15 de marzo", '«15 de marzo» no dice de qué año: escriba fecha:2021-03-15 (o "15 de marzo de 2021")'),
    ("2020", None), ("marzo de 2020", None), ("pronto", None), ("40 de marzo", None),
])
def test_a_month_without_its_year_is_said(value, message):
    assert missing_year(value, lambda month: 2021) == message


@pytest.fixture
def briefings(transcripts_index):
    with open_index(transcripts_index) as index:
        yield index


def hits(results):
    return (results.total, [hit.id for hit in results.hits])


@pytest.mark.parametrize("question, filtered", [
    ("¿qué dijo López-Gatell de las vacunas en junio de 2020?", "¿qué dijo López-Gatell de las vacunas fecha:2020-06"),
    ("vacunas el 16 de junio de 2020", "vacunas fecha:2020-06-16"),
    ("vacunas durante junio de 2020", "vacunas fecha:2020-06"),
])
def test_a_question_with_a_date_finds_what_its_filter_finds(briefings, question, filtered):
    found, expected = search(briefings, question), search(briefings, filtered)
    assert expected.total  # the fixture's briefings are of June 2020
    assert hits(found) == hits(expected) and found.mode == expected.mode
    assert any("se buscó como fecha:" in message for message in found.messages)


@pytest.mark.parametrize("question, filtered", [
    ("vacunas entre mayo y julio de 2020", "vacunas fecha:2020-05..2020-07"),
    ("vacunas de junio a julio de 2020", "vacunas fecha:2020-06..2020-07"),
    ("vacunas desde junio de 2020", "vacunas fecha:2020-06.."),
    ("vacunas hasta 2020", "vacunas fecha:..2020"),
    ("¿qué se dijo de las vacunas en 2020?", "¿qué se dijo de las vacunas fecha:2020"),
    ("vacunas durante 2020", "vacunas fecha:2020"),
    ("vacunas en mayo y junio de 2020", "vacunas (fecha:2020-05 OR fecha:2020-06)"),  # trial 18b
    ("vacunas en 2019 y 2020", "vacunas (fecha:2019 OR fecha:2020)"),
])
def test_a_question_with_a_span_or_a_year_finds_what_its_filter_finds(briefings, question, filtered):
    """fix18: a span or a year alone was searched as words (`2020` in any paragraph)."""
    found, expected = search(briefings, question), search(briefings, filtered)
    assert expected.total
    assert hits(found) == hits(expected) and found.mode == expected.mode
    assert any("se buscó como fecha:" in message for message in found.messages)


def test_a_span_the_archive_lacks_is_searched_as_words(briefings):
    results = search(briefings, "vacunas entre enero y marzo de 2019")
    assert results.total and MESSAGES["dates as words"] in results.messages


def test_a_question_with_a_date_finds_only_that_date(briefings):
    assert 0 < search(briefings, "vacunas el 16 de junio de 2020").total < search(briefings, "vacunas").total


@pytest.mark.parametrize("query", ["fecha:junio vacunas", "vacunas fecha:junio"])
def test_a_month_filter_without_its_year_names_the_newest(briefings, query):
    results = search(briefings, query)
    assert results.total == search(briefings, "vacunas").total  # ignored, and said
    assert '«junio» no dice de qué año: escriba fecha:2020-06 (o "junio de 2020"); se ignoró «fecha:junio».' \
        in results.messages


def test_a_month_never_indexed_names_the_newest_year(briefings):
    # stop 29: this year was named (fecha:2026-01 in an archive of 2020); the index's newest year now, as
    # a date in words without its year names (retrieval/date_notes.py)
    said = " ".join(search(briefings, "vacunas fecha:enero").messages)
    assert "«enero» no dice de qué año: escriba fecha:2020-01 " in said


@pytest.mark.parametrize("which", ["date_from", "date_to"])
def test_a_filter_without_its_year_is_said(briefings, which):
    with pytest.raises(QueryError, match=r"no válida: «junio» no dice de qué año: escriba 2020-06 "):
        search(briefings, "vacunas", **{which: "junio"})


# A date read as `fecha:` that no matching paragraph is dated in is searched as words again:
# an archive without dates (encyclopaedia text: three xquad_es questions ask `en agosto de
# 2009`), or a month the archive lacks. Nothing found is not what the user asked for.
UNDATED = """La tormenta Beryl azotó Jacksonville en mayo de 2012 con vientos fuertes.

La bolsa de Varsovia tenía 486 sociedades cotizadas durante agosto de 2009.

El 1 de marzo de 1954 la cadena propuso una fusión."""


@pytest.fixture(scope="module")
def undated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("undated")
    (folder / "enciclopedia.txt").write_text(UNDATED, encoding="utf-8")
    build_index([folder], folder / "index")
    with open_index(folder / "index") as index:
        yield index


@pytest.mark.parametrize("question, first", [
    ("¿Cómo se llama la tormenta que azotó Jacksonville en mayo de 2012?", "Beryl"),
    ("¿Cuántas sociedades cotizaban en la bolsa de Varsovia en agosto de 2009?", "Varsovia"),
    ("fusión el 1 de marzo de 1954", "fusión"),
    ("¿Qué tormenta azotó Jacksonville en 2012?", "Beryl"),  # fix18: a year alone, a span
    ("¿Cuántas sociedades cotizaban en Varsovia entre 2008 y 2010?", "Varsovia"),
])
def test_a_date_no_paragraph_is_dated_in_is_searched_as_words(undated, question, first):
    results = search(undated, question)
    assert results.total and first in results.hits[0].snippet
    assert MESSAGES["dates as words"] in results.messages


def test_a_date_the_archive_lacks_is_searched_as_words(briefings):
    results = search(briefings, "vacunas en enero de 2019")
    assert results.total and MESSAGES["dates as words"] in results.messages
    assert MESSAGES["dates as words"] not in search(briefings, "vacunas en junio de 2020").messages


# trial17b: in an archive with dated and undated documents, a date in words that only a
# fallback found (any word: April's briefings say `cubrebocas`, none `reparto`) kept the date,
# and the undated memoir that writes every word was never searched.
MIXED = {
    "2020-04-10.txt": "Conferencia de prensa\n\nEl cubrebocas ayuda en el transporte.\n\n"
                      "El reparto de despensas sigue.",
    "memoria.txt": "Memoria de la asociación\n\nEn abril de 2020 la asociación repartió cubrebocas a los vecinos.",
}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed")
    for name, text in MIXED.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    build_index([folder], folder / "index")
    with open_index(folder / "index") as index:
        yield index


@pytest.mark.parametrize("question, first, as_words", [
    ("reparto de cubrebocas en abril de 2020", "asociación", True),  # the words find every word: they win
    ("¿quién repartió cubrebocas en abril de 2020?", "asociación", True),
    ("cubrebocas en abril de 2020", "transporte", False),  # the date finds every word: it stays
    ("reparto de vacunas en abril de 2020", "reparto", False),  # neither finds every word: the date stays
    # `cubrebocas` is a synonym of `mascarillas`: the words, counted as searched, find every word
    ("reparto de mascarillas en abril de 2020", "asociación", True),
])
def test_a_date_only_a_fallback_found_gives_way_to_the_words(mixed, question, first, as_words):
    results = search(mixed, question)
    assert results.total and first in results.hits[0].snippet
    assert (MESSAGES["dates as words"] in results.messages) == as_words
    if as_words:
        assert results.mode == "all" and MESSAGES["any"] not in results.messages


@pytest.mark.parametrize("question, said", [
    ("vacunas el 16 de junio", "«el 16 de junio» no dice de qué año y se buscó como palabras"),
    ("vacunas el 31 de junio de 2020", "«el 31 de junio de 2020» no es una fecha del calendario"),
    # trial19b: a query of plain words (no digit, no mark) took the parser's short way, which
    # dropped what was said of its dates
    ("vacunas en mayo", "«en mayo» no dice de qué año"),
    ("vacunas durante junio", "«durante junio» no dice de qué año"),
    ("vacunas hasta junio", "«hasta junio» no dice de qué año"),
    ("vacunas entre marzo y junio", "«entre marzo y junio» no dice de qué año"),
])
def test_the_search_the_cli_and_the_page_say_a_date_left_as_words(briefings, transcripts_index, runner, question,
                                                                     said):
    results = search(briefings, question)
    assert results.total and any(message.startswith(said) for message in results.messages)
    output = runner.invoke(main, ["search", question, "--index", str(transcripts_index)]).output
    assert said in " ".join(output.split())
    app = create_app({"INDEX_DIR": str(transcripts_index), "TESTING": True})
    try:
        page = app.test_client().get("/", query_string={"q": question}).get_data(as_text=True)
        assert said in " ".join(page.split())
    finally:
        app.extensions["hemeroteca"].close()
