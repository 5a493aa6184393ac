"""Files: finding the documents under folders, and reading their bytes as text.

Text in UTF-8 (stray Windows-1252 bytes read as such), UTF-16, cp1252 or Latin-1 is
read (encodings.py), every newline convention as LF; binary, empty and oversized files
raise UnreadableFile with the reason, which the build reports before going on.
"""

import os
import re
import unicodedata
from pathlib import Path

from search.errors import UnreadableFile
from search.ingest.encodings import decode_bytes, normalize_newlines
from search.settings import MAX_FILE_BYTES

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + JSONL_SUFFIXES

# Invisible characters that real files carry and that must not reach the index.
INVISIBLE = re.compile("[\ufeff\u00ad\u200b\u200c\u200d\u2060]")
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def find_files(paths):
    """Yield (file, root) for each supported file under the given files and folders."""
    for given in map(Path, paths):
        if given.is_dir():
            for folder, dirnames, filenames in os.walk(given):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                        yield Path(folder, name), given
        else:
            yield given, given.parent


def decode(raw, path, warn=None):
    """Return the text of a file's bytes, newlines as LF; refuse binary (encodings.py).

    UTF-8, UTF-16/32 with a byte-order mark, UTF-16 without one, Windows-1252 and
    Latin-1 are read; a UTF-8 file with stray Windows-1252 bytes is read line by line,
    and `warn(message)` is told which lines had them.
    """
    if not raw.strip():
        raise UnreadableFile(path, "archivo vacío")
    decoded = decode_bytes(raw)
    if decoded is None:
        raise UnreadableFile(path, "archivo binario (contiene bytes NUL), no texto")
    text = decoded.text
    if not text.strip():
        raise UnreadableFile(path, "archivo vacío")
    sample = text[:65536]
    if len(CONTROL.findall(sample)) > 0.01 * len(sample):
        raise UnreadableFile(path, "archivo binario (demasiados caracteres de control), no texto")
    if decoded.note() and warn is not None:
        warn(f"{path}: {decoded.note()}")
    return unicodedata.normalize("NFC", INVISIBLE.sub("", normalize_newlines(text)))


def read_file_text(path, warn=None):
    """Return the decoded text of a file, or raise UnreadableFile saying why (see decode)."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(path, f"demasiado grande ({size // 2**20} MB; el límite es "
                                       f"{MAX_FILE_BYTES // 2**20} MB)")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise UnreadableFile(path, f"no se puede leer ({error.strerror or error})") from error
    return decode(raw, path, warn)
