"""Word lists for reported speech: reporting verbs, roles, countries, words that are not names.

Given names are a data file of search.text (`given_names.txt`), which readers use too.
"""

from search.speakers.framed import (  # noqa: F401  (verbs in a fixed frame: framed.py; read here)
    FRAMED,
    FRAMED_OBJECTS,
    PUBLISHED,
    SHOWED_STATES,
    framed_object_after,
    framed_relative,
)
from search.speakers.medium import MEDIUM_INFINITIVES, MEDIUM_LEADS, medium_put_to_saying  # noqa: F401  (read here)
from search.speakers.opinions import (  # noqa: F401  (openers and stances: opinions.py; read here with the rest)
    ATTRIBUTION_OPENERS,
    CRITICAL,
    DATIVE_VIEWS,
    OPINION_NOUNS,
    OPINION_OPENERS,
    PLURAL_COPULAS,
    POSSESSIVE_OPENERS,
    SHOWING,
    STANCE_COMPLEMENTS,
    STANCE_COPULAS,
    STANCE_DEGREES,
    STANCE_ENDS,
    STANCE_LOCUTIONS,
    STANCES,
    STANCES_ALONE,
    STANCES_ANYWHERE,
)
from search.speakers.places import COUNTRIES, COUNTRY_NAMES, PLACES  # noqa: F401  (places.py; read here)
from search.speakers.verbs import (  # noqa: F401  (the reporting verbs: verbs.py; read here with the rest)
    A_LEADS,
    AFTER_QUOTE,
    AR,
    ATTACHED,
    AUXILIARIES,
    CLITICS,
    EMPHATIC,
    GERUNDS,
    INFINITIVE_LEADS,
    INFINITIVES,
    INTENSIFIERS,
    JOINING,
    NEEDS_QUE,
    NEGATABLE,
    NEGATIONS,
    NEWS_PASSIVES,
    PARTICIPLES,
    PASSIVE_AUXILIARIES,
    PASSIVES,
    PHRASE_INFINITIVES,
    PHRASES,
    PLURAL,
    REFLEXIVE,
    REFLEXIVE_HOMOGRAPHS,
    ROLE_PARTICIPLES,
    SINGULAR,
    URGING,
    clause_led,
    joins_chorus,
    phrase_infinitive,
    reports_event_verb,
)
from search.text import names
from search.text.word_sets import word_set

