"""Capitalised words that name a thing, not a person: works, prizes and events, firms, schools and programmes,
places, money, groups of people, and shops named in the English genitive.

A run of capitalised words (`Club de Cuervos`, `Rockport Analytics`, `Globos de Oro`, `The Daily Beast`,
`Cien Pesos`, `Jugadores de Chivas`) is no person when one of its words is the head of a body, a work or an
event, when it opens with an English function word or a spelled number, when it counts money, or when it
opens with a plural noun for people. A given name first (`Gaz Alazraki`, `Lady Gaga` is not one) is decided
elsewhere: these lists are only asked about runs that open with no given name.

The lists are closed classes (function words, numbers, currencies) or the heads of names of bodies and works
as Spanish and English news write them; surnames that are also such words (`Castillo`, `Sierra`, `Valle`,
`Torres`, `Cruz`, `Hall`, `Park`, `West`) are left out on purpose.

>>> names_thing(["Club", "de", "Cuervos"]), names_thing(["The", "Daily", "Beast"]), names_thing(["Gaz", "Alazraki"])
(True, True, False)
>>> names_thing(["Jugadores", "de", "Chivas"]), names_thing(["Reyes", "Heroles"]), names_thing(["Lady", "Gaga"])
(True, False, False)
>>> names_thing(["McDonald's"]), names_thing(["Sotheby’s"]), names_thing(["O'Neal"])
(True, True, False)
"""

from search.speakers import lexicon as lex
from search.text.word_sets import word_set

# Spanish heads of the names of bodies, works, prizes, events, teams and places (`Club de Cuervos`, `Premios Goya`,
# `Copa del Rey`, `Centro Médico Siglo XXI`, `Programa Sembrando Vida`, `Laboratorios Liomont`, `Real Sociedad`,
# `Península de Yucatán`), beside search.speakers.lexicon.ORGANISATION_WORDS.
SPANISH_HEADS = word_set(
    "club colegio escuela academia centro clínica sanatorio laboratorio observatorio premio premios globo globos "
    "copa liga torneo campeonato olimpiada olimpiadas juegos festival bienal certamen concurso trofeo medalla balón "
    "serie programa proyecto plan campaña iniciativa ley decreto reforma hotel restaurante catedral basílica "
    "santuario parroquia biblioteca galería foro cumbre exposición maratón derbi industrias laboratorios "
    "inmobiliaria constructora aseguradora financiera farmacéutica ediciones producciones hermanos noticias "
    "noticiero semanario radio televisión canal real atlético deportivo municipio provincia región distrito "
    "condado península golfo bahía laguna cerro volcán desierto playa carretera autopista")
# English heads of the names of firms, schools, media, works, events, teams and places (`Rockport Analytics`,
# `Imperial College London`, `US Bank Stadium`, `Imperial Research Program`, `Super Bowl`, `Kansas City`).
ENGLISH_HEADS = word_set(
    "college university institute school academy program programme research analytics bank stadium arena center "
    "centre foundation association society company corporation partners labs laboratory laboratories studios "
    "pictures entertainment productions records network channel magazine journal times herald tribune gazette "
    "daily weekly airways systems technologies solutions services consulting fund council committee commission "
    "agency department ministry league cup awards festival series show theater theatre museum hotel bowl prix open "
    "championship tour marathon llc ltd plc gmbh ventures investments energy pharma insurance financial global "
    "international digital software data health foods brands games music films broadcasting communications telecom "
    "mobile online racing sporting olympique united city county valley beach island islands springs heights hills "
    "avenue square boulevard")
# English function words that never open a person's name (`The Daily Beast`, `This is Us`, `Of Mice and Men`):
# the Snowball English stop list (snowballstem.org/algorithms/english/stop.txt, BSD), less the words that are
# Spanish too (`a`, `me`, `no`, `he`, `has`), a name or a surname (`will`, `an`, `do`) or a letter (`i`); and
# `new`, which opens the names of places (`New England`, `New Jersey`) and never a person's.
ENGLISH_OPENERS = word_set(
    "the this that these those my our ours your yours his her hers its their theirs we you they them what which "
    "who whom am is are was were be been being have had having does did doing and but if or because as "
    "until while of at by for with about against between into through during before after above below to from "
    "up down in out on off over under again further then once here there when where why how all any both each "
    "few more most other some such nor not only own same so than too very new")
# Spelled numbers (`Cien Pesos`, `Mil Millas`; not `dos`, a particle of surnames: `Dos Santos`) and currencies.
NUMBERS = word_set(
    "uno tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cuarenta cincuenta sesenta setenta "
    "ochenta noventa cien ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
    "ochocientos novecientos mil millón millones")
# Quantifiers that open a group of people, never a name (`Numerosas YouTubers de belleza`, `Decenas de Vecinos`).
QUANTIFIERS = word_set(
    "numerosos numerosas diversos diversas múltiples muchos muchas varios varias algunos algunas pocos pocas "
    "cientos miles decenas docenas centenares millares ciertos ciertas distintos distintas diferentes demás")
CURRENCIES = word_set("pesos dólares dólar euros euro libras yenes yuanes rublos bolívares")
# Nouns for a body that its name follows, maybe after an adjective (`la compañía estadounidense Apple`, `la agencia
# de noticias Yonhap`, `el diario Bild`).
BODY_NOUNS = word_set(
    "empresa empresas compañía firma marca cadena agencia diario periódico revista portal plataforma aerolínea "
    "operadora televisora calificadora consultora multinacional tecnológica fabricante distribuidora red banco "
    "grupo organización asociación sindicato fundación club equipo app aplicación medio emisora canal web cartera "
    "sitio")
