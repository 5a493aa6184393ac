"""Commands that build and keep the index: index, update, watch, optimize, inspect and serve."""

import json
import os
import sys

import click

from search import settings
from search.cli import INDEX_OPTION, index_dir_of, main, reports_errors

WAIT_OPTION = click.option(
    "--wait", default=10.0, show_default=True, type=click.FloatRange(0),
    help="Seconds to wait for another writer of the same index to finish.")


@main.command("index")
@click.argument("paths", nargs=-1, type=click.Path())
@INDEX_OPTION
@WAIT_OPTION
@reports_errors
def index_command(paths, index_dir, wait):
    """Build the index from scratch from PATHS (files or folders; default seeds/).

    The new index is built beside the live one and switched in at the end, so
    searches keep working during the build.

    \b
    Example:
        hemeroteca index seeds/ --index index/
    """
    from search.ingest.files import find_files  # the build path loads only for writers
    from search.storage.build import build_index

    paths = existing_paths(paths)
    index_dir = index_dir_of(index_dir)
    progress = None
    if sys.stderr.isatty():
        bar = click.progressbar(length=sum(1 for _ in find_files(paths)), label="Indexando",
                                file=sys.stderr)
        def progress(_file):
            bar.update(1)
    summary = build_index(paths, index_dir, progress=progress, wait=wait)
    if progress:
        bar.render_finish()
    print_summary(summary)


@main.command("serve")
@INDEX_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback is open to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--threads", default=24, show_default=True, type=click.IntRange(1, 64),
              help="Worker threads (each keeps its own searcher); a few always stay free "
                   "for cheap searches while costly ones wait their turn.")
@reports_errors
def serve_command(index_dir, host, port, threads):
    """Serve the search page and its JSON API with waitress.

    It picks up index updates without a restart. Stop it with Ctrl-C.

    \b
    Example:
        hemeroteca serve --index index/ --port 8000
    """
    from web.server import index_problem, is_loopback, make_server, server_url

    if not is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach this machine "
                   "can use the search page.", err=True)
    try:
        server = make_server(index_dir_of(index_dir), host, port, threads)
    except OSError as error:
        raise click.ClickException(f"can't listen on {host}:{port}: {error.strerror}") from error
    problem = index_problem(server)
    if problem:
        click.echo(f"warning: {problem}", err=True)
    click.echo(f"Hemeroteca: {server_url(server)}  (Ctrl-C to stop)")
    try:
        server.run()
    finally:
        server.close()


def existing_paths(paths):
    """Return PATHS, or the default source folder; refuse paths that don't exist."""
    paths = paths or (settings.SOURCE_DIR.value(),)
    for path in paths:
        if not os.path.exists(path):
            raise click.BadParameter(f"{path}: no such file or folder", param_hint="PATHS")
    return paths


def print_summary(summary):
    """Print a build's or an update's warnings and skipped files, then its summary line."""
    for message in summary.warnings:
        click.echo(f"warning: {message}", err=True)
    for path, reason in summary.skipped:
        click.echo(f"skipped: {path}: {reason}", err=True)
    click.echo(summary.line())


@main.command("update")
@click.argument("paths", nargs=-1, type=click.Path())
@INDEX_OPTION
@WAIT_OPTION
@reports_errors
def update_command(paths, index_dir, wait):
    """Bring the index in line with PATHS: index new and changed files, drop deleted ones.

    Files are compared with the manifest of the last update by size and time, and
    hashed only when those differ. Builds the index if there is none.

    \b
    Example:
        hemeroteca update seeds/ --index index/
    """
    from search.storage.update import update_index

    print_summary(update_index(existing_paths(paths), index_dir_of(index_dir), wait=wait))


@main.command("watch")
@click.argument("paths", nargs=-1, type=click.Path())
@INDEX_OPTION
@WAIT_OPTION
@click.option("--debounce", default=0.5, show_default=True, type=click.FloatRange(0),
              help="Seconds without changes before an update runs.")
@click.option("--poll", is_flag=True, help="Poll the folders instead of using inotify.")
@reports_errors
def watch_command(paths, index_dir, wait, debounce, poll):
    """Watch PATHS and update the index after each burst of changes, until Ctrl-C.

    \b
    Example:
        hemeroteca watch seeds/ --index index/
    """
    from datetime import datetime

    from search.storage.watch import watch  # watchdog loads only for this command

    def log(line):
        click.echo(f"[{datetime.now():%H:%M:%S}] {line}")

    paths = existing_paths(paths)
    click.echo(f"Watching {', '.join(map(str, paths))}; Ctrl-C stops.")
    try:
        watch(paths, index_dir_of(index_dir), debounce=debounce, polling=poll, log=log,
              wait=wait)
    except KeyboardInterrupt:
        click.echo("Stopped watching.")


@main.command("optimize")
@INDEX_OPTION
@WAIT_OPTION
@reports_errors
def optimize_command(index_dir, wait):
    """Merge the index into one segment, for the fastest searches after many updates.

    \b
    Example:
        hemeroteca optimize --index index/
    """
    import time

    from search.storage.update import optimize_index

    started = time.perf_counter()
    before, after = optimize_index(index_dir_of(index_dir), wait=wait)
    click.echo(f"Merged {before} segments into {after}; {time.perf_counter() - started:.2f} s.")


@main.command("inspect")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per record.")
@reports_errors
def inspect_command(paths, as_json):
    """Print the records that indexing would make from PATHS, without an index.

    \b
    Example:
        hemeroteca inspect seeds/000_0ae4057f2a729d92.txt --json
    """
    from search.cli.searching import print_record
    from search.errors import UnreadableFile
    from search.ingest.files import find_files
    from search.ingest.formats import read_path
    from search.ingest.paragraphs import document_records

    for file, root in find_files(paths):
        try:
            documents = read_path(file, root, warn=lambda m: click.echo(f"warning: {m}", err=True))
        except UnreadableFile as error:
            click.echo(f"skipped: {error}", err=True)
            continue
        for document in documents:
            for record in document_records(document)[1]:
                if as_json:
                    click.echo(json.dumps(record.to_json(), ensure_ascii=False))
                else:
                    print_record(record)