# Role nouns, mapped to a class so that `el mandatario` finds `el presidente`.
ROLE_CLASSES = {
    "presidente": "presidente", "presidenta": "presidente", "mandatario": "presidente", "mandataria": "presidente",
    "canciller": "canciller", "ministro": "ministro", "ministra": "ministro", "titular": "titular",
    "abanderado": "candidato", "abanderada": "candidato", "aspirante": "candidato", "precandidato": "candidato",
    "precandidata": "candidato",
    "portavoz": "portavoz", "vocero": "portavoz", "vocera": "portavoz", "premier": "jefe_gobierno",
    "secretario": "secretario", "secretaria": "secretario", "subsecretario": "secretario",
    "subsecretaria": "secretario",
    "director": "director", "directora": "director", "gobernador": "gobernador", "gobernadora": "gobernador",
    "alcalde": "alcalde", "alcaldesa": "alcalde", "fiscal": "fiscal", "juez": "juez", "jueza": "juez",
    "embajador": "embajador", "embajadora": "embajador", "senador": "senador", "senadora": "senador",
    "diputado": "diputado", "diputada": "diputado", "líder": "lider", "dirigente": "lider", "jefe": "jefe",
    "jefa": "jefe", "representante": "representante", "defensor": "defensor", "defensora": "defensor",
    "consejero": "consejero", "consejera": "consejero", "vicepresidente": "vicepresidente",
    "vicepresidenta": "vicepresidente", "rey": "rey", "reina": "rey", "papa": "papa", "pontífice": "papa",
    "analista": "experto", "experto": "experto", "experta": "experto", "economista": "experto",
    "abogado": "abogado", "abogada": "abogado", "candidato": "candidato", "candidata": "candidato",
    "comisario": "comisario", "comisaria": "comisario", "delegado": "delegado", "delegada": "delegado",
    "homólogo": "homologo", "homóloga": "homologo", "rival": "rival", "coordinador": "director",
    "coordinadora": "director", "comisionado": "director", "comisionada": "director", "enviado": "enviado",
    "enviada": "enviado", "negociador": "negociador", "negociadora": "negociador", "profesor": "experto",
    "profesora": "experto", "investigador": "experto", "investigadora": "experto", "doctor": "titulo",
    "doctora": "titulo", "señor": "titulo", "señora": "titulo", "general": "general", "almirante": "general",
    "primer": "jefe_gobierno", "primera": "jefe_gobierno", "alto": "representante", "alta": "representante",
    "politólogo": "experto", "politóloga": "experto", "sociólogo": "experto", "socióloga": "experto",
    "catedrático": "experto", "catedrática": "experto", "entrenador": "entrenador", "entrenadora": "entrenador",
    "técnico": "entrenador", "técnica": "entrenador", "seleccionador": "entrenador", "seleccionadora": "entrenador",
    "estratega": "entrenador", "dt": "entrenador",  # `el DT`: the director técnico of the Latin American press
    "magistrado": "juez", "magistrada": "juez", "eurodiputado": "diputado", "eurodiputada": "diputado",
    "congresista": "diputado", "legislador": "diputado", "legisladora": "diputado", "asesor": "asesor",
    "asesora": "asesor", "hidrólogo": "experto", "hidróloga": "experto", "epidemiólogo": "experto",
    "epidemióloga": "experto", "sindicalista": "lider", "jurista": "experto", "historiador": "experto",
    "historiadora": "experto", "ingeniero": "experto", "ingeniera": "experto", "científico": "experto",
    "científica": "experto", "médico": "experto", "médica": "experto", "psicólogo": "experto", "psicóloga": "experto",
    "rector": "rector", "rectora": "rector", "decano": "rector", "decana": "rector",
    # business roles: `el directivo`, `el gerente`, `el número dos` (see people.parse_role); `ejecutivo` only
    # ranked (`el segundo ejecutivo`, see EXECUTIVES): `el Ejecutivo` is the government
    "directivo": "directivo", "gerente": "directivo", "número": "directivo",
    "procurador": "fiscal", "procuradora": "fiscal", "subprocurador": "fiscal", "subprocuradora": "fiscal",
    # the press of Latin America: `el galeno` (DLE: "médico"), `el edil` (DLE: "concejal"; in Mexico and Peru the
    # mayor, see ROLE_ALIASES; `la edil` as `la portavoz`), `el asambleísta` (a member of an assembly: Ecuador's, a
    # state's). Not `concejal` or `regidor`: a councillor is often introduced by a trade too (`este profesor`,
    # tests/speakers/test_demonstrative_nearest.py), and an office would keep the trade from finding them
    # (`el infectólogo`, `la viróloga`: trades by their ending, search.speakers.descriptions.SPECIALIST_ENDINGS)
    "galeno": "experto", "galena": "experto", "edil": "edil", "burgomaestre": "alcalde", "parlamentario": "diputado",
    "parlamentaria": "diputado", "asambleísta": "diputado",
    # the press of Chile: `el persecutor` (the prosecutor), `la seremi` (a ministry's regional secretary); `la
    # autoridad` is read in news only (search.speakers.noun_phrases: a novel's `con inusitada autoridad` is no one)
    "persecutor": "fiscal", "persecutora": "fiscal", "seremi": "seremi",
}
# Nouns for a person that name no office (`el funcionario`, `la banquera`, `la entrevistada`): a role of the
# class `persona`, which stands for the person being followed when no one has it.
ROLE_CLASSES.update(dict.fromkeys(
    "funcionario funcionaria banquero banquera empresario empresaria cantante actor actriz artista escritor "
    "escritora periodista comunicador comunicadora activista deportista jugador jugadora futbolista atleta "
    "entrevistado entrevistada trabajador trabajadora servidor servidora letrado letrada especialista político "
    "política dirigente militante religioso religiosa sacerdote obispo arzobispo cardenal científico científica "
    "empresaria líder hombre mujer joven muchacho muchacha anciano anciana autor autora luchador luchadora "
    "compositor compositora pintor pintora cantautor cantautora poeta poetisa presentador presentadora conductor "
    "conductora productor productora diseñador diseñadora terapeuta psicoterapeuta corresponsal reportero "
    "reportera fotógrafo fotógrafa dibujante reverendo reverenda pastor pastora rabino imán tenista ciclista golfista "
    "nadador nadadora boxeador boxeadora piloto bailarín bailarina humorista comediante rapero rapera intérprete "
    "famoso famosa celebridad "
    # trades the press writes before a name, capitalised as a title too (`dijo la Chef Betty`, `la youtuber Ana`)
    # (not `cocinera`, `enfermera`: a novel's servants, met by their trade only, are no one the text names)
    "chef youtuber youtubera influencer tiktoker streamer bloguero bloguera".split(), "persona"))
