"""Paragraphs a news item prints twice: the lead repeated as its last line, a pull quote repeated in the body.

A paragraph with no speaker whose words are those of an earlier paragraph that has one (the same words, or the
earlier one's words before its credit: `México está lleno de mujeres fuertes…, dijo` then `México está lleno de
mujeres fuertes…`) is the same statement, by the same speaker.

>>> from search.speakers.people import Person
>>> ana = Person(["ana", "gil"], "Ana Gil")
>>> texts = ["Titular", "El agua llegará a todos los barrios antes del verano, dijo.", "Otra cosa.",
...          "El agua llegará a todos los barrios antes del verano."]
>>> [[p.display for p in found] for found in repeated(texts, [[], [ana], [], []])]
[[], ['Ana Gil'], [], ['Ana Gil']]
"""

import re

WORD = re.compile(r"\w+")
LEAST = 8  # words: a shorter paragraph (`Lo dijo.`) may repeat by chance


def repeated(paragraphs: list[str], speakers: list[list]) -> list[list]:
    """Return speakers with each paragraph that repeats an earlier attributed one given its speakers."""
    result = list(speakers)
    seen: list[tuple[list[str], int]] = []
    for index, text in enumerate(paragraphs):
        words = WORD.findall(text.lower())
        if len(words) < LEAST:
            continue
        if not result[index]:
            earlier = next((at for before, at in seen if before[:len(words)] == words), None)
            if earlier is not None:
                result[index] = list(result[earlier])
        else:
            seen.append((words, index))
    return result
