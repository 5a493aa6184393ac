"""Headlines and subheadings: the shapes in which they name who speaks, and headlines in capitals.

- a label before the words: `Gil: «No habrá recortes»`, `Presidente Francisco Sagasti: “…”`, and in a
  headline or a short subheading without quotation marks, `Papa Francisco: El coronavirus nos enfrenta…`;
- a label after them: `Aumento a gasolina no tiene que ver con reforma: Meade`, `Los de abajo van a ganar más: AMLO`;
- a headline in capitals (`FRANCISCO CABEZA DE VACA OFRECE…`) is read in the case the document writes its
  words elsewhere (`Francisco Cabeza de Vaca ofrece…`);
- a headline that reports a statement with no subject (`Perdió su casa y ahora exige…`) is the speaker's whom the
  body credits (headline_speaker), and a pull quote is the person its credit line names (credited_quotes);
- a headline or subheading whose subject is a person who speaks in the body, with words of theirs in quotation
  marks and no verb of saying (`Ruiz se alejó del partido, 'pero la gente me hizo volver'`) is that person's
  (quoted_heading).

>>> from search.speakers.people import People
>>> people = People(["Aumento a gasolina: Meade", "José Antonio Meade lo dijo."])
>>> label_person("Aumento a gasolina: Meade", people, 1, heading=lambda: True).display
'Meade'
"""

import re
from collections import Counter

from search.speakers import lexicon as lex
from search.speakers.clauses import clause_subject
from search.speakers.descriptions import HEADINGS
from search.speakers.joint_subjects import headline_group
from search.speakers.mentions import TOKEN, Sentence
from search.speakers.names import fold_name
from search.speakers.namewords import glued_opener
from search.speakers.people import People, Person, looks_like_person
from search.speakers.runs import ACRONYM, VERB_WORDS, is_role
from search.speakers.subject_slots import RELATIONS
from search.text.names import is_given_name
from search.text.words import words_before

NAME = r"[A-ZÁÉÍÓÚÑ][\w'’´-]*\.?"
NAMES = NAME + r"(?:\s+(?:de\s+|del\s+|la\s+)?" + NAME + r"){0,4}"
LEADING = re.compile(r"^[\s\ufeff\u200b]*(" + NAMES + r")\s*:\s*(\S)")
ROLE_WORDS = r"(?:[a-záéíóúñ]+\s+){0,2}"  # `: papa Francisco`, `: el ministro Gil` (checked in _person)
TRAILING = re.compile(r":\s*(" + ROLE_WORDS + NAMES + r")\s*\.?\s*$")
QUOTE_MARKS = frozenset('«"“')
# A cheap first look: a capitalised word right before the colon, or a colon and a capitalised word that end it.
LABEL_SHAPE = re.compile(r"^[\s\ufeff\u200b]*[A-ZÁÉÍÓÚÑ][^:]{0,80}:|:\s*" + ROLE_WORDS + r"[A-ZÁÉÍÓÚÑ][^:]{0,60}$")
TRAILING_START = re.compile(r":\s*" + ROLE_WORDS + r"[A-ZÁÉÍÓÚÑ][^:]{0,60}$")
SHORT = 25  # words: a paragraph this short may be a headline or a subheading
STATEMENT_WORDS = 6  # words after an unquoted label that read as a statement, not a title
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
VERB_ENDINGS = ("an", "en", "ó", "aron", "ieron")  # `Cesan a…`, `Perdió su casa…`: a headline opened by its verb


