"""A small exception tree: every error a user can cause is a SearchError with a clear message."""


def shown(value: str) -> str:
    """Return a user's value as a message shows it: control characters escaped, the rest as is.

    A terminal would obey an escape sequence echoed back (`\\x1b[2J` clears it), and a
    newline would break the message's one line. A byte that is no UTF-8 in a path or an
    argument reaches Python as a lone surrogate (PEP 383's surrogateescape: 0xF1 is U+DCF1),
    and is shown as the byte it was, as `ls -b` shows it.

    >>> shown("Querétaro\\x1b[2J\\n"), shown("Pe\\udcf1alol\\udce9n")
    ('Querétaro\\\\x1b[2J\\\\n', 'Pe\\\\xf1alol\\\\xe9n')
    """
    return "".join(ch if ch.isprintable() or ch == " " else _escaped(ch) for ch in str(value))


def _escaped(ch):
    if "\udc80" <= ch <= "\udcff":  # an escaped byte (surrogateescape)
        return f"\\x{ord(ch) - 0xDC00:02x}"
    return repr(ch)[1:-1]


def build_command(index_dir, folders=()) -> str:
    """Return the command that builds an index, ready to paste: each path quoted for the shell.

    >>> build_command("/tmp/Año 2020", ["docs/notas de prensa"])
    "hemeroteca index 'docs/notas de prensa' --index '/tmp/Año 2020'"
    >>> build_command("ix")
    'hemeroteca index [RUTAS]... --index ix'
    """
    paths = " ".join(map(shell_quoted, folders)) or "[RUTAS]..."  # as in --help
    return f"hemeroteca index {paths} --index {shell_quoted(index_dir)}"


def build_advice(index_dir, folders=()) -> str:
    """Return the sentence that gives the command building an index; the paths to fill in
    said when they are unknown (no index, or one that recorded none).

    >>> build_advice("ix")[:80]
    'Constrúyalo con: hemeroteca index [RUTAS]... --index ix (cambie [RUTAS]... por l'
    >>> build_advice("ix", ["notas"])
    'Constrúyalo con: hemeroteca index notas --index ix'
    """
    return f"Constrúyalo con: {build_command(index_dir, folders)}{fill_in(folders)}"


PATHS_TO_FILL = "cambie [RUTAS]... por los archivos o directorios de sus documentos"


def shell_quoted(path) -> str:
    """Return a path quoted for the shell, for a command a message gives to paste."""
    import shlex  # only the messages of an index that can't be opened need it

    return shlex.quote(str(path))


def warn(logger: str, message: str, *args) -> None:
    """Log a warning to the named logger (a module's __name__); logging is imported only then.

    A search that has nothing to warn of never loads logging: 2 ms of a fresh process.
    """
    import logging

    logging.getLogger(logger).warning(message, *args)


class SearchError(Exception):
    """Base of the errors that Hemeroteca reports to the user without a traceback."""


class UnreadableFile(SearchError):
    """A document file that can't be indexed: binary, empty, too large, gone or unreadable."""

    def __init__(self, path, reason):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class NotAFile(UnreadableFile):
    """A path that is no regular file (a named pipe, a device): skipped, never opened to read."""


class NotText(UnreadableFile):
    """A document file whose bytes are no text (binary, zeroed by a crash): an update keeps the
    documents of its last version that was text (storage/update_steps.stage_file)."""


class IndexNotFound(SearchError):
    """There is no usable index in the given directory."""

    def __init__(self, index_dir, detail="aquí no hay ningún índice", folders=()):
        # folders: the manifest's, when known
        super().__init__(f"{index_dir}: {detail}. {build_advice(index_dir, folders)}")
        self.index_dir = str(index_dir)


class IndexOutdated(IndexNotFound):
    """An index another version of Hemeroteca wrote: `update` rebuilds it, as `index` does."""

    def __init__(self, index_dir, detail, folders=()):  # pylint: disable=super-init-not-called
        SearchError.__init__(self, f"{index_dir}: {detail}. Póngalo al día con «hemeroteca update --index "
                                   f"{shell_quoted(index_dir)}», que lo reconstruye, o reconstrúyalo "
                                   f"con: {build_command(index_dir, folders)}{fill_in(folders)}")
        self.index_dir = str(index_dir)
        self.detail = detail


def fill_in(folders):
    """Return what a message adds after a build command whose paths are to fill in, or ""."""
    return "" if folders else f" ({PATHS_TO_FILL})"


class RecordNotFound(SearchError):
    """No paragraph or document has the given id."""


class QueryError(SearchError):
    """A search option the user gave can't be used (an unknown sort, a bad page number)."""


class Unreadable(str):
    """What of an index this account may not read: a permission, which a rebuild does not mend."""


class IndexDamaged(IndexNotFound):
    """An index whose files were damaged after they were written: it must be built again.

    A detail that is Unreadable is no damage: the message says to grant the permission.
    """

    def __init__(self, index_dir, detail, folders=()):  # pylint: disable=super-init-not-called
        if isinstance(detail, Unreadable):
            SearchError.__init__(self, f"{index_dir}: el índice no se puede leer: {detail}. Dé permiso de "
                                       f"lectura a esta cuenta (chmod -R a+rX {shell_quoted(index_dir)}), "
                                       "o use la que lo construyó.")
        else:
            SearchError.__init__(self, f"{index_dir}: el índice está dañado: {detail}. Reconstrúyalo "
                                       f"con: {build_command(index_dir, folders)}{fill_in(folders)}")
        self.index_dir = str(index_dir)
        self.detail = detail


class IndexReadOnly(SearchError):
    """A writer was asked to change an index in a folder it can't write to."""

    def __init__(self, index_dir, command):
        super().__init__(f"{index_dir}: la carpeta del índice es de solo lectura: se puede buscar "
                         f"en él, pero «hemeroteca {command}» no puede modificarlo.")
        self.index_dir = str(index_dir)
