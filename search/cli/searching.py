"""The search command: a page of results for a person, or every hit exported for a program."""

import json
import sys

import click

from search import settings
from search.cli import INDEX_OPTION, collector_paused, index_dir_of, main, reports_errors
from search.cli.typed_text import utf8_text
from search.errors import shell_quoted

EXPORT_FORMATS = ("csv", "jsonl", "json")
DASH_HINT = ("Si la consulta empieza por «-», escriba -- antes de ella (después de las "
             "opciones): hemeroteca search -- {query}")


class QueryCommand(click.Command):
    """The search command, whose query may start with `-` (an exclusion) after `--`.

    Without `--`, click reads `-vacuna` as options (`-v`…); its error then says how to
    write the query, as `grep -- -x` is written.
    """

    def parse_args(self, ctx, args):
        typed_args = list(args)  # click's parser consumes the list it is given
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            typed = next((arg for arg in typed_args if arg.startswith("-") and not arg.startswith("--")
                          and arg.startswith(error.option_name)), None)
            if typed is None:
                raise
            error.message = f"{error.message} {DASH_HINT.format(query=shell_quoted(typed))}"
            raise


@main.command("search", cls=QueryCommand, short_help="Busca en el índice (palabras, frases, filtros).")
# Several words are one query, as `apt search`, `gh search` and `ddgr` read them: the
# README's `hemeroteca search -- -vacuna salud` and a careless `search vacuna covid` work.
@click.argument("words", nargs=-1, metavar="[CONSULTA]...", callback=utf8_text)
@INDEX_OPTION
@click.option("--limit", default=settings.DEFAULT_LIMIT, show_default=True,
              type=click.IntRange(1, settings.MAX_LIMIT), metavar="N", help="Resultados por página.")
@click.option("--page", default=1, show_default=True, type=click.IntRange(1, settings.MAX_PAGE),
              metavar="N", help="Página de resultados.")
@click.option("--sort", type=click.Choice([*settings.SPANISH_SORTS, *settings.SORTS]), default="relevancia",
              show_default=True, callback=lambda context, parameter, value: settings.sort_name(value),
              help="Orden: relevancia, -fecha (más recientes primero) o fecha (más antiguos); "
                   "también en inglés: relevance, -date, date.")
@click.option("--speaker", multiple=True, metavar="NOMBRE", callback=utf8_text,
              help="Solo párrafos en los que habla esta persona; repetida, cualquiera de ellas "
                   "(--speaker Lavrov --speaker Zajárova).")
@click.option("--from", "date_from", default=None, metavar="FECHA", callback=utf8_text,
              help="Desde esta fecha (2020, 2020-03, …); «sin fecha»: solo los párrafos sin fecha.")
@click.option("--to", "date_to", default=None, metavar="FECHA", callback=utf8_text, help="Hasta esta fecha, incluida.")
@click.option("--date", "--fecha", "dates", multiple=True, metavar="PERIODO", callback=utf8_text,
              help="Solo párrafos de este periodo (2020, 2020-03, 2020-03-15, 2020-01..2020-06 o «sin "
                   "fecha»); repetida, de cualquiera de ellos (--date 2020 --date 2021).")
@click.option("--facets", is_flag=True, help="Cuenta también los resultados por orador, año y mes.")
@click.option("--synonyms", "synonyms_file", default=None, metavar="ARCHIVO",
              help="Busca también los sinónimos de este archivo (formato de Solr: «a, b, c» o "
                   "«a => b»), además de la lista incluida y del sinonimos.txt del índice.")
@click.option("--no-synonyms", "--sin-sinonimos", "no_synonyms", is_flag=True,
              help="Busca solo las palabras escritas (sin esta opción, cubrebocas busca también "
                   "tapabocas y mascarilla).")
@click.option("--all-copies", "--todas-las-copias", "every_copy", is_flag=True,
              help="Muestra y cuenta cada copia idéntica de un documento (sin esta opción, una "
                   "vez: la de nombre primero, con «también en:» las demás).")
@click.option("--json", "as_json", is_flag=True, help="Escribe la página en JSON.")
@click.option("--format", "form", type=click.Choice(EXPORT_FORMATS), default=None,
              help="Exporta todos los resultados, no una página: csv (para hojas de cálculo: "
                   "UTF-8 con BOM y «;»), jsonl (uno por línea) o json. --limit y --page no "
                   "se aplican.")
