"""Tests for search.text.dates: single dates and a document's date."""

import datetime

import pytest

from search.text.dates import (
    dateline_date,
    dateline_problem,
    document_date,
    parse_date,
    parse_iso_date,
)
from tests.conftest import FIXTURES

D = datetime.date


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2020-12-22", D(2020, 12, 22)),
        ("2020/12/22", D(2020, 12, 22)),
        ("22/12/2020", D(2020, 12, 22)),
        ("14/08/2019", D(2019, 8, 14)),
        ("22 de diciembre de 2020", D(2020, 12, 22)),
        ("Miércoles 14 de agosto, 2019", D(2019, 8, 14)),
        ("22 dic. 2020", D(2020, 12, 22)),
        ("1º de mayo de 2021", D(2021, 5, 1)),
        ("20200228", D(2020, 2, 28)),
        ("2020-12-22T10:30:00+01:00", D(2020, 12, 22)),
        # ordinal days
        ("1.º de mayo de 2020", D(2020, 5, 1)),
        ("1.° de mayo de 2020", D(2020, 5, 1)),
        ("1 º de mayo de 2020", D(2020, 5, 1)),
        ("1° de mayo de 2020", D(2020, 5, 1)),
        ("1o de mayo de 2020", D(2020, 5, 1)),
        ("1ro de mayo de 2020", D(2020, 5, 1)),
        ("1ero de mayo de 2020", D(2020, 5, 1)),
        ("1er. de mayo de 2020", D(2020, 5, 1)),
        ("1er de mayo del 2020", D(2020, 5, 1)),
        # days and years in words
        ("primero de mayo de 2020", D(2020, 5, 1)),
        ("Primero de Mayo de 2020", D(2020, 5, 1)),
        ("veintidós de diciembre de dos mil veinte", D(2020, 12, 22)),
        ("treinta y uno de diciembre de mil novecientos noventa y nueve", D(1999, 12, 31)),
        ("a los quince días del mes de enero de 2000", D(2000, 1, 15)),
        # month first
        ("diciembre 22 de 2020", D(2020, 12, 22)),
        ("diciembre 22 del 2020", D(2020, 12, 22)),
        ("Domingo, octubre 18 de 2020", D(2020, 10, 18)),
        ("Octubre 16 del 2016", D(2016, 10, 16)),
        ("dic. 22, 2020", D(2020, 12, 22)),
        ("Jueves, octubre 18 de 2020", None),  # 18 October 2020 was a Sunday
        # day first, other separators and abbreviations
        ("22 de diciembre del 2020", D(2020, 12, 22)),
        ("22 de diciembre, 2020", D(2020, 12, 22)),
        ("22 diciembre 2020", D(2020, 12, 22)),
        ("22 de setiembre de 2020", D(2020, 9, 22)),
        ("22 de sept. de 2020", D(2020, 9, 22)),
        ("3 de mzo. de 2021", D(2021, 3, 3)),
        ("8-Dic-2016", D(2016, 12, 8)),
        ("03/ene/2016", D(2016, 1, 3)),
        ("22.dic.2020", D(2020, 12, 22)),
        ("mié, 25 ago. 2021 16:19", D(2021, 8, 25)),
        ("el martes 22 de diciembre de 2020", D(2020, 12, 22)),
        ("Ciudad de México, a 22 de diciembre de 2020", D(2020, 12, 22)),
        # numeric and Roman months
        ("22.12.2020", D(2020, 12, 22)),
        ("22-12-2020", D(2020, 12, 22)),
        ("2020.12.22", D(2020, 12, 22)),
        ("22-XII-2020", D(2020, 12, 22)),
        ("22/XII/2020", D(2020, 12, 22)),
        ("22/12-2020", None),  # mixed separators: no date
        ("31 de febrero de 2020", None),
        ("2021-02-29", None),
        ("Lunes 14 de agosto, 2019", None),  # 14 August 2019 was a Wednesday
        ("mañana", None),
        ("", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "paragraphs, filename, metadata, expected",
    [
        (["Texto."], "nota.md", "2019-08-14", D(2019, 8, 14)),
        (["Madrid, 22 dic. 2020 (EFE).- Texto."], "nota.md", None, D(2020, 12, 22)),
        (["Miércoles 14 de agosto, 2019", "Texto."], "x.txt", None, D(2019, 8, 14)),
        (["Publicado el 14/08/2019. Texto."], "x.txt", None, D(2019, 8, 14)),
        (["Actualizado 2019-08-14."], "x.txt", None, D(2019, 8, 14)),
        (["Lima, 2 ago (EFE).- Texto."], "2021-08-02-peru.txt", None, D(2021, 8, 2)),
        (["Texto sin fecha."], "2020-02-28.txt", None, D(2020, 2, 28)),
        (["Texto sin fecha."], "20200228.txt", None, D(2020, 2, 28)),
        (["Texto sin fecha."], "ep-00-01-17.txt", None, D(2000, 1, 17)),
        (["Texto sin fecha."], "notas.txt", None, None),
        (["Texto sin fecha."], "moncloa_2024-01-19_190124-marlaska.txt", None, D(2024, 1, 19)),
        (["Texto sin fecha."], "prensa/2024_01_19_consejo.txt", None, D(2024, 1, 19)),
        (["Texto sin fecha."], "nota_19_01_2024.txt", None, D(2024, 1, 19)),
        (["Texto sin fecha."], "efe-19-ene-2024-cumbre.txt", None, D(2024, 1, 19)),
        (["Texto sin fecha."], "2024-ene-19-cumbre.txt", None, D(2024, 1, 19)),
        (["Texto sin fecha."], "19012024-cumbre.txt", None, D(2024, 1, 19)),
        (["Texto sin fecha."], "archivo/2020/12/22/nota.txt", None, D(2020, 12, 22)),
        (["Texto sin fecha."], "version-1.2.3.txt", None, None),
        (["Domingo, octubre 18 de 2020", "Texto."], "x.txt", None, D(2020, 10, 18)),
        (["Madrid, 1.º de mayo de 2020. La ministra habló."], "x.txt", None, D(2020, 5, 1)),
        (["Lima, 1ro may (EFE).- Texto."], "2021-peru.txt", None, D(2021, 5, 1)),
        (["Texto."], "nota.md", "20201222", D(2020, 12, 22)),
        (["Texto."], "nota.md", "diciembre 22 del 2020", D(2020, 12, 22)),
        # far-future years, bare years and anniversaries are mentions, not the date
        (["El plan llega hasta el 1 de enero de 2050."], "2020-12-22.txt", None, D(2020, 12, 22)),
        (["Se cumple el aniversario del 12 de octubre de 1492."], "2020-10-12.txt", None, D(2020, 10, 12)),
    ],
)
def test_document_date(paragraphs, filename, metadata, expected):
    assert document_date(paragraphs, filename, metadata) == expected


