"""A verb that leads an infinitive of saying (a verbal periphrasis) passes the statement to its own subject.

`comenzó a hablar de que…`, `volvió a insistir en que…`, `pasó a explicar que…`, `acabó por reconocer que…`,
`coincidieron en señalar que…`, `acaba de anunciar que…`, `decidió denunciar que…`, `tuvo que aclarar que…`: the
aspect (beginning, repeating, ending, just done), the manner or the decision is the lead verb's, the saying the
infinitive's, and the subject of both is the lead's. Each lead is written with the word that links it to the
infinitive (`a`, `por`, `en`, `de`, `que`, or none): `volvió a` leads, `volvió de` does not.

Left out, so that they report nothing: refusing and avoiding (`se negó a declarar`, `evitó comentar`, `rehusó
hablar`, `dejó de hablar`, `se abstuvo de opinar`), an obligation or a plan not yet carried out (`tiene que
explicar`, `va a anunciar`, `piensa decir`), what may or must be (`puede decir`, `debe aclarar`: a
permission or a duty as often as a fact), and leads whose object is someone else (`animó a denunciar`, `invitó a
opinar`: the saying is another person's), and a lead that also moves someone (`vino a señalar la casa`: came to
point at it). `quiso`, `intentó`, `suele`, `aprovechó (para)`, `se limitó a`, `llegó a`
are search.speakers.verbs.INFINITIVE_LEADS and A_LEADS, read before this table.

The forms are the third persons of the past, present and imperfect, and the participle (a general-Spanish
conjugation, written out because most of these verbs change their stem).

>>> periphrasis_lead("el ministro volvió a insistir en que".split(), 4)
2
>>> periphrasis_lead("la ministra acabó por reconocer que".split(), 4)
2
>>> periphrasis_lead("la ministra evitó comentar el caso".split(), 3) is None
True
>>> periphrasis_lead("el juez volvió de declarar".split(), 4) is None
True

A verb of beginning, going on or ending leads a gerund of saying the same way (`comenzó diciendo que…`, `cerró
señalando: «…»`, `siguió explicando que…`): the gerund is how the lead's subject began or ended, not a clause of its
own with another subject (search.speakers.openers.gerund_subject reads those: `compartió la foto diciendo…`).

>>> gerund_lead("al respecto , comenzó diciendo que".split(), 4)
3
>>> gerund_lead("el club publicó un video diciendo que".split(), 5) is None
True
"""

import re

from search.speakers.verbs import ATTACHED, GERUNDS, INFINITIVES, PHRASE_INFINITIVES, phrase_infinitive
from search.text.word_sets import word_set

# The lead verbs by the word that links them to the infinitive.
_BY_LINK = {
    "a": word_set(
        "comenzó comenzaron comienza comienzan comenzaba comenzaban comenzado "
        "empezó empezaron empieza empiezan empezaba empezaban empezado "
        "volvió volvieron vuelve vuelven volvía volvían vuelto "
        "pasó pasaron pasa pasan pasaba pasaban pasado "
        "procedió procedieron procede proceden procedía procedido "
        "salió salieron sale salen salía salían salido "  # `salió a aclarar que…`: came out to say
        "apresuró apresuraron apresura apresuran apresurado "  # `se apresuró a desmentir`
        "atrevió atrevieron atreve atreven atrevía atrevido "  # `se atrevió a denunciar`
        "alcanzó alcanzaron alcanza alcanzado "  # `alcanzó a decir`: managed to say
        "decidió decidieron decide deciden decidido "  # `se decidió a contar`
        "ofreció ofrecieron ofrece ofrecen ofrecido"),  # `se ofreció a explicar`
    "por": word_set(
        "acabó acabaron acaba acaban acababa acabado terminó terminaron termina terminan terminaba terminado "
        "optó optaron opta optan optado"),  # `acabó por reconocer`, `optó por aclarar`
    "en": word_set(
        "coincidió coincidieron coincide coinciden coincidían coincidido "  # `coincidieron en señalar que…`
        "insistió insistieron insiste insisten insistía insistido"),  # `insistió en recordar que…`
    "de": word_set(
        "acaba acaban acababa acababan acabó acabaron acabado "  # `acaba de anunciar que…`: has just said
        "terminó terminaron termina terminan terminaba terminado"),  # `terminó de explicar que…`
    "que": word_set("tuvo tuvieron tenido"),  # `tuvo que aclarar que…` (said); `tiene que` is a duty, left out
    "": word_set(
        "decidió decidieron decide deciden decidía decidido "  # `decidió denunciar que…`
        "prefirió prefirieron prefiere prefieren prefería preferido "  # `prefirió aclarar que…`
        "buscó buscaron busca buscan buscaba buscado "  # `buscó aclarar que…`
        "pretendió pretendieron pretende pretenden pretendía pretendido"),
}
LINKS = frozenset(link for link in _BY_LINK if link)
# Every lead form, for the cheap first look (search.speakers.hints).
LEADS = frozenset().union(*_BY_LINK.values())


