"""Files: finding the documents under folders, and reading their bytes as text.

Text in UTF-8 (stray Windows-1252 bytes read as such), UTF-16, cp1252 or Latin-1 is
read (encodings.py), every newline convention as LF; binary, empty and oversized files
raise UnreadableFile with the reason, which the build reports before going on, and so
do named pipes and devices, before they are read. A line of megabytes is read: its
paragraph is cut at sentence ends (formats.bounded_paragraphs).
"""

import os
import re
import stat
from itertools import islice
from pathlib import Path

from search.errors import NotAFile, NotText, UnreadableFile
from search.ingest.encodings import decode_bytes, lines_note, normalize_newlines
from search.layout import BUILDING_PREFIX, CURRENT, GENERATION_PREFIX, is_index_folder
from search.settings import MAX_FILE_BYTES
from search.text.folding import readable
from search.text.untrusted import control_count, plain_text
from search.text.wording import plural, system_reason

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + JSONL_SUFFIXES
# Document formats that are not read: their text is in markup or in a binary container, which
# read as text gives tags (`<html><head>`) or noise as words. Given by name, one is named, not read.
OTHER_FORMATS = (".html", ".htm", ".xhtml", ".docx", ".doc", ".odt", ".rtf", ".pdf", ".epub", ".pages")
STRAY_CONTROLS = 8  # control characters any text may hold and still be text (decode)
NUL_RUNS = re.compile(rb"\x00+")


def find_files(paths, unlisted=None, skip=()):
    """Yield (file, root) for each supported file under the given files and folders; a file
    given by name is read whatever its name, but for a document format not read (OTHER_FORMATS).

    A folder that can't be listed (no permission, an I/O error, gone since its parent
    was listed) and a symbolic link to a folder (never followed: a loop would never end)
    yield nothing, and `unlisted(folder, reason)` hears of each, the reason in Spanish:
    an update must keep what it indexed under such a folder, not take it as deleted. It
    also hears of the files left out on purpose (left_out), with a reason in NAMED_ONLY.
    The folders in `skip` (the index's own, kept among its documents) are not walked.
    Another Hemeroteca index met on the way (is_index_folder) is not walked either, and is
    named as one (INDEX_FOLDER); a folder that is an index itself has its own parts (its
    `current` link, its generations) left unread and unnamed.
    """
    skipped = {os.path.realpath(folder) for folder in skip}
    for given in map(Path, paths):
        if given.is_dir():
            def refused(error, root=given):
                if unlisted is not None:
                    unlisted(Path(error.filename or root), unlisted_reason(error))
            for folder, dirnames, filenames in os.walk(given, onerror=refused):
                own = is_index_folder(folder)
                dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (
                    skipped and os.path.realpath(os.path.join(folder, d)) in skipped) and not (
                    own and (d == CURRENT or d.startswith((GENERATION_PREFIX, BUILDING_PREFIX)))))
                for name in [d for d in dirnames if is_index_folder(os.path.join(folder, d))]:
                    dirnames.remove(name)
                    if unlisted is not None:
                        unlisted(Path(folder, name), INDEX_FOLDER)
                for name in [d for d in dirnames if os.path.islink(os.path.join(folder, d))]:
                    if unlisted is not None:
                        unlisted(Path(folder, name), FOLDER_LINK)
                for name in sorted(filenames):
                    if name.startswith(".") or not name.lower().endswith(SUFFIXES):
                        left = left_out(name)
                        if left and unlisted is not None:
                            unlisted(Path(folder, name), left)
                        continue
                    yield Path(folder, name), given
        elif given.name.lower().endswith(OTHER_FORMATS):  # in a folder, as any other kind, left out
            if unlisted is not None:
                unlisted(given, OTHER_FORMAT)
        else:
            yield given, given.parent


FOLDER_LINK = "es un enlace simbólico a una carpeta: no se sigue (indexe la carpeta misma)"
INDEX_FOLDER = "es la carpeta de un índice de Hemeroteca, no de documentos: no se lee"
HIDDEN_FILE = "es un archivo oculto (su nombre empieza por «.»): no se indexa; renómbrelo para indexarlo"
EDITOR_COPY = "es una copia que guarda un editor (nombre~, #nombre#): no se indexa"
OTHER_FORMAT = ("es de un formato que no se lee (se leen .txt, .md y .jsonl): no se indexa; "
                "guarde su texto como .txt para indexarlo")
