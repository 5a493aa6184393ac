"""Transcript turns: `NAME[, ROLE]: text` labels, and bold Markdown labels rewritten as plain.

>>> turn_speakers(["PREGUNTA: ¿Y las vacunas?", "HUGO LÓPEZ-GATELL RAMÍREZ: Llegan hoy.", "Son dos lotes."])
['Pregunta', 'Hugo López-Gatell Ramírez', 'Hugo López-Gatell Ramírez']
"""

import re

from search.speakers.chamber_labels import HONORIFIC_LABEL
from search.speakers.labels import ANSWER_LABELS, generic, person_like_label
from search.speakers.labels import turn_label as plain_turn_label
from search.speakers.names import fold_name
from search.speakers.record_notes import no_ones, reading_note
from search.speakers.turn_shapes import dash_word_labels, numbered_label, titled_labels
from search.text.names import GENERIC_SPEAKERS, ROLE_WORDS, is_given_name

TRANSCRIPT_DENSITY = 50  # a transcript has a label on one paragraph in this many, or more
ALONE_LONGEST = 300  # characters of a label alone on its line, role included
ALONE_WORDS = 40
HEADLINE_LETTERS = 12  # letters after the colon of a headline in capitals; `PREGUNTA: ¿SÍ?` is a turn
SEPARATOR = re.compile(r"^\s*(?:[-*_=~]\s*){3,}$")
WORD = re.compile(r"\w")
LETTER = re.compile(r"[^\W\d_]")
ARTICLES = frozenset({"el", "la", "los", "las", "lo", "un", "una", "the"})

__all__ = ["GENERIC_SPEAKERS", "normalize_markdown_label", "turn_label", "turn_speakers"]

# A dialogue dash or a bullet may open a label, outside its bold or inside (`— **PREGUNTA:**`, `**— PREGUNTA:**`);
# Markdown's other list markers too, `*` and `+`, followed by a space (`* **PREGUNTA:**`), as `-` is.
BOLD_LABEL = re.compile(r"^(\s*(?:>\s*)?)(?:[-–—•·][ \t]*|[*+][ \t]+)?((?:\*\*[^*\n]+?\*\*[ \t]*)+)(:?)[ \t]*")
OPENING_DASH = "-–—•· \t"
BOLD_RUN = re.compile(r"\*\*([^*\n]+?)\*\*")
MARKUP_OPENING = 8  # a marked label's first `*`, `_` or `>` stands within a paragraph's first characters
QUOTED = re.compile(r"^(?:\s*>)+\s*")
# A label in italics, bold or both, with `*` or `_` (`*PREGUNTA:*`, `***P.***`, `__Ana Ruiz:__`), after a list
# marker or a dash maybe: written in bold's `**`, the one markup normalize_markdown_label reads.
EMPHASIZED = re.compile(
    r"^(\s*(?:[-–—•·][ \t]*|[*+][ \t]+)?)(\*{1,3}|_{1,3})(?=[^\s*_])([^*_\n]{1,250}?)(?<=[^\s*_])\2")
DASHED = re.compile(r"^\s*[-–—•·]\s*")  # a dialogue dash or a bullet before a plain label: `— PREGUNTA:`
DASH_CLOSED = re.compile(r"^\s*[^\W\d_][^.:;\n]{0,120}?\.\s?[-–—]")  # a label closed by `.-`, as labels.DASH_LABEL
# After a dash, an interview's `P.` and `R.` (`—P. ¿Cuándo?`, `—R. Ayer.`), as `P.-` and `R.-` are read
DASHED_SHORT = re.compile(r"^(?:P|R|Pregunta|Respuesta)\.\s+(?=\S)")
INITIALS_LABEL = re.compile(r"^\s*((?:[^\W\d_a-záéíóúñü]\.\s?){2,3}):\s")  # `J.E.:`, `M. R.:`
STILL_BOLD = re.compile(r"^\s*(?:[-*+]\s+)?\*\*([^*\n]+?)\*\*")  # what normalize_markdown_label left, as `**P.-**`


