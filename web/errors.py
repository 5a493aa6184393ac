"""Errors as pages (or JSON under /api/) with a message: 400, 404, 413, 503; never a traceback."""

from flask import jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search.errors import IndexNotFound, QueryError, RecordNotFound

TITLES = {
    400: "Petición no válida",
    404: "No encontrado",
    405: "Método no permitido",
    413: "Petición demasiado grande",
    500: "Error interno",
    503: "Índice no disponible",
}
MESSAGES = {
    404: "Esa página no existe.",
    405: "Esta dirección solo admite consultas GET.",
    413: "La petición supera 1 MB.",
    500: "Algo falló al responder. El error quedó registrado en el servidor.",
}
BUILD_HINT = "hemeroteca index seeds/ --index {index_dir}"
UNAVAILABLE = ("La búsqueda no está disponible en este momento. Vuelva a intentarlo dentro de "
               "unos minutos.")


def wants_json():
    """Return True when the request is for the JSON API."""
    return request.path.startswith(("/api/", "/healthz"))


def error_response(status, message, hint=None):
    """Return the error as JSON for the API, else as a page."""
    if wants_json():
        body = {"error": message, "status": status}
        if hint:
            body["hint"] = hint
        return jsonify(body), status
    page = render_template("error.html", status=status, title=TITLES.get(status, "Error"),
                           message=message, hint=hint)
    return page, status


def register(app):
    """Install the error handlers on an app."""

    @app.errorhandler(QueryError)
    def bad_query(error):
        return error_response(400, str(error))

    @app.errorhandler(RecordNotFound)
    def not_found(error):
        return error_response(404, str(error) or MESSAGES[404])

    @app.errorhandler(IndexNotFound)
    def no_index(error):
        hint = BUILD_HINT.format(index_dir=app.config["INDEX_DIR"])
        # The details (a path on the server, how to build it) are for whoever runs it:
        # the log and /healthz; a visitor is told in Spanish, with no path.
        app.logger.warning("Índice no disponible: %s. Constrúyalo con: %s", error, hint)
        if request.path.startswith("/healthz"):
            return error_response(503, f"No se puede abrir el índice de búsqueda ({error}).", hint)
        return error_response(503, UNAVAILABLE)

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
        app.logger.exception("Error al responder %s", request.path)
        return error_response(500, MESSAGES[500])
