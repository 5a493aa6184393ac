"""The command as a whole: help for every command, in Spanish, and what it costs to start."""

import ast
import gc
import re
import shlex
import subprocess
import sys
import weakref
from pathlib import Path

import pytest

from search.cli import collector_paused, main
from tests.conftest import ROOT

ENGLISH = ("Usage:", "Options", "OPTIONS", "COMMAND", "Show this message", "Show the version",
           "Error: Invalid", "Example", "Commands", "default:", "Try ", "TEXT", "INTEGER", "FLOAT",
           "PATHS", "QUERY", "RECORD_ID", "TARGET")


def test_every_command_has_help_with_an_example_in_spanish(runner):
    top = runner.invoke(main, ["--help"], prog_name="hemeroteca")
    assert top.exit_code == 0 and "Uso:" in top.output and "Órdenes" in top.output
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Ejemplo" in result.output and command.help, name
        assert "Muestra esta ayuda y sale." in result.output, name
        assert not [word for word in ENGLISH if word in result.output], (name, result.output)


@pytest.mark.parametrize("args, message", [
    (["search", "x", "--page", "0"], "Valor no válido para '--page': 0 está fuera del intervalo"),
    (["search", "x", "--sort", "size"],
     "'size' no es ninguno de 'relevancia', '-fecha', 'fecha', 'relevance', '-date', 'date'"),
    (["search", "x", "--limit", "muchos"], "'muchos' no es un número válido"),
    (["search", "x", "--nada"], "No existe la opción '--nada'"),
    (["buscar"], "No existe la orden 'buscar'"),
    (["show"], "Falta el argumento 'ID_O_DOCUMENTO'"),
    (["search", "x", "--limit"], "La opción '--limit' necesita un valor"),
])
def test_click_errors_are_in_spanish(runner, args, message):
    result = runner.invoke(main, args, prog_name="hemeroteca")
    assert result.exit_code == 2 and message in result.output
    assert "--limit" in args or "Pruebe «hemeroteca" in result.output
    assert not [word for word in ENGLISH if word in result.output]


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("hemeroteca, versión ")


def test_help_and_version_load_no_library():
    """`--help` and `--version` import click alone: no Whoosh, no numpy, no build path."""
    code = ("import sys; from search.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('whoosh', 'numpy', 'flask', 'watchdog', 'sqlite3') or m.startswith('search.')))")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.splitlines()[-1]
    assert ast.literal_eval(loaded) == ["search.cli", "search.cli.browsing", "search.cli.closed_output",
                            "search.cli.indexing", "search.cli.searching", "search.cli.spanish",
                            "search.cli.typed_text", "search.errors",
                            "search.settings", "search.whoosh_ext", "search.whoosh_ext.imports"]


