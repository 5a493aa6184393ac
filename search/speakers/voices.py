"""Whose voice a line carries: a person's, or a body's, a document's, a collective's or an unnamed source's.

A voice is what a line gives its words to: the subject of a verb of saying (`Facua denuncia`, `«…», publicó el
portal Deadline`), or the source after `según` or `de acuerdo con`. The press credits only people; a body (a firm,
a ministry, a party, a club, a medium), a document (a statement, a website, a report, a video), a collective (`los
investigadores`, `algunos críticos`) or an unnamed source (`un jugador`, `fuentes del ministerio`) speaks for no one
the reader could name, so a line voiced by one is nobody's, and the person followed does not carry onto it.

The decision uses the words of the voice and what the document itself says of a name, never a list of the names
seen: a given name or a role makes a person (`la ministra Ana Gil`, `el candidato`); a head noun for a body or a
document (`la empresa X`, `el comunicado`), a plural, an indefinite or `fuentes` make the rest; a lone capitalised
word is a body when the document writes it as an acronym, after a noun for a body, after a lower-case article (`de la
Profeco`: a person takes no article unless it is their nickname), or counts its users (search.speakers.evidence).

>>> kinds = lambda text: [(voice.text, voice.kind) for voice in line_voices([text], 0)]
>>> kinds('"Ya está decidido", afirman fuentes del club.')
[('fuentes del club', 'unnamed')]
>>> kinds("Según el comunicado, la ministra Ana Gil declaró que no habrá recortes.")
[('el comunicado', 'document'), ('la ministra Ana Gil', 'person')]
"""

import re
from dataclasses import dataclass

from search.speakers import lexicon as lex
from search.speakers.evidence import Evidence
from search.speakers.mentions import PERSON_NOUN
from search.speakers.names import fold_name
from search.speakers.people import NOBODY, People, Person
from search.speakers.personhood import BODY, COLLECTIVE, DOCUMENT, PERSON, THING, UNNAMED, Personhood
from search.speakers.roles import is_role
from search.speakers.sentences import TOKEN
from search.speakers.things import BODY_NOUNS, DOCUMENTS, GROUPS, plural_of_people
from search.speakers.voice_spans import (
    ADJECTIVES_BEFORE,
    BOTH,
    DETERMINERS,
    INDEFINITES,
    PLURAL_DETERMINERS,
    UNNAMED_HEADS,
    voice_spans,
)
from search.speakers.written_names import NAME_PARTICLES

UNSAID = "unsaid"  # a verb of saying whose subject is not written (`Insistió en que…`): whom the reader follows
KINDS = (PERSON, BODY, DOCUMENT, COLLECTIVE, UNNAMED, THING, UNSAID)
NOT_PEOPLE = frozenset({BODY, DOCUMENT, COLLECTIVE, UNNAMED})

# What is written or published, and speaks as its author's (`el comunicado`, `la web de la firma`, `el video`).
DOCUMENT_NOUNS = DOCUMENTS | frozenset(
    "comunicado comunicados nota notas informe informes texto documento documentos escrito carta cartas página "
    "web sitio cuenta tuit tuits mensaje mensajes publicación decreto resolución sentencia demanda auto boletín "
    "video vídeo videos vídeos comunicación declaración circular oficio queja denuncia acta reglamento ley "
    "proyecto propuesta portada editorial recurso".split())
BODY_HEADS = BODY_NOUNS | lex.ORGANISATION_WORDS - {"nacional", "federal", "central", "mundial", "internacional",
                                                     "europea", "europeo", "unidos", "unidas", "casa", "blanca"}
# Their plurals (`los investigadores`, `numerosas tuiteras`), from the one list of endings of a person's noun.
PLURAL_HUMAN_ENDINGS = tuple(ending + "s" if ending[-1] in "aeiouáéíóú" else ending + "es"
                             for ending in lex.PERSON_ENDINGS)
# What someone said, whose owner after `de` is the voice (`según la versión de X`, `las palabras de X`).
SAYINGS = frozenset("versión relato testimonio explicación opinión respuesta palabra declaración".split())
ACRONYM_LENGTH = (2, 8)
# Voices that speak for no person wherever they stand: what an impersonal `se` reports, and a body spoken from
# (`desde la firma precisan`: a plural verb whose subject is the body's people, never one the reader could name).
IMPERSONAL_CUES = frozenset({"impersonal", "desde"})
# A paragraph that opens with a quotation mark (some sources write one as two apostrophes: `''Al contar…`).
OPENS_QUOTING = re.compile(r"\s*(?:[«“„\"]|'')")


@dataclass(frozen=True)
class Voice:
    """A voice in a line: text as written, its token span [start, end) in the line (search.speakers.sentences.TOKEN),
    its kind (one of KINDS), the cue that decided it (`given name`, `role`, `body noun`, `acronym`, `article`,
    `plural`…), and whether it closes a quotation (the surest place: whose the quoted words are)."""

    text: str
    start: int
    end: int
    kind: str
    cue: str
    closing: bool = False  # written after a verb that closes a quotation (`«…», publicó el portal X`)


