"""The `hemeroteca` command: thin click commands over the search library."""

import json
import os
import sys
from functools import wraps

import click

from search import evaluation, settings
from search.documents import find_files
from search.errors import SearchError
from search.indexer import build_index, open_index
from search.query import rank_ids, weighting
from search.query import search as run_search

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
    if not results.hits:
        click.echo(f"Sin resultados para «{results.query}».")
        return
    click.echo(f"{results.total} resultados para «{results.query}»")
    for rank, hit in enumerate(results.hits, 1):
        details = [f"{hit.doc}#{hit.paragraph}"]
        if hit.date:
            details.append(hit.date)
        if hit.speakers:
            details.append(", ".join(hit.speakers))
        click.echo()
        click.secho(f"{rank:>2}. ", nl=False, color=use_color(), bold=True)
        click.echo(f"[{hit.score:.3f}] " + " · ".join(details))
        click.echo("    " + styled_snippet(hit.snippet, hit.highlights), color=use_color())


def styled_snippet(snippet, highlights):
    """Return the snippet with matches in bold (click drops the style on a pipe)."""
    out, last = [], 0
    for begin, end in highlights:
        out.append(snippet[last:begin] + click.style(snippet[begin:end], bold=True))
        last = end
    return "".join(out) + snippet[last:]


@main.command("search")
@click.argument("query")
@INDEX_OPTION
@click.option("--limit", default=settings.DEFAULT_LIMIT, show_default=True,
              type=click.IntRange(1, 1000), help="Results per page.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@reports_errors
def search_command(query, index_dir, limit, as_json):
    """Search the index for QUERY; every word must match, else any word.

    \b
    Example:
        hemeroteca search "cooperacion antipandemica" --limit 5
    """
    with open_index(index_dir_of(index_dir), weighting()) as index:
        results = run_search(index, query, limit=limit)
    if as_json:
        click.echo(json.dumps(results.to_json(), ensure_ascii=False))
    else:
        print_results(results)


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
