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
"""

ANYONE = frozenset({"famoso", "celebridad", "estrella"})
ARTS = frozenset("cantante actor actriz cantautor compositor pintor escritor poeta poetisa dibujante fotografo "
                 "bailarin humorista comediante rapero interprete productor director".split())
SPORTS = frozenset("jugador futbolista tenista atleta ciclista golfista nadador boxeador piloto luchador "
                   "entrenador".split())
COVERS = {"artista": ARTS, "interprete": frozenset("cantante actor actriz cantautor rapero".split()),
          "deportista": SPORTS, "atleta": SPORTS}


def shared(asked: frozenset, known: frozenset) -> frozenset:
    """Return the words of a known role's qualifiers that the asked role's words name or cover (`artista` covers
    `cantante`; `famoso` covers any)."""
    found = asked & known
    for word in asked:
        if word in ANYONE:
            return known
        found |= COVERS.get(word, frozenset()) & known
    return found
