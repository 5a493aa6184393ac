"""Reporting verbs: the words that say someone said, stated, announced or took a stance.

Forms are generated from stems for the past, present, imperfect and conditional; never the future
(`explicará` reports a plan, not a statement). Some verbs report only in a context: after a quote
(`«…», continuó`), before `que` (`celebró que`), with `se` (`se comprometió a`), in a fixed frame
(`hizo hincapié`, `dejó claro`, `dio a conocer`), or after a comma as a gerund (`…, agregando que`).

Where the line is drawn (RAE–ASALE, Nueva gramática 2009, §43.2–43.3, the predicates that take a `que` clause): verbs
of language report words; verbs of belief report a position only in the present (`cree que`, `piensa que`); verbs of
perception and knowledge (`sabe que`, `descubrió que`, `vio que`) are factive, the fact the narrator's, and verbs of
will (`decidió que`, `permite que`) report an act: neither is here. bench/saying_verbs_ud.py counts the verbs that
head a `que` clause in Universal Dependencies treebanks of Spanish; of those with a human-looking subject, 29 of 41
lemmas (77 of 90 occurrences) were here already, and `especificar` and `presagiar` were added from it.
"""

from search.text.word_sets import word_set


def conjugated(stems: str, ends: str) -> tuple[str, ...]:
    """Return each stem (words split at spaces) with each ending, in that order: the forms of regular verbs, the one
    builder of this module's lists and of search.speakers.stance_verbs.

    >>> conjugated("afirm neg", AR_ENDS)
    ('afirmó', 'afirma', 'afirmaba', 'afirmaría', 'negó', 'nega', 'negaba', 'negaría')
    """
    return tuple(stem + end for stem in stems.split() for end in ends.split())


# Endings of the tenses that report (past, present, imperfect, conditional), singular then plural. The plural
# conditional (`-arían`) is in the pronominal and stance verbs only (REFLEXIVE; stance_verbs): adding it to PLURAL
# would change what reports.
AR_ENDS, AR_PLURAL_ENDS = "ó a aba aría", "aron an aban"
ER_ENDS, IR_ENDS, ER_PLURAL_ENDS = "ió e ía ería", "ió e ía iría", "ieron en ían"


AR = (
    "afirm declar asegur señal indic explic agreg subray destac enfatiz resalt manifest expres apunt coment "
    "precis detall reiter recalc remarc puntualiz anunci inform denunci critic neg consider opin estim evalu "
    "valor calific plante inst exhort reclam alert avis asever sentenci lament acus aclar mencion narr "
    "relat comunic observ record vaticin pronostic augur proclam juzg razon matiz confes revel tuite "
    "argument aleg insinu cuestion celebr elogi conden reproch ironiz brome ratific confirm anticip adelant "
    "zanj avanz espet apostill remach garantiz tach pregunt descart reafirm constat demand solicit reivindic "
    "recomend concret achac tild felicit apel contest continu termin finaliz dese remat "
    "afe cifr calcul acot enumer objet replante desestim reaccion especific presagi "
    # verbs of evaluation and speech acts (a systematic pass over Spanish verba dicendi)
    "protest evoc exclam susurr murmur balbuce recrimin increp interpel desvel especul conjetur alab ensalz "
    "fustig censur reprob ahond profundiz abund acentu deplor repudi notific rog suplic implor clam aconsej "
    "dictamin justific ponder refut rememor conmin sintetiz terci retruc revir musit postul sustent discrep "
    # Latin America's press: `externó que` (Mexico; DLE `externar` "exteriorizar, manifestar"); a witness's words
    "extern testific"
)
ER = "respond promet arremet"
IR = "insist añad admit escrib describ incid resum alud aplaud rebat esgrim urg"
# Verbs whose stem changes in the present (`recordar` gives `recuerda`), and irregular ones.
IRREGULAR_SINGULAR = word_set(
    "dijo dice decía diría sostuvo sostiene sostenía advirtió advierte advertía pidió pide pedía propuso "
    "propone proponía reconoció reconoce reconocía concluyó concluye sugirió sugiere expuso expone defendió "
    "defiende defendía agradeció agradece cree creía creyó consideraba coincidió coincide replicó contestó "
    "rechazó rechaza instó exigió exige prevé previó aseveró reprochó lamentó condenó elogió opinó recordó "
    "mantuvo mantiene mantenía abogó aboga abogaba apostó apuesta apostaba prosiguió atribuyó atribuye "
    "recuerda niega confiesa desmintió desmiente desmentía contradijo contradice "
    "previno previene culpó culpaba culparía responsabilizó responsabiliza responsabilizaba "
    "repuso arguyó adujo predijo corrigió reconvino inquirió")
