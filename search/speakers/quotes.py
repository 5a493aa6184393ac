"""Quotations over several paragraphs, and quoted words that no verb attributes.

A quotation opened in one paragraph and closed in a later one has one speaker on every paragraph
(`La ministra declaró: «…` then `»Además, …` then `»Y nadie …»`), whether the speaker is named where it
opens or where it closes (`…», ha explicado Gil.`). The speaker is decided once, when the quotation closes
(QuoteTracker._decide): from the attribution inside or after it, else the speaker of the paragraph before it,
else whoever was salient when it opened; it is carried over the paragraphs the quotation goes on over, and a
paragraph inside it that credits another speaker keeps its own. The paragraphs of each quotation are kept as a
span, which the pass that follows the person in focus (search.speakers.focus) reads rather than finding
quotations again. A paragraph that is all quotation and names nobody
goes on with the statement just before it (`"Buscamos …".` after `La ministra ha explicado que…`), and so
does a quotation of some words that no verb attributes (`A ello se suma la crisis: “No sólo…”`): it is the
words of whoever was speaking, unless, quoted in the run of a sentence (not after a colon, nor opening the
paragraph), the sentence names their source (`síntomas «parecidos a un catarro», según el hospital`) or asks a
question (`¿es tan grave "dudar de todo"?`): the narrator's words then, no one's.
A closing mark with no opening one (the source lost it) closes a quotation
that began with the paragraphs before (`Estamos viendo…` then `…”, agregó.`), and an attribution that points
back (`Así lo expresó X`, `Con estas palabras reaccionó X`) names the speaker of the quotation before it.
A person named inside a quotation speaks inside it, never for it (`decía el presidente Juárez: …`).
In an interview in dash dialogue, an untagged answer after an untagged question is the interviewee's.

>>> tracker = QuoteTracker()
>>> [tracker.paragraph(text, found) for text, found in [('Gil dijo: «Sí.', ['Gil']), ('»Y no.»', [])]]
[['Gil'], ['Gil']]
"""

import re

from search.speakers import lexicon as lex
from search.speakers.quote_marks import ALNUM, CLOSE_MARK, MARK, PAIRS, STRAY_CLOSE, scan
from search.speakers.quote_marks import quoted as quoted  # re-exported: reported.py reads both from here
from search.speakers.quote_marks import stray_closer as stray_closer
from search.speakers.quote_sources import other_source, plural_voice
from search.speakers.quoted_terms import (
    body_before_quote,
    closed_impersonally,
    narrators_quote,
    only_terms,
    stands_as_speech,
)
from search.speakers.sentences import DASHES

OPENERS = frozenset(PAIRS)  # the marks that open a quotation
NARRATION = 2  # lines with no mark and no first or second person inside a quotation: narration, not words quoted
# Words of the first and second person: someone speaking, not a narrator.
PERSONAL = lex.FIRST_PERSON_WORDS | frozenset(
    "mí tú tu tus te ti contigo usted ustedes os vosotros vosotras vuestro vuestra hemos habíamos vamos tenemos "
    "podemos queremos somos estamos creemos sabemos debemos seguimos necesitamos soy estoy tengo creo quiero puedo "
    "sé voy he".split())
WORDS = re.compile(r"[^\W\d_]+")
LONGEST = 12  # paragraphs: a quotation left open longer than this had a stray mark
QUOTED_WORDS = 4  # words: fewer in quotation marks are a term (`el suero "CoviFab"`), not somebody's words
BACK = 3  # paragraphs a lost opening mark or an attribution that points back may reach
SIGNATURE = re.compile(r"^\s*((?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+){1,5}[A-ZÁÉÍÓÚÑ][\w'’.-]*)\s*[»”\"]\.?\s*$")
# An attribution that points back to the quotation before it: `Así lo expresó X`, `Con estas palabras reaccionó X`.
POINTS_BACK = re.compile(r"^\W*(?:así|con (?:estas|esas) palabras|lo anterior|estas (?:declaraciones|palabras)|"
                         r"de (?:esta|esa) (?:manera|forma)|en (?:estos|esos) términos)\b", re.I)
# …or to the several quotations before it: `Estas son algunas de las palabras que X ha dirigido a Y`.
POINTS_BACK_ALL = re.compile(r"^\W*(?:estas|esas|tales) (?:son|fueron|eran) (?:algunas de |solo algunas de )?las "
                             r"(?:palabras|frases|declaraciones|afirmaciones)\b", re.I)
