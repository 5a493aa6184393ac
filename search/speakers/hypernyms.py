"""Nouns for a person that cover others: `la artista` may be the singer or the actress met before, `el deportista`
the tennis player, `la famosa` anyone the public knows.

Each noun covers the nouns of its definition in the Diccionario de la lengua española (https://dle.rae.es):
`artista` "persona que ejercita alguna arte bella" or "que actúa profesionalmente en un espectáculo", `deportista`
"persona que practica algún deporte", `intérprete` "artista que ejecuta una obra musical, o que canta o actúa";
`famoso`, `celebridad` and `estrella` cover any person. The nouns are in their folded masculine form, as
search.speakers.people.parse_role keeps them (`actriz` stays `actriz`).

>>> sorted(shared(frozenset({"artista"}), frozenset({"cantante"})))
['cantante']
>>> shared(frozenset({"deportista"}), frozenset({"cantante"}))
frozenset()
>>> sorted(shared(frozenset({"priista"}), frozenset({"nacional", "pri"})))
['pri']
>>> shared(frozenset({"periodista"}), frozenset({"periodico"}))
frozenset()
"""

ANYONE = frozenset({"famoso", "celebridad", "estrella"})
ARTS = frozenset("cantante actor actriz cantautor compositor pintor escritor poeta poetisa dibujante fotografo "
                 "bailarin humorista comediante rapero interprete productor director".split())
SPORTS = frozenset("jugador futbolista tenista atleta ciclista golfista nadador boxeador piloto luchador "
                   "entrenador".split())
COVERS = {"artista": ARTS, "interprete": frozenset("cantante actor actriz cantautor rapero".split()),
          "deportista": SPORTS, "atleta": SPORTS}


ADHERENT = ("ista", "istas")  # `priísta`, `panistas`, `morenista`, `chavista`: of the party or the leader named
STEM = 3  # the shortest name an adherent's adjective is made from (`PRI`, `PAN`)
STEM_TAIL = 2  # letters the name may have beyond the adjective's stem (`morena` from `morenista`, `Chávez`)


def shared(asked: frozenset, known: frozenset) -> frozenset:
    """Return the words of a known role's qualifiers that the asked role's words name or cover (`artista` covers
    `cantante`; `famoso` covers any; an adjective of adherence names the body or the leader it is made from:
    `priísta` covers `PRI`, `morenista` covers `Morena`). Words are folded (search.speakers.names.fold_name)."""
    found = asked & known
    for word in asked:
        if word in ANYONE:
            return known
        found |= COVERS.get(word, frozenset()) & known
        stem = word.removesuffix("s").removesuffix("ista") if word.endswith(ADHERENT) else ""
        if len(stem) >= STEM:
            found |= {name for name in known if name.startswith(stem) and len(name) <= len(stem) + STEM_TAIL}
    return found
