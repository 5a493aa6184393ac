"""A description made of a role noun and a qualifier (`el médico de La Paz`, `la periodista colombiana`) names the one
person the text introduced with that noun whose role carries the qualifier, in news.

Without it, a qualified description goes to the most compatible or most salient person of its kind, which after
another speaker is often that speaker (`…, responde Y. «…», afirma el médico de La Paz`, where X was introduced as
`X, médico del hospital La Paz`).

>>> from search.speakers.role_parse import parse_role
>>> class P:
...     def __init__(self, name, words): self.display, self.roles = name, [parse_role(words.split())]
>>> known = [P("Ana Ruiz", "médica del hospital la paz"), P("Luis Gil", "médico del hospital central")]
>>> qualified_one(parse_role("médico del central".split()), known, lambda asked, person: True).display
'Luis Gil'
>>> qualified_one(parse_role("médico de la paz".split()), known, lambda asked, person: True) is None  # `médica`
True
"""

from search.speakers.names import fold_name

# Nouns for whoever holds a public office, whichever (`la funcionaria chilena`, `el político peruano`): with a
# nationality they may name the one person the text gave an office of that country. General Spanish, not a list of
# offices (those are search.speakers.lexicon's role classes).
OFFICE_HOLDERS = frozenset({"funcionario", "funcionaria", "político", "política", "servidor", "servidora"})
NOT_OFFICES = frozenset({"persona", "ex", "titulo", "experto", "homologo", "rival"})  # descriptions and trades


def _office_of(asked, known, agrees):
    """Return the one person of known holding an office of the country of a bare `funcionaria chilena`, or None."""
    if asked.noun not in OFFICE_HOLDERS or not asked.country or _own_words(asked):
        return None
    fits = [person for person in known if agrees(asked, person) and any(
        role.kind not in NOT_OFFICES and role.country == asked.country for role in person.roles)]
    return fits[0] if len(fits) == 1 else None


def _own_words(asked) -> frozenset:
    """Return the qualifiers of a description without its own noun (a trade keeps it as a qualifier: `cantante`)."""
    return asked.qualifiers - {fold_name(asked.noun)}


def _fits(asked, role) -> bool:
    """Tell whether a role a person was introduced with carries every qualifier of the description asked."""
    if asked.country and role.country != asked.country:
        return False
    return _own_words(asked) <= role.qualifiers | ({role.country} if role.country else set())


def qualified_one(asked, known, agrees):
    """Return the one person of known introduced with the noun of the qualified description asked whose role carries
    its qualifiers (and its nationality); None if nobody or more than one does, or it has no qualifier. agrees(asked,
    person) tells a person may be the one asked (gender)."""
    if asked.noun is None or asked.kind == "ex" or not (_own_words(asked) or asked.country):
        return None
    fits = [person for person in known if agrees(asked, person)
            and any(role.noun == asked.noun and _fits(asked, role) for role in person.roles)]
    if not fits:
        return _office_of(asked, known, agrees)
    return fits[0] if len(fits) == 1 else None
