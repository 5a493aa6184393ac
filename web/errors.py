"""Errors as pages (or JSON under /api/, or when asked for JSON) with a message: 400, 404, 413, 503; never a traceback.

A visitor reads what happened in Spanish, never a path of the server; the details go
to the log (and /healthz). A request that fails unexpectedly first asks whether the
index's files are damaged (web/live_index.py): then it is a 503 that says so, and the
server stays up; otherwise a 500.
"""


from flask import current_app, jsonify, render_template, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.exceptions import HTTPException
from werkzeug.http import parse_accept_header

from search import settings
from search.errors import IndexDamaged, IndexNotFound, QueryError, RecordNotFound, build_command, shown
from web.costly import WorkerLost, WorkerTimedOut, WorkerUnavailable
from web.limits import Busy, ExportsBusy
from web.live_index import GONE

TITLES = {
    400: "Petición no válida",
    404: "No encontrado",
    405: "Método no permitido",
    413: "Petición demasiado grande",
    500: "Error interno",
    503: "Servicio no disponible",
}
MESSAGES = {
    404: "Esa página no existe.",
    405: "Esta dirección solo admite consultas GET.",
    413: "La petición supera 1 MB.",
    500: "Algo falló al responder. El error quedó registrado en el servidor.",
}


class NoSuchParagraph(RecordNotFound):
    """A document's page asked for a paragraph it does not have: a 404 that links to
    `start`, the document's first part (the page shows the link, the API gives it)."""

    def __init__(self, message, start):
        super().__init__(message)
        self.start = start


def build_hint(index_dir):
    """Return the command that builds the page's index, quoted: from HEMEROTECA_SOURCE when the
    operator set it, else with the paths left for them to fill in (never a default folder they
    did not choose)."""
    source = settings.SOURCE_DIR.value()
    return build_command(index_dir, [source] if source else [])


UNAVAILABLE = {
    "missing": "La búsqueda no está disponible en este momento. Vuelva a intentarlo dentro de "
               "unos minutos.",
    "damaged": "El índice de búsqueda está dañado y hay que reconstruirlo; mientras tanto no se "
               "puede buscar. El error quedó registrado en el servidor.",
    "busy": "El servidor está atendiendo otras búsquedas costosas; vuelva a intentarlo en unos "
            "segundos.",
    "too_costly": "Esta búsqueda resultó demasiado costosa y se detuvo sin terminar; pruebe con "
                  "menos prefijos o comodines (vacuna* mejor que v*), o con más palabras.",
    "exports": "El servidor está preparando otras descargas de resultados; vuelva a intentarlo en "
               "unos segundos.",
}


def wants_json():
    """Return True when the request is for the JSON API, or its Accept header prefers JSON to
    HTML (json_preferred), so that a script reads every error the same way."""
    return json_preferred(request.path, request.headers.get("Accept", ""))


def json_preferred(path, accept):
    """Return True when a request of this path and Accept header gets JSON: the API's paths
    (and /healthz), or an Accept that prefers JSON to HTML (a script's `application/json`; a
    browser's `text/html,…,*/*;q=0.8` and curl's `*/*` get the page). The app's errors and
    waitress's own (web/server_errors.py) choose by this one rule.

    >>> json_preferred("/api/search", ""), json_preferred("/", "application/json")
    (True, True)
    >>> json_preferred("/", "text/html,application/xhtml+xml,*/*;q=0.8"), json_preferred("/", "*/*")
    (False, False)
    """
    if path.startswith(("/api/", "/healthz")):
        return True
    accepted = parse_accept_header(accept, MIMEAccept)
    return accepted.best_match(("text/html", "application/json")) == "application/json" \
        and accepted["application/json"] > accepted["text/html"]


def error_response(status, message, hint=None, headers=None, start=None):
    """Return the error as JSON for the API, else as a page; `start` is the URL of a
    document's first part, for a paragraph it does not have (NoSuchParagraph).

    A value the visitor typed may hold control characters: they are shown escaped
    (errors.shown), never echoed.
    """
    message = shown(message)
    if wants_json():
        body = {"error": message, "status": status}
        if hint:
            body["hint"] = hint
        if start:
            body["start"] = start
        return jsonify(body), status, headers or {}
    page = render_template("error.html", status=status, title=TITLES.get(status, "Error"),
                           message=message, hint=hint, start=start)
    return page, status, headers or {}


def unavailable(kind):
    """Return the 503 of a kind of fault: "missing", "damaged" or "busy" (no server details)."""
    if kind in ("busy", "exports"):
        return error_response(503, UNAVAILABLE[kind], headers={"Retry-After": "5"})
    return error_response(503, UNAVAILABLE[kind])


def register(app):
    """Install the error handlers on an app."""

    @app.errorhandler(QueryError)
    def bad_query(error):
        return error_response(400, str(error))

    @app.errorhandler(RecordNotFound)
    def not_found(error):
        return error_response(404, str(error) or MESSAGES[404], start=getattr(error, "start", None))

    @app.errorhandler(IndexNotFound)
    def no_index(error):
        hint = build_hint(app.config["INDEX_DIR"])
        # The details (a path on the server, how to build it) are for whoever runs it:
        # the log and /healthz; a visitor is told in Spanish, with no path.
        damaged = isinstance(error, IndexDamaged)
        log = app.logger.error if damaged else app.logger.warning
        log("503 en %s: %s (para construirlo: %s)", request.path, error, hint)
        if request.path.startswith("/healthz"):
            return error_response(503, f"No se puede abrir el índice de búsqueda ({error}).", hint)
        return unavailable("damaged" if damaged else "missing")

    @app.errorhandler(Busy)
    @app.errorhandler(WorkerLost)
    def busy(error):
        if isinstance(error, WorkerTimedOut):  # its own cost, not others': no "try again"
            return unavailable("too_costly")
        return unavailable("exports" if isinstance(error, ExportsBusy) else "busy")

    @app.errorhandler(WorkerUnavailable)
    def unavailable_in_worker(error):
        app.logger.error("503 en %s: %s", request.path, error)
        return unavailable(error.kind)

    @app.errorhandler(HTTPException)
    def http_error(error):
        status = error.code or 500
        response = app.make_response(error_response(status, MESSAGES.get(status, error.description)))
        for name, value in error.get_headers():
            if name == "Allow":  # a 405 says which methods the address takes (RFC 9110)
                response.headers[name] = value
        return response

    @app.errorhandler(Exception)
    def internal_error(error):
        try:
            problem = current_app.extensions["hemeroteca"].diagnose()
        except Exception as failure:  # noqa: BLE001 - the check itself could not read the files
            problem = f"no se pudo comprobar el índice ({failure})"
        if problem:
            app.logger.error("503 en %s: %s (%s: %s)", request.path, problem,
                             type(error).__name__, error)
            return unavailable("missing" if problem == GONE else "damaged")
        app.logger.exception("Error al responder %s", request.path)
        return error_response(500, MESSAGES[500])
