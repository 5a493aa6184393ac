"""The `hemeroteca` command: thin click commands over the search library.

The group and what its commands share live here; the commands are in `indexing`
(building and keeping the index), `searching` (search and export) and `browsing`
(show, similar, speakers, eval), and what they print for a person in `output`.
Each command's module is imported when the command is asked for (COMMAND_MODULES), and
each command imports the library when it runs, so `--help` and `--version` load click
alone (0.1 s), and a search loads neither the build path nor the other commands.
May import anything in search/; click only here.
"""

import atexit
import errno
import gc
import os
import sys
from contextlib import contextmanager
from functools import wraps
from importlib import import_module

import click

from search import __version__, settings
from search.cli import spanish
from search.cli.closed_output import MESSAGE as OUTPUT_CLOSED
from search.cli.closed_output import OutputClosed, guard_closed_output
from search.errors import IndexNotFound, IndexOutdated, SearchError, shown
from search.whoosh_ext.imports import lighten

# numpy's BLAS (OpenBLAS) starts a thread per core as it loads, a sixth of a fresh search's
# CPU time (30 of ~190 ms); nothing here does linear algebra. A user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
spanish.install()  # before any command is declared: click translates help texts as it builds them


def _index_folder(context, parameter, value):
    """Refuse an --index that exists and is no folder (a file, a named pipe) in the words a
    writer uses for it (storage/locking.py), for every command alike."""
    if value and os.path.exists(value) and not os.path.isdir(value):
        kind = "es un archivo" if os.path.isfile(value) else "no es una carpeta"
        raise click.ClickException(f"{shown(value)}: {kind}; el índice va en una carpeta (nueva o vacía, "
                                   "o la de un índice): indíquela con --index")
    return value


INDEX_OPTION = click.option(
    "--index", "index_dir", type=click.Path(), default=None, metavar="CARPETA", callback=_index_folder,
    help=settings.INDEX_DIR.help + " [por defecto: index]",
)
CONTEXT = {"help_option_names": ["-h", "--help"]}
OUTPUT_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})  # the output's disk or quota is full
INTERRUPTED = 130  # the shell's status for a command stopped by SIGINT (128 + 2), as `sort` or `grep` exit
# The commands that write, and their kind of write: stopped by Ctrl-C, they say what it leaves
# behind (search/text/wording.left_behind, the words `watch` and failed writes use too).
LEFT_BEHIND = {"index_command": "build", "update_command": "update"}


def reports_errors(command):
    """Check the environment's settings, then turn library errors into clean messages, and
    Ctrl-C into one line on standard error and exit status 130 (saying, for a command that
    writes, what it leaves behind).

    An unexpected error in a command that reads an index is a damaged index when its
    files say so (search/storage/integrity.py): one line then names the damage and the
    command that repairs it. Any other is a bug, and shows its traceback.
    """
    @wraps(command)
    def wrapper(*args, **kwargs):
        first_build = False
        try:
            settings.check_environment()  # a bad HEMEROTECA_* variable: one line, before any work
            first_build = command.__name__ in LEFT_BEHIND and not _has_index(kwargs)
            return command(*args, **kwargs)
        except SearchError as error:  # control characters a user typed are shown escaped
            if isinstance(error, IndexNotFound) and not isinstance(error, IndexOutdated):
                from search.cli.sources import documents_not_index

                said = documents_not_index(error.index_dir)
                if said:
                    raise click.ClickException(said) from error
            raise click.ClickException(shown(str(error))) from error
        except KeyboardInterrupt:
            from search.text.wording import interrupted  # here: a command that runs imports nothing for it

            click.echo(interrupted(LEFT_BEHIND.get(command.__name__), had_index=not first_build), err=True)
            raise click.exceptions.Exit(INTERRUPTED) from None
        except (click.ClickException, click.Abort, click.exceptions.Exit):
            raise
        except Exception as error:
            if isinstance(error, OutputClosed):  # started with `>&-` (closed_output.py)
                raise click.ClickException(OUTPUT_CLOSED) from None
            if isinstance(error, OSError) and error.errno == errno.EPIPE:
                raise  # the reader of the output went away (`| head`): Program ends quietly
            if isinstance(error, OSError) and error.errno in OUTPUT_FULL:
                # a command that reads writes only its output: `> /dev/full`, a full disk or quota
                from search.text.wording import system_reason

                raise click.ClickException(f"no se pudo escribir la salida ({system_reason(error)}); "
                                           "no se escribió entera.") from None
            if "index_dir" not in kwargs:
                raise
            from search.retrieval.opening import close_files_of, close_leaked_files, index_damage

            close_files_of(error)
            close_leaked_files()
            damage = index_damage(index_dir_of(kwargs["index_dir"]))
            if damage is None:
                raise
            raise click.ClickException(str(damage)) from error
    return wrapper


def _has_index(kwargs):
    """Tell whether the index a writing command names has a generation in service already."""
    from search.storage.generations import live_generation

    return live_generation(index_dir_of(kwargs.get("index_dir"))) is not None


def index_dir_of(value):
    """Return the index directory: the option, else HEMEROTECA_INDEX, else index/."""
    return value or settings.default_index_dir()