# A transcript's opening turns (trial 12, finding 2: 24 of 25 renamed briefings came out
# undated): the day it is said, with its weekday or after `hoy`, is the document's date;
# any other date a speaker says is what the turn talks about. (first paragraphs, date)
SPOKEN = [
    (["Muy buenas noches. Hoy es sábado 14 de marzo de 2020 y esta es la conferencia."], D(2020, 3, 14)),
    (["Son las 19:01 del sábado 25 de abril de 2020."], D(2020, 4, 25)),
    (["Muy buenas noches.", "Son las 19 horas con un minuto, sábado 13 de junio de 2020 y estamos"], D(2020, 6, 13)),
    (["Son las 19:00 horas en punto del jueves 14 de mayo del año 2020. Estamos en Palacio"], D(2020, 5, 14)),
    (["Son las 19 horas con un minuto de este día martes 13, martes 13 de octubre de 2020."], D(2020, 10, 13)),
    (["Hoy es 15 de noviembre de 2020, son las 19 horas en punto."], D(2020, 11, 15)),
    (["Hoy, 15 de noviembre de 2020, iniciamos."], D(2020, 11, 15)),
    # not the day it is said
    (["El 14 de marzo de 2020 se confirmó el primer caso."], None),  # no weekday, no hoy
    (["Recordemos que el sábado 14 de marzo de 2020 se cerraron las escuelas."], None),  # `el sábado`
    (["Como dijimos desde el sábado 14 de marzo de 2020, la jornada sigue."], None),  # mentioned
    (["Son las 19:01 de este viernes 29 de mayo, penúltimo día de la Jornada."], None),  # no year
    (["Son las 19:01 del miércoles 9 de abril de 2020."], None),  # 2020-04-09 was a Thursday
]