def label_person(text: str, people: People, clock: int, heading=lambda: True) -> Person | None:
    """Return the person a headline label names, or None.

    heading() tells whether the paragraph may be a headline (the document's first) or a subheading (short).
    """
    if not LABEL_SHAPE.search(text):
        return None  # most paragraphs with a colon: a clock, a list, a quotation after a verb
    match = LEADING.match(text)
    quoted = bool(match) and match.group(2) in QUOTE_MARKS
    # without quotation marks, only words that read as a statement: `Emilia Pardo Bazán: Cuentos de amor` is a title
    if match and (quoted or len(text[match.end(1):].split()) >= STATEMENT_WORDS and heading()):
        person = _person(match.group(1), people, clock, quoted)
        if person is not None:
            return person
    if TRAILING_START.search(text) and heading():
        match = TRAILING.search(text)
        if match and match.start() > 0:
            return _person(match.group(1), people, clock)
    return None


def _person(label: str, people: People, clock: int, quoted: bool = False) -> Person | None:
    """Return the person a label names (roles before the name dropped), None for `Nota:`, `Agregó:` and the like."""
    words = label.split()
    if len(words[-1]) > 2 and words[-1].endswith("."):
        words[-1] = words[-1][:-1]  # `…: Ana Gil.`, `…: AMLO.`: the full stop ends the line, not the name (`J.` would)
    if words[0].islower() and words[0] in ("el", "la"):
        words = words[1:]
    if words[0].islower() and words[0] not in lex.ROLE_CLASSES:
        return None  # `…: dice Meade`: only a role may come before the name in lower case
    while len(words) > 1 and words[0].lower() in lex.ROLE_CLASSES:
        words = words[1:]  # `Presidente Francisco Sagasti`, `Papa Francisco`
    if glued_opener(words, people):
        words = words[1:]  # `Díjose Sigüenza: «…»`: a verb before its subject
    first = words[0].lower()
    if ACRONYM.match(words[0]) and len(words) == 1:
        expanded = people.evidence.acronym(words[0])
        return people.person(expanded, clock) if expanded and is_given_name(expanded[0]) else None
    if first in lex.NOT_NAME_STARTS or first in lex.ROLE_CLASSES or first in VERB_WORDS \
            or first.endswith(lex.NOT_NAME_ENDINGS) or fold_name(words[0]) in lex.LABEL_NOT_NAMES \
            or first in lex.FUNCTION_WORDS or not looks_like_person(words, people.evidence):
        return None
    if len(words) == 1 and not (quoted or is_given_name(words[0]) or people.find(words) is not None
                                or people.evidence.is_proper(words[0])) or not people.personhood.is_person(words):
        # `…: Conagua`, an agency the text names; `…de villas y de hoteles: Montecarlo.`, a place (`en Montecarlo`):
        # the document's one decision on the name (search.speakers.personhood)
        return None
    return people.person(words, clock)


LIST_ITEM = re.compile(r"^[^:.!?«»“”\"]{2,80}:\s*\S")  # `Mejor director: Ana Ruiz`, `Portero: Luis Gil`


def is_heading(text: str, index: int, paragraphs: list[str] = ()) -> bool:
    """Tell whether a paragraph may be a headline or subheading: the first, or short with no full stop inside, and
    no item of a list (`Mejor actriz: Ana Torres` between `Mejor director: …` and `Mejor guion: …` names a winner,
    not a speaker)."""
    return index == 0 or (len(text.split()) <= SHORT and ". " not in text) and not any(
        0 <= other < len(paragraphs) and LIST_ITEM.match(paragraphs[other]) and len(paragraphs[other].split()) <= SHORT
        for other in (index - 1, index + 1))


def may_label(text: str, index: int, paragraphs: list[str], kind) -> bool:
    """Tell whether a paragraph may carry a label before or after its words: a headline or subheading (is_heading),
    or in news a pull quote in the first person, however long (`Estamos de acuerdo en que…: AMLO.`); kind: the
    document's (search.speakers.genre)."""
    voiced = kind.news and index < len(kind.plural) and (kind.voiced[index] or kind.plural[index])
    return voiced or is_heading(text, index, paragraphs)


