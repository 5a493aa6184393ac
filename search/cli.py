"""The `hemeroteca` command: thin click commands over the search library."""

import json
import os
import sys
from functools import wraps

import click

from search import evaluation, settings
from search.documents import find_files, read_path
from search.errors import SearchError, UnreadableFile
from search.indexer import build_index, open_index
from search.browse import context, similar
from search.query import rank_ids, weighting
from search.query import search as run_search
from search.records import document_records

INDEX_OPTION = click.option(
    "--index", "index_dir", type=click.Path(file_okay=False), default=None,
    help=settings.INDEX_DIR.help + " [default: index]",
)


def reports_errors(command):
    """Turn library errors into clean messages, and Ctrl-C into a quiet exit."""
    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except SearchError as error:
            raise click.ClickException(str(error)) from error
        except KeyboardInterrupt:
            raise click.Abort() from None
    return wrapper


def index_dir_of(value):
    """Return the index directory: the option, else HEMEROTECA_INDEX, else index/."""
    return value or settings.default_index_dir()


def use_color():
    """Return False when NO_COLOR is set, else None to let click decide by terminal."""
    return False if os.environ.get("NO_COLOR") else None


@click.group()
@click.version_option(package_name="hemeroteca")
def main():
    """Hemeroteca: index Spanish documents by paragraph and search them.

    \b
    Example:
        hemeroteca index seeds/
        hemeroteca search "cooperacion antipandemica"
    """


@main.command("index")
@click.argument("paths", nargs=-1, type=click.Path())
@INDEX_OPTION
@reports_errors
def index_command(paths, index_dir):
    """Build the index from scratch from PATHS (files or folders; default seeds/).

    The new index is built beside the live one and switched in at the end, so
    searches keep working during the build.

    \b
    Example:
        hemeroteca index seeds/ --index index/
    """
    paths = paths or (settings.SOURCE_DIR.value(),)
    for path in paths:
        if not os.path.exists(path):
            raise click.BadParameter(f"{path}: no such file or folder", param_hint="PATHS")
    index_dir = index_dir_of(index_dir)
    progress = None
    if sys.stderr.isatty():
        bar = click.progressbar(length=sum(1 for _ in find_files(paths)), label="Indexando",
                                file=sys.stderr)
        def progress(_file):
            bar.update(1)
    summary = build_index(paths, index_dir, progress=progress)
    if progress:
        bar.render_finish()
    for message in summary.warnings:
        click.echo(f"warning: {message}", err=True)
    for path, reason in summary.skipped:
        click.echo(f"skipped: {path}: {reason}", err=True)
    click.echo(
        f"Indexed {summary.documents} documents, {summary.paragraphs} paragraphs "
        f"into {summary.index_dir}; skipped {len(summary.skipped)} files; "
        f"{summary.seconds:.2f} s."
    )


def print_results(results):
    """Print ranked results for a person, with matched words in bold."""
    for message in results.messages:
        click.secho(message, fg="yellow", color=use_color(), err=False)
    if results.suggestion:
        click.secho(f"Quizás quiso decir: {results.suggestion}", bold=True, color=use_color())
    if not results.hits:
        click.echo(f"Sin resultados para «{results.query}».")
    else:
        first = (results.page - 1) * results.limit
        click.echo(f"{results.total} resultados para «{results.query}» "
                   f"({first + 1}–{first + len(results.hits)}, {results.took_ms:.0f} ms)")
    for rank, hit in enumerate(results.hits, first + 1 if results.hits else 1):
        click.echo()
        click.secho(f"{rank:>2}. ", nl=False, color=use_color(), bold=True)
        click.echo(f"[{hit.score:.3f}] " + " · ".join(hit_details(hit)))
        click.echo("    " + styled_snippet(hit.snippet, hit.highlights), color=use_color())
    if results.facets:
        print_facets(results.facets)


def hit_details(hit):
    """Return the parts of a hit's heading: doc#paragraph, date, speakers."""
    details = [f"{hit.doc}#{hit.paragraph}"]
    if hit.date:
        details.append(hit.date)
    if hit.speakers:
        details.append(", ".join(hit.speakers))
    return details