@pytest.mark.parametrize("paragraphs, expected", SPOKEN, ids=[row[0][-1][:40] for row in SPOKEN])
def test_the_day_a_transcript_says_it_is_dates_it(paragraphs, expected):
    assert document_date(paragraphs, "transcripcion.txt", is_speech=lambda p: True) == expected
    # a date in the file name comes first
    assert document_date(paragraphs, "2021-01-04.txt", is_speech=lambda p: True) == D(2021, 1, 4)


def test_a_dateline_still_dates_a_transcript():
    dateline = ["Madrid, 5 de enero de 2021.- Buenas tardes."]
    assert document_date(dateline, "2021-01-04.txt", is_speech=lambda p: True) == D(2021, 1, 4)


CAMPAIGN = "La campaña empezó el 27 de diciembre de 2020."


# A document's own date: metadata, then a dateline, then the file name, then a date
# written in its first paragraphs; a date mentioned in the body is what it talks about.
@pytest.mark.parametrize("paragraphs, filename, metadata, expected", [
    # the file name beats a date in the body
    (["El ministro dijo ayer que habrá más dosis.", CAMPAIGN], "2021-01-05-b.txt", None, D(2021, 1, 5)),
    (["Nota de prensa.", CAMPAIGN], "moncloa_2021-01-05_nota.txt", None, D(2021, 1, 5)),
    (["Balance.", "Texto.", CAMPAIGN], "archivo/2021/01/05/nota.txt", None, D(2021, 1, 5)),
    # a yearless agency dateline takes its year from the nearest date it can
    ([f"MADRID, 5 Ene. (EFE) - El ministro recordó que {CAMPAIGN}"], "efe.txt", None, D(2021, 1, 5)),
    ([f"Madrid, 5 ene (EFE).- {CAMPAIGN}"], "efe3_2021.txt", None, D(2021, 1, 5)),
    (["Lima, martes 5 ene (EFE).- Texto."], "2021-peru.txt", None, D(2021, 1, 5)),
    (["Madrid, 1 ene (EFE).- Texto."], "2020-12-31-efe.txt", None, D(2021, 1, 1)),
    (["Bogotá, 15 de enero / Colprensa. Texto."], "col_2021-01-16.txt", None, D(2021, 1, 15)),
    (["MADRID, 5 Ene. (EFE) - Texto sin otra fecha."], "efe.txt", None, None),
    # Europa Press writes the day alone
    (["MADRID, 5 (EUROPA PRESS) - El Gobierno aprobó el plan."], "ep_2021-01-04.txt", None, D(2021, 1, 5)),
    (["MADRID, 2 (EUROPA PRESS) - Texto."], "ep_2020-12-30.txt", None, D(2021, 1, 2)),
    (["MADRID, 5 (EUROPA PRESS) - Texto."], "ep.txt", None, None),
    # a dateline with its year beats the file name
    ([f"MADRID, 5 de enero de 2021 (EFE). - {CAMPAIGN}"], "efe2.txt", None, D(2021, 1, 5)),
    (["Madrid, 5 de enero de 2021.- El Gobierno aprobó el plan."], "nota_2021-01-04.txt", None, D(2021, 1, 5)),
    (["Ciudad de México, a 5 de enero de 2021.", CAMPAIGN], "boletin-004.txt", None, D(2021, 1, 5)),
    (["CIUDAD DE MÉXICO, martes 5 de enero de 2021.- Texto."], "x.txt", None, D(2021, 1, 5)),
    (["París, 5 ene 2021 (AFP) - Texto."], "afp.txt", None, D(2021, 1, 5)),
    (["MADRID, 05/01/2021 (EFE).- Texto."], "2021-01-04.txt", None, D(2021, 1, 5)),
    (["Publicado el 05/01/2021 - " + CAMPAIGN], "2021-01-04-x.txt", None, D(2021, 1, 5)),
    (["Fecha: 5 de enero de 2021", CAMPAIGN], "notas.txt", None, D(2021, 1, 5)),
    (["Martes, 5 de enero de 2021", CAMPAIGN], "notas.txt", None, D(2021, 1, 5)),
    # after a headline, the dateline opens the second paragraph
    (["Sanidad amplía la vacunación", f"MADRID, 5 Ene. (EFE) - {CAMPAIGN}"], "efe.txt", None, D(2021, 1, 5)),
    (["El ministro habla", "Interior - 15.12.2023 El ministro del Interior defiende…"],
     "moncloa_2023-12-14_x.txt", None, D(2023, 12, 15)),
    # metadata beats them all; an unreadable one is passed over
    (["MADRID, 5 Ene. (EFE) - Texto."], "2021-01-06.txt", "2021-01-04", D(2021, 1, 4)),
    (["MADRID, 5 Ene. (EFE) - Texto."], "2021-01-06.txt", "mañana", D(2021, 1, 5)),
    # with nothing else, a date written in the first paragraphs; never one deeper
    ([CAMPAIGN], "notas.txt", None, D(2020, 12, 27)),
    (["Titular.", "Texto.", CAMPAIGN], "notas.txt", None, None),
    (["Madrid, ciudad abierta, 5 ene (EFE) - Texto."], "notas.txt", None, None),
])
def test_a_documents_own_date_comes_first(paragraphs, filename, metadata, expected):
    assert document_date(paragraphs, filename, metadata) == expected