# Their plurals, before the names of several bodies (`los portales X e Y`, `las empresas X y Z`).
BODY_PLURALS = frozenset(noun + ("s" if noun[-1] in "aeiouáéíóú" else "es") for noun in BODY_NOUNS) - BODY_NOUNS


# Nouns for a work, a body or a thing after which the document writes its name (`la miniserie Big Little Lies`, `la
# firma Rockport Analytics`, `la denominación Cien Pesos`): that name is no person's anywhere in it.
# Works, named by a title (`la novela "Canción de hielo y fuego"`, `la película «La vida»`).
WORKS = word_set("película filme cinta serie miniserie telenovela programa show documental novela libro obra disco "
               "álbum canción sencillo videojuego musical exposición saga")
THING_NOUNS = BODY_NOUNS | WORKS | word_set(
    "muestra campaña proyecto iniciativa torneo premio galardón "
    "hotel restaurante estadio festival gira denominación modelo banda partido coalición movimiento frente")
# Plural nouns for people that open the name of a group (`Jugadores de Chivas`, `Vecinos de Tlalpan`, `Padres de
# los 43`), beside the plurals of role nouns (`Diputados de Morena`, `Trabajadores del Metro`).
GROUPS = word_set(
    "aficionados vecinos padres madres abuelos abuelas hijos hijas niños niñas jóvenes mujeres hombres estudiantes "
    "alumnos empleados habitantes pacientes familias familiares migrantes manifestantes usuarios ciudadanos "
    "científicos investigadores médicos maestros docentes policías militares soldados campesinos agricultores "
    "indígenas víctimas fans seguidores integrantes miembros socios colectivos jubilados pensionados damnificados "
    "desplazados")
# Studies, polls and what they find: they speak as a document does, never as a person (`dice la encuesta`, `Los
# resultados mostraron que…`, `Las imágenes revelan un "cerebro unificado"`).
DOCUMENTS = word_set(
    "estudio estudios encuesta encuestas sondeo sondeos investigación investigaciones análisis reporte reportes "
    "resultados datos cifras hallazgos conclusiones exploraciones imágenes artículo publicación dictamen")
# Subjects that speak though they are no person: groups, bodies, documents and what they find (`dicen los expertos`,
# `informó la organización`, `señala el sondeo`).
SPEAKING_BODIES = word_set(
    "fuente fuentes autoridades expertos analistas medios testigos vecinos manifestantes funcionarios portavoces "
    "observadores residentes usuarios ciudadanos investigadores científicos organización organizaciones "
    "institución entidad organismo comunicado informe nota texto documento especialistas líderes legisladores "
    "diputados senadores partidos sindicatos empresas bancos") | DOCUMENTS
# What a person writes, makes or heads that says things in its turn (`los estudios del propio X, que decía…`, `las
# ideas de X, que afirmaban…`, `la campaña de X, que aseguró…`); not `la resolución de X, que le había dicho…`.
WRITINGS = SPEAKING_BODIES | THING_NOUNS | word_set(
    "trabajo trabajos idea ideas teoría teorías hipótesis obra obras libro libros texto textos carta cartas "
    "declaración declaraciones palabras discurso discursos mensaje mensajes escrito escritos verso versos poema "
    "poemas tesis propuesta propuestas equipo gobierno administración oficina despacho")
SHORTEST_ROLE = 5  # letters: the plural of a shorter role noun is a surname (`Reyes`, `Papas`)
# Endings of plural nouns of trade, allegiance or origin (`Taxistas`, `Pobladores`, `Porteños`, `Mexiquenses`);
# given names are asked about before these lists.
PLURAL_ENDINGS = ("istas", "dores", "doras", "eños", "eñas", "enses")
SHORTEST_PLURAL = 7


def plural_of_people(word: str) -> bool:
    """Tell whether a lower-case word is a plural noun for people (`jugadores`, `diputadas`, `vecinos`), not a
    surname that looks like one (`reyes`, `fuentes`)."""
    if word in GROUPS or len(word) >= SHORTEST_PLURAL and word.endswith(PLURAL_ENDINGS):
        return True
    if not word.endswith("s"):
        return False
    singulars = (word[:-2], word[:-1]) if word.endswith("es") else (word[:-1],)
    return any(len(singular) >= SHORTEST_ROLE and singular in lex.ROLE_CLASSES for singular in singulars)


HEADS = SPANISH_HEADS | ENGLISH_HEADS | CURRENCIES
# An English genitive closing a name makes it a shop's or a brand's, named after its owner (`McDonald's`, `Macy's`,
# `Sotheby's`): a person's own name never takes it in Spanish text.
GENITIVES = ("'s", "’s")
OPENERS = ENGLISH_OPENERS | NUMBERS | QUANTIFIERS


def names_thing(words: list[str], lowered: list[str] | None = None) -> bool:
    """Tell whether capitalised words name a thing or a group, as their words alone show (see the module); lowered
    are the words in lower case, if the caller has them."""
    lowered = lowered or [word.lower() for word in words]
    return lowered[0] in OPENERS or not HEADS.isdisjoint(lowered) or plural_of_people(lowered[0]) \
        or lowered[-1].endswith(GENITIVES)


def person_ending(noun: str) -> bool:
    """Tell whether a lower-case noun has the ending of a person's noun (search.speakers.lexicon.PERSON_ENDINGS:
    `escritora`, `periodista`, `tesorero`) and names no body (`la consultora`, `la cartera`)."""
    return noun.endswith(lex.PERSON_ENDINGS) and noun not in BODY_NOUNS
