"""The roles a document gives people, parsed from the lower-case words that start at a role noun
(`ministro de Exteriores de Rusia`, `la jueza`), and how well a role asked for answers a role known
(search.speakers.people.People.by_role).

>>> parse_role(["canciller", "ruso"])
Role(kind='canciller', country='rusia', qualifiers=frozenset(), gender=None)
>>> compatible(Role("canciller", "rusia", frozenset()), parse_role(["ministro", "de", "exteriores", "de", "rusia"]))
3
"""

from dataclasses import dataclass, field

from search.speakers import lexicon as lex
from search.speakers.hypernyms import shared
from search.speakers.names import fold_name


@dataclass(frozen=True)
class Role:
    kind: str
    country: str | None
    qualifiers: frozenset
    gender: str | None = None
    # the noun as written (`catedrático`, `experto`), where parsed: it tells the noun a person was introduced with from
    # another of its kind; no part of a role's identity
    noun: str | None = field(default=None, compare=False, repr=False)


NUMBER_RANKS = frozenset({"uno", "dos", "tres"})  # `el número dos`
FIELD_STEM = 6  # letters that tell a field's word from another's (`econom-`, `hacien-`, `exteri-`)
# Nouns for anyone (`el hombre`), which may stand for a person named with a noun of a trade; other nouns of the class
# `persona` keep their head as a qualifier (`el periodista` is not `el corresponsal`).
GENERIC_PERSONS = frozenset("hombre mujer joven muchacho muchacha anciano anciana".split())
# Nouns that name a body by its kind, not by its name: a role of `del equipo` may be the coach of the Pumas.
GENERIC_BODIES = frozenset("equipo club conjunto plantel escuadra país organismo institución entidad empresa "
                           "compañía grupo".split())


# Words of an office's paraphrase by the branch it heads (`titular del Poder Ejecutivo federal`), and those that tell a
# state's executive (a governor) from the nation's.
EXECUTIVE_WORDS = frozenset({"ejecutivo", "poder", "federal", "nacional"})
EXECUTIVE_STATES = frozenset({"estatal", "local", "estado", "entidad"})


def _country(words: list[str]) -> str | None:
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            found = lex.COUNTRIES.get(" ".join(words[start:start + size]))
            if found:
                return found
    return None


def parse_role(words: list[str], gender: str | None = None) -> Role | None:
    """Return the role named by lower-case words that start at a role noun (`ministro de Exteriores de Rusia`)."""
    head = words[0]
    gender = "f" if head in lex.FEMININE else "m" if head in lex.MASCULINE else gender
    kind = lex.ROLE_CLASSES.get(head)
    if kind is None and head.startswith("ex") and head[2:] in lex.ROLE_CLASSES:
        former = "f" if head[2:] in lex.FEMININE else "m" if head[2:] in lex.MASCULINE else gender  # `la exministra`
        return Role("ex", _country(words), frozenset(), former, noun=head)  # `el exgobernador`: the noun tells whom
    if kind is None:
        return None
    rest = words[1:]
    if head in ("primer", "primera"):
        if not rest or rest[0] not in ("ministro", "ministra"):
            return None
        rest = rest[1:]
    elif head == "número":  # `el número dos del banco`, not `el número de casos`
        if not rest or rest[0] not in NUMBER_RANKS:
            return None
        rest = rest[1:]
    elif head in ("alto", "alta"):
        if not rest or rest[0] not in ("representante", "comisionado", "comisionada", "cargo"):
            return None
        rest = rest[1:]
    content = set(rest) - lex.ROLE_FILLER
    executive = kind == "titular" and rest[:1] in (["del"], ["de"]) and "ejecutivo" in content
    if executive:  # `el titular del Ejecutivo federal`: the president; `del Ejecutivo estatal`: the governor (`el jefe
        # del Ejecutivo` stays a chief of any kind: in Spain he is the presidente del Gobierno)
        kind = "gobernador" if content & EXECUTIVE_STATES else "presidente"
        content -= EXECUTIVE_WORDS | EXECUTIVE_STATES
    elif kind in ("ministro", "titular", "jefe", "secretario", "representante") and content & lex.FOREIGN_WORDS:
        kind = "canciller"
    elif kind == "director" and rest[:1] == ["técnico"]:
        kind = "entrenador"  # `el director técnico`: the coach
    elif kind == "jefe" and "estado" in content:
        kind = "presidente"
    elif kind in ("jefe", "presidente") and "gobierno" in content \
            and rest[:2] in (["de", "gobierno"], ["del", "gobierno"]):
        kind = "jefe_gobierno"
    country = _country(rest)
    qualifiers = frozenset(
        fold_name(word) for word in content
        if word not in lex.COUNTRIES and word not in lex.FOREIGN_WORDS and word not in ("estado", "gobierno")
    )
    if kind == "persona" and head not in GENERIC_PERSONS:  # the head, in the masculine (`autora` is `autor`)
        qualifiers |= {fold_name(head[:-1] if head in lex.FEMININE and head[:-1] in lex.ROLE_CLASSES else head)}
    return Role(kind, country, qualifiers, gender, head)


def compatible(asked: Role, known: Role) -> int:
    """Score how well a known role answers an asked one: 0 means not at all."""
    if asked.kind in ("titulo", "homologo", "rival", "ex") or known.kind == "ex":
        return 0
    if asked.gender and known.gender and asked.gender != known.gender:
        return 0
    allowed = lex.ROLE_ALIASES.get(asked.kind, {asked.kind})
    if allowed is None:
        if known.kind in ("experto", "abogado", "titulo", "homologo", "rival"):
            return 0
    elif known.kind not in allowed:
        return 0
    score = 1
    if asked.country:
        if known.country and known.country != asked.country:
            return 0
        score += 2 if known.country == asked.country else 0
    if asked.qualifiers and asked.qualifiers.isdisjoint(GENERIC_BODIES):  # `del equipo felino` names no team
        common = shared(asked.qualifiers, known.qualifiers)  # `la artista` covers `la cantante`
        if known.qualifiers and not common:
            return 0
        score += len(common)  # the more words shared, the likelier
    return score


def same_field(asked: frozenset, known: frozenset) -> bool:
    """Tell whether two roles' words name one field: a word shared, or its stem (`Economía`, `Asuntos Económicos`)."""
    def stems(words):
        return {fold_name(word)[:FIELD_STEM] for word in words if len(word) >= FIELD_STEM}
    return bool(asked & known or stems(asked) & stems(known))
