"""JSON Lines feeds of any size: the decoded lines of a .jsonl file, read a line at a time.

A wire feed of hundreds of megabytes or more is ordinary (Elasticsearch's _bulk API and
Meilisearch's NDJSON import take them), so a .jsonl file has no size limit: it is read a
line at a time, and each record goes on to be indexed as it is read (jsonl.read_records).
Memory is bounded by the longest line, and a line over MAX_RECORD_BYTES is skipped, named,
without being held. The reader can start again from the first line, as the two passes of
read_records do; the next ones read exactly the bytes the first read, however the file
grew meanwhile: a last line cut during the first pass and finished before the second is
still the cut line the first pass saw, and the whole line is read by the next update.

Encodings are read as for other files (encodings.py), decided from the first SAMPLE_BYTES:
UTF-16 and UTF-32 (by their byte-order mark, or UTF-16's zero bytes), Windows-1252 when
the sample has no UTF-8 at all, else UTF-8 with stray Windows-1252 bytes read as such on
the lines that have them, and mojibake repaired line by line; the notes name those lines.
A JSON array rather than lines (`[{…}, {…}]`) is one value: it is read whole, up to
MAX_FILE_BYTES.
"""

import copy
import io
import os

from search.errors import NotText, UnreadableFile
from search.ingest.encodings import (
    BOMS,
    LINES_NAMED,
    MOJIBAKE_SIGN,
    cp1252,
    decode_mixed_line,
    encoding_note,
    read_utf8,
    utf16_without_bom,
)
from search.ingest.files import decode
from search.settings import MAX_FILE_BYTES, MAX_RECORD_BYTES
from search.text.folding import readable
from search.text.untrusted import control_count, decode_json_line
from search.text.wording import system_reason

SAMPLE_BYTES = 1 << 20  # what the encoding is decided from
SKIP_BYTES = 1 << 20  # a line over MAX_RECORD_BYTES is passed over this much at a time


