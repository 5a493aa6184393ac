"""Runs of capitalised words in a sentence's tokens, with the particles, initials and numbers a name holds inside
(`Ramírez de la O`, `David A. Semonian`, `Giró i Ribas`, `Felipe VI`); search.speakers.runs decides which of them
name people.

>>> tokens = "dijo ayer Ana de la Rosa en Sevilla".split()
>>> [tokens[start:end] for start, end in CapitalRuns(tokens, [t.lower() for t in tokens], None).raw()]
[['Ana', 'de', 'la', 'Rosa'], ['Sevilla']]
"""

import re

from search.speakers import lexicon as lex
from search.speakers.initials import glued_initials, initials_before_name
from search.speakers.names import ROMAN_NUMERAL
from search.speakers.namewords import LEADING_MARKS, PARTICLES, is_name_word, role_surname
from search.speakers.people import People
from search.speakers.sentences import DASHES, OPENING_QUOTES, QUOTES, STRAIGHT_QUOTES
from search.text.names import is_given_name

# Capitalised articles inside a name (`Tareck El Aissami`, `Omar Al Bashir`), never at its start.
ARTICLE_PARTICLES = frozenset("El Al".split())
SPOKEN_HONORIFICS = frozenset("don doña señor señora sor fray".split())
PLURAL_ARTICLES = frozenset("los las".split())  # inside a name only after `de`, which takes them in the loop below
ELIDED = re.compile(r"^[dD][’'][A-ZÁÉÍÓÚ]")  # a French or Italian particle elided before the surname: `d'Encausse`
QUOTE_LEADS = frozenset(":;,(")  # a straight quote after these opens a quotation (`dijo: "Todos…`)


class CapitalRuns:
    """The runs of capitalised words of one sentence's tokens (lower: the same tokens in lower case)."""

    def __init__(self, tokens: list[str], lower: list[str], people: People) -> None:
        self.tokens, self.lower, self.people = tokens, lower, people
        self.starts = [i for i, token in enumerate(tokens) if token[:1].isupper()]

    def raw(self):
        """Yield (start, end) of each run of name words, with particles and initials inside."""
        tokens = self.tokens
        index = 0
        for index_start in self.starts:
            if index_start < index or not (is_name_word(tokens[index_start]) or self.month_name(index_start)
                                           or initials_before_name(tokens, index_start, is_name_word)
                                           or self.given_al(index_start) or index_start
                                           and self.lower[index_start - 1] in SPOKEN_HONORIFICS
                                           and self.honoured(index_start)):
                continue
            index = index_start
            end = index + 1
            while end < len(tokens):
                if is_name_word(tokens[end]) or len(tokens[end]) == 1 and tokens[end].isupper() \
                        or tokens[end].isupper() and ROMAN_NUMERAL.match(tokens[end]) or role_surname(tokens, end) \
                        or ELIDED.match(tokens[end]):  # `Felipe VI`, `Tomás Rey`, `Carrère d'Encausse`
                    end += 1
                elif tokens[end] == "i" and end + 1 < len(tokens) and is_name_word(tokens[end + 1]) \
                        and not is_given_name(tokens[end - 1]):
                    end += 2  # a Catalan name's surnames joined by `i` (`Giró i Ribas`), not `Jordi i Marta`
                elif tokens[end] == "." and end > index and (len(tokens[end - 1]) == 1 or glued_initials(
                        tokens[end - 1])) and end + 1 < len(tokens) and is_name_word(tokens[end + 1]):
                    end += 1  # `David A. Semonian`, `K.P. Maurya`
                elif initials_before_name(tokens, end, is_name_word):
                    end += 1  # `Kevin B.J. Jones`: initials glued inside the name, their full stop taken above
                elif tokens[end] in PLURAL_ARTICLES:
                    break  # `Vuelven los García`, a title: a name's `los` follows `de` (`Ana de los Ríos`)
                elif tokens[end].lower() in PARTICLES or tokens[end] in ARTICLE_PARTICLES:
                    after = end + 1
                    while after < len(tokens) and after - end < 3 and tokens[after].lower() in PARTICLES:
                        after += 1
                    if after < len(tokens) and (is_name_word(tokens[after]) or tokens[after] == "O"):
                        end = after + 1  # `Ramírez de la O`
                    else:
                        break
                else:
                    break
            yield index, end
            index = end

    def honoured(self, index: int) -> bool:
        """Tell whether a capitalised word that is also a verb's form, after an honorific in lower case (the caller
        checks it), names someone (`doña Anuncia`): a verb is never capitalised after a word in lower case."""
        return self.tokens[index][1:].islower() and self.lower[index] not in lex.ROLE_CLASSES  # `el señor
        # Gobernador`: an office

    def given_al(self, index: int) -> bool:
        """Tell whether a capitalised `Al` is a given name (`el reverendo Al Sharpton`, `Al Gore dijo`): before a
        surname, not a contraction (`Al llegar`, `Al Gobierno`)."""
        tokens = self.tokens
        return tokens[index] == "Al" and index + 1 < len(tokens) and is_name_word(tokens[index + 1]) \
            and self.lower[index + 1] not in lex.ORGANISATION_WORDS and self.lower[index + 1] not in lex.PLACES

    def month_name(self, index: int) -> bool:
        """Tell whether a month that is also a given name opens a full name (`Julio Prats`, not `Julio de 2020`)."""
        token = self.tokens[index]
        return self.lower[index] in lex.MONTHS_DAYS and is_given_name(token) and index + 1 < len(self.tokens) \
            and is_name_word(self.tokens[index + 1])

    def opening(self, start: int) -> bool:
        """Tell whether the token at start opens the sentence or a line of dialogue or quotation (`contó: «Aquí…`)."""
        before = self.tokens[start - 1] if start else ""
        return start == 0 or before in LEADING_MARKS and all(
            token in LEADING_MARKS for token in self.tokens[:start - 1]) or before in DASHES \
            or before in OPENING_QUOTES and before not in STRAIGHT_QUOTES \
            or before in QUOTES and self.tokens[start - 2] in QUOTE_LEADS

    def words(self, start: int, end: int) -> list[str]:
        """Return the words of a name, an initial with its full stop (`David A. Semonian`)."""
        if "." not in self.tokens[start:end]:
            return self.tokens[start:end]
        words = []
        for token in self.tokens[start:end]:
            if token == ".":
                if words and (len(words[-1]) == 1 or glued_initials(words[-1])):
                    words[-1] += "."
            else:
                words.append(token)
        return words
