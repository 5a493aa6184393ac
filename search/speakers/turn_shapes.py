"""Label shapes that one paragraph cannot settle, read with the document's other labels.

- `SIMÓN.-` (one capitalised word closed by `.-`) is also the shape of a dateline (`MADRID.-`). A dateline opens the
  body once, before any label; a speaker's label comes after another label closed by a dash (`PREGUNTA.-`,
  `Sra. Ruiz.-`), or recurs, with another name that recurs too (`ANA.-`, `SIMÓN.-`, `ANA.-`, `SIMÓN.-`).
  Known places and a label's words for no one (`NOTA.-`, `FUENTE.-`) are never speakers; in mixed case only a given
  name is (`Simón.-`, not `Moraleja.—`) (dash_word_labels).
- A mixed-case label led by a role or an abbreviated honorific (`Senador Tomás Ribas:`, `Diputada Elena Ortega:`,
  `Sra. Lucena:`) is a chamber's label when the document has two of them or more; one alone may be a headline or a
  letter's salutation, and stays mixed (titled_labels).
- A numbered label in capitals (`1. ANA RUIZ:`, `2. PRESIDENTE:`) is a label when it names a person by a given name,
  a role or a generic speaker; a numbered heading (`1. INTRODUCCIÓN:`) is not (numbered_label).

>>> numbered_label("3. ELENA ORTEGA: Buenos días.")
('Elena Ortega', False)
>>> numbered_label("1. INTRODUCCIÓN: el proyecto nace en 2019.") is None
True
"""

import re
from collections import Counter

from search.speakers import lexicon as lex
from search.speakers.chamber_labels import CHAMBER_ROLES
from search.speakers.labels import STAGE_WORDS, turn_label
from search.speakers.names import fold_name, proper_case
from search.speakers.places import PLACES
from search.speakers.record_notes import DASH_CLOSED_LABEL
from search.text.names import GENERIC_SPEAKERS, is_given_name

WORD_DASH = re.compile(r"^[\s\ufeff]*([A-ZÁÉÍÓÚÑÜ][\wÁÉÍÓÚÑÜáéíóúñü'’]{2,30})\.\s?[-–—]\s*(?=\S)")
TITLED = re.compile(
    r"^[\s\ufeff]*(?:(?:El|La)\s+)?(?:C\.\s+)?(?:(?P<honorific>(?:Sr|Sra|Srta|Dr|Dra)\.)\s|(?P<role>\w+)\s)")
TITLED_LEAST = 2  # titled mixed-case labels that make a chamber's record
NUMBERED = re.compile(r"^[\s\ufeff]*\d{1,3}[.)]\s+(?=[^\W\d_])")


def _dash_word(paragraph: str) -> str | None:
    """Return the word of a `WORD.-` opening that may be a speaker's (not a known place, not a stage word)."""
    match = WORD_DASH.match(paragraph)
    if not match:
        return None
    word, folded = match.group(1), fold_name(match.group(1))
    if folded in PLACES or folded in STAGE_WORDS or folded in CHAMBER_ROLES or folded in lex.LABEL_NOT_NAMES:
        return None
    # in capitals, as the labels of such records are (`SIMÓN.-`); in mixed case only a given name (`Simón.-`), not a
    # heading's word (`Moraleja.—`, `Nota.-`)
    return word if word.isupper() or is_given_name(folded) else None


def dash_word_labels(paragraphs: list[str], labels: list) -> list:
    """Read `WORD.-` openings as labels where the document's other labels say so (see the module's docstring)."""
    words = [_dash_word(paragraph) if label is None else None for paragraph, label in zip(paragraphs, labels)]
    if not any(words):
        return labels
    counts = Counter(fold_name(word) for word in words if word)
    recurring = {word for word, count in counts.items() if count >= 2}
    labels = list(labels)
    after_label = False
    for index, (paragraph, word) in enumerate(zip(paragraphs, words)):
        if word and (after_label or len(recurring) >= 2 and fold_name(word) in recurring):
            labels[index] = (proper_case(word), False)
        elif labels[index] is not None and DASH_CLOSED_LABEL.match(paragraph):
            after_label = True
    return labels


def titled(paragraph: str) -> bool:
    """Tell whether a paragraph's label opens with an abbreviated honorific or a role word (`Sra. Lucena:`,
    `Senador Tomás Ribas:`, `El C. Presidente Ribas:`)."""
    match = TITLED.match(paragraph)
    return bool(match) and (match.group("honorific") is not None or fold_name(match.group("role")) in CHAMBER_ROLES)


def titled_labels(paragraphs: list[str], labels: list) -> list:
    """Make the titled mixed-case labels of a document sure (mixed False) when there are two of them or more."""
    marked = [label is not None and label[1] and label[0] is not None and titled(paragraph)
              for paragraph, label in zip(paragraphs, labels)]
    if sum(marked) < TITLED_LEAST:
        return labels
    return [(label[0], False) if mark else label for label, mark in zip(labels, marked)]


def numbered_label(paragraph: str) -> tuple[str | None, bool] | None:
    """Return the label after a number (`1. ANA RUIZ:`, `2) PREGUNTA:`) when it is in capitals and names a person by a
    given name, a role or a generic speaker; None otherwise (`1. INTRODUCCIÓN:`, `2. Ana Ruiz: directora`, a list)."""
    match = NUMBERED.match(paragraph)
    if not match:
        return None
    found = turn_label(paragraph[match.end():])
    if not found or found[1] or not found[0]:
        return None
    first = fold_name(found[0].split()[0])
    if found[0] in GENERIC_SPEAKERS or is_given_name(first) or first in CHAMBER_ROLES:
        return found
    return None
