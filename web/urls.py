"""Addresses that are not UTF-8 (`?q=Quer%E9taro`, `/doc/%FF`): a Spanish 400, never a guess.

Browsers write an address in UTF-8 with `%` (RFC 3986; `é` is `%C3%A9`), and so does every
HTTP library. Bytes that are no UTF-8 come from old forms or scripts that write Latin-1
(`%E9`) or from a cut address (`%C3` alone). Werkzeug would read them as text, silently:
`q=Quer%E9taro` searched «Quer%E9taro» and found nothing, `/doc/%E9` looked for «�».
So such an address is refused before any view runs, with the page's error page or the
API's JSON error, naming the part that is wrong and what it likely meant (read as
Windows-1252, the usual source), written as a browser would. A `%` that starts no
escape (`100%`, `%ZZ`) is a character, as browsers and Werkzeug read it.

Raw bytes in an address (`curl '…?q=Querétaro'`) are encoded by the server before the
app sees them (web/server_errors.py), so they reach this check too.
"""

from urllib.parse import quote, unquote_to_bytes

from flask import request

from search.errors import QueryError, shown

SHOWN_CHARS = 80  # a wrong value quoted in the message, at most


def refuse_undecodable_urls():
    """Raise QueryError (a 400) when the request's path or a query parameter is not UTF-8."""
    raw = request.environ.get("REQUEST_URI") or request.environ.get("RAW_URI")
    path, query = (raw.split("?", 1) + [""])[:2] if raw else ("", request.environ.get("QUERY_STRING", ""))
    path = path.split("#", 1)[0]
    if not _utf8(path):
        raise QueryError(_message("la ruta", path, quote(_guess(path), safe="/")))
    for part in query.split("&"):
        name, _, value = part.partition("=")
        if not _utf8(name):
            raise QueryError(_message("un nombre de parámetro", part, f"{quote(_guess(name), safe='')}={value}"))
        if not _utf8(value):
            raise QueryError(_message(f"el parámetro «{_cut(_guess(name))}»", part,
                                      f"{name}={quote(_guess(value), safe='')}"))


def _utf8(typed):
    """Return whether typed (percent-encoded, `+` a space) is UTF-8 once decoded."""
    try:
        unquote_to_bytes(typed.replace("+", " ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _guess(typed):
    """Return typed (percent-encoded) as Windows-1252 would read its bytes: `Quer%E9taro` is `Querétaro`."""
    return unquote_to_bytes(typed.replace("+", " ")).decode("cp1252", "replace")


def _cut(text):
    text = shown(text)
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _message(where, typed, meant):
    return (f"La dirección no está escrita en UTF-8: {where} lleva «{_cut(typed)}». Escríbala como lo hace "
            f"un navegador, en UTF-8 con % («é» es %C3%A9); si quería decir «{_cut(_guess(typed))}», "
            f"es {_cut(meant)}")
