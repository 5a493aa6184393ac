"""Descriptions of a person instead of their name or office: a demonym used as a noun (`el irlandés`, `la
estadounidense de 40 años`), a trade or fame noun with its adjectives (`el peleador irlandés`, `el célebre
cineasta`, `el prelado`, `el máximo exponente del reguetón`), and an epithet the article introduced as a nickname
(`conocido como «El encantador de perros»`, then `El encantador de perros cuenta…`).

A description stands for the person the article follows (the salient person, else its main actor from the headline
and the lead) when it fits them: the same gender, no other nationality the text gives them; and for nobody when it
fits no one, or when two people the text gives that nationality are in play (`el irlandés` among two Irishmen).

Sources: the demonyms are lexicon.COUNTRIES' and those of the Ortografía de la lengua española (RAE and ASALE,
2010), appendix 5, "Países y capitales, con sus gentilicios", with `estadunidense`, which the Mexican press writes;
the trades are nouns whose Diccionario de la lengua española (https://dle.rae.es) definition is "persona que…"
(`peleador`, `cineasta`, `prelado`: "superior eclesiástico"), feminines that name a thing left out (`la física`,
`la música`; `cura`, also a cure, is left out); fame nouns (`astro`, `ídolo`, `exponente`) are DLE's senses for
a person who excels.

>>> describe(["peleador", "irlandés"], "m")
Role(kind='persona', country='irlanda', qualifiers=frozenset({'peleador'}), gender='m')
>>> describe(["irlandés", "de", "40", "años"], "m").country
'irlanda'
>>> describe(["puerta", "del", "infierno"], "f") is None
True
"""

import re

from search.speakers import lexicon as lex
from search.speakers.demonyms import REGIONAL_DEMONYMS
from search.speakers.genders import name_gender
from search.speakers.hypernyms import ARTS, COVERS, SPORTS, shared
from search.speakers.name_before import NameBeforeCue
from search.speakers.names import fold_name
from search.speakers.people import NOBODY, People, Person, Role

NOT_DEMONYMS = frozenset({"kremlin", "ue", "eeuu", "ee.uu", "comunitario", "comunitaria", "europeo", "europea"})
# Demonyms used as nouns: lexicon.COUNTRIES' single words that name no country (`irlandés`, not `Irlanda`).
DEMONYMS = {word: country for word, country in lex.COUNTRIES.items()
            if " " not in word and word not in NOT_DEMONYMS and word not in lex.COUNTRY_NAMES
            and fold_name(word) != country}
# Trade and fame nouns for a person (DLE: "persona que…") that lexicon.ROLE_CLASSES lacks; masculine, or both forms
# where the feminine names no thing (`la física` is physics; `cura`, also a cure, is left out).
TRADES = frozenset(
    "peleador peleadora púgil pugilista clavadista portero portera guardameta delantero delantera centrocampista "
    "mediocampista velocista maratonista beisbolista basquetbolista baloncestista jinete torero torera matador "
    "cineasta realizador realizadora guionista dramaturgo dramaturga novelista ensayista cronista columnista "
    "músico pianista guitarrista violinista baterista vocalista cantaor cantaora bailaor bailaora chef cocinero "
    "cocinera arquitecto arquitecta prelado clérigo monje monja fraile párroco astronauta astrónomo astrónoma "
    "astrofísico astrofísica físico químico biólogo bióloga geólogo geóloga geógrafo geógrafa arqueólogo arqueóloga "
    "vulcanólogo vulcanóloga paleontólogo paleontóloga filósofo filósofa teólogo teóloga lingüista matemático "
    "magnate millonario millonaria multimillonario multimillonaria emprendedor emprendedora inversor inversora "
    "youtuber influencer bloguero bloguera locutor locutora comentarista narrador narradora cómico cómica "
    "ilusionista adiestrador adiestradora veterinario veterinaria enfermero enfermera cirujano cirujana pediatra "
    "cardiólogo cardióloga nutriólogo nutrióloga nutricionista astro ídolo exponente".split())
# `-ólogo`: a specialist in a science (`neumólogo`, `virólogo`, `epidemióloga`): a trade by its ending alone.
SPECIALIST_ENDINGS = ("ólogo", "óloga")
FOLDED_SPECIALIST = "ologo"
# Trades that exclude an office the text gives (`el futbolista` is no minister), folded and in the masculine.
TRADE_NOUNS = frozenset(fold_name(word) for word in TRADES if not word.endswith("a") or word[:-1] + "o" not in TRADES
                        and word[:-1] not in TRADES) | ARTS | SPORTS | frozenset(COVERS)