# `la misma famosa`: a person known to the public
ROLE_CLASSES.update(dict.fromkeys(  # scholars and writers of the past, as the press introduces them
    "geógrafo geógrafa filósofo filósofa astrónomo astrónoma naturalista cronista dramaturgo dramaturga novelista "
    "arqueólogo arqueóloga vulcanólogo vulcanóloga biólogo bióloga".split(), "experto"))
ROLE_CLASSES.update({"dirigente": "lider", "líder": "lider", "científico": "experto", "científica": "experto",
                     "responsable": "director"})  # `el responsable de estrategia`: who heads it
# Feminine role nouns and their masculine forms, so that `el mandatario` never finds `la presidenta`.
FEMININE = frozenset(word for word in ROLE_CLASSES if word.endswith("a") and any(
    form in ROLE_CLASSES for form in (word[:-1], word[:-1] + "o", word[:-1] + "e", word[:-3] + "e"))) \
    | {"reina", "actriz"}
MASCULINE = frozenset(word for word in ROLE_CLASSES if word not in FEMININE and (
    word + "a" in FEMININE or word[:-1] + "a" in FEMININE or word[:-1] + "esa" in FEMININE)) | {"rey"}
EXECUTIVES = frozenset({"ejecutivo", "ejecutiva"})  # a role after a rank: `el máximo ejecutivo`, `la segunda ejecutiva`
EXECUTIVE_RANKS = frozenset("máximo máxima segundo segunda tercer tercera".split())
# Classes that a head noun may refer to beyond its own: `el líder ucraniano` may be the president.
ROLE_ALIASES = {
    "lider": None, "ministro": {"ministro", "canciller", "titular"}, "jefe": None, "presidente": {"presidente"},
    # `el titular del organismo` heads a ministry, an agency or a secretariat: `el director` may be the same person
    "titular": {"titular", "ministro", "canciller", "director", "secretario"}, "director": {"director", "titular"},
    "secretario": {"secretario", "titular"}, "edil": {"edil", "alcalde"},
    "jefe_gobierno": {"jefe_gobierno"},
    # `el segundo ejecutivo del banco` may be its chief executive (`consejero delegado`), director or chairman
    "directivo": {"directivo", "consejero", "director", "presidente", "vicepresidente"},
}
# `la autoridad` (`señaló la autoridad regional`) stands for the person followed if they hold a public office: a
# minister, a mayor, a prosecutor, an officer; not an expert, a lawyer or a party's leader
ROLE_ALIASES["autoridad"] = {
    "autoridad", "presidente", "canciller", "ministro", "titular", "portavoz", "jefe_gobierno", "secretario",
    "director", "gobernador", "alcalde", "edil", "fiscal", "juez", "embajador", "senador", "diputado", "comisario",
    "delegado", "vicepresidente", "general", "seremi", "rector"}
