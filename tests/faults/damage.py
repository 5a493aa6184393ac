"""Ways to damage an index's files, as disks, people and other programs do (a test helper)."""

import random
import sqlite3
from pathlib import Path

from search.layout import STORE_FILE
from search.storage.generations import live_generation


def largest_segment(index_dir):
    """Return the largest segment file of an index's live generation."""
    return max(live_generation(index_dir).glob("*.seg"), key=lambda path: path.stat().st_size)


def truncate_half(path):
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def zero_all(path):
    path.write_bytes(bytes(path.stat().st_size))


def zero_middle(path, size=64 * 1024):
    """Overwrite `size` bytes (at most half the file) in the middle with zeros."""
    length = path.stat().st_size
    size = min(size, length // 2)
    with open(path, "r+b") as handle:
        handle.seek((length - size) // 2)
        handle.write(bytes(size))


def garbage_middle(path, size=4096):
    """Overwrite `size` bytes in the middle with random bytes."""
    length = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(length // 2)
        handle.write(random.Random(5).randbytes(min(size, length // 4)))


def _store_page(path, where):
    """Return (page size, number of the page) of a store page that a query on dbstat picks."""
    connection = sqlite3.connect(path)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in connection.execute(f"SELECT pageno FROM dbstat {where} ORDER BY pageno")]
    finally:
        connection.close()
    return page_size, pages[len(pages) // 2]


def _garbage_page(path, where, seed):
    """Overwrite a page after its first 16 bytes: its cells too, which fill a page from its end."""
    page_size, page = _store_page(path, where)
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * page_size + 16)
        handle.write(random.Random(seed).randbytes(page_size - 16))


READ_TABLES = ('docs', 'blocks', 'words', 'spoken', 'names', 'ids')


def garbage_in_store_middle(path):
    """Overwrite the middle page in use (one that holds cells) of a record store with random bytes.

    Among the pages of the tables that searches and pages read (texts, documents, words,
    speakers), not of their indexes, the manifest of files (only updates read it) or meta:
    which page is in the middle of them all depends on the store's layout.
    """
    _garbage_page(path, f"WHERE ncell > 0 AND name IN {READ_TABLES}", 5)


def garbage_in_texts(path):
    """Overwrite a page of the store's texts (the blocks table) with random bytes."""
    _garbage_page(path, "WHERE name = 'blocks' AND pagetype = 'leaf'", 6)


def empty(path):
    with open(path, "r+b") as handle:
        handle.truncate(0)


SEGMENT_DAMAGE = {"truncated to half": truncate_half, "zeroed": zero_all,
                  "64 KB zeroed in the middle": zero_middle}
STORE_DAMAGE = {"emptied": empty, "garbage in the middle": garbage_in_store_middle,
                "garbage in the texts": garbage_in_texts}


def store_of(index_dir):
    return Path(live_generation(index_dir)) / STORE_FILE


WORDS = ("salud vacuna contagio hospital semana casos país estado gobierno presidente "
         "secretario pregunta respuesta ciudad región frontera acuerdo comercio economía "
         "empleo escuela maestro alumno familia médico enfermera prueba análisis dato").split()


NUMBERS = 100  # each word comes with a number below this: salud0 ... salud99


def write_corpus(folder, paragraphs=300, seed=3):
    """Write documents large enough for segments of several hundred KB."""
    words = WORDS
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(paragraphs // 50):
        lines = [" ".join(rng.choice(words) + str(rng.randrange(NUMBERS)) for _ in range(40))
                 for _ in range(50)]
        (folder / f"doc{number:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder
