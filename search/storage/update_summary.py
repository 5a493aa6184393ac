"""What an update reports: its summary, file by file, and why it failed."""

from dataclasses import dataclass, field

from search.errors import SearchError, shown
from search.text.weekday_dates import GuessedDate
from search.text.wording import number, plural, seconds


class UpdateFailed(SearchError):
    """An update could not be written; the index still serves its previous state."""


@dataclass
class UpdateSummary:
    """What an update did, file by file, and what it indexed."""

    added: int = 0
    updated: int = 0
    moved: int = 0
    removed: int = 0
    unchanged: int = 0
    documents: int = 0
    paragraphs: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # Skipped files made empty or not text, whose documents left: (path as in skipped, name)
    withdrawn: list[tuple[str, str]] = field(default_factory=list)
    # Skipped files indexed before, whose documents stay as they were (paths as in skipped)
    stale: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # documents indexed with no date (undated_note)
    guessed: list[str] = field(default_factory=list)  # documents dated by a weekday's year (guessed_note)
    repaired: bool = False
    rebuilt: bool = False
    rebuilt_because: str | None = None  # why a full build replaced the index, if not missing
    seconds: float = 0.0
    index_dir: str = ""

    def line(self):
        """Return the one-line report of the update, in Spanish: counts of files."""
        if self.rebuilt:
            why = self.rebuilt_because or f"No había índice en {self.index_dir}"
            what = (f"{why}; se construyó con "
                    f"{plural(self.documents, 'documento')} y {plural(self.paragraphs, 'párrafo')}")
        else:
            what = (f"Índice {self.index_dir} actualizado: {plural(self.added, 'añadido')}, "
                    f"{plural(self.updated, 'modificado')}, {plural(self.moved, 'movido')}, "
                    f"{plural(self.removed, 'eliminado')}, {number(self.unchanged)} sin cambios")
        repaired = "; se reparó una actualización interrumpida" if self.repaired else ""
        return (f"{what}; {plural(len(self.skipped), 'archivo omitido', 'archivos omitidos')}"
                f"{withdrawn_note([name for _, name in self.withdrawn])}{stale_note(len(self.stale))}"
                f"{repaired}; {seconds(self.seconds)}.")


WITHDRAWN_NAMED = 5  # files named in the summary line; the notes above it name every one


def withdrawn_note(names):
    """Return the summary's part on files whose documents left the index (they were made
    empty or not text), naming the first few, or "".

    >>> withdrawn_note(["a.txt", "b.txt"])
    '; 2 de ellos (a.txt, b.txt) quedaron vacíos o sin texto y sus documentos se quitaron del índice'
    """
    if not names:
        return ""
    named = ", ".join(shown(name) for name in names[:WITHDRAWN_NAMED])
    more = f" y {number(len(names) - WITHDRAWN_NAMED)} más" if len(names) > WITHDRAWN_NAMED else ""
    made = "quedó vacío" if len(names) == 1 else "quedaron vacíos"
    return (f"; {number(len(names))} de ellos ({named}{more}) {made} o sin texto y sus "
            f"documentos se quitaron del índice")


STALE = ("; sus documentos de antes siguen en el índice tal como se indexaron, y ya no son los "
         "del archivo: se actualizarán cuando se pueda leer")


def stale_note(count):
    """Return the summary's part on skipped files whose old documents stay in the index, or "".

    >>> stale_note(1)
    '; 1 de ellos conserva en el índice los documentos de una versión anterior'
    """
    if not count:
        return ""
    kept = "conserva" if count == 1 else "conservan"
    return f"; {number(count)} de ellos {kept} en el índice los documentos de una versión anterior"


def summary_notes(summary):
    """Return the lines that name what a build or an update warned of and skipped, in Spanish:
    `aviso: …` for each warning, `omitido: RUTA: motivo` for each file skipped."""
    # A file's name may hold control characters: escaped (errors.shown).
    withdrawn = {path for path, _ in getattr(summary, "withdrawn", ())}  # a build's has none
    stale = set(getattr(summary, "stale", ()))
    return ([f"aviso: {shown(message)}" for message in summary.warnings]
            + [f"aviso: {shown(note)}" for note in [undated_note(summary.undated)] if note]
            + [f"aviso: {shown(note)}" for note in [guessed_note(summary.guessed)] if note]
            + [f"omitido: {shown(str(path))}: {reason}"
               + ("; sus documentos se quitaron del índice" if path in withdrawn else "")
               + (STALE if path in stale else "")
               for path, reason in summary.skipped])


UNDATED_NAMED = 5  # documents named in the note on those without a date


def undated_note(names):
    """Return the note on the documents indexed with no date, naming the first few, or "".

    An undated document drops out of every date filter, the timeline and the sort by date
    without a word (trial 12, finding 2), so the build and the update say how many.

    >>> undated_note(["a.txt", "b.txt"])[:60]
    '2 documentos sin fecha (a.txt, b.txt): no entran en los filt'
    >>> undated_note(["a.txt"])[:45]
    '1 documento sin fecha (a.txt): no entra en lo'
    """
    if not names:
        return ""
    names = sorted(names)  # a build's workers find them in any order
    shown_names = ", ".join(names[:UNDATED_NAMED]) + (", …" if len(names) > UNDATED_NAMED else "")
    enter = "entra" if len(names) == 1 else "entran"
    return (f"{plural(len(names), 'documento')} sin fecha ({shown_names}): no {enter} en los filtros de fecha, "
            "la línea de tiempo ni el orden por fecha; una fecha en el nombre del archivo (2020-03-14), en sus "
            "metadatos o en su primer párrafo se la da")


GUESSED_NAMED = 10  # documents named in the note on those whose year was guessed


def guessed_note(described):
    """Return the note on the documents whose year was guessed from a weekday, or "".

    `described`: «name («how the text said it»: date)», as dating() notes them.

    >>> guessed_note(["c.txt («sábado 14 de marzo»: 2020-03-14)"])[:75]
    '1 documento fechado con el año que da el día de la semana (c.txt («sábado 1'
    """
    if not described:
        return ""
    described = sorted(described)
    shown_names = "; ".join(described[:GUESSED_NAMED]) + ("; …" if len(described) > GUESSED_NAMED else "")
    return (f"{plural(len(described), 'documento fechado', 'documentos fechados')} con el año que da el día "
            f"de la semana ({shown_names}): el texto no dice el año, y se tomó el único, cerca de las otras "
            "fechas del documento, en que esa fecha cae en ese día de la semana; compruébelo, o ponga la fecha "
            "en el nombre del archivo")


def dating(summary):
    """Return the callback that hears each document's date (adding.add_document) and notes
    in `summary` those with none (undated) and those whose year a weekday gave (guessed)."""
    def dated(name, when):
        if when is None:
            summary.undated.append(name)
        elif isinstance(when, GuessedDate):
            summary.guessed.append(f"{name} («{when.said}»: {when.isoformat()})")
    return dated


class EmptyUpdate(UpdateFailed):
    """An update would remove every document: its folders hold none of the index's files."""

