"""Tests for search.text.wording: counts agree with their nouns, numbers written as in Spain."""

import errno
import sqlite3

import pytest

from search.text.wording import decimal, interrupted, left_behind, number, plural, seconds, system_reason


@pytest.mark.parametrize("value, expected", [
    (0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (12345, "12.345"),
    (1234567, "1.234.567"), (-1500, "-1.500"),
])
def test_number_puts_a_point_between_thousands(value, expected):
    assert number(value) == expected


@pytest.mark.parametrize("value, places, expected", [
    (0.05, 2, "0,05"), (2, 2, "2"), (2.0, 2, "2"), (0.5, 2, "0,5"), (1234.5, 2, "1.234,5"),
    (1234567.891, 2, "1.234.567,89"), (0.333333, 2, "0,33"), (0.001, 2, "0"), (3600, 2, "3.600"),
    (1.23456, 4, "1,2346"), (-0.25, 2, "-0,25"),
])
def test_decimal_writes_a_comma_before_decimals(value, places, expected):
    assert decimal(value, places) == expected


@pytest.mark.parametrize("count, singular, plural_form, expected", [
    (1, "resultado", None, "1 resultado"),
    (0, "resultado", None, "0 resultados"),
    (2, "resultado", None, "2 resultados"),
    (1, "orador", "oradores", "1 orador"),
    (3, "orador", "oradores", "3 oradores"),
    (2, "versión", "versiones", "2 versiones"),
    (1, "documento indexado", "documentos indexados", "1 documento indexado"),
    (0, "documento indexado", "documentos indexados", "0 documentos indexados"),
    (1234, "párrafo", None, "1.234 párrafos"),
    (-1, "grado", None, "-1 grados"),  # only exactly one is singular
])
def test_plural_agrees_the_noun_with_the_count(count, singular, plural_form, expected):
    assert plural(count, singular, plural_form) == expected


@pytest.mark.parametrize("value, expected", [
    (0, "0,00 s"), (12.345, "12,35 s"), (0.004, "0,00 s"), (1.5, "1,50 s"),
])
def test_seconds_have_a_decimal_comma(value, expected):
    assert seconds(value) == expected


@pytest.mark.parametrize("error, said", [
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "no existe"),
    (PermissionError(errno.EACCES, "Permission denied"), "sin permiso"),
    (OSError(errno.ELOOP, "Too many levels of symbolic links"), "demasiados enlaces simbólicos"),
    (OSError(errno.ENOSPC, "No space left on device"), "no queda espacio en el disco"),
    (OSError(errno.EFBIG, "File too large"), "el archivo llegó al tamaño máximo"),
    (OSError(errno.ESTALE, "Stale file handle"), "el archivo de red ya no es válido"),
    (OSError(errno.EPIPE, "Broken pipe"), "error del sistema EPIPE: Broken pipe"),  # rare: named as the system's
    (ValueError("sin errno"), "sin errno"),
])
def test_system_reasons_are_spanish_when_common(error, said):
    assert system_reason(error).startswith(said)


def test_reason_is_the_systems_words_or_sqlites():
    assert system_reason(OSError(errno.ENOSPC, "No space left on device")) == "no queda espacio en el disco"
    assert system_reason(sqlite3.OperationalError("database or disk is full")) == "database or disk is full"


# What a write stopped before its end leaves behind: one wording for Ctrl-C in the CLI and in
# `watch`, and for a build or an update that failed (stop 28 found it written three ways).
@pytest.mark.parametrize("kind, had_index, left", [
    ("build", True, "el índice anterior sigue en servicio"),
    ("update", True, "el índice sigue sirviendo su estado anterior y la próxima actualización la completa"),
    ("build", False, "no se creó ningún índice (no había uno antes)"),
    ("update", False, "no se creó ningún índice (no había uno antes)"),  # `update` and `watch` build the first
])
def test_what_a_stopped_write_leaves_is_worded_once(kind, had_index, left):
    assert left_behind(kind, had_index) == left
    assert interrupted(kind, had_index) == f"Interrumpido: {left}."


def test_a_command_that_writes_nothing_is_only_interrupted():
    assert interrupted() == interrupted(None, had_index=False) == "Interrumpido."