def print_facets(facets):
    """Print speaker and year counts (and months, within a single year)."""
    click.echo()
    if facets["speakers"]:
        click.echo("Oradores: " + "; ".join(f"{f['name']} ({f['count']})"
                                            for f in facets["speakers"][:15]))
    if facets["years"]:
        click.echo("Años: " + "; ".join(f"{f['year']} ({f['count']})" for f in facets["years"]))
    if len(facets["years"]) == 1:
        click.echo("Meses: " + "; ".join(f"{f['month']} ({f['count']})"
                                         for f in facets["months"]))


def styled_snippet(snippet, highlights):
    """Return the snippet with matches in bold (click drops the style on a pipe)."""
    out, last = [], 0
    for begin, end in highlights:
        out.append(snippet[last:begin] + click.style(snippet[begin:end], bold=True))
        last = end
    return "".join(out) + snippet[last:]


@main.command("search")
@click.argument("query", default="")
@INDEX_OPTION
@click.option("--limit", default=settings.DEFAULT_LIMIT, show_default=True,
              type=click.IntRange(1, 100), help="Results per page.")
@click.option("--page", default=1, show_default=True, type=click.IntRange(1, None),
              help="Page of results.")
@click.option("--sort", type=click.Choice(["relevance", "date", "-date"]), default="relevance",
              show_default=True, help="Order: relevance, date (oldest first) or -date.")