def test_each_command_is_in_the_module_it_is_loaded_from():
    """COMMAND_MODULES names where each command is declared: a command missing from it
    would be unknown until its module happened to load."""
    from search.cli import COMMAND_MODULES

    declared = {}
    for module in set(COMMAND_MODULES.values()):
        tree = ast.parse((ROOT / "search" / "cli" / f"{module}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "command" \
                    and getattr(node.func.value, "id", None) == "main":
                declared[node.args[0].value] = module
    assert declared == COMMAND_MODULES


SHARED = ("search.cli.spanish", "search.cli.closed_output", "search.cli.typed_text")  # what commands share


@pytest.mark.parametrize("args, loaded", [
    (["search", "--help"], ["search.cli.searching"]),
    (["show", "--help"], ["search.cli.browsing"]),
    (["--help"], ["search.cli.browsing", "search.cli.indexing", "search.cli.searching"]),
    (["serch"], ["search.cli.browsing", "search.cli.indexing", "search.cli.searching"]),  # for its "did you mean"
])
def test_a_command_loads_its_own_module_only(args, loaded):
    code = (f"import sys\nfrom search.cli import main\ntry:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
            f"print(sorted(m for m in sys.modules if m.startswith('search.cli.') and m not in {SHARED!r}))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert ast.literal_eval(done.stdout.splitlines()[-1]) == loaded
    if args == ["serch"]:
        assert "¿Quiso decir una de: 'search', 'serve'?" in done.stderr


class Cycle:
    """An object that refers to itself: only the cyclic collector frees it."""

    def __init__(self):
        self.me = self


@pytest.mark.parametrize("enabled", [True, False])
def test_a_paused_collector_comes_back_as_it_was_and_still_frees_what_was_left(enabled):
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with pytest.raises(KeyError), collector_paused():
            assert not gc.isenabled()
            left = weakref.ref(Cycle())
            raise KeyError("una orden que falla")
        assert gc.isenabled() == enabled and gc.get_freeze_count() == 0
        assert left() is not None  # not collected while paused, nor frozen after
        gc.collect()
        assert left() is None
    finally:
        (gc.enable if was else gc.disable)()


def test_a_search_pauses_the_collector_but_an_export_does_not(runner, monkeypatch, tmp_path):
    paused = []
    monkeypatch.setattr(gc, "disable", lambda: paused.append(True))
    runner.invoke(main, ["search", "salud", "--index", str(tmp_path)])
    runner.invoke(main, ["search", "salud", "--index", str(tmp_path), "--format", "csv"])
    assert paused == [True]


# The program as the console script runs it, with an atexit handler that says whether
# Python's own exit ran.
PROGRAM = ("import atexit, sys\nfrom search.cli import main\n"
           "atexit.register(lambda: print('exit handlers ran', file=sys.stderr))\nmain()")


@pytest.mark.parametrize("args, code, quick", [
    (["search", "China"], 0, True),  # a page of results: no teardown, its output all there
    (["search", "China", "--json"], 0, True),
    (["search", "China", "--from", "2020-13"], 1, True),  # an error keeps its exit code
    (["search", "China", "--format", "jsonl"], 0, False),  # an export exits as Python does
    (["search"], 2, False),  # a usage error, before the search began
])
def test_a_page_of_results_ends_without_the_interpreter_teardown(seed_index, args, code, quick):
    done = subprocess.run([sys.executable, "-c", PROGRAM, *args, "--index", str(seed_index)],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == code, done.stderr
    assert ("exit handlers ran" not in done.stderr) == quick
    if code == 0:
        direct = subprocess.run([sys.executable, "-c", "from search.cli import main\n"
                                 f"main({[*args, '--index', str(seed_index)]!r}, standalone_mode=False)"],
                                cwd=ROOT, capture_output=True, text=True, check=True)
        took = re.compile(r"\d+(?:[.,]\d+)* ms|\"took_ms\": [0-9.]+")  # the time a search took
        assert took.sub("", done.stdout) == took.sub("", direct.stdout) and done.stdout.strip()


def test_a_search_loads_none_of_the_modules_only_other_commands_use(seed_index):
    """logging (a rebuilt cache), html (a page's marks), calendar (a month), difflib (doc:),
    importlib.resources and zipfile (word lists are read beside their modules), shutil (removing
    generations), signal (`serve`), the names and roles of speakers (facets, `speakers`); the
    build path (ingest, speakers, storage's writers), the page and `watch` (flask, watchdog), the
    other commands' modules;
    Whoosh's collectors and highlighting (the posting cache answers, snippets.py marks); numpy's linear algebra, ctypes,
    docstrings and textwrap (whoosh_ext/imports.py). Run as the program (its quick exit reports what it
    loaded), and in-process as a caller runs it."""
    unused = ('logging', 'html', 'calendar', 'difflib', 'importlib.resources', 'zipfile', 'shutil',
              'signal', 'search.text.names', 'search.text.roles', 'search.ingest', 'search.speakers',
              'search.storage.build', 'search.storage.update', 'search.storage.watch', 'web', 'flask',
              'werkzeug', 'waitress', 'watchdog', 'numpy.linalg', 'numpy._typing', 'ctypes',
              'search.cli.browsing', 'search.cli.indexing', 'whoosh.sorting', 'whoosh.collectors', 'shlex',
              'whoosh.highlight', 'tokenize', 'gettext', 'textwrap',
              'numpy._core._add_newdocs', 'numpy._core._add_newdocs_scalars')
    report = f"print(sorted(m for m in {unused!r} if m in sys.modules), flush=True)"
    program = ("import os, sys\nfrom search.cli import main\nquit = os._exit\n"
               f"os._exit = lambda code: ({report}, quit(code))\n"
               f"sys.argv = ['hemeroteca', 'search', 'China', '--index', {str(seed_index)!r}]\nmain()")
    done = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.splitlines()[-1] == "[]", done.stderr
    caller = ("import sys\nfrom search.cli import main\ntry:\n"
              f"    main(['search', 'China', '--index', {str(seed_index)!r}])\nexcept SystemExit:\n    pass\n"
              f"{report}")
    done = subprocess.run([sys.executable, "-c", caller], cwd=ROOT, capture_output=True, text=True, check=True)
    # A caller's process may be anyone's: numpy's docstrings are there for its help() (and textwrap, theirs)
    assert done.stdout.splitlines()[-1] == "['numpy._core._add_newdocs', 'numpy._core._add_newdocs_scalars', " \
                                           "'textwrap']"


def test_a_quick_exit_into_a_closed_pipe_is_quiet(seed_index):
    """`hemeroteca search … | head -1`: the reader goes, and the search ends without a traceback."""
    command = f"{shlex.quote(sys.executable)} -c {shlex.quote(PROGRAM)} search China --index " \
              f"{shlex.quote(str(seed_index))} | head -c 1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, capture_output=True, text=True)
    assert "Traceback" not in done.stderr and done.stdout


@pytest.mark.parametrize("args", [["search", "vacuna"], ["show", "a.txt#1"], ["speakers"]])
def test_the_build_hint_quotes_a_path_with_spaces(runner, tmp_path, args):
    index_dir = tmp_path / "Año 2020 áé"
    result = runner.invoke(main, args + ["--index", str(index_dir)])
    assert result.exit_code == 1
    command, said = result.output.strip().split("Constrúyalo con: ")[1].split(" (cambie ")
    assert shlex.split(command) == ["hemeroteca", "index", "[RUTAS]...", "--index", str(index_dir)]
    assert said == "[RUTAS]... por los archivos o directorios de sus documentos)"  # the placeholder said


@pytest.mark.parametrize("query", [[], [""], ["   "]])
def test_a_search_with_nothing_to_search_is_a_usage_error(runner, seed_index, query):
    result = runner.invoke(main, ["search", *query, "--index", str(seed_index)])
    assert result.exit_code == 2
    assert "Error: Escriba una CONSULTA, o un filtro: --speaker, --from, --to o --date." in result.output


def test_a_search_with_a_filter_alone_lists_its_paragraphs(runner, seed_index):
    result = runner.invoke(main, ["search", "--speaker", "Lavrov", "--index", str(seed_index)])
    assert result.exit_code == 0 and "2 resultados" in result.output


@pytest.mark.parametrize("args, code, escaped", [
    # a filter loses its controls as a query does (trial 13): the date is read, the bell goes
    (["search", "China", "--from", "\x1b[2J2020"], 0, "desde «2020»"),
    (["search", "China", "--speaker", "\x07Lavrov"], 0, "orador «Lavrov»"),
    (["show", "nada\x1b[31m#1"], 1, "nada\\x1b[31m#1"),  # a name is looked up as typed: shown escaped
])
def test_control_characters_a_user_typed_are_shown_escaped(runner, seed_index, args, code, escaped):
    result = runner.invoke(main, args + ["--index", str(seed_index)])
    assert result.exit_code == code and escaped in result.output
    assert "\x1b" not in result.output and "\x07" not in result.output


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize("args", [
    ["search", "China"], ["search", "China", "--json"], ["search", "China", "--format", "csv"],
    ["show", "000_0ae4057f2a729d92.txt"], ["speakers"],
])
def test_output_to_a_full_disk_is_one_line_not_a_traceback(seed_index, args):
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-c", "from search.cli import main; main()", *args,
                               "--index", str(seed_index)], cwd=ROOT, stdout=full, stderr=subprocess.PIPE,
                              text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "no se pudo escribir la salida (no queda espacio en el disco)" in done.stderr