IRREGULAR_PLURAL = word_set(
    "dijeron dicen decían sostuvieron sostienen advirtieron advierten pidieron piden propusieron reconocieron "
    "coincidieron coinciden concluyeron sugirieron defendieron defienden agradecieron creen exigieron replicaron "
    "rechazaron abogaron apostaron apuestan recuerdan niegan desmintieron desmienten culparon culpaban "
    "responsabilizaron responsabilizan")  # not `culpa`, `culpan`: the noun is commoner
# The same irregular verbs in the tenses the lists above lacked, so that every one reports in the past, present and
# imperfect, singular and plural, as the regular ones do (`«…», prosigue el texto` as `prosiguió`; `arguyen`,
# `aducía`). Not `repone` (`repone fuerzas`), nor `culpa`, `culpan` (see above).
IRREGULAR_SINGULAR |= word_set(
    "prosigue proseguía arguye argüía aduce aducía predice predecía inquiere inquiría concluía sugería exponía "
    "agradecía coincidía exigía preveía atribuía corrige corregía contradecía prevenía reconviene rechazaba "
    "replicaba")
IRREGULAR_PLURAL |= word_set(
    "prosiguieron prosiguen proseguían arguyeron arguyen argüían adujeron aducen aducían predijeron predicen "
    "inquirieron concluían sugerían expusieron exponen exponían agradecían coincidían exigen exigían atribuyeron "
    "atribuyen atribuían rechazaban replicaban corrigieron corrigen contradijeron contradicen previnieron advertían "
    "pedían proponen proponían reconocen reconocían sostenían mantuvieron mantienen")
# These report only right after a quote or inside dashes: `«…», continuó`, `—terminó la ministra—`.
AFTER_QUOTE = frozenset(conjugated("continu termin finaliz dese remat compar cerr acab", "ó a aba ado aron an")) \
    | word_set("siguió sigue cierra")

# Present forms that are commoner as nouns (`la protesta`, `la censura`): never verbs here.
NOUN_FORMS = word_set("protesta censura conjetura")
SINGULAR = ({*conjugated(AR, AR_ENDS), *conjugated(ER, ER_ENDS), *conjugated(IR, IR_ENDS)} | IRREGULAR_SINGULAR) \
    - NOUN_FORMS
PLURAL = {*conjugated(AR, AR_PLURAL_ENDS), *conjugated(f"{ER} {IR}", ER_PLURAL_ENDS)} | IRREGULAR_PLURAL
PARTICIPLES = set(conjugated(AR, "ado")) | {
    "dicho", "sostenido", "advertido", "pedido", "propuesto", "reconocido", "insistido", "añadido",
    "admitido", "respondido", "prometido", "defendido", "concluido", "sugerido", "expuesto", "escrito",
    "exigido", "coincidido", "replicado", "contestado", "rechazado", "descrito", "incidido", "resumido", "mantenido",
    "apostado", "proseguido", "atribuido", "agradecido", "aludido", "aplaudido", "desmentido",
    "arremetido", "culpado", "responsabilizado",
}
# `fue anunciada por X`, `han sido desmentidos por X`: a passive names its speaker after `por`.
# Only verbs whose passive still reports speech: `fue demandada por` (sued), `fue reconocido por` (honoured),
# `fue rechazado por` (voted down) do not.
PASSIVES = frozenset(conjugated(
    "anunciad confirmad desmentid criticad calificad negad revelad informad explicad señalad destacad plantead "
    "propuest sugerid advertid dich cuestionad aclarad afirmad declarad expresad defendid elogiad tachad "
    "desestimad", "o a os as"))
