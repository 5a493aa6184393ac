"""A work standing for its author's statement: `el libro de X sostiene…`, `según la carta de la ministra…`, `un
comunicado firmado por X asegura…`, `según un video publicado por X…`.

What a person wrote or sent (a book, a letter, a statement, a column, a message, a post) says what its author says,
when the text names the author: after `de`/`del` (`la carta de la ministra`), or after a participle of authorship and
`por` (`firmada por`, `escrito por`, `publicado por`, `difundido por`). A picture or a recording after `de` shows
someone (`un video del alcalde`, `la foto de X`: a video *of* him), so only a participle of authorship makes it theirs.
A work about someone or sent to someone is not theirs: `un libro sobre X`, `una carta a X`, `una carta enviada a X`,
`dirigida a X` (no `de` and no `por`: the preposition itself tells).

>>> author_at("el libro de la jueza".split(), 0)
3
>>> author_at("un comunicado firmado por el rector".split(), 0)
4
>>> author_at("la carta , firmada por el rector".split(), 0)
5
>>> author_at("un video del alcalde".split(), 0) is None
True
>>> author_at("un libro sobre el general".split(), 0) is None
True
"""

from search.text.word_sets import word_set

# Texts and messages a person writes or sends (general Spanish nouns, singular and plural). Not a medium's report
# (`un artículo de`, `una nota de`, `una publicación de`, `un informe de`): a newspaper or a body is its usual author,
# and what a newspaper reports is no person's statement.
WRITTEN = word_set(
    "libro libros carta cartas misiva misivas comunicado comunicados columna columnas mensaje mensajes tuit tuits "
    "trino trinos escrito escritos ensayo ensayos memorias autobiografía declaración declaraciones")
# What shows or records: a person's own only with a participle of authorship (`un video publicado por X`).
RECORDED = word_set("video vídeo videos vídeos foto fotos fotografía fotografías imagen imágenes grabación "
                    "grabaciones audio audios transmisión")
WORKS = WRITTEN | RECORDED
# Participles of authorship, in all four forms (`firmado`, `firmada`, `firmados`, `firmadas`).
AUTHORSHIP = frozenset(stem + end for stem in ("firmad", "escrit", "suscrit", "redactad", "publicad", "difundid",
                                               "compartid", "enviad", "grabad", "emitid", "divulgad", "subid")
                       for end in ("o", "a", "os", "as"))
DETERMINERS = word_set("el la los las un una unos unas su sus este esta estos estas ese esa")
# Adjectives a work takes before or right after its noun (`su último libro`, `una carta abierta`); the
# participles of authorship (`publicado`, `firmada`) are AUTHORSHIP's, read before these.
QUALIFIERS = word_set(
    "último última últimos últimas nuevo nueva nuevos nuevas reciente recientes propio propia breve extenso extensa "
    "abierta abierto conjunto conjunta oficial público pública primer primera "
    "segundo segunda")
REACH = 3  # words of qualifiers between a work's noun and who authored it


def author_at(lower: list[str], at: int) -> int | None:
    """Return where the author of the work whose phrase starts at at (its determiner or its noun) is named: the
    first word after `de`/`del` or after a participle of authorship and `por`; else None. lower: a sentence's
    lower-case tokens."""
    index = at + (at < len(lower) and lower[at] in DETERMINERS)
    while index < len(lower) and lower[index] in QUALIFIERS and lower[index] not in AUTHORSHIP:
        index += 1
    if index >= len(lower) or lower[index] not in WORKS:
        return None
    noun, noun_at, index = lower[index], index, index + 1
    for _ in range(REACH):
        if index + 1 >= len(lower):
            return None
        if lower[index] in ("de", "del") and noun in WRITTEN and index == noun_at + 1:
            return index + 1  # `la carta de la ministra`: right after the noun (not `una carta de apoyo a X`)
        if lower[index] in AUTHORSHIP and lower[index + 1] == "por":
            return index + 2 if index + 2 < len(lower) else None
        if lower[index] not in QUALIFIERS and lower[index] != ",":
            return None
        index += 1
    return None
