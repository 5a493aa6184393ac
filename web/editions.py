"""Which version of the index a page of results was made from, for whoever pages through them.

An update between page 2 and page 3 moves the results: some come twice, some never (as with
Lucene's `from`/`size` paging; Elasticsearch's answer is a point in time, which a page built
on links can't hold). The pager's links carry a short name of the index they were made from,
`indice`; a page reached from another version of the documents says so, and the API gives the name as
`index_version` so a script can do the same.
"""

from flask import current_app, request, url_for
from markupsafe import Markup

CHANGED = Markup("<!--changed-->")  # where a page says the index changed since the page before it


def index_token():
    """Return a short name of the documents the live index serves: 12 hex digits, e.g.
    '3f9a0c2b71de' (SearchIndex.edition). An update that changes documents changes it;
    `optimize`, or an update that found nothing to change, does not: the results stay put."""
    return current_app.extensions["hemeroteca"].get().edition()


def page_url(params, page, edition):
    """Return the URL of another page of these results, made from the index named edition."""
    return url_for("search.search_page", **params.url_args(page=page), indice=edition)


def changed_notice(params):
    """Return the notice of a page reached from a page of another version of the index (its
    `indice`; page 1 has nothing to compare), else ""."""
    seen = request.args.get("indice", "")
    if not seen or params.page == 1 or seen == index_token():
        return ""
    first = url_for("search.search_page", **params.url_args(page=1))
    return Markup('<p class="notice" role="status">El índice cambió desde la página anterior (se añadieron, '
                  'cambiaron o quitaron documentos): los resultados se han movido, y alguno puede repetirse '
                  'o faltar. <a href="{}">Volver a la primera página</a>.</p>').format(first)
