"""Pages about the index rather than one search: the query language's help and the speakers.

`/ayuda` says what the search box takes (prefixes, typos, fields, dates), which the home
page's one line could not; `/oradores` lists the people who speak and the roles, as
`hemeroteca speakers` does, each a link to their paragraphs; `/api/oradores` (and
`/api/speakers`) gives the same list as JSON, in the shape of `hemeroteca speakers --json`.
Both count a group of identical documents once, as a search does; `copias=todas` counts
every copy (retrieval/copies.py).
"""

from flask import Blueprint, current_app, jsonify, render_template, request

from search.retrieval.browse import speaker_table
from search.settings import SORTS
from search.text.untrusted import without_controls
from web.errors import error_response
from web.params import ParamError, SearchParams, parse_params

blueprint = Blueprint("pages", __name__)


def speakers(every_copy=False):
    """Return the index's speakers as dicts: people first, then roles; most paragraphs first;
    identical copies counted once unless `every_copy` (browse.speaker_table)."""
    table = speaker_table(current_app.extensions["hemeroteca"].get(), every_copy)
    return [{"speaker": without_controls(name), "paragraphs": count, "first": first, "last": last,
             "kind": "person" if person else "role"} for name, count, first, last, person in table]


@blueprint.get("/ayuda")
def help_page():
    """Show the query language, with an example of each thing the box takes."""
    return render_template("help.html", params=SearchParams(), sorts=SORTS)


@blueprint.get("/oradores")
def speakers_page():
    """List the people who speak and, apart, the roles and generic labels, each a link to a search."""
    try:
        every_copy = copies_asked()
    except ParamError as error:
        return error_response(400, str(error))
    rows = speakers(every_copy)
    # each name's link searches as the list counted: every copy too when asked
    return render_template("speakers.html", params=SearchParams(), sorts=SORTS, copias="todas" if every_copy else None,
                           people=[row for row in rows if row["kind"] == "person"],
                           roles=[row for row in rows if row["kind"] == "role"])


@blueprint.get("/api/oradores")
@blueprint.get("/api/speakers")
def api_speakers():
    """Return the speakers as JSON: [{speaker, paragraphs, first, last, kind}]."""
    try:
        every_copy = copies_asked()
    except ParamError as error:
        return error_response(400, str(error))
    return jsonify(speakers(every_copy))


def copies_asked():
    """Tell whether the request asks for every identical copy (`copias=todas`, as a search
    reads it: params.parse_params), or raise ParamError naming a bad value."""
    return parse_params({"copias": request.args.get("copias", "")}).copias == "todas"