FOREIGN_WORDS = word_set("exteriores exterior diplomacia cancillería")
# Nouns of a person that say what the one followed is, not an office the text gives someone: bare (`dice el
# experto`), they point at the person followed as a demonstrative does (`este experto`); `el catedrático` names the
# one the text called so.
GENERIC_EXPERTS = word_set("experto experta especialista")
ROLE_FILLER = word_set(
    "de del la las los el y para en general adjunto adjunta permanente electo electa saliente interino interina "
    "ante jefe jefa alto alta organismo entidad institución dependencia"  # `el titular del organismo`: any body
)

ORGANISATION_WORDS = word_set(
    "gobierno ministerio consejo comisión partido banco fondo organización congreso senado cámara tribunal "
    "corte fiscalía policía ejército kremlin pentágono moncloa elíseo vaticano secretaría cancillería "
    "departamento agencia instituto universidad asamblea parlamento república federación reino unión unidas "
    "unidos estados casa blanca rosada nacional federal central mundial internacional europea europeo "
    "presidencia ejecutivo oficina dirección servicio empresa grupo compañía asociación sindicato hospital "
    "embajada alianza otan onu oms fmi efe xinhua reuters afp europa press nhk cnn bbc fox twitter facebook "
    "defensoría procuraduría cruz roja comité coalición frente movimiento junta cadena diario periódico "
    "ayuntamiento generalitat xunta audiencia supremo constitucional tesoro reserva bolsa mercado ibex "
    "plaza calle avenida puerto aeropuerto estación palacio sede museo teatro estadio jefatura delegación "
    "subdelegación comisaría guardia fundación consulado "
    # streets and areas of a city (`Paseo de la Reforma`, `Área Metropolitana`), agencies and company words
    "paseo área metropolitana colonia barrio bulevar calzada glorieta parque zona notimex dpa ansa tass télam "
    "sputnik group comics media news inc corp motors airlines holdings editorial revista emisora televisora "
    "discográfica aerolínea automotriz calificadora tv ap jazeera qaeda arabiya shabab"
)
# Firms that Spanish-language news names alone as the subject of what they announce (`Microsoft ha confirmado que…`,
# `según Pemex`), as a name's first word only (after a given name, a surname: `Evelina Apple`): the most cited
# technology, telecommunications, energy, transport, pharmaceutical, retail and banking firms of Spain, Mexico and the
# world (Interbrand Best Global Brands, Fortune Global 500, the IBEX 35 and the BMV's IPC), less those named after a
# person (`Ford`, `Dell`, `Disney`, `Tesla`, `Honda`, `Renault`, `Roche`), a given name (`Zara`, `Mercedes`) or a
# common word (`Total`, `Moderna`, `Orange`, `Meta`, `Visa`).
FIRMS = word_set(
    "apple microsoft google alphabet amazon netflix samsung huawei xiaomi intel nvidia oracle nintendo sony "
    "instagram whatsapp youtube tiktok spotify uber airbnb paypal ebay yahoo linkedin snapchat telegram alibaba "
    "tencent telefónica movistar vodafone telmex telcel iberdrola repsol endesa naturgy pemex petrobras shell "
    "chevron exxonmobil gazprom aramco televisa walmart inditex mercadona bimbo cemex femsa oxxo banorte banamex "
    "citibanamex bancomer bankia caixabank mapfre nike adidas nestlé unilever danone pfizer astrazeneca novartis "
    "sanofi boeing airbus volkswagen toyota nissan iberia aeroméxico ryanair vueling avianca")
# Bodies' and places' words that are frequent surnames too (INE, apellidos más frecuentes)
SURNAMES_TOO = word_set("cruz plaza palacio guardia calle puerto mercado")
# Parties named by one word in mixed case (acronyms in capitals are no names anyway): bodies, never people.
PARTIES = word_set("podemos vox sumar junts bildu morena ciudadanos compromís chunta coalició")
# Bodies of Chile that its press names by one word in mixed case, as the subject of what they report (`Carabineros
# confirmó…`, `según Senapred`, `sentenció Cencosud`): the police, the prison service, the firemen, the comptroller,
# the emergency, forest and consumer services, ministries by their short names (the Gobierno de Chile's directory of
# public services), state and utility firms, the largest retailers and the pollsters. Bodies, never people, as a
# name of that one word (`Fono Familia de Carabineros` is read as the run it is).
LONE_BODIES = word_set(
    "carabineros gendarmería bomberos contraloría senapred onemi conaf sernac serviu senda sename junaeb fonasa "
    "minsal minagri mineduc minvu mideso segegob segpres codelco enap enel cencosud falabella entel copec cadem")
