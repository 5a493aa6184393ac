"""Notes of a record inside a transcript: lines that no one says, and the notes that hand the turn to a reader.

Shapes met in the records of chambers (samples read by hand from the
published records of Mexico's, Argentina's, Chile's and Uruguay's Senates, Peru's Congreso, Spain's Congreso, the
Parlamento de Canarias, and La Moncloa's press conferences):
- wholly in brackets: `(Aplausos)`, `(Son las 09:34).`, `(INICIA VIDEO)`; opened by `--` (Chile's Senate:
  `--Se abrió la sesión…`);
- opened by a single dash, whose reading depends on the record. Argentina's and Peru's records set their notes
  after a dash (`–Manifestaciones simultáneas.`, `—Se aprueba el acta.`), and Uruguay's Senate writes its notes in
  brackets and marks with a dash the president's words after one of them (`(Se lee).` then `–Léase el artículo
  7.º.`). The document's own shapes decide (dash_notes): dash lines are notes only in a record whose labels close
  with a dash (`Sra. Presidenta (Ferrer).-`, `La señora PRESIDENTA.—`), which writes none of its notes in brackets,
  and only when the line reads as a description: no question or exclamation, no first or second person, no
  imperative with `se` (`Léase`, `Vótese`, `Pásese`). A transcript labelled with colons (a briefing, an interview)
  keeps its dash lines as dialogue (`—Se lo aseguro.` after `ELENA ORTEGA: …`);
- a role and a verb phrase before a colon: `El RELATOR pasa lista:`, `El señor SECRETARIO (Olmos) lee:`. It is the
  record's narration, no one's words, and what follows it is read out by that role or person (reading_note).

>>> reading_note("El señor SECRETARIO (Lucena Paz) da lectura:")
('Lucena Paz', False)
>>> reading_note("El señor alcalde dijo ayer: no habrá cambios.") is None
True
"""

import re

from search.speakers import lexicon as lex
from search.speakers.chamber_labels import CHAMBER_ROLES, bracketed_person
from search.speakers.names import fold_name
from search.speakers.runs import VERB_WORDS

# Wholly in brackets, or opened by `--` (see the module's docstring)
RECORD_NOTE = re.compile(r"^\s*(?:(?:\([^()\n]*\)\.?\s*)+|--\s*[^\W\d_a-z].*)$", re.S)
BRACKETED_NOTE = re.compile(r"^\s*(?:\([^()\n]*\)\.?\s*)+$")
DASH_LINE = re.compile(r"^\s*[–—―-](?![-–—―])\s*(?=[^\W\d_])")  # one dash, then a word: not `--`, not a bullet's `- 3`
# A label closed by a dash mark, before any colon: `Sra. Presidenta (Ferrer).-`, `La señora PRESIDENTA.—`
DASH_CLOSED_LABEL = re.compile(r"^\s*[^\W\d_][^:\n]{0,200}?\.\s?[-–—]")
SPOKEN_MARKS = re.compile(r"[¿?¡!«»“”\"]")
# Words of someone speaking to the chamber, not of the record describing it
PERSONAL = lex.FIRST_PERSON_WORDS | frozenset("tú usted ustedes te ti vos señoría señorías".split())
# An imperative with an enclitic `se` opens the president's words: `Léase`, `Vótese`, `Dese cuenta`, `Pásese`
IMPERATIVE_SE = re.compile(r"^(?!Se\b)[A-ZÁÉÍÓÚ][a-záéíóúñ]*[aeé]se\b")
WORD = re.compile(r"[^\W\d_]+")
# A role (capitals, or one capitalised word), a bracket maybe, a short verb phrase in lower case, then a colon
READING_NOTE = re.compile(
    r"^\s*(?:El|La)\s+(?:(?:señor|señora)\s+)?(?P<role>[A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ]+(?:\s+[A-ZÁÉÍÓÚÑ]{2,}){0,3}|"
    r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)(?:\s*\((?P<inside>[^()\n]{2,80})\))?\s+(?P<verb>[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+){0,3})"
    r"\s*:\s*(?P<rest>.*)$", re.S)
# The officers who read out in a record, besides the role words every label knows (`secretario`, `presidente`)
READERS = CHAMBER_ROLES | frozenset({"relator", "relatora", "prosecretario", "prosecretaria", "oficial", "ujier"})
# The verb that opens the phrase: one the news rules know (`da`, `dice`, `informa`), or a record's verbs of reading out
VERBS = VERB_WORDS | frozenset({"lee", "leen", "pasa", "procede", "llama", "nombra", "enumera", "recita"})


def reading_note(paragraph: str) -> tuple[str, bool] | None:
    """Return (reader, has_text) when a paragraph is the record's note that a role reads out what follows (`El
    RELATOR pasa lista:`, `El señor SECRETARIO (Olmos) lee: «…»`): the role, or the person in its bracket; has_text
    tells that the read text follows the colon on the same line. None for prose (`El señor alcalde dijo ayer: …`:
    a role in lower case) and for labels (`La señora vicepresidenta primera:`, read first by chamber_labels)."""
    match = READING_NOTE.match(paragraph)
    if not match or fold_name(match.group("role").split()[0]) not in READERS:
        return None
    if fold_name(match.group("verb").split()[0]) not in VERBS:
        return None  # `El Presidente electo:`, a role and its adjective: a label
    return bracketed_person(match.group("role"), match.group("inside")), bool(match.group("rest").strip())


def dash_notes(paragraphs: list[str], labels: list) -> bool:
    """Tell whether a transcript sets its notes after a single dash: most of its labels close with a dash mark
    (`.-`, `.—`) and none of its notes stands in brackets (a record that brackets its notes dashes the words that
    resume a turn)."""
    labelled = [paragraph for paragraph, label in zip(paragraphs, labels) if label is not None]
    dashed = sum(1 for paragraph in labelled if DASH_CLOSED_LABEL.match(paragraph))
    return bool(labelled) and 2 * dashed > len(labelled) and not any(BRACKETED_NOTE.match(p) for p in paragraphs)


def described(paragraph: str) -> bool:
    """Tell whether a dash line reads as the record describing the chamber (`–Manifestaciones simultáneas.`, `—Se
    aprueba el acta.`), not as someone's words (`–Léase el artículo.`, `—¿Me permite?`, `–Les pido silencio.`)."""
    text = DASH_LINE.sub("", paragraph, count=1).strip()
    if SPOKEN_MARKS.search(text) or IMPERATIVE_SE.match(text):
        return False
    words = [word.lower() for word in WORD.findall(text)]
    return PERSONAL.isdisjoint(words)


def no_ones(paragraphs: list[str], labels: list) -> list[bool]:
    """Return, for each paragraph of a transcript, whether it is a note of the record that no one says (a label's
    paragraph never is)."""
    dashes = dash_notes(paragraphs, labels)
    return [label is None and (RECORD_NOTE.match(paragraph) is not None
                               or dashes and DASH_LINE.match(paragraph) is not None and described(paragraph))
            for paragraph, label in zip(paragraphs, labels)]