@click.option("--speaker", default=None, help="Only paragraphs where this person speaks.")
@click.option("--from", "date_from", default=None, help="From this date (2020, 2020-03, …).")
@click.option("--to", "date_to", default=None, help="Up to this date, inclusive.")
@click.option("--facets", is_flag=True, help="Also count results by speaker, year and month.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@reports_errors
def search_command(query, index_dir, limit, page, sort, speaker, date_from, date_to, facets,
                   as_json):
    """Search the index for QUERY; every word must match, else any word.

    QUERY takes "phrases", Y/AND, O/OR, NO/NOT, -word, (groups), prefix*, fuzzy~ and
    the fields titulo:, texto:, orador:, fecha: and doc: (or title:, text:,
    speaker:, date:).

    \b
    Example:
        hemeroteca search "cooperacion antipandemica" --limit 5
        hemeroteca search "orador:Lavrov fecha:2020-12" --facets
        hemeroteca search "vacunas" --speaker "López-Gatell" --from 2020-06 --sort -date
    """
    with open_index(index_dir_of(index_dir), weighting()) as index:
        results = run_search(index, query, limit=limit, page=page, sort=sort, speaker=speaker,
                             date_from=date_from, date_to=date_to, facets=facets)
    if as_json:
        click.echo(json.dumps(results.to_json(), ensure_ascii=False))
    else:
        print_results(results)


def print_record(record, marked=False):
    """Print one paragraph record with its heading."""
    heading = [f"{record.doc}#{record.paragraph}"]
    if record.date:
        heading.append(record.date.isoformat())
    if record.speakers:
        heading.append(", ".join(record.speakers))
    click.secho(("» " if marked else "  ") + " · ".join(heading), bold=marked,
                color=use_color())
    click.echo("  " + record.text)
    click.echo()


def record_json(record):
    """Return a record as a JSON-ready dict."""
    return {"id": record.id, "doc": record.doc, "paragraph": record.paragraph,
            "title": record.title, "date": record.date.isoformat() if record.date else None,
            "speakers": record.speakers, "text": record.text}


@main.command("show")
@click.argument("record_id")
@INDEX_OPTION
@click.option("--context", "around", default=0, show_default=True, type=click.IntRange(0, 50),
              help="Paragraphs to show on each side.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON lines instead of text.")
@reports_errors
def show_command(record_id, index_dir, around, as_json):
    """Print the paragraph RECORD_ID (doc#N or a jsonl id), with its neighbours.

    \b
    Example:
        hemeroteca show 000_0ae4057f2a729d92.txt#5 --context 1
    """
    with open_index(index_dir_of(index_dir)) as index:
        records = context(index, record_id, around)
    for record in records:
        if as_json:
            click.echo(json.dumps(record_json(record), ensure_ascii=False))
        else:
            print_record(record, marked=record.id == record_id)


@main.command("similar")
@click.argument("record_id")
@INDEX_OPTION
@click.option("--limit", default=settings.DEFAULT_LIMIT, show_default=True,
              type=click.IntRange(1, 100), help="How many paragraphs.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@reports_errors
def similar_command(record_id, index_dir, limit, as_json):
    """List the paragraphs most like the paragraph RECORD_ID.

    \b
    Example:
        hemeroteca similar 000_0ae4057f2a729d92.txt#2 --limit 3
    """
    with open_index(index_dir_of(index_dir), weighting()) as index:
        results = similar(index, record_id, limit)
    if as_json:
        click.echo(json.dumps(results.to_json(), ensure_ascii=False))
    else:
        print_results(results)


@main.command("speakers")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@reports_errors
def speakers_command(index_dir, as_json):
    """List the speakers with their paragraph counts and first and last dates.

    \b
    Example:
        hemeroteca speakers --json
    """
    with open_index(index_dir_of(index_dir)) as index:
        table = index.store.speaker_table()
    if as_json:
        click.echo(json.dumps([{"speaker": name, "paragraphs": count, "first": first,
                                "last": last} for name, count, first, last in table],
                              ensure_ascii=False))
        return
    for name, count, first, last in table:
        span = f"{first} – {last}" if first else "sin fecha"
        click.echo(f"{count:>7}  {name}  ({span})")


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
    for file, root in find_files(paths):
        try:
            documents = read_path(file, root, warn=lambda m: click.echo(f"warning: {m}", err=True))
        except UnreadableFile as error:
            click.echo(f"skipped: {error}", err=True)
            continue
        for document in documents:
            for record in document_records(document)[1]:
                if as_json:
                    click.echo(json.dumps(record_json(record), ensure_ascii=False))
                else:
                    print_record(record)


@main.command("eval")
@click.argument("queries", type=click.Path(dir_okay=False))
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@reports_errors
def eval_command(queries, index_dir, as_json):
    """Measure ranking on QUERIES.jsonl: Recall@1, @5, @10 and MRR@10.

    Each line is {"qid", "question", "relevant": [record ids]}; questions are
    ranked with any-word matching.

    \b
    Example:
        hemeroteca eval ../shared/data/xquad_es/queries.jsonl --index /tmp/xquad
    """
    questions, problems = evaluation.read_queries(queries)
    for problem in problems:
        click.echo(f"warning: {problem}", err=True)
    with open_index(index_dir_of(index_dir), weighting()) as index:
        scores = evaluation.evaluate(questions, lambda text, limit: rank_ids(index, text, limit))
    if as_json:
        click.echo(json.dumps(scores))
        return
    for name, value in scores.items():
        click.echo(f"{name:<10} {value if name == 'queries' else f'{value:.4f}'}")


@main.command("serve")
@INDEX_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback is open to the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Worker threads (each keeps its own searcher).")
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


WAIT_OPTION = click.option(
    "--wait", default=10.0, show_default=True, type=click.FloatRange(0),
    help="Seconds to wait for another update of the same index to finish.")


def existing_paths(paths):
    """Return PATHS, or the default source folder; refuse paths that don't exist."""
    paths = paths or (settings.SOURCE_DIR.value(),)
    for path in paths:
        if not os.path.exists(path):
            raise click.BadParameter(f"{path}: no such file or folder", param_hint="PATHS")
    return paths


def print_update(summary):
    """Print an update's warnings and skipped files, then its summary line."""
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
    from search.updater import update_index  # here, like the other writers' imports below

    print_update(update_index(existing_paths(paths), index_dir_of(index_dir), wait=wait))


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

    from search.watching import watch  # watchdog loads only for this command

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

    from search.updater import optimize_index

    started = time.perf_counter()
    before, after = optimize_index(index_dir_of(index_dir), wait=wait)
    click.echo(f"Merged {before} segments into {after}; {time.perf_counter() - started:.2f} s.")