INFINITIVE = re.compile(r"[a-záéíóúñ]{2,}(?:ar|er|ir|ír)(?:se|le|les|lo|la|los|las|nos)?$")


def leads_here(words: list[str], index: int) -> bool:
    """Tell whether the word at index is a lead verb with an infinitive after it (and its link), whatever the
    infinitive: a verb, where a noun phrase before it ends (`el líder republicano comenzó a hablar`)."""
    word = words[index]
    if word not in LEADS:
        return False
    after = words[index + 1:index + 3]
    if after[:1] and after[0] in LINKS and word in _BY_LINK[after[0]]:
        return len(after) > 1 and bool(INFINITIVE.match(after[1]))
    return word in _BY_LINK[""] and bool(after) and bool(INFINITIVE.match(after[0]))


def periphrasis_lead(words: list[str], index: int) -> int | None:
    """Return where the verb that leads the infinitive at index is (see the module's docstring), else None; words:
    a sentence's lower-case tokens or words. Whether the infinitive says something is the caller's to tell."""
    if index >= 2 and words[index - 1] in LINKS and words[index - 2] in _BY_LINK[words[index - 1]]:
        return index - 2
    if index >= 1 and words[index - 1] in _BY_LINK[""]:
        return index - 1
    return None


# Verbs of beginning, going on and ending that lead a gerund of saying (`comenzó diciendo`, `terminó señalando`),
# singular and plural apart: a plural lead has a plural subject.
_GERUND_LEADS_ONE = word_set(
    "comenzó comienza comenzaba empezó empieza empezaba inició inicia iniciaba partió parte partía "
    "cerró cierra cerraba terminó termina terminaba finalizó finaliza finalizaba concluyó concluye concluía "
    "remató remata acabó acaba acababa continuó continúa continuaba siguió sigue seguía prosiguió prosigue")
_GERUND_LEADS_MANY = word_set(
    "comenzaron comienzan empezaron empiezan iniciaron inician partieron parten cerraron cierran terminaron "
    "terminan finalizaron finalizan concluyeron concluyen remataron rematan acabaron acaban continuaron "
    "continúan siguieron siguen prosiguieron prosiguen")


def gerund_lead(words: list[str], index: int) -> int | None:
    """Return where the verb of beginning, going on or ending that leads the gerund of saying at index is
    (`comenzó diciendo que`: the index of `comenzó`), else None; words: a sentence's lower-case tokens."""
    if index >= 1 and (words[index - 1] in _GERUND_LEADS_ONE or words[index - 1] in _GERUND_LEADS_MANY):
        return index - 1
    return None


def any_gerund_lead(words: list[str]) -> bool:
    """Tell whether words (lower case) hold a gerund of saying that a verb of beginning, going on or ending leads
    (gerund_lead): the cheap first look of search.speakers.attributor reads such a sentence, in news."""
    return not GERUNDS.isdisjoint(words) and any(
        word in GERUNDS and gerund_lead(words, index) is not None for index, word in enumerate(words))


def plural_lead(word: str) -> bool:
    """Tell whether a verb that leads a gerund of saying (gerund_lead) is plural (`comenzaron`)."""
    return word in _GERUND_LEADS_MANY


def said_through(words: list[str]) -> bool:
    """Tell whether words (a paragraph's or a sentence's, lower case) hold an infinitive of saying that a lead verb
    leads (`volvió a insistir`): the cheap first look of search.speakers.attributor reads such a paragraph, in news."""
    return any((word in INFINITIVES or word in ATTACHED
                or word in PHRASE_INFINITIVES and phrase_infinitive(words, index))
               and periphrasis_lead(words, index) is not None for index, word in enumerate(words))
