"""Hemeroteca: full-text search for Spanish press documents, by paragraph, with speakers and dates.

The public API::

    from search import build_index, open_index, search
    build_index(["seeds/"], "index/")
    with open_index("index/") as index:
        results = search(index, "relaciones China Rusia")

The pipeline, one subpackage a stage, each importing only from the stages before it
(tests/test_layers.py checks it): text -> speakers -> ingest -> storage -> query ->
retrieval -> cli. The names above load on first use, so a process that only searches
never imports the build path.
"""

from importlib import import_module

from search.whoosh_ext.imports import lighten

lighten()  # before anything imports Whoosh: it then loads without urllib.request, asyncio, hashlib…

__version__ = "0.1.0"
__all__ = ["build_index", "update_index", "open_index", "search"]

_HOMES = {
    "build_index": "search.storage.build",
    "update_index": "search.storage.update",
    "open_index": "search.retrieval.reader",
    "search": "search.retrieval.searching",
}


def __getattr__(name):
    """Load a public name from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'search' has no attribute {name!r}")
    return getattr(import_module(home), name)
