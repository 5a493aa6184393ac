"""Click's own words in Spanish: usage, headings, the help option and parameter errors.

Click marks every text it prints for gettext (`_` and `ngettext`, bound in each of its
modules) but ships no Spanish catalog, and a catalog would need the user's locale to be
Spanish. `install()` puts this table in their place, so `--help`, `Uso:` and
`Error: Valor no válido para '--page'…` read as the rest of Hemeroteca. Written for
click 8.5 (pinned in pyproject.toml); tests/cli/test_spanish.py checks that every
message below is still in click's source, as Whoosh's extensions check its version.
"""

import click

MESSAGES = {
    "Usage:": "Uso:",
    "Options": "Opciones",
    "Commands": "Órdenes",
    "Positional arguments": "Argumentos",
    "Show this message and exit.": "Muestra esta ayuda y sale.",
    "Show the version and exit.": "Muestra la versión y sale.",
    "%(prog)s, version %(version)s": "%(prog)s, versión %(version)s",
    "Error: {message}": "Error: {message}",
    "Try '{command} {option}' for help.": "Pruebe «{command} {option}» para ver la ayuda.",
    "Invalid value for {param_hint}: {message}": "Valor no válido para {param_hint}: {message}",
    "Invalid value: {message}": "Valor no válido: {message}",
    "Missing argument": "Falta el argumento",
    "Missing option": "Falta la opción",
    "Missing parameter": "Falta el parámetro",
    "Missing {param_type}": "Falta {param_type}",
    "Missing command.": "Falta la orden.",
    "Missing parameter: {param_name}": "Falta el parámetro: {param_name}",
    "No such command {name!r}.": "No existe la orden {name!r}.",
    "No such option {name!r}.": "No existe la opción {name!r}.",
    "Option {name!r} does not take a value.": "La opción {name!r} no admite un valor.",
    "Aborted!": "Interrumpido.",
    "{value!r} is not a valid {number_type}.": "{value!r} no es un número válido.",
    "{value} is not in the range {range}.": "{value} está fuera del intervalo {range}.",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} no es un valor sí/no. Valores admitidos: {states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} no existe.",
    "{name} {filename!r} is a file.": "{name} {filename!r} es un archivo.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} es una carpeta.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} no se puede leer.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} no se puede escribir.",
    "Could not open file {filename!r}: {message}": "No se pudo abrir {filename!r}: {message}",
    "file": "archivo",
    "directory": "carpeta",
    "path": "ruta",
    "default: {default}": "por defecto: {default}",
    "env var: {var}": "variable de entorno: {var}",
    "unknown error": "error desconocido",
}
PLURALS = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("Sobra un argumento ({args})", "Sobran argumentos ({args})"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("{value!r} no es {choice}.", "{value!r} no es ninguno de {choices}."),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("La opción {name!r} necesita un valor.", "La opción {name!r} necesita {nargs} valores."),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("¿Quiso decir {possibility}?", "(¿Quiso decir una de: {possibilities}?)"),
}
MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils")


def gettext(message: str) -> str:
    """Return click's message in Spanish, or as it is when the table lacks it."""
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """Return the Spanish form of click's message for count."""
    one, many = PLURALS.get((singular, plural), (singular, plural))
    return one if count == 1 else many


OPTIONS_METAVAR = "[OPCIONES]"  # click's usage lines write these in English, outside gettext
COMMAND_METAVAR = "ORDEN [ARGUMENTOS]..."


def name_in_spanish(group) -> None:
    """Write the placeholders of a group's and its commands' usage lines in Spanish."""
    group.subcommand_metavar = COMMAND_METAVAR
    for command in [group, *group.commands.values()]:
        command.options_metavar = OPTIONS_METAVAR


def install() -> None:
    """Make click's modules print their messages in Spanish."""
    for name in MODULES:
        module = getattr(click, name)
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext
