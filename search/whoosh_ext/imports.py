"""Whoosh and numpy without the modules they import and a search never uses.

Some of the modules Whoosh imports cost a fresh search about 50 ms of CPU time,
a fifth of `hemeroteca search` at 165k paragraphs (`python -X importtime`, minimum of 3
runs), for code a search never runs:

- `whoosh.compat` does `from urllib.request import urlretrieve`, which loads http.client,
  email, ssl and socket (about 20 ms), `from html import escape` (2 ms, with its table
  of entities) for HTML highlighting, and queue for its writer's processes. A search uses
  none of them.
- `whoosh.reading` imports the `cached_property` package, which imports asyncio (about
  20 ms) to tell whether a method is a coroutine, when its property is first read.
- `whoosh.query.terms` imports `whoosh.lang.morph_en` (5 ms of regular expressions) for
  its Variations query, which Hemeroteca doesn't use.
- `whoosh.filedb.filetables` imports hashlib, which loads OpenSSL (2 ms), for the md5 of
  the terms it looks up in a segment's term table: only Whoosh's own path does that.
- `whoosh.util.times` imports calendar (1 ms, with locale) for relative dates.
- `whoosh.filedb.filestore` imports tempfile (2 ms, with shutil, bz2, lzma and random)
  for its temporary storage, `whoosh.filedb.compound` shutil's copyfileobj to write a
  compound segment, and `whoosh.util` and `whoosh.classify` random (0.5 ms) for the
  names of new files and for clustering: only writers and Whoosh's own path use them.
- `whoosh.searching` and `whoosh.spelling` import `whoosh.highlight` (0.3 ms) for Whoosh's
  own Results and corrections: the posting cache answers, and snippets.py marks the words.
- `whoosh.analysis.morph` imports `whoosh.lang.dmetaphone` (0.3 ms) for its phonetic
  filter, which no analyzer here has. (Not its Porter stemmer: StemFilter's default
  argument would hold the stand-in's function, and a schema with it could not be pickled.)

The standard library's `inspect` (which click, numpy and dataclasses import) and
`linecache` import tokenize (0.7 ms) to read source code: a traceback's lines, `getsource`.

click's modules import gettext (0.8 ms, with its regular expression) for their messages,
which cli/spanish.py gives in Spanish from a table of its own as the program starts.

numpy (2.4) loads some 10 ms of a fresh search's 120 that the posting cache never uses:
- `numpy.linalg`, which `numpy.matrixlib` (`matrix_power`) and `numpy.lib`'s polynomials
  (`eigvals`, `inv`, `lstsq`) import, with its LAPACK module and `numpy._typing` (6 ms);
- ctypes, which `numpy._core._internal` imports for an array's `.ctypes` (1 ms);
- textwrap, which `numpy.lib._utils_impl` imports to indent the docstring of a function
  it deprecates (0.8 ms; `platform`, which it imports too, loads anyway, for uuid); the
  docstring modules below import it too;
- for the `hemeroteca` program only (PROGRAM_STAND_INS): the docstrings of numpy's C
  functions and scalar types, which `numpy._core` sets as it loads (4 ms; numpy's docs
  build mocks the second module out itself). A program prints no numpy help, so they are
  never loaded there; a library user's `help(numpy.searchsorted)` keeps them.

`lighten()` puts a finder first on sys.meta_path. When one of those importing modules
loads, the heavy module it imports is a stand-in for the time of that import: a module
whose names load the real one on first use (PEP 562). The stand-in is removed from
sys.modules at once, so any later import gets the real module, and there is only ever one
of each. Once the real module is loaded, the names the importing module took are bound to
it (the module, or the function taken with `from … import`), so each later use is a plain
lookup. It must run before Whoosh and numpy are first imported: search/__init__.py calls it,
and it costs nothing until then. A stand-in is never wrong, only sometimes useless: a
name it doesn't know (a release that imports more) loads the real module at once.

May import: the standard library only (it runs before everything else of Hemeroteca).
"""

import importlib
import importlib.machinery
import sys
from contextlib import ExitStack, contextmanager
from types import ModuleType

