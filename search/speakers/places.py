"""Places for reported speech: countries and regions with their demonyms (`ruso` is Russia's), the world's
sovereign states, and capitals and other places a text names; none of them is a person (`Malta asegura que…`).

>>> COUNTRIES["rusa"], "malta" in COUNTRY_NAMES, "bruselas" in PLACES
('rusia', True, True)
"""

from search.speakers.demonyms import MORE_DEMONYMS
from search.text.word_sets import word_set

COUNTRIES = {
    "china": "china", "chino": "china", "chinos": "china", "chinas": "china",
    "rusia": "rusia", "ruso": "rusia", "rusa": "rusia", "rusos": "rusia", "rusas": "rusia", "kremlin": "rusia",
    "estados unidos": "eeuu", "eeuu": "eeuu", "ee.uu": "eeuu", "estadounidense": "eeuu", "estadounidenses": "eeuu",
    "norteamericano": "eeuu", "norteamericana": "eeuu", "españa": "españa", "español": "españa", "española": "españa",
    "francia": "francia", "francés": "francia", "francesa": "francia", "alemania": "alemania", "alemán": "alemania",
    "alemana": "alemania", "italia": "italia", "italiano": "italia", "italiana": "italia", "reino unido": "uk",
    "británico": "uk", "británica": "uk", "japón": "japon", "japonés": "japon", "japonesa": "japon",
    "méxico": "mexico", "mexicano": "mexico", "mexicana": "mexico", "argentina": "argentina",
    "argentino": "argentina", "brasil": "brasil", "brasileño": "brasil", "brasileña": "brasil", "chile": "chile",
    "chileno": "chile", "chilena": "chile", "perú": "peru", "peruano": "peru", "peruana": "peru",
    "colombia": "colombia", "colombiano": "colombia", "colombiana": "colombia", "venezuela": "venezuela",
    "venezolano": "venezuela", "venezolana": "venezuela", "cuba": "cuba", "cubano": "cuba", "cubana": "cuba",
    "ucrania": "ucrania", "ucraniano": "ucrania", "ucraniana": "ucrania", "irán": "iran", "iraní": "iran",
    "israel": "israel", "israelí": "israel", "india": "india", "indio": "india", "turquía": "turquia",
    "turco": "turquia", "turca": "turquia", "corea del sur": "corea_sur", "surcoreano": "corea_sur",
    "surcoreana": "corea_sur", "corea del norte": "corea_norte", "norcoreano": "corea_norte",
    "norcoreana": "corea_norte", "portugal": "portugal", "portugués": "portugal", "portuguesa": "portugal",
    "bolivia": "bolivia", "boliviano": "bolivia", "boliviana": "bolivia", "ecuador": "ecuador",
    "ecuatoriano": "ecuador", "ecuatoriana": "ecuador", "uruguay": "uruguay", "uruguayo": "uruguay",
    "uruguaya": "uruguay", "paraguay": "paraguay", "paraguayo": "paraguay", "paraguaya": "paraguay",
    "canadá": "canada", "canadiense": "canada", "australia": "australia", "australiano": "australia",
    "polonia": "polonia", "polaco": "polonia", "polaca": "polonia", "grecia": "grecia", "griego": "grecia",
    "griega": "grecia", "egipto": "egipto", "egipcio": "egipto", "egipcia": "egipto", "pakistán": "pakistan",
    "paquistaní": "pakistan", "siria": "siria", "sirio": "siria", "nicaragua": "nicaragua",
    "nicaragüense": "nicaragua", "honduras": "honduras", "hondureño": "honduras", "hondureña": "honduras",
    "guatemala": "guatemala", "guatemalteco": "guatemala", "guatemalteca": "guatemala", "panamá": "panama",
    "panameño": "panama", "panameña": "panama", "vietnam": "vietnam", "vietnamita": "vietnam",
    "sudáfrica": "sudafrica", "sudafricano": "sudafrica", "sudafricana": "sudafrica", "hungría": "hungria",
    "húngaro": "hungria", "húngara": "hungria", "arabia saudí": "arabia", "saudí": "arabia",
    "nipón": "japon", "nipona": "japon", "catar": "catar", "qatar": "catar", "catarí": "catar", "qatarí": "catar",
    "palestino": "palestina", "palestina": "palestina", "líbano": "libano", "libanés": "libano", "libanesa": "libano",
    "marruecos": "marruecos", "marroquí": "marruecos", "argelia": "argelia", "argelino": "argelia",
    "argelina": "argelia", "túnez": "tunez", "tunecino": "tunez", "tunecina": "tunez", "kenia": "kenia",
    "keniano": "kenia", "keniana": "kenia", "nigeria": "nigeria", "nigeriano": "nigeria", "nigeriana": "nigeria",
    "irak": "irak", "iraquí": "irak", "afganistán": "afganistan", "afgano": "afganistan", "afgana": "afganistan",
    "países bajos": "holanda", "neerlandés": "holanda", "neerlandesa": "holanda", "holandés": "holanda",
    "holandesa": "holanda", "bélgica": "belgica", "belga": "belgica", "suecia": "suecia", "sueco": "suecia",
    "sueca": "suecia", "noruega": "noruega", "noruego": "noruega", "finlandia": "finlandia",
    "finlandés": "finlandia", "finlandesa": "finlandia", "dinamarca": "dinamarca", "danés": "dinamarca",
    "danesa": "dinamarca", "austria": "austria", "austriaco": "austria", "austriaca": "austria", "suiza": "suiza",
    "suizo": "suiza", "rumanía": "rumania", "rumano": "rumania", "rumana": "rumania", "serbia": "serbia",
    "serbio": "serbia", "irlanda": "irlanda", "irlandés": "irlanda", "irlandesa": "irlanda",
    "indonesia": "indonesia", "indonesio": "indonesia", "filipinas": "filipinas", "filipino": "filipinas",
    "filipina": "filipinas", "taiwanés": "taiwan", "taiwanesa": "taiwan", "emiratí": "emiratos",
    "dominicano": "dominicana", "dominicana": "dominicana", "salvadoreño": "salvador", "salvadoreña": "salvador",
    "costarricense": "costa_rica", "costa rica": "costa_rica", "bielorruso": "bielorrusia",
    "bielorrusa": "bielorrusia", "bielorrusia": "bielorrusia", "georgiano": "georgia", "armenio": "armenia",
    "azerbaiyano": "azerbaiyan", "unión europea": "ue", "ue": "ue", "europeo": "ue", "europea": "ue",
    "comunitario": "ue", "comunitaria": "ue", "madrileño": "madrid", "madrileña": "madrid",
    "catalán": "cataluña", "catalana": "cataluña", "andaluz": "andalucia", "andaluza": "andalucia",
    "gallego": "galicia", "gallega": "galicia", "vasco": "pais_vasco", "vasca": "pais_vasco",
    "valenciano": "valencia", "valenciana": "valencia", "canario": "canarias", "canaria": "canarias",
}
COUNTRIES |= MORE_DEMONYMS  # the Ortografía's demonyms (demonyms.py)

