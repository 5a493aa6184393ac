"""Commands that build and keep the index: index, update, watch, optimize, inspect and serve."""

import json
import os
import sys
from contextlib import contextmanager

import click

from search.cli import INDEX_OPTION, INTERRUPTED, index_dir_of, main, reports_errors
from search.cli.closed_output import status
from search.errors import shown

WAIT_OPTION = click.option(
    "--wait", default=10.0, show_default=True, type=click.FloatRange(0),
    metavar="SEGUNDOS", help="Segundos de espera si otra escritura del mismo índice está en marcha.")


@contextmanager
def terminal_progress():
    """Yield a progress callback drawing on stderr when it is a terminal, else None."""
    if not sys.stderr.isatty():
        yield None
        return
    from search.cli.progress import TerminalProgress

    progress = TerminalProgress(sys.stderr)
    try:
        yield progress
    finally:
        progress.close()


PATHS = click.argument("paths", nargs=-1, type=click.Path(), metavar="[RUTAS]...")
JSON_SUMMARY = click.option("--json", "as_json", is_flag=True,
                            help="Escribe el resumen como un objeto JSON, para scripts (los avisos van dentro).")


@main.command("index", short_help="Construye el índice desde cero con archivos o carpetas.")
@PATHS
@INDEX_OPTION
@WAIT_OPTION
@JSON_SUMMARY
@reports_errors
def index_command(paths, index_dir, wait, as_json):
    """Construye el índice desde cero con RUTAS (archivos o carpetas; sin ellas, las del índice).

    El índice nuevo se construye junto al que está en uso y lo sustituye al final, así
    que las búsquedas siguen funcionando mientras tanto. En una terminal muestra la
    fase en curso y los archivos leídos.

    \b
    Ejemplo:
        hemeroteca index seeds/ --index index/
    """
    from search.cli.sources import source_paths
    from search.storage.build import build_index  # the build path loads only for writers

    paths = source_paths(paths, index_dir_of(index_dir), "index")
    with terminal_progress() as progress:
        summary = build_index(paths, index_dir_of(index_dir), progress=progress, wait=wait)
    print_summary(summary, as_json)


@main.command("serve", short_help="Sirve la página de búsqueda y su API JSON.")
@INDEX_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, metavar="DIRECCIÓN",
              help="Dirección en la que escucha; cualquiera que no sea local queda abierta a la red.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), metavar="N",
              help="Puerto en el que escucha (0: uno libre cualquiera).")
@click.option("--threads", default=24, show_default=True, type=click.IntRange(1, 64), metavar="N",
              help="Hilos que atienden peticiones (cada uno con su buscador); algunos quedan "
                   "siempre libres para las búsquedas baratas mientras las costosas esperan.")
@reports_errors
def serve_command(index_dir, host, port, threads):
    """Sirve la página de búsqueda y su API JSON con waitress.

    Sigue las actualizaciones del índice sin reiniciarse. Se detiene con Ctrl-C.

    \b
    Ejemplo:
        hemeroteca serve --index index/ --port 8000
    """
    from search.query.synonyms import synonyms_for
    from search.text.wording import system_reason
    from web.server import index_problem, is_loopback, make_server, server_url

    try:
        server = make_server(index_dir_of(index_dir), host, port, threads)
    except OSError as error:
        raise click.ClickException(f"no se puede escuchar en {host}:{port}: "
                                   f"{system_reason(error)}") from error
    except ValueError as error:  # waitress's word for a name it can't resolve to an address
        raise click.ClickException(f"no se puede escuchar en «{shown(host)}»: no es una dirección IP "
                                   "ni un nombre que esta máquina resuelva (use 127.0.0.1, 0.0.0.0 "
                                   "o ::1)") from error
    if not is_loopback(host):
        click.echo(f"aviso: escuchando en {host}: cualquiera que llegue a esta máquina "
                   "puede usar la página de búsqueda.", err=True)
    problem = index_problem(server)
    if problem:
        from search.cli.sources import documents_not_index

        problem = documents_not_index(index_dir_of(index_dir)) or problem
        click.echo(f"aviso: {problem}", err=True)
    for problem in synonyms_for(index_dir_of(index_dir)).problems:  # the page names files without their folder
        click.echo(f"aviso: {problem}", err=True)
    # A service manager stops with SIGTERM: stop as on Ctrl-C, so the worker of costly
    # searches is stopped too rather than left running without its server.
    import signal  # here: every command loads this module, and only `serve` needs it

    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:  # the server is closed whatever stops it, its first line's write included
        status(f"Hemeroteca: {server_url(server)}  (Ctrl-C para detenerla)")
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.close()


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def print_summary(summary, as_json=False):
    """Print a build's or an update's warnings and skipped files, then its summary line;
    `as_json`: one JSON object of its fields (`summary` the line; `skipped` [{path, reason}])."""
    import dataclasses

    from search.storage.update import summary_notes

    if as_json:
        fields = dataclasses.asdict(summary)
        fields["skipped"] = [{"path": path, "reason": reason} for path, reason in summary.skipped]
        click.echo(json.dumps({"summary": summary.line(), **fields}, ensure_ascii=False))
        return
    for line in summary_notes(summary):
        click.echo(line, err=True)
    click.echo(summary.line())


