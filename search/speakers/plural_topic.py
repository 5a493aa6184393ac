"""A plural topic: the people a sentence with no statement has as its coordinated subject (`Los investigadores Ana
Gil, de la Universidad de Vigo, y Luis Mora realizaron un estudio.`), whom a plural verb of saying with no subject
after it refers to (`Revisaron los datos y constataron que…`, `Han recordado que…`, `«…», concluyeron.`).

Spanish drops a subject the verb's person and number recover (RAE, Nueva gramática, 33.4: the null subject): a
verb in the third person plural with none written refers to the plural the reader follows. A single person (the last
speaker, or whom the last sentence was about: search.speakers.discourse) is no antecedent for it; two people named
together as the subject of the sentence before are. Two people named apart (`Gil visitó a Mora`) are not: only a
coordination at the subject's place counts, each part a name (a role before it, an apposition after it set off by
commas), joined by `y` or `e`.

>>> from search.speakers.mentions import Sentence, sentences
>>> from search.speakers.people import People
>>> s = Sentence(sentences("Ana Gil, de la Universidad de Vigo, y Luis Mora firmaron el estudio.")[0], People(), 1)
>>> [person.display for person in coordinated_subject_people(s, 0)]
['Ana Gil', 'Luis Mora']
"""

import re

from search.speakers import lexicon as lex
from search.speakers.clauses import subject_start
from search.speakers.mentions import TOKEN, Sentence, sentence_spans
from search.speakers.people import People, Person
from search.text.names import is_given_name

GROUP_DETERMINERS = frozenset({"los", "las"})  # `Los investigadores Ana Gil y Luis Mora`
ROLE_REACH = 4  # lower-case words of a role before a name after `y` (`y el alcalde de la ciudad, Luis Vivas`)
APPOSITION_REACH = 14  # tokens of an apposition set off by commas after a name (`, de la Universidad de Vigo,`)
JOINERS = frozenset({"y", "e"})
# A cheap first look at a paragraph with no hint of a statement: it opens with a name (a role before it, an
# apposition after it) and `y` or `e` follows.
OPENS_TOGETHER = re.compile(r"^\W*(?:(?:El|La|Los|Las)\s+(?:[a-záéíóúñ]+\s+){0,4})?[A-ZÁÉÍÓÚÑ][\w'’-]+"
                            r"(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+)*(?:\s*,[^,.;]{1,80},)?\s+[ye]\s")


def together(s: Sentence) -> list[Person]:
    """Return the people of the coordinated subject of s's main clause (coordinated_subject_people), else []."""
    return coordinated_subject_people(s, subject_start(s))


def opening_together(people: People, text: str, clock: int) -> list[Person]:
    """Return the people of the coordinated subject that opens a paragraph read without its sentences (a paragraph
    with no hint of a statement: search.speakers.attributor), from its first sentence."""
    if not OPENS_TOGETHER.match(text):
        return []
    tokens = TOKEN.findall(text)
    start, end = next(iter(sentence_spans(tokens)), (0, 0))
    return together(Sentence(tokens[start:end], people, clock)) if end > start else []


def coordinated_subject_people(s: Sentence, index: int) -> list[Person]:
    """Return the people of the coordinated subject that opens the clause at index of s (search.speakers.clauses:
    where the main clause's subject may start), two or more names joined by `y`; else []. A definite plural noun
    may open it (`Los investigadores Ana Gil y Luis Mora`); a role may stand before each name and an apposition set
    off by commas after it. The words after the last part must be the verb's (lower case), not more of a list."""
    lower = s.lower
    if index + 1 < len(lower) and lower[index] in GROUP_DETERMINERS and lower[index + 1].isalpha() \
            and s.tokens[index + 1].islower() and lower[index + 1].endswith("s"):
        index += 2
    found = []
    while True:
        mention = _mention_from(s, index)
        if mention is None or mention.governed:
            return []
        found.append(mention)
        after = _past_apposition(lower, mention.end)
        if after < len(lower) and lower[after] in JOINERS:
            index = after + 1
            continue
        break
    if len(found) < 2 or after >= len(lower) or not s.tokens[after].islower() or lower[after] in lex.FUNCTION_WORDS \
            and lower[after] not in ("se", "no", "ya", "también", "han", "habían"):
        return []
    if any(len(mention.tokens) < 2 and not is_given_name(mention.tokens[0]) and not mention.person
           for mention in found):
        return []  # a lone unknown capitalised word may be a body's (`Gil y Ibex…`)
    people = [s.mention_person(mention) for mention in found]
    return people if len({id(person) for person in people}) == len(people) else []


def _mention_from(s: Sentence, index: int):
    """Return the mention that starts at index or after a role of a few lower-case words there, else None."""
    for at in range(index, min(len(s.lower), index + ROLE_REACH + 1)):
        if at in s.starts:
            return s.starts[at]
        if not s.tokens[at].islower() and s.lower[at] not in lex.DETERMINERS:
            return None
    return None


def _past_apposition(lower: list[str], end: int) -> int:
    """Return the index after an apposition set off by commas right after a name (`Ana Gil, de la Universidad de
    Vigo, y…`), else end. An apposition that runs into a verb is not skipped: the comma may close the subject."""
    if end >= len(lower) or lower[end] != ",":
        return end
    for index in range(end + 1, min(len(lower), end + APPOSITION_REACH)):
        if lower[index] == ",":
            return index + 1
        if lower[index] in JOINERS:
            return end  # `Ana Gil, Luis Mora y…`: a list, not an apposition
    return end
