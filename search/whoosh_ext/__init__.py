"""Every extension of Whoosh's internals, in one place, checked against the Whoosh version.

Hemeroteca replaces or subclasses parts of Whoosh that have no public interface:
bisecting skips in posting blocks (postings.py), field lengths in memory (lengths.py),
BM25 that reads them (scoring.py), collectors that keep every match (collectors.py),
fields that analyze a repeated value once (fields.py), the writer's private steps
(writing.py), a document's postings counted and pooled at once (indexing.py), pooled a term
at a time in document order (term_pool.py), a segment's
postings written a term at a time into Whoosh's own blocks (term_writing.py), a
segment's postings decoded whole for the posting cache (segments.py),
a segment's term table opened when first asked (term_tables.py), the readers a failed try to
open an index made closed as its error goes by (reader_retries.py), and Whoosh loaded
without the modules it never uses here (imports.py, which search/__init__.py runs first,
so this package doesn't import Whoosh as it loads).
Segments are not mapped (`supports_mmap=False` where they are opened): a mapped file
truncated under a running server kills it with SIGBUS. Each was written and tested against
one Whoosh release; on another one they could break silently, so `check_version`
refuses to run on a release that wasn't tested, and `install` puts the process-wide
replacements in place explicitly.

May import: whoosh, numpy, search.errors and search.budget. Nothing else of Hemeroteca.
"""

import pickle

from search.errors import SearchError

TESTED_WHOOSH = (2, 7, 5)  # whoosh-reloaded 2.7.5, pinned in pyproject.toml
# What opening an index raises when its pickled schema names classes or modules this version
# of Hemeroteca no longer has (an index of a much older one), or its table of contents is damaged.
SCHEMA_GONE = (ImportError, AttributeError, pickle.UnpicklingError)


class UnsupportedWhoosh(SearchError):
    """The installed Whoosh is a release these extensions were not tested with."""


def check_version(found: tuple | None = None) -> None:
    """Raise UnsupportedWhoosh unless the installed Whoosh (or release `found`) is the tested one."""
    if found is None:
        import whoosh

        found = whoosh.__version__
    if tuple(found[:3]) != TESTED_WHOOSH:
        raise UnsupportedWhoosh(
            f"está instalado Whoosh {'.'.join(map(str, found))}, pero Hemeroteca solo funciona "
            f"con Whoosh {'.'.join(map(str, TESTED_WHOOSH))}: instale "
            f"whoosh-reloaded=={'.'.join(map(str, TESTED_WHOOSH))}")


def install() -> None:
    """Check the Whoosh version and put the process-wide replacements in place (idempotent)."""
    from search.whoosh_ext import postings, reader_retries, term_tables

    check_version()
    postings.install()
    reader_retries.install()
    term_tables.install()


def index_release_problem(release: tuple) -> str | None:
    """Return why an index written by Whoosh `release` can't be trusted here, or None."""
    if tuple(release[:3]) == TESTED_WHOOSH:
        return None
    return (f"lo escribió Whoosh {'.'.join(map(str, release))} y esta Hemeroteca usa Whoosh "
            f"{'.'.join(map(str, TESTED_WHOOSH))}")
