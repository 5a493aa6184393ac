"""Quotations over several paragraphs, and quoted paragraphs that name nobody.

A quotation opened in one paragraph and closed in a later one has one speaker on every paragraph
(`La ministra declaró: «…` then `»Además, …` then `»Y nadie …»`), whether the speaker is named where it
opens or where it closes (`…», ha explicado Gil.`). A paragraph that is all quotation and names nobody
goes on with the statement just before it (`"Buscamos …".` after `La ministra ha explicado que…`).
In an interview in dash dialogue, an untagged answer after an untagged question is the interviewee's.

>>> tracker = QuoteTracker()
>>> [tracker.paragraph(text, found) for text, found in [('Gil dijo: «Sí.', ['Gil']), ('»Y no.»', [])]]
[['Gil'], ['Gil']]
"""

import re

PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"'}
CONTINUATION = frozenset("»“«\"")
MARK = re.compile("[«»“”„\"]")
ALNUM = re.compile(r"[^\W_]")
DASHES = frozenset("—–―-")
LONGEST = 12  # paragraphs: a quotation left open longer than this had a stray mark


def scan(text: str, expected: str | None) -> tuple[str | None, bool]:
    """Return the closing mark still awaited at the end of text, and whether text is all quotation."""
    text = text.strip()
    if not MARK.search(text):  # most paragraphs: no mark to follow
        return expected, expected is not None and bool(text)
    if expected is not None and text[:1] in CONTINUATION and text[:1] != expected:
        text = text[1:]  # `»Además…` or `“Además…`: the quotation goes on
    elif expected is None and text[:1] == "»":
        expected, text = "»", text[1:]  # a continuation after a paragraph that closed at its end
    depth = 1 if expected else 0
    opener = next((mark for mark, closer in PAIRS.items() if closer == expected and mark != '"'), None)
    outside, position = False, 0
    for match in MARK.finditer(text):
        char = match.group()
        if expected is None:
            outside = outside or bool(ALNUM.search(text, position, match.start()))
            if char in PAIRS:
                expected, depth, opener = PAIRS[char], 1, char
        elif char == expected:
            depth -= 1
            if depth == 0:
                expected = None
        elif char == opener and opener != '"':
            depth += 1
        position = match.end()
    if expected is None:
        outside = outside or bool(ALNUM.search(text, position))
    return expected, not outside and bool(text)


class QuoteTracker:
    """Follow quotations through a document's paragraphs and give unattributed quoted paragraphs a speaker."""

    def __init__(self) -> None:
        self.expected: str | None = None
        self.open: list[int] = []  # paragraphs of the quotation still open
        self.previous: list = []
        self.results: list[list] = []
        self.filled: set[int] = set()  # paragraphs given a speaker here, not by their own sentences
        self.answer: tuple[list, int] | None = None  # who last answered in dash dialogue, and where
        self.after_question = False  # the paragraph before was an untagged question in dash dialogue

    def paragraph(self, text: str, found: list) -> list:
        """Return the speakers of the next paragraph, given the ones its own sentences name."""
        index = len(self.results)
        if self.expected is None and not self.open and not MARK.search(text) and text.lstrip()[:1] not in DASHES:
            self.results.append(found)  # most paragraphs: no quotation and no dialogue to follow
            self.previous, self.after_question = found, False
            return found
        inside = self.expected is not None or text.lstrip()[:1] == "»"
        self.expected, all_quoted = scan(text, self.expected) if text else (None, False)
        if not found and text and (inside or all_quoted) and (self.open or all_quoted):
            found = list(self.previous) if not self.open or self.results[self.open[0]] else []
            if found:
                self.filled.add(index)
        found = self._dialogue(index, text.lstrip(), found)
        self.results.append(found)
        if inside or self.expected is not None:
            self.open.append(index)
        if len(self.open) > LONGEST:
            self._abandon()
        elif self.expected is None:
            self._close()
        self.previous = found
        return found

    def _close(self) -> None:
        """Give every paragraph of the quotation just closed the speaker named where it opened or closed."""
        speakers = next((self.results[i] for i in self.open if self.results[i]), [])
        for i in self.open:
            if not self.results[i]:
                self.results[i] = list(speakers)
        self.open = []

    def _dialogue(self, index: int, text: str, found: list) -> list:
        """Give an untagged answer after an untagged question the one who answered last (an interview)."""
        if text[:1] not in DASHES:
            self.after_question = False
            return found
        question = text[1:].lstrip()[:1] == "¿"
        if found and not question:
            self.answer = (found, index)
        elif not found and not question and self.after_question and self.answer and index - self.answer[1] <= 4:
            self.filled.add(index)
            return list(self.answer[0])
        self.after_question = question and not found
        return found

    def _abandon(self) -> None:
        """Undo the speakers given inside a quotation that never closed: its mark was a stray one."""
        for i in self.open[1:]:
            if i in self.filled:
                self.results[i] = []
        self.open, self.expected = [], None

    def finish(self) -> list[list]:
        """Return the speakers of every paragraph, with quotations filled back from where they closed."""
        self._abandon()
        return self.results
