"""Quotation marks in one paragraph: which closing mark is still awaited at its end, which tokens are inside
quotation marks, and a closing mark whose opening one the source lost. search.speakers.quotes follows
quotations over paragraphs.

>>> scan('Dijo: «No vendré.', None)
('»', False, 2)
>>> stray_closer('¡Sí!", exclamó.')
'"'
"""

import re

PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"'}
# A source may close with a straight mark what it opened with a curly one, and the other way round.
LOOSE_CLOSERS = {"”": ('"',), '"': ("”",)}
CONTINUATION = frozenset("»“«\"")
MARK = re.compile("[«»“”„\"]")
CLOSE_MARK = re.compile("[»”\"]")
ALNUM = re.compile(r"[^\W_]")
# words, then a closing mark: `…”, agregó`; or one that ends the paragraph after a space (`…sobre este tema ".`)
STRAY_CLOSE = re.compile(r'^[^«»“”„"]*?[^\s«»“”„"](?:[»”"][,.;]?(?:\s|$)|\s+[»”"][.;]?\s*$)')


def scan(text: str, expected: str | None) -> tuple[str | None, bool, int]:
    """Return the closing mark still awaited at the end of text, whether text is all quotation, and the number of
    words inside quotation marks."""
    text = text.strip()
    if not MARK.search(text):  # most paragraphs: no mark to follow
        inside = expected is not None and bool(text)
        return expected, inside, text.count(" ") + 1 if inside else 0
    if expected is not None and text[:1] in CONTINUATION and (text[:1] != expected or (
            expected in '"»' and ALNUM.match(text, 1) is not None)):
        text = text[1:]  # `»Además…`, `“Additionally…` or `"Y además…`: the quotation goes on (a closing mark
        # that opens a paragraph closes nothing: no quoted word stands before it)
    elif expected is None and text[:1] == "»":
        expected, text = "»", text[1:]  # a continuation after a paragraph that closed at its end
    depth = 1 if expected else 0
    opener = next((mark for mark, closer in PAIRS.items() if closer == expected and mark != '"'), None)
    outside, position, words, start = False, 0, 0, 0
    for match in MARK.finditer(text):
        char = match.group()
        if expected is None:
            outside = outside or bool(ALNUM.search(text, position, match.start()))
            if char in PAIRS:
                expected, depth, opener, start = PAIRS[char], 1, char, match.end()
        elif char == expected or (char in LOOSE_CLOSERS.get(expected, ()) and match.start()
                                  and not text[match.start() - 1].isspace()):
            depth -= 1
            if depth == 0:
                expected = None
                words += text.count(" ", start, match.start()) + 1
        elif char == opener and opener != '"':
            depth += 1
        position = match.end()
    if expected is None:
        outside = outside or bool(ALNUM.search(text, position))
    else:
        words += text.count(" ", start) + 1
    return expected, not outside and bool(text), words


def stray_closer(text: str) -> str | None:
    """Return the closing mark of a quotation whose opening mark the source lost (`¡Sí!", exclamó.`), else None."""
    stray = STRAY_CLOSE.match(text) if CLOSE_MARK.search(text) else None
    return stray.group().rstrip(",.; \t\n")[-1] if stray else None


def quoted(tokens: list[str], expected: str | None) -> list[bool]:
    """Return, for each token of a paragraph, whether it is inside quotation marks; expected is the closing mark
    awaited when the paragraph starts (a quotation still open)."""
    flags, awaited = [], expected
    for index, token in enumerate(tokens):
        if index == 0 and awaited is not None and token in CONTINUATION and (token != awaited or (
                awaited in '"»' and len(tokens) > 1 and tokens[1][:1].isalnum())):
            flags.append(True)  # `»Además`, `"Y además`
            continue
        if awaited is None and token in PAIRS and not (token == '"' and index and tokens[index - 1][-1:].isalnum()
                                                      and index + 1 < len(tokens) and tokens[index + 1] in ",.;"):
            awaited = PAIRS[token]
            flags.append(False)
        elif awaited is not None and (token == awaited or token in LOOSE_CLOSERS.get(awaited, ())
                                      and index and tokens[index - 1][-1:].isalnum()):
            awaited = None
            flags.append(False)
        else:
            flags.append(awaited is not None)
    return flags
