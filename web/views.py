"""The blueprint: the search page, documents, similar paragraphs, the JSON API and health."""

import sqlite3
from time import perf_counter

from flask import Blueprint, abort, current_app, g, jsonify, render_template, request, url_for
from markupsafe import Markup

from search.errors import QueryError, SearchError
from search.retrieval import browse
from search.retrieval import searching as library
from search.retrieval.snippets import mark
from search.settings import MAX_QUERY_CHARS, SORTS
from web.limits import is_costly
from web.params import ParamError, SearchParams, parse_params
from web.timeline import timeline

blueprint = Blueprint("search", __name__)


def live_index():
    """Return the app's open index (raises IndexNotFound, shown as a 503 page)."""
    return current_app.extensions["hemeroteca"].get()


def run_search(index, params):
    """Return the Results of params, with the facets the page shows.

    A costly one waits for its slot (web/limits.py), then runs in the worker process when
    there is one (web/costly.py); every search stops after the app's SEARCH_SECONDS and
    then says so (its page is not cached).
    """
    options = dict(params.search_options(), facets=True,
                   seconds=current_app.config["SEARCH_SECONDS"])
    worker = current_app.extensions["hemeroteca.costly"]
    if not is_costly(params):
        results = library.search(index, params.q, **options)
    else:
        with current_app.extensions["hemeroteca.gate"].slot():
            results = (worker.search(params.q, options) if worker is not None
                       else library.search(index, params.q, **options))
    if not results.complete:
        g.incomplete = True
    return results


def cached(kind, params, render):
    """Return render()'s output for params, made once per version of the index.

    Pages are cached rendered: a repeated search costs a dictionary lookup, not a
    search and a template. Errors are raised, never cached, and neither are the
    answers of searches that ran out of time.
    """
    version = current_app.extensions["hemeroteca"].version()
    cache = current_app.extensions["hemeroteca.cache"]
    return cache.get_or_compute((version, kind, params.key()), render,
                                keep=lambda: not g.get("incomplete"))


@blueprint.app_template_filter("marked")
def marked(text, highlights):
    """Return text escaped, with its highlights in <mark>; safe only because mark escapes."""
    return Markup(mark(text, highlights))


@blueprint.app_template_filter("number")
def spanish_number(value):
    """Return an integer with Spanish thousands separators: 12.345."""
    return f"{value:,}".replace(",", ".")


@blueprint.app_template_global("search_url")
def search_url(params, **changes):
    """Return the search page URL for params with changes; any change but page resets it."""
    if "page" not in changes:
        changes["page"] = 1
    return url_for("search.search_page", **params.url_args(**changes))


@blueprint.get("/")
def search_page():
    """Show the search box and, with ?q=, a page of results."""
    try:
        params = parse_params(request.args)
    except ParamError as error:
        return render_template("search.html", params=SearchParams(), sorts=SORTS,
                               error=str(error)), 400
    if not params.q:
        return render_template("search.html", params=params, sorts=SORTS,
                               counts=live_index().store.counts())
    index = live_index()
    try:
        return cached("page", params, lambda: results_page(index, params))
    except QueryError as error:
        return render_template("search.html", params=params, sorts=SORTS, error=str(error)), 400


def results_page(index, params):
    """Return the HTML of a page of results."""
    results = run_search(index, params)
    last_page = max(1, -(-results.total // params.limit))
    return render_template("search.html", params=params, sorts=SORTS, results=results,
                           timeline=timeline(results.facets), last_page=last_page)


@blueprint.get("/doc/<path:doc>")
def document_page(doc):
    """Show a whole document, its paragraphs numbered, the query's words highlighted."""
    index = live_index()
    records = browse.document(index, doc)
    if not records:
        abort(404)
    query = " ".join(request.args.get("q", "").split())[:MAX_QUERY_CHARS]
    paragraphs = []
    for record in records:
        text, highlights = (browse.highlight(index, record.text, query) if query
                            else (record.text, []))
        paragraphs.append((record, text, highlights))
    return render_template("doc.html", records=records, paragraphs=paragraphs, q=query,
                           first=records[0])


@blueprint.get("/similar/<path:record_id>")
def similar_page(record_id):
    """Show the paragraphs most like one paragraph."""
    index = live_index()
    results = browse.similar(index, record_id, limit=10)
    source = browse.context(index, record_id, 0)
    return render_template("similar.html", results=results, record_id=record_id,
                           source=source[0] if source else None)


@blueprint.get("/api/search")
def api_search():
    """Return a page of results as JSON; same parameters as the page."""
    try:
        params = parse_params(request.args)
    except ParamError as error:
        abort_json(400, str(error))
    if not params.q:
        abort_json(400, "Falta el parámetro «q», el texto que se busca.")
    index = live_index()
    body = cached("api", params, lambda: current_app.json.dumps(
        run_search(index, params).to_json()))
    return current_app.response_class(body, mimetype="application/json")


@blueprint.get("/api/doc/<path:doc>")
def api_document(doc):
    """Return a whole document as JSON."""
    records = browse.document(live_index(), doc)
    if not records:
        abort(404)
    first = records[0].to_json()
    return jsonify({"doc": first["doc"], "title": first["title"], "date": first["date"],
                    "paragraphs": [record.to_json() for record in records]})


@blueprint.get("/healthz")
def health():
    """Return the index's counts and last update, or a 503 that names what is wrong.

    It checks that the index is there, that its files have the sizes they were written
    with, and that its record store answers; it never waits for a search.
    """
    started = perf_counter()
    live = current_app.extensions["hemeroteca"]
    try:
        index = live.get()
        problem = live.diagnose(quick=True)
        documents, paragraphs = (0, 0) if problem else index.store.counts()
    except (SearchError, sqlite3.Error, OSError) as error:
        problem = str(error)
    took = round((perf_counter() - started) * 1000, 2)
    if problem:
        current_app.logger.error("/healthz: %s", problem)
        return jsonify({"status": "error", "error": problem, "took_ms": took}), 503
    updated = live.updated()
    return jsonify({
        "status": "ok",
        "documents": documents,
        "paragraphs": paragraphs,
        "updated": updated.isoformat(timespec="seconds") if updated else None,
        "took_ms": took,
    })


def abort_json(status, message):
    """Stop with a JSON error."""
    response = jsonify({"error": message, "status": status})
    response.status_code = status
    abort(response)
