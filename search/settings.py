"""Every setting declared once, with its name, default and help; the CLI and web read them here."""

import math
import os
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from search.errors import SearchError, shown


class SettingError(SearchError):
    """An environment variable whose value Hemeroteca can't use: one line names all three."""


def _pages(raw: str) -> int:
    value = int(raw.strip())  # "1.5", "abc" and "" raise ValueError
    if not 0 <= value <= 100_000:
        raise ValueError(value)
    return value


def _seconds(raw: str) -> float:
    value = float(raw.strip().replace(",", "."))  # "0,5" as Spain writes it
    if not (math.isfinite(value) and 0.01 <= value <= 3600):  # 1e-300 was taken, and said as «0 s»
        raise ValueError(value)
    return value


class Setting(NamedTuple):
    """A setting: its environment variable, its default, its help, and what values it takes.

    `parse(text)` turns the variable's text into the value, raising ValueError when it is
    none of `allowed` (a Spanish phrase: "un número entero de 0 a 100.000"). A NamedTuple,
    immutable as a frozen dataclass and made at import in a sixth of its time (0.06 ms).
    """

    env: str
    default: str
    help: str
    parse: Callable[[str], object] = str  # a path: any text will do (an environment holds no NUL)
    allowed: str = "un texto"

    def value(self):
        """Return the setting's value from the environment, or its default; raise SettingError."""
        raw = os.environ.get(self.env) or self.default
        try:
            return self.parse(raw)
        except ValueError:
            raise SettingError(f"La variable de entorno {self.env} vale «{shown(raw)}», pero debe "
                               f"ser {self.allowed} (por defecto, {self.default}).") from None


INDEX_DIR = Setting("HEMEROTECA_INDEX", "index", "Carpeta del índice (o la variable HEMEROTECA_INDEX).")
# No default: a folder the user did not choose is never indexed (cli/sources.py); "" when unset.
SOURCE_DIR = Setting("HEMEROTECA_SOURCE", "", "Documentos que se indexan si no se indican otros.")
CACHED_PAGES = Setting("HEMEROTECA_CACHED_PAGES", "512",
                       "Páginas de resultados que la página web guarda en memoria (0: ninguna).",
                       _pages, "un número entero de páginas de 0 a 100.000")
# The last guard against a costly query: a search stops after this much CPU time (or three
# times as long on the wall clock) and shows what it found (search/budget.py). Costs are
# bounded by design well under it (bench/query_cost.py).
SEARCH_SECONDS = Setting("HEMEROTECA_SEARCH_SECONDS", "2",
                         "Segundos de CPU que puede usar una búsqueda (y el triple de reloj) antes "
                         "de detenerse y mostrar lo hallado.", _seconds,
                         "un número de segundos de 0,01 a 3.600, como 0,5")
# A synonyms file in Solr's format, searched beside the shipped list and the index folder's
# `sinonimos.txt` (search/query/synonyms.py); "" when unset.
SYNONYMS_FILE = Setting("HEMEROTECA_SYNONYMS", "", "Archivo de sinónimos (formato de Solr) que se "
                        "suma a la lista incluida y al sinonimos.txt de la carpeta del índice.")
# A generation a build replaced stays on disk this long, for the searches that opened it
# (search/storage/generations.py): a CLI search, or the page's while a build switches in.
RETIRED_SECONDS = Setting("HEMEROTECA_RETIRED_SECONDS", "120",
                          "Segundos que se conserva la generación del índice que una construcción "
                          "reemplazó, para las búsquedas que la leen.", _seconds,
                          "un número de segundos de 0,01 a 3.600, como 0,5")
ENVIRONMENT = (INDEX_DIR, SOURCE_DIR, CACHED_PAGES, SEARCH_SECONDS, SYNONYMS_FILE,
               RETIRED_SECONDS)  # every setting read from it
# A page's snippets may run this long past SEARCH_SECONDS (a search cut short still marks
# what it found); later hits get their text's opening unmarked (retrieval/results.py).
SNIPPET_GRACE_SECONDS = 0.25
# Looking up the typos of a query's words may take at most this share of the time left, so
# the any-word fallback after it still runs (retrieval/fallbacks.py).
TYPO_SHARE = 0.5


def check_environment():
    """Raise SettingError for the first setting whose environment variable can't be used.

    The CLI and the page call it as they start, so a bad value is said once, before any
    work, rather than as a traceback in the middle of it.
    """
    for setting in ENVIRONMENT:
        setting.value()


