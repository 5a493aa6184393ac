"""Whether a capitalised name is a person's: one decision per name and document, from all the document says of it.

A name credited with words may be a person's or a body's (a firm, a party, a medium, a team), a place's, a group's
or a thing's (a product, a common noun in capitals). The press credits only people, so a name decided to be no
person's speaks nowhere in the document (search.speakers.voices.DocumentVoices.keeps). The decision is taken once
for the whole of a news item: the evidence of its first paragraph holds in its last, and a name is never a person on
one line and a firm on the next.

The evidence, strongest first:

- for a person: a given name first (`Ana Gil`); a person the document introduced with a role or a given name (`la
  ministra Gil`, then `Gil`); the name written after a given name somewhere (`Del Mazo` after `Alfredo del Mazo`);
  an acronym that spells a person's name (`AMLO`);
- against: a quantifier or a plural noun for people first (`Vecinos de Tlalpan`); an acronym (`FACUA`); a word of
  the lexicon of bodies, places and things (search.speakers.people.looks_like_person, search.speakers.things); the
  name of a body as the document writes it (after a noun for a body, as the body people belong to, with an
  apposition: search.speakers.evidence); a lone name after a lower-case article (`de la Profeco`, `los Tigres`) or
  after an office only a body has (`la directora de Oxfam`: search.speakers.written_names); two capitals glued to
  a word in lower case (`QAnon`); and, when nothing above says person, a word the document also writes in lower
  case (a common noun set in capitals: `Vitamina C` beside `vitamina C`) or a lone word it writes after `en`,
  `desde`, `hasta`, `hacia` (a place: `en Valdoria`).

The lists of evidence are search.speakers.evidence's and search.speakers.written_names's; this module only orders
them and keeps the answer, so that every reader of a credit (voices, headlines) asks the same question once.

>>> decide = lambda text, name: Personhood(Evidence(text.split("\\n"))).kind(name.split())
>>> decide("Lo pide la directora de Oxfam.\\nOxfam dijo que no.", "Oxfam")
('body', 'office')
>>> decide("La ministra Ana Gil habló.\\nGil dijo que sí.", "Gil")
('person', 'full name')
"""

import re
from collections.abc import Callable

from search.speakers import body_runs
from search.speakers import lexicon as lex
from search.speakers.acronyms import introduced
from search.speakers.evidence import WINDOW, Evidence
from search.speakers.lone_names import body_cue, person_cue
from search.speakers.names import exonym_of
from search.speakers.things import QUANTIFIERS, names_thing, plural_of_people
from search.speakers.written_names import (
    NAME_PARTICLES,
    after_article,
    after_given_name,
    after_office,
    joined_by_ampersand,
)
from search.text.names import is_given_name
from search.text.vocabulary import is_vocabulary_word, is_word_name, opens_with_given_name

PERSON, BODY, DOCUMENT, COLLECTIVE, UNNAMED = "person", "body", "document", "collective", "unnamed"
THING = "thing"  # no voice at all: a subject that is a thing (`las previsiones apuntan`, `Vitamina C`)
ACRONYM_LENGTH = (2, 8)
CAPITALISED = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+")
# Two capitals or more glued to a word in lower case (`QAnon`, `CNNChile`): an acronym inside a brand's or a
# movement's name. A person's name takes one capital inside at most (`McCain`, `DeSantis`, `LeBron`).
GLUED_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,}[a-záéíóúñ]")
# The definite article of French, English, Italian, German and Dutch opening a name that Spanish text writes as it
# stands (`Le Figaro`, `The Guardian`, `Il Corriere`, `Die Zeit`, `L’Obs`): a newspaper's, a magazine's or a work's
# title, never a person's name alone. A surname that opens so (`Le Pen`, `Le Maire`) is a person's only where the
# document gives it with a given name or a role, which the checks before this one read.
FOREIGN_ARTICLES = frozenset("Le Les The Il Der Die Das Het".split())
ELIDED_ARTICLE = re.compile(r"L['’][A-ZÁÉÍÓÚÑ]")


def looks_like_person(tokens: list[str], evidence: Evidence | None = None) -> bool:
    """Tell whether capitalised words can name a person by the lexicon: a given name first (opens_with_given_name),
    or no firm nor interrogative first (`Google`, `¿Cuántas…`), no body, place, abstract noun, work, firm, sum or
    group (`Seguridad Social`; search.speakers.things), nor a thing's name by the document's evidence."""
    if opens_with_given_name(tokens):
        return True
    lowered = [token.lower() for token in tokens]
    return lowered[0] not in lex.FIRMS and lowered[0] not in lex.INTERROGATIVES and not any(
        (word in lex.ORGANISATION_WORDS and not (index and word in lex.SURNAMES_TOO))  # `De la Cruz`
        or word.endswith(lex.INSTITUTION_ENDINGS) for index, word in enumerate(lowered)) \
        and " ".join(lowered) not in lex.PLACES and not names_thing(tokens, lowered) \
        and not (evidence is not None and len(tokens) > 1 and evidence.is_title(tokens))