# left out on purpose: said, never taken as unreadable
NAMED_ONLY = (FOLDER_LINK, INDEX_FOLDER, HIDDEN_FILE, EDITOR_COPY, OTHER_FORMAT)
DOCUMENTS_COUNTED = 100  # documents_in stops past these: a message needs a few, not the archive


def documents_in(folder):
    """Return the documents found anywhere under a folder, as find_files finds them: paths
    relative to it, in walk order, DOCUMENTS_COUNTED + 1 at most (the walk stops there).

    A README (`README.md`, the note that says what a folder is for, as the project's own
    index/ has) is no document; a folder that can't be listed gives none.
    """
    found = (file for file, _ in find_files([folder]) if not file.name.upper().startswith("README"))
    return [file.relative_to(folder) for file in islice(found, DOCUMENTS_COUNTED + 1)]


def documents_named(documents):
    """Return how a message names the documents documents_in found: how many, and the first three.

    >>> documents_named([Path("a.txt"), Path("sub/b.md")])
    '2 archivos: a.txt, sub/b.md'
    """
    count = (f"más de {DOCUMENTS_COUNTED} archivos" if len(documents) > DOCUMENTS_COUNTED
             else plural(len(documents), "archivo"))
    return f"{count}: " + ", ".join(map(str, documents[:3])) + ("…" if len(documents) > 3 else "")


def left_out(name):
    """Return why a file of a supported kind is left out of a folder's documents, or None.

    Hidden files (`.borrador.txt`) and the copies editors keep (`nota.txt~`, `#nota.txt#`)
    are not indexed, as ripgrep and git leave them, but said (trial 12, finding 14: the
    summary said "0 archivos omitidos"). Files of other kinds (`.pdf`, `.DS_Store`) are not named.
    """
    if name.startswith(".") and name.lower().endswith(SUFFIXES):
        return HIDDEN_FILE
    if (name.endswith("~") and name[:-1].lower().endswith(SUFFIXES)) or (
            len(name) > 2 and name.startswith("#") and name.endswith("#") and name[1:-1].lower().endswith(SUFFIXES)):
        return EDITOR_COPY
    return None


def unlisted_reason(error):
    """Return why a folder could not be listed, in Spanish."""
    if isinstance(error, FileNotFoundError):
        return "la carpeta desapareció mientras se leía"
    return f"no se puede leer la carpeta ({system_reason(error)})"


def decode(raw, path, warn=None, records=False):
    """Return the text of a file's bytes, newlines as LF; refuse binary (encodings.py).

    UTF-8, UTF-16/32 with a byte-order mark, UTF-16 without one, Windows-1252 and
    Latin-1 are read; a UTF-8 file with stray Windows-1252 bytes is read line by line,
    and `warn(message)` is told which lines had them. A text's vertical tabs and form
    feeds break its lines, and its escape sequences and other control characters are
    removed (untrusted.py); neither counts as binary. JSON Lines (`records`) keep
    theirs for the JSON decoder, which cleans each record's strings (jsonl.py).
    """
    if not raw.strip():
        raise UnreadableFile(path, "archivo vacío")
    decoded = decode_bytes(raw)
    if decoded is None:
        decoded = without_stray_nuls(raw, path, warn)
    text = decoded.text
    if not text.strip():
        raise UnreadableFile(path, "archivo vacío")
    sample = text[:65536]
    # Over 1% of the text, and more than a line pasted from a terminal holds (a bell, a
    # backspace or two): a short note must not be refused for one stray character.
    if control_count(sample) > max(STRAY_CONTROLS, 0.01 * len(sample)):
        raise NotText(path, "archivo binario (demasiados caracteres de control), no texto")
    if decoded.note() and warn is not None:
        warn(f"{path}: {decoded.note()}")
    text = normalize_newlines(text) if records else plain_text(normalize_newlines(text))
    return readable(text)


def without_stray_nuls(raw, path, warn=None):
    """Return the Decoded text of a text file's bytes with each run of NUL bytes as a space
    (a control separates words, untrusted.controls_as_spaces), or raise UnreadableFile
    (binary) when the bytes are no text.

    A stray NUL (a byte a program slipped into a note) or a run of them (the zeroed
    tail a crash leaves in a file being written) must not cost a document, as they
    don't past the first 64 KB, where binary is no longer looked for. The NULs may be
    at most STRAY_CONTROLS runs, or 1% of the bytes, and what is left must be text
    with no other control character to speak of (1%, with no stray ones allowed):
    binary files hold other controls besides their NULs. `warn` hears of the lines
    that held them.
    """
    most = int(max(STRAY_CONTROLS, 0.01 * len(raw)))
    runs = [match.start() for match in islice(NUL_RUNS.finditer(raw), most + 1)]
    if len(runs) <= most:
        decoded = decode_bytes(NUL_RUNS.sub(b" ", raw))  # a control: a space, as in a query
        sample = decoded.text[:65536] if decoded is not None else ""
        if sample.strip() and control_count(sample) <= 0.01 * len(sample):
            if warn is not None:
                lines = nul_lines(raw, runs)
                warn(f"{path}: tenía bytes NUL en {lines_note(lines, len(lines))}; se leyeron como espacios")
            return decoded
    raise NotText(path, "archivo binario (contiene bytes NUL), no texto")


