"""A stance written as a noun: whose view a sentence states when it opens on `La reacción de X ha sido…`.

News often states what someone answered or holds with a noun of a statement, the person in a complement of it,
and the view after a copula or a colon:

    La reacción de Ruiz ha sido cuestionar a sus críticos.       <- an infinitive: what she did in reply
    La respuesta del ministro fue que no habrá más plazas.       <- `que`: what he said
    El mensaje de la alcaldesa Ana Gil: «Volveremos».             <- a colon: her words
    La postura de Vidal es clara: no firmará.                    <- a word of manner, then a colon

The noun must open its clause with the definite article (after a connective or an opening phrase at most), the
owner must be a person (`La postura de España es…` is a country's), and the copula must come within a short
reach of the noun, with nothing between that opens a clause of its own (`que`, a full stop). What follows the
copula must carry the view: an infinitive, `que`, a colon or a quotation, or a word of manner before a colon;
`La respuesta de Ruiz fue rápida.` and `La reacción del público fue inmediata.` state nothing. News only: a
novel's `la respuesta de su madre fue un silencio` tells what happened.

The possessive forms (`su postura fue…`, `su convicción es que…`) are search.speakers.opinions' openers.

A noun of statement also gives its owner's view through its own complement, anywhere in the sentence: a clause
with `que` or an infinitive after a preposition, right after the owner's name (Spanish nouns of saying take the
completive complement of their verb: `advertir que` gives `la advertencia de X de que…`, `negarse a` gives `la
negativa de X a reconocer…`, `pedir que` gives `la petición de X para que…`):

    …provocado por la negativa de Ruiz a reconocer que perdió.  <- `a` and an infinitive: what she refuses
    Sorprendió el llamamiento de Vidal para que los cargos dimitan. <- `para que`: what he asks

>>> stance_noun_copula("la reacción de ruiz ha sido cuestionar a sus críticos".split(), 1)
4
>>> stance_noun_copula("la respuesta de ruiz fue rápida .".split(), 1) is None
True
>>> complement_at("la negativa de ruiz a reconocer que perdió".split(), 4)
True
>>> complement_at("la negativa de ruiz a la prensa".split(), 4)
False
"""

import re

from search.speakers import lexicon as lex
from search.speakers.clauses import CONNECTIVES
from search.speakers.mentions import Sentence
from search.speakers.people import Person
from search.text.word_sets import word_set

# Nouns of a statement or a view held (general Spanish vocabulary): the view after the copula is their owner's.
STANCE_NOUNS = word_set("reacción respuesta postura posición opinión mensaje conclusión advertencia propuesta "
                        "tesis argumento versión valoración lectura visión convicción impresión recomendación "
                        "consejo explicación diagnóstico pronóstico queja petición llamado llamamiento "
                        # nouns whose view is their complement (`la negativa de X a reconocer…`); not those that are
                        # verb forms too (`denuncia`, `amenaza`, `rechazo`)
                        "negativa insistencia promesa compromiso exigencia acusación afirmación")
# Prepositions that open a noun of statement's completive complement, with `que` or an infinitive after them.
COMPLEMENT_LINKS = word_set("de a en para")
OWNER_REACH = 6  # tokens from the noun to its complement in the cheap first look: `de`, a role, a name of three
ARTICLES = word_set("la el")
OWNER_LINKS = word_set("de del")
# Copulas that state the view, one word or a compound tense (`ha sido`, `sigue siendo`).
COMPOUND_COPULAS = {"ha": "sido", "había": "sido", "habría": "sido", "sigue": "siendo"}
# Words of manner between the copula and the colon that opens the view (`fue clara: …`, `es tajante: …`).
MANNER = word_set("clara claro contundente tajante rotunda rotundo firme directa directo inequívoca inequívoco "
                  "sencilla sencillo simple breve inmediata inmediato")
QUOTES = frozenset('«"“')
INFINITIVE = re.compile(r"^[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$")
# Adjectives and nouns in -ar/-er that an infinitive's shape would take (`fue similar`, `fue mayor` is no -ar).
NOT_INFINITIVES = word_set("similar popular particular regular familiar singular peculiar ejemplar titular escolar "
                           "vulgar elemental polar solar lunar militar nuclear celular muscular lugar hogar mujer "
                           "poder deber placer parecer ser")
# Where a clause of its own opens between the owner and the copula: the noun phrase has ended without one.
BREAKS = frozenset({".", ";", "que", "quien", "cual", "donde", "cuando", "y", "pero"})
REACH = 12  # tokens from the noun to its copula: the owner's name and a short apposition