@contextmanager
def collector_paused(pause=True):
    """Pause Python's cyclic garbage collector for a short command, then restore it.

    A fresh search allocates numpy's, Whoosh's and its own objects by the hundred thousand,
    and each pass of the collector walks them: about 10 of its 150 ms of CPU. A page of
    results leaves little cyclic garbage. At the end, what was allocated joins the oldest
    generation unexamined (freeze, then unfreeze): re-enabled, the collector would walk it all
    at the next allocation. Cycles among it are found by the next full collection.
    """
    enabled = gc.isenabled()
    if pause:
        Program.quick_exit = True
        gc.disable()
        # At exit the collector walks every object the process made, more than once: 30 of
        # a fresh search's 170 ms of CPU. Only a search, which leaves nothing to clean up in
        # cycles (no file open, no writer), skips it; other commands keep Python's exit.
        atexit.unregister(gc.freeze)  # once, however many searches a process runs
        atexit.register(gc.freeze)
    try:
        yield
    finally:
        if pause:
            gc.freeze()
            gc.unfreeze()
            if enabled:
                gc.enable()


def use_color():
    """Return False when NO_COLOR is set (no-color.org) or the terminal says it has no styles
    (TERM=dumb: Emacs' shell, `script`, a CI log), else None to let click decide by terminal."""
    return False if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb" else None


# Each command's module, which adds it to `main` as it is imported: when the command is asked
# for (or the list of them, for --help), so a search loads neither the index's commands nor
# the browsing ones (0.8 ms of a fresh search's CPU).
COMMAND_MODULES = {
    "search": "searching",
    "index": "indexing", "serve": "indexing", "update": "indexing", "watch": "indexing",
    "optimize": "indexing", "inspect": "indexing",
    "show": "browsing", "similar": "browsing", "speakers": "browsing", "eval": "browsing",
}


class Program(click.Group):
    """The `hemeroteca` group; run as the program, a short command ends without Python's teardown.

    After a page of results, the interpreter's exit (unloading some 400 modules, freeing
    every object one by one) costs about 10 ms of a fresh search's CPU, and nothing in it
    is needed: the index is closed, and only output remains to flush. So a command that
    says so (`collector_paused`) ends with os._exit once stdout and stderr are flushed,
    with the exit code click chose. Only when the program itself runs (click reads
    sys.argv: `args` None); a caller passing arguments, such as CliRunner, gets click's
    SystemExit as ever.
    """

    quick_exit = False
    as_program = False  # run as the program (not by a caller such as CliRunner)

    def main(self, args=None, *rest, **options):
        Program.as_program = args is None
        if args is None:  # no one reads numpy's docstrings here: they needn't load (imports.py)
            lighten(program=True)
            guard_closed_output()
        try:
            try:
                return super().main(args, *rest, **options)
            except OutputClosed:  # --help or --version (a command's own write is reports_errors')
                click.echo(f"Error: {OUTPUT_CLOSED}", err=True)
                raise SystemExit(1) from None
        except SystemExit as done:
            if args is None:
                flush_output()  # before Python's exit, which would report a closed pipe
                if Program.quick_exit and isinstance(done.code, int):
                    os._exit(done.code)  # its output is out: skip the interpreter's teardown
            raise

    def get_command(self, ctx, name):
        if name not in self.commands:  # an unknown name loads them all: click names the closest
            self._load(COMMAND_MODULES.get(name))
        return super().get_command(ctx, name)

    def list_commands(self, ctx):
        self._load()
        return super().list_commands(ctx)

    @staticmethod
    def _load(module=None):
        """Import the module of a command (COMMAND_MODULES), or with None all of them."""
        for name in [module] if module else sorted(set(COMMAND_MODULES.values())):
            import_module(f"search.cli.{name}")

    def add_command(self, command, name=None):
        super().add_command(command, name)
        command.options_metavar = spanish.OPTIONS_METAVAR  # as name_in_spanish does for the first ones

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except OSError as error:  # click would exit with 1 on a closed pipe, as on an error
            if error.errno != errno.EPIPE:
                raise
            output_closed()


def flush_output():
    """Flush stdout and stderr; a closed pipe ends the program as output_closed says."""
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: started with the stream closed (`>&-`)
                stream.flush()
    except BrokenPipeError:
        output_closed()
    except (OSError, ValueError):  # a closed stream, a full disk: Python's own exit reports it
        pass


def output_closed():
    """End quietly, as a Unix tool does when the reader of its output goes away (`| head`).

    `git log | head` dies of SIGPIPE: no message, status 141 (128 + 13) under `set -o
    pipefail`, and so does this program: the signal's default action is restored for this
    one moment (Python ignores it, to raise BrokenPipeError instead), and sent. A caller
    of the group (CliRunner) gets SystemExit(141). Output still buffered goes to
    /dev/null, so that nothing is written, and nothing reported, at exit.
    """
    import signal

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.dup2(null, sys.stderr.fileno())
    except (OSError, ValueError):  # a stream with no descriptor (CliRunner's)
        pass
    if Program.as_program and hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGPIPE)
    raise SystemExit(128 + getattr(signal, "SIGPIPE", 13))


@click.group(cls=Program, context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="hemeroteca")
def main():
    """Hemeroteca: indexa documentos en español por párrafos y busca en ellos.

    Cada orden tiene su ayuda: hemeroteca ORDEN --help.

    \b
    Ejemplo:
        hemeroteca index seeds/
        hemeroteca search "cooperacion antipandemica"
    """


spanish.name_in_spanish(main)
