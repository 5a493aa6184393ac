"""A definite description as the subject of a verb of saying, in news: `«…», expresó el orientador`, `El estratega,
en declaraciones recientes, manifestó…`, `«…», afirmó el 10`. Spanish journalism names the person it follows by a
noun for what they are instead of repeating the name; such a noun, with no complement that says whose office it is,
names the person followed (the last speaker, or the person the text is about), else the article's main actor, when
they agree in gender; never a body (`la institución`, `el club`), and no one when two people are followed at once.

A noun counts as a person's when the lexicon knows it (a role, a trade, a demonym), or by its shape: an ending of a
person's noun (search.speakers.lexicon.PERSON_ENDINGS: `orientador`, `carabinero`, `cantante`), of a noun of origin
(`santiaguino`, `galo`'s kind: `-ino`, `-ano`, `-és`), a noun in `-a` after the masculine article (`el estratega`,
`el jerarca`: the common gender of nouns for people, Nueva gramática de la lengua española, RAE and ASALE, 2009,
§ 2.5; not the Greek neuters in `-ma`, `el problema`), or a shirt number (`el 10`).

>>> description_at("« Sí » , dijo el orientador .".split(), 5)
('m', 7, ('orientador',))
>>> description_at("dijo la institución .".split(), 1) is None
True
"""

from search.speakers import lexicon as lex
from search.speakers.descriptions import describe, fits, is_trade, specialist
from search.speakers.genders import name_gender
from search.speakers.mentions import VERBS
from search.speakers.people import NOBODY, Person
from search.speakers.role_parse import GENERIC_BODIES, GENERIC_PERSONS, compatible, parse_role
from search.speakers.roles import is_role
from search.speakers.subject_slots import RELATIONS
from search.speakers.things import BODY_NOUNS, DOCUMENTS, SPEAKING_BODIES, WRITINGS
from search.text.names import is_given_name

GENDERS = {"el": "m", "la": "f"}
COUNTRY_WORDS = {word: country for word, country in lex.COUNTRIES.items() if " " not in word}  # `argentino`
# Endings of nouns of origin (`santiaguino`, `colombiano`, `francés`): a person when they head a subject of saying.
ORIGIN_ENDINGS = ("ino", "ina", "ano", "ana", "és", "esa", "ense", "eño", "eña")
# Nouns with those endings or with a person's that name a thing or a body as the subject of a verb of saying.
NOT_PERSONS = frozenset(
    "oficina semana mañana campaña cartera directiva defensa fiscalía gerencia presidencia mesa prensa entidad "
    "carta cuenta página pantera vitrina ventana mina máquina cocina doctrina disciplina medicina rutina cantera "
    "bandera frontera carrera manera primera tercera primero tercero acuerdo sentencia resolución encuesta tema "
    "propuesta respuesta iniciativa normativa alternativa perspectiva narrativa programa plataforma justicia "
    "policía fallo dictamen escrito oficio texto informe reporte estudio documento comunicado mensaje video libro "
    "artículo incidente accidente decreto proyecto recurso requerimiento acta expediente antecedente sujeto "
    "individuo tipo caso gobierno municipio ente relato balance protocolo reglamento plan "
    # the parties of a case or an event, each someone of their own (`la demandante` is not the singer sued)
    "demandante demandado demandada denunciante querellante imputado imputada acusado acusada víctima testigo "
    "detenido detenida afectado afectada vecino vecina".split()) \
    | GENERIC_PERSONS | DOCUMENTS | WRITINGS  # `el hombre`: someone unnamed; `el fallo`: a ruling
