"""What the templates call beside their context: text with its marks, dates kept on one
line, numbers and plurals in Spanish, and the URLs of a search's other pages."""

import re

from flask import url_for
from markupsafe import Markup, escape

from search.retrieval.snippets import mark
from search.text.wording import number, plural
from web.editions import page_url

ISO_DATE = re.compile(r"\b\d{4}-\d{2}(?:-\d{2})?\b")


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


def back_args(params):
    """Return the URL arguments that take a document or similar page back to its results."""
    return params.url_args() if params else {}


def register(app):
    """Give app's templates these filters (`marked`, `unbroken_dates`, `number`) and globals."""
    for name, function in (("marked", marked), ("unbroken_dates", unbroken_dates), ("number", number)):
        app.add_template_filter(function, name)
    for name, function in (("plural", plural), ("page_url", page_url), ("search_url", search_url),
                           ("back_args", back_args)):
        app.add_template_global(function, name)
