"""JSON Lines documents: one record a line, and every problem reported with its file and line.

A record has `id` and `text`, and may have `title`, `date`, `speaker`/`speakers` and
`doc`. What can't be used is said, never swallowed: a line that is no JSON object or has
no text is skipped; a record without an id is indexed under a made-up one; an id already
used gets a suffix (`a~2`), or is skipped when the whole record repeats; a date that
can't be read is ignored (record_dates.py). A file that is one JSON array rather than
lines is read too.
At most a few lines of each kind are named per file, then how many more there were.
"""

import re
import zlib
from collections import Counter
from collections.abc import Callable

from search.settings import MAX_ID_CHARS, MAX_PARAGRAPH_SPEAKERS, MAX_RECORD_BYTES, MAX_SPEAKER_CHARS
from search.text.folding import readable, speaker_key
from search.text.generic_labels import generic_speaker
from search.text.untrusted import SURROGATE, Unusable, decode_json_line, json_string, string_lines, without_controls
from search.text.wording import number as format_number
from search.text.wording import plural

NAMED_PER_KIND = 3  # lines named for each kind of problem in one file, then a count


class Problems:
    """The problems of one file: the first few of each kind named, the rest counted."""

    def __init__(self, path, warn: Callable[[str], None]):
        self.path, self.warn, self.counts, self.said = path, warn, Counter(), (None, set())

    def add(self, kind, number, message):
        if self.said[0] != number:  # lines come in order: only the current one's are kept
            self.said = (number, set())
        if kind in self.said[1]:  # one line's title and text: said once
            return
        self.said[1].add(kind)
        self.counts[kind] += 1
        if self.counts[kind] <= NAMED_PER_KIND:
            self.warn(f"{self.path}:{number}: {message}")

    def finish(self):
        for kind, count in self.counts.items():
            if count > NAMED_PER_KIND:
                more = plural(count - NAMED_PER_KIND, "línea más", "líneas más")
                self.warn(f"{self.path}: {more} con el mismo problema: {kind}")


def json_lines(text, problems):
    """Yield (line number, object) for each JSON object of a file's text, reporting the rest.

    A file that is one JSON array gives its items, numbered `#1`, `#2`…; other files, their
    lines (json_records).
    """
    stripped = text.lstrip()
    if stripped.startswith("["):
        items, why, odd = decode_json_line(stripped)
        if isinstance(items, list):
            read = "se leyó" if len(items) == 1 else "se leyeron"
            problems.warn(f"{problems.path}: es un array JSON, no JSON Lines (un registro por "
                          f"línea); {read} {plural(len(items), 'elemento')}")
            if odd:
                problems.warn(f"{problems.path}: {_unusable_said(odd)}")
            yield from ((f"#{n}", _usable(item)) for n, item in enumerate(items, 1))
            return
    # Only LF ends a line: a raw U+2028 is allowed inside a JSON string.
    yield from json_records(enumerate(text.split("\n"), 1), problems)


def json_records(lines, problems):
    """Yield (line number, object) for each (line number, line) that holds JSON, reporting the rest.

    A line that is no JSON (nesting too deep for the decoder included) is skipped, and so
    is a line too long to hold (None: feeds.FeedLines), and a last line cut short is said
    to be (`lines.unterminated`); values JSON can't mean (`NaN`, `1e999999`) are read as
    absent, and said.
    """
    for number, line in lines:
        if line is None:
            problems.add("línea demasiado larga", number, f"se omitió: la línea tiene más de "
                         f"{MAX_RECORD_BYTES // 2**20} MB (un registro tan largo no se lee)")
            continue
        if not line.strip():
            continue
        if "\x00" in line:  # what a crash while the file was appended to leaves, before a record
            line = line.strip("\x00")
            if "\x00" in line:
                problems.add("bytes NUL", number, "se omitió: tiene bytes NUL (datos binarios)")
                continue
            problems.add("bytes NUL", number, "tenía bytes NUL delante o detrás (lo que deja un corte "
                         "al escribir el archivo); se quitaron")
            if not line.strip():
                continue
        item, why, odd = decode_json_line(line)
        if why and number == getattr(lines, "unterminated", None):
            problems.add("línea incompleta", number, f"se omitió: {why}, y es la última línea y no "
                         "acaba en salto de línea: el archivo se cortó, o se está escribiendo (se "
                         "leerá entera en la próxima actualización)")
            continue
        if why:
            problems.add(why.split(" (")[0], number, f"se omitió: {why}")  # one kind, whatever the column
            continue
        if odd:
            problems.add("valor no admitido", number, _unusable_said(odd))
        yield number, _usable(item)


