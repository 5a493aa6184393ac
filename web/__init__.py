"""The search page: a Flask app over a live Hemeroteca index.

    >>> app = create_app({"INDEX_DIR": "index"})
"""

from flask import Flask
from werkzeug.routing import PathConverter

from search import settings
from web import errors, pages, templating, views
from web.costly import CostlyRunner
from web.headers import refuse_large_requests, secure_headers
from web.limits import EXPORT_QUEUE, EXPORT_SLOTS, CostlyGate, ExportsBusy
from web.live_index import LiveIndex
from web.params import refuse_unknown_api_params
from web.results_cache import ResultsCache
from web.urls import refuse_undecodable_urls

MAX_REQUEST_BYTES = 1024 * 1024

__all__ = ["create_app"]


class NamePath(PathConverter):
    """Werkzeug's path, newlines included: a file name may hold one (`nueva\nlinea.txt`),
    and its document's links must not be dead (`.` stops at a newline)."""

    regex = "[^/](?s:.*?)"


def create_app(config=None):
    """Create the app; config may set INDEX_DIR and any Flask setting."""
    app = Flask(__name__)
    app.config.from_mapping(
        INDEX_DIR=settings.INDEX_DIR.value(),
        MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
        CACHED_PAGES=settings.CACHED_PAGES.value(),  # SettingError when the variable is bad
        SEARCH_SECONDS=settings.SEARCH_SECONDS.value(),
        COSTLY_SLOTS=1,  # costly searches at once (web/limits.py)
        COSTLY_QUEUE=8,  # costly searches that may wait for a slot; the server sets it
        COSTLY_WAIT=20.0,  # seconds one may wait before it gets a 503 "try again"
        COSTLY_PROCESSES=0,  # worker processes for costly searches (web/costly.py); 0: none
        EXPORT_SLOTS=EXPORT_SLOTS,  # downloads of every hit at once (web/limits.py)
        EXPORT_QUEUE=EXPORT_QUEUE,  # downloads that may wait for a slot, EXPORT_WAIT seconds at most
        EXPORT_WAIT=20.0,
    )
    if config:
        app.config.update(config)
    app.url_map.merge_slashes = False  # /doc//etc/passwd is a 404, not a redirect
    app.url_map.converters["path"] = NamePath
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    app.extensions["hemeroteca"] = LiveIndex(app.config["INDEX_DIR"])
    app.extensions["hemeroteca.cache"] = ResultsCache(app.config["CACHED_PAGES"])
    app.extensions["hemeroteca.gate"] = CostlyGate(
        app.config["COSTLY_SLOTS"], app.config["COSTLY_QUEUE"], app.config["COSTLY_WAIT"])
    app.extensions["hemeroteca.exports"] = CostlyGate(
        app.config["EXPORT_SLOTS"], app.config["EXPORT_QUEUE"], app.config["EXPORT_WAIT"], ExportsBusy)
    app.extensions["hemeroteca.costly"] = (CostlyRunner(app.config["INDEX_DIR"],
                                                        app.config["COSTLY_PROCESSES"])
                                           if app.config["COSTLY_PROCESSES"] else None)
    app.before_request(refuse_large_requests)
    app.before_request(refuse_undecodable_urls)
    app.before_request(refuse_unknown_api_params)
    app.after_request(secure_headers)
    app.register_blueprint(views.blueprint)
    app.register_blueprint(pages.blueprint)
    errors.register(app)
    templating.register(app)
    return app
