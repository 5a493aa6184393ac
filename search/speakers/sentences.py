"""Tokens and sentences of a paragraph, with abbreviations and initials that end no sentence.

>>> [token for token in sentences("Lo dijo el Sr. Pérez. Luego se fue.")[0]]
['Lo', 'dijo', 'el', 'Sr', '.', 'Pérez', '.']
"""

import re

from search.speakers import lexicon as lex
from search.speakers.initials import glued_initials

TOKEN = re.compile(r"\w+(?:[-'’´.]\w+)*|[^\w\s]")
# Quotation marks: the ones that open a quotation, the ones that close it; straight ones do both.
OPENING_QUOTES = frozenset('"\'«“‘„')
CLOSING_QUOTES = frozenset('"\'»”’')
STRAIGHT_QUOTES = frozenset('"\'')
QUOTES = OPENING_QUOTES | CLOSING_QUOTES
DASHES = frozenset("—–-―")
ENDS = frozenset(".!?…")
# Text damaged at the source: masks put where numbers or addresses were (`el *NUMBER* de mayo`, `*URL*`), and a
# section tag glued to the verb of the sentence after it (`Real MadridDice que…`).
MASK = re.compile(r"\*(?:NUMBER|URL|EMAIL|PHONE)\*")
GLUED = re.compile(r"(?<=[a-záéíóúñ])([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)")
GLUE = re.compile(r"[a-záéíóúñ][A-ZÁÉÍÓÚÑ]")  # a cheaper first look for GLUED
# A full stop glued to the sentence after it (`…tampoco lo están.Guardia, por su parte, subrayó…`): a space lost at
# the source, which made one token of two sentences' words and hid the second one's subject. Two lower-case letters
# before it (not `a.C.`, not `EE.UU.`) and a capitalised word after it.
GLUED_STOP = re.compile(r"(?<=[a-záéíóúñ]{2})\.(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ])")
# An article glued to the role noun after it (`ElPresidente dijo`, `laGobernadora`): a space lost at the source, which
# made one capitalised word, a name, of a role; no name is an article glued to a role noun.
GLUED_ARTICLE = re.compile(r"\b([Ee]l|[Ll]as?|[Ll]os|[Dd]el|[Aa]l)([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\b")
# Abbreviations that never end a sentence: titles before a name and degrees after one (`el Dr.`, `Lic.`, `Ph.`,
# `Mtra.`, `el Dip.`, `el Gob.`, `el Cnel.`, `Sta.`), and `EE.` before `UU.`; from the RAE's list of abbreviations
# (Diccionario panhispánico de dudas, apéndice 2). A splitter that cut after one cut a sentence in two.
UNENDING = frozenset("sr sra srta sres dr dra dres lic licda lcdo lcda ing gral ee ph mtro mtra prof profa arq dña "
                     "mons pbro excmo excma profr profra dip sen gob pdte pdta cnel tte sgto cmdte almte cap rvdo "
                     "ilmo ilma fr sto sta hno hna vda".split())
NO_END = lex.ABBREVIATIONS | UNENDING
# Eras and centuries written with a lowercase letter and a capital one (`63 a. C.`, `24 d. C.`, `a. J. C.`,
# `a. de C.`, `s. XIX`; RAE, Diccionario panhispánico de dudas, apéndice 2): a lowercase letter alone before a
# period is an abbreviation, and a capital initial or a Roman numeral after it goes on with the same sentence.
ERA_TAIL = re.compile(r"^(?:[A-Z]\.|[IVXLC]+\b)")
ROMAN = re.compile(r"^[IVXLC]+$")
ERA = re.compile(r"\b([ad])\.\s?(?:de\s)?(?:J\.\s?)?C\.")  # written whole, an era names no one (`a. J. C.`)


# A run of words with no full stop (a list, a transcript in capitals) is read as sentences of at most this many
# tokens: attribution reads a sentence back from each of its verbs, a cost of the square of its length (the longest
# sentence of the briefings, the novels and the news sets has 563 tokens).
MAX_SENTENCE_TOKENS = 1000


