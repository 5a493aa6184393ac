"""Transcript turns: `NAME[, ROLE]: text` labels, and bold Markdown labels rewritten as plain.

>>> turn_speakers(["PREGUNTA: ¿Y las vacunas?", "HUGO LÓPEZ-GATELL RAMÍREZ: Llegan hoy.", "Son dos lotes."])
['Pregunta', 'Hugo López-Gatell Ramírez', 'Hugo López-Gatell Ramírez']
"""

import re

from search.speakers.labels import GENERIC_SPEAKERS, person_like_label, turn_label

TRANSCRIPT_DENSITY = 50  # a transcript has a label on one paragraph in this many, or more

__all__ = ["GENERIC_SPEAKERS", "normalize_markdown_label", "turn_label", "turn_speakers"]

BOLD_LABEL = re.compile(r"^(\s*(?:>\s*)?)((?:\*\*[^*\n]+?\*\*[ \t]*)+)(:?)[ \t]*")
BOLD_RUN = re.compile(r"\*\*([^*\n]+?)\*\*")


def turn_speakers(paragraphs: list[str]) -> list[str | None]:
    """Return the turn speaker of each paragraph, None outside any turn.

    In a transcript (labels on one paragraph in fifty or more; the sparsest briefing has one in forty) a turn
    runs until the next label, and a
    mixed-case label that reads as a person's name starts one too. Elsewhere (a novel with a letter or a
    scene written as a transcript) a label speaks for its own paragraph only.
    """
    labels = [turn_label(paragraph) for paragraph in paragraphs]
    found = [label for label in labels if label is not None]
    caps = sum(1 for label in found if not label[1])
    strong = caps >= 2 or any(name and len(name.split()) > 1 for name, mixed in found if not mixed)
    if not found or not (strong or len(found) >= 3):
        return [None] * len(paragraphs)
    transcript = TRANSCRIPT_DENSITY * len(found) >= len(paragraphs)
    all_mixed = len(found) >= 3 and caps < 2
    speakers, current = [], None
    for label in labels:
        if label is not None and (not label[1] or all_mixed
                                  or (transcript and label[0] and person_like_label(label[0]))):
            current = label[0]
        elif not transcript:
            current = None
        speakers.append(current)
    return speakers


def _join_runs(runs: list[str], gaps: list[str]) -> str:
    label = runs[0]
    for run, gap in zip(runs[1:], gaps):
        glue_word = not gap or (len(label.split()[-1]) == 1 and label.split()[-1].isupper() and run[:1].isupper())
        label = label + ("" if glue_word else " ") + run
    return label


def normalize_markdown_label(line: str) -> str:
    """Rewrite a bold speaker label (`**NAME, ROLE:**`, split runs too) as plain `NAME, ROLE: `."""
    match = BOLD_LABEL.match(line)
    if not match:
        return line
    spans = list(BOLD_RUN.finditer(match.group(2)))
    runs = [span.group(1).strip() for span in spans]
    gaps = [match.group(2)[a.end():b.start()] for a, b in zip(spans, spans[1:])]
    label = _join_runs(runs, gaps)
    if not (label.endswith(":") or match.group(3)):
        return line
    label = label.rstrip(":").strip()
    rest = line[match.end():]
    if not label or turn_label(label + ": x") is None:
        return line
    return f"{match.group(1)}{label}: {rest}"