def test_a_record_is_dated_by_its_dateline_but_not_by_its_text():
    assert document_date(["MADRID, 5 Ene. (EFE) - Texto."], "2021-01-06.jsonl", header_text=False) \
        == D(2021, 1, 5)
    assert document_date([CAMPAIGN], "notas.jsonl", header_text=False) is None


def test_seed_is_dated_the_day_of_the_call():
    paragraphs = (FIXTURES / "speakers" / "seed.txt").read_text(encoding="utf-8").splitlines()
    assert document_date(paragraphs, "000_0ae4057f2a729d92.txt") == D(2020, 12, 22)


def test_dateline_takes_its_year_from_the_file_name():
    paragraphs = (FIXTURES / "dates" / "dateline.txt").read_text(encoding="utf-8").splitlines()
    assert document_date(paragraphs, "efe-2021.txt") == D(2021, 5, 25)


@pytest.mark.parametrize("value, expected", [
    ("2020-12-22", datetime.date(2020, 12, 22)),
    ("2020-12-22T10:00:00Z", datetime.date(2020, 12, 22)),
    ("2021-02-31", None),
    ("ayer", None),
])
def test_parse_iso_date(value, expected):
    assert parse_iso_date(value) == expected


# A date after these words in the opening paragraphs is another event's, not the document's.
MENTIONS = [
    (["El Gobierno recordó que el 11 de septiembre de 2001 cambió el mundo.", "Otro párrafo."], None),
    (["La ministra recuerda que el 8 de marzo de 2019 fue histórico.", "Otro."], None),
    (["Rige desde el 1 de enero de 2020 la nueva norma.", "Otro."], None),
    (["El Gobierno aprobó el decreto del 2 de marzo de 2019 sobre vivienda.", "Otro."], None),
    (["La ley del 5 de julio de 2018 sigue vigente.", "Otro."], None),
    (["Se aplicará a partir del 3 de mayo de 2021.", "Otro."], None),
    (["Tras el terremoto del 19 de septiembre de 2017 se reconstruyó la escuela.", "Otro."], None),
    (["El acuerdo firmado el 4 de abril de 2016 expira.", "Otro."], None),
    (["Ciudad de México, 3 de abril de 2021. El decreto del 2 de marzo de 2019 sigue.", "Otro."],
     datetime.date(2021, 4, 3)),
    (["El 3 de abril de 2021 el Gobierno aprobó el decreto del 2 de marzo de 2019.", "Otro."],
     datetime.date(2021, 4, 3)),
    # a yearless dateline takes no year from a mentioned date
    (["Madrid, 15 de octubre.- El Gobierno aprobó el decreto del 2 de marzo de 2019.", "Otro."], None),
    (["MADRID, 5 Ene. (EFE) - El Gobierno habló el 3 de enero de 2021 con la prensa.", "Otro."],
     datetime.date(2021, 1, 5)),
]