# `un caso denunciado por la diputada X`: in news a denunciation is said in public; in a novel `había sido
# denunciado por el vecino` is a complaint to an authority, no line of his (read in news only).
NEWS_PASSIVES = frozenset("denunciado denunciada denunciados denunciadas".split())
PASSIVE_AUXILIARIES = word_set("fue fueron sido es son era eran lo")  # `lo explicado por X` too
# `ha abogado por`: a participle that is also a role noun (`el abogado`), a verb after an auxiliary.
ROLE_PARTICIPLES = word_set("abogado")
# `se comprometió a…`, `se refirió a…`: statements with `se`; `refirió que…` too. Every tense the other verbs have
# (past, present, imperfect, conditional, participle; singular and plural): `«…», se queja X` as `«…», se quejó X`.
# Pronominal verbs of saying: DLE's `quejarse` "expresar el resentimiento", `sincerarse` "expresarse con
# sinceridad", `jactarse` "alabarse", `disculparse` "dar razones que descarguen de una culpa", `ufanarse`
# "jactarse", `desdecirse` "retractarse de lo dicho". Not `retractarse`: inside a quotation, `X se retractaron de lo
# que habían declarado` recounts them (tests/speakers/test_news_kinds13_precision.py).
_PRONOMINAL_AR = "quej congratul jact sincer explay desmarc pronunci disculp ufan"
REFLEXIVE = word_set(
    " ".join(conjugated(_PRONOMINAL_AR, f"{AR_ENDS} ado {AR_PLURAL_ENDS} arían"))
    + " comprometió compromete comprometía comprometería comprometido comprometieron comprometen comprometían "
    "refirió refiere refería referido refirieron refieren referían opuso opone oponía opuesto opusieron oponen "
    "oponían desdijo desdice desdecía desdicho desdijeron desdicen")  # `se opuso al muro`
# Forms that are also nouns or adjectives (`una queja que…`, `una sincera disculpa`, `la ufana alcaldesa`): verbs
# only after `se`, never before `que` or after a quotation alone.
REFLEXIVE_HOMOGRAPHS = word_set("queja sincera disculpa ufana")
# `ha querido recordar que…`, `intervino para agradecer…`: an infinitive after these reports too.
A_LEADS = word_set("limitó limitado limitaron limita llegó llegado llegaron llega")  # `se limitó a señalar`, `llegó a
# afirmar`: these lead with `a`
INFINITIVE_LEADS = word_set("querido quiso quería quiere quieren quisieron aprovechado aprovechó intervenido intervino "
                          "suele suelen solía solían intenta intentó intentaba intentan intentaron intentado "
                          "aprovecha aprovechan aprovechaba") | A_LEADS  # `suele recordar que…`: a habit of
# saying; `intenta recordar a su público que…`, `aprovecha cada ocasión para recordar que…`
INFINITIVES = frozenset(
    {*conjugated(AR, "ar")} | {"decir", "insistir", "añadir", "admitir", "reconocer", "agradecer",
                                            "defender", "pedir", "advertir", "subrayar", "proponer", "exigir",
                                            "sugerir", "desmentir"})
ENCLITICS = ("les", "le", "los", "las", "lo", "la", "nos", "se")  # `sugerirle`, `recordarles`, `decirlo`


# The infinitives with a pronoun attached, to their bare form: `sugerirle` -> `sugerir`.
ATTACHED = {infinitive + clitic: infinitive for infinitive in INFINITIVES for clitic in ENCLITICS} \
    | {"referirse": "referir", "pronunciarse": "pronunciar"}  # `para referirse al asunto`; `pronunciar` a word is not
# saying something
# `fue enfático en afirmar`, `se mostró tajante al señalar`: a manner before `en`/`al` and an infinitive.
EMPHATIC = word_set(
    "enfático enfática enfáticos enfáticas categórico categórica tajante tajantes contundente claro clara "
    "insistente firme rotundo rotunda")
# `Pero Ruiz lo discute`: disputing what was just said, with `lo`; `discutió con su mujer` reports nothing.
DISPUTED = word_set("discutió discute discutía discutido discutieron discuten")
# `ha contado los secretos de su boda`, `contó detalles`, `cuenta cómo…`: telling what was said or lived, not counting.
TELLING = word_set("contó cuenta contaba contado contaron cuentan")  # `relató` reports anyway
# "celebró una reunión", "mantuvo una conversación", "contó con apoyo", "anotó un gol" are no statements;
# "celebró que", "contó que" are.
NEEDS_QUE = frozenset(form for form in SINGULAR | PLURAL | PARTICIPLES
                      if form.startswith(("celebr", "mant", "reflexion"))) \
    | word_set("notó nota notaba notado notaron notan "  # `ha notado que…`; `notó cansancio` is no statement
             "anotó anota anotaba anotado repitió repite repetía "
             "repetido repitieron repiten citó cita citaba citado "  # `se repite en Europa` is no statement
             "concedió concede concedía concedido concedieron "  # `concedió que…`, not `concedió una entrevista`
             "juró jura juraba jurado juraron juran"  # `jura que ganará`, not `la jura de bandera`
             " soltó suelta soltaba soltado soltaron sueltan"
             " diferenció diferenciaba diferenciado diferenciaron") \
    | DISPUTED | TELLING  # `soltó: «…»`, `«…», suelta X`; not `la pieza suelta`; `lo discute`, not `discutió con ella`
