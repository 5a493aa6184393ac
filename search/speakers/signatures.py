"""Who signs a text: the name a letter, an op-ed or a message gives its author once, at its end or at its top.

A minister's letter to a community, a column in a party's press archive, an open letter, a message on a day of
remembrance name their author once, in one of the genre's few places (search.speakers.signed decides whether the
text is then theirs):

- at the end, a signature: `Firmado: Ana Ruiz`, `Fdo.: Ana Ruiz`; a name and its office on one line (`Manuel Pérez
  Gil, Ministro de Inclusión`); a name alone on its line with an office on the next (`Ana Ruiz` then `Ministra de
  Igualdad`), or after a closing formula (`Un abrazo,` then `Ana Ruiz`). A date or a place and date may follow;
- at the top, a byline or a frame: `Carta de la ministra Ana Ruiz a los estudiantes`, `Artículo de opinión de Luis
  Paz`, `Tribuna de…`, `Mensaje de…`, `Opinión | Luis Paz`; `Por Ana Ruiz, ministra de…` (a byline with an office:
  `Por Juan Gil` alone is a reporter's, over a news item).

A signature needs an office, a closing formula or an explicit `Firmado` because a name alone closing a text is
as often a reporter's byline or a photo credit; and no office of the press (`Gabinete de prensa`, `jefa de
comunicación`), whose name closes a press release as its contact, signs.

>>> signer(["Título", "Os escribo hoy.", "Ana Ruiz Gil", "Ministra de Igualdad"])
(['Ana', 'Ruiz', 'Gil'], [2, 3])
>>> signer(["Carta de la ministra Ana Ruiz a los estudiantes", "Os escribo hoy."])
(['Ana', 'Ruiz'], [0])
>>> signer(["Título", "El plan sigue.", "Por Juan Gil"]) is None
True
"""

import re

from search.speakers import lexicon as lex
from search.speakers.relays import SIGNATURE_PARTICLES
from search.text.names import is_given_name

# Offices whose holders sign letters and messages to the public (`Ministra de Igualdad`, `el alcalde`), with their
# former holders (`exministro`).
OFFICES = frozenset(
    "ministro ministra presidente presidenta vicepresidente vicepresidenta secretario secretaria subsecretario "
    "subsecretaria vicesecretario vicesecretaria alcalde alcaldesa teniente consejero consejera delegado delegada "
    "diputado diputada senador senadora eurodiputado eurodiputada concejal concejala director directora rector "
    "rectora embajador embajadora portavoz defensor defensora comisario comisaria comisionado comisionada "
    "gobernador gobernadora coordinador coordinadora líder candidato candidata lehendakari conseller consellera "
    "president presidenta titular".split())
# An office of the press signs nothing: its name closes a press release as its contact.
PRESS = re.compile(r"\b(prensa|comunicación|comunicacion|gabinete|contacto|redacción|redaccion|fotograf\w*)\b",
                   re.IGNORECASE)
# Lines a name alone closes that are credits, not signatures (`Foto: Ana Gil`, `Texto: …`, `Por Juan Gil`).
CREDITS = re.compile(r"^\s*(fotos?|fotografías?|imágenes|imagen|vídeo|video|texto|edición|ilustraci\w+|por|"
                     r"contacto|teléfono|tel|email|correo|fuente)\b", re.IGNORECASE)
FIRMADO = re.compile(r"^\s*(firmado|fdo)\s*\.?\s*:?\s*", re.IGNORECASE)
# Closing formulas of a letter, alone on a line or ending the last paragraph (`Un abrazo,`, `Atentamente,`), or
# opening the line of a signature that lost its line break (`Un abrazo, Ana Ruiz`).
CLOSING = r"(un (fuerte |cordial |afectuoso )?(abrazo|saludo)|atentamente|cordialmente|saludos( cordiales)?|" \
    r"con (todo mi )?(afecto|cariño))"
CLOSINGS = re.compile(CLOSING + r"\s*[,.:]?\s*$", re.IGNORECASE)
# Frames that give a text's author at its top: `Carta de…`, `Artículo de opinión de…`, `Tribuna de…`.
FRAMES = re.compile(r"^\s*(carta( abierta)?|mensaje|tribuna|columna|art[ií]culo( de opini[oó]n)?|"
                    r"opini[oó]n|discurso|saluda)(\s+(de|del)\s|\s*[|:]\s*)", re.IGNORECASE)