@main.command("update", short_help="Pone el índice al día: lo nuevo, lo cambiado, lo borrado.")
@PATHS
@INDEX_OPTION
@WAIT_OPTION
@JSON_SUMMARY
@reports_errors
def update_command(paths, index_dir, wait, as_json):
    """Pone el índice al día con RUTAS: indexa lo nuevo y lo cambiado, quita lo borrado.

    Sin RUTAS, las rutas con las que se construyó y actualizó el índice. Compara los
    archivos con los de la última actualización por tamaño y fechas, y solo calcula el
    hash de los que difieren. Si no hay índice, lo construye.

    \b
    Ejemplo:
        hemeroteca update seeds/ --index index/
    """
    from search.cli.sources import source_paths
    from search.storage.update import update_index

    paths = source_paths(paths, index_dir_of(index_dir), "update")
    with terminal_progress() as progress:
        summary = update_index(paths, index_dir_of(index_dir), wait=wait, progress=progress)
    print_summary(summary, as_json)


@main.command("watch", short_help="Vigila carpetas y actualiza el índice tras cada cambio.")
@PATHS
@INDEX_OPTION
@WAIT_OPTION
@click.option("--debounce", default=0.5, show_default=True, type=click.FloatRange(0), metavar="SEGUNDOS",
              help="Segundos sin cambios antes de actualizar.")
@click.option("--poll", is_flag=True, help="Revisa las carpetas periódicamente en lugar de usar inotify.")
@reports_errors
def watch_command(paths, index_dir, wait, debounce, poll):
    """Vigila RUTAS (sin ellas, las del índice) y lo actualiza tras cada tanda de cambios, hasta Ctrl-C.

    \b
    Ejemplo:
        hemeroteca watch seeds/ --index index/
    """
    from datetime import datetime

    from search.cli.sources import source_paths
    from search.storage.watch import UpdateInterrupted, watch  # watchdog loads only for this command

    def log(line):
        status(f"[{datetime.now():%H:%M:%S}] {line}")

    paths = source_paths(paths, index_dir_of(index_dir), "watch")
    status(f"Vigilando {', '.join(map(str, paths))}; Ctrl-C para terminar.")
    try:
        watch(paths, index_dir_of(index_dir), debounce=debounce, polling=poll, log=log,
              wait=wait)
    except UpdateInterrupted:  # the update it cut short left the index behind its files: 130, as `update`
        status("Vigilancia terminada.")
        raise click.exceptions.Exit(INTERRUPTED) from None
    except KeyboardInterrupt:  # Ctrl-C is how a watch ends when idle: its work is done, 0 (as `ping`)
        status("Vigilancia terminada.")


@main.command("optimize", short_help="Une el índice en un solo segmento.")
@INDEX_OPTION
@WAIT_OPTION
@reports_errors
def optimize_command(index_dir, wait):
    """Une el índice en un solo segmento, para las búsquedas más rápidas tras muchas actualizaciones.

    \b
    Ejemplo:
        hemeroteca optimize --index index/
    """
    import time

    from search.storage.update import optimize_index
    from search.text.wording import plural, seconds

    started = time.perf_counter()
    before, after = optimize_index(index_dir_of(index_dir), wait=wait)
    click.echo(f"Índice unido: {plural(before, 'segmento')} antes, {plural(after, 'segmento')} "
               f"ahora; {seconds(time.perf_counter() - started)}.")


@main.command("inspect", short_help="Muestra lo que la indexación sacaría de archivos, sin índice.")
@click.argument("paths", nargs=-1, required=True, type=click.Path(), metavar="RUTAS...")
@click.option("--json", "as_json", is_flag=True, help="Escribe un objeto JSON por párrafo.")
@reports_errors
def inspect_command(paths, as_json):
    """Muestra los párrafos que la indexación sacaría de RUTAS, sin índice.

    Termina con el código 2 si falta alguna de RUTAS, y con el 1 si no hay ningún párrafo.

    \b
    Ejemplo:
        hemeroteca inspect seeds/000_0ae4057f2a729d92.txt --json
    """
    from search.cli.output import print_record
    from search.errors import UnreadableFile
    from search.ingest.files import find_files
    from search.ingest.formats import iter_path
    from search.ingest.paragraphs import document_records

    missing = [path for path in paths if not os.path.lexists(path)]
    for path in missing:
        click.echo(f"Error: {shown(path)}: no existe ese archivo ni esa carpeta", err=True)
    printed = 0

    def unlisted(folder, reason):
        click.echo(f"omitido: {shown(str(folder))}: {reason}", err=True)

    for file, root in find_files([path for path in paths if path not in missing], unlisted):
        try:  # a feed of any size, a document at a time
            for document in iter_path(file, root, warn=lambda m: click.echo(f"aviso: {shown(m)}", err=True)):
                for record in document_records(document)[1]:
                    printed += 1
                    if as_json:
                        click.echo(json.dumps(record.to_json(), ensure_ascii=False))
                    else:
                        print_record(record)
        except UnreadableFile as error:
            click.echo(f"omitido: {shown(str(error))}", err=True)
    if missing or not printed:  # what was asked for is not there: a script must know
        if not printed and not missing:
            click.echo(f"Error: ningún párrafo que mostrar en {' '.join(paths)}", err=True)
        raise click.exceptions.Exit(2 if missing else 1)  # a missing path: a usage error, as for index