class DocumentVoices:
    """Decide the kind of voices in one document, with what its paragraphs say of its names (built once per
    document; a line's voices and the answers about a name in each window of paragraphs are cached).

    paragraphs: the document's, in order; people: its people as the pipeline reads them (search.speakers.people),
    whose roles tell a name introduced as a person's; without them the paragraphs' evidence alone decides."""

    def __init__(self, paragraphs: list[str], people: People | None = None) -> None:
        self.paragraphs = paragraphs
        self.people = people
        self.evidence = people.evidence if people is not None else Evidence(list(paragraphs))
        # whether a name is a person's, once per document
        self.personhood = people.personhood if people is not None else Personhood(self.evidence)
        self._lines: dict[int, list[Voice]] = {}

    def line(self, index: int) -> list[Voice]:
        """Return the voices of paragraph index outside quotation marks, in order (see line_voices)."""
        found = self._lines.get(index)
        if found is None:
            found = self._lines[index] = self._line(index)
        return found

    def _line(self, index: int) -> list[Voice]:
        reading, self.evidence.index = self.evidence.index, index  # the pipeline's own reading goes on after
        try:
            tokens = TOKEN.findall(self.paragraphs[index])
            return [Voice(" ".join(tokens[start:end]), start, end,
                          *(self.kind(tokens[start:end]) if end > start else (UNSAID, "no subject written")), closing)
                    for start, end, closing in voice_spans(tokens)]
        finally:
            self.evidence.index = reading

    def nobodys(self, index: int) -> bool:
        """Tell whether paragraph index is voiced by no person: a body, a document, a collective or an unnamed
        source closes its quotation or is its subject (`«…», publicó el portal X`, `El video asegura…`, `«…», afirman
        fuentes del club`), and no person's voice stands beside it; or it opens a quotation after a colon such a
        voice leads to (introduces_for_nobody). The person followed does not carry onto it. A document that closes a
        quotation (`«…», decía el comunicado`) may relay a person's message (search.speakers.relays decides whose),
        so only a document as a subject counts."""
        if index and OPENS_QUOTING.match(self.paragraphs[index]) and not self.line(index):
            return self.introduces_for_nobody(index - 1)  # `el informe refiere lo siguiente:` then `"…"`
        return self._own_nobodys(index)

    def _own_nobodys(self, index: int) -> bool:
        """Tell whether paragraph index's own voices are no person's (nobodys, less the colon before it)."""
        voices = self.line(index)
        return not any(voice.kind in (PERSON, UNSAID) for voice in voices) and any(
            voice.kind in NOT_PEOPLE and (voice.closing != (voice.kind == DOCUMENT) or voice.cue in IMPERSONAL_CUES)
            for voice in voices)

    def body_subject(self, index: int) -> bool:
        """Tell whether a body or a document is the subject of paragraph index's verbs of saying, and no person
        (`La propia comisión calcula que…`): a later verb with no subject (`Al mismo tiempo, calcula…`) is theirs."""
        voices = self.line(index)
        return any(voice.kind in (BODY, DOCUMENT) and not voice.closing for voice in voices) and not any(
            voice.kind in (PERSON, UNSAID) for voice in voices)

    def introduces_for_nobody(self, index: int) -> bool:
        """Tell whether paragraph index ends in a colon that a voice of no person's leads to, with no person's voice
        beside it (`el informe de la comisión refiere lo siguiente:`, `La cuenta del grupo publicó este mensaje:`):
        a quotation that opens the next paragraph and names no voice of its own is that body's or document's words,
        not the person followed's (nobodys)."""
        if not self.paragraphs[index].rstrip().endswith(":"):
            return False
        voices = self.line(index)
        return any(voice.kind in NOT_PEOPLE for voice in voices) and not any(
            voice.kind in (PERSON, UNSAID) for voice in voices)

    def keeps(self, index: int, person: Person | str) -> bool:
        """Tell whether a person credited with paragraph index (name: as displayed) may keep the credit: not when
        the line's voice naming them is no person's (`Facua denuncia…`, with `FACUA` in the text), nor when the
        line is voiced by no person (nobodys) and does not name them."""
        if person is NOBODY:
            return True
        voices = self.line(index)
        words = (person if isinstance(person, str) else person.display).split()
        if not words or self.name_kind(words, index)[0] != PERSON:
            return False  # `Facua` where the text writes `FACUA`, `Profeco` where it writes `de la Profeco`
        last = fold_name(words[-1])
        naming = [voice for voice in voices if voice.kind != THING and _names(voice, last)]
        if naming:
            return any(voice.kind == PERSON for voice in naming)
        # the line's own voices only: a letter a medium published after a colon (`publicó la carta:` then `"…`) is
        # its signer's when a signature credits it (search.speakers.relays)
        return not self._own_nobodys(index) or last in map(fold_name, TOKEN.findall(self.paragraphs[index]))

    def kind(self, words: list[str]) -> tuple[str, str]:
        """Return (kind, cue) for a voice written as words (`la empresa Total`, `FACUA`, `los investigadores`)."""
        lower = [word.lower() for word in words]
        at = 0
        while at < len(lower) - 1 and (lower[at] in DETERMINERS or lower[at] in ADJECTIVES_BEFORE):
            at += 1
        head, first = lower[at], lower[0]
        if first == "se":
            return UNNAMED, "impersonal"  # `según se recoge`: an unnamed source or a text
        if first == "desde":
            return BODY, "desde"  # `desde la firma precisan`, `desde el Gobierno aseguraron`: a body's voice
        if first in BOTH or lower[:2] in (["los", "dos"], ["las", "dos"]):
            return PERSON, "both"  # `ambos`, `los dos ministros`: people the text has named
        if head in UNNAMED_HEADS and (words[at].islower() or lower[at + 1:at + 2] in (["de"], ["del"])):
            return UNNAMED, "sources"  # `fuentes del club`, not the surname (`Fuentes dijo`)
        if words[at][:1].isupper() and not is_role(head):  # a name, maybe after an article (`la Profeco`)
            names = [word for word in words[at:] if word[:1].isupper() or word.lower() in NAME_PARTICLES]
            return self.name_kind(names)
        human = is_role(head) or PERSON_NOUN.match(head) is not None or head.endswith(lex.PERSON_ENDINGS)
        if lower[at + 1:at + 2] in (["de"], ["del"]) and at + 2 < len(words) and (
                head in SAYINGS or head in DOCUMENT_NOUNS or head.endswith("s") and not human and head not in GROUPS):
            owner = self.kind(words[at + 2:])  # `según las respuestas de Álvarez`, `el comunicado de la ministra`:
            if owner[1] != "noun" and owner[0] != THING:  # whose words they are
                return owner
        if head in DOCUMENT_NOUNS:
            return DOCUMENT, "document noun"
        if head in BODY_HEADS:
            return BODY, "body noun"
        if head in lex.ABBREVIATIONS:
            return PERSON, "title"  # `el Dr. X`, `la Sra. X`
        if head in GROUPS or plural_of_people(head) or head.endswith(PLURAL_HUMAN_ENDINGS):
            return COLLECTIVE, "plural"  # `los investigadores`, `numerosas tuiteras`
        human = human or head + "s" in GROUPS or head[-1:] == "a" and head[:-1] + "os" in GROUPS  # `una vecina`
        if first in PLURAL_DETERMINERS and head.endswith("s"):
            return THING, "plural thing"  # `las previsiones apuntan`
        if first in INDEFINITES:
            return (UNNAMED, "indefinite") if human else (THING, "indefinite thing")
        # `el candidato`, `la sindicalista`, `el joven`: an unknown noun is taken for a person's, the safe side (a body
        # or a document the lists miss is still credited to no one by the pipeline; it only keeps the line's credit)
        return PERSON, "role" if is_role(head) else "noun"

    def name_kind(self, words: list[str], index: int | None = None) -> tuple[str, str]:
        """Return (kind, cue) for capitalised words that name a voice (`Facua`, `Ana Gil`, `Seeking Arrangement`): the
        document's one decision on the name (search.speakers.personhood); index: the paragraph being read (a long
        document decides by windows of paragraphs)."""
        return self.personhood.kind(words, self.evidence.index if index is None else index)


