"""Search parameters from a URL: checked, and turned back into URLs that change one of them.

The library checks what the words mean (dates, query syntax); this module checks only
shapes and sizes, against the bounds of search/settings.py, so a bad URL gets a message
that names its parameter. A query longer than the library takes is cut by the library,
which says so.
"""

from dataclasses import asdict, dataclass, replace

from flask import request
from werkzeug.datastructures import MultiDict

from search.errors import QueryError
from search.query.lexer import squeezed
from search.retrieval.filter_values import filter_values
from search.settings import (
    DEFAULT_LIMIT,
    MAX_FILTER_CHARS,
    MAX_FILTER_VALUES,
    MAX_LIMIT,
    MAX_PAGE,
    MAX_QUERY_CHARS,
    SORTS,
    SPANISH_SORTS,
    sort_name,
)
from search.text.untrusted import typed_words


class ParamError(ValueError):
    """A URL parameter with a value the page can't use; the message is for the user."""


@dataclass(frozen=True)
class SearchParams:
    """Everything that defines a page of results; all of it lives in the URL."""

    q: str = ""
    # Repeated in the URL (`orador=A&orador=B`), any of them: a paragraph where either speaks, as a
    # facet chosen twice means (search/retrieval/filter_values.py); a string is one value.
    orador: tuple[str, ...] = ()
    desde: str = ""
    hasta: str = ""
    sort: str = "relevance"
    page: int = 1
    limit: int = DEFAULT_LIMIT
    sinonimos: str = ""  # "no": the words alone, without their synonyms (search/query/synonyms.py)
    copias: str = ""  # "todas": each identical copy of a document shown and counted (retrieval/copies.py)
    fecha: tuple[str, ...] = ()  # periods, any of them (`fecha=2020&fecha=2021`: the year facet's choices)

    def __post_init__(self):
        for name in ("orador", "fecha"):  # one value given as a string, or a list: a tuple, each value once
            object.__setattr__(self, name, filter_values(getattr(self, name)))

    def url_args(self, **changes):
        """Return the URL arguments of these parameters with changes, defaults left out."""
        changed = replace(self, **changes)
        defaults = SearchParams()
        return {name: value for name, value in asdict(changed).items()
                if value != getattr(defaults, name)}

    def search_options(self):
        """Return the keyword arguments of search.query.search for these parameters."""
        return {
            "limit": self.limit, "page": self.page, "sort": self.sort,
            "speaker": self.orador or None, "date_from": self.desde or None,
            "date_to": self.hasta or None, "dates": self.fecha or None, "synonyms": self.sinonimos != "no",
            "every_copy": self.copias == "todas",
        }

    def searches(self):
        """Tell whether there is something to search: words, or filters alone (listed newest first)."""
        return bool(self.q or self.orador or self.desde or self.hasta or self.fecha)

    def key(self):
        """Return a hashable key of every parameter."""
        return tuple(asdict(self).values())


def _text(args, name, limit=None):
    # Read as the search reads it: a NUL typed in the URL separates words and is not echoed into the page.
    value = typed_words(args.get(name, ""))
    if limit is not None and len(value) > limit:
        raise ParamError(f"El parámetro «{name}» es demasiado largo: "
                         f"admite {limit} caracteres como máximo.")
    return value


# A number longer than this names no page, limit, paragraph or piece (no document has a
# trillion), and is never handed to int(), which refuses strings past 4,300 digits.
MAX_DIGITS = 12
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def whole_number(raw):
    """Return the whole number from 1 a parameter writes, or None: ASCII digits, or fullwidth
    ones (`２`, typed with a Japanese or Chinese keyboard, which NFKC and `show doc#２` read
    as 2), at most MAX_DIGITS. One rule for every numeric parameter (`page`,
    `limit`, `parrafo`, `trozo`); a superscript (`²`) or another script's digits (`٣`) are
    none (a URL typed in Spanish has no reason to hold them).

    >>> [whole_number(typed) for typed in ("7", "１２", "0", "-3", "1e3", "٣", "²", "9" * 30, "")]
    [7, 12, None, None, None, None, None, None, None]
    """
    digits = raw.translate(FULLWIDTH_DIGITS)
    if not (digits.isascii() and digits.isdigit() and len(digits) <= MAX_DIGITS):
        return None
    return int(digits) or None


