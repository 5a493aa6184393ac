"""A headline whose subject is a person, then a predicate, a colon and a quotation: the quotation is the subject's.

Spanish outlets write a headline as its person, what they do or how they are, and their words after a colon
(`Gurruchaga está cabreado: “Vivimos unos tiempos…”`, `Sánchez agita el no a la guerra: “Hoy España…”`). A lone
surname that opens a sentence is no mention (any first word is capitalised), so the colon's quotation found no
topic (search.speakers.clauses.colon_quote reads a known person's: `La ministra Ana Gil está cabreada: «…»`). In
a news item's headline, with no speaker found, the opening run of capitalised words is the subject when it may
name a person (no ordinary word, body, party, place or firm: search.speakers.personhood) and a word in
lower case that is no article nor preposition follows it (`Sánchez agita`, not `España, la selección:` nor
`Madrid en llamas:`).

>>> from search.speakers.people import People
>>> lines = ["Gurruchaga está cabreado: “Vivimos unos tiempos terribles”", "La gira empieza en mayo."]
>>> [[person.display for person in found] for found in headline_subject(lines, [[], []], People(lines))]
[['Gurruchaga'], []]
"""

import re

from search.speakers import lexicon as lex
from search.speakers.namewords import not_a_name
from search.speakers.people import People
from search.speakers.personhood import looks_like_person
from search.text.analysis import STOPWORDS

NAME = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+"
# The opening name (one to three capitalised words, `de`/`del` inside), one word in lower case, the predicate up to
# the colon, and a quotation mark right after it.
SHAPE = re.compile(r"^\s*(" + NAME + r"(?:\s+(?:de\s+|del\s+)?" + NAME + r"){0,2})\s+([a-záéíóúñ]+)\b"
                   r"([^:«»“”\"]{0,120}):\s*[«“\"]\s*\S")
# Words in lower case after a subject that still make a predicate (a copula, a clitic, a negation), though common
COPULAS = frozenset("está estaba es era sigue se no ya lo la le les".split())
# A lone word that names a body as its subject (`Junts urge…`, `Hacienda advierte…`, `Carabineros confirma…`)
BODIES = lex.PARTIES | lex.LONE_BODIES | lex.MINISTRY_DOMAINS | lex.ORGANISATION_WORDS | lex.FIRMS
MIN_QUOTED = 3  # words in the quotation: fewer is a title or a term (`Bolsonaro presenta su libro: «Memorias»`)


def headline_subject(paragraphs: list[str], results: list[list], people: People) -> list[list]:
    """Give a news item's headline that credits no one the person who opens it, when a predicate, a colon and a
    quotation follow (see the module's docstring); results are the people found on each line."""
    if not paragraphs or not results or results[0]:
        return results
    headline = paragraphs[0].strip()
    match = SHAPE.match(headline)
    if match is None or headline.endswith("."):
        return results  # a headline ends with no full stop
    tokens, verb = match.group(1).split(), match.group(2)
    if verb in STOPWORDS and verb not in COPULAS or verb in lex.DETERMINERS:
        return results  # `Madrid en llamas: «…»`, `Valencia, la ciudad…`
    quoted = headline[match.end():]
    if len(quoted.split()) < MIN_QUOTED:
        return results
    if any(token.lower() in BODIES for token in tokens) or not_a_name(tokens[0], people) \
            or not looks_like_person(tokens, people.evidence) or any(people.is_place(token) for token in tokens) \
            or not people.personhood.is_person(tokens, 0):
        return results  # an ordinary word, a place, a body (`Junts urge…`, `Hacienda advierte…`)
    return [[people.person(tokens, 0)]] + results[1:]