class FeedLines:
    """The lines of an open .jsonl file, as (line number, text), for one pass or several.

    A line over MAX_RECORD_BYTES is given as None, never held; `notes()` returns what to
    say of the file's encoding once it was read. Raises
    UnreadableFile for a binary or empty file as it opens, and for a read that fails
    midway (the cause an OSError). With `upto` (the size its fingerprint hashed), no byte
    past it is read: what is appended meanwhile is the next update's (storage/appending.py).
    """

    def __init__(self, handle, path, upto=None):
        self.handle, self.path, self.limit = handle, path, upto
        self.end = None  # the byte offset where the first pass stopped: the next passes stop there
        self.unterminated = None  # the number of a last line with no newline (cut short, or being written)
        self.mixed, self.repaired = LineNumbers(), LineNumbers()
        sample = self._read(lambda: handle.read(SAMPLE_BYTES if upto is None else min(SAMPLE_BYTES, upto)))
        handle.seek(0)
        if not sample.strip():
            raise UnreadableFile(path, "archivo vacío")
        self.codec, self.skip = "utf-8", 0
        for bom, codec, _name in BOMS:
            if sample.startswith(bom):
                self.codec, self.skip = codec, len(bom)
                break
        else:
            self.codec = utf16_without_bom(sample) or self.codec
        if self.codec == "utf-8" and read_utf8(sample)[1]:
            self.codec = "cp1252"  # no UTF-8 at all where there are other bytes: a legacy file
        text = self._text(sample[self.skip:65536 + self.skip])
        self.array = text.lstrip().startswith("[")
        # Binary, unless some line is a record: a feed appended to when the machine crashed
        # may hold a run of NUL bytes, and its other records are not lost for it.
        if ("\x00" in text or control_count(text) > 0.01 * len(text)) and not self.array and not any(
                isinstance(decode_json_line(line)[0], dict) for line in text.split("\n")[:-1]):
            why = "contiene bytes NUL" if "\x00" in text else "demasiados caracteres de control"
            raise NotText(path, f"archivo binario ({why}), no texto")

    def upto(self, end):
        """Return a reader of the same open file and encoding whose passes stop at byte `end`.

        Nothing is read to make it: the encoding this reader decided from the file's first
        SAMPLE_BYTES is the other's too (an append's old lines, storage/appending.py).
        """
        other = copy.copy(self)
        other.end, other.unterminated = end, None
        other.mixed, other.repaired = LineNumbers(), LineNumbers()
        return other

    def whole(self, warn):
        """Return the file's text when it is one JSON array, read whole (up to MAX_FILE_BYTES)."""
        size = os.fstat(self.handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(self.path, f"es un array JSON de {size // 2**20} MB, no JSON Lines "
                                            f"(un registro por línea); un array se lee entero y el "
                                            f"límite es {MAX_FILE_BYTES // 2**20} MB: guárdelo "
                                            "como JSON Lines, que no tiene límite")
        self.handle.seek(0)
        return decode(self._read(lambda: self.handle.read(-1 if self.limit is None else self.limit)), self.path, warn,
                      records=True)

    def __iter__(self):
        """Yield (line number, line) from the first line; a line too long is (number, None)."""
        self.handle.seek(self.skip)
        first = self.end is None
        # Past the first pass, read through a window that ends at its end byte, so that
        # every pass reads the same lines (a file being written grows between them).
        end = self.limit if first else self.end
        stream = self.handle if end is None else io.BufferedReader(_Upto(self.handle, end))
        wide = self.codec not in ("utf-8", "cp1252")
        source = io.TextIOWrapper(stream, self.codec, errors="replace", newline="\n") if wide else stream
        newline = "\n" if wide else b"\n"
        number = 0
        try:
            while True:
                raw = self._read(lambda: source.readline(MAX_RECORD_BYTES + 1))
                if not raw:
                    break
                number += 1
                if len(raw) > MAX_RECORD_BYTES and not raw.endswith(newline):
                    while raw and not raw.endswith(newline):  # the rest of it, never held
                        raw = self._read(lambda: source.readline(SKIP_BYTES))
                    yield number, None
                    continue
                text = raw if wide else self._line(raw, number)
                # A lone CR (an old Mac's newline) ends a line too: a JSON string can't hold one raw.
                parts = text.replace("\r\n", "\n").rstrip("\n").split("\r") if "\r" in text else [text]
                if not raw.endswith(newline):
                    self.unterminated = number + len(parts) - 1
                for extra, part in enumerate(parts):
                    yield number + extra, readable(part)
                number += len(parts) - 1
            if first:  # at the end of what was read: every byte taken from the handle is in a line
                self.end = self.handle.tell()
        finally:
            if wide:
                source.detach()

    def notes(self):
        """Return what to say of the file's encoding: the lines read as Windows-1252 or repaired."""
        note = encoding_note(*self.mixed, *self.repaired)
        return [f"{self.path}: {note}"] if note else []

    def _text(self, raw):
        if self.codec == "utf-8":
            return raw.decode("utf-8", errors="replace")
        if self.codec == "cp1252":
            return cp1252(raw)
        return raw[:len(raw) - len(raw) % (4 if "32" in self.codec else 2)].decode(self.codec, errors="replace")

    def _line(self, raw, number):
        """Decode one line of bytes: UTF-8, with stray Windows-1252 bytes read as such, noted."""
        if self.codec == "cp1252":
            text = cp1252(raw)
        else:
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = decode_mixed_line(raw)
                self._note(self.mixed, number)
        if MOJIBAKE_SIGN.search(text):
            import ftfy  # loaded only for the rare file that needs it

            fixed = ftfy.fix_encoding(text)
            if fixed != text:
                text = fixed
                self._note(self.repaired, number)
        return text

    def _note(self, lines, number):
        if self.end is None:  # the first pass notes; the next ones read the same lines
            lines.add(number)

    def _read(self, read):
        try:
            return read()
        except OSError as error:
            raise UnreadableFile(self.path, f"no se puede leer ({system_reason(error)})") from error


class _Upto(io.RawIOBase):
    """A binary handle read from where it stands up to a byte offset, and no further."""

    def __init__(self, handle, end):
        self.handle, self.end = handle, end

    def readable(self):
        return True

    def readinto(self, buffer):
        left = self.end - self.handle.tell()
        data = self.handle.read(min(len(buffer), left)) if left > 0 else b""
        buffer[:len(data)] = data
        return len(data)


class LineNumbers:
    """Line numbers noted for a message: the first few kept, all counted."""

    KEPT = LINES_NAMED  # all a note names (encodings.lines_note)

    def __init__(self):
        self.first, self.count = [], 0

    def add(self, number):
        if self.count < self.KEPT:
            self.first.append(number)
        self.count += 1

    def __iter__(self):
        return iter((self.first, self.count))

