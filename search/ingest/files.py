"""Files: finding the documents under folders, and reading their bytes as text.

Text in UTF-8, cp1252 or Latin-1 is read; binary, empty and oversized files raise
UnreadableFile with the reason, which the build reports before going on, and so do
named pipes, devices and files with a line of megabytes, before they are read.
"""

import os
import re
import stat
import unicodedata
from pathlib import Path

from search.errors import NotAFile, UnreadableFile
from search.settings import MAX_FILE_BYTES, MAX_LINE_BYTES

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
        raise UnreadableFile(path, "empty file")
    if b"\x00" in raw[:65536]:
        raise UnreadableFile(path, "binary file (it contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.start >= len(raw) - 3 and error.reason == "unexpected end of data":
            text = raw[: error.start].decode("utf-8-sig")  # cut short inside a character
        else:
            text = _decode_legacy(raw)
    sample = text[:65536]
    if len(CONTROL.findall(sample)) > 0.01 * len(sample):
        raise UnreadableFile(path, "binary file (too many control characters), not text")
    return unicodedata.normalize("NFC", INVISIBLE.sub("", text))


def _decode_legacy(raw):
    """Decode a file that isn't UTF-8: cp1252 (Windows), else Latin-1, which takes any byte."""
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_file_text(path):
    """Return the decoded text of a file, or raise UnreadableFile saying why."""
    with open_document(path) as handle:
        raw = read_lines_bounded(handle, path)
    return decode(raw, path)


CHUNK_BYTES = 1 << 20
SPECIAL_FILES = {stat.S_ISFIFO: "una tubería con nombre (FIFO)", stat.S_ISCHR: "un dispositivo",
                 stat.S_ISBLK: "un dispositivo", stat.S_ISSOCK: "un socket",
                 stat.S_ISDIR: "una carpeta"}


def open_document(path):
    """Open a document file for reading in binary, or raise UnreadableFile saying why.

    What the file is gets checked on the open descriptor, not on its name: a file replaced
    by a named pipe after the folder was listed must not block the reader (it is opened
    without blocking), and only a regular file of at most MAX_FILE_BYTES is read, its
    size known before any byte is.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        raise UnreadableFile(path, f"can't be read ({error.strerror or error})") from error
    try:
        info = os.fstat(descriptor)
        for test, kind in SPECIAL_FILES.items():
            if test(info.st_mode):
                raise NotAFile(path, f"no es un archivo normal sino {kind}; no se lee")
        if info.st_size > MAX_FILE_BYTES:
            raise UnreadableFile(path, f"too large ({info.st_size // 2**20} MB; the limit is "
                                       f"{MAX_FILE_BYTES // 2**20} MB)")
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_lines_bounded(handle, path):
    """Return a file's bytes, or raise UnreadableFile at a line over MAX_LINE_BYTES.

    A line is a paragraph (or a record): one of many megabytes is no document, and
    reading, indexing and showing it would cost time and memory out of all proportion.
    The file is read a chunk at a time, so such a file is refused before it is all in
    memory.
    """
    chunks, run = [], 0
    try:
        for chunk in iter(lambda: handle.read(CHUNK_BYTES), b""):
            lines = chunk.replace(b"\r", b"\n").split(b"\n")
            longest = max(run + len(lines[0]), max(map(len, lines[1:]), default=0))
            run = len(lines[-1]) if len(lines) > 1 else run + len(lines[0])
            if longest > MAX_LINE_BYTES:
                raise UnreadableFile(path, f"tiene una línea de más de {MAX_LINE_BYTES // 2**20} MB "
                                           "sin salto de línea: no parece un documento de texto")
            chunks.append(chunk)
    except OSError as error:
        raise UnreadableFile(path, f"can't be read ({error.strerror or error})") from error
    return b"".join(chunks)
