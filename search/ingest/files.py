"""Files: finding the documents under folders, and reading their bytes as text.

Text in UTF-8, cp1252 or Latin-1 is read; binary, empty and oversized files raise
UnreadableFile with the reason, which the build reports before going on.
"""

import os
import re
import unicodedata
from pathlib import Path

from search.errors import UnreadableFile
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


def decode(raw, path):
    """Return the text of a file's bytes: UTF-8, or else cp1252/Latin-1; refuse binary."""
    if not raw.strip():
        raise UnreadableFile(path, "archivo vacío")
    if b"\x00" in raw[:65536]:
        raise UnreadableFile(path, "archivo binario (contiene bytes NUL), no texto")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.start >= len(raw) - 3 and error.reason == "unexpected end of data":
            text = raw[: error.start].decode("utf-8-sig")  # cut short inside a character
        else:
            text = _decode_legacy(raw)
    sample = text[:65536]
    if len(CONTROL.findall(sample)) > 0.01 * len(sample):
        raise UnreadableFile(path, "archivo binario (demasiados caracteres de control), no texto")
    return unicodedata.normalize("NFC", INVISIBLE.sub("", text))


def _decode_legacy(raw):
    """Decode a file that isn't UTF-8: cp1252 (Windows), else Latin-1, which takes any byte."""
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_file_text(path):
    """Return the decoded text of a file, or raise UnreadableFile saying why."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(path, f"demasiado grande ({size // 2**20} MB; el límite es "
                                       f"{MAX_FILE_BYTES // 2**20} MB)")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise UnreadableFile(path, f"no se puede leer ({error.strerror or error})") from error
    return decode(raw, path)