def _values(args, name):
    """Return the values of a parameter given once or more (`orador=A&orador=B`), each read as
    _text reads one, blank ones left out, each once; ParamError for more than MAX_FILTER_VALUES
    or one longer than MAX_FILTER_CHARS."""
    typed = args.getlist(name) if hasattr(args, "getlist") else [args.get(name, "")]
    values = filter_values([_text({name: value}, name, MAX_FILTER_CHARS) for value in typed])
    if len(values) > MAX_FILTER_VALUES:
        raise ParamError(f"El parámetro «{name}» se repite demasiadas veces ({len(values)}): "
                         f"admite {MAX_FILTER_VALUES} valores como máximo.")
    return values


def _number(args, name, default, highest):
    raw = args.get(name, "").strip()
    if not raw:
        return default
    number = whole_number(raw)
    if number is None or number > highest:
        shown = raw if len(raw) <= 20 else raw[:20] + "…"
        raise ParamError(f"El parámetro «{name}» debe ser un número entre 1 y {highest}; "
                         f"se recibió «{shown}».")
    return number


def parse_paragraph(args):
    """Return (what `parrafo` holds, stripped; the paragraph it names, or None when it names
    none: not a whole_number). Without it, ("", 1).

    >>> parse_paragraph({"parrafo": " 7 "}), parse_paragraph({})
    (('7', 7), ('', 1))
    >>> [parse_paragraph({"parrafo": typed})[1] for typed in ("0", "-3", "abc", "1e3", "9" * 30, "２")]
    [None, None, None, None, None, 2]
    """
    raw = args.get("parrafo", "").strip()
    if not raw:
        return "", 1
    return raw, whole_number(raw)


def parse_piece(args):
    """Return the piece of a long paragraph `trozo` names: a whole number from 1, else 1.

    >>> [parse_piece({"trozo": typed}) for typed in ("3", " 2 ", "0", "-1", "abc", "9" * 30)] + [parse_piece({})]
    [3, 2, 1, 1, 1, 1, 1]
    """
    return whole_number(args.get("trozo", "").strip()) or 1


def typed_params(args):
    """Return SearchParams that keep what the person typed, with bad values at their defaults.

    For the page that reports a bad parameter: the search box and the filters still
    show what was typed, so it can be corrected rather than typed again.
    """
    found = {}
    for name, default in asdict(SearchParams()).items():
        try:
            typed = MultiDict({name: args.getlist(name) if hasattr(args, "getlist") else args.get(name, "")})
            found[name] = getattr(parse_params(typed), name)
        except ParamError:
            found[name] = default
    return SearchParams(**found)


def parse_params(args):
    """Return the SearchParams in a request's arguments, or raise ParamError."""
    sort = sort_name(args.get("sort", "").strip() or "relevance")
    if sort not in SORTS:
        raise ParamError("El parámetro «sort» debe ser uno de: " + ", ".join([*SPANISH_SORTS, *SORTS]) + ".")
    return SearchParams(
        # The search reads the first MAX_QUERY_CHARS and says so; keeping one more
        # character lets it say so, and the page does not repeat a pasted book in each link.
        # Squeezed first, as the search reads it: `((((…salud…))))` keeps its word.
        q=squeezed(_text(args, "q"))[:MAX_QUERY_CHARS + 1],
        orador=_values(args, "orador"),
        desde=_text(args, "desde", MAX_FILTER_CHARS),
        hasta=_text(args, "hasta", MAX_FILTER_CHARS),
        sort=sort,
        page=_number(args, "page", 1, MAX_PAGE),
        limit=_number(args, "limit", DEFAULT_LIMIT, MAX_LIMIT),
        sinonimos=_switch(args, "sinonimos"),
        copias=_every_copy(args),
        fecha=_values(args, "fecha"),
    )


# What /api/search takes. Ignored: `_`, a script's cache buster (jQuery's `cache: false`), and
# `facets` (`search --facets`), which the API always gives.
API_PARAMS = ("q", "orador", "desde", "hasta", "fecha", "sort", "page", "limit", "sinonimos", "copias", "format")
IGNORED_PARAMS = ("_", "facets")
# What each JSON route takes (by endpoint): one rule for the API, checked before the route runs
# (refuse_unknown_api_params). /api/doc takes the search it was opened from too, which its links
# carry (views.origin_params). The page is lenient instead.
API_ROUTES = {"search.api_search": API_PARAMS,
              "search.api_document": ("parrafo", "trozo", *(name for name in API_PARAMS if name != "format")),
              "pages.api_speakers": ("copias",)}