# Reading files.
MAX_FILE_BYTES = 32 * 1024 * 1024  # a larger .txt or .md is skipped: it is not a document (and
# the build of one holds about 11 times its size: 555 MB at 50 MB; 32 MB keeps two workers under
# 1 GB). A .jsonl feed has no limit: it is read a record at a time (ingest/feeds.py).
# A longer line of a .jsonl feed is skipped, named, and never held whole: a record, however
# long, is held in memory as it is read (Elasticsearch's http.max_content_length is 100 MB).
MAX_RECORD_BYTES = 64 * 1024 * 1024
# The records of a .jsonl file without `doc` go to the index this many at a time, as parts of
# the file's one document (a multiple of the store's blocks of paragraphs: 4 and 16).
FEED_PART_RECORDS = 1024
# A longer paragraph (a line of megabytes, hard-wrapped lines with no blank line between them, a
# feed's record) is cut into paragraphs at sentence ends, else at spaces (ingest/jsonl.cut):
# snippets look for matches this far into a paragraph, and its tokens are analyzed at once.
MAX_PARAGRAPH_CHARS = 1_000_000
TITLE_CHARS = 90  # a first line that ends as a sentence is cut to this for the title (a headline: MAX_TITLE_CHARS)
# A speaker's name is at most this long (as an `orador` filter is: MAX_FILTER_CHARS), and a
# paragraph has at most this many: joining people compares each paragraph's speakers in
# pairs, so a field filled with an article or a list of every attendee would make a build
# quadratic in time and memory (3,000 names in one record: 43 s and 2.2 GB).
MAX_SPEAKER_CHARS = 100
MAX_PARAGRAPH_SPEAKERS = 50
MAX_TITLE_CHARS = 200  # a longer title given by a file (front matter, a feed's) is cut here, at a space
# A feed's `id` or `doc` is at most this long: each is printed on every hit line and in every
# summary, so a field filled by mistake (3 MB) made a 6 MB answer of two hits. A longer one keeps
# its start and a checksum of the whole, so two long ids that share a start stay two.
MAX_ID_CHARS = 300

# Searching: what the library, the CLI, the page and the API accept.
DEFAULT_LIMIT = 10  # results per page
MAX_LIMIT = 100
MAX_PAGE = 100  # a deeper page costs a heap of page × limit hits, and nobody reads it
# A document's page and /api/doc show this many paragraphs at a time: a feed's records are
# one document, and its 10,240 paragraphs made an 8 MB page that took 2-13 s to highlight.
DOC_PAGE_PARAGRAPHS = 200
# And at most this many characters of text (a part's paragraphs are read whole: one longer
# paragraph is a part alone): 200 paragraphs of up to MAX_PARAGRAPH_CHARS each made a page of
# 200 MB. 250,000 characters are 200 paragraphs of a press release and a page of about 300 KB.
DOC_PAGE_CHARS = 250_000
MAX_QUERY_CHARS = 500  # longer is a pasted text: the search uses its start and says so
MAX_FILTER_CHARS = 100  # a speaker's name, or a date
# Values of one filter, any of which keeps a paragraph (`orador=A&orador=B`, `--date 2020 --date
# 2021`): each speaker is looked up (typos, roles) on its own, so a URL of 500 costs 500 lookups
MAX_FILTER_VALUES = 20
MAX_FUZZY_EDITS = 2  # `salud~5` is `salud~2`, as in Lucene's FuzzyQuery (its automata stop at 2)
MAX_PHRASE_SLOP = 20  # `"a b"~N`: other words between a phrase's words, at most (a paragraph's reach)
MAX_BOOST = 100  # `salud^N`: a larger boost orders the same way
# The orders of results, with the page's label for each: by score, newest or oldest first.
SORTS = {"relevance": "Relevancia", "-date": "Más recientes primero", "date": "Más antiguos primero"}
# Their Spanish names, which the CLI shows and every caller takes too (trial 12, finding 15).
SPANISH_SORTS = {"relevancia": "relevance", "-fecha": "-date", "fecha": "date"}


def sort_name(value):
    """Return the sort a name stands for: `-fecha` is `-date` (SORTS); any other value as it is."""
    return SPANISH_SORTS.get(value, value)


def default_index_dir():
    """Return the index directory from the environment or the default."""
    return Path(INDEX_DIR.value())