def recased(text: str, people: People) -> str:
    """Return a paragraph written in capitals in the case its document writes its words (`Francisco Cabeza de Vaca
    ofrece a…`); other text as it is."""
    if text[1:2].islower() or any(char.islower() for char in text) or len(text.split()) < 3:
        return text

    def case(match: re.Match) -> str:
        word = match.group()
        title = word[:1] + word[1:].lower()
        return title if match.start() == 0 or people.evidence.is_proper(title) else word.lower()
    return WORD.sub(case, text)


BODY_REACH = 6  # paragraphs after the headline in which its speaker is looked for
LEADS = frozenset({"tras", "por", "al", "sin", "para"})  # `tras denunciar`: an infinitive reports a statement here
# Verbs that report with no context (not `tomó`, `contó`, `celebró`, which need one)
REPORTING = (lex.SINGULAR | lex.PLURAL) - lex.NEEDS_QUE - lex.AFTER_QUOTE - lex.FRAMED - lex.REFLEXIVE \
    - frozenset(lex.PHRASES)


def headline_speaker(paragraphs: list[str], results: list[list], people: People) -> list[list]:
    """Give a headline that reports a statement with no speaker the person the body credits with it.

    Only a headline whose statement has no subject (`Perdió su casa y ahora exige…`, `Cesan a una enfermera tras
    denunciar…`) or a role for one (`Entrevista a la alcaldesa de Soria: «…»`): the person with that role, else
    the body's main speaker (the first of the opening paragraphs who speaks twice or more). A headline with a
    subject of its own (`Canadá denuncia…`, `El Banco Central confirma…`) keeps nobody.
    """
    if len(paragraphs) < 2 or results[0] or not paragraphs[0].strip() or paragraphs[0].rstrip().endswith("."):
        return results  # a headline ends with no full stop
    tokens = TOKEN.findall(recased(paragraphs[0], people))
    lower = [token.lower() for token in tokens]
    colon_quote = ":" in lower and lower[lower.index(":") + 1:lower.index(":") + 2] in (["«"], ['"'], ["“"])
    reports = colon_quote or any(word in REPORTING or word in lex.INFINITIVES and index and lower[index - 1] in LEADS
                                 for index, word in enumerate(lower))
    if not reports or _own_subject(tokens, lower) or _subject_after(tokens, lower):
        return results
    sentence = Sentence(tokens, people, 0, lower)
    if any(not mention.governed for mention in sentence.mentions):
        return results  # a headline that names someone and gives them no statement: not theirs
    role = next((index for index, word in enumerate(lower) if is_role(word)), None)
    named = {mention.person for mention in sentence.mentions}  # `Detienen a X; la acusan…`
    held = role != 0 or any(office.kind == lex.ROLE_CLASSES.get(lower[0]) for known in people.known
                            for office in known.roles)  # `Fiscal dice…`: someone the body gives that office
    person = sentence.noun_phrase(role, bare=True) if role is not None and held else None
    if person is not None and person not in named and any(person in later for later in results[1:1 + BODY_REACH]):
        return [[person]] + results[1:]
    if role == 0:
        return results  # `Gobernador de la RM dice…`: the role's holder only, not whoever the body quotes most
    counts = Counter(person for found in results[1:] for person in found)
    main = next((person for found in results[1:1 + BODY_REACH] for person in found if counts[person] >= 2), None)
    if main is None or main in named:
        return results
    return [headline_group(lower, main, results[1:1 + BODY_REACH])] + results[1:]  # `Critican…`: all who did


# Words quoted in a heading: a phrase that opens in lower case (`'dejó de creer'`, `"las mujeres no tengan miedo"`),
# not a name or a title (`'Los Pinos'`, `'Club de Cuervos'`) nor a single word (`'lluvia'`).
QUOTED_WORDS = re.compile(r"[«\"“'‘]\s*[a-záéíóúñ¿¡][^«»\"“”'‘’]*\s[^«»\"“”'‘’]+[»\"”'’]")


