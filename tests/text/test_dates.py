"""Tests for search.text.dates: single dates, a document's date, and query ranges."""

import datetime

import pytest

from search.text.dates import date_range, document_date, parse_date, parse_iso_date
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


def test_a_date_said_in_speech_is_not_the_documents():
    spoken = ["Son las 19:01 del sábado 25 de abril de 2020."]
    assert document_date(spoken, "2020-04-26.txt") == D(2020, 4, 25)
    assert document_date(spoken, "2020-04-26.txt", is_speech=lambda p: True) == D(2020, 4, 26)


def test_seed_is_dated_the_day_of_the_call():
    paragraphs = (FIXTURES / "speakers" / "seed.txt").read_text(encoding="utf-8").splitlines()
    assert document_date(paragraphs, "000_0ae4057f2a729d92.txt") == D(2020, 12, 22)


def test_dateline_takes_its_year_from_the_file_name():
    paragraphs = (FIXTURES / "dates" / "dateline.txt").read_text(encoding="utf-8").splitlines()
    assert document_date(paragraphs, "efe-2021.txt") == D(2021, 5, 25)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2020", (D(2020, 1, 1), D(2020, 12, 31))),
        ("2020-12", (D(2020, 12, 1), D(2020, 12, 31))),
        ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),
        ("2020-12-22", (D(2020, 12, 22), D(2020, 12, 22))),
        ("diciembre 2020", (D(2020, 12, 1), D(2020, 12, 31))),
        ("diciembre de 2020", (D(2020, 12, 1), D(2020, 12, 31))),
        ("diciembre del 2020", (D(2020, 12, 1), D(2020, 12, 31))),
        ("22 de diciembre de 2020", (D(2020, 12, 22), D(2020, 12, 22))),
        ("2020-13", None),
        ("lavrov", None),
    ],
)
def test_date_range(value, expected):
    assert date_range(value) == expected


@pytest.mark.parametrize("value, expected", [
    ("2020-12-22", datetime.date(2020, 12, 22)),
    ("2020-12-22T10:00:00Z", datetime.date(2020, 12, 22)),
    ("2021-02-31", None),
    ("ayer", None),
])
def test_parse_iso_date(value, expected):
    assert parse_iso_date(value) == expected
