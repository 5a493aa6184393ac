"""Verbs of stance that state a position in news only in their frames: `teme que`, `respalda la medida`, `apoya
que`, `invita a los vecinos a votar`, `espera que`, `se alegró de que`.

Spanish grammar sets apart, among the verbs that take a clause with `que`, those of affection or emotion (the NGLE's
«predicados de afección», RAE–ASALE, Nueva gramática de la lengua española, 2009, in its chapter on substantive
clauses and their mood: `lamentar`, `celebrar`, `agradecer`, `temer`, `esperar`, `alegrarse de`; Wikilengua, «Verbo
de afección», the `detesto algo` type, whose subject is who feels) and those of influence (`pedir`, `exigir`,
`invitar a`). A news item that writes them of someone reports a position that person took in public. The verbs of
saying (search.speakers.verbs) already held `lamentar`, `celebrar`, `agradecer`, `pedir`, `exigir`, `desear`,
`confiar en que`; this module adds those that were missing, each with the frames that make it a statement:

- `temer` (DLE: «sospechar, creer algo negativo»): in the present, before `que` or `por` (`teme que no haya
  acuerdo`, `teme por la vida de los rehenes`); not `teme al perro`, a fear of a thing, nor `temía que…`, narrated;
- `esperar` (DLE: «creer que ha de suceder algo, especialmente si es favorable»): in the present, before `que` only
  (`espera que el pleno vote`); not `espera el autobús`, `la espera`, `esperaba que…`;
- `respaldar`, `apoyar` (DLE `apoyar`: «favorecer, patrocinar»; «confirmar, sostener alguna opinión o doctrina»):
  before `que`, or before a proposal as their object (`respalda la medida`, `apoya las reformas`, `apoyó la
  candidatura`); not `apoya la mano en la mesa`, `respalda el asiento`, `se apoya en` (leaning);
- `invitar` (DLE: «incitar, estimular a alguien a algo»): `invita a` someone `a` an infinitive (`invitó a los
  vecinos a votar`, `invita a reflexionar`); not an invitation to a meal, a party or to join (`invitó a cenar`,
  `invitó a sus amigos a la boda`, `invitó a X a formar parte del gobierno`);
- `alegrarse` (DLE: «recibir o sentir alegría»): `se alegró de que`.

Read in news only (search.speakers.descriptions.in_article): a novel's `temía que la descubrieran` is a character's
fear, not a statement.

>>> stance_frame("el alcalde teme que no haya acuerdo".split(), 2)
True
>>> stance_frame("el niño teme al perro".split(), 2)
False
>>> stance_frame("la ministra respalda la medida".split(), 2)
True
>>> stance_frame("apoya la mano en la mesa".split(), 0)
False
"""

from search.speakers.verbs import AR_ENDS, AR_PLURAL_ENDS, conjugated
from search.text.word_sets import word_set

# Past, present, imperfect and conditional; singular and plural (verbs.conjugated builds them)
_AR_ENDS = f"{AR_ENDS} {AR_PLURAL_ENDS} arían"
# `temer` and `esperar` in the present only: a news item states a fear or a hope in the present (`teme que`,
# `esperan que`); the imperfect and the preterite narrate one (`temía que lo descubrieran`, `esperaba que el gaucho
# se le viniese encima`), as novels and features do.
FEARING = word_set("teme temen")
HOPING = word_set("espera esperan")
BACKING = frozenset(conjugated("respald apoy", _AR_ENDS))
INVITING = frozenset(conjugated("invit", _AR_ENDS))
REJOICING = frozenset(conjugated("alegr", _AR_ENDS))  # with `se` and `de que`
# `piensa que…`: a belief held and said, in the present and before `que` only, like `cree que` (a thought in the past is
# narrated: `pensó que nadie lo vería`); found by a treebank count (bench/saying_verbs_ud.py)
THINKING = word_set("piensa piensan")
STANCE_VERBS = FEARING | HOPING | BACKING | INVITING | REJOICING | THINKING
# Nouns of a proposal, a measure or a position one backs (`respalda la medida`, `apoyó las reformas`), singular
# and plural; a noun ending in -ción or -sión is one too (`la iniciativa`, `la reducción`, `la decisión`).
PROPOSALS = word_set(
    "medida medidas propuesta propuestas reforma reformas ley leyes plan planes iniciativa iniciativas proyecto "
    "proyectos acuerdo acuerdos candidatura candidaturas postura idea ideas moción mociones decisión decisiones "
    "huelga huelgas protesta protestas sanciones petición peticiones demanda demandas reivindicación causa "
    "unión uniones cambio cambios veto boicot prohibición enmienda enmiendas presupuesto presupuestos pacto "
    "gestión investigación despenalización legalización regularización tesis versión postulados")