def quoted_heading(paragraphs: list[str], results: list[list], people: People) -> list[list]:
    """Give a headline or subheading with no speaker, whose subject is a person who speaks in the body and that
    quotes words of theirs without a verb of saying, to that person (`Macron busca que "las mujeres no tengan
    miedo"`, `El famoso futbolista 'dejó de creer'`). results are the speakers found per paragraph."""
    results = list(results)
    speaking = {person for found in results[HEADINGS:] for person in found}
    for index, text in enumerate(paragraphs[:HEADINGS]):
        quoted = [match for match in QUOTED_WORDS.finditer(text)
                  if (before := words_before(text, match.start(), 1)) and before.lower() not in lex.DETERMINERS]
        if results[index] or text.rstrip().endswith(".") or not quoted:
            continue  # `La 'lista Lagarde' revela…`: a name for a thing, after its article
        tokens = TOKEN.findall(recased(text, people))
        person = clause_subject(Sentence(tokens, people, 0, [token.lower() for token in tokens]))
        if person is not None and person in speaking:
            results[index] = [person]
    return results


def _own_subject(tokens: list[str], lower: list[str]) -> bool:
    """Tell whether a headline opens with a subject of its own: a name, a body or a noun phrase (`Cuenta falsa de X
    anuncia…`), not a role, a verb (`Cesan a…`) or a clitic (`Se casó…`)."""
    first = lower[0]
    if first in lex.DETERMINERS:  # `Un portavoz dijo`: an anonymous source is a subject of its own
        return len(lower) < 2 or not is_role(lower[1]) or first in lex.INDEFINITE
    if (is_role(first) or first in RELATIONS) and len(tokens) > 1 and not tokens[1][:1].isupper():
        return False  # `Fiscal dice que…`, `Ministro de Educación criticó…`, `Padre de menor…: «…»`: a headline
        # drops the article of a role or a family tie, which the body names (not `Ministro Cordero dice`: a name)
    return tokens[0][:1].isupper() and first not in REPORTING and first not in lex.CLITICS \
        and not first.endswith(VERB_ENDINGS) and first not in lex.LABEL_NOT_NAMES


def _subject_after(tokens: list[str], lower: list[str]) -> bool:
    """Tell whether a reporting verb of the headline has its subject after it (`Rechaza Facebook…`, `…, alerta
    ONU`, `alerta la ONU`): a name or a body right after the verb (another noun phrase there is its object: `exige
    una indemnización`)."""
    def named(at: int) -> bool:
        return at < len(lower) and (tokens[at][:1].isupper() or lower[at] in lex.ORGANISATION_WORDS)
    return any(word in REPORTING and (named(index + 1) or index + 1 < len(lower)
                                      and lower[index + 1] in lex.DETERMINERS and named(index + 2))
               for index, word in enumerate(lower))


CREDIT = re.compile(r"^\s*(" + NAMES + r")\s*(?:,\s*[^.;:«»“”\"]{1,80})?$")  # `Irene Salas, vecina del barrio`
CREDIT_WORDS = 14
QUOTE_ENDS = frozenset("»”\"’'")


def credited_quotes(paragraphs: list[str], results: list[list], people: People) -> list[list]:
    """Give a pull quote the person its credit line names (`«…»` or `…".` then `Irene Salas, vecina del barrio`): a
    short line of a known person's name and apposition, with no verb, right after a line that ends a quotation."""
    found = results
    for index in range(1, len(paragraphs)):
        text = paragraphs[index]
        if paragraphs[index - 1].rstrip(" .")[-1:] not in QUOTE_ENDS or results[index] \
                or len(text.split()) > CREDIT_WORDS:
            continue
        match = CREDIT.match(text)
        if match is None or not VERB_WORDS.isdisjoint(WORD.findall(text.lower())):
            continue
        person = people.find(match.group(1).split())
        if person is not None and person.display and person not in results[index - 1]:
            found = found if found is not results else list(results)
            found[index - 1] = [person]
    return found
