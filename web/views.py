"""The blueprint: the search page, documents, similar paragraphs, the JSON API and health."""

import math
import sqlite3
from pathlib import Path
from time import perf_counter

from flask import Blueprint, abort, current_app, g, jsonify, render_template, request, stream_with_context, url_for
from markupsafe import Markup

from search.budget import Budget
from search.errors import IndexNotFound, QueryError, SearchError, shown
from search.query.synonyms import synonyms_state
from search.retrieval import browse, document_parts, export
from search.retrieval import searching as library
from search.retrieval.similar import similar
from search.settings import MAX_PAGE, MAX_QUERY_CHARS, SORTS
from search.text import date_values
from web.editions import CHANGED, changed_notice, index_token
from web.errors import NoSuchParagraph, build_hint, error_response, wants_json
from web.limits import Held, is_costly
from web.params import (
    ParamError,
    SearchParams,
    page_args,
    parse_paragraph,
    parse_params,
    parse_piece,
    typed_params,
)
from web.refinements import widened_facets
from web.templating import back_args
from web.timeline import timeline

blueprint = Blueprint("search", __name__)
TOOK = Markup("<!--took-->")  # where a cached page says how long this answer took
ECHOED_PARAGRAPH_CHARS = 20  # a `parrafo` that names no paragraph is repeated up to here, then "…"


def live_index():
    """Return the app's open index (raises IndexNotFound, shown as a 503 page)."""
    return current_app.extensions["hemeroteca"].get()


def run_search(index, params, seconds=None):
    """Return the Results of params, with the facets the page shows.

    A costly one waits for its slot (web/limits.py), then runs in the worker process when
    there is one (web/costly.py); every search stops after `seconds` (None: the app's
    SEARCH_SECONDS) and then says so (its page is not cached).
    """
    options = dict(params.search_options(), facets=True,
                   seconds=current_app.config["SEARCH_SECONDS"] if seconds is None else seconds)
    if options["synonyms"] is True:  # the files cached() looked at for this request, not looked at again
        options["synonyms"] = request_synonyms()
    worker = current_app.extensions["hemeroteca.costly"]
    if not is_costly(params):
        results = library.search(index, params.q, **options)
    else:
        with current_app.extensions["hemeroteca.gate"].slot():
            results = (worker.search(params.q, options) if worker is not None
                       else library.search(index, params.q, **options))
    if not results.complete:
        g.incomplete = True
    if results.messages:
        results.messages[:] = _file_names_only(results.messages)
    return results


def _file_names_only(messages):
    """Return a search's messages with each synonyms file named by its name alone: where the
    server keeps its files is no visitor's business (the CLI, run by the owner, says the whole
    path; so does `hemeroteca serve` as it starts)."""
    names = {written: Path(path).name for path, *_ in request_synonyms()
             for written in (path, str(Path(path)))}  # read_file writes a Path: `./a.txt` is `a.txt`
    shown = []
    for message in messages:
        for written, name in names.items():
            message = message.replace(written, name)
        shown.append(message)
    return shown


def request_synonyms():
    """Return the synonyms files in force (synonyms_state), looked at once a request: the
    results cache's key, the search and its messages' file names all read the same."""
    if "synonyms_state" not in g:
        g.synonyms_state = synonyms_state(current_app.config["INDEX_DIR"])
    return g.synonyms_state


def cached(kind, params, render):
    """Return (render()'s output for params, whether it came from the cache).

    Pages are cached rendered, once per version of the index and per day (`fecha:hoy`,
    `hoy-7d` and the page's Desde/Hasta name another day after midnight): a repeated
    search costs a dictionary lookup, not a search and a template. Errors are raised,
    never cached, and neither are the answers of searches that ran out of time.
    """
    version = current_app.extensions["hemeroteca"].version()
    cache = current_app.extensions["hemeroteca.cache"]
    synonyms = request_synonyms()  # an edited sinonimos.txt counts at once
    return cache.lookup((version, date_values.current_day(), synonyms, kind, params.key()), render,
                        keep=lambda: not g.get("incomplete"))


def took(started, from_cache):
    """Return how long this answer took, and whether it came from the cache, for the page."""
    milliseconds = (perf_counter() - started) * 1000
    shown = f"{milliseconds:.1f}".replace(".", ",") if milliseconds < 10 else f"{milliseconds:.0f}"
    return f"{shown} ms, de la caché" if from_cache else f"{shown} ms"


