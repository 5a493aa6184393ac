"""What the templates call beside their context: text with its marks, dates kept on one
line, numbers and plurals in Spanish, and the URLs of a search's other pages."""

import re

from flask import url_for
from markupsafe import Markup, escape

from search.query.dates import is_undated
from search.retrieval.snippets import mark
from search.text.wording import number, plural
from web.editions import page_url

ISO_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")
# What one period is called in a chip, by its shape: the year facet and the timeline's bars link to both ends at once
PERIODS = ((re.compile(r"\d{4}"), "Año"), (re.compile(r"\d{4}-\d{2}"), "Mes"),
           (re.compile(r"\d{4}-\d{2}-\d{2}"), "Día"))


def marked(text, highlights):
    """Return text escaped, with its highlights in <mark>; safe only because mark escapes."""
    return Markup(mark(text, highlights))


def unbroken_dates(text):
    """Return text escaped, its ISO dates kept on one line (a title wraps at their hyphens).

    Markup (a title with its highlights in <mark>) is kept as it is; a date split by a mark
    is left to wrap."""
    return Markup(ISO_DATE.sub(r'<span class="nowrap">\g<0></span>', str(escape(text))))


def search_url(params, **changes):
    """Return the search page URL for params with changes; any change but page resets it."""
    if "page" not in changes:
        changes["page"] = 1
    return url_for("search.search_page", **params.url_args(**changes))


def undated_chosen(params):
    """Tell whether params choose the undated matches (`desde` or `hasta` «sin fecha», in any of
    the spellings search.query.dates.is_undated reads)."""
    return is_undated(params.desde) or is_undated(params.hasta)


def active_filters(params):
    """Return the chips of params' filters: (label, value shown, what removing it changes, what
    its ✕ says to a screen reader), in the order of the form.

    A span from a date to itself (`desde=2021&hasta=2021`: a year facet, a timeline bar) is one
    period, one chip that removes both ends, as Kibana shows one pill for it: two chips let
    «Desde: 2021 ✕» leave «hasta 2021», a filter nobody chose (trial34, 10). So is the undated
    bucket (`desde=sin fecha`), however many ends name it.

    >>> from web.params import SearchParams
    >>> [chip[:3] for chip in active_filters(SearchParams(q="vacuna", desde="2021", hasta="2021"))]
    [('Año', '2021', {'desde': '', 'hasta': ''})]
    >>> [chip[:2] for chip in active_filters(SearchParams(orador='"Ana Pérez"', desde="2020", hasta="2021-06"))]
    [('Orador', 'Ana Pérez'), ('Desde', '2020'), ('Hasta', '2021-06')]
    """
    chips = []
    if params.orador:
        chips.append(("Orador", params.orador.replace('"', ""), {"orador": ""}, "Quitar el filtro de orador"))
    both = {"desde": "", "hasta": ""}
    if undated_chosen(params):
        chips.append(("Fecha", "sin fecha", both, "Quitar el filtro sin fecha"))
    elif params.desde and params.desde.strip().lower() == params.hasta.strip().lower():
        label = next((name for shape, name in PERIODS if shape.fullmatch(params.desde.strip())), "Fecha")
        chips.append((label, params.desde, both, f"Quitar el filtro de {label.lower()}"))
    else:
        chips.extend((label, value, {name: ""}, f"Quitar el filtro {name}")
                     for name, label, value in (("desde", "Desde", params.desde), ("hasta", "Hasta", params.hasta))
                     if value)
    return chips


def back_args(params):
    """Return the URL arguments that take a document or similar page back to its results."""
    return params.url_args() if params else {}


def register(app):
    """Give app's templates these filters (`marked`, `unbroken_dates`, `number`) and globals."""
    for name, function in (("marked", marked), ("unbroken_dates", unbroken_dates), ("number", number)):
        app.add_template_filter(function, name)
    for name, function in (("plural", plural), ("page_url", page_url), ("search_url", search_url),
                           ("back_args", back_args), ("active_filters", active_filters),
                           ("undated_chosen", undated_chosen)):
        app.add_template_global(function, name)
