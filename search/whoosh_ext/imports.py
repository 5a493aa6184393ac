"""Whoosh without the modules it imports and never uses here.

Four of Whoosh's imports cost a fresh search about 47 ms of CPU time, a fifth of
`hemeroteca search` at 165k paragraphs (`python -X importtime`, minimum of 3 runs):

- `whoosh.compat` does `from urllib.request import urlretrieve`, which loads http.client,
  email, ssl and socket (about 20 ms). Nothing of Whoosh calls it.
- `whoosh.reading` imports the `cached_property` package, which imports asyncio (about
  20 ms) to tell whether a method is a coroutine, when its property is first read.
- `whoosh.query.terms` imports `whoosh.lang.morph_en` (5 ms of regular expressions) for
  its Variations query, which Hemeroteca doesn't use.
- `whoosh.filedb.filetables` imports hashlib, which loads OpenSSL (2 ms), for the md5 of
  the terms it looks up in a segment's term table: only Whoosh's own path does that.

`lighten()` puts a finder first on sys.meta_path. When one of those importing modules
loads, the heavy module it imports is a stand-in for the time of that import: a module
whose names load the real one on first use (PEP 562). The stand-in is removed at once, so
any later import gets the real module, and there is only ever one of each. It must run
before Whoosh is first imported: search/__init__.py calls it, and it costs nothing until then.

May import: the standard library only (it runs before everything else of Hemeroteca).
"""

import importlib
import importlib.machinery
import sys
from contextlib import contextmanager
from types import ModuleType

# the module that imports it -> (the heavy module, the names it takes with `from … import`)
STAND_INS = {
    "whoosh.compat": ("urllib.request", ("urlretrieve",)),
    "cached_property": ("asyncio", ()),
    "whoosh.query.terms": ("whoosh.lang.morph_en", ("variations",)),
    "whoosh.filedb.filetables": ("hashlib", ("md5",)),
}


def lighten() -> None:
    """Have Whoosh's modules load without the heavy ones of STAND_INS (idempotent)."""
    if not any(isinstance(finder, StandInFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, StandInFinder())


class StandInFinder:
    """A sys.meta_path finder: the modules of STAND_INS load with their stand-in in place."""

    def find_spec(self, fullname, path=None, target=None):
        found = STAND_INS.get(fullname)
        if found is None or found[0] in sys.modules:  # a heavy module already loaded is paid for
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = StandInLoader(spec.loader, *found)
        return spec


class StandInLoader:
    """A module's own loader, run while a stand-in takes the place of a heavy module."""

    def __init__(self, loader, heavy, names):
        self.loader, self.heavy, self.names = loader, heavy, names

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        with standing_in(self.heavy, self.names):
            self.loader.exec_module(module)

    def __getattr__(self, name):  # get_source, is_package…: the module's own loader answers
        return getattr(self.loader, name)


@contextmanager
def standing_in(name, names=()):
    """Within the block, `import name` gives a stand-in that loads the real module when used.

    `names` are the names taken from it with `from name import x`: each is a function that
    calls the real one. Any other attribute loads the real module (module __getattr__).
    """
    if name in sys.modules:
        yield sys.modules[name]
        return
    stand_in = ModuleType(name, f"Stands in for {name} until it is used (whoosh_ext/imports.py).")
    stand_in.__stand_in__ = True
    stand_in.__getattr__ = lambda attribute: _real_attribute(name, attribute)
    for attribute in names:
        stand_in.__dict__[attribute] = _calling_real(name, attribute)
    sys.modules[name] = stand_in
    try:
        yield stand_in
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


def _real_attribute(name, attribute):
    # The import system asks a module for __path__ and the like: a stand-in has none.
    if attribute.startswith("__"):
        raise AttributeError(f"module {name!r} has no attribute {attribute!r}")
    return getattr(_real(name), attribute)


def _real(name):
    """Return the real module `name`, importing it (within the block, the stand-in goes)."""
    if getattr(sys.modules.get(name), "__stand_in__", False):
        del sys.modules[name]
    return importlib.import_module(name)


def _calling_real(module, attribute):
    real = None

    def call(*args, **kwargs):
        nonlocal real
        if real is None:  # Whoosh's path calls md5 for every term it looks up: found once
            real = getattr(_real(module), attribute)
        return real(*args, **kwargs)

    call.__name__ = call.__qualname__ = attribute
    return call