@blueprint.get("/")
def search_page():
    """Show the search box and, with ?q=, a page of results."""
    started = perf_counter()
    args = page_args(request.args)  # `orden=fecha` as `sort=fecha`: names a person likely meant
    try:
        params = parse_params(args)
    except ParamError as error:
        if wants_json():
            return error_response(400, str(error))
        return render_template("search.html", params=typed_params(args), sorts=SORTS,
                               error=shown(str(error))), 400
    if not params.searches():
        return render_template("search.html", params=params, sorts=SORTS, home=True,
                               counts=live_index().store.counts())
    index = live_index()
    try:
        html, from_cache = cached("page", params, lambda: results_page(index, params))
    except QueryError as error:
        if wants_json():
            return error_response(400, str(error))
        return render_template("search.html", params=params, sorts=SORTS, error=shown(str(error))), 400
    return html.replace(TOOK, took(started, from_cache), 1).replace(CHANGED, changed_notice(params), 1)


def results_page(index, params):
    """Return the HTML of a page of results, with TOOK where the time of the answer goes."""
    # one limit for the page's searches: CPU time of this thread, and WALL_FACTOR times it of wall
    # time, which also bounds a costly search run in the worker process (its CPU is not this thread's)
    seconds = current_app.config["SEARCH_SECONDS"]
    budget = Budget(math.inf if seconds is None else seconds)
    results = run_search(index, params)
    if not widened_facets(params, results, lambda wider, seconds: run_search(index, wider, seconds), budget):
        g.incomplete = True  # facets left filtered for want of time: not cached
    last_page = max(1, -(-results.total // params.limit))
    shown_pages = min(last_page, MAX_PAGE)  # deeper pages are refused: the page says so
    return render_template("search.html", params=params, sorts=SORTS, results=results,
                           timeline=timeline(results.facets), last_page=last_page,
                           shown_pages=shown_pages, took=TOOK, changed=CHANGED, edition=index_token())


def origin_params():
    """Return the search a document or similar page was opened from (None if none, or bad)."""
    try:
        params = parse_params(request.args)
    except ParamError:
        params = typed_params(request.args)
    return params if params.searches() else None


def document_part(index, doc, start):
    """Return the DocumentPart of a document that holds `?parrafo=N` (its first part without
    it): at most DOC_PAGE_PARAGRAPHS paragraphs and DOC_PAGE_CHARS characters. Abort with a
    404 for no such document, and raise NoSuchParagraph, which links to `start` (the endpoint
    of the document's first part), when `parrafo` names none of its paragraphs (0, -3, «abc»,
    or past its end), in the words `hemeroteca show doc#N` uses."""
    typed, wanted = parse_paragraph(request.args)
    head, total = browse.document_window(index, doc, 1, 1)
    if not head:
        abort(404)
    if wanted is None or wanted > total:
        typed = typed if len(typed) <= ECHOED_PARAGRAPH_CHARS else typed[:ECHOED_PARAGRAPH_CHARS] + "…"
        raise NoSuchParagraph(browse.not_a_paragraph(index, f"{head[0].doc}#{typed}"),
                              url_for(start, doc=head[0].doc, **back_args(origin_params())))
    part = document_parts.document_part(index, doc, wanted, piece=parse_piece(request.args))
    if part is None:  # an update took the document away meanwhile
        abort(404)
    return part


@blueprint.get("/doc/<path:doc>")
def document_page(doc):
    """Show a document a part at a time (document_parts.py), numbered, the query's
    words highlighted, with links to the paragraphs before and after."""
    index = live_index()
    part = document_part(index, doc, "search.document_page")
    params = origin_params()
    query = params.q[:MAX_QUERY_CHARS] if params else ""
    paragraphs = []
    for record in part.records:
        text, highlights = (browse.highlight(index, record.text, query, params.sinonimos != "no") if query
                            else (record.text, []))
        paragraphs.append((record, text, highlights))
    return render_template("doc.html", records=part.records, paragraphs=paragraphs, q=query,
                           params=params or SearchParams(), origin=params, first=part.records[0],
                           sorts=SORTS, total=part.total, window=(part.first, part.last),
                           before=part.before_args, after=part.after_args, piece=(part.piece, part.pieces))


@blueprint.get("/similar/<path:record_id>")
def similar_page(record_id):
    """Show the paragraphs most like one paragraph, with a search box and the way back."""
    index = live_index()
    results = similar(index, record_id, limit=10)
    source = browse.context(index, record_id, 0)
    params = origin_params()
    return render_template("similar.html", results=results, record_id=record_id,
                           source=source[0] if source else None,
                           params=params or SearchParams(), origin=params, sorts=SORTS)


@blueprint.get("/api/search")
def api_search():
    """Return a page of results as JSON, or with format=csv|jsonl|json every hit, streamed."""
    started = perf_counter()
    try:  # a parameter it does not take is refused before (params.refuse_unknown_api_params)
        params = parse_params(request.args)
    except ParamError as error:
        abort_json(400, str(error))
    form = request.args.get("format", "").strip()
    if form and form not in export.FORMATS:
        abort_json(400, f"El parámetro «format» debe ser uno de: {', '.join(export.FORMATS)}.")
    if not params.searches():
        abort_json(400, "Falta el parámetro «q», el texto que se busca (o un filtro: «orador», "
                        "«desde», «hasta», «fecha»).")
    index = live_index()
    if form:
        return export_response(index, params, form)
    body, from_cache = cached("api", params, lambda: run_search(index, params).to_json())
    return jsonify({**body, "took_ms": round((perf_counter() - started) * 1000, 2),
                    "search_ms": body["took_ms"], "cached": from_cache, "index_version": index_token()})


def export_response(index, params, form):
    """Return every hit of a search as a download, written as it is read (never cached).

    A download holds one of a few slots (web/limits.py) from its search to its last byte,
    so concurrent downloads of a large index can't take the server's memory.
    """
    options = params.search_options()
    gate = current_app.extensions["hemeroteca.exports"]
    gate.acquire()
    try:
        exported = export.export(index, params.q, sort=options["sort"], speaker=options["speaker"],
                                 date_from=options["date_from"], date_to=options["date_to"], dates=options["dates"],
                                 synonyms=options["synonyms"], every_copy=options["every_copy"])
    except BaseException:
        gate.release()
        raise
    body = Held(stream_with_context(export.chunks(exported, form)), gate)
    response = current_app.response_class(body, mimetype=export.FORMATS[form])
    response.charset = "utf-8"
    response.headers["Content-Disposition"] = export.disposition(
        params.q or " ".join(filter(None, (*params.orador, params.desde, params.hasta, *params.fecha))), form)
    response.headers["X-Total-Count"] = str(exported.results.total)
    return response


@blueprint.get("/api/doc/<path:doc>")
def api_document(doc):
    """Return a document as JSON, a part at a time (at most DOC_PAGE_PARAGRAPHS paragraphs and
    DOC_PAGE_CHARS characters; `?parrafo=N` gives the part that holds paragraph N), with its
    paragraph count, where the part starts and ends, and where the next one starts (or null).
    A longer paragraph comes a piece at a time: `?parrafo=N&trozo=K`, with `piece`, `pieces`
    and `next_piece` (null for the last)."""
    part = document_part(live_index(), doc, "search.api_document")
    head = part.records[0].to_json()
    return jsonify({"doc": head["doc"], "title": head["title"], "date": head["date"],
                    "total_paragraphs": part.total, "first_paragraph": part.first,
                    "last_paragraph": part.last, "next_paragraph": part.after,
                    # a paragraph longer than DOC_PAGE_CHARS comes a piece at a time (`?trozo=K`)
                    "piece": part.piece or None, "pieces": part.pieces or None,
                    "next_piece": part.next_piece,
                    "paragraphs": [record.to_json() for record in part.records]})


@blueprint.get("/healthz")
def health():
    """Return the index's counts and last update, or a 503 that names what is wrong.

    It checks that the index is there, that its files have the sizes they were written
    with, and that its record store answers; it never waits for a search.
    """
    started = perf_counter()
    live = current_app.extensions["hemeroteca"]
    hint = None
    try:
        index = live.get()
        problem = live.diagnose(quick=True)
        documents, paragraphs = (0, 0) if problem else index.store.counts()
    except (SearchError, sqlite3.Error, OSError) as error:
        problem = str(error)
        if isinstance(error, IndexNotFound):
            hint = build_hint(current_app.config["INDEX_DIR"])
    took = round((perf_counter() - started) * 1000, 2)
    if problem:
        current_app.logger.error("/healthz: %s", problem)
        body = {"status": "error", "error": problem, "took_ms": took}
        if hint:
            body["hint"] = hint
        return jsonify(body), 503
    updated = live.updated()
    return jsonify({
        "status": "ok",
        "documents": documents,
        "paragraphs": paragraphs,
        "updated": updated.isoformat(timespec="seconds") if updated else None,
        "took_ms": took,
    })


def abort_json(status, message):
    """Stop with a JSON error (control characters a visitor typed shown escaped)."""
    response = jsonify({"error": shown(message), "status": status})
    response.status_code = status
    abort(response)