PROPOSAL_ENDINGS = ("ción", "sión", "ciones", "siones")
SKIP = word_set("el la los las un una unos unas su sus este esta estos estas ese esa esas esos dicha dicho "
                "nueva nuevo nuevas nuevos actual histórica históricas polémica polémico recientes reciente "
                "plenamente totalmente firmemente públicamente abiertamente también ahora hoy ayer")
# Infinitives of a meal, a drink or a party, or of joining something: an invitation to them is hospitality or an
# offer (`invitó a cenar`, `invitó a miembros a formar parte de su gobierno`), no stance.
HOSPITALITY = word_set("cenar comer almorzar desayunar merendar tomar beber bailar celebrar festejar pasar "
                       "visitar conocer jugar ver cantar formar integrar unirse sumarse entrar ingresar asistir "
                       "acompañar ocupar presidir dirigir")
OBJECT_REACH = 4  # words from the verb to its object's noun (`apoya las históricas reformas`)
INVITE_REACH = 8  # words from `invita a` to the `a` of what it urges (`invitó a sus seguidores en la red a…`)


def stance_frame(lower: list[str], index: int) -> bool:
    """Tell whether the stance verb at index (in STANCE_VERBS) states a position in its frame; lower holds a
    sentence's or a paragraph's lower-case words (marks may be missing)."""
    word, after = lower[index], lower[index + 1:index + 1 + INVITE_REACH]
    before = lower[index - 1] if index else ""
    if word in REJOICING:
        return before == "se" and after[:2] == ["de", "que"]
    if before == "se":
        return False  # `se apoya en la pared`, `se espera que…` (impersonal), `se teme que…`: no one's
    if after[:1] == ["que"]:
        return word not in INVITING
    if word in FEARING:
        return after[:1] == ["por"]
    if word in BACKING:
        return _backs(after[:OBJECT_REACH])
    if word in INVITING:
        return after[:1] in (["a"], ["al"]) and _urges(after[1:])
    return False


def _backs(after: list[str]) -> bool:
    """Tell whether the words after a verb of backing open a proposal as its object (`la medida`, `las reformas`,
    `uniones civiles`): past determiners and adjectives, a noun of PROPOSALS or one in -ción."""
    for word in after:
        if word in PROPOSALS or word.endswith(PROPOSAL_ENDINGS):
            return True
        if word not in SKIP:
            return False
    return False


def _urges(after: list[str]) -> bool:
    """Tell whether the words after `invitó a` urge an act: an infinitive right away (`invita a reflexionar`), or
    whom it invites and then `a` and an infinitive (`invitó a los vecinos a votar`); not a meal or a party."""
    for at, word in enumerate(after):
        infinitive = word.endswith(("ar", "er", "ir")) and len(word) > 3 and word not in HOSPITALITY
        if at == 0 and infinitive:
            return True
        if word == "a" and at > 0 and after[at + 1:at + 2] and after[at + 1].endswith(("ar", "er", "ir")) \
                and len(after[at + 1]) > 3:
            return after[at + 1] not in HOSPITALITY
        if word in (".", ";", ":", "que"):
            return False
    return False