def line_voices(paragraphs: list[str], index: int, people: People | None = None) -> list[Voice]:
    """Return the voices of paragraph index of a document (its paragraphs, in order), outside quotation marks: the
    subject of each verb of saying before or after it, and the source after `según`, `de acuerdo con`. people: the
    document's people as read so far (search.speakers.people), which tell a name introduced with a role; without
    them the paragraphs' evidence alone decides. For many lines of one document, build DocumentVoices once."""
    return DocumentVoices(paragraphs, people).line(index)


def _names(voice: Voice, last: str) -> bool:
    """Tell whether a voice is the person whose name ends in last (folded), not someone else's role that names them
    as its complement (`el portavoz de Gil`)."""
    words = [fold_name(word) for word in voice.text.split()]
    if last not in words:
        return False
    at = words.index(last)
    before = [word for word in words[:at] if word not in ("la", "el", "los", "las")]
    return not (voice.cue == "role" and before[-1:] in (["de"], ["del"]))


def voiced_speakers(speakers: list[list[Person]], voices: DocumentVoices) -> list[list[Person]]:
    """Return speakers (people per paragraph of a news item, whose voices are given) less those credited with a
    line another kind of voice has (DocumentVoices.keeps): a body, a document, a collective or an unnamed source is
    nobody the reader can name."""
    return [[person for person in found if voices.keeps(index, person)] if found else found
            for index, found in enumerate(speakers)]