CLOSING_START = re.compile(r"^\s*" + CLOSING + r"\s*[,.:]\s*", re.IGNORECASE)
BYLINE = re.compile(r"^\s*por\s+", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_][\w.'’-]*")
DATE_TOKEN = re.compile(r"\w+")
DATE_WORDS = frozenset("de del a el en".split())  # the words that join a date's parts (`a 8 de marzo de 2024`)
OFFICE_WORDS = 10  # the longest office a signature writes after a name (`Presidenta de la Junta de Castilla y León`)
CLAUSE = re.compile(r",\s*[a-záéíóúñ]")  # `…, lo explicó`: a clause after an office, which a signature never has
NAME_WORDS = 5  # the longest name a signature gives (`María José de la Fuente`)
SHORT = 14  # words: longer is a sentence, not a signature's line
TAIL = 3  # lines at a text's end where its signature may stand, a date after it
TOP = 3  # lines at a text's top where its byline or frame may stand


def signer(paragraphs: list[str]) -> tuple[list[str], list[int]] | None:
    """Return (the words of the signer's name, the indices of the lines that sign or frame the text) for a text
    signed at its end or framed at its top (see the module's docstring), else None."""
    return _signature(paragraphs) or _frame(paragraphs)


def _lines(paragraphs: list[str], start: int, stop: int) -> list[int]:
    return [index for index in range(start, stop) if paragraphs[index].strip()]


def _signature(paragraphs: list[str]) -> tuple[list[str], list[int]] | None:
    filled = _lines(paragraphs, 0, len(paragraphs))
    for at in range(max(1, len(filled) - TAIL), len(filled)):  # never the first line: a headline
        index = filled[at]
        next_line = paragraphs[filled[at + 1]] if at + 1 < len(filled) else ""
        role = [filled[at + 1]] if next_line and _office(next_line) and not PRESS.search(next_line) else []
        if not all(dateline(paragraphs[after]) for after in filled[at + 1 + len(role):]):
            continue
        line = paragraphs[index].strip()
        if len(line.split()) > SHORT or PRESS.search(line) or "@" in line:
            continue
        signed = FIRMADO.match(line)
        if not signed and CREDITS.match(line):
            continue
        closed = None if signed else CLOSING_START.match(line)  # `Un abrazo, Ana Ruiz`: the closing on its line
        found = _name(line[(signed or closed).end():] if signed or closed else line)
        if found is None:
            continue
        words, rest = found
        if signed:
            return words, [index, *role]  # `Firmado: Ana Ruiz`
        if rest:
            if _office(rest, alone=True):
                return words, [index]  # `Manuel Pérez Gil, Ministro de Inclusión`
            continue  # more than a name on the line
        if role:
            return words, [index, *role]  # `Ana Ruiz` then `Ministra de Igualdad`
        if closed or CLOSINGS.search(paragraphs[filled[at - 1]].strip()):
            return words, [index]  # `Un abrazo,` then `Ana Ruiz`
    return None


def _frame(paragraphs: list[str]) -> tuple[list[str], list[int]] | None:
    for index in _lines(paragraphs, 0, min(TOP, len(paragraphs))):
        line = paragraphs[index].strip()
        framed = FRAMES.match(line)
        if framed:
            # `Carta de la ministra de X, Ana Ruiz, a…` writes an office first; `Opinión | Ana Ruiz`, the name
            found = _name(line[framed.end():], anywhere=framed.group(5) is not None)
            if found is not None:
                return found[0], [index]
        byline = BYLINE.match(line)
        if byline and len(line.split()) <= SHORT:
            found = _name(line[byline.end():])
            if found is None:
                continue
            words, rest = found
            if rest and _office(rest, alone=True) and not PRESS.search(rest):
                return words, [index]  # `Por Ana Ruiz, ministra de…`
            following = _lines(paragraphs, index + 1, min(index + 2, len(paragraphs)))
            if not rest and following and _office(paragraphs[following[0]]) \
                    and not PRESS.search(paragraphs[following[0]]):
                return words, [index, following[0]]
    return None


def _name_words(text: str) -> list[str]:
    return WORD.findall(text)


def _name(text: str, anywhere: bool = False) -> tuple[list[str], str] | None:
    """Return (the words of the person's name that opens text, what follows it, stripped of spaces and a comma), or,
    anywhere, of the first name text holds (a frame writes an office before it): from a given name on, capitalised
    words or a name in capitals, with particles inside (`María José de la Fuente`), at most NAME_WORDS; else
    None."""
    words = list(WORD.finditer(text))
    starts = range(len(words)) if anywhere else range(min(1, len(words)))
    for start in starts:
        first = words[start].group()
        if not is_given_name(first) or not first[0].isupper() or not anywhere and text[:words[start].start()].strip():
            continue
        name = [words[start]]
        for match in words[start + 1:]:
            word = match.group()
            if len(name) == NAME_WORDS or not (word[0].isupper() or word.lower() in SIGNATURE_PARTICLES) \
                    or word[0].isupper() and word.lower() in OFFICES or text[name[-1].end():match.start()].strip():
                break
            name.append(match)
        while name and name[-1].group().lower() in SIGNATURE_PARTICLES:
            name.pop()
        if len(name) >= 2:
            rest = text[name[-1].end():].strip().lstrip(",").strip().rstrip(".")
            return [word.rstrip(".") if len(word) > 2 else word for word in (m.group() for m in name)], rest
    return None


def _office(text: str, alone: bool = False) -> bool:
    """Tell whether a line or a clause names an office (`Ministra de Igualdad`, `el alcalde de Soria`, `exministro`),
    short as a role line is; alone, with nothing after it (`ministra de Educación, lo explicó` is a sentence; `Ministro
    de Inclusión, Seguridad Social y Migraciones` is one office)."""
    words = [word.lower() for word in _name_words(text)]
    if not words or len(words) > SHORT or alone and (CLAUSE.search(text) or len(words) > OFFICE_WORDS):
        return False
    head = words[1] if words[0] in ("el", "la") and len(words) > 1 else words[0]
    return head in OFFICES or head.startswith("ex") and head[2:] in OFFICES


def dateline(text: str) -> bool:
    """Tell whether a line is a date or a place and date (`Madrid, 8 de marzo de 2024`, `12/03/2024`, `En Soria, a
    lunes`): after the place and its comma, only days, months, figures and their joining words (`Hemos creado 300
    plazas` is a sentence)."""
    if len(text.split()) > 8:
        return False
    date = text.split(",", 1)[-1].lower()
    words = DATE_TOKEN.findall(date)
    return bool(words) and all(word in lex.MONTHS_DAYS or word in DATE_WORDS or word[0].isdigit() for word in words) \
        and any(word in lex.MONTHS_DAYS or word[0].isdigit() for word in words)