# A ministry named by its bare domain, capitalised (`Hacienda comunicó`, `según Interior`): an institution; in lower
# case these are common words (`el trabajo digno`).
MINISTRY_DOMAINS = word_set(
    "hacienda economía sanidad interior exteriores defensa justicia educación trabajo cultura igualdad agricultura "
    "industria transportes fomento vivienda gobernación energía comercio turismo inclusión migraciones consumo")
# The interrogatives and exclamatives, written with their accent (RAE, Ortografía 2010, 3.4.2.3.2): a closed class
# of the grammar, never a person's name wherever they stand (`(¿Cuántas veces se habla de X?)`).
INTERROGATIVES = word_set("qué quién quiénes cuál cuáles cuánto cuánta cuántos cuántas cómo dónde adónde cuándo")
# Capitalised words that open a sentence or a line of dialogue without being a name (`Recientemente Tomás
# Vidal`, `—Vamos —dijo`); adverbs in -mente are caught by their ending.
NOT_NAME_STARTS = INTERROGATIVES | word_set(
    "ahora anoche antes apenas aquí allí allá ahí acaso además aun aún bueno claro cierto con esto eso todo "
    "nada nadie algo alguien vamos vaya venga mira mire oye oiga anda calla dime dígame toma ven ve espera "
    "gracias adiós perdón hola sí no jamás nunca "
    "quizás quizá acaso tal ojalá basta bien mal pues luego entonces recién tampoco tras durante según "
    "hoy ayer mañana primero segundo tercero últimamente después mientras dios señor señora viva arriba abajo "
    "entretanto enseguida pronto todavía siquiera conque siempre casi solo sólo demasiado demasiados demasiadas "
    "bastante bastantes cualquier cualquiera ninguno pocas varios cuantos tantos tantas mucha poca mismo misma "
    "cierta ciertos ciertas incluso hasta"
)
# Endings of opening words that are no names: adverbs, verbs in the past (`Asintió Benina`, `Contestó Juan`),
# gerunds (`Hablando Sotileza`) and verbs with an enclitic (`Sometióse`); given names come first (`Fernando`).
# `Irguiose`, `Volviole`: an old preterite with its pronoun, often written without its accent
NOT_NAME_ENDINGS = ("mente", "ó", "ando", "iendo", "óse", "óle", "óles", "iose", "iole", "ábase", "íase", "ándose",
                    "éndose", "aba", "aban")
# Label words that name nobody (`Nota:`, `Conclusión:`), folded.
LABEL_NOT_NAMES = word_set(
    "nota importante atencion actualizacion ultima hora foto fotos video fuente fuentes titulo resumen "
    "contexto aviso advertencia lugar fecha tema temas asunto objetivo conclusion conclusiones capitulo "
    "parte ejemplo pie firma posdata ps nb anexo indice prologo epilogo introduccion entrevista cronica "
    "opinion editorial analisis reportaje comunicado declaracion exclusiva directo urgente ultimo")