# The parameters a script likely meant by a name the API does not take: the CLI's options
# (`--speaker`, `--from`, `--to`, `--date`, `--no-synonyms`), the English of the response's
# fields, or the page's other words.
LIKELY_PARAMS = {name: tuple(meant.split()) for name, meant in {
    "query": "q", "speaker": "orador", "speakers": "orador", "date": "fecha", "dates": "fecha", "año": "fecha",
    "periodo": "fecha",
    "from": "desde", "since": "desde", "date_from": "desde", "to": "hasta", "until": "hasta",
    "date_to": "hasta", "synonyms": "sinonimos", "sinónimos": "sinonimos", "no-synonyms": "sinonimos",
    "no_synonyms": "sinonimos", "sin-sinonimos": "sinonimos", "pagina": "page",
    "página": "page", "orden": "sort", "limite": "limit", "límite": "limit", "size": "limit",
    "per_page": "limit", "formato": "format", "paragraph": "parrafo", "párrafo": "parrafo",
    "piece": "trozo", "pieza": "trozo", "copies": "copias", "all_copies": "copias", "all-copies": "copias",
    "todas-las-copias": "copias",
}.items()}


def page_args(args):
    """Return a page request's arguments with the names a person likely meant read as the page's
    own (LIKELY_PARAMS: `orden=fecha` is `sort=fecha`, `pagina=2` is `page=2`), where the page's
    own name is not given. The page ignores names it does not know (a shared link's `utm_source`),
    but `orden=xyz` was ignored in silence where the API refused it (trial35): read as `sort`, a
    bad value is refused alike, with the same message, and a good one works.

    >>> page_args({"q": "salud", "orden": "-fecha", "pagina": "2"})
    {'q': 'salud', 'orden': '-fecha', 'pagina': '2', 'sort': '-fecha', 'page': '2'}
    >>> page_args({"q": "salud", "fecha": "2020", "date": "2021"})  # `fecha` is the page's own (filter_values)
    {'q': 'salud', 'fecha': '2020', 'date': '2021'}
    >>> page_args({"sort": "fecha", "orden": "xyz"})["sort"]
    'fecha'
    """
    found = args.copy()  # a MultiDict stays one: a name given twice keeps both values
    for name, value in list(args.items()):
        for meant in LIKELY_PARAMS.get(name.strip().lower(), ()):
            if meant in API_PARAMS and meant not in args and meant != "format":
                found.setdefault(meant, value)
    return found


def check_api_names(args, taken=API_PARAMS):
    """Raise ParamError naming the first parameter a JSON route does not take (taken: /api/search's
    by default; API_ROUTES), and the one it likely meant: a script's `fecha=2020`, dropped in
    silence, would return every hit unfiltered. The page is lenient instead: a shared link
    gains `utm_source` and the like.

    >>> check_api_names({"q": "vacuna", "_": "1"})
    >>> try:
    ...     check_api_names({"q": "vacuna", "speaker": "Hugo"})
    ... except ParamError as error:
    ...     print(str(error)[:70])
    La API no admite el parámetro «speaker» (¿quiso decir «orador»?); admi
    """
    for name in args:
        if name in taken or name in IGNORED_PARAMS:
            continue
        shown = name if len(name) <= 20 else name[:20] + "…"
        likely = LIKELY_PARAMS.get(name.strip().lower())
        hint = (f" (¿quiso decir {' y '.join(f'«{meant}»' for meant in likely)}?)"
                if likely and set(likely) <= set(taken) else "")
        admitted = f"admite: {', '.join(taken)}" if taken else "esta dirección no admite ninguno"
        raise ParamError(f"La API no admite el parámetro «{shown}»{hint}; {admitted}.")


def _switch(args, name):
    """Return "no" when a parameter turns something off (`no`, `0`, `false`), else ""."""
    raw = args.get(name, "").strip().lower()
    if raw in ("", "si", "sí", "1", "true"):
        return ""
    if raw in ("no", "0", "false"):
        return "no"
    raise ParamError(f"El parámetro «{name}» debe ser «no» (o nada); se recibió «{raw[:20]}».")


def _every_copy(args):
    """Return "todas" when each identical copy is asked for (`copias=todas`, `all`), else ""."""
    raw = args.get("copias", "").strip().lower()
    if raw in ("", "una"):
        return ""
    if raw in ("todas", "all"):
        return "todas"
    raise ParamError(f"El parámetro «copias» debe ser «todas» (o nada); se recibió «{raw[:20]}».")


def refuse_unknown_api_params():
    """Raise QueryError (a 400, in JSON) for a parameter the JSON route asked for does not take
    (API_ROUTES, check_api_names), before the route runs (a before_request hook)."""
    taken = API_ROUTES.get(request.endpoint)
    if taken is not None:
        try:
            check_api_names(request.args, taken)
        except ParamError as error:
            raise QueryError(str(error)) from error
