"""Pages about the index rather than one search: the query language's help and the speakers.

`/ayuda` says what the search box takes (prefixes, typos, fields, dates), which the home
page's one line could not; `/oradores` lists the people who speak and the roles, as
`hemeroteca speakers` does, each a link to their paragraphs; `/api/oradores` (and
`/api/speakers`) gives the same list as JSON, in the shape of `hemeroteca speakers --json`.
"""

from flask import Blueprint, current_app, jsonify, render_template

from search.retrieval.browse import speaker_table
from search.settings import SORTS
from search.text.untrusted import without_controls
from web.params import SearchParams

blueprint = Blueprint("pages", __name__)


def speakers():
    """Return the index's speakers as dicts: people first, then roles; most paragraphs first."""
    table = speaker_table(current_app.extensions["hemeroteca"].get())
    return [{"speaker": without_controls(name), "paragraphs": count, "first": first, "last": last,
             "kind": "person" if person else "role"} for name, count, first, last, person in table]


@blueprint.get("/ayuda")
def help_page():
    """Show the query language, with an example of each thing the box takes."""
    return render_template("help.html", params=SearchParams(), sorts=SORTS)


@blueprint.get("/oradores")
def speakers_page():
    """List the people who speak and, apart, the roles and generic labels, each a link to a search."""
    rows = speakers()
    return render_template("speakers.html", params=SearchParams(), sorts=SORTS,
                           people=[row for row in rows if row["kind"] == "person"],
                           roles=[row for row in rows if row["kind"] == "role"])


@blueprint.get("/api/oradores")
@blueprint.get("/api/speakers")
def api_speakers():
    """Return the speakers as JSON: [{speaker, paragraphs, first, last, kind}]."""
    return jsonify(speakers())