def turn_label(paragraph: str) -> tuple[str | None, bool] | None:
    """Return (speaker, is_mixed_case) when the paragraph opens with a turn label, plain or marked up.

    A transcript saved as plain text from a page or a word processor keeps Markdown's marks on its labels
    (`**Carolina Darias:** La vacunación…`, `— **PREGUNTA:** ¿Y?`, `*P.* ¿Y?`, `> **ANA RUIZ:**`), which a `.md`
    file's reader strips: read here as the plain label, or the turn before ran on over them. The text keeps
    its marks; labels.turn_label reads the plain shapes. A dash or a bullet before a plain label in capitals or a
    generic one (`— Periodista:`, `- PREGUNTA:`) opens a turn too.

    >>> turn_label("**Carolina Darias:** La vacunación avanza.")
    ('Carolina Darias', True)
    >>> turn_label("> *PREGUNTA:* ¿Y?")
    ('Pregunta', False)
    >>> turn_label("**Madrid** es la capital.") is None
    True
    """
    opening = paragraph[:MARKUP_OPENING]
    if "*" in opening or "_" in opening or ">" in opening:
        paragraph = normalize_markdown_label(EMPHASIZED.sub(r"\1**\3**", QUOTED.sub("", paragraph), count=1))
        paragraph = STILL_BOLD.sub(r"\1", paragraph, count=1)  # its marks gone, as the .md reader strips them
    found = plain_turn_label(paragraph)
    if found is None and paragraph.lstrip()[:1] in OPENING_DASH.strip():
        # A dash before a label in capitals or a generic one (`— Periodista:`) is a transcript's list of turns; before
        # a name in mixed case it is a novel's dialogue (`—Don Juan: venga usted`), as it has always been read.
        rest = DASHED.sub("", paragraph, count=1)
        dashed = plain_turn_label(rest) if ":" in rest else None  # not `.—`: `—María—murmuró.—Dos palabritas`
        head = rest.partition(":")[0]
        if dashed is not None and (dashed[0] in GENERIC_SPEAKERS or not any(ch.islower() for ch in head)):
            return dashed
        short = plain_turn_label(rest.replace(".", ":", 1)) if DASHED_SHORT.match(rest) else None
        if short is not None:
            return short[0], False
    if found is None and paragraph[:4].lstrip()[:1].isdigit():
        return numbered_label(paragraph)
    return found


def turn_speakers(paragraphs: list[str]) -> list[str | None]:
    """Return the turn speaker of each paragraph, None outside any turn.

    In a transcript (labels on one paragraph in fifty or more; the sparsest briefing has one in forty) a turn
    runs until the next label, and a
    mixed-case label that reads as a person's name starts one too. A news item whose only label opens a headline
    set wholly in capitals (`NO PHONE: EL "DISPOSITIVO" …`) is no transcript, however short.
    Elsewhere (a novel with a letter or a scene written as a transcript) a label speaks for its own paragraph only.
    Some shapes are read with the document's other labels (turn_shapes: `SIMÓN.-`, titled labels in pairs), and a
    transcript's notes are no one's (record_notes: `(Aplausos)`, a dash note, `El RELATOR pasa lista:`, after which
    the reader speaks).
    """
    labels = [turn_label(paragraph) for paragraph in paragraphs]
    for index, label in enumerate(alone_labels(paragraphs)):
        if label is not None and labels[index] is None:
            labels[index] = label
    labels = dash_word_labels(paragraphs, titled_labels(paragraphs, _initials_labels(paragraphs, labels)))
    found = [label for label in labels if label is not None]
    caps = sum(1 for label in found if not label[1])
    strong = caps >= 2 or any(name and len(name.split()) > 1 for name, mixed in found if not mixed) or any(
        label and label[0] and not label[1] and (DASH_CLOSED.match(paragraph) or HONORIFIC_LABEL.match(paragraph))
        for paragraph, label in zip(paragraphs, labels))  # `Portavoz.-`, `El señor PRESIDENTE:`: sure alone
    if not found or not (strong or len(found) >= 3):
        return [None] * len(paragraphs)
    headline = len(found) == 1 and _headline_in_capitals(paragraphs[labels.index(found[0])])
    labels = _fullest_names(labels)
    transcript = TRANSCRIPT_DENSITY * len(found) >= len(paragraphs) and not headline
    all_mixed = len(found) >= 3 and caps < 2
    speakers, current = [], None
    for paragraph, label in zip(paragraphs, labels):
        reader = reading_note(paragraph) if transcript and label is None else None
        if reader:  # `El RELATOR pasa lista:`: the record's words, and what follows is read out by the relator
            current = reader[0]
            speakers.append(current if reader[1] else None)
            continue
        # In a transcript, a mixed-case label starts a turn when it reads as a person's name or is a
        # generic one (`Interlocutor (Reforma):`, `Pregunta:`): the last speaker did not say it.
        if label is not None and (not label[1] or all_mixed or (transcript and label[0] and (
                label[0] in GENERIC_SPEAKERS or person_like_label(label[0])))):
            current = label[0]
        elif not transcript:
            current = None
        speakers.append(current)
    if transcript:  # a note of the record is no one's; the turn goes on after it
        speakers = [None if note else speaker for note, speaker in zip(no_ones(paragraphs, labels), speakers)]
    return speakers


