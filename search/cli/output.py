"""What the commands print for a person: results, hits, paragraphs, documents and facets.

Matched words and the hit's speaker are in bold on a terminal (click drops the styles on
a pipe, and NO_COLOR drops them everywhere). What the index holds is printed without
control characters (`visible`): an index built before ingest removed them may hold an
escape sequence that the terminal would obey. Counts agree with their nouns
(search/text/wording.py).
"""

import click

from search.cli import use_color
from search.errors import shown
from search.text.untrusted import without_controls as visible
from search.text.wording import number, plural


def echo(text="", **style):
    """Print a line, styled on a terminal unless NO_COLOR is set."""
    if style:
        text = click.style(text, **style)
    click.echo(text, color=use_color())


def print_results(results):
    """Print a page of results: notes, "Quizás quiso decir", the total, the hits, facets."""
    for message in results.messages:
        echo(shown(message), fg="yellow")  # what the query held, never a terminal's escape
    if results.suggestion:
        echo(f"Quizás quiso decir: {results.suggestion}", bold=True)
    first = (results.page - 1) * results.limit
    if results.mode == "similar":
        echo(f"{plural(results.total, 'párrafo parecido', 'párrafos parecidos')} a "
             f"«{results.query}» ({number(round(results.took_ms))} ms)")
    elif results.hits:
        echo(f"{plural(results.total, 'resultado')} para {results.searched()} "
             f"({number(first + 1)}–{number(first + len(results.hits))}; {number(round(results.took_ms))} ms)")
    elif results.nothing_left:
        echo(results.nothing_left_message())
    elif results.past_the_end():
        echo(f"{results.past_the_end()} Pruebe --page {results.last_page()}.")
    else:
        echo(f"Sin resultados para {results.searched()}.")
    for tip in results.tips:
        echo(shown(tip))
    for rank, hit in enumerate(results.hits, first + 1):
        echo()
        print_hit(rank, hit)
    if results.facets:
        print_facets(results.facets)


def print_hit(rank, hit):
    """Print one hit: who speaks and in which document, the snippet, then where it is."""
    heading = click.style(visible(", ".join(hit.speakers)), bold=True) + " · " if hit.speakers else ""
    title = styled_snippet(hit.title, hit.title_highlights) if hit.title else shown(hit.doc)
    echo(f"{rank:>2}. {heading}{title}")
    echo("    " + styled_snippet(hit.snippet, hit.highlights))
    where = [place(hit.id, hit.doc, hit.paragraph)] + ([hit.date] if hit.date else [])
    if hit.score:
        where.append(f"puntuación {hit.score:.2f}".replace(".", ","))
    echo("    " + " · ".join(where), dim=True)
    if hit.also_in:  # identical copies, left out of the search (retrieval/copies.py)
        echo(f"    también en: {', '.join(map(shown, hit.also_in))}", dim=True)


def styled_snippet(snippet, highlights):
    """Return the snippet with matches in bold (click drops the style on a pipe).

    Each piece is made visible apart, so the highlights' offsets stay those of the snippet.
    """
    out, last = [], 0
    for begin, end in highlights:
        out.append(visible(snippet[last:begin]) + click.style(visible(snippet[begin:end]), bold=True))
        last = end
    return "".join(out) + visible(snippet[last:])


SHOWN_SPEAKERS = 15  # a facet's people (or roles) printed, as the page shows them


def print_facets(facets):
    """Print speaker, role, year and month counts: the first SHOWN_SPEAKERS people, and how many more,
    as the page's facets (web/templates/_facets.html)."""
    echo()
    for label, rows in (("Oradores", facets["speakers"]), ("Roles", facets.get("roles") or [])):
        if rows:
            more = f"; y {number(len(rows) - SHOWN_SPEAKERS)} más" if len(rows) > SHOWN_SPEAKERS else ""
            echo(f"{label}: " + "; ".join(f"{visible(f['name'])} ({number(f['count'])})"
                                          for f in rows[:SHOWN_SPEAKERS]) + more)
    years = [f"{f['year']} ({number(f['count'])})" for f in facets["years"]]
    if facets.get("undated"):  # the page's «Sin fecha» bucket, selected by --from "sin fecha"
        years.append(f"sin fecha ({number(facets['undated'])})")
    if years:
        echo("Años: " + "; ".join(years))
    if facets["months"]:
        echo("Meses: " + "; ".join(f"{f['month']} ({number(f['count'])})"
                                   for f in facets["months"]))


def place(record_id, doc, paragraph):
    """Return how a paragraph is named: its place, after its own id when it has one (jsonl).

    `show` and `similar` take either, so a record is headed by what finds it again.

    >>> place("a.txt#2", "a.txt", 2), place("a1~2", "data.jsonl", 2)
    ('a.txt#2', 'a1~2 (data.jsonl#2)')
    """
    where = f"{doc}#{paragraph}"
    # A file name may hold a newline or a tab: escaped, it keeps the line and can be copied.
    return shown(where if record_id == where else f"{record_id} ({where})")


def print_record(record, marked=False):
    """Print one paragraph record under its id and place, date and speakers."""
    heading = [place(record.id, record.doc, record.paragraph)]
    if record.date:
        heading.append(record.date.isoformat())
    if record.speakers:
        heading.append(", ".join(record.speakers))
    echo(("» " if marked else "  ") + visible(" · ".join(heading)), bold=marked)
    echo("  " + visible(record.text))
    echo()


def print_title(records):
    """Print the title of the paragraphs' document, unless one of them gives it (a .txt's
    first line, or a title made of its start, cut with `…`), or they have several (jsonl
    records of one file, each its own)."""
    titles = {record.title for record in records}
    title = titles.pop() if len(titles) == 1 else None
    opening = title and title.strip().removesuffix("…").rstrip()
    if opening and not any(record.text.strip().startswith(opening) for record in records):
        echo(visible(title), bold=True)


def print_document(records):
    """Print a whole document: its title and date, then each paragraph numbered, with speakers."""
    first = records[0]
    echo(visible(first.title) if first.title else shown(first.doc), bold=True)
    about = [shown(first.doc)] + ([first.date.isoformat()] if first.date else [])
    echo(" · ".join(about + [plural(len(records), "párrafo")]), dim=True)
    for record in records:
        echo()
        label = f"¶ {record.paragraph}"
        if record.id != f"{record.doc}#{record.paragraph}":
            label += f" · {shown(record.id)}"
        if record.speakers:
            label += " · " + click.style(visible(", ".join(record.speakers)), bold=True)
        if record.date and record.date != first.date:
            label += f" · {record.date.isoformat()}"
        echo(label)
        echo(visible(record.text))