@reports_errors
def search_command(words, index_dir, limit, page, sort, speaker, date_from, date_to, dates, facets,
                   synonyms_file, no_synonyms, every_copy, as_json, form):
    """Busca CONSULTA en el índice: primero con todas las palabras, si no con errores de
    escritura, si no con alguna. Sus palabras pueden ir entre comillas o sueltas:
    hemeroteca search relaciones China Rusia.

    CONSULTA admite "frases" y "palabras" tal cual (no sus otras formas: "vacunó" no
    encuentra vacunas; =vacunó es "vacunó"), "frase"~N (con hasta N palabras entre medias), Y/AND/&&,
    O/OR/||/|, NO/NOT/-palabra/!palabra, (grupos), prefijo*, comodines (sal?d, *ción),
    palabra~ o palabra~2 (con errores), palabra^N (pesa N veces más) y los campos
    titulo: (también los títulos hechos para las transcripciones), texto:, orador:,
    fecha: y doc:. Lo que no se puede usar se ignora y se dice.

    Cada palabra busca también sus sinónimos (cubrebocas: tapabocas, mascarilla), después
    de ella, y se dice cuáles; entre comillas ("cubrebocas") se busca sola. Una palabra
    excluida (-mascarilla) excluye también sus sinónimos.

    Una consulta que empieza por «-» va tras --, después de las opciones:
    hemeroteca search --limit 5 -- -vacuna salud.

    \b
    Ejemplo:
        hemeroteca search "cooperacion antipandemica" --limit 5
        hemeroteca search "orador:Lavrov fecha:2020-12" --facets
        hemeroteca search vacunas --speaker "López-Gatell" --from 2020-06 --sort -fecha
        hemeroteca search acuerdo --speaker Lavrov --speaker Zajárova --date 2020 --date 2021
        hemeroteca search vacunas --format csv > vacunas.csv
        hemeroteca search cubrebocas --synonyms mis_sinonimos.txt
    """
    query = " ".join(words)
    synonyms = False if no_synonyms else synonyms_file or True
    if options := options_in_query(words):  # `search -- "q" --limit 1`: POSIX, but rarely meant
        were = "se buscaron" if len(options) > 1 else "se buscó"
        click.echo(f"aviso: {', '.join(f'«{option}»' for option in options)} {were} como texto de la "
                   "consulta: tras «--» (o entre comillas) todo es consulta; las opciones van antes "
                   "de «--»: hemeroteca search --limit 5 -- -vacuna salud.", err=True)
    if as_json and form:
        raise click.UsageError("Use --json (una página de resultados) o --format (todos), no los dos.")
    for option, value in (*(("--speaker", name) for name in speaker), ("--from", date_from), ("--to", date_to),
                          *(("--date", period) for period in dates)):
        if value is not None and not value.strip():  # as an empty `orador:` in the query is said
            click.echo(f"aviso: {option} sin valor se ignoró.", err=True)
    date_from, date_to = (value if value and value.strip() else None for value in (date_from, date_to))
    speaker, dates = (tuple(value for value in values if value.strip()) for values in (speaker, dates))
    if not query.strip() and not (speaker or date_from or date_to or dates):
        raise click.UsageError("Escriba una CONSULTA, o un filtro: --speaker, --from, --to o --date.")
    # Not while exporting every hit: that may run long, and leave garbage to collect. Paused
    # before the library loads (when a command runs): the collector's passes over the
    # objects of its modules, numpy's and Whoosh's were 7 ms of a fresh search's CPU.
    with collector_paused(pause=not form):
        from search.retrieval.reader import open_index

        with open_index(index_dir_of(index_dir)) as index:
            if form:
                return export_command(index, query, form, sort=sort, speaker=speaker, date_from=date_from,
                                      date_to=date_to, dates=dates, synonyms=synonyms, every_copy=every_copy)
            from search.retrieval.searching import search

            results = search(index, query, limit=limit, page=page, sort=sort, speaker=speaker,
                             date_from=date_from, date_to=date_to, dates=dates, facets=facets, synonyms=synonyms,
                             every_copy=every_copy)
        if as_json:
            click.echo(json.dumps(results.to_json(), ensure_ascii=False))
        else:
            from search.cli.output import print_results

            print_results(results)


def options_in_query(words):
    """Return the query's words that are this command's long options (`--limit`, `--json=x`):
    click reads them as words only after `--` (or inside one quoted argument)."""
    names = {name for parameter in click.get_current_context().command.params
             for name in getattr(parameter, "opts", ()) if name.startswith("--")}
    return [piece for word in words for piece in word.split() if piece.split("=", 1)[0] in names]


def export_command(index, query, form, **options):
    """Write every hit of the query to stdout in a format; say what was exported on stderr."""
    from search.retrieval.export import chunks, export
    from search.text.wording import plural

    exported = export(index, query, **options)
    for message in exported.results.messages:
        click.echo(message, err=True)
    out = sys.stdout.buffer  # UTF-8 whatever the locale: the CSV's BOM says so
    for chunk in chunks(exported, form):
        out.write(chunk.encode("utf-8"))
    out.flush()
    if exported.cut_cells:
        from search.retrieval.export import CELL_CHARS
        from search.text.wording import number

        click.echo(f"{plural(exported.cut_cells, 'texto pasaba', 'textos pasaban')} de {number(CELL_CHARS)} "
                   "caracteres, lo que cabe en una celda de Excel: se cortaron, con una marca al final que lo "
                   "dice; --format json o jsonl los escribe enteros.", err=True)
    of = f" de «{query}»" if query else ""
    click.echo(f"{plural(exported.results.total, 'resultado exportado', 'resultados exportados')}"
               f"{of}, en {form.upper()}.", err=True)