def _initials_labels(paragraphs: list[str], labels: list) -> list:
    """Read a label of initials (`J.E.:`, `M.R.:`) as the one person of the transcript's other labels whose names
    start so (`JORDI ÉVOLE:`, then `J.E.:` in a published interview); unread when none or several do."""
    initialled = [INITIALS_LABEL.match(paragraph) is not None for paragraph in paragraphs]
    if not any(initialled):
        return labels
    names = {label[0] for label, initials in zip(labels, initialled)
             if label and label[0] and label[0] not in GENERIC_SPEAKERS and not initials}
    spelt = {name: "".join(word[0] for word in fold_name(name).split()) for name in names}
    labels = list(labels)
    for index, paragraph in enumerate(paragraphs):
        match = INITIALS_LABEL.match(paragraph)  # read before as `T. R`, or not at all
        if match:
            initials = fold_name(match.group(1)).replace(".", "").replace(" ", "")
            found = [name for name, first in spelt.items() if first == initials]
            labels[index] = (found[0], False) if len(found) == 1 else None
    return labels


def _headline_in_capitals(paragraph: str) -> bool:
    """Whether a paragraph is a headline set wholly in capitals (`NO PHONE: EL "DISPOSITIVO" QUE NO HACE NADA`):
    its text after the colon has letters and none in lower case. A transcript's turn goes on in mixed case, so a
    document whose only label is such a line is news with a headline, not a transcript with one turn: the label
    speaks for its own line only."""
    after = paragraph.partition(":")[2]
    return sum(1 for ch in after if ch.isalpha()) >= HEADLINE_LETTERS and not any(ch.islower() for ch in after)


def _fullest_names(labels: list) -> list:
    """Give a label naming someone by surname alone (`ALEGRÍA:`, `Sra. Alegría.-`) the fuller name another label of
    the transcript gives them (`PILAR ALEGRÍA (Portavoz):`), when exactly one fuller name holds those words."""
    names = {label[0] for label in labels if label and label[0] and label[0] not in GENERIC_SPEAKERS}
    folded = {name: fold_name(name).split() for name in names}
    fuller = {}
    for name in names:
        words = folded[name]
        found = [other for other in names if len(folded[other]) > len(words) and is_given_name(folded[other][0])
                 and all(word in folded[other][1:] for word in words)]
        if len(found) == 1:
            fuller[name] = found[0]
    if not fuller:
        return labels
    return [(fuller.get(label[0], label[0]), label[1]) if label else label for label in labels]


def alone_label(paragraph: str, after_separator: bool, known_layout: bool = False) -> tuple[str | None, bool] | None:
    """Return (speaker, False) when a paragraph is a label alone on its line (`MARCELO EBRARD CASAUBON, SECRETARIO
    DE RELACIONES EXTERIORES`, `PREGUNTA`), else None.

    It is in capitals, short, with no full stop at its end and no brackets (`(APLAUSOS)`); it names a generic
    speaker, or a person by a given name and a surname, or comes right after a separator line (`---`), or has a
    role after a comma; in a document already known to be laid out so (known_layout), any name of two words or
    more will do (`AMÉRICO VILLARREAL ANAYA`).
    """
    text = paragraph.strip()
    if not text or len(text) > ALONE_LONGEST or text[-1] in ".?!…;" or text[0] in "([¿¡«\"“—-" \
            or text.upper() != text or not LETTER.search(text):
        return None
    found = turn_label(text.rstrip(":").rstrip() + ": …")
    if found is None or found[0] is None or len(text.split()) > ALONE_WORDS:
        return None
    name = found[0]
    words = name.split()
    if name in GENERIC_SPEAKERS or after_separator and len(words) >= 2 and words[0].lower() not in ARTICLES:
        return name, False  # not `LA POLLERA COLORÁ`, a song played after a `---`
    if len(words) >= 2 and (is_given_name(words[0]) or "," in text or known_layout and len(words) <= 6):
        return name, False
    return None


