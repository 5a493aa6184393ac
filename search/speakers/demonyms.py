"""Demonyms of the countries places.COUNTRIES lacks, for roles (`el presidente checo`) and for
descriptions (`el croata añadió`) alike: one table, so both read a nationality the same way.

Source: Ortografía de la lengua española (RAE and ASALE, 2010), appendix 5, "Países y capitales,
con sus gentilicios"; `estadunidense` as the Mexican press writes it.
"""

MORE_DEMONYMS = {
    "estadunidense": "eeuu", "inglés": "uk", "inglesa": "uk", "escocés": "uk", "escocesa": "uk", "galés": "uk",
    "galesa": "uk", "puertorriqueño": "puerto_rico", "puertorriqueña": "puerto_rico", "boricua": "puerto_rico",
    "croata": "croacia", "checo": "chequia", "checa": "chequia", "eslovaco": "eslovaquia", "eslovaca": "eslovaquia",
    "esloveno": "eslovenia", "eslovena": "eslovenia", "búlgaro": "bulgaria", "búlgara": "bulgaria",
    "lituano": "lituania", "lituana": "lituania", "letón": "letonia", "letona": "letonia", "estonio": "estonia",
    "islandés": "islandia", "islandesa": "islandia", "jamaicano": "jamaica", "jamaicana": "jamaica",
    "haitiano": "haiti", "haitiana": "haiti", "etíope": "etiopia", "senegalés": "senegal", "senegalesa": "senegal",
    "camerunés": "camerun", "camerunesa": "camerun", "ghanés": "ghana", "ghanesa": "ghana",
    "tailandés": "tailandia", "tailandesa": "tailandia", "malasio": "malasia",
    "neozelandés": "nueva_zelanda", "neozelandesa": "nueva_zelanda", "kazajo": "kazajistan", "kazaja": "kazajistan",
    "mongol": "mongolia", "mongola": "mongolia", "nepalí": "nepal", "chipriota": "chipre", "maltés": "malta",
    "maltesa": "malta", "luxemburgués": "luxemburgo", "luxemburguesa": "luxemburgo", "albanés": "albania",
    "albanesa": "albania", "bosnio": "bosnia", "macedonio": "macedonia",
    "montenegrino": "montenegro", "montenegrina": "montenegro", "moldavo": "moldavia", "jordano": "jordania",
    "jordana": "jordania", "kuwaití": "kuwait", "yemení": "yemen", "libio": "libia", "sudanés": "sudan",
    "sudanesa": "sudan", "somalí": "somalia", "ruandés": "ruanda", "ruandesa": "ruanda", "congoleño": "congo",
    "congoleña": "congo", "marfileño": "costa_marfil", "marfileña": "costa_marfil", "beliceño": "belice",
    "beliceña": "belice", "escandinavo": "escandinavia", "georgiana": "georgia",
    "azerbaiyana": "azerbaiyan", "uzbeko": "uzbekistan", "uzbeka": "uzbekistan",
    "birmano": "birmania", "birmana": "birmania", "camboyano": "camboya", "camboyana": "camboya",
    "singapurense": "singapur", "bangladesí": "banglades", "tanzano": "tanzania", "tanzana": "tanzania",
    "ugandés": "uganda", "ugandesa": "uganda", "angoleño": "angola", "angoleña": "angola",
    "mozambiqueño": "mozambique", "mozambiqueña": "mozambique", "trinitense": "trinidad",
}

# Demonyms of regions and cities, which news uses as a noun for the person it follows (`el tabasqueño insistió`, `el
# tapatío reconoció`, `la madrileña aseguró`), by country: Mexico's states and its largest cities, Spain's autonomous
# communities and largest cities, and the capitals and largest cities of Latin America and a few others. Masculine or
# invariable forms; the feminine is made from them.
# Sources: Diccionario panhispánico de dudas (RAE and ASALE, 2005), "gentilicio" and its appendix of place names;
# for Mexico, the Instituto Nacional para el Federalismo's state pages (`tabasqueño`, `quintanarroense`).
REGIONAL = {
    "mexico": "aguascalentense bajacaliforniano sudcaliforniano campechano chiapaneco chihuahuense coahuilense "
              "colimense duranguense guanajuatense guerrerense hidalguense jalisciense mexiquense michoacano "
              "morelense nayarita neoleonés nuevoleonés oaxaqueño poblano queretano quintanarroense potosino "
              "sinaloense sonorense tabasqueño tamaulipeco tlaxcalteca veracruzano yucateco zacatecano tapatío "
              "regiomontano chilango capitalino jarocho",
    "españa": "andaluz aragonés asturiano balear canario cántabro castellano manchego catalán extremeño gallego "
              "riojano madrileño murciano navarro vasco valenciano barcelonés sevillano malagueño bilbaíno zaragozano",
    "argentina": "porteño bonaerense cordobés rosarino mendocino", "colombia": "bogotano caleño paisa antioqueño "
    "barranquillero", "peru": "limeño", "venezuela": "caraqueño", "chile": "santiaguino", "ecuador": "quiteño "
    "guayaquileño", "bolivia": "paceño", "paraguay": "asunceno", "uruguay": "montevideano", "cuba": "habanero",
    "eeuu": "neoyorquino", "uk": "londinense", "francia": "parisino", "alemania": "berlinés", "rusia": "moscovita",
}


def _feminine(word: str) -> str | None:
    if word.endswith("o"):
        return word[:-1] + "a"
    for masculine, feminine in (("és", "esa"), ("án", "ana"), ("z", "za")):
        if word.endswith(masculine):
            return word[:-len(masculine)] + feminine
    return None  # `-ense`, `-ita`, `-eca`, `balear`: one form for both


# form -> (masculine form, country)
REGIONAL_DEMONYMS = {form: (word, country) for country, words in REGIONAL.items() for word in words.split()
                     for form in (word, _feminine(word)) if form}
