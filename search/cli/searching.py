"""Commands that read the index: search, show, similar, speakers, inspect and eval."""

import json

import click

from search import evaluation, settings
from search.browse import context, similar
from search.cli import INDEX_OPTION, index_dir_of, main, reports_errors, use_color
from search.documents import find_files, read_path
from search.errors import UnreadableFile
from search.indexer import open_index
from search.query import rank_ids, weighting
from search.query import search as run_search
from search.records import document_records


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
    """List the people who speak, then the roles and generic labels, with paragraphs and dates.

    \b
    Example:
        hemeroteca speakers --json
    """
    with open_index(index_dir_of(index_dir)) as index:
        table = index.store.speaker_table()
    if as_json:
        click.echo(json.dumps([{"speaker": name, "paragraphs": count, "first": first, "last": last,
                                "kind": "person" if person else "role"}
                               for name, count, first, last, person in table], ensure_ascii=False))
        return
    if not table:
        click.echo("El índice no tiene oradores.")
    for index, (name, count, first, last, person) in enumerate(table):
        if not person and (index == 0 or table[index - 1][4]):
            click.echo("Roles y etiquetas genéricas:")
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