# (`diferenció que…` draws a distinction in words, not `diferenció los casos`; the noun `diferencia` is left out)
TOLD = word_set("secreto secretos detalle detalles historia historias anécdota anécdotas experiencia experiencias "
              "vivencias intimidades pormenores versión cómo lo todo sus su los las el la unos unas algunos algunas "
              "parte")
TOLD_NOUNS = TOLD - word_set("sus su los las el la unos unas algunos algunas lo todo parte")
# `celebró la sentencia` reports a stance; `celebró una reunión`, `celebró su cumpleaños` hold an event.
EVENTS = word_set(
    "reunión reuniones encuentro encuentros sesión sesiones cumbre cumbres asamblea asambleas cumpleaños boda "
    "misa misas elecciones comicios partido partidos aniversario acto actos ceremonia ceremonias fiesta fiestas "
    "congreso jornada jornadas gira festival concierto audiencia audiencias juicio consejo pleno cena comida "
    "almuerzo desayuno entrevista entrevistas rueda conferencia mitin debate consulta referéndum torneo final "
    "gol goles título victoria triunfo navidad")
EVENT_SKIP = word_set("el la los las un una unos unas su sus este esta ayer hoy anoche también")
EVENT_STOPS = word_set("de del que en con por para a al sobre tras como")
EVENT_REACH = 4  # words: adjectives before the event noun (`la primera gran fiesta`)


TEMPORAL_DE = word_set("después luego")  # `después de`, `luego de` + infinitive


def clause_led(words, index: int) -> bool:
    """Tell whether the infinitive at index hangs from the clause's verb by a preposition that makes its subject the
    clause's (`se desmarcó al recalcar…`, `acudió para aclarar…`, `causó polémica tras afirmar…`, `lo dijo después de
    señalar…`): the one who did the main act said it."""
    before = words[index - 1] if index else ""
    return before in ("al", "para", "tras") or before == "de" and index >= 2 and words[index - 2] in TEMPORAL_DE


def reports_event_verb(words, index: int) -> bool:
    """Tell whether `celebrar` at index reports a stance (`celebró la sentencia`) rather than holds an event
    (`celebró una reunión`, `celebró su cumpleaños`); words are lower-case tokens. `celebró que…` is read apart."""
    if index and words[index - 1] == "se":
        return False  # `mientras se celebraban los Oscar`: a passive, held by no one who speaks
    for at, word in enumerate(words[index + 1:index + 5], index + 1):
        if word in EVENTS:
            return False
        if word not in EVENT_SKIP:
            return word.isalpha() and not _event_after(words, at)
    return False


def _event_after(words, start: int) -> bool:
    """Tell whether an event noun follows the adjectives that open an object (`la primera gran fiesta de…`), before a
    preposition, a conjunction or a mark ends the noun phrase (`la decisión del tribunal` is no event)."""
    for word in words[start:start + EVENT_REACH]:
        if word in EVENTS:
            return True
        if word in EVENT_STOPS or not word.isalpha():
            return False
    return False


# `se sumó a las críticas`, `se unió a las felicitaciones`: joining others' statements makes one (checked with `se`
# before and a noun of what is said after `a`: `se unió a la marcha`, `se sumó al equipo` report nothing).
JOINING = word_set("sumó sumaron suma suman sumaba sumado unió unieron une unen unía unido")
CHORUS = word_set("críticas felicitaciones condolencias llamados llamamientos peticiones voces exigencias denuncias "
                "reclamos elogios condenas pronunciamientos reproches quejas advertencias")


def joins_chorus(words, index: int) -> bool:
    """Tell whether a verb of joining at index joins others' statements (`se sumó a las críticas`); words are
    lower-case tokens."""
    return "se" in words[max(0, index - 3):index] and words[index + 1:index + 2] in (["a"], ["al"]) \
        and not CHORUS.isdisjoint(words[index + 2:index + 5])