def sentence_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """Return the (start, end) token ranges of the sentences in a paragraph's tokens."""
    spans, start = [], 0
    for index, token in enumerate(tokens[:-1]):
        if index - start >= MAX_SENTENCE_TOKENS:
            spans.append((start, index))
            start = index
        if token in ENDS and index > start:
            before, after = tokens[index - 1], tokens[index + 1]
            if before.lower() in NO_END or (len(before) == 1 and before.isupper()):
                continue
            if glued_initials(before) and after[:1].isupper() and after.lower() not in lex.FUNCTION_WORDS \
                    and after.lower() not in lex.DETERMINERS:
                continue  # `…, K.P. Maurya, dijo`: a name's initials, glued (search.speakers.initials)
            if len(before) == 1 and before.islower() and before.isalpha() and (
                    ROMAN.match(after) or len(after) == 1 and tokens[index + 2:index + 3] == ["."]):
                continue  # `el año 63 a. C. y…`, `en el s. XIX`
            if after[:1].isupper() or after in QUOTES or after in DASHES or after == "¿" or after == "¡":
                spans.append((start, index + 1))
                start = index + 1
    if start < len(tokens):
        spans.append((start, len(tokens)))
    return spans


LAST_WORDS = re.compile(r"(?:^|\s)(\S+)\s+([^\W\d_]+)\.\s*$")


def continues(previous: str, text: str) -> bool:
    """Tell whether text goes on with the sentence that previous left unfinished, cut by a splitter after an
    abbreviation that ends no sentence (`…, dijo Ana Gil, Ph.` then `D y profesora…`; `…el Dr.` then `Luis Paz…`;
    `…en EE.` then `UU. el…`) or after a name's initial (`…expuso E.` then `Stanley Kroenke, …`); or cut by the
    source's line breaks: a line that opens in lower case after one that ends with a word or a stop (a
    sentence does not open in lower case: `…otras 12 ofertaron paquetes` then `con boletos para el Mundial`)."""
    if text[:1].islower() and previous[-1:] and (previous[-1:].isalnum() or previous[-1:] in ENDS):
        return True
    last = LAST_WORDS.search(previous[-40:])
    if last is None or not text[:1].isupper():
        return False
    before, word = last.groups()
    if word.lower() in UNENDING:
        return True
    if len(word) == 1 and word.islower():  # `…entre el año 63 a.` then `C. y el 24 d.` then `C., describió…`
        return ERA_TAIL.match(text) is not None
    if len(word) != 1 or not word.isupper():
        return False
    if len(before) == 2 and before[0].islower() and before[1] == ".":
        return True  # `…63 a. J.` then `C., …`
    first = text.split()[:2]  # `Stanley Kroenke, …`: a name goes on, not a sentence that opens `La vacuna…`
    return before[:1].isupper() or len(first) == 2 and all(part[:1].isupper() for part in first) \
        and first[0].lower() not in lex.FUNCTION_WORDS and first[0].lower() not in lex.DETERMINERS


def repaired(text: str, verbs: frozenset[str] = frozenset()) -> str:
    """Return text with the damage of some sources mended: two apostrophes typed for a quotation mark (`''`), an
    era written as one word (`a. J. C.` as `a.C.`), a masked number read as `0` (a mask ends no sentence and names
    no one), a masked address dropped, a verb glued to the word before split off as the start of a sentence
    (`Real MadridDice que…` gives `Real Madrid. Dice que…`; verbs are the words that may be glued), and, where verbs
    are given (news), a role noun glued to its article split off in lower case (`ElPresidente dijo` gives `El
    presidente dijo`: a role, not a name) and a full stop glued to the next sentence given its space (`lo
    están.Guardia subrayó` gives `lo están. Guardia subrayó`)."""
    if "''" in text:  # `''incluyente y equitativa"`: two apostrophes a source typed for a double quotation mark
        text = text.replace("''", '"')
    if ". C." in text:  # `63 a. J. C.`: one word, so that its capitals make no initials of a name
        text = ERA.sub(lambda match: match.group(1) + ".C.", text)
    if "*" in text:
        text = MASK.sub(lambda match: "0" if match.group() == "*NUMBER*" else "", text)
    if verbs and "." in text:
        text = GLUED_STOP.sub(". ", text)
    if verbs and GLUE.search(text):
        text = GLUED_ARTICLE.sub(lambda match: f"{match.group(1)} {match.group(2).lower()}"
                                 if match.group(2).lower() in lex.ROLE_CLASSES else match.group(), text)
        text = GLUED.sub(lambda match: ". " + match.group(1) if match.group(1).lower() in verbs else match.group(1),
                         text)
    return text


def sentences(text: str) -> list[list[str]]:
    """Split a paragraph into sentences of tokens."""
    tokens = TOKEN.findall(text)
    return [tokens[start:end] for start, end in sentence_spans(tokens)]