def alone_labels(paragraphs: list[str]) -> list[tuple[str | None, bool] | None]:
    """Return the labels alone on their line of a transcript in that layout (the label, then the turn's paragraphs,
    often after a `---` line); all None for any other document (a novel's headings in capitals stay headings)."""
    found: list = [None] * len(paragraphs)
    count = 0
    for index, paragraph in enumerate(paragraphs):
        if len(paragraph) <= ALONE_LONGEST and paragraph[1:2].isupper():
            after_separator = index > 0 and SEPARATOR.match(paragraphs[index - 1]) is not None
            found[index] = alone_label(paragraph, after_separator)
            count += found[index] is not None
    if count < 3:
        return [None] * len(paragraphs)
    names = [label[0] for label in found if label]
    followed = sum(1 for index, label in enumerate(found) if label and index + 1 < len(found)
                   and found[index + 1] is None and WORD.search(paragraphs[index + 1]))
    repeated = len(set(names)) < len(names)
    if len(set(names)) < 2 or not repeated or followed < 0.8 * count:
        return [None] * len(paragraphs)
    for index, paragraph in enumerate(paragraphs):  # now the layout is known, any name will do
        if found[index] is None and len(paragraph) <= ALONE_LONGEST and paragraph[1:2].isupper():
            found[index] = alone_label(paragraph, False, known_layout=True)
    return found


def _join_runs(runs: list[str], gaps: list[str]) -> str:
    label = runs[0]
    for run, gap in zip(runs[1:], gaps):
        glue_word = not gap or (len(label.split()[-1]) == 1 and label.split()[-1].isupper() and run[:1].isupper())
        label = label + ("" if glue_word else " ") + run
    return label


def label_line(line: str, strict: bool = False, known_layout: bool = False) -> bool:
    """Tell whether a line is a transcript label alone (`HUGO LÓPEZ-GATELL RAMÍREZ`, `**PREGUNTA**`).

    strict asks more of a label in plain capitals, not in bold: a generic speaker or a role
    (`PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR`, `MARCELO EBRARD CASAUBON, SECRETARIO…`), not a bare name
    that a novel's heading may be too.
    """
    line = line.strip()
    bold = line.startswith("**") and line.endswith("**")
    if bold:
        line = line.strip("*").strip()
    found = alone_label(line, bold, known_layout)  # a label set apart in bold is as sure as one after `---`
    if found is None or bold or not strict:
        return found is not None
    return found[0] in GENERIC_SPEAKERS or "," in line or fold_name(line.split()[0]) in ROLE_WORDS


def join_label_line(text: str, strict: bool = True, known_layout: bool = False) -> str:
    """Rewrite a block whose first line is a label alone as `LABEL: the rest` (the rest's lines kept)."""
    first, newline, rest = text.partition("\n")
    if not newline or not rest.strip() or not label_line(first, strict, known_layout):
        return text
    return first.strip().strip("*").strip().rstrip(":") + ": " + rest.lstrip()


def normalize_markdown_label(line: str) -> str:
    """Rewrite a bold speaker label (`**NAME, ROLE:**`, split runs too) as plain `NAME, ROLE: `; a label alone on
    the first line of a block opens its text (`**PREGUNTA**` then `¿Y las vacunas?`)."""
    line = join_label_line(line)
    match = BOLD_LABEL.match(line)
    if not match:
        return line
    spans = list(BOLD_RUN.finditer(match.group(2)))
    runs = [span.group(1).strip() for span in spans]
    gaps = [match.group(2)[a.end():b.start()] for a, b in zip(spans, spans[1:])]
    label = _join_runs(runs, gaps).lstrip(OPENING_DASH)
    rest = line[match.end():]
    if not (label.endswith(":") or match.group(3)):
        # In bold, a generic label needs no colon (`**PREGUNTA** ¿Y…?`, `**P.** ¿…?`, `**R.** Sí.`);
        # a name does (`**Madrid** es…` opens prose).
        if not rest.strip() or label[-1:] in "-–—" or not bold_generic(label):  # `**P.-**`: the dash closes it
            return line
        label = label.rstrip(".")
    label = label.rstrip(":").strip()
    if not label or turn_label(label + ": x") is None:
        return line
    return f"{match.group(1)}{label}: {rest}"


def bold_generic(label: str) -> bool:
    """Tell whether a bold label without a colon is a generic one: a question's or an answer's."""
    folded = fold_name(label).rstrip(". ")
    return folded in ANSWER_LABELS or (label.upper() == label or len(folded) <= 1) and generic(label) is not None
