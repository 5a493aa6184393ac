"""Tests for search.text.date_patterns: each pattern of the family, and the numbers in words.

parse_date and document_date (tests/text/test_dates.py) test what a match becomes; here
each pattern is checked on its own: what it matches, the parts it names, what it must not
take for a date.
"""

import subprocess
import sys

import pytest

from search.text import date_patterns as p


def parts(pattern, text):
    """Return the named parts of the pattern's first match in text (None: no match)."""
    match = pattern.search(text)
    if match is None:
        return None
    return {name: value for name, value in match.groupdict().items() if value is not None and name != "sep"}


@pytest.mark.parametrize("pattern, text, expected", [
    # day first, in words and numbers
    (p.SPANISH, "22 de diciembre de 2020", {"day": "22", "month": "diciembre", "year": "2020"}),
    (p.SPANISH, "22 diciembre 2020", {"day": "22", "month": "diciembre", "year": "2020"}),
    (p.SPANISH, "22 de diciembre del 2020", {"day": "22", "month": "diciembre", "year": "2020"}),
    (p.SPANISH, "22 de diciembre, 2020", {"day": "22", "month": "diciembre", "year": "2020"}),
    (p.SPANISH, "22 dic. 2020", {"day": "22", "month": "dic", "year": "2020"}),
    (p.SPANISH, "8-Dic-2016", {"day": "8", "month": "Dic", "year": "2016"}),
    (p.SPANISH, "03/ene/2016", {"day": "03", "month": "ene", "year": "2016"}),
    (p.SPANISH, "22.dic.2020", {"day": "22", "month": "dic", "year": "2020"}),
    (p.SPANISH, "3 de mzo. de 2021", {"day": "3", "month": "mzo", "year": "2021"}),
    (p.SPANISH, "5 de febr. de 2021", {"day": "5", "month": "febr", "year": "2021"}),
    (p.SPANISH, "22 de set. de 2020", {"day": "22", "month": "set", "year": "2020"}),
    (p.SPANISH, "Martes 22 de diciembre de 2020",
     {"weekday": "Martes", "day": "22", "month": "diciembre", "year": "2020"}),
    (p.SPANISH, "mar., 22 de diciembre de 2020",
     {"weekday": "mar", "day": "22", "month": "diciembre", "year": "2020"}),
    (p.SPANISH, "el miércoles 23 de diciembre de 2020",
     {"weekday": "miércoles", "day": "23", "month": "diciembre", "year": "2020"}),
    (p.SPANISH, "sábado, el 26 de diciembre de 2020",
     {"weekday": "sábado", "day": "26", "month": "diciembre", "year": "2020"}),
    # ordinal days
    (p.SPANISH, "1º de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "1° de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "1.º de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "1.° de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "1 º de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "1o de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "1ro de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "1ero de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "1er. de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "1ª de mayo de 2020", {"day": "1", "month": "mayo", "year": "2020"}),
    # days and years in words
    (p.SPANISH, "primero de mayo de 2020", {"dayword": "primero", "month": "mayo", "year": "2020"}),
    (p.SPANISH, "veintidós de diciembre de dos mil veinte",
     {"dayword": "veintidós", "month": "diciembre", "yearword": "dos mil veinte"}),
    (p.SPANISH, "veintidos de diciembre de dos mil veinte",
     {"dayword": "veintidos", "month": "diciembre", "yearword": "dos mil veinte"}),
    (p.SPANISH, "treinta y uno de diciembre de mil novecientos noventa y nueve",
     {"dayword": "treinta y uno", "month": "diciembre", "yearword": "mil novecientos noventa y nueve"}),
    (p.SPANISH, "a los quince días del mes de enero de 2000",
     {"dayword": "quince", "month": "enero", "year": "2000"}),
    (p.SPANISH, "el día 3 de marzo de 2021", {"day": "3", "month": "marzo", "year": "2021"}),
    # month first
    (p.MONTH_FIRST, "diciembre 22 de 2020", {"month": "diciembre", "day": "22", "year": "2020"}),
    (p.MONTH_FIRST, "diciembre 22 del 2020", {"month": "diciembre", "day": "22", "year": "2020"}),
    (p.MONTH_FIRST, "dic. 22, 2020", {"month": "dic", "day": "22", "year": "2020"}),
    (p.MONTH_FIRST, "Domingo, octubre 18 de 2020",
     {"weekday": "Domingo", "month": "octubre", "day": "18", "year": "2020"}),
    # numeric
    (p.ISO, "2020-12-22", {"year": "2020", "month": "12", "day": "22"}),
    (p.ISO, "2020/12/22", {"year": "2020", "month": "12", "day": "22"}),
    (p.ISO, "2020.12.22", {"year": "2020", "month": "12", "day": "22"}),
    (p.ISO, "2020-1-5", {"year": "2020", "month": "1", "day": "5"}),
    (p.DAY_FIRST, "22/12/2020", {"day": "22", "month": "12", "year": "2020"}),
    (p.DAY_FIRST, "22-12-2020", {"day": "22", "month": "12", "year": "2020"}),
    (p.DAY_FIRST, "22.12.2020", {"day": "22", "month": "12", "year": "2020"}),
    (p.COMPACT, "20201222", {"year": "2020", "month": "12", "day": "22"}),
    (p.ROMAN, "22-XII-2020", {"day": "22", "roman": "XII", "year": "2020"}),
    (p.ROMAN, "22/XII/2020", {"day": "22", "roman": "XII", "year": "2020"}),
    (p.ROMAN, "4.IV.1999", {"day": "4", "roman": "IV", "year": "1999"}),
    (p.ROMAN, "9 IX 2001", {"day": "9", "roman": "IX", "year": "2001"}),
    # only in file names
    (p.NAME_ISO, "2024_01_19", {"year": "2024", "month": "01", "day": "19"}),
    (p.NAME_ISO, "2024 01 19", {"year": "2024", "month": "01", "day": "19"}),
    (p.NAME_DAY_FIRST, "19_01_2024", {"day": "19", "month": "01", "year": "2024"}),
    (p.COMPACT_DAY_FIRST, "19012024", {"day": "19", "month": "01", "year": "2024"}),
    (p.NAME_YEAR_MONTH_DAY, "2024-ene-19", {"year": "2024", "month": "ene", "day": "19"}),
    (p.NAME_YEAR_MONTH_DAY, "2024ene19", {"year": "2024", "month": "ene", "day": "19"}),
    (p.SHORT_YEAR, "ep-00-01-17", {"year": "00", "month": "01", "day": "17"}),
])
def test_each_form_names_its_parts(pattern, text, expected):
    assert parts(pattern, text) == expected


@pytest.mark.parametrize("pattern, text", [
    (p.SPANISH, "22 de diciembre"),  # no year
    (p.SPANISH, "22 de diciembre de 1492"),  # years 1800 to 2099 only
    (p.SPANISH, "22 de decembrio de 2020"),
    (p.SPANISH, "122 de diciembre de 2020"),  # no day has three digits
    (p.SPANISH, "1,5 de mayo de 2020"),  # a decimal, not a day
    (p.SPANISH, "22 de diciembre de 20201"),
    (p.SPANISH, "1os de mayo de 2020"),  # a written ending is a whole word
    (p.MONTH_FIRST, "diciembre de 2020"),
    (p.ISO, "2020-12-22/23"),
    (p.ISO, "12020-12-22"),
    (p.ISO, "2020-12/22"),  # mixed separators
    (p.DAY_FIRST, "22/12-2020"),
    (p.DAY_FIRST, "1.22/12/2020"),
    (p.DAY_FIRST, "22/12/20"),
    (p.COMPACT, "202012221"),
    (p.COMPACT, "21001222"),  # 2100 is not a year of this century
    (p.ROMAN, "22-XIII-2020"),
    (p.ROMAN, "22-XII/2020"),
    (p.ROMAN, "22-xii-2020"),  # Roman months in capitals only
    (p.NAME_ISO, "2024_01-19"),
    (p.SHORT_YEAR, "ep-100-01-17"),
])
def test_what_is_not_a_date(pattern, text):
    assert pattern.search(text) is None


@pytest.mark.parametrize("text, expected", [
    ("Lunes 22 de diciembre de 2020", "Lunes"),
    ("lun. 22 de diciembre de 2020", "lun"),
    ("MIÉRCOLES 23 DE DICIEMBRE DE 2020", "MIÉRCOLES"),
    ("miercoles 23 de diciembre de 2020", "miercoles"),
    ("sáb 26 dic 2020", "sáb"),
    ("sab 26 dic 2020", "sab"),
    ("jue. 24 dic. 2020", "jue"),
    ("vie, 25 de diciembre de 2020", "vie"),
    ("dom 27 dic 2020", "dom"),
])
def test_every_weekday_and_its_abbreviation(text, expected):
    assert parts(p.SPANISH, text)["weekday"] == expected


@pytest.mark.parametrize("month, number", [
    ("enero", 1), ("ene", 1), ("jan", 1), ("febrero", 2), ("feb", 2), ("febr", 2),
    ("marzo", 3), ("mar", 3), ("mzo", 3), ("abril", 4), ("abr", 4), ("apr", 4), ("mayo", 5),
    ("may", 5), ("junio", 6), ("jun", 6), ("julio", 7), ("jul", 7), ("agosto", 8), ("ago", 8),
    ("aug", 8), ("septiembre", 9), ("setiembre", 9), ("sep", 9), ("sept", 9), ("set", 9),
    ("octubre", 10), ("oct", 10), ("noviembre", 11), ("nov", 11), ("diciembre", 12),
    ("dic", 12), ("dec", 12),
])
def test_every_month_name_is_found_in_a_date(month, number):
    assert p.MONTHS[month] == number
    assert parts(p.SPANISH, f"3 {month}. 2021")["month"] == month
    assert parts(p.SPANISH, f"3 de {month.upper()} de 2021")["month"] == month.upper()


def test_a_month_name_is_taken_whole():
    """The alternation tries the longest names first: `septiembre`, not `sep` then `tiembre`."""
    assert parts(p.SPANISH, "3 septiembre 2021")["month"] == "septiembre"
    assert parts(p.SPANISH, "3 sept. 2021")["month"] == "sept"
    assert parts(p.MONTH_YEAR, "mayo 2021") == {"month": "mayo", "year": "2021"}


@pytest.mark.parametrize("word, value", [
    ("uno", 1), ("un", 1), ("primero", 1), ("nueve", 9), ("diez", 10), ("quince", 15),
    ("dieciséis", 16), ("dieciseis", 16), ("diecinueve", 19), ("veinte", 20), ("veintiuno", 21),
    ("veintiún", 21), ("veintiun", 21), ("veintidós", 22), ("veintidos", 22), ("veintitrés", 23),
    ("veintiséis", 26), ("veintinueve", 29), ("treinta", 30), ("treinta y uno", 31),
    ("cuarenta y dos", 42), ("noventa y nueve", 99),
])
def test_number_words(word, value):
    assert p.NUMBER_WORDS[word] == value


def test_number_words_run_from_one_to_ninety_nine_and_days_to_thirty_one():
    assert set(p.NUMBER_WORDS.values()) == set(range(1, 100))
    assert set(p.DAY_WORDS.values()) == set(range(1, 32)) and "treinta y dos" not in p.DAY_WORDS


@pytest.mark.parametrize("text, year", [
    ("dos mil", 2000), ("dos mil uno", 2001), ("dos mil veinte", 2020),
    ("Dos  Mil  Veintiuno", 2021), ("dos mil veintidós", 2022), ("dos mil veintidos", 2022),
    ("mil novecientos", 1900), ("mil novecientos noventa y dos", 1992),
    ("mil novecientos ochenta", 1980),
    ("dos mil cien", None), ("mil ochocientos", None), ("veinte", None), ("", None),
    ("dos mil veinte y tantos", None),
])
def test_year_from_words(text, year):
    assert p.year_from_words(text) == year


@pytest.mark.parametrize("text, expected", [
    ("Madrid, 22 dic (EFE).- El gobierno", {"day": "22", "month": "dic"}),
    ("Ciudad de México, a 3 de mayo - La ministra", {"day": "3", "month": "mayo"}),
    ("Lima, 1ro may (EFE).- Texto", {"day": "1", "month": "may"}),
    ("Bogotá, 15 de enero / Colprensa", {"day": "15", "month": "enero"}),
    ("Quito, primero de junio (AP) —", {"dayword": "primero", "month": "junio"}),
])
def test_an_agency_dateline(text, expected):
    assert parts(p.DATELINE, text) == expected


@pytest.mark.parametrize("text", [
    "El 22 de diciembre (EFE) habló",  # no place before the comma
    "Madrid, 22 de diciembre de 2020, el gobierno",  # a full date, no agency mark
    "Madrid, ciudad abierta, 22 dic (EFE)",
    "La semana uno es donde empieza el año, 1 de enero (EFE)",  # a clause, not a place
])
def test_what_is_no_dateline(text):
    assert p.DATELINE.match(text) is None


def dated_line(text):
    """Return the named parts of the first dated line that text opens with (None: none)."""
    match = next((m for pattern in p.DATED_LINES if (m := pattern.match(text))), None)
    return match and {k: v for k, v in match.groupdict().items() if v is not None and k != "sep"}


@pytest.mark.parametrize("text, expected", [
    ("Madrid, 5 de enero de 2021.- El Gobierno", {"day": "5", "month": "enero", "year": "2021"}),
    ("MADRID (EFE), 5 de enero de 2021 -", {"day": "5", "month": "enero", "year": "2021"}),
    ("Santa Cruz de la Sierra, 5 ene 2021 (AFP)", {"day": "5", "month": "ene", "year": "2021"}),
    ("Ciudad de México, a 5 de enero de 2021.", {"day": "5", "month": "enero", "year": "2021"}),
    ("Interior - 15.12.2023 El ministro", {"day": "15", "month": "12", "year": "2023"}),
    ("Publicado el 14/08/2019. Texto.", {"day": "14", "month": "08", "year": "2019"}),
    ("Fecha: 2019-08-14", {"day": "14", "month": "08", "year": "2019"}),
    ("Miércoles 14 de agosto, 2019", {"weekday": "Miércoles", "day": "14", "month": "agosto", "year": "2019"}),
    ("14 de agosto de 2019. Texto.", {"day": "14", "month": "agosto", "year": "2019"}),
    ("14 de agosto de 2019 fue el día", None),  # a sentence that opens with a date
    ("La campaña empezó el 27 de diciembre de 2020.", None),
    ("La semana uno es donde empieza el año, 1 de enero de 2020", None),
])
def test_a_dated_line(text, expected):
    assert dated_line(text) == expected


@pytest.mark.parametrize("text, day", [
    ("MADRID, 5 (EUROPA PRESS) - El Gobierno", "5"), ("SEVILLA, 12 (EP) -", "12"),
    ("Madrid, 5 de enero (EFE)", None), ("El 5 (EFE)", None),
])
def test_europa_press_writes_the_day_alone(text, day):
    match = p.DAY_DATELINE.match(text)
    assert (match and match["day"]) == day


@pytest.mark.parametrize("text, expected", [
    ("diciembre 2020", ("diciembre", "2020")), ("diciembre de 2020", ("diciembre", "2020")),
    ("Diciembre del 2020", ("Diciembre", "2020")), ("dic. 2020", ("dic", "2020")),
    ("dic, 2020", ("dic", "2020")), ("diciembre", None), ("el diciembre de 2020", None),
])
def test_a_month_of_a_year(text, expected):
    match = p.MONTH_YEAR.match(text)
    assert (match and (match["month"], match["year"])) == expected


@pytest.mark.parametrize("text, expected", [
    ("2020-12", ("2020", "12")), ("2020/3", ("2020", "3")), ("2020-123", None), ("20-12", None),
])
def test_a_numeric_month(text, expected):
    match = p.NUMERIC_MONTH.match(text)
    assert (match and (match["year"], match["month"])) == expected


@pytest.mark.parametrize("before, mentioned", [
    ("Se cumple el aniversario del ", True),
    ("Vigente desde el ", True),
    ("El plan llega hasta el ", True),
    ("Nació en Lima el ", True),
    ("fundada el ", True),
    ("hace cinco años, el ", True),
    ("Madrid, ", False),
    ("Publicado el ", False),
    ("desde que empezó la pandemia hasta ayer, un año entero, el ", False),  # too far back
])
def test_a_date_after_these_words_is_a_mention(before, mentioned):
    assert bool(p.MENTIONED.search(before)) == mentioned


def test_the_forms_are_tried_in_their_order():
    assert p.TEXT_FORMS == (p.SPANISH, p.MONTH_FIRST, p.ROMAN, p.ISO, p.DAY_FIRST)
    assert p.NAME_FORMS[0] is p.NAME_ISO and p.SPANISH in p.NAME_FORMS


def test_importing_the_patterns_compiles_none_of_them():
    code = ("import sys; from search.text import date_patterns as p; "
            "print([n for n, v in vars(p).items() if isinstance(v, p.LazyPattern) and v._compiled is not None])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