# Nouns for a person that the press uses for whom it follows and that neither the lexicon nor the shapes above
# give: a scholar (`el académico planteó`), a police officer or a soldier (`explicó el uniformado`),
# a professional, a former employee (`la exempleada reconoció`). Not `el ejecutivo`: the lexicon keeps it for the
# government (`el Ejecutivo`). Each read in news from Chile, Colombia, Argentina and Mexico as the subject of a verb of
# saying after the person was introduced.
EPITHETS = frozenset("académico académica uniformado uniformada profesional exempleado exempleada".split())
ADJECTIVES = frozenset("aún actual nuevo nueva propio propia también flamante recién ahora otrora".split())
NUMBER_REACH = 99  # a shirt number (`el 10`, `el 9`): one or two digits
# Words that end a complement of common nouns: a relative or a coordinator (then it is no complement of ours) or a
# preposition that opens an adjunct (`ha dicho el realizador de este proyecto en un comunicado`).
COMPLEMENT_STOPS = frozenset("que quien y e en a ante durante tras con para por según".split())
COMPLEMENT_REACH = 4  # words of a complement of common nouns: `de la red social`, `de este ambicioso proyecto`
WORDS_REACH = 3  # words of a description: the noun and up to two adjectives (`el técnico emplumado`)


def person_noun(word: str, article: str, loose: bool = False) -> bool:
    """Tell whether a lower-case word after article (`el` or `la`) is a noun for a person by the lexicon or by its
    shape (see the module's docstring); False for bodies and things (`la institución`, `el organismo`). loose takes
    any other noun too (`el galo`): right after a quotation a verb of saying names its speaker, and the one body or
    thing that speaks there is excluded already."""
    if word in NOT_PERSONS or word in BODY_NOUNS or word in SPEAKING_BODIES or word in GENERIC_BODIES \
            or word in lex.ORGANISATION_WORDS or word.endswith(lex.INSTITUTION_ENDINGS):
        return False
    if is_role(word) or is_trade(word) or specialist(word) or word in EPITHETS:
        return True
    if word.isdigit():
        return article == "el" and 0 < int(word) <= NUMBER_REACH
    if not word.isalpha() or len(word) < 4:
        return False
    return loose or word.endswith(lex.PERSON_ENDINGS) or word.endswith(ORIGIN_ENDINGS) \
        or article == "el" and word.endswith("a") and not word.endswith("ma")


def description_at(tokens: list[str], index: int, loose: bool = False) -> tuple[str, int, tuple] | None:
    """Return (gender, end, words) of a bare description at index of a sentence's tokens: `el`/`la`, up to one
    adjective of time or identity (`el aún alcalde`), a person's noun (person_noun) and up to two more lower-case
    words, with no complement after `de` (`el ministro de Economía` names an office, not whom it is held by), end the
    index after its last word; else None, and None before a name (`el técnico Juan Pérez` is Juan Pérez's). loose as
    in person_noun."""
    words = [token.lower() for token in tokens[index:index + WORDS_REACH + 3]]
    if not words or words[0] not in GENDERS:
        return None
    article, head = words[0], 1
    if head < len(words) and words[head] in ADJECTIVES:
        head += 1
    if head >= len(words) or not tokens[index + head].islower() and not words[head].isdigit() \
            or not person_noun(words[head], article, loose):
        return None
    end = head + 1
    while end < len(words) and end - head < WORDS_REACH and tokens[index + end].isalpha() \
            and tokens[index + end].islower() and words[end] not in VERBS and words[end] not in lex.FUNCTION_WORDS \
            and words[end] not in lex.PARTICIPLES:
        end += 1
    noun_end, end = end, _common_complement(tokens, words, index, head, end)
    if words[end:end + 1] in (["de"], ["del"], ["que"], ["quien"]) \
            or end < len(words) and tokens[index + end][:1].isupper():
        return None  # a complement (`el ministro de Economía` names an office, not whom it holds), a relative that
        # tells which one (`el hombre que transportaba…`: someone new), or a name
    return GENDERS[article], index + end, tuple(words[head:noun_end])


def _common_complement(tokens: list[str], words: list[str], index: int, head: int, end: int) -> int:
    """Return the end of a description past a complement of common nouns after a noun that is no office (`la
    exempleada de la red social`, `el académico de esta casa de estudios`): the body or the work the text spoke of,
    which the person followed belongs to; else end. Not after an office (`el ministro de la economía` names an office)
    nor a family tie; not a complement with a capital (`el economista de Ecolatina` is whoever works there, a name the
    text may give), nor one longer than COMPLEMENT_REACH words."""
    if words[end:end + 1] not in (["de"], ["del"]) or is_role(words[head]) or words[head] in RELATIONS:
        return end  # `la hermana de la víctima` is someone else's kin: search.speakers.subject_slots.relation
    tail = tokens[index + end + 1:index + end + 1 + COMPLEMENT_REACH + 1]
    stop = next((i for i, token in enumerate(tail) if not (token.isalpha() and token.islower())
                 or token in VERBS or token in COMPLEMENT_STOPS), None)
    if not stop or stop > COMPLEMENT_REACH or tail[stop] in ("que", "quien", "y", "e") or tail[stop][:1].isupper():
        return end  # no complement, or one that goes on with a name, a relative or another noun
    return end + 1 + stop


