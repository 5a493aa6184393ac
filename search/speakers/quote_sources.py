"""The person a sentence names as the source of its quotation, where no verb of ours attributes it.

A quotation that no verb attributes is, in news, the words of whoever was speaking (search.speakers.quotes fills it
with the salient person). Not when its own sentence names someone where a source stands: before the colon that
opens it (`Más lejos va Ana Ruiz Gil, exministra: «…»`), or after the mark that closes it, in the same sentence
(`«…», se arranca el alcalde de la villa, Tomás Vera.`, `«…», dirá Vera ante el pleno.`, a future or a verb of
manner that our lists do not read as saying). That person said it, not the one followed before: the words are
left to no one rather than given to the wrong speaker.

A name is a run of capitalised words that opens with a given name (search.text.given_names), or, after a closing
mark, a capitalised word that follows the comma and at most three lower-case words of which none governs it (`,
añadirá Vera`, not `, dijo en Madrid`).

>>> named_around('Más lejos va Ana Ruiz, exministra: «Eso no vale».')
['Ana Ruiz']
>>> named_around('«No habrá cambios», dirá Vera ante el pleno.'), named_around('«No habrá cambios», dijo en Lima.')
(['Vera'], [])
"""

import re

from search.speakers import lexicon as lex
from search.speakers.quote_marks import PAIRS
from search.text.folding import SPANISH_NAME_PARTICLES, fold_name
from search.text.given_names import is_given_name

OPENING = re.compile("[«“„\"]")
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# A capitalised word (`Ruiz`, `García-Page`) or a particle of a name inside a run (`de la`).
CAPITALISED = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w'’-]+")
NOT_SUBJECTS = frozenset({"a", "al", "de", "del", "en", "con", "por", "para", "sobre", "entre", "ante", "según",
                          "desde", "hasta", "hacia", "tras", "sin", "y", "e", "o"}) | lex.GOVERNING
SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
WORD_OR_MARK = re.compile(r"[«»“”\"]|[^\W\d_]+")
LOWER_WORDS = 3  # lower-case words at most between the closing comma and a lone surname (`, se arranca Vera`)


def named_around(text: str) -> list[str]:
    """Return the names text gives as the source of a quotation around it (see the module): before a colon that
    opens one, or after the mark that closes one, in its sentence; in order, as written."""
    names: list[str] = []
    for mark in OPENING.finditer(text):
        before = text[:mark.start()].rstrip()
        if before.endswith(":"):
            start = max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1
            names += _runs(before[start:-1])
        closer = PAIRS.get(mark.group(), mark.group())
        close = text.find(closer, mark.end())
        if close < 0:
            continue
        rest = text[close + 1:]
        if not rest.lstrip().startswith(","):
            continue
        end = SENTENCE_END.search(rest)
        tail = rest[:end.start() if end else len(rest)].lstrip()[1:]
        names += _runs(tail) or _lone_surname(tail)
    return list(dict.fromkeys(names))


def _runs(words_text: str) -> list[str]:
    """Return the runs of capitalised words that open with a given name (`Ana Ruiz`, `Tomás de la Vera`)."""
    words = WORD.findall(words_text)
    runs, index = [], 0
    while index < len(words):
        if index and CAPITALISED.fullmatch(words[index]) and is_given_name(words[index]):
            stop = index + 1
            while stop < len(words) and (CAPITALISED.fullmatch(words[stop]) or words[stop] in SPANISH_NAME_PARTICLES
                                         and stop + 1 < len(words) and CAPITALISED.fullmatch(words[stop + 1])):
                stop += 1
            if stop - index >= 2:
                runs.append(" ".join(words[index:stop]))
            index = stop
        else:
            index += 1
    return runs


def _lone_surname(tail: str) -> list[str]:
    """Return a capitalised word after at most LOWER_WORDS lower-case words, none governing it (`dirá Vera`)."""
    words = WORD.findall(tail)
    for index, word in enumerate(words[:LOWER_WORDS + 1]):
        if CAPITALISED.fullmatch(word):
            before = words[index - 1].lower() if index else ""
            lowered = word.lower()
            if index and before not in NOT_SUBJECTS and lowered not in lex.PLACES \
                    and lowered not in lex.ORGANISATION_WORDS:
                return [word]
            return []
        if not word.islower():
            return []
    return []


def other_source(text: str, followed: list) -> bool:
    """Tell whether text names a source of its quotation (named_around) who is none of the people followed (their
    display names; a source sharing a word of the name is one of them: `Gil` for `Ana Gil`)."""
    named = named_around(text)
    if not named:
        return False
    known = {fold_name(word) for person in followed for word in getattr(person, "display", person).split()}
    return any(known.isdisjoint(fold_name(word) for word in name.split()) for name in named)


def plural_voice(text: str) -> bool:
    """Tell whether a verb of saying in the third person plural stands in text out of quotation marks (`Además,
    señalaron que «…»`, `«…», reiteraron.`): its quotation is the words of several (a body's people, witnesses),
    never of the one person followed; not a passive `se` (`no se descartan`), which is no one's.

    >>> plural_voice('Asimismo, afirmaron que «no habrá cambios».'), plural_voice('«Afirmaron que sí», dijo.')
    (True, False)
    """
    inside, before = False, ""
    for word in WORD_OR_MARK.findall(text.lower()):
        if word in "«»“”\"":
            inside = not inside if word == '"' else word in "«“"
        elif not inside and word in lex.PLURAL and before != "se":
            return True
        before = word
    return False