def _unusable_said(odd):
    """Return what is said of values JSON can't mean: a few of them, shortened."""
    named = ", ".join(f"«{value[:12]}…»" if len(value) > 12 else f"«{value}»" for value in odd[:3])
    return (f"{'tiene valores' if len(odd) > 1 else 'tiene un valor'} que JSON no admite "
            f"({named}: NaN, infinito o un número fuera de rango); se tomaron como ausentes")


def _usable(item):
    """Return a record with its top-level Unusable values as None (absent)."""
    if not isinstance(item, dict):
        return item
    return {key: None if isinstance(value, Unusable) else value for key, value in item.items()}


def clean(value, number, problems):
    """Return a string of a record as stored: one line, its controls as spaces, no lone
    surrogates, read as a file's text is (folding.readable: a soft hyphen or a zero-width
    joiner the JSON wrote as `\\u00ad`, `\\u200d` is dropped, as one written raw is)."""
    cleaned = json_string(value)
    if cleaned != value:
        if SURROGATE.search(value):
            problems.add("sustituto suelto", number, "tenía medio carácter UTF-16 suelto "
                         "(como «\\ud800»); se leyó como «\ufffd»")
        lines = string_lines(value)
        if without_controls(lines) != lines:  # a line break is no control: it parts words
            problems.add("caracteres de control", number, "tenía caracteres de control o "
                         "secuencias de escape de terminal; se leyeron como espacios")
    return " ".join(readable(cleaned).split())


def record_text(item, number, problems):
    """Return the record's text as one line, or None (reported) when it has none."""
    if not isinstance(item, dict):
        problems.add("no es un objeto", number, "se omitió: no es un objeto JSON con «text»")
        return None
    value = item.get("text")
    if isinstance(value, list) and all(isinstance(part, str) for part in value):
        value = " ".join(part for part in value if not isinstance(part, Unusable))  # split in pieces
        if value.strip():  # a feed that means another shape (a list of paragraphs?) hears of it
            problems.add("texto en lista", number, "su «text» es una lista de textos; se unieron "
                         "en un párrafo, separados por espacios")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        problems.add("texto numérico", number, f"su «text» es un número ({value}), no un texto; "
                     "se indexó como texto")
    if value is None or isinstance(value, (dict, list, bool)):
        problems.add("sin texto", number, f"se omitió: no tiene «text» (un texto){what_it_is(value)}")
        return None
    text = clean(str(value), number, problems)
    if not text:
        problems.add("texto vacío", number, "se omitió: su «text» está vacío")
    return text or None


def what_it_is(value):
    """Return what a value that is no text is, as a message's tail: `: es una lista…`, or ""."""
    if isinstance(value, bool):
        return f": es {'true' if value else 'false'}"
    if isinstance(value, dict):
        return ": es un objeto JSON"
    if isinstance(value, list):
        return ": es una lista con valores que no son textos"
    return ""


def record_doc(item, number, problems):
    """Return the record's `doc` as stored (clean, shortened), or "" when it gives none (or is no object)."""
    if not isinstance(item, dict):
        return ""
    return name_given(str(item.get("doc") or ""), "doc", number, problems)


def given_id(item, number, problems):
    """Return the `id` a record gives as stored (clean, shortened), or "" when it gives no text or number."""
    if not readable_id(item.get("id")):
        return ""
    return name_given(str(item["id"]), "id", number, problems)


def name_given(value, field, number, problems):
    """Return a record's `id` or `doc` as stored: clean, one line, shortened; a name whose
    inner spaces changed (a newline, a tab, `\\n` written in the JSON) is said with what it
    became, since `show` and `doc:` then need the new form."""
    name = clean(value, number, problems)
    if readable(json_string(value)).strip() != name:
        problems.add(f"{field} con saltos", number, f"su «{field}» tenía saltos de línea, tabuladores o "
                     f"espacios seguidos; se guardó como «{name[:60]}»")
    return shortened(name, field, number, problems)


def readable_id(given):
    """Tell whether a record's `id` value is one: a text or a number (not true or false)."""
    return isinstance(given, (str, int)) and not isinstance(given, bool)


