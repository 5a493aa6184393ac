"""Quotation marks in one paragraph: which closing mark is still awaited at its end, which tokens are inside
quotation marks, and a closing mark whose opening one the source lost. search.speakers.quotes follows
quotations over paragraphs.

>>> scan('Dijo: «No vendré.', None)
('»', False, 2)
>>> stray_closer('¡Sí!", exclamó.')
'"'
"""

import re

from search.speakers.sentences import OPENING_QUOTES, STRAIGHT_QUOTES

PAIRS = {"«": "»", "“": "”", "„": "”", '"': '"'}
# A source may close with a straight mark what it opened with a curly one, and the other way round.
LOOSE_CLOSERS = {"”": ('"',), '"': ("”",)}
CONTINUATION = frozenset("»“«\"")
MARK = re.compile("[«»“”„\"]")
CLOSE_MARK = re.compile("[»”\"]")
ALNUM = re.compile(r"[^\W_]")
# a straight mark after a letter (and a stop): it closes a quotation (see _nested)
STRAIGHT_CLOSE = re.compile(r'[^\W_][.,;!?…]?"')
# words, then a closing mark: `…”, agregó`; or one that ends the paragraph after a space (`…sobre este tema ".`)
STRAY_CLOSE = re.compile(r'^[^«»“”„"]*?[^\s«»“”„"](?:[»”"][,.;]?(?:\s|$)|\s+[»”"][.;]?\s*$)')


def scan(text: str, expected: str | None, nested: bool = False) -> tuple[str | None, bool, int]:
    """Return the closing mark still awaited at the end of text, whether text is all quotation, and the number of
    words inside quotation marks. nested: a straight mark may open a quotation inside one in straight marks (news;
    a novel's dialogue in straight marks leaves its quotations open and reopens them too often to tell)."""
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
    closes = STRAIGHT_CLOSE.finditer(text) if nested and '"' in text else ()
    last_close = max((close.start() for close in closes), default=-1)
    for match in MARK.finditer(text):
        char = match.group()
        if expected is None:
            outside = outside or bool(ALNUM.search(text, position, match.start()))
            if char in PAIRS and not (nested and char in '"“' and _lost_opening(text, match.start(), match.end())):
                expected, depth, opener, start = PAIRS[char], 1, char, match.end()
        elif nested and char == '"' == expected and _nested(text, match.start(), match.end(), last_close):
            depth += 1  # `"Fui la abuelita… donde su rol "en el fondo estimula…".`: a quotation inside the quotation
        elif char == expected or (char in LOOSE_CLOSERS.get(expected, ()) and match.start()
                                  and (not text[match.start() - 1].isspace() or not ALNUM.search(text, match.end()))) \
                or nested and char == opener == "“" and _lost_opening(text, match.start(), match.end()):
            # an opening `“` glued to the word before it and followed by no letter (`…más probable“, adelantó X`) is a
            # closing mark mistyped: it closes, and nothing is left open to carry onto the next paragraphs
            depth -= 1
            if depth > 0 and expected == '"' and not ALNUM.search(text, match.end()):
                depth = 0  # a straight mark that ends the paragraph closes the quotations open inside each other
            if depth == 0:
                expected = None
                words += text.count(" ", start, match.start()) + 1
        elif char == opener and opener != '"' and nested and depth == 1:
            words += text.count(" ", start, match.start()) + 1  # `“conforme luchamos… Estados Unidos. Chu acusó a
            start = match.end()  # Trump de haber “atizado…”`: news nests `“` in `«`, not in `“`; the first quotation
            # lost its closing mark, and this one opens anew
        elif char == opener and opener != '"':
            depth += 1
        position = match.end()
    if expected is None:
        outside = outside or bool(ALNUM.search(text, position))
    else:
        words += text.count(" ", start) + 1
    return expected, not outside and bool(text), words


def _lost_opening(text: str, start: int, end: int) -> bool:
    """Tell whether a straight mark or a `“` met outside quotation marks closes one whose opening mark the source lost
    or that a misprinted `“` closed already (a Chilean outlet closes with `“`: `tener “nexos“, así como (FPMR)“.`): it
    is glued to the word, the stop or the bracket before it and no letter follows it (`…se habría reanudado", dijo el
    experto`); an opening mark stands after a space, a colon or a bracket, before a letter."""
    return start > 0 and (ALNUM.match(text, start - 1) is not None or text[start - 1] in ".!?…)") \
        and ALNUM.match(text, end) is None


def _nested(text: str, start: int, end: int, last_close: int) -> bool:
    """Tell whether a straight mark inside a quotation in straight marks opens another inside it: it stands after a
    space and before a letter, and a straight mark after a letter closes later in the paragraph (last_close: where
    the paragraph's last STRAIGHT_CLOSE starts, found once: searching after each mark was quadratic in the marks)."""
    return start > 0 and text[start - 1].isspace() and ALNUM.match(text, end) is not None and last_close >= end


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
        if awaited is None and token in PAIRS and not (token in '"“' and index and (tokens[index - 1][-1:].isalnum()
                                                                                or tokens[index - 1] == ")")
                                                      and (index + 1 == len(tokens) and token == "“"
                                                           or index + 1 < len(tokens) and tokens[index + 1] in ",.;")):
            # a closing mark whose quotation opened in a paragraph before, or a `“` misprinted for `”` (`…políticos“,`)
            awaited = PAIRS[token]
            flags.append(False)
        elif awaited is not None and (token == awaited or token in LOOSE_CLOSERS.get(awaited, ())
                                      and index and tokens[index - 1][-1:].isalnum()):
            awaited = None
            flags.append(False)
        else:
            flags.append(awaited is not None)
    return flags


def opening_mark(lower: list[str], index: int) -> bool:
    """Tell whether the quotation mark at index of a sentence's lower-case tokens opens a quotation: `«`, `“`, or a
    straight `"` or `'` after an even number of the same mark, closed after it."""
    mark = lower[index]
    if mark in STRAIGHT_QUOTES:  # one closing a quotation from the paragraph before has no partner after it
        return lower[:index].count(mark) % 2 == 0 and mark in lower[index + 1:]
    return mark in OPENING_QUOTES


def quoted_at(lower: list[str], index: int) -> bool:
    """Tell whether the word at index stands inside quotation marks opened earlier in the sentence (a title:
    `un vídeo titulado "Ana Gil y sus pactos"`)."""
    before = lower[:index]
    return before.count('"') % 2 == 1 or before.count("«") > before.count("»") or before.count("“") > before.count("”")
