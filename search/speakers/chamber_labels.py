"""Turn labels of parliamentary records: an article, an honorific, a name or a role, a bracket maybe, `:` or `.-`.

Shapes met in the records of chambers (samples read by hand from the
published records of Mexico's, Argentina's, Chile's and Uruguay's Senates, Peru's Congreso, Spain's Congreso, the
Parlamento de Canarias, and La Moncloa's press conferences):
- Spain's Congreso and Senado: `El señor PRESIDENTE:`, `La señora MINISTRA DE HACIENDA (Montero Cuadrado):` (a role
  outside the bracket, the person inside) and `El señor RAJOY BREY (Candidato a la Presidencia del Gobierno):` (the
  person outside, a role inside);
- regional parliaments in mixed case: `El señor presidente:`, `La señora Arévalo Araya:` (Parlamento de Canarias);
- Peru's Congreso, closed by `.—`: `El señor PRESIDENTE (Daniel Salaverry Villa).—`, `La señora PRESIDENTA.—`,
  `El señor MARCENARO FRERS (PERÚ 2000).—` (a party inside the bracket);
- Chile's Senado, closed by `.-`, often alone on its line: `El señor GARCÍA (Presidente).-`;
- Argentina's Senado: `Sra. Presidente (Villarruel).-` (read by labels._dash_label through bracketed_person);
- Mexico's Senate in mixed case, role words before the name: `El C. Presidente Raúl Cervantes Andrade:`,
  `La C. Secretaria Lilia Guadalupe Merodio Reza:`, `El Presidente Senador Gerardo Fernández Noroña:`,
  `Senador Enrique Burgos García:` (`C.` is `ciudadano`, `ciudadana`); two such labels make a record, and a surname
  alone may follow the role (`Diputado Ribas:`; search.speakers.turn_shapes).

>>> honorific_label("El señor BERMEJO CANO (Candidato a la Presidencia del Gobierno): Señorías, gracias.")
('Bermejo Cano', False)
>>> honorific_label("El señor GARCÍA (Presidente).-")
('García', False)
>>> role_led_label("El C. Presidente Tomás Ribas Soler: (10:05 horas) Se abre la sesión.")
('Tomás Ribas Soler', True)
"""

import re

from search.speakers import lexicon as lex
from search.speakers.names import fold_name, proper_case
from search.text.folding import NAME_PARTICLES
from search.text.names import ROLE_WORDS, TITLES

# The role nouns of labels (`presidenta`, `ministra`, `senador`, `candidato`), folded
CHAMBER_ROLES = TITLES | ROLE_WORDS | frozenset(fold_name(word) for word in lex.ROLE_CLASSES)
NAME_WORD = r"[A-ZÁÉÍÓÚÑÜ][\w'’\-]*"
# `:` then a space, or `.-`, `. -`, `.–`, `.—` then the text or the line's end (Chile sets the label alone on its line)
CLOSE = r"(?::\s|\.\s?[-–—](?=\s*\S|\s*$))"
HONORIFIC_LABEL = re.compile(
    r"^[\s\ufeff]*(?:El|La)\s+(?:señor|señora|Sr\.|Sra\.)\s+([^:(\n]{2,120}?)\s*(?:\(([^)\n]{2,80})\))?\s*" + CLOSE)
ROLE_PHRASE_WORDS = 4  # `vicepresidenta primera`: a role in lower case after the honorific is short
# An article and `C.` (ciudadano) maybe, then capitalised words up to a colon (`El C. Presidente Raúl Cervantes:`)
ROLE_LED_LABEL = re.compile(
    r"^[\s\ufeff]*(?:(?:El|La)\s+)?(?:C\.\s+)?(" + NAME_WORD + r"(?:\s+(?:de|del|la|las|los|y|" + NAME_WORD
    + r")){0,9})\s*:\s")
NAME_LEAST, NAME_MOST = 1, 5  # words of the name left after the role words
ROLE_BODY_WORDS = 4  # `del Interior`, `de Asuntos Exteriores`: the body a role belongs to


def _capitalised(text: str) -> str:
    """Return text with its first letter in capitals (`de la Fuente` as a label's name opens it: `De la Fuente`)."""
    return text[:1].upper() + text[1:]


def bracketed_person(outside: str, inside: str | None) -> str:
    """Return who a label with a bracket names: the bracket when the words outside it are a role (`MINISTRA DE HACIENDA
    (Montero Cuadrado)`, `PRESIDENTE (Daniel Salaverry Villa)`, `Presidente (Villarruel)`), else the words outside
    (`RAJOY BREY (Candidato a la Presidencia del Gobierno)`, `GARCÍA (Presidente)`, `MARCENARO FRERS (PERÚ 2000)`)."""
    outside = " ".join(outside.split())
    role = bool(outside) and fold_name(outside.split()[0]) in CHAMBER_ROLES
    if inside and role and inside[:1].isupper() and not any(ch.isdigit() for ch in inside):
        return proper_case(" ".join(inside.split()))
    return _capitalised(proper_case(outside))


def _named(words: list[str]) -> bool:
    """Whether the words after an honorific name someone or a role: capitalised (`RUFIÁN ROMERO`, `Arévalo Araya`,
    `MINISTRA DE HACIENDA`), or a short role in lower case (`presidente`, `vicepresidenta primera`)."""
    if all(word[:1].isupper() or word in NAME_PARTICLES for word in words):
        return True
    return len(words) <= ROLE_PHRASE_WORDS and fold_name(words[0]) in CHAMBER_ROLES and all(
        word[:1].isupper() or word in NAME_PARTICLES or fold_name(word) in CHAMBER_ROLES for word in words)


def honorific_label(paragraph: str) -> tuple[str, bool] | None:
    """Return (speaker, False) when a paragraph opens with a parliamentary label (`El señor PRESIDENTE:`, `La señora
    Arévalo Araya:`, `El señor GARCÍA (Presidente).-`): the article and the honorific make it sure, in any case.
    None for prose (`El señor alcalde dijo ayer: …`)."""
    match = HONORIFIC_LABEL.match(paragraph)
    if not match or not _named(match.group(1).split()):
        return None
    return bracketed_person(match.group(1), match.group(2)), False


def role_led_label(paragraph: str) -> tuple[str, bool] | None:
    """Return (name, True) when a mixed-case label puts role words before a name (`Senador Enrique Burgos García:`,
    `El C. Secretaria Lilia Guadalupe Merodio Reza:`): the name alone, mixed case (a turn starts at it when it reads
    as a person's name, turns.turn_speakers). None without a role word, or without a name after it."""
    match = ROLE_LED_LABEL.match(paragraph)
    if not match:
        return None
    words = match.group(1).split()
    roles = 0
    while roles < len(words) and fold_name(words[roles]) in CHAMBER_ROLES:
        roles += 1
    name = words[roles:]
    if roles and paragraph.lstrip()[:3] in ("El ", "La ") and _role_only(words[roles:]):
        return " ".join(words), False  # `El Presidente:`, `El Ministro del Interior:`: the role speaks
    if not roles or not NAME_LEAST <= len(name) <= NAME_MOST or name[0] in NAME_PARTICLES \
            or fold_name(name[0]) in CHAMBER_ROLES:
        return None
    return " ".join(name), True


def _role_only(rest: list[str]) -> bool:
    """Whether what follows a label's role words is none, or the body the role belongs to (`del Interior`,
    `de Hacienda`): `El Ministro del Interior:` names a role, as `El señor PRESIDENTE:` does."""
    return not rest or rest[0] in ("de", "del") and len(rest) <= ROLE_BODY_WORDS