def stance_noun_copula(lower: list[str], index: int, marks: bool = True) -> int | None:
    """Return where the copula (or the colon) is that states the view of a stance noun at index (`La reacción de
    X ha sido cuestionar…`: lower is a sentence's lower-case tokens), else None.

    The noun needs `la`/`el` before it and `de`/`del` after it. marks tells lower holds a sentence's marks; a
    paragraph's bare words do not, so there any word may follow the copula (a cheap first look, read again later).
    """
    if lower[index] not in STANCE_NOUNS or not index or lower[index - 1] not in ARTICLES \
            or lower[index + 1:index + 2] == [] or lower[index + 1] not in OWNER_LINKS:
        return None
    for at in range(index + 3, min(len(lower), index + REACH)):
        word = lower[at]
        if word in BREAKS:
            return None
        if word == ":" and marks:
            return at
        if word in lex.SINGULAR_COPULAS or COMPOUND_COPULAS.get(word) == (lower[at + 1] if at + 1 < len(lower) else ""):
            after = at + (2 if word in COMPOUND_COPULAS else 1)
            return at if not marks or _states_view(lower, after) else None
    return None


def _states_view(lower: list[str], at: int) -> bool:
    """Tell whether the words from at carry a view: an infinitive, `que`, a colon or a quotation mark, or a word of
    manner before a colon (`clara: …`)."""
    word = lower[at] if at < len(lower) else ""
    if word == "que" or word == ":" or word in QUOTES or INFINITIVE.match(word) and word not in NOT_INFINITIVES:
        return True
    return word in MANNER and lower[at + 1:at + 2] == [":"]


def stance_noun_owner(s: Sentence, index: int) -> Person | None:
    """Return the person whose view a stance noun at index states (`La reacción de X ha sido…`, `Pero la respuesta
    del ministro fue que…`), else None: the noun opens its clause (after connectives or a comma at most), the
    copula or colon that states the view follows (stance_noun_copula), and its complement names a person (a body
    gives search.speakers.people's NOBODY, as any source does)."""
    lower = s.lower
    start = index - 1
    if start and lower[start - 1] not in CONNECTIVES and lower[start - 1] != "," \
            or stance_noun_copula(lower, index) is None:
        return complement_owner(s, index)
    at = index + 2
    person = s.noun_phrase(at, bare=lower[index + 1] == "del")
    if person is None and lower[index + 1] == "de" and lower[at:at + 1] and lower[at] in ARTICLES:
        person = s.noun_phrase(at)  # `de la ministra X`
    return person


def complement_at(lower: list[str], at: int) -> bool:
    """Tell whether a noun of statement's completive complement opens at at (lower, a sentence's lower-case tokens):
    `de que`, `a que`, `para que`, `en que`, or `a`, `de`, `en` before an infinitive (`a reconocer`)."""
    if lower[at:at + 1] == [] or lower[at] not in COMPLEMENT_LINKS or at + 1 >= len(lower):
        return False
    word = lower[at + 1]
    return word == "que" or lower[at] != "para" and INFINITIVE.match(word) is not None and word not in NOT_INFINITIVES


def stance_noun_complement(lower: list[str], index: int) -> bool:
    """Tell, in a cheap first look, whether the stance noun at index may give its owner's view through its own
    complement (`la negativa de X a reconocer…`): `de`/`del` after it, then a complement within OWNER_REACH."""
    if lower[index] not in STANCE_NOUNS or not index or lower[index - 1] not in ARTICLES \
            or lower[index + 1:index + 2] == [] or lower[index + 1] not in OWNER_LINKS:
        return False
    return any(complement_at(lower, at) for at in range(index + 3, min(len(lower), index + 2 + OWNER_REACH)))


def complement_owner(s: Sentence, index: int) -> Person | None:
    """Return the person whose view the stance noun at index gives through its complement, right after their name
    (`la negativa de Ruiz a reconocer…`, `el llamamiento del ministro Gil para que…`), else None."""
    lower = s.lower
    if not stance_noun_complement(lower, index):
        return None
    mention = next((m for m in s.mentions if min(m.start, m.role_start) in (index + 2, index + 3)
                    and all(token.islower() for token in s.tokens[index + 2:m.start])), None)
    if mention is None or not complement_at(lower, mention.end):
        return None
    return s.mention_person(mention)