def shortened(name, field, number, problems):
    """Return an id or a doc of at most MAX_ID_CHARS: a longer one, its start, «…» and a
    checksum of the whole (CRC-32), said; the same name always gives the same result.

    >>> shortened("a" * 400, "id", 1, Problems("f.jsonl", lambda message: None))[-12:]
    'aaa…a60d8aaf'
    """
    if len(name) <= MAX_ID_CHARS:
        return name
    short = f"{name[:MAX_ID_CHARS - 9]}…{zlib.crc32(name.encode('utf-8', 'surrogatepass')):08x}"
    problems.add(f"{field} largo", number, f"su «{field}» tenía {format_number(len(name))} caracteres "
                 f"(el máximo es {format_number(MAX_ID_CHARS)}); se acortó a «{short[:30]}…»")
    return short


def speaker_list(item, number, problems):
    """Return the record's speakers' names, reporting values that are no names.

    A list keeps its names and drops (and names) what is no text; a name over
    MAX_SPEAKER_CHARS is no name but a field filled by mistake, and names past the first
    MAX_PARAGRAPH_SPEAKERS are left out: joining people compares the speakers of each
    paragraph in pairs, so one crowded record would cost time and memory out of all proportion.
    """
    key = "speakers" if "speakers" in item else "speaker"
    value = item.get(key) or []
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list):
        problems.add("oradores ilegibles", number, f"se ignoraron sus oradores: «{key}» "
                     "debe ser un nombre o una lista de nombres")
        return []
    texts = [name for name in names if isinstance(name, str)]
    if len(texts) < len(names):
        problems.add("oradores ilegibles", number, f"se ignoraron {format_number(len(names) - len(texts))} "
                     f"de sus {format_number(len(names))} oradores: «{key}» debe ser una lista de nombres")
    kept = []
    for name in (clean(name, number, problems) for name in texts):
        if len(name) > MAX_SPEAKER_CHARS:
            problems.add("orador largo", number, f"un orador tiene {format_number(len(name))} caracteres "
                         f"(«{name[:30]}…»; el máximo es {MAX_SPEAKER_CHARS}); se ignoró")
        elif name:
            kept.append(feed_speaker(name))
    kept = list(dict.fromkeys(kept))  # `Periodista` and `Reportera` are one generic speaker
    if len(kept) > MAX_PARAGRAPH_SPEAKERS:
        problems.add("demasiados oradores", number, f"tiene {format_number(len(kept))} oradores; se "
                     f"tomaron los {MAX_PARAGRAPH_SPEAKERS} primeros")
        kept = kept[:MAX_PARAGRAPH_SPEAKERS]
    return kept


def feed_speaker(name):
    """Return the speaker a feed's name stands for, as a transcript's label would: a generic label's one name
    (`Periodista` is Reportero: search.text.generic_labels.generic_speaker), a catalogue's inverted name in
    the order a text writes it (`Aguilera, Ximena` is Ximena Aguilera: search.text.names.written_order), else
    the name as given."""
    generic = generic_speaker(speaker_key(name))
    if generic is not None:
        return generic
    from search.text.names import written_order  # its word lists load with the first feed that names anyone

    return written_order(name)


def record_id(item, number, key, position, problems):
    """Return the record's id; a record without one gets `doc#paragraph`, reported."""
    value = given_id(item, number, problems)
    if value:
        return value
    made = f"{key}#{position}"
    if item.get("id") is None or readable_id(item["id"]):
        problems.add("sin id", number, f"no tiene «id»; se indexó como «{made}»")
    else:  # `"id": [1, 2]`: an id it has, but no text or number
        problems.add("id ilegible", number, f"su «id» no es un texto ni un número; se indexó como «{made}»")
    return made


# A sentence's end: its closing mark, any closing quotes or brackets, then the space cut at.
SENTENCE_END = re.compile(r"[.!?…][»”’\"')\]]*( )")


def cut(text, most):
    """Yield pieces of text of at most `most` characters, each a run of whole sentences when it can.

    A piece ends at the last sentence end (`.`, `!`, `?`, `…`, closing quotes or brackets
    after it) in its second half, else at the last space before the bound, else inside
    the word; the space cut at is dropped, and no other character is lost. Linear in the
    text: each piece's window is searched once.
    """
    start = 0
    while len(text) - start > most:
        window = text[start:start + most + 1]
        ends = [match.start(1) for match in SENTENCE_END.finditer(window, most // 2)]
        end = start + ends[-1] if ends else text.rfind(" ", start + 1, start + most + 1)
        if end == -1:  # no space: cut inside the word
            end = start + most
        yield text[start:end]
        start = end + 1 if text[end:end + 1] == " " else end
    yield text[start:]
