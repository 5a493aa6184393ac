"""What the templates call beside their context: text with its marks, dates kept on one
line, numbers and plurals in Spanish, and the URLs of a search's other pages."""

import re

from flask import url_for
from markupsafe import Markup, escape

from search.query.dates import UNDATED, is_undated
from search.retrieval.filter_values import filter_values
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


def chosen_periods(params):
    """Return the periods params choose, as the year facet toggles them: the `fecha` values;
    without them, a span from a date to itself (`desde=2021&hasta=2021`, the year facet's links
    of earlier versions) or the undated bucket as `desde`/`hasta` name it. Beside `fecha`, such a
    span (a timeline bar's month) narrows the periods chosen, and is no choice of the facet.

    >>> from web.params import SearchParams
    >>> chosen_periods(SearchParams(desde="2021", hasta="2021")), chosen_periods(SearchParams(desde="Sin fecha"))
    (('2021',), ('sin fecha',))
    >>> chosen_periods(SearchParams(fecha=("2020",), desde="2020-03", hasta="2020-03"))
    ('2020',)
    >>> chosen_periods(SearchParams(desde="2020"))  # a span from 2020 on: no period of the facet
    ()
    """
    if params.fecha:
        return params.fecha
    return (UNDATED,) if undated_chosen(params) else (params.desde.strip(),) if (
        params.desde and params.desde.strip().lower() == params.hasta.strip().lower()) else ()


def is_chosen(values, value):
    """Tell whether value is among a filter's values (case, accents and the undated bucket's
    spellings aside, as filter_values keeps each once)."""
    return any(_same(value, chosen) for chosen in values)


def toggled(values, value):
    """Return a filter's values with value added at the end, or taken out when it is there:
    what a facet's checkbox-like link leads to.

    >>> toggled(("2020",), "2021"), toggled(("2020", "2021"), "2020"), toggled(("Sin fecha",), "sin fecha")
    (('2020', '2021'), ('2021',), ())
    """
    kept = tuple(chosen for chosen in values if not _same(value, chosen))
    return kept if len(kept) < len(values) else (*values, value)


def _same(one, other):
    """Tell whether two values of a filter are one choice: the same but for case, accents and spaces
    (filter_values), a name typed in the box and the facet's exact one (`Ana Gil`, `"Ana Gil"`), or
    two spellings of the undated bucket."""
    one, other = (value.strip().strip('"') for value in (one, other))
    return filter_values([one, other]) == filter_values([one]) or is_undated(one) and is_undated(other)


def period_url(params, value):
    """Return the URL of params with a period of the year facet chosen or no longer chosen: the
    facet's choices in `fecha`, any of them, and `desde`/`hasta` cleared (the facet is counted
    without them: web/refinements.py)."""
    return search_url(params, desde="", hasta="", fecha=toggled(chosen_periods(params), value))


def active_filters(params):
    """Return the chips of params' filters: (label, value shown, what removing it changes, what
    its ✕ says to a screen reader), in the order of the form; one a value of a filter of
    several (two speakers chosen: two chips, each removing its own).

    A span from a date to itself (`desde=2021&hasta=2021`: a year facet, a timeline bar) is one
    period, one chip that removes both ends, as Kibana shows one pill for it: two chips let
    «Desde: 2021 ✕» leave «hasta 2021», a filter nobody chose (trial34, 10). So is the undated
    bucket (`desde=sin fecha`), however many ends name it.

    >>> from web.params import SearchParams
    >>> [chip[:3] for chip in active_filters(SearchParams(q="vacuna", desde="2021", hasta="2021"))]
    [('Año', '2021', {'desde': '', 'hasta': ''})]
    >>> [chip[:2] for chip in active_filters(SearchParams(orador='"Ana Pérez"', desde="2020", hasta="2021-06"))]
    [('Orador', 'Ana Pérez'), ('Desde', '2020'), ('Hasta', '2021-06')]
    >>> [chip[:3] for chip in active_filters(SearchParams(orador=("Lavrov", "Wang"), fecha=("2020", "sin fecha")))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Orador', 'Lavrov', {'orador': ('Wang',)}), ('Orador', 'Wang', {'orador': ('Lavrov',)}),
     ('Año', '2020', {'fecha': ('sin fecha',)}), ('Fecha', 'sin fecha', {'fecha': ('2020',)})]
    """
    chips = []
    for value in params.orador:
        name = value.replace('"', "")
        chips.append(("Orador", name, {"orador": toggled(params.orador, value)},
                      f"Quitar el filtro de orador {name}" if len(params.orador) > 1 else "Quitar el filtro de orador"))
    both = {"desde": "", "hasta": ""}
    if undated_chosen(params):
        chips.append(("Fecha", "sin fecha", both, "Quitar el filtro sin fecha"))
    elif params.desde and params.desde.strip().lower() == params.hasta.strip().lower():
        label = _period_label(params.desde)
        chips.append((label, params.desde, both, f"Quitar el filtro de {label.lower()}"))
    else:
        chips.extend((label, value, {name: ""}, f"Quitar el filtro {name}")
                     for name, label, value in (("desde", "Desde", params.desde), ("hasta", "Hasta", params.hasta))
                     if value)
    for value in params.fecha:
        label, shown = ("Fecha", UNDATED) if is_undated(value) else (_period_label(value), value)
        chips.append((label, shown, {"fecha": toggled(params.fecha, value)}, f"Quitar el filtro {shown}"))
    return chips


def _period_label(value):
    """Return what one period is called in a chip, by its shape (PERIODS), else «Fecha»."""
    return next((name for shape, name in PERIODS if shape.fullmatch(value.strip())), "Fecha")


def back_args(params):
    """Return the URL arguments that take a document or similar page back to its results."""
    return params.url_args() if params else {}


def register(app):
    """Give app's templates these filters (`marked`, `unbroken_dates`, `number`) and globals."""
    for name, function in (("marked", marked), ("unbroken_dates", unbroken_dates), ("number", number)):
        app.add_template_filter(function, name)
    for name, function in (("plural", plural), ("page_url", page_url), ("search_url", search_url),
                           ("back_args", back_args), ("active_filters", active_filters),
                           ("undated_chosen", undated_chosen), ("chosen_periods", chosen_periods),
                           ("is_chosen", is_chosen), ("toggled", toggled), ("period_url", period_url)):
        app.add_template_global(function, name)
