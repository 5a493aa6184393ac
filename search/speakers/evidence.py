"""What a document itself says of a capitalised word: a common word, a place, a name; and its acronyms.

A word the text writes in lower case nearby is a common word (`vamos`, `ahora`); one written after `en`,
`desde`, `hasta` or `hacia`, or after a capitalised plural article, is a place (`en Canarias`, `Las
Palmas`); one written capitalised in the middle of a sentence is a name (`dijo Benina`), which a word
capitalised only where a sentence opens is not (`Múltiples`, `Siempre`). Words the text writes inside
quotation marks (`"Lady Bird" ganó`) or after a noun for a work or a body (`la miniserie Big Little Lies`,
`la firma Rockport Analytics`) name a thing. The answers come from a window of paragraphs around the one
being read, not the whole document: a novel is long, and the evidence is near the question. An acronym
(`AMLO`) stands for the one name of the document whose words it spells (`Andrés Manuel López Obrador`).

>>> evidence = Evidence(["Llegó a Canarias.", "Lo dijo en Canarias la ministra Ana Gil."])
>>> evidence.is_place("Canarias"), evidence.is_proper("Gil"), evidence.is_proper("Llegó")
(True, True, False)
"""

import re
from collections import Counter

from search.speakers.acronyms import Acronyms
from search.speakers.genre import Kind, document_kind
from search.speakers.lexicon import FUNCTION_WORDS
from search.speakers.sentences import CLOSING_QUOTES, OPENING_QUOTES
from search.speakers.things import BODY_NOUNS, BODY_PLURALS, THING_NOUNS
from search.text.names import is_given_name

WORD_END = frozenset(" ,.;:\n")
PLACE_PREPOSITIONS = (["en"], ["En"], ["desde"], ["hasta"], ["hacia"])
PLURAL_ARTICLES = (["Las"], ["Los"])  # capitalised inside a name: a place's or a body's (`Las Palmas`, `Los Pinos`)
WINDOW = 8  # paragraphs: at least this many each side tell what a word is in this document
NAME_BEFORE = re.compile(r"\b([A-ZÁÉÍÓÚÑ][\w'’-]+)(?:\s+(?:de |del |la |y )?[A-ZÁÉÍÓÚÑ][\w'’-]+)*\s*$")
COMMON, PLACE, PROPER, BODY, TITLE, ACRONYM, WRITTEN, AFTER = 0, 1, 2, 3, 4, 5, 6, 7
ACRONYM_LETTERS = 3  # a shorter word in capitals is an initial or a roman numeral as often as an acronym
ACRONYM_MOST = 8  # letters: `FACUA`, `CONAGUA`; longer words in capitals are a heading's
# Words before a person's name or nickname (`vio a Caterina Porena`, `se llama Ana`, `bajo el apodo de "Tigre de los
# Llanos"`, `conocido como "El Bronco"`, `le decían "Lobo"`), which never come before a work's title.
NAMED = r"\b(?:a|llam[aoó]\w*|apod\w*|sobrenombre|mote|alias|conocid[oa]s? como|les? d[ei]c[eií]\w*)\s+" \
    r"(?:(?:el|la|de)\s+)?[\"'«“‘]?"
# Nouns of membership and office that a body follows (`el dirigente estatal de Morena`, `militantes del PAN`).
MEMBERS = frozenset(
    "dirigente dirigentes líder líderes militante militantes miembro miembros integrante integrantes candidato "
    "candidata candidatos vocero vocera portavoz bancada partido coalición fundador fundadora presidente presidenta "
    "secretario secretaria senador senadora diputado diputada legisladores senadores diputados".split())
# Nouns of those a firm, a service or a union has (`una usuaria de Seeking Arrangement`, `los empleados de Pemex`),
# which no person has (unlike a spokesperson: `el portavoz de Daddy Yankee`; nor `cliente`, `socio`: a lawyer's): they
# tell a name of several words is a body's too.
CUSTOMERS = frozenset(
    "usuario usuaria usuarios usuarias empleados empleadas trabajadores accionistas suscriptor suscriptora "
    "suscriptores afiliado afiliada afiliados".split())