@pytest.mark.parametrize("paragraphs, expected", MENTIONS)
def test_a_mentioned_date_is_not_the_documents(paragraphs, expected):
    assert document_date(paragraphs, "nota.txt") == expected


DATELINE_PROBLEMS = [
    (["Caracas, 31 de febrero de 2021.- El Gobierno habló.", "Otro."], "nota.txt", None,
     "«Caracas, 31 de febrero de 2021», no existe en el calendario"),
    (["Caracas, 29 de febrero de 2021.- El Gobierno habló.", "Otro."], "nota.txt", None,
     "«Caracas, 29 de febrero de 2021», no existe en el calendario"),
    (["MADRID, 5 Ene. (EFE) - El Gobierno habló.", "Otro."], "nota.txt", None, "«MADRID, 5 Ene.», no dice el año"),
    (["MADRID, 14 Mar. (EFE) - Cumbre.", "Otro."], "efe_cumbre.txt", None, "no dice el año"),
    (["Madrid, 15 de octubre.- El decreto del 2 de marzo de 2019.", "Otro."], "nota.txt", None, "no dice el año"),
    (["Caracas, 29 de febrero de 2020.- El Gobierno habló.", "Otro."], "nota.txt", None, None),
    (["MADRID, 5 Ene. (EFE) - El Gobierno habló.", "Otro."], "2021/nota.txt", None, None),
    (["MADRID, 5 Ene. (EFE) - El Gobierno habló.", "Otro."], "nota.txt", "2021-01-05", None),
    (["Sin data ninguna.", "Otro."], "nota.txt", None, None),
]


@pytest.mark.parametrize("paragraphs, filename, metadata, said", DATELINE_PROBLEMS)
def test_a_dateline_that_gives_no_date_is_said(paragraphs, filename, metadata, said):
    problem = dateline_problem(paragraphs, filename, metadata)
    assert (problem is None) if said is None else (said in problem), problem


@pytest.mark.parametrize("paragraphs, date, said", [
    (["Caracas, 31 de febrero de 2021.- Habló.", "Otro."], None, "no existe en el calendario"),
    (["EL PRESIDENTE: Caracas, 31 de febrero de 2021.- Habló.", "Caracas, 5 de marzo de 2021.- Otro."],
     datetime.date(2021, 3, 5), None),  # a turn of a transcript is no dateline, for both
    (["MADRID, 5 Ene. (EFE) - Habló.", "Otro."], None, "no dice el año"),
])
def test_a_dateline_is_read_and_explained_from_the_same_paragraphs(paragraphs, date, said):
    # dateline_date and dateline_problem walk the same datelines (dates._datelines): a turn
    # skipped by one is skipped by the other.
    def is_speech(paragraph):
        return paragraph.startswith("EL PRESIDENTE:")

    assert dateline_date(paragraphs, lambda: None, is_speech) == date
    problem = dateline_problem(paragraphs, "nota.txt", None, is_speech)
    assert (problem is None) if said is None else (said in problem), problem