def another_form_written(text: str, word: str) -> bool:
    """Tell whether the text writes a name that word is another language's form of (`Plato` beside `Platón`:
    search.speakers.names.exonym_of)."""
    return any(exonym_of(word, other) for other in set(CAPITALISED.findall(text)))


class Personhood:
    """Decide, once per name, whether a document's capitalised name is a person's (see the module).

    evidence: what the document's paragraphs say of words (search.speakers.evidence); find: the document's people as
    the pipeline reads them (search.speakers.people.People.find: words -> the person or None), whose roles tell a
    name introduced as a person's; without it the paragraphs alone decide. A short document (search.speakers.genre: a
    news item) is read whole for each name; a long one (a book) by windows of paragraphs, as the evidence reads it."""

    def __init__(self, evidence: Evidence, find: Callable | None = None) -> None:
        self.find = find
        self.windowed = evidence
        self.whole = evidence.kind.short
        self._evidence: Evidence | None = None if self.whole else evidence
        self._names: dict[tuple[str, int], tuple[str, str]] = {}
        self._document: dict[tuple[str, str], bool] = {}  # (word, how it is written): answers about the whole text
        self._lone_names: dict[tuple[str, str], tuple[str, str]] = {}  # a lone name's (kind, cue) by its cues

    @property
    def evidence(self) -> Evidence:
        """Return the evidence that answers: one window over the whole of a short document (every answer holds from
        one end to the other), made when first asked; a long document's windows."""
        if self._evidence is None:
            paragraphs = self.windowed.paragraphs
            self._evidence = Evidence(paragraphs, self.windowed.kind, len(paragraphs))
        return self._evidence

    def kind(self, words: list[str], index: int | None = None) -> tuple[str, str]:
        """Return (kind, cue) for capitalised words that name a voice (`Facua`, `Ana Gil`, `Seeking Arrangement`);
        kind is PERSON or the kind of non-person, cue the evidence that decided it. index: the paragraph being read
        (in a long document, whose window of paragraphs answers; the one being read, if not given)."""
        if not words:
            return UNNAMED, "no name"
        reading = self.evidence.index
        index = reading if index is None else index
        key = (" ".join(words), 0 if self.whole else index // WINDOW)
        found = self._names.get(key)
        if found is None:
            self.evidence.index = index
            try:
                found = self._names[key] = self._decide(words)
            finally:
                self.evidence.index = reading
        return found

    def is_person(self, words: list[str], index: int | None = None) -> bool:
        """Tell whether capitalised words name a person in this document (kind)."""
        return self.kind(words, index)[0] == PERSON

    def _decide(self, written: list[str]) -> tuple[str, str]:
        words = [word for word in written if word.lower() not in NAME_PARTICLES] or written  # `De la Cruz`: Cruz
        first = words[0]
        if opens_with_given_name(words):
            return PERSON, "given name"
        if self.whole:  # words no person's name holds, even one the pipeline gave a role (search.speakers.body_runs)
            found = body_runs.by_its_words(written)
            if found is not None:
                return found
        known = self.find(words) if self.find is not None else None
        if known is not None and (known.roles or opens_with_given_name(known.display.split())
                                  or any(map(is_given_name, known.display.split()[1:]))):
            return PERSON, "introduced"
        if first.lower() in QUANTIFIERS or plural_of_people(first.lower()):
            return COLLECTIVE, "plural"  # `Numerosas YouTubers`, `Vecinos de Tlalpan`
        if self.whole:  # a news item's runs that name no person (search.speakers.body_runs), read before a surname's
            found = self._body_run(written)
            if found is not None:
                return found
        if not (len(words) > 1 and first.lower() in lex.ORGANISATION_WORDS) \
                and self._written(words[-1], "full name", after_given_name):
            # `Del Mazo` after `Alfredo del Mazo`: a surname the text gives with a name; not a body's last word after
            # a word that is a given name too (`Instituto de Salud Tropical`)
            return PERSON, "full name"
        if ACRONYM_LENGTH[0] <= len(first) <= ACRONYM_LENGTH[1] and first.isupper() and len(words) == 1:
            spelled = self.evidence.acronym(first)
            if spelled and is_given_name(spelled[0]):
                return PERSON, "initials"
            surnames = self.evidence.acronym_surnames(first)  # `dijo AMLO` after `el presidente López Obrador`
            tied = self.find is not None and introduced(surnames, self.find)
            return (PERSON, "initials of surnames") if tied else (BODY, "acronym")
        if GLUED_ACRONYM.match(first):
            return BODY, "acronym glued to a word"  # `QAnon`, `CNNChile`: no person's name opens so
        if len(written) > 1 and written[0] in FOREIGN_ARTICLES or ELIDED_ARTICLE.match(written[0]):
            return BODY, "foreign article"  # `Le Figaro`, `The Guardian`, `L’Obs`: a medium's or a work's title
        if not looks_like_person(written, self.evidence):
            return BODY, "body word"
        if self.evidence.is_body(first if len(words) == 1 else " ".join(words)):
            return BODY, "document's evidence"
        if len(written) == 1 and self.evidence.after_thing(first):
            return BODY, "thing noun"  # `del portal "Silenciadas"`: a lone name after a medium's or a work's noun
        # a lone name, or the head of `Tigres de la UANL`, that the text writes after an article (`los Tigres`)
        headed = len(written) == 1 or written[1].lower() in NAME_PARTICLES
        if headed and self._written(first, "article", after_article):
            return BODY, "article"
        if len(written) == 1 and self._written(first, "office", after_office):
            return BODY, "office"
        if self._written(words[-1], "ampersand", joined_by_ampersand):
            return BODY, "ampersand"  # `Johnson & Johnson`, `Ruiz & Asociados`: a firm's name
        # no evidence of a person so far: a word the document writes in lower case is a common noun set in capitals
        # (`Vitamina C` beside `vitamina C`), one written after `en`, `desde`, `hacia` a place (`en Canarias`)
        if self.evidence.is_common_word(first):
            return THING, "common word"
        if len(written) == 1 and self.evidence.is_place(first):
            return BODY, "place"
        # nor from the general vocabulary (search.text.vocabulary): common words set in capitals (`Son buenas
        # Noticia`, `Casa Abierta`), unless another form of a name the text writes (`Plato` after `Platón`); a given
        # name that is a word too, alone, that the text capitalises only where a sentence opens (`Luz verde al plan`;
        # `dijo Rosa` is a person's)
        if all(map(is_vocabulary_word, words)) and not is_given_name(first) \
                and (len(words) > 1 or not self._written(first, "another form", another_form_written)):
            return THING, "common words"
        if len(words) == 1 and is_word_name(first) and not self.evidence.is_proper(first):
            return THING, "word name opening sentences"
        if len(written) == 1 and not is_given_name(first):
            return self._lone(first)
        return PERSON, "name"

    def _body_run(self, written: list[str]) -> tuple[str, str] | None:
        """Return (kind, cue) for a news item's run that its own words or the text's writing of it tell is no
        person's (search.speakers.body_runs), or None."""
        text = self.windowed.whole_text()
        if body_runs.opens_teaser_only(text, written):
            return THING, "teaser's first words"
        if body_runs.acronym_after(text, written):
            return BODY, "acronym after"
        if body_runs.tail_of_body(text, written):
            return BODY, "tail of a body's name"
        if len(written) == 1 and body_runs.affiliated(text, written[0]):
            return BODY, "a person's body"
        if body_runs.place_of(text, written):
            return BODY, "place's noun before"
        if len(written) == 1 and body_runs.after_plural_noun(text, written[0]):
            return BODY, "rest of a firm's name"
        if body_runs.opens_with_plural_noun(written):
            return BODY, "plural noun first"
        return None

    def _lone(self, word: str) -> tuple[str, str]:
        """Return (kind, cue) for a lone name nothing above decided (search.speakers.lone_names): a body's by the
        text's cues against a person when it gives none for one; else a person's, as before."""
        key = (word, "lone")
        if key not in self._lone_names:  # once per word: each cue is a scan of the whole text
            text = self.windowed.whole_text()
            cue = body_cue(text, word)
            self._lone_names[key] = (BODY, cue) if cue and not person_cue(text, word) else (PERSON, "name")
        return self._lone_names[key]

    def _written(self, word: str, how: str, test: Callable[[str, str], bool]) -> bool:
        """Return test(text, word) on the whole document (search.speakers.written_names), once per word."""
        key = (word, how)
        found = self._document.get(key)
        if found is None:
            found = self._document[key] = test(self.windowed.whole_text(), word)
        return found
