"""A person's gender as a document tells it: the article it introduced the name with (`la perredista X`), else the
given name (`Ana`, `Luis`), with the given names that break the -a/-o rule. search.speakers.people uses it to tell
which person a role noun (`la ministra`) may name."""

from search.speakers import lexicon as lex
from search.text.given_names import RULE_BREAKING_GENDERS
from search.text.names import is_given_name

# Given names of women that do not end in -a, and exceptions to the -a/-o rule, folded.
FEMININE_NAMES = frozenset(
    "abigail agnes alison anabel anne aranzazu asuncion beatriz belen carmen catherine christine concepcion delcy "
    "dolores dulce elisabet elizabeth encarnacion ester esther evelyn francine guadalupe ingrid ines iratxe irene "
    "iris ivonne janet jeanine jennifer judith karen karol katalin leire leonor lourdes luz maite marie marisol "
    "melanie mercedes merche milagros miriam montserrat nathalie nicole pilar raquel remedios ruth sarah simone "
    "soledad zoe angeles amparo consuelo rocio rosario belinda isabel".split())
MASCULINE_NAMES = frozenset("borja luca lula joshua andrea".split())


def name_gender(person) -> str | None:
    """Return "f" or "m" as the document tells a person's gender (search.speakers.people.Person: its gender, else its
    tokens) (the article it introduced the name with:
    `la perredista Francis Pirín`), else as their first given name tells (`Ana`, `Luis`), else None."""
    return person.gender or tokens_gender(person.tokens)


def tokens_gender(tokens: list[str]) -> str | None:
    """Return "f" or "m" as the first of a name's words tells when it is a given name (`Ana`, `Luis`), else None."""
    first = tokens[0] if tokens else ""
    if not is_given_name(first):
        return None
    listed = RULE_BREAKING_GENDERS.get(first)
    if first in FEMININE_NAMES or listed == "f" or first.endswith("a") and first not in MASCULINE_NAMES \
            and listed != "m":
        return "f"
    return "m"


ARTICLE_GENDERS = {"el": "m", "del": "m", "al": "m", "la": "f"}
SUBJUNCTIVE_ENDINGS = ("iera", "ara", "ase", "iese")  # `-era` of `quisiera`: a verb's, not a person noun's


def introduced_gender(before: list[str]) -> str | None:
    """Return the gender the article of a person noun right before a name gives the person (`la perredista`, `la
    ecologista`, `el independiente`: a noun of a person's ending, search.speakers.lexicon.PERSON_ENDINGS, of either
    gender by its form) from the lower-case words before the name, or None: the document's own word on a name the
    given-name lexicon misreads (`Francis`) or lacks. An object or a time before an inverted subject (`daba el
    crédito Petra`, `al rato Dolores`) has no such ending, and a clitic before a verb (`la acompañara Fernando`,
    `la quisiera Ana`) is no article."""
    if len(before) < 2 or before[-2] not in ARTICLE_GENDERS or not before[-1].isalpha() \
            or not before[-1].endswith(lex.PERSON_ENDINGS) or before[-1].endswith(SUBJUNCTIVE_ENDINGS):
        return None
    return ARTICLE_GENDERS[before[-2]]
