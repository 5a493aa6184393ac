"""Dialogue in dashes written a line a turn with no blank line between: each line that opens a turn is a paragraph.

A plain text's block of short lines is read as one hard-wrapped paragraph (formats.text_paragraphs). A news item
that quotes an exchange in dashes, a line a turn (`—Ministro, ¿habrá devaluación?` / `—No, no habrá devaluación
—respondió Massa.`), became one paragraph, and the reporter's question was credited to the minister who answers
it (trial35, finding 5). A wrapped line never opens with a dash that opens a sentence after a line that ends
one: a dash there opens the next speaker's turn. A dash before a tag in lower case (`—respondió Massa.`) is the
narrator's words after a line, and stays on it.

>>> dialogue_turns(["—Ministro, ¿habrá devaluación?", "—No, no habrá —respondió Massa."])
[['—Ministro, ¿habrá devaluación?'], ['—No, no habrá —respondió Massa.']]
>>> dialogue_turns(["El ministro negó que vaya a haber devaluación", "—respondió Massa."])
[['El ministro negó que vaya a haber devaluación', '—respondió Massa.']]
"""

import re

# A dash that opens a turn: an em dash, an en dash or a horizontal bar, then a sentence's first word or mark
TURN_DASH = re.compile(r"^\s*[—–―]\s*[¿¡«“\"']?\s*[A-ZÁÉÍÓÚÑÜ]")
SENTENCE_END = re.compile(r"[.?!…»”\"']\s*$")


def dialogue_turns(lines: list[str]) -> list[list[str]]:
    """Return a block's lines grouped into paragraphs: a line that opens with a dialogue dash and a capital after a
    line that ends a sentence starts one; other lines go on the one before. A block with fewer than two such
    dashed lines is returned whole (a wrapped paragraph, or a single quoted line)."""
    opens = [index > 0 and TURN_DASH.match(line) is not None and SENTENCE_END.search(lines[index - 1]) is not None
             for index, line in enumerate(lines)]
    dashed = sum(opens) + (TURN_DASH.match(lines[0]) is not None if lines else 0)
    if dashed < 2:
        return [lines]
    turns: list[list[str]] = []
    for line, starts in zip(lines, opens):
        if starts or not turns:
            turns.append([line])
        else:
            turns[-1].append(line)
    return turns