ENDS_SENTENCE = re.compile(r"[.!?…»”\"]\s*$")
# Single marks open a quotation only after a space, a colon or a bracket and before a letter (`dijo: 'No…`), never
# inside a word (`O'Neill`); they close after a letter or a mark, before a space, a mark or the end (`descarte’”`).
SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s:(]))['‘](?=[^\W\d_])")
SINGLE_CLOSE = re.compile(r"(?<=[^\W_]|[.,;!?…])['’](?=[\s.,;:)»”\"!?]|$)")


def points_back(paragraph: str) -> bool | str:
    """Tell whether a paragraph's attribution points back to the quotation before it (True), or to the several
    before it ("all"); else False."""
    return "all" if POINTS_BACK_ALL.match(paragraph) else POINTS_BACK.match(paragraph) is not None


class QuoteTracker:
    """Follow quotations through a document's paragraphs and give unattributed quoted paragraphs a speaker."""

    def __init__(self, news: bool = False) -> None:
        self.news = news  # a news item: its untagged dash answers are the interviewee's (see _dialogue)
        self.spoken: list = []  # the speakers of the last paragraph that had some
        self.expected: str | None = None
        self.open: list[int] = []  # paragraphs of the quotation still open
        self.opened_salient: list = []  # whom the quotation still open would be attributed to if no one is named
        self.previous: list = []
        self.results: list[list] = []
        self.texts: list[str] = []
        self.filled: set[int] = set()  # paragraphs given a speaker here, not by their own sentences
        self.answer: tuple[list, int] | None = None  # who last answered in dash dialogue, and where
        self.after_question = False  # the paragraph before was an untagged question in dash dialogue
        self.back: bool | str = False  # the paragraph points back to the quotation before it ("all": several)
        self.single: tuple[list, int] | None = None  # the speakers of a quotation in single marks still open, and where
        self.spans: dict[int, list[int]] = {}  # the paragraphs of each quotation over several, by its first
        self.lost: set[int] = set()  # the first paragraphs of the spans never closed (a stray or a lost mark)
        self.how: dict[int, str] = {}  # how each paragraph in filled was given its speakers (mechanisms.py reads it)

    def _fill(self, index: int, how: str) -> None:
        """Note that the paragraph at index was given its speakers here, and how: `carried` (a quotation going on),
        `closed` (decided where it closed), `salient`, `stray-close`, `back`, `single`, `dialogue`, `signature`."""
        self.filled.add(index)
        self.how[index] = how

    def needs_salient(self, text: str) -> bool:
        """Tell whether a paragraph may hold a quotation that no verb attributes (so whoever is salient matters)."""
        return self.expected is not None or bool(MARK.search(text))

    def paragraph(self, text: str, found: list, salient=lambda: [], back: bool = False) -> list:
        """Return the speakers of the next paragraph, given the ones its own sentences name.

        salient(): whom a quotation that no verb attributes would be the words of; back: the paragraph attributes
        the quotation before it (`Así lo expresó X`).
        """
        index = len(self.results)
        self.texts.append(text)
        self.back = back
        if "'" in text or "‘" in text or "’" in text or self.single is not None:
            found = self._single(index, text, found)
        if self.expected is None and not self.open and not MARK.search(text) and text.lstrip()[:1] not in DASHES:
            self.results.append(found)  # most paragraphs: no quotation and no dialogue to follow
            self.previous, self.after_question = found, False
            self.spoken = found or self.spoken
            if back and found:
                self._fill_back(index, found, quoted_only=True)
            return found
        if self._reopened(text):
            self._abandon()  # `lanza este mensaje: "No sé…` then narration, then `"Ese hombre…`: never closed
        inside = self.expected is not None or text.lstrip()[:1] == "»"
        stray = STRAY_CLOSE.match(text) if self.expected is None and CLOSE_MARK.search(text) else None
        scanned = text[stray.end():] if stray else text  # the words before a lost opening mark are quoted
        self.expected, all_quoted, words = scan(scanned, self.expected, self.news) if text else (None, False, 0)
        if not found and self.news and stray and not ALNUM.search(scanned) and self.previous \
                and MARK.search(self.texts[-2]):
            found = list(self.previous)  # `…sobre este tema".` after a quoted paragraph: its end, the opening lost
            self._fill(index, "stray-close")
        if not found and text and (inside or all_quoted) and (self.open or all_quoted):
            found = list(self.previous) if not self.open or self.results[self.open[0]] else []
            if found:
                self._fill(index, "carried")
        if not found and words >= QUOTED_WORDS and not inside and self.expected is None \
                and not body_before_quote(text, self.news) and not only_terms(text) \
                and (stands_as_speech(text) or not narrators_quote(text)):
            found = [person for person in salient() if person.display]  # `A ello se suma la crisis: “No sólo…”`
            if found and (other_source(text, found) or self.news and len(found) == 1 and plural_voice(text)):
                found = []  # `«…», se arranca el alcalde, Tomás Vera.`: Vera's words (search.speakers.quote_sources);
                # `Además, señalaron que «…»`: the words of several, not of the one person followed
            if found:
                self._fill(index, "salient")
        found = self._dialogue(index, text.lstrip(), found, salient)
        if self.news and self.expected is None and (self.open or index in self.filled) and closed_impersonally(text):
            found = self._unfill(index, found)  # `…" son algunas de las opiniones que se pueden leer`: anyone's (a
            # book's narration is full of `se`: not there)
        self.results.append(found)
        if (stray or back) and found:
            self._fill_back(index, found, quoted_only=back and not stray)
        if not inside and self.expected is not None:
            self.opened_salient = [p for p in salient() if p.display] if words >= QUOTED_WORDS else []
        if inside or self.expected is not None:
            self.open.append(index)
        if len(self.open) > LONGEST:
            self._abandon()
        elif self.expected is None:
            self._close()
        self.previous = found
        self.spoken = found or self.spoken
        return found

    def awaited(self, text: str) -> str | None:
        """Return the closing mark awaited when the paragraph text starts: None if text opens a new quotation after
        one left open over narration (see _reopened)."""
        return None if self._reopened(text) else self.expected

    def _reopened(self, text: str) -> bool:
        """Tell whether text opens a new quotation while one is open over narration: two lines or more with no mark
        and no word of the first or second person (`lanza este mensaje: "No sé…` then `A continuación aparece…`,
        `El vídeo acumula…`, then `"Ese hombre…`). The first quotation lost its closing mark: it ends with its own
        paragraph. Someone's words over several lines speak of `yo`, `nos`, `usted` (`"A mí me encanta.` then
        `Yo he hecho…` then `"Yo creo…", dijo`). The new quotation's first mark opens (`Ella respondió: "Gracias…`),
        it closes nothing (`…", dijo.`)."""
        between = self.open[1:]
        first = MARK.search(text)
        return self.expected is not None and len(between) >= NARRATION and first is not None \
            and first.group() in OPENERS and ALNUM.match(text, first.end()) is not None \
            and (first.start() == 0 or text[first.start() - 1] in " \t:(") \
            and not any(MARK.search(self.texts[i]) for i in between) \
            and all(PERSONAL.isdisjoint(WORDS.findall(self.texts[i].lower())) for i in between)

    def signature(self, text: str) -> str | None:
        """Return the name that closes, alone, a quotation still open over paragraphs: a letter's signature
        (`TADEO JACINTO DE PAJARES».`, `Ana Gil”`), whose writer the whole quotation is the words of."""
        match = SIGNATURE.match(text) if self.expected is not None and self.open else None
        return match.group(1) if match else None

    def sign(self, speakers: list) -> None:
        """Give every paragraph of the open quotation the speakers who sign it, whoever it named inside."""
        for i in self.open:
            self.results[i] = list(speakers)
            self._fill(i, "signature")

    def _single(self, index: int, text: str, found: list) -> list:
        """Follow a quotation in single marks over paragraphs (`según X, la familia 'es lo primero.` … `nada'.`),
        which the other marks' scan leaves alone: an apostrophe is the same character."""
        if self.single is not None:
            speakers, since = self.single
            if SINGLE_CLOSE.search(text) or index - since > LONGEST:
                self.single = None
            if not found and speakers:
                self._fill(index, "single")
                return list(speakers)
            return found
        opened = [match.end() for match in SINGLE_OPEN.finditer(text)]
        if opened and found and not SINGLE_CLOSE.search(text, opened[-1]):
            self.single = (list(found), index)
        return found

    def _fill_back(self, index: int, speakers: list, quoted_only: bool) -> None:
        """Give the paragraphs before index that name nobody the speakers of a quotation they began; one that names a
        speaker in the third person (`Según sus padres, Simons prefiere…`) is the narrator's, and the quotation
        began after it."""
        names = {person.display.split()[-1] for person in speakers if getattr(person, "display", "")}
        for before in range(index - 1, max(-1, index - 1 - BACK), -1):
            text = self.texts[before]
            has_marks = bool(MARK.search(text))
            if self.results[before] or (has_marks != quoted_only) or not ENDS_SENTENCE.search(text) \
                    or not names.isdisjoint(WORDS.findall(text)):
                break
            self.results[before] = list(speakers)
            self._fill(before, "back")
            if quoted_only and self.back != "all":
                break  # `Así lo expresó X` points back to one quotation; `Estas son las palabras de X` to several

    def _decide(self) -> list:
        """Return the speakers of the quotation open, decided once, as it closes: whom its own paragraphs credit (the
        attribution inside or after it: `"El carro cuesta…` then `…", explica Ignacio Ruiz`), else the speaker of
        the paragraph before it (carried onto its paragraphs as it opened), else whoever was salient when it opened,
        who only guessed. In a book the first credit, carried or not, wins: a novel's long quotations nest
        dialogue."""
        own = next((self.results[i] for i in self.open if self.results[i] and i not in self.filled), None)
        if own and self.news:
            return own
        return next((self.results[i] for i in self.open if self.results[i]), self.opened_salient)

    def _close(self) -> None:
        """Give every paragraph of the quotation just closed its speakers (_decide), except a paragraph that credits
        its own (another speaker attributed inside it); in news, a speaker carried there before the decision gives
        way to it. Keep its paragraphs as a span (search.speakers.focus carries a speaker it finds over them)."""
        speakers = self._decide()
        decided_own = self.news and any(self.results[i] and i not in self.filled for i in self.open)
        for i in self.open:
            if not self.results[i] or decided_own and i in self.filled:
                self.results[i] = list(speakers)
                self._fill(i, "closed")
        if len(self.open) > 1:
            self.spans[self.open[0]] = list(self.open)
        self.open, self.opened_salient = [], []

    def _dialogue(self, index: int, text: str, found: list, salient=lambda: []) -> list:
        """Give an untagged answer after an untagged question the one who answered last (an interview); in news,
        the first such answer is the one who spoke last, else the person followed (`Meade dijo… "…"` then
        `– ¿Se deslinda?` then `– No me toca…`): a reporter's question put to them."""
        if text[:1] not in DASHES:
            self.after_question = False
            return found
        question = text[1:].lstrip()[:1] == "¿"
        if found and not question:
            self.answer = (found, index)
        elif not found and not question and self.after_question and self.answer and index - self.answer[1] <= 4:
            self._fill(index, "dialogue")
            return list(self.answer[0])
        elif not found and not question and self.after_question and self.news and self.answer is None:
            answerer = list(self.spoken) or [person for person in salient() if person.display][-1:]
            if answerer:
                self._fill(index, "dialogue")
                self.answer = (answerer, index)
                return list(answerer)
        self.after_question = question and not found
        return found

    def _unfill(self, index: int, found: list) -> list:
        """Undo the speakers given to the quotation that the paragraph at index closes, and return its own (none if
        given here): the text gives its words to no one."""
        for i in self.open:
            if i in self.filled:
                self.results[i] = []
        self.opened_salient = []
        return [] if index in self.filled else found

    def _abandon(self) -> None:
        """Undo the speakers given inside a quotation that never closed: its mark was a stray one, or its closing
        mark was lost; the paragraphs it was held open over are still its span (at most LONGEST), which a speaker
        found for it later (search.speakers.focus) goes on over."""
        for i in self.open[1:]:
            if i in self.filled:
                self.results[i] = []
        if len(self.open) > 1:
            self.spans[self.open[0]] = list(self.open)
            self.lost.add(self.open[0])
        self.open, self.expected, self.opened_salient = [], None, []

    def finish(self) -> list[list]:
        """Return the speakers of every paragraph, with quotations filled back from where they closed."""
        self._abandon()
        return self.results
