"""Demonyms of the countries lexicon.COUNTRIES lacked, for roles (`el presidente checo`) and for
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
