"""A quotation, a colon, then who said it: the shape of a headline (and of a teaser, another article's headline)
that names its speaker after the words, with a description or a verb of its own:

    “Es una serie que exalta la latinidad”: el actor mexicano Jaime Camil habla su papel en Acapulco
    Lea: “La herida se sanará con títulos”: Javier Gandolfi habló sin tapujos sobre el presente de Nacional
    “Hice música con Sanz”: Carlos López, director colombiano

The words are the person's named first after the colon, past an article and a few words in lower case (a role, an
adjective): a run of capitalised words that opens with a given name (search.text.given_names), so that a body or a
group (`“…”: Grupo Aval`, `“…”: gremio de exportadores`) credits no one. A line the rules before gave someone keeps
them and gains this person.

>>> quoted_then_named("“No me voy”: el técnico Luis Mora habla de su futuro")
['Luis', 'Mora']
>>> quoted_then_named("“No me voy”: gremio de exportadores") is None
True
"""

import re

from search.speakers import lexicon as lex
from search.speakers.people import People
from search.speakers.teasers import TEASER
from search.text.given_names import is_given_name

NAME_PARTICLES = frozenset({"de", "del", "la"})  # inside a name (`Ruiz de la Vega`), not closed-class words there
# The quotation (closed), the colon, up to four words in lower case, then a run of capitalised words; matched at the
# line's start or after its teaser label.
QUOTE_COLON_NAME = re.compile(
    r"\s*[“\"«][^“”\"«»]{3,}[”\"»]\s*:\s*(?:[a-záéíóúñ]+\s+){0,4}"
    r"([A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:(?:de|del|de la)\s+)?[A-ZÁÉÍÓÚÑ][\w'-]+){1,3})(?=$|[\s,.;])")


def quoted_then_named(text: str) -> list[str] | None:
    """Return the words of the name a line gives after its opening quotation and colon (a teaser's label skipped),
    if it opens with a given name; else None."""
    label = TEASER.match(text)
    match = QUOTE_COLON_NAME.match(text, label.end() if label else 0)
    if match is None:
        return None
    before = match.group().split()[:-len(match.group(1).split())]
    if before and before[-1].lower() in lex.GOVERNING:  # `“…”: abogado en caso de Valeria X`: not her words
        return None
    words = match.group(1).split()
    # the name ends before a capitalised closed-class word: a teaser's glued sentence (`…Granada Tanto Quintero…`)
    end = next((at for at, word in enumerate(words) if at and word.lower() in lex.FUNCTION_WORDS
                and not (word.lower() in NAME_PARTICLES and at + 1 < len(words))), len(words))
    words = words[:end]
    return words if len(words) > 1 and is_given_name(words[0]) else None


def quote_colon_speakers(paragraphs: list[str], results: list[list], people: People) -> list[list]:
    """Return results (the speakers per paragraph of a news item) with each line shaped `“…”: <description> Name …`
    given that person (found among people, the document's, or added to them), after those it had."""
    found = list(results)
    for index, text in enumerate(paragraphs):
        if ":" not in text[:400]:
            continue
        words = quoted_then_named(text)
        if words is None:
            continue
        person = people.find(words) or people.person(words, 0)  # a new name, or a fuller one (`Eduardo`, then
        # `Eduardo Fuentes`)
        if person not in found[index]:
            found[index] = [*found[index], person]
    return found