CUSTOMERS_OF = re.compile(r"\b(?:" + "|".join(sorted(CUSTOMERS)) + r") del? [A-ZÁÉÍÓÚÑ]")
NOT_ADJECTIVES = frozenset("de del a al y e o en con por para sin sobre que su sus el la los las".split())
# A determiner, a noun for a work or a body, maybe an adjective, right before a name (`la compañía estadounidense`).
# A possessive too: `en nuestra obra Historia de Rosas` (a book's title, its author's).
THING_DETERMINERS = r"\b(?:[Ee]l|[Ll]as?|[Ll]os|[Uu]na?|del|al|[Ss]us?|[Ee]st[ea]|[Nn]uestr[ao]s?|[Mm]is?|[Tt]us?)"
NO_ADJECTIVE = r"(?!(?:" + "|".join(sorted(NOT_ADJECTIVES | FUNCTION_WORDS)) + r")\s)"
AFTER_THING = re.compile(THING_DETERMINERS + r"\s+(?:" + "|".join(sorted(THING_NOUNS)) + r")(?:\s+" + NO_ADJECTIVE
                         + r"[a-záéíóúñ]+)?\s+[\"«“‘']?$")  # the name may open a quotation (`del portal "X"`)

# A body named by an apposition after its name (`Avianca, la principal aerolínea del país,`, `Sony, el gigante
# japonés` is not one: `gigante` names no body): a determiner, at most two adjectives, a noun for a body.
# Or by a relative clause that says what it is (`EY, que además es la firma auditora del grupo,`).
IS_WHAT = r"(?:que\s+(?:[a-záéíóúñ]+mente\s+|además\s+|también\s+)?es\s+)?"
APPOSED_BODY = re.compile(r",\s+" + IS_WHAT + r"(?:el|la|los|las|una?)\s+(?:" + NO_ADJECTIVE
                          + r"[a-záéíóúñ]+\s+){0,2}(?:" + "|".join(sorted(BODY_NOUNS | BODY_PLURALS)) + r")\b")

# A noun for a body, `de` and what kind of body it is, in lower case, right before its name (`el sitio de videos
# musicales Vevo`, `la cadena de restaurantes Taco Bell`, `la empresa de mensajería Estafeta`): Spanish classifies a
# firm's name so; an owner comes right after `de` (`la empresa de Carlos Slim`), a person's office never takes a body
# noun (`el equipo del ministro Ruiz`: `del` is no classifier's word).
CLASSIFIER_WORDS = 3  # lower-case words after `de`: `videos musicales`, `comida rápida`


def _classified(before: list[str]) -> bool:
    """Tell whether the words before a name end in a noun for a body, `de` and lower-case words that classify it."""
    for at in range(len(before) - 2, max(-1, len(before) - 3 - CLASSIFIER_WORDS), -1):
        if before[at] == "de":
            return at > 0 and before[at - 1] in BODY_NOUNS and all(
                word.isalpha() and word.islower() and word not in NOT_ADJECTIVES for word in before[at + 1:])
    return False


