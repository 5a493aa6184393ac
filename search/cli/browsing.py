"""Commands that read the index by paragraph and document: show, similar, speakers and eval."""

import json

import click

from search import settings
from search.cli import INDEX_OPTION, index_dir_of, main, reports_errors
from search.cli.typed_text import document_name


@main.command("show", short_help="Muestra un párrafo, o un documento entero.")
@click.argument("target", metavar="ID_O_DOCUMENTO", callback=document_name)
@INDEX_OPTION
@click.option("--context", "around", default=0, show_default=True, type=click.IntRange(0, 50),
              metavar="N",
              help="Párrafos vecinos que se muestran a cada lado de un párrafo.")
@click.option("--json", "as_json", is_flag=True, help="Escribe un objeto JSON por párrafo.")
@reports_errors
def show_command(target, index_dir, around, as_json):
    """Muestra un párrafo (documento#N o un id de jsonl), o un documento entero.

    Un párrafo se muestra bajo el título de su documento. Un documento se muestra con sus
    párrafos numerados y quién habla en cada uno.

    \b
    Ejemplo:
        hemeroteca show 000_0ae4057f2a729d92.txt#5 --context 1
        hemeroteca show 000_0ae4057f2a729d92.txt
    """
    from search.cli.output import print_document, print_record, print_title
    from search.retrieval.browse import paragraph_or_document
    from search.retrieval.reader import open_index

    with open_index(index_dir_of(index_dir)) as index:
        records, whole = paragraph_or_document(index, target, around)
    if as_json:
        for record in records:
            click.echo(json.dumps(record.to_json(), ensure_ascii=False))
    elif whole:
        print_document(records)
    else:
        print_title(records)
        for record in records:  # a jsonl record is asked for by its id or by its place
            print_record(record, marked=target in (record.id, f"{record.doc}#{record.paragraph}"))


@main.command("similar", short_help="Lista los párrafos que más se parecen a uno.")
@click.argument("record_id", metavar="ID", callback=document_name)
@INDEX_OPTION
@click.option("--limit", default=settings.DEFAULT_LIMIT, show_default=True,
              type=click.IntRange(1, settings.MAX_LIMIT), metavar="N", help="Cuántos párrafos.")
@click.option("--json", "as_json", is_flag=True, help="Escribe JSON en lugar de texto.")
@reports_errors
def similar_command(record_id, index_dir, limit, as_json):
    """Lista los párrafos que más se parecen al párrafo ID (documento#N), por su tema.

    \b
    Ejemplo:
        hemeroteca similar 000_0ae4057f2a729d92.txt#2 --limit 3
    """
    from search.retrieval.reader import open_index
    from search.retrieval.similar import similar

    with open_index(index_dir_of(index_dir)) as index:
        results = similar(index, record_id, limit)
    if as_json:
        click.echo(json.dumps(results.to_json(), ensure_ascii=False))
    else:
        from search.cli.output import print_results

        print_results(results)


@main.command("speakers", short_help="Lista las personas que hablan, y los roles.")
@INDEX_OPTION
@click.option("--all-copies", "--todas-las-copias", "every_copy", is_flag=True,
              help="Cuenta los párrafos de cada copia idéntica de un documento (sin esta opción, una vez, "
                   "como una búsqueda).")
@click.option("--json", "as_json", is_flag=True, help="Escribe JSON en lugar de una tabla.")
@reports_errors
def speakers_command(index_dir, every_copy, as_json):
    """Lista las personas que hablan y, aparte, los roles y etiquetas genéricas, con párrafos y fechas.

    \b
    Ejemplo:
        hemeroteca speakers --json
    """
    from search.retrieval.browse import speaker_table
    from search.retrieval.reader import open_index
    from search.text.untrusted import without_controls
    from search.text.wording import number

    with open_index(index_dir_of(index_dir)) as index:
        table = speaker_table(index, every_copy)
    if as_json:
        click.echo(json.dumps([{"speaker": name, "paragraphs": count, "first": first, "last": last,
                                "kind": "person" if person else "role"}
                               for name, count, first, last, person in table], ensure_ascii=False))
        return
    if not table:
        click.echo("El índice no tiene oradores.")
    for position, (name, count, first, last, person) in enumerate(table):
        if not person and (position == 0 or table[position - 1][4]):
            click.echo("Roles y etiquetas genéricas:")
        span = (first if first == last else f"{first} – {last}") if first else "sin fecha"
        click.echo(f"{number(count):>7}  {without_controls(name)}  ({span})")  # an old index may hold them


@main.command("eval", short_help="Mide la ordenación con preguntas: Recall@1/5/10 y MRR@10.")
@click.argument("queries", type=click.Path(dir_okay=False), metavar="PREGUNTAS")
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Escribe JSON en lugar de una tabla.")
@reports_errors
def eval_command(queries, index_dir, as_json):
    """Mide la ordenación con las PREGUNTAS de un .jsonl: Recall@1, @5, @10 y MRR@10.

    Cada línea es {"qid", "question", "relevant": [ids de párrafos]}; las preguntas se
    buscan con cualquiera de sus palabras.

    \b
    Ejemplo:
        hemeroteca index seeds/ --index index/
        hemeroteca eval bench/seed_queries.jsonl --index index/
    """
    from search.retrieval import evaluation
    from search.retrieval.reader import open_index
    from search.retrieval.searching import rank_ids

    questions, problems = evaluation.read_queries(queries)
    for problem in problems:
        click.echo(f"aviso: {problem}", err=True)
    with open_index(index_dir_of(index_dir)) as index:
        def exists(record_id):
            place = index.store.locate(record_id)
            return place is not None and index.store.record(*place) is not None

        for problem in evaluation.gold_problems(questions, exists):
            click.echo(f"aviso: {problem}", err=True)
        scores = evaluation.evaluate(questions, lambda text, limit: rank_ids(index, text, limit))
    if as_json:
        click.echo(json.dumps(scores))
        return
    names = {"queries": "preguntas"}
    for name, value in scores.items():
        shown = value if name == "queries" else f"{value:.4f}".replace(".", ",")
        click.echo(f"{names.get(name, name):<10} {shown}")