# The world's sovereign states by their usual Spanish names (those not in COUNTRIES above): a country is a
# place that may "say" something through its government, never a person (`Malta asegura que…`).
COUNTRY_NAMES = word_set(
    "afganistán albania andorra angola armenia azerbaiyán bahamas bangladés barbados baréin belice benín birmania "
    "myanmar botsuana bosnia brunéi bulgaria burundi bután camboya camerún chad chipre comoras congo croacia "
    "eritrea eslovaquia eslovenia estonia esuatini etiopía fiyi gabón gambia georgia ghana granada guinea "
    "guinea-bisáu guyana haití islandia jamaica jordania kazajistán kirguistán kiribati kosovo kuwait laos lesoto "
    "letonia liberia libia liechtenstein lituania madagascar malasia malaui maldivas malí malta mauricio "
    "mauritania micronesia moldavia mónaco mongolia montenegro mozambique namibia nauru nepal níger omán palaos "
    "chequia ruanda samoa senegal seychelles singapur somalia sudán surinam tailandia tanzania tayikistán togo "
    "tonga turkmenistán tuvalu uganda uzbekistán vanuatu yemen yibuti zambia zimbabue escocia gales inglaterra "
    "groenlandia "
    # spellings the press keeps beside the Ortografía's (Fundéu: `Baréin, mejor que Bahréin`; `Irak` or `Iraq`)
    "bahréin bahrein iraq kenya belarús"
) | frozenset(
    "arabia saudita|bosnia y herzegovina|burkina faso|cabo verde|costa de marfil|el salvador|emiratos árabes "
    "unidos|guinea ecuatorial|islas marshall|islas salomón|macedonia del norte|nueva zelanda|papúa nueva guinea|"
    "república checa|república dominicana|san marino|santa lucía|sierra leona|sri lanka|sudán del sur|"
    "timor oriental|trinidad y tobago|puerto rico|corea del norte|corea del sur|reino unido|países bajos|"
    "república democrática del congo|antigua y barbuda".split("|"))
PLACES = COUNTRY_NAMES | word_set(
    "moscú pekín beijing washington madrid parís berlín londres roma tokio kiev kyiv bruselas ginebra "
    "caracas bogotá lima quito santiago buenos aires montevideo asunción brasilia méxico ciudad habana "
    "teherán jerusalén damasco ankara nueva york delhi seúl pyongyang taipéi taiwán hong kong shanghái "
    "varsovia viena atenas lisboa barcelona valencia sevilla texas florida california europa asia áfrica "
    "américa oriente medio occidente uvalde bilbao oslo estocolmo dublín ottawa canberra el cairo "
    "managua tegucigalpa panamá sucre guadalajara monterrey gaza cisjordania crimea donbás járkov odesa "
    "estrasburgo luxemburgo davos naciones unidas latinoamérica iberoamérica"
) | frozenset(COUNTRIES)
