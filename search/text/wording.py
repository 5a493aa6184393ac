"""Spanish wording for messages: counts with their nouns, numbers as Spain writes them, the
system's reasons, and what a write stopped before its end leaves behind.

>>> plural(1, "documento indexado", "documentos indexados"), plural(1234, "párrafo")
('1 documento indexado', '1.234 párrafos')
"""

import errno


def number(value: int) -> str:
    """Return an integer with a point between thousands: 12.345 (the page writes them so)."""
    return f"{value:,}".replace(",", ".")


def decimal(value: float, places: int = 2) -> str:
    """Return a number as Spain writes it: a point between thousands, a decimal comma, no
    trailing zeros.

    >>> decimal(0.05), decimal(2.0), decimal(1234.5), decimal(0.333333)
    ('0,05', '2', '1.234,5', '0,33')
    """
    text = f"{value:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.translate(str.maketrans(",.", ".,"))


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """Return "1 resultado" or "2 resultados": the count, then the noun that agrees with it.

    `plural_form` defaults to the singular with an `s`; give it for the others
    (`orador` → `oradores`, `versión` → `versiones`) and for phrases.
    """
    noun = singular if count == 1 else plural_form or singular + "s"
    return f"{number(count)} {noun}"


def seconds(value: float) -> str:
    """Return a duration with a decimal comma: "12,34 s"."""
    return f"{value:.2f} s".replace(".", ",")


# The system's reasons in Spanish, for the errors a file, a folder or a port meets most
# (the C library speaks the locale's language, which on servers is English).
SYSTEM_REASONS = {
    errno.ENOENT: "no existe",
    errno.EACCES: "sin permiso",
    errno.EPERM: "operación no permitida",
    errno.ELOOP: "demasiados enlaces simbólicos (¿un enlace que se apunta a sí mismo?)",
    errno.EISDIR: "es una carpeta",
    errno.ENOTDIR: "una parte de la ruta no es una carpeta",
    errno.ENOSPC: "no queda espacio en el disco",
    errno.EDQUOT: "se agotó la cuota de disco",
    errno.EROFS: "el sistema de archivos es de solo lectura",
    errno.EIO: "error de entrada/salida del disco",
    errno.ENAMETOOLONG: "el nombre es demasiado largo",
    errno.EMFILE: "demasiados archivos abiertos",
    errno.EADDRINUSE: "la dirección ya está en uso",
    errno.EADDRNOTAVAIL: "esa dirección no es de esta máquina",
    errno.ENXIO: "el dispositivo no responde",
    errno.EFBIG: "el archivo llegó al tamaño máximo que admiten este proceso (ulimit -f) o el disco",
    errno.ENFILE: "el sistema tiene demasiados archivos abiertos",
    errno.ENOMEM: "no queda memoria",
    errno.EBUSY: "el dispositivo o el archivo está ocupado",
    errno.ETXTBSY: "el archivo está ocupado",
    errno.ESTALE: "el archivo de red ya no es válido (NFS)",
    errno.ENODEV: "el dispositivo no existe",
    errno.EAGAIN: "el recurso no está disponible por ahora",
}


def left_behind(kind: str, had_index: bool) -> str:
    """Return what a write of `kind` ("build" or "update") stopped before its end leaves behind,
    in Spanish: one wording for Ctrl-C (the CLI, `watch`) and for a failed build or update.

    A build is switched in only when it is complete, and an update's unfinished mark makes the
    next one repair it (search/storage/update.py).

    >>> left_behind("build", True), left_behind("update", False)
    ('el índice anterior sigue en servicio', 'no se creó ningún índice (no había uno antes)')
    """
    if not had_index:
        return "no se creó ningún índice (no había uno antes)"
    if kind == "build":
        return "el índice anterior sigue en servicio"
    return "el índice sigue sirviendo su estado anterior y la próxima actualización la completa"


def interrupted(kind: str | None = None, had_index: bool = True) -> str:
    """Return the line that says a command was stopped by Ctrl-C, and what its write (`kind`,
    or None for a command that writes nothing) leaves behind.

    >>> interrupted(), interrupted("build", had_index=False)
    ('Interrumpido.', 'Interrumpido: no se creó ningún índice (no había uno antes).')
    """
    return f"Interrumpido: {left_behind(kind, had_index)}." if kind else "Interrumpido."


def system_reason(error: BaseException) -> str:
    """Return why an OSError happened, in Spanish when it is a common one.

    >>> system_reason(FileNotFoundError(2, "No such file or directory"))
    'no existe'
    >>> system_reason(OSError(errno.EXDEV, "Invalid cross-device link"))
    'error del sistema EXDEV: Invalid cross-device link'
    """
    number = getattr(error, "errno", None)
    found = SYSTEM_REASONS.get(number)
    if found is None and number in errno.errorcode:  # a rarer one: the system's name and words, said as such
        found = f"error del sistema {errno.errorcode[number]}: {error.strerror or number}"
    return found or getattr(error, "strerror", None) or str(error)