def nul_lines(raw, starts):
    """Return the numbers of the lines where runs of NUL bytes start, in one pass.

    >>> nul_lines(b"a\\x00\\nb\\nc\\x00\\x00d\\x00", [1, 6, 9])
    [1, 3]
    """
    lines, line, previous = [], 1, 0
    for start in starts:
        line += raw.count(b"\n", previous, start)
        previous = start
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def read_file_text(path, warn=None, upto=None):
    """Return the decoded text of a .txt or .md file, or raise UnreadableFile saying why
    (see decode); its bytes to `upto` when given (its fingerprint's size). A .jsonl feed is
    read a line at a time instead (feeds.py)."""
    with open_document(path) as handle:
        raw = read_upto(handle, path, upto)
    return decode(raw, path, warn)


SPECIAL_FILES = {stat.S_ISFIFO: "una tubería con nombre (FIFO)", stat.S_ISCHR: "un dispositivo",
                 stat.S_ISBLK: "un dispositivo", stat.S_ISSOCK: "un socket",
                 stat.S_ISDIR: "una carpeta"}


def open_document(path):
    """Open a document file for reading in binary, or raise UnreadableFile saying why.

    What the file is gets checked on the open descriptor, not on its name: a file replaced
    by a named pipe after the folder was listed must not block the reader (it is opened
    without blocking), and only a regular file of at most MAX_FILE_BYTES is read, its
    size known before any byte is (a .jsonl feed has no limit: it is read a line at a time).
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        try:  # a socket can't be opened at all (ENXIO): say what it is, as for a pipe
            special = special_kind(os.stat(path).st_mode)
        except OSError:
            special = None
        if special:
            raise NotAFile(path, f"no es un archivo normal sino {special}; no se lee") from error
        raise UnreadableFile(path, unopened_reason(path, error)) from error
    try:
        info = os.fstat(descriptor)
        special = special_kind(info.st_mode)
        if special:
            raise NotAFile(path, f"no es un archivo normal sino {special}; no se lee")
        if info.st_size > MAX_FILE_BYTES and not is_feed(path):
            raise TooLarge(path, info.st_size)
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def special_kind(mode):
    """Return what a file of this st_mode is when it is no regular file (`un socket`), else None."""
    return next((kind for test, kind in SPECIAL_FILES.items() if test(mode)), None)


def is_feed(path):
    """Tell whether a path (text or bytes) names a JSON Lines feed, read a record at a time."""
    return os.fsdecode(path).lower().endswith(JSONL_SUFFIXES)


class TooLarge(UnreadableFile):
    """A .txt or .md file over MAX_FILE_BYTES: its size and the limit, and what to do, said."""

    def __init__(self, path, size):
        super().__init__(path, f"demasiado grande ({size / 2**20:.0f} MB; el límite de un .txt o .md "
                               f"es {MAX_FILE_BYTES // 2**20} MB): no se lee. Divídalo en archivos "
                               "menores, o páselo a .jsonl (un registro por línea), que no tiene límite")


DANGLING_LINK = "enlace roto: el archivo al que apunta no existe"


def unopened_reason(path, error):
    """Return why a file could not be opened, in Spanish; a dangling link says so."""
    if isinstance(error, FileNotFoundError) and os.path.islink(path):
        return DANGLING_LINK
    return f"no se puede leer ({system_reason(error)})"


def read_upto(handle, path, upto=None):
    """Return a file's bytes, none past `upto` when given (its fingerprint's size) nor past
    MAX_FILE_BYTES (open_document checked its size; it may have grown since); raise
    UnreadableFile when the system can't read them."""
    try:
        return handle.read(MAX_FILE_BYTES if upto is None else min(upto, MAX_FILE_BYTES))
    except OSError as error:
        raise UnreadableFile(path, f"no se puede leer ({system_reason(error)})") from error
