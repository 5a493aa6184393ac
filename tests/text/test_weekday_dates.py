"""A yearless day said as today in a briefing's opening, its year guessed from the weekday
only when the document's other evidence leaves exactly one (trial 12, finding 2)."""

import datetime
import pickle

import pytest

from search.text.weekday_dates import GuessedDate, weekday_date

LATER = "PREGUNTA: ¿Y los casos desde el 28 de febrero de 2020?"  # a full date: evidence of 2020


@pytest.mark.parametrize("opening, filename, later, expected", [
    # said as today, a year of evidence beside it: the one year the weekday fits
    ("HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO: Hoy es sábado 14 de marzo y esta es la conferencia.",
     "conferencia_3.txt", LATER, datetime.date(2020, 3, 14)),
    ("Muy buenas noches. Son las 19:00 horas del lunes 13 de abril.", "c.txt", LATER, datetime.date(2020, 4, 13)),
    ("Hoy, miércoles 6 de enero, iniciamos.", "c.txt", "El 3 de enero de 2021 hubo 1.000 casos.",
     datetime.date(2021, 1, 6)),
    ("Hoy es sábado 14 de marzo.", "2020/conferencia.txt", "", datetime.date(2020, 3, 14)),  # a folder's year
    ("Hoy es sábado 14 de marzo.", "c.txt", "", None),  # no evidence of a year: no guess
    ("Hoy es viernes 14 de marzo.", "c.txt", LATER, None),  # no year near 2020 has it on a Friday
    ("Hoy es sábado 14 de marzo.", "c.txt", "Del 2 de marzo de 2015 al 1 de marzo de 2020.", None),  # 2015, 2020
    ("Hablaremos del plan el lunes 13 de abril.", "c.txt", LATER, None),  # `el lunes…`: any day ahead
    ("Hoy recordamos desde el lunes 13 de abril.", "c.txt", LATER, None),  # mentioned, not said as today
    ("Hoy es sábado 14 de marzo de 2020.", "c.txt", LATER, None),  # a full date: the text's, not a guess
])
def test_a_weekday_gives_the_year_only_when_one_fits(opening, filename, later, expected):
    assert weekday_date([opening, later], filename) == expected


def test_a_guessed_date_says_how_it_was_said_and_crosses_to_workers():
    when = weekday_date(["Hoy es sábado 14 de marzo y esta es la conferencia.", LATER], "c.txt")
    assert isinstance(when, GuessedDate) and when.said == "sábado 14 de marzo"
    again = pickle.loads(pickle.dumps(when))
    assert (again, again.said, type(again)) == (when, when.said, GuessedDate)