# Endings of nouns that name a person by what they do, where they come from or whom they follow: agents (`fundador`,
# `asesora`, `representante`, `presidente`), trades and origins (`ingeniero`, `enfermera`, `tabasqueño`,
# `mexiquense`), allegiances and sciences (`sindicalista`, `epidemióloga`). One definition for every reader that
# asks whether a noun may be a person's (search.speakers.focus_lines, search.speakers.voices).
PERSON_ENDINGS = ("dor", "dora", "sor", "sora", "nte", "ista", "ero", "era", "eño", "eña", "ense", "ólogo", "óloga")
# Endings of abstract and institutional nouns (`Seguridad Social`, `Migraciones`, `Emergencias`), never of a name.
INSTITUTION_ENDINGS = ("ción", "ciones", "dad", "dades", "encia", "encias", "ismo")
GIVEN_NAMES = names.GIVEN_NAMES
MONTHS_DAYS = word_set(
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "lunes martes miércoles jueves viernes sábado domingo navidad semana santa"
)
# Parts of a day and spans of time that `este`/`esta` make an adjunct of time (`dijo esta mañana X`).
DAY_PARTS = word_set("mañana tarde noche madrugada mediodía semana")
FUNCTION_WORDS = word_set(
    "el la los las lo un una unos unas y e o u ni pero sino aunque porque que quien quienes cual cuales cuyo cuya "
    "en de del al a ante bajo con contra desde durante entre hacia hasta mediante para por según sin sobre "
    "tras como cuando donde mientras si no sí ya también además asimismo incluso hoy ayer mañana luego "
    "después antes este esta estos estas ese esa esos esas aquel aquella su sus mi mis tu nuestro nuestra "
    "él ella ellos ellas yo nosotros usted ustedes ambos ambas todos todas otro otra otros otras cada "
    "varios varias muchos muchas pocos algunos algunas ningún ninguna por eso así entonces pues bien "
    "sin embargo finalmente igualmente posteriormente primero más menos muy tan tanto qué cómo cuándo dónde "
    "se le les me nos te ha han había hay fue era es son está están será fueron "
    "fuentes autoridades expertos analistas medios testigos vecinos manifestantes funcionarios "
    "portavoces observadores críticos residentes usuarios ciudadanos investigadores científicos"
)
GOVERNING = word_set("con a al de del en para por ante contra entre hacia sobre tras sin desde según mediante")
DETERMINERS = word_set("el la los las su sus un una este esta ese esa")
INDEFINITE = word_set("un una unos unas varios varias algunos algunas otro otra")
NP_STOPS = word_set(
    "en ante durante tras con desde a al que y e o quien quienes cuyo cuya donde cuando mientras tras "
    "visiblemente según sobre mediante hoy ayer este esta no se le les lo me nos es fue era está estaba estuvo "
    "será sigue siguió parece pareció"
) | MONTHS_DAYS | AUXILIARIES
# The pronouns and possessives of the first person, singular and plural: someone speaking, not a narrator
# (interviews' answers, quotes' spoken lines and record_notes' dash lines add their other words to them).
FIRST_PERSON_WORDS = word_set("yo me mi mis conmigo nos nosotros nosotras nuestro nuestra nuestros nuestras")
# The copula `ser` in the third person singular, before what a person is predicated to be (`X es una de las…`,
# `Fue la ministra quien…`, `La reacción de X fue…`): partitives, subject_slots' clefts and stance_nouns add to it.
SINGULAR_COPULAS = word_set("es era fue será sería")
EMPTY_SUBJECT = word_set(
    "asimismo además también luego después igualmente finalmente posteriormente incluso entonces así "
    "por su parte otra otro lado en ese este sentido hoy ayer más adelante tarde no se le les lo la me nos "
    "ha han había habían habría ya él ella y e pero aunque al respecto igual modo manera mismo tiempo "
    "sin embargo pues además ello eso esto siempre reiteradamente públicamente "
    # adverbs of place and time that open a sentence (`Allí aseguró que…`, `Ahora pide…`, `Acto seguido, añadió…`)
    "allí aquí ahí allá acá ahora acto seguido inmediatamente"
)
RIGHT_SKIP = word_set("hoy ayer anoche anteayer entonces ahora también además luego después incluso posteriormente "
                   "asimismo igualmente finalmente nuevamente recientemente")
ABBREVIATIONS = word_set("sr sra srta dr dra lic ing gral etc ee uu núm art pág vol av dña d sres")
# Verbs of naming or defining (`X definió el plan como «un desastre»`, `lo que X denomina «…»`): a statement only
# with the quoted name they give (search.speakers.reporting.reports); `define la estrategia` reports nothing.
NAMING = word_set("define definió definía definen definieron cataloga catalogó catalogaba catalogan catalogaron "
                "denomina denominó denominaba denominan denominaron bautiza bautizó bautizaron")

