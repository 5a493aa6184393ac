"""Bytes to text: byte-order marks, UTF-16 and UTF-32, and UTF-8 with stray Windows-1252 bytes.

A file is UTF-8 where its bytes are valid UTF-8. Real files mix: a UTF-8 press release
with one curly quote pasted from Word (`0x93`), a non-breaking space (`0xA0`), or whole
lines from a Windows-1252 file. Such bytes, and only they, are read as Windows-1252,
line by line, so `cooperación` stays `cooperación` on every other line; the Decoded
result says which lines had them. A file with no UTF-8 at all is Windows-1252 (Latin-1
for the five bytes cp1252 leaves undefined). UTF-16 and UTF-32 files are recognized by
their byte-order mark, and UTF-16 without one by its zero bytes. Text that was already
mojibake when the file was written (`cooperaciÃ³n`, UTF-8 once read as Windows-1252 and
saved again) is repaired line by line with ftfy, and the lines are named too.

>>> decode_bytes("“Cooperación”".encode("cp1252") + " y año".encode()).text
'“Cooperación” y año'
"""

import codecs
import re
from dataclasses import dataclass, field

BOMS = (  # longest first: the UTF-32 LE mark begins like UTF-16 LE's
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# One valid UTF-8 sequence of two to four bytes (RFC 3629: no overlongs, no surrogates).
UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
NON_ASCII = re.compile(rb"[\x80-\xff]+")
# How UTF-8 read as Windows-1252 looks: a lead byte's letter (Â Ã Å â) before a
# continuation byte's character. Only lines with one go to ftfy, which is slow.
MOJIBAKE_SIGN = re.compile("[ÂÃÅâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
UTF16_SAMPLE = 4096
SPANISH_LETTERS = frozenset("áéíóúñüÁÉÍÓÚÑÜ")  # in Windows-1252, each a byte that also opens UTF-8
LINES_NAMED = 5  # a note names at most this many lines


@dataclass
class Decoded:
    """A file's text, the encoding it was read in, and the lines that had stray bytes."""

    text: str
    encoding: str = "UTF-8"
    mixed_lines: list[int] = field(default_factory=list)  # 1-based
    repaired_lines: list[int] = field(default_factory=list)  # mojibake repaired, 1-based
    cut_short: bool = False  # its bytes end inside a character, left out

    def note(self):
        """Return what the build summary should say about the encoding, or None."""
        said = encoding_note(self.mixed_lines, len(self.mixed_lines), self.repaired_lines,
                             len(self.repaired_lines))
        if self.cut_short:
            cut = CUT_SHORT.format(encoding=self.encoding)
            said = f"{said}; {cut}" if said else cut
        return said


CUT_SHORT = ("termina a mitad de un carácter {encoding} (se cortó al copiarse o mientras se escribía); "
             "se leyó sin ese carácter")


def encoding_note(mixed, mixed_count, repaired, repaired_count):
    """Return what to say of a file's lines read as Windows-1252 (`mixed`) or repaired, or None.

    Each is a list of the first line numbers (1-based) and how many there were in all.
    """
    notes = []
    if mixed_count:
        notes.append(f"codificación mixta: UTF-8 con bytes de Windows-1252 en "
                     f"{lines_note(mixed, mixed_count)}; esos bytes se leyeron como Windows-1252 "
                     "y el resto como UTF-8")
    if repaired_count:
        notes.append(f"texto ya mal codificado (como «cooperaciÃ³n») en "
                     f"{lines_note(repaired, repaired_count)}; se reparó")
    return "; ".join(notes) or None


def lines_note(numbers, count):
    """Return `3 líneas (2, 3, 4)`, naming at most LINES_NAMED of them; `count` of them in all.

    >>> lines_note([2, 7], 40)
    '40 líneas (2, 7 …)'
    """
    named = ", ".join(map(str, numbers[:LINES_NAMED])) + (" …" if count > min(len(numbers), LINES_NAMED) else "")
    return f"{count} {'línea' if count == 1 else 'líneas'} ({named})"


def repair_mojibake(decoded: Decoded) -> Decoded:
    """Repair, line by line with ftfy, text that was mojibake before it was saved."""
    if not MOJIBAKE_SIGN.search(decoded.text):
        return decoded
    import ftfy  # loaded only for the rare file that needs it

    lines = decoded.text.split("\n")
    for number, line in enumerate(lines, 1):
        if MOJIBAKE_SIGN.search(line):
            fixed = ftfy.fix_encoding(line)
            if fixed != line:
                lines[number - 1] = fixed
                decoded.repaired_lines.append(number)
    decoded.text = "\n".join(lines)
    return decoded


def decode_bytes(raw: bytes) -> Decoded | None:
    """Return the Decoded text of a file's bytes, or None if they are not text (binary)."""
    decoded = _decode(raw)
    return repair_mojibake(decoded) if decoded is not None else None


def _decode(raw: bytes) -> Decoded | None:
    for bom, codec, name in BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            width = 4 if "32" in codec else 2 if "16" in codec else 1
            cut = len(body) % width  # a file cut inside a character
            if width == 1:
                return decode_utf8(body)
            return Decoded(body[:len(body) - cut].decode(codec, errors="replace"), name, cut_short=cut > 0)
    codec = utf16_without_bom(raw)
    if codec:
        try:
            return Decoded(raw[:len(raw) - len(raw) % 2].decode(codec), "UTF-16", cut_short=len(raw) % 2 > 0)
        except UnicodeDecodeError:
            return None
    if b"\x00" in raw[:65536]:
        return None
    return decode_utf8(raw)


def utf16_without_bom(raw: bytes) -> str | None:
    """Return the UTF-16 codec of text without a byte-order mark, or None.

    Spanish in UTF-16 is mostly ASCII letters: a zero in every other byte, and in no
    other. Binary files have zeros too, but not in that pattern.
    """
    sample = raw[:UTF16_SAMPLE]
    half = len(sample) // 2
    if half < 8 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.4 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


def read_utf8(raw: bytes) -> tuple[str | None, bool]:
    """Return (text, False) for UTF-8 bytes (a character cut short at their end left out), else
    (None, legacy): `legacy` when they hold no UTF-8 at all (a Windows-1252 file), False when
    some lines have stray Windows-1252 bytes among UTF-8 (decode_utf8 reads them line by line).

    Feeds decide their encoding from their first bytes with it (feeds.py), whole files from
    all of them (decode_utf8): one rule for both.
    """
    try:
        return raw.decode("utf-8"), False
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(raw) - 3:
            return read_utf8(raw[:error.start])
    return None, not any(plausible(match.group()) for match in UTF8_SEQUENCE.finditer(raw))


def decode_utf8(raw: bytes) -> Decoded:
    """Return raw as UTF-8 where valid, with Windows-1252 for the lines or bytes that are not."""
    text, legacy = read_utf8(raw)
    if text is not None:
        # A last byte past ASCII that the text lacks: the file was cut inside a character.
        cut = len(raw) - len(text.encode("utf-8", "surrogatepass")) if raw[-1:] >= b"\x80" else 0
        if cut == 1 and text.isascii() and cp1252(raw[-1:]) in SPANISH_LETTERS:
            return Decoded(cp1252(raw), "Windows-1252")  # unless it is the one Spanish letter past
        # ASCII of a whole Windows-1252 file (`…se aprobó`: F3), not a lead byte cut from UTF-8
        return Decoded(text, cut_short=cut > 0)
    if legacy:
        return Decoded(cp1252(raw), "Windows-1252")  # no UTF-8 at all: a legacy file
    lines, mixed = [], []
    for number, line in enumerate(raw.split(b"\n"), 1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(decode_mixed_line(line))
            mixed.append(number)
    return Decoded("\n".join(lines), "UTF-8", mixed)


def decode_mixed_line(line: bytes) -> str:
    """Decode one line: each valid, plausible UTF-8 sequence as UTF-8, any other byte as cp1252."""

    def run(match):
        chunk, out, at = match.group(), [], 0
        while at < len(chunk):
            found = UTF8_SEQUENCE.match(chunk, at)
            if found and plausible(found.group()):
                out.append(found.group().decode("utf-8"))
                at = found.end()
            else:
                out.append(cp1252(chunk[at:at + 1]))
                at += 1
        return "".join(out).encode("utf-8")

    return NON_ASCII.sub(run, line).decode("utf-8")


def plausible(sequence: bytes) -> bool:
    """Tell a UTF-8 sequence meant as such from Windows-1252 bytes that happen to form one.

    `ACCIÓN»` in cp1252 is D3 BB, valid UTF-8 for a Cyrillic letter. What Spanish text
    holds in UTF-8 is Latin letters, punctuation and symbols; a stray pair of cp1252
    bytes decodes to something else.
    """
    code = ord(sequence.decode("utf-8"))
    return (0xA0 <= code < 0x250 or 0x1E00 <= code < 0x1F00 or 0x2000 <= code < 0x2190
            or 0x300 <= code < 0x370)


def _latin1_for_undefined(error):
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error("hemeroteca-latin-1", _latin1_for_undefined)


def cp1252(raw: bytes) -> str:
    """Decode Windows-1252; the five bytes it leaves undefined are read as Latin-1."""
    return raw.decode("cp1252", errors="hemeroteca-latin-1")


def normalize_newlines(text: str) -> str:
    """Return text with Windows (CR LF), old Mac (CR) and doubled (CR CR LF) line ends as LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
