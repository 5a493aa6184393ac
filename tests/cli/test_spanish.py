"""Tests for search.cli.spanish: click's own messages, usage and errors, in Spanish."""

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from search.cli import spanish  # importing search.cli installs the table


def test_every_spanish_message_is_still_one_click_prints():
    """Written for click 8.5: a message click no longer has would silently go back to English."""
    folder = Path(click.__file__).parent
    text = "".join(path.read_text(encoding="utf-8") for path in folder.glob("*.py"))
    missing = [message for message in spanish.MESSAGES if f'"{message}"' not in text]
    missing += [pair for pair in spanish.PLURALS
                if f'"{pair[0]}"' not in text or f'"{pair[1]}"' not in text]
    assert not missing


def test_every_translation_keeps_the_placeholders_of_its_message():
    """A placeholder the English lacks would raise KeyError when click formats the message.

    One may be left out on purpose: `{number_type}` is click's English name of the type.
    """
    import string

    def fields(text):
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)

    pairs = list(spanish.MESSAGES.items())
    for english, translated in spanish.PLURALS.items():
        pairs += list(zip(english, translated))
    assert [(e, s) for e, s in pairs if not set(fields(s)) <= set(fields(e))] == []
    assert [(e, s) for e, s in pairs if set(fields(e)) - set(fields(s))] == [
        ("{value!r} is not a valid {number_type}.", "{value!r} no es un número válido.")]


@pytest.mark.parametrize("message, expected", [
    ("Usage:", "Uso:"),
    ("Show this message and exit.", "Muestra esta ayuda y sale."),
    ("Missing argument", "Falta el argumento"),
    ("Aborted!", "Interrumpido."),
    ("A message the table lacks", "A message the table lacks"),
    ("", ""),
])
def test_gettext(message, expected):
    assert spanish.gettext(message) == expected


@pytest.mark.parametrize("count, expected", [
    (1, "Sobra un argumento ({args})"),
    (2, "Sobran argumentos ({args})"),
    (0, "Sobran argumentos ({args})"),
])
def test_ngettext_agrees_with_the_count(count, expected):
    assert spanish.ngettext("Got unexpected extra argument ({args})",
                            "Got unexpected extra arguments ({args})", count) == expected


def test_ngettext_leaves_a_message_it_lacks_in_english():
    assert spanish.ngettext("one apple", "{n} apples", 1) == "one apple"
    assert spanish.ngettext("one apple", "{n} apples", 3) == "{n} apples"


@click.group()
def tool():
    """Una herramienta de prueba."""


@tool.command()
@click.argument("word")
@click.option("--kind", type=click.Choice(["a"]))
@click.option("--color", type=click.Choice(["rojo", "verde"]))
@click.option("--pair", nargs=2)
@click.option("--count", type=click.IntRange(1, 5))
def run(word, kind, color, pair, count):
    """Hace algo con WORD."""


spanish.name_in_spanish(tool)


@pytest.mark.parametrize("args, expected", [
    (["run", "x", "y"], "Sobra un argumento (y)"),
    (["run", "x", "y", "z"], "Sobran argumentos (y z)"),
    (["run", "x", "--kind", "b"], "'b' no es 'a'."),
    (["run", "x", "--color", "azul"], "'azul' no es ninguno de 'rojo', 'verde'."),
    (["run", "x", "--pair", "uno"], "La opción '--pair' necesita 2 valores."),
    (["run", "x", "--count", "9"], "Valor no válido para '--count': 9 está fuera del intervalo"),
    (["run", "x", "--count", "dos"], "'dos' no es un número válido."),
    (["run"], "Falta el argumento 'WORD'."),
    (["ru"], "No existe la orden 'ru'."),
])
def test_click_errors_read_in_spanish(args, expected):
    result = CliRunner().invoke(tool, args, prog_name="prueba")
    assert result.exit_code == 2 and expected in result.output, result.output
    assert result.output.startswith(("Uso: prueba", "Error:")) and "Try " not in result.output


def test_usage_lines_name_their_placeholders_in_spanish():
    top = CliRunner().invoke(tool, ["--help"], prog_name="prueba").output
    assert "Uso: prueba [OPCIONES] ORDEN [ARGUMENTOS]..." in top
    assert "Opciones:" in top and "Órdenes:" in top and "Muestra esta ayuda y sale." in top
    sub = CliRunner().invoke(tool, ["run", "--help"], prog_name="prueba").output
    assert "Uso: prueba run [OPCIONES] WORD" in sub and "OPTIONS" not in sub


def test_the_command_list_says_each_command_whole(runner):
    from search.cli import main

    # trial 12, finding 15: every description was cut with "..."
    result = runner.invoke(main, ["--help"], terminal_width=80)
    assert result.exit_code == 0
    listed = result.output.split("Órdenes:")[1]
    assert "..." not in listed and "…" not in listed
    for name in ("eval", "index", "inspect", "optimize", "search", "serve", "show", "similar", "speakers",
                 "update", "watch"):
        assert f"\n  {name} " in listed
