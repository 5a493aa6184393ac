"""Every setting declared once, with its name, default and help; the CLI and web read them here."""

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    """A setting: its environment variable, its default and its help text."""

    env: str
    default: str
    help: str

    def value(self):
        """Return the setting's value from the environment, or its default."""
        return os.environ.get(self.env) or self.default


INDEX_DIR = Setting("HEMEROTECA_INDEX", "index", "Carpeta del índice (o la variable HEMEROTECA_INDEX).")
SOURCE_DIR = Setting("HEMEROTECA_SOURCE", "seeds", "Documentos que se indexan si no se indican otros.")
CACHED_PAGES = Setting("HEMEROTECA_CACHED_PAGES", "512",
                       "Páginas de resultados que la página web guarda en memoria (0: ninguna).")
# The last guard against a costly query: a search stops after this long and shows what it
# found (search/budget.py). Costs are bounded by design well under it (bench/query_cost.py).
SEARCH_SECONDS = Setting("HEMEROTECA_SEARCH_SECONDS", "2",
                         "Segundos que puede durar una búsqueda antes de detenerse y mostrar "
                         "lo hallado.")

# Reading files.
MAX_FILE_BYTES = 256 * 1024 * 1024  # a larger file is skipped: it is not a document
MAX_LINE_BYTES = 1024 * 1024  # nor is a file with a longer line (a paragraph, or a record)
# A longer paragraph (hard-wrapped lines with no blank line between them) is cut at spaces:
# snippets look for matches this far into a paragraph, and its tokens are analyzed at once.
MAX_PARAGRAPH_CHARS = 1_000_000
TITLE_CHARS = 90  # a longer first line is cut to this for the title

# Searching: what the library, the CLI, the page and the API accept.
DEFAULT_LIMIT = 10  # results per page
MAX_LIMIT = 100
MAX_PAGE = 100  # a deeper page costs a heap of page × limit hits, and nobody reads it
MAX_QUERY_CHARS = 500  # longer is a pasted text: the search uses its start and says so
MAX_FILTER_CHARS = 100  # a speaker's name, or a date
# The orders of results, with the page's label for each: by score, newest or oldest first.
SORTS = {"relevance": "Relevancia", "-date": "Más recientes primero", "date": "Más antiguos primero"}


def default_index_dir():
    """Return the index directory from the environment or the default."""
    return Path(INDEX_DIR.value())