def _country(words: tuple, gender: str) -> str | None:
    """Return the country a description gives: its noun's (`el irlandés`), else an adjective's (`el técnico
    argentino`), else None."""
    asked = describe(list(words[:1]), gender) if words else None
    if asked is not None and asked.country:
        return asked.country
    return next((COUNTRY_WORDS[word] for word in words[1:] if word in COUNTRY_WORDS), None)


def _office_fits(person: Person, words: tuple, gender: str) -> bool:
    """Tell whether a description's words may be this person: an office fits one of their known offices, a trade or a
    demonym no office, other trade or country the text gives them (search.speakers.descriptions.fits), a former
    office only whom the text introduced with it, and a country among its adjectives is one the text gives them (`el
    entrenador argentino`); a noun the lexicon lacks fits anyone."""
    noun = words[0] if words else ""
    country = next((COUNTRY_WORDS[word] for word in words[1:] if word in COUNTRY_WORDS), None)
    if country is not None and country not in {role.country for role in person.roles}:
        return False
    asked = (parse_role([noun], gender) if is_role(noun) else describe([noun], gender)) if noun else None
    if asked is not None and asked.kind == "ex":  # `el excanciller`: only whom the text introduced so, not the child
        # the article is about nor the engineer who spoke last
        return any(role.noun == asked.noun for role in person.roles)
    if asked is None or not person.roles:
        return True
    if asked.kind == "persona":  # a trade or an origin: as search.speakers.descriptions.fits tells (`la cantante` is
        return fits(asked, person)  # not the vice-president, `el tapatío` not the German driver)
    return any(compatible(asked, role) for role in person.roles)


def _named_before(person: Person, before) -> bool:
    kinds = {role.kind for role in person.roles}
    return bool(kinds) and any(is_role(word) and lex.ROLE_CLASSES.get(word) in kinds for word in before)


def _agrees(person: Person, gender: str) -> bool:
    genders = {role.gender for role in person.roles if role.gender} or {name_gender(person)} - {None}
    return not genders or gender in genders


def described(people, gender: str, salient, before: list[str] = (), words: tuple = ()) -> Person | None:
    """Return whom a bare description of gender ("m" or "f") names: the one person followed (salient(), as in
    search.speakers.discourse) if they agree, else, when no one is followed, the article's main actor if they agree;
    None when two are followed, or for no one who agrees, or for someone whose office a role noun among before (the
    lower-case words of the sentence before the description) names: `Sobre lo vivido por el presidente, el
    gremialista opinó` speaks of the president followed, so the description is someone else; nor for someone whose
    known offices the description's words (its noun and adjectives, as description_at gives them) do not fit
    (_office_fits: `el parlamentario` is not the president, `el entrenador argentino` not a coach of no country)."""
    if people.evidence is None or not people.evidence.kind.news:
        return None  # a novel's `la portera` is a character of its own
    country = _country(words, gender)
    if country is not None and sum(country in {role.country for role in person.roles}
                                   for person in people.known) > 1:
        return None  # `el irlandés` among two Irishmen
    followed = [person for person in salient() if person is not NOBODY and person.display]
    if len(followed) > 1:
        return None
    if followed:
        person = followed[0]
        return person if _agrees(person, gender) and not _named_before(person, before) \
            and _office_fits(person, words, gender) else None
    main = people.main() if people.main is not None else None
    if main is None or not main.display or not (main.roles or is_given_name(main.display.split()[0])):
        return None  # a place or a heading's word the lead was read as (`San Joaquín`, `Right Y`), not a person
    return main if _agrees(main, gender) and _office_fits(main, words, gender) else None