# Nouns of wealth or business: a status, not a trade, so someone in office may be one (`el magnate` for a president).
WEALTH = frozenset("magnate millonario multimillonario empresario emprendedor inversor".split())
# Adjectives of fame or rank before a trade (`el célebre cineasta`, `la reconocida chef`, `el máximo exponente`).
PRAISE = frozenset(
    "célebre reconocido reconocida conocido conocida popular legendario legendaria mítico mítica polémico polémica "
    "prestigioso prestigiosa laureado laureada premiado premiada exitoso exitosa gran mejor destacado destacada "
    "controvertido controvertida carismático carismática reputado reputada".split())
# A nickname the article gives a person: `César Millán, conocido como «El encantador de perros»`.
EPITHET = NameBeforeCue(
    r"\s*,?\s*\(?(?:mejor\s+)?",
    r"(?:conocid[oa]|apodad[oa]|llamad[oa]|bautizad[oa])\s+(?:como\s+)?[«\"“']((?:[Ee]l|[Ll]a)\s[^»\"”'\n]{3,40})"
    r"[»\"”']")
# …or right after the name, or after `alias`: `Jaime Rodríguez Calderón "El Bronco"`, `Joaquín Guzmán, alias «El
# Chapo»`, a nickname in capitals that names the person alone later (`"El Bronco", fue el último…`, `El Bronco dijo…`).
NICKNAME_HINT = re.compile(r"[«\"“](?:El|La) ")
NICKNAME = NameBeforeCue(r"\s*,?\s*(?:alias\s+)?", r"[«\"“]((?:El|La)\s[A-ZÁÉÍÓÚÑ][^»\"”\n,.]{1,25})[»\"”]")
# Nouns of the class `persona` that tell an office or a part, not who someone is: `el funcionario le dijo` is someone
# at the desk, never the article's main actor.
NO_DESCRIPTION = frozenset("funcionario trabajador servidor letrado especialista politico militante entrevistado "
                           "dirigente lider".split())
REGIONS = frozenset(fold_name(word) for word, _ in REGIONAL_DEMONYMS.values())
HEADINGS = 2  # paragraphs: the headline and a subheading
WORD = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def in_article(people: People) -> bool:
    """Tell whether the document is an article, not a book: news writes `el peleador irlandés` for the person it
    follows, where a novel's `la portera` is a character of its own, unnamed."""
    return people.evidence.kind.news


def is_trade(word: str) -> bool:
    """Tell whether a lower-case word is a description's head: a trade or fame noun, or a demonym."""
    return word in TRADES or word in DEMONYMS or word in REGIONAL_DEMONYMS \
        or word.startswith("ex") and word[2:] in TRADES  # `el exfutbolista`


def specialist(word: str) -> bool:
    """Tell whether a lower-case word is a specialist's noun by its ending (`neumóloga`, `virólogo`): a trade that
    news names people by (readers of news ask for it beside is_trade; a novel's `el zoólogo` is a character)."""
    return word.endswith(SPECIALIST_ENDINGS) and len(word) > len("ólogo") + 1


def _masculine(word: str) -> str:
    if word.endswith("óloga"):
        return fold_name(word[:-1] + "o")  # `neumóloga`: `neumólogo`
    if word.endswith("a") and word[:-1] in TRADES:
        return fold_name(word[:-1])
    if word.endswith("a") and word[:-1] + "o" in TRADES:
        return fold_name(word[:-1] + "o")
    return fold_name(word)


def describe(words: list[str], gender: str | None) -> Role | None:
    """Return the role of class `persona` that lower-case words starting at a description's head give (`peleador
    irlandés`, `irlandés de 40 años`), with its country and the trade as a qualifier, else None."""
    head = words[0] if words else ""
    if not is_trade(head) and not specialist(head):
        return None
    if head in REGIONAL_DEMONYMS:  # `el tabasqueño`: of a region of a country
        word, country = REGIONAL_DEMONYMS[head]
        return Role("persona", country, frozenset({fold_name(word)}), gender)
    country = DEMONYMS.get(head) or next((DEMONYMS[word] for word in words[1:4] if word in DEMONYMS), None)
    trade = head[2:] if head.startswith("ex") and head not in TRADES and head not in DEMONYMS else head
    qualifiers = frozenset() if head in DEMONYMS else frozenset({_masculine(trade)})
    return Role("persona", country, qualifiers, gender)