# the module that imports them -> ((a heavy module, the names it takes with `from … import`), …)
STAND_INS = {
    "whoosh.compat": (("urllib.request", ("urlretrieve",)), ("html", ("escape",)), ("queue", ())),
    "cached_property": (("asyncio", ()),),
    "whoosh.query.terms": (("whoosh.lang.morph_en", ("variations",)),),
    "whoosh.filedb.filetables": (("hashlib", ("md5",)),),
    "whoosh.util.times": (("calendar", ()),),
    "whoosh.filedb.filestore": (("tempfile", ()),),
    "whoosh.filedb.compound": (("shutil", ("copyfileobj",)),),
    "whoosh.util": (("random", ()),),
    "whoosh.classify": (("random", ()),),
    "whoosh.analysis.morph": (("whoosh.lang.dmetaphone", ("double_metaphone",)),),
    "whoosh.searching": (("whoosh.highlight", ()),),
    "whoosh.spelling": (("whoosh.highlight", ()),),
    "inspect": (("tokenize", ()),),
    "linecache": (("tokenize", ()),),
    # click's modules translate with gettext, which cli/spanish.py replaces by its own table
    **{f"click.{name}": (("gettext", ("gettext", "ngettext")),)
       for name in ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types", "utils")},
    "numpy.matrixlib.defmatrix": (("numpy.linalg", ("matrix_power",)),),
    "numpy.lib._polynomial_impl": (("numpy.linalg", ("eigvals", "inv", "lstsq")),),
    "numpy._core._internal": (("ctypes", ()),),
    "numpy.lib._utils_impl": (("textwrap", ()),),
}
# Only in the `hemeroteca` program (lighten(program=True)): modules that only set docstrings.
PROGRAM_STAND_INS = {
    "numpy._core": (("numpy._core._add_newdocs", ()), ("numpy._core._add_newdocs_scalars", ())),
}


def lighten(program: bool = False) -> None:
    """Have Whoosh's and numpy's modules load without the heavy ones of STAND_INS, and
    with `program` (the `hemeroteca` command) without those of PROGRAM_STAND_INS too
    (idempotent)."""
    finder = next((finder for finder in sys.meta_path if isinstance(finder, StandInFinder)), None)
    if finder is None:
        finder = StandInFinder()
        sys.meta_path.insert(0, finder)
    finder.program = finder.program or program


class StandInFinder:
    """A sys.meta_path finder: the modules of STAND_INS load with their stand-ins in place."""

    program = False  # PROGRAM_STAND_INS too

    def find_spec(self, fullname, path=None, target=None):
        found = STAND_INS.get(fullname) or (PROGRAM_STAND_INS.get(fullname) if self.program else None)
        # A heavy module already loaded is paid for: only the others stand in. One standing in
        # for another importer that is loading (linecache imported by inspect) is shared: this
        # module too is bound to the real one when it loads.
        heavy = tuple((name, names) for name, names in found or ()
                      if name not in sys.modules or isinstance(sys.modules[name], StandIn))
        if not heavy:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = StandInLoader(spec.loader, heavy)
        return spec


class StandInLoader:
    """A module's own loader, run while stand-ins take the place of heavy modules."""

    def __init__(self, loader, heavy):
        self.loader, self.heavy = loader, heavy

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        with ExitStack() as stack:
            stand_ins = [stack.enter_context(standing_in(name, names)) for name, names in self.heavy]
            self.loader.exec_module(module)
            for stand_in in stand_ins:
                if isinstance(stand_in, StandIn):
                    stand_in.__used_by__(module.__dict__)

    def __getattr__(self, name):  # get_source, is_package…: the module's own loader answers
        return getattr(self.loader, name)


class StandIn(ModuleType):
    """Stands in for a module until one of its names is used: then the real module loads.

    `names` are the names taken from it with `from module import x`: each is a function
    that calls the real one. Any other attribute loads the real module (module __getattr__).
    The namespaces that took the stand-in or its names (`__used_by__`) are bound to the real
    module and its functions as it loads. Its own names are dunders, which no module it
    stands in for uses: any other name is the real module's.
    """

    def __init__(self, name, names=()):
        super().__init__(name, f"Stands in for {name} until it is used (whoosh_ext/imports.py).")
        self.__users__ = []  # (namespace, key, attribute or None for the module itself)
        self.__functions__ = {attribute: _calling_real(self, attribute) for attribute in names}
        self.__dict__.update(self.__functions__)

    def __getattr__(self, attribute):
        # The import system asks a module for __path__ and the like: a stand-in has none.
        if attribute.startswith("__"):
            raise AttributeError(f"module {self.__name__!r} has no attribute {attribute!r}")
        return getattr(self.__real__(), attribute)

    def __used_by__(self, namespace):
        """Note the keys of a module's namespace that hold this stand-in or one of its names."""
        for key, value in namespace.items():
            held = self.__holds__(value)
            if held is not False:
                self.__users__.append((namespace, key, held))
        real = sys.modules.get(self.__name__)
        if real is not None and real is not self:  # used while its user loaded: bind now
            self.__real__()

    def __holds__(self, value):
        """Return None if value is this stand-in, the name if it is one of its functions, else False."""
        if value is self:
            return None
        return next((name for name, function in self.__functions__.items() if value is function), False)

    def __real__(self):
        """Return the real module, importing it, and bind the names that held the stand-in."""
        name = self.__name__
        if sys.modules.get(name) is self:  # within its user's import
            del sys.modules[name]
        real = importlib.import_module(name)
        for namespace, key, attribute in self.__users__:
            if key in namespace and self.__holds__(namespace[key]) == attribute:  # not rebound since
                namespace[key] = real if attribute is None else getattr(real, attribute)
        self.__users__.clear()
        return real


@contextmanager
def standing_in(name, names=()):
    """Within the block, `import name` gives a StandIn that loads the real module when used."""
    if name in sys.modules:
        yield sys.modules[name]
        return
    stand_in = StandIn(name, names)
    sys.modules[name] = stand_in
    try:
        yield stand_in
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


def _calling_real(stand_in, attribute):
    real = None

    def call(*args, **kwargs):
        nonlocal real
        if real is None:  # copied elsewhere it stays this function: the real one is found once
            real = getattr(stand_in.__real__(), attribute)
        return real(*args, **kwargs)

    call.__name__ = call.__qualname__ = attribute
    return call