class Evidence:
    """What the paragraphs around the one being read say of a word."""

    def __init__(self, paragraphs: list[str], kind: Kind | None = None, window: int = WINDOW) -> None:
        """window: paragraphs each side whose text answers (WINDOW; len(paragraphs) reads the whole document)."""
        self.paragraphs = paragraphs
        self.window = max(1, window)
        self.kind = kind or document_kind(paragraphs)  # a short document is read whole for the names of things
        self.index = 0  # the paragraph being read
        self._block = -1
        self._text = ""
        self._answers: dict[tuple[int, str], bool] = {}  # answers for the current window
        self._acronyms = Acronyms(self.paragraphs)
        self._whole = ""  # a short document whole: names of works and bodies hold from one end to the other
        self._titles: dict[tuple[int, str], bool] = {}
        self._counts: dict[str, int] = {}
        self._words: Counter | None = None

    def _window(self) -> str:
        """Return the paragraphs around the current one: its block of WINDOW and the blocks either side."""
        block = self.index // self.window
        if block != self._block:
            start = max(0, (block - 1) * self.window)
            self._block, self._answers = block, {}
            self._text = " " + "\n ".join(self.paragraphs[start:(block + 2) * self.window])
        return self._text

    def is_common_word(self, word: str) -> bool:
        """Tell whether the text writes this word in lower case (`vamos`, `ahora`)."""
        return self._answer(COMMON, word.lower())

    def is_place(self, word: str) -> bool:
        """Tell whether the text writes this word after `en`, `desde`, `hasta` or `hacia` (`en Canarias`)."""
        return self._answer(PLACE, word)

    def is_proper(self, word: str) -> bool:
        """Tell whether the text writes this word capitalised after a lower-case word or a comma (`dijo Gil`)."""
        return self._answer(PROPER, word)

    def is_body(self, word: str) -> bool:
        """Tell whether the text writes this word as a body people belong to (`el dirigente estatal de Morena`, `una
        usuaria de Tinder`), after a noun for a body (`la compañía Apple`), or as an acronym: in capitals inside a
        sentence in lower case (`Facua` and `denuncia FACUA en su escrito`, `la asociación FACUA-Consumidores`)."""
        if " " in word:  # in an article only (a book's runs are many): a name whose users or employees are counted
            return self.kind.short and self._customers() and self._answer(BODY, word)
        if self._answer(BODY, word):
            return True
        if not self.kind.short or not ACRONYM_LETTERS <= len(word) <= ACRONYM_MOST:
            return False
        capitals = word.upper()
        return capitals != word and self._written(capitals) \
            and (self._answer(ACRONYM, capitals) or self._answer(BODY, capitals))

    def _written(self, word: str) -> bool:
        """Tell whether the paragraphs around the one being read write this word at all."""
        text = self._window()
        found = self._answers.get((WRITTEN, word))
        if found is None:
            found = self._answers[(WRITTEN, word)] = " " + word in text
        return found

    def _customers(self) -> bool:
        """Tell whether the paragraphs around the one being read count a body's users, employees or members."""
        text = self._window()
        found = self._answers.get((BODY, ""))
        if found is None:
            found = self._answers[(BODY, "")] = CUSTOMERS_OF.search(text) is not None
        return found

    def is_title(self, words: list[str]) -> bool:
        """Tell whether the document writes these words as a thing's name (a work keeps its name from one end of an
        article to the other; in a book, the paragraphs around): after a noun for a work or a body (`la miniserie
        Big Little Lies`, `la firma Rockport Analytics`), or all inside quotation marks (`"Lady Bird"`, `'Club de
        Cuervos'`) and never as a person is written, after the personal `a`, a verb of naming or a nickname's words
        (`vio a Caterina Porena`, `se llama…`, `llamado el "Tigre de los Llanos"`)."""
        phrase = " ".join(words)
        whole = self.kind.short
        text = self.whole_text() if whole else self._window()
        cache = self._titles if whole else self._answers
        found = cache.get((TITLE, phrase))
        if found is None:
            found, quoted = False, False
            at = text.find(phrase)
            while at >= 0 and not found:
                end = at + len(phrase)
                if not (text[end:end + 1].isalnum() or text[end:end + 1] in "'’-"):
                    quoted = quoted or text[at - 1:at] in OPENING_QUOTES and text[end:end + 1] in CLOSING_QUOTES
                    found = AFTER_THING.search(text, max(0, at - 60), at) is not None
                at = text.find(phrase, at + 1)
            if quoted and not found:
                found = re.search(NAMED + re.escape(phrase) + r"\b", text) is None
            cache[(TITLE, phrase)] = found
        return found

    def after_thing(self, word: str) -> bool:
        """Tell whether the document writes this word after a noun for a work or a body, maybe inside quotation marks
        (`del portal "Silenciadas"`, `la revista Semana`): a thing's name from one end of an article to the other."""
        text = self.whole_text() if self.kind.short else self._window()
        cache = self._titles if self.kind.short else self._answers
        found = cache.get((AFTER, word))
        if found is None:
            found, at = False, text.find(word)
            while at >= 0 and not found:
                found = not (text[at + len(word):at + len(word) + 1].isalnum() or text[at - 1:at].isalnum()) \
                    and AFTER_THING.search(text, max(0, at - 60), at) is not None
                at = text.find(word, at + 1)
            cache[(AFTER, word)] = found
        return found

    def _answer(self, kind: int, word: str) -> bool:
        text = self._window()
        found = self._answers.get((kind, word))
        if found is None:
            found, needle = False, " " + word
            at = text.find(needle)
            while at >= 0 and not found:
                end = at + len(needle)
                if kind == PLACE:  # `en Canarias`; `Las Palmas`, `Los Pinos`: no person's name opens with a plural
                    found = text[max(0, at - 6):at].split()[-1:] in PLACE_PREPOSITIONS + PLURAL_ARTICLES
                elif kind == COMMON:  # `vamos` followed by a space or a mark
                    found = text[end:end + 1] in WORD_END
                elif kind == BODY:  # `de Morena` after `el dirigente (estatal)`; `la compañía (estadounidense) Apple`;
                    # `Avianca, la principal aerolínea`
                    before = text[max(0, at - 40):at].split()
                    found = not text[end:end + 1].isalnum() and (
                        before[-1:] in (["de"], ["del"]) and not (
                            CUSTOMERS if " " in word else MEMBERS | CUSTOMERS).isdisjoint(before[-3:-1])
                        or bool(before) and (before[-1] in BODY_NOUNS or before[-1] in BODY_PLURALS)
                        # `las aerolíneas Volaris y Aeromar`: the plural noun names the list's last name too
                        or before[-1:] in (["y"], ["e"]) and len(before) > 2 and before[-3] in BODY_PLURALS
                        and before[-2][:1].isupper()
                        or len(before) > 1 and before[-2] in BODY_NOUNS and before[-1].isalpha()
                        and before[-1].islower() and before[-1] not in NOT_ADJECTIVES
                        or self.kind.short and _classified(before)  # a book's `una red de oro Nina`: no
                        or before[-2:] == ["de", "noticias"]
                        or APPOSED_BODY.match(text, end) is not None)
                elif kind == ACRONYM:  # `denuncia FACUA en su escrito`: between words in lower case, not in a line
                    # in capitals (`EL FENÓMENO ES MÁS GRANDE`) nor in a name's run (`ANA GIL`)
                    before, after = text[max(0, at - 20):at].split()[-1:], text[end:end + 20].split()[:1]
                    found = not text[end:end + 1].isalnum() and any(
                        word[:1].islower() for word in before + after) and not any(
                        word[:2].isupper() for word in before + after)
                else:  # `dijo Gil`, `la ministra Ana Gil,`: capitalised after a word in lower case or a comma
                    before = text[at - 1:at]
                    found = (before.islower() or before == ",") and not text[end:end + 1].isalnum()
                at = text.find(needle, at + 1)
            if kind == BODY and not found:
                found = self._abbreviation(text, word)
            self._answers[(kind, word)] = found
        return found

    def times_written(self, phrase: str) -> int:
        """Return how many times the whole document writes these words, as words (`Registra Meade`: once)."""
        found = self._counts.get(phrase)
        if found is None:
            found = self._counts[phrase] = len(re.findall(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)",
                                                          self.whole_text()))
        return found

    def times_word(self, word: str) -> int:
        """Return how many times the whole document writes one word (counted once for all words: a question asked of
        many words costs no scan each, as times_written would)."""
        if self._words is None:
            self._words = Counter(re.findall(r"\w+", self.whole_text()))
        return self._words[word]

    def whole_text(self) -> str:
        """Return the whole document as the window is read (each paragraph after a space and a line break, so that a
        word opening a paragraph is found after a space as any other), joined once."""
        if not self._whole:
            self._whole = " " + "\n ".join(self.paragraphs)
        return self._whole

    @staticmethod
    def _abbreviation(text: str, word: str) -> bool:
        """Tell whether the text gives word in brackets after a body's name (`la Comisión Nacional del Agua
        (Conagua)`), not after a person's (`Andrés Manuel López Obrador (AMLO)`)."""
        at = text.find("(" + word + ")")
        while at >= 0:
            named = NAME_BEFORE.search(text, max(0, at - 120), at)
            if named is not None and not is_given_name(named.group(1)):
                return True
            at = text.find("(" + word + ")", at + 1)
        return False

    def acronym(self, token: str) -> list[str] | None:
        """Return the words of the one name in the document whose initials spell token (`AMLO`), else None
        (search.speakers.acronyms)."""
        return self._acronyms.full(token)

    def acronym_surnames(self, token: str) -> list[str] | None:
        """Return the surnames of the one name in the document whose initials end token, given names left out
        (`López Obrador` for `AMLO`), else None (search.speakers.acronyms)."""
        return self._acronyms.surnames(token)