def epithets(paragraphs: list[str]) -> dict[tuple[str, ...], list[str]]:
    """Return the nicknames a document gives people, as their lower-case words (with the article) -> the tokens of
    the name they follow: `César Millán, conocido como «El encantador de perros»`."""
    found = {}
    for paragraph in paragraphs:
        for name, match in EPITHET.finditer(paragraph):
            tokens = WORD.findall(match.group(1))
            if any(len(word) >= 4 and word.isalpha() and word.islower() for word in tokens[1:]):  # not `El Chapo`
                words = tuple(token.lower() for token in tokens)
                found.setdefault(words, name.split())
        if NICKNAME_HINT.search(paragraph):  # a cheap first look: most paragraphs quote no nickname
            for name, match in NICKNAME.finditer(paragraph):
                found.setdefault(tuple(token.lower() for token in WORD.findall(match.group(1))), name.split())
    return found


def opening_epithet(people: People, text: str) -> list[str] | None:
    """Return the name of the person whose nickname opens a paragraph (`"El Bronco", fue el último…`), else None."""
    opening = tuple(word.lower() for word in WORD.findall(text[:60]))
    return next((tokens for words, tokens in people.epithets.items() if opening[:len(words)] == words), None)


def epithet_at(people: People, lower: list[str], index: int, clock: int) -> Person | None:
    """Return the person whose nickname starts at index, else None."""
    for words, tokens in people.epithets.items():
        if tuple(lower[index:index + len(words)]) == words:
            return people.person(tokens, clock)
    return None


def heading(people: People) -> bool:
    """Tell whether the paragraph being read is the headline or a subheading: one of the first two, with no full
    stop at its end (`Un investigador plantea un método…`)."""
    evidence = people.evidence
    index = getattr(evidence, "index", 0)
    return index < HEADINGS and index < len(evidence.paragraphs) \
        and not evidence.paragraphs[index].rstrip().endswith(".")


def _countries(person: Person) -> set:
    return {role.country for role in person.roles if role.country}


def fits(asked: Role, person: Person | None) -> bool:
    """Tell whether a description may be this person: a real person of no other gender, nationality or trade, and
    no office the text gives them (search.speakers.hypernyms: `la artista` covers the singer)."""
    if person is None or person is NOBODY or not person.display:
        return False
    genders = {role.gender for role in person.roles if role.gender} or {name_gender(person)} - {None}
    countries = _countries(person)
    trade = {word for word in asked.qualifiers if word in TRADE_NOUNS or word.endswith(FOLDED_SPECIALIST)} - WEALTH
    # `el político`, `la famosa`, `el magnate` may hold an office
    return (asked.gender is None or not genders or asked.gender in genders) \
        and (asked.country is None or not countries or asked.country in countries) \
        and (not trade or not person.roles or any(
            role.kind == "persona" and (not role.qualifiers or shared(trade, role.qualifiers))
            for role in person.roles))  # `la cantante` is not the minister, `el futbolista` not the tennis player


def _followed(people: People) -> list[Person]:
    """Return the people being followed (search.speakers.discourse), guarded: finding them may ask for a role."""
    salient, people.salient = people.salient, None
    try:
        return salient() if salient is not None else []
    finally:
        people.salient = salient


def resolve(people: People, asked: Role, clock: int) -> Person | None:
    """Return the person a description names: someone the text gave that role or nationality, else the person
    followed, else the article's main actor, when it fits them; None when it fits no one or two people share the
    nationality it gives."""
    region = asked.qualifiers & REGIONS
    if region:  # `el tapatío`: someone the text calls so, else the person followed or the main actor, if they fit;
        # others of that country (`el presidente mexicano`) may be in play
        found = people.by_role(asked, clock)
        if found is not None and any(region & role.qualifiers for role in found.roles):
            return found
        for person in [*_followed(people)[:1], people.main() if people.main is not None else None]:
            if fits(asked, person):
                person.seen = clock
                return person
        return None
    if asked.country and not asked.qualifiers:
        sharing = [person for person in people.known if asked.country in _countries(person) and fits(asked, person)]
        if len(sharing) > 1:
            return None  # `el irlandés` among two Irishmen
    found = people.by_role(asked, clock)
    if fits(asked, found):
        if asked.country and asked.country not in _countries(found):
            found.roles.append(asked)  # `el peleador irlandés` then `al irlandés`: the one the text made Irish
        return found
    if not asked.country and not asked.qualifiers - NO_DESCRIPTION:
        return None  # `el hombre`, `el funcionario`: not a description of whom the article is about
    main = people.main() if people.main is not None else None
    if fits(asked, main) and not (asked.country and any(
            asked.country in _countries(person) for person in people.known if person is not main)):
        main.seen = clock
        return main
    return None
