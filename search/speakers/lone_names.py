"""Whether a lone name (one capitalised word, no given name) is a person's, from what the document writes around it.

A news item introduces the people it quotes: with a given name (`Ana Gil`), a role (`la ministra Gil`) or a name
written whole before its surname alone; search.speakers.personhood reads those first. A lone word that none of them
introduces is, in the press, most often a body named alone: a firm, an outlet, a consultancy, a lottery (`según
Nubaria`, `datos de Estadix`, `escribía Le Petit`, `Loterix asegura`). What is left to tell a lone name is a person's
is how the text writes it, and the same for what tells it is not:

- for a person: a noun for a person in apposition or before it (`Ngozi, una usuaria de…`, `la cantante Ngozi`), the
  relative `quien` after it (only people are `quien`), a relative of theirs in their paragraph or the next one (`su
  madre`, `sus hijos`: a body has none), or a quotation in the first person singular in a paragraph that writes it
  (`Ngozi: «yo no me rindo»`: a body speaks as `nosotros`);
- against: the source of figures (`datos de X`, `un informe de X`, `según un estudio de X`), an instance of a plural
  noun for bodies (`empresas como X`, `entre las compañías…, algunas como X`), a firm's suffix after it (`X S.A.`,
  `X Group`), a web domain (`X.com`).

A lone name with a cue against a person and none for one is a body's; any other lone name stays a person's. The
stricter default (a lone name with no cue for a person is a body's in a news item, a person's in a story or a book)
was measured in round 20 and left out: lone surnames and stage names that news items quote without a cue (`Gil
dijo`, `Ortuella dio un concierto`) lost more true pairs than the bodies it dropped. The cues are the text's, never
a list of names: the same word is a person in one document and a firm in the next.

>>> person_cue("Lo cuenta Ngozi, una usuaria de la app.", "Ngozi")
'apposition'
>>> body_cue("Según datos de Estadix, subió.", "Estadix")
'source of figures'
>>> person_cue("Según datos de Estadix, subió.", "Estadix") is None
True
"""

import re

from search.speakers import lexicon as lex
from search.speakers.things import BODY_PLURALS, THING_NOUNS, person_ending

# Nouns for people that are no role (search.speakers.lexicon.ROLE_CLASSES) nor have a person's ending
# (search.speakers.things.person_ending).
PERSON_NOUNS = frozenset(
    "usuario usuaria vecino vecina joven mujer hombre niño niña chico chica señor señora anciano anciana paciente "
    "estudiante alumno alumna madre padre hijo hija esposa esposo marido viuda viudo abuelo abuela víctima cliente "
    "influencer youtuber tiktoker modelo cómico cómica poeta autor autora".split())
# Relatives a person has and a body has not, after `su` or `sus`.
RELATIVES = frozenset(
    "madre padre madres padres hijo hija hijos hijas esposa esposo marido mujer novio novia pareja hermano hermana "
    "hermanos hermanas abuelo abuela abuelos nieto nieta nietos familia familiares".split())
RELATIVE = re.compile(r"\b[Ss]us?\s+(" + "|".join(sorted(RELATIVES)) + r")\b")
# The first person singular, a pronoun or an enclitic (`hacerme`, `diciéndome`): a body quoted speaks as `nosotros`.
FIRST_SINGULAR = re.compile(r"\b(?:[Yy]o|[Mm]e|[Mm]í|[Mm]is?|[Cc]onmigo|\w+(?:[aei]rme|ndome))\b")
QUOTED = re.compile(r"[«“\"]([^«»“”\"]*)[»”\"]?")
# Nouns of figures and reports whose source follows (`datos de`, `un informe de`, `la encuesta elaborada por`,
# `estimaciones de`: the consultancies of the Argentine and Chilean press).
FIGURES = r"(?:datos|cifras|estadísticas|informe|informes|estudio|estudios|encuesta|encuestas|sondeo|barómetro|" \
    r"ranking|índice|registros|análisis|reporte|reportes|previsiones|previsión|estimaciones|estimación|" \
    r"proyecciones|proyección|cálculos|mediciones|medición|relevamiento|relevamientos|pronóstico|pronósticos)"
SOURCE_OF = FIGURES + r"\s+(?:\w+\s+)?(?:de|del|elaborad[oa]s? por|publicad[oa]s? por)\s+$"
SUFFIXES = r"(?:S\.\s?A\.|S\.\s?L\.|S\.\s?A\.\s?U\.|Inc\.?|Corp\.?|Ltd\.?|GmbH|Group|Bank|Holding|Labs)"
DETERMINERS = r"(?:[Ee]l|[Ll]a|[Uu]na?|[Dd]el|[Aa]l)"
# An instance of a plural body noun in its sentence (`empresas como X`, `las compañías …, algunas como X`).
INSTANCE_OF = r"\b(?:" + "|".join(sorted(BODY_PLURALS)) + r")\b[^.;:\n]{0,100}?(?:\b(?:algun|otr)[oa]s)?,?\s+como\s+$"


def _paragraphs_with(text: str, word: str) -> list[int]:
    """Return the indices of the paragraphs (lines) of text that write word as a whole word."""
    pattern = re.compile(r"(?<![\w@])" + re.escape(word) + r"(?![\w])")
    return [index for index, line in enumerate(text.split("\n")) if pattern.search(line)]


def person_cue(text: str, word: str) -> str | None:
    """Return the cue by which text writes a lone name as a person's (see the module), or None."""
    name = re.escape(word)
    for match in re.finditer(r"\b" + name + r",\s+" + DETERMINERS + r"\s+(\w+)", text):
        if _person_noun(match.group(1).lower()):
            return "apposition"
    for match in re.finditer(r"\b" + DETERMINERS + r"\s+(\w+)\s+" + name + r"\b", text):
        if _person_noun(match.group(1).lower()):
            return "person noun before"
    if re.search(r"\b" + name + r",?\s+quien(?:es)?\b", text):
        return "quien"
    lines = text.split("\n")
    for index in _paragraphs_with(text, word):
        if any(RELATIVE.search(line) for line in lines[index:index + 2]):
            return "relative"
        if any(FIRST_SINGULAR.search(quoted) for quoted in QUOTED.findall(lines[index])):
            return "first person"
    return None


def _person_noun(noun: str) -> bool:
    """Tell whether a lower-case noun names a person: PERSON_NOUNS, a role or a person's ending, not a thing's noun."""
    return noun in PERSON_NOUNS or (noun in lex.ROLE_CLASSES or person_ending(noun)) and noun not in THING_NOUNS


def body_cue(text: str, word: str) -> str | None:
    """Return the cue by which text writes a lone name as a body's (see the module), or None."""
    name = re.escape(word)
    for match in re.finditer(r"\b" + name + r"\b", text):
        before = text[max(0, match.start() - 40):match.start()]
        if re.search(SOURCE_OF, before, re.IGNORECASE):
            return "source of figures"
        if re.search(INSTANCE_OF, text[max(0, match.start() - 140):match.start()], re.IGNORECASE):
            return "instance of bodies"
        after = text[match.end():match.end() + 12]
        if re.match(r"\s+" + SUFFIXES + r"(?!\w)", after):
            return "firm's suffix"
        if re.match(r"\.(?:com|es|org|net|mx|co|ar|cl|info)\b", after, re.IGNORECASE):
            return "web domain"
    return None