# Verbs that report only with the words after them: `dejó claro`, `dio a conocer`, `salió al paso`,
# `habló de` (not `habló con`), `llamó a` and `convocó a` before what they urge (checked in reported.py).
PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {}
for _stems, _continuations in (
        (conjugated("dej", "ó a aba aron an ado"), (("claro",), ("en", "claro"), ("patente",), ("constancia",))),
        (["dio", "da", "daba", "dieron", "dan", "dado"], (("a", "conocer"),)),
        (["salió", "sale", "salieron", "salen", "salido"], (("al", "paso"),)),
        (conjugated("habl", "ó a aba aron an ado"), (("de",), ("del",), ("sobre",), ("acerca",))),
        (conjugated("llam convoc", "ó a aba aron an ado"), (("a",),)),
        (["cierra", "cerró", "cerraba", "cierran", "cerraron"], (("la", "puerta"),)),
        (conjugated("confi", "ó aba aron ado") + ("confía", "confían"), (("en", "que"),)),
        (["ofrece", "ofreció", "ofrecía", "ofrecen", "ofrecieron", "ofrecido"], (("a",), ("su",), ("disculpas",))),
        (["echó", "echa", "echaba", "echaron", "echan", "echado"], (("por", "delante"),)),
        (["tomó", "toma", "tomaba", "tomaron", "toman", "tomado"], (("la", "palabra", "para"), ("la", "palabra", ":"))),
        (["rompió", "rompe", "rompía", "rompieron", "rompen", "roto"], (("el", "silencio"), ("su", "silencio"))),
):
    for _form in _stems:
        PHRASES[_form] = _continuations
URGING = frozenset(form for form, continuations in PHRASES.items() if continuations == (("a",),))
# Infinitives that report only with the words after them, as their finite forms do: `quiso dejar claro que`,
# `acudió al programa para hablar sobre su infancia`, `llegó a dar a conocer`.
PHRASE_INFINITIVES = {"dejar": PHRASES["dejó"], "hablar": PHRASES["habló"], "dar": PHRASES["dio"]}


def phrase_infinitive(words, index: int) -> int:
    """Return how many words a reporting phrase with an infinitive at index takes (`dejar claro`: 2), else 0; words
    are lower-case tokens."""
    for frame in PHRASE_INFINITIVES.get(words[index], ()):
        if tuple(words[index + 1:index + 1 + len(frame)]) == frame:
            return 1 + len(frame)
    return 0


# Negated, these still report a stance (`no descartó`, `no cierra la puerta`, `no dudó en`); `no dijo` does not.
NEGATABLE = frozenset(
    form for form in SINGULAR | PLURAL | PARTICIPLES | frozenset(PHRASES)
    if form.startswith(("descart", "neg", "nieg", "dud", "ocult", "escatim", "cierr", "cerr", "cre", "consider",
                        "compart", "excluy", "oculta")))
# `…, agregando que`: a gerund after a comma reports with the subject of its clause; only the gerunds of
# verbs of saying (`garantizando el acceso`, `asegurando los controles` say nothing).
GERUNDS = word_set(
    "agregando añadiendo señalando explicando afirmando indicando destacando subrayando advirtiendo recordando "
    "alegando argumentando insistiendo diciendo precisando apuntando aclarando reconociendo admitiendo "
    "comentando declarando remarcando enfatizando puntualizando detallando acotando denunciando")
INTENSIFIERS = word_set("muy más algo bastante especialmente particularmente tan")
AUXILIARIES = word_set(
    "ha han había habían habría habrían haya hayan hubiera hubieran he hemos has habéis habíamos hubo")
CLITICS = word_set("se le les lo la los me nos")
NEGATIONS = word_set("no nunca tampoco ni")


def told(lower: list[str], start: int) -> bool:
    """Tell whether what follows a verb of telling is something told (`los secretos`, `detalles`, `cómo…`), not a
    count (`contó los votos`) or a means (`contó con apoyo`): `cómo`, or a noun of what is told within three
    words."""
    if lower[start:start + 1] == [","]:  # `ha contado, según anuncian, los secretos…`: past an aside
        close = next((i for i in range(start + 1, min(len(lower), start + 6)) if lower[i] == ","), None)
        start = close + 1 if close is not None else start
    words = lower[start:start + 4]
    return words[:1] == ["cómo"] or any(word in TOLD_NOUNS for word in words[:3]) \
        and all(word in TOLD or word in INTENSIFIERS or word == "más" for word in words[:next(
            i for i, word in enumerate(words) if word in TOLD_NOUNS)])
