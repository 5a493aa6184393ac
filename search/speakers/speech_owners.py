"""A noun of speech owned by a person before a quotation after a colon: the quotation is the owner's words.

`la máxima de X: «…»`, `una vieja cita de X lo resume: «…»`, `un artículo de la politóloga X replicaba: «…»`, `El
mensaje del alcalde: «…»`, `Su discurso sonó como un aviso: «…»`. What a person said or wrote, named by a noun
(a speech, a maxim, a quote of theirs, an article, a letter, a message), with its owner after `de`/`del` or as a
possessive, and then a colon that opens a quotation (search.speakers.clauses.colon_quote): the quotation gives what
the noun names, so its words are the owner's, whatever the clause's verb (`sonó como`, `lo resume`, `aplicaron`)
and whoever its subject is (`Los economistas aplicaron la máxima de X: «…»`).

The noun phrase counts where it stands for the quotation: it opens the clause before the colon (its subject), it
ends right at the colon (`…, en palabras de X:`, `aplicaron la máxima de X:`), or a relative clause on it runs to
the colon (`una cita de X que aún escuece: «…»`). The decisions that keep it from crediting the wrong one:

- only nouns of what someone says or writes (SPEECH_NOUNS): `la muerte de X: «…»`, `el caso de X:`, `el informe de
  X:` name a topic or a body's document, not X's words;
- the owner must be a person (search.speakers.noun_phrases): `el informe del ministerio:`, `la nota de la empresa:`
  credit no one;
- a work that has a title (`su último libro: «Memorias»`, a novel, a film) is no noun of speech: what follows its
  colon is its title;
- news only: a novel's `su carta decía: «…»` is read by its own dialogue rules.

The sentence's other statements before the colon whose subject is the noun phrase itself (`la máxima de X dice`,
read as a description, or no person) give way to the owner; a person the sentence names as the subject of a verb
of saying keeps their credit (`Gil citó la máxima de Mora: «…»` is Mora's words, recited by Gil).

>>> SPEECH_NOUNS >= {"máxima", "cita", "discurso", "palabras"}
True
>>> "libro" in SPEECH_NOUNS or "informe" in SPEECH_NOUNS
False
"""

from search.speakers.clauses import colon_quote, subject_start
from search.speakers.mentions import Sentence
from search.speakers.people import NOBODY, Person
from search.speakers.subject_slots import PREPOSITIONS
from search.text.word_sets import word_set

# What a person says or writes, named by a noun (general Spanish; singular and plural): speeches, sayings, quotes,
# replies, warnings, messages, letters and columns. Not a document a body issues (`informe`, `nota`, `comunicado`,
# `decreto`), a court's ruling (`sentencia`), nor a work with a title (`libro`, `novela`, `película`, `poema`).
SPEECH_NOUNS = word_set(
    "discurso discursos palabras frase frases cita citas máxima máximas lema lemas consigna consignas "
    "mensaje mensajes respuesta respuestas réplica réplicas declaración declaraciones advertencia advertencias "
    "reflexión reflexiones comentario comentarios artículo artículos columna columnas carta cartas tuit tuits "
    "trino trinos intervención alocución testimonio confesión promesa llamamiento reproche alegato aforismo "
    "dicho dichos proclama arenga brindis juramento")
DETERMINERS = word_set("el la los las un una unos unas este esta estos estas ese esa aquel aquella")
POSSESSIVES = word_set("su sus")
# Adjectives a noun of speech takes before it (`una vieja cita`, `su último discurso`, `la célebre frase`).
QUALIFIERS = word_set(
    "último última últimos últimas vieja viejo viejas viejos antigua antiguo antiguas antiguos célebre célebres "
    "famosa famoso famosas famosos conocida conocido breve breves reciente recientes primera primer primeras "
    "propia propio propias propios nueva nuevo nuevas nuevos")
OWNER_LINKS = word_set("de del")
RELATIVES = word_set("que quien")
PHRASE_ENDS = frozenset({",", "que", "quien"})  # where the noun phrase ends, at the latest
OPENING_REACH = 12  # tokens: a phrase opening the sentence up to its comma (search.speakers.clauses)
JUST_BEFORE = 1  # sentences back to the one that names the owner of a possessive
QUALIFIER_REACH = 2  # adjectives between the determiner and the noun
NEAR_COLON = 7  # tokens from the owner's `de` to the colon, for a noun phrase that ends there (`…de la jueza X:`)


def speech_owner(s: Sentence, colon: int, opening: int, possessor) -> tuple[int, int, Person] | None:
    """Return (where the noun phrase starts, its noun's index, the owner) for a noun of speech owned by a person
    before the colon at colon, else None.

    s: the sentence; opening: where its main clause's subject may start (search.speakers.clauses.subject_start);
    possessor(): whom a possessive with no antecedent refers to (search.speakers.discourse.Discourse.owner).
    """
    lower = s.lower
    for start in range(opening, colon):
        if lower[start] not in DETERMINERS and lower[start] not in POSSESSIVES:
            continue
        noun = start + 1
        while noun < colon and noun - start <= QUALIFIER_REACH and lower[noun] in QUALIFIERS:
            noun += 1
        if noun >= colon or lower[noun] not in SPEECH_NOUNS:
            continue
        owned = _owned(s, start, noun, colon, opening, possessor)
        if owned is not None:
            return start, noun, owned
    return None


def _owned(s: Sentence, start: int, noun: int, colon: int, opening: int, possessor) -> Person | None:
    """Return the person who owns the noun of speech at noun (its phrase starting at start), if the phrase stands
    for the quotation after colon; else None."""
    lower = s.lower
    opens = start == opening or start == opening + 1 and lower[opening] == "en"  # `En palabras de X:`
    if lower[start] in POSSESSIVES:
        # `Su discurso sonó como un aviso:`: the person followed; only as the clause's subject or right at the colon
        if not (opens or noun + 1 == colon):
            return None
        owner = possessor() or _named_just_before(s)
        return owner if owner is not None and owner is not NOBODY and owner.display else None
    link = noun + 1
    if link >= colon or lower[link] not in OWNER_LINKS:
        return None
    owner = s.noun_phrase(link + 1, bare=lower[link] == "del")
    if owner is None or owner is NOBODY or not owner.display:
        return None  # a body or a document owns it (`el mensaje del ministerio`), or no one the text knows
    near = colon - link <= NEAR_COLON and "," not in lower[link:colon] and not RELATIVES.intersection(lower[link:colon])
    related = any(lower[index] in RELATIVES and lower[index - 1] != "," for index in range(link + 2, colon)) \
        and lower[link + 2:colon].count("que") == 1  # `una cita de X que aún escuece:`
    return owner if opens or near or related else None


def _opening(s: Sentence, colon: int) -> int:
    """Return where the main clause's subject may start, past every phrase that opens the sentence up to a comma
    (`En 2007, en plena campaña, un artículo de X replicaba:`)."""
    opening = subject_start(s)
    while opening < colon and s.lower[opening] in PREPOSITIONS and "," in s.lower[opening:opening + OPENING_REACH]:
        opening = s.lower.index(",", opening) + 1
    return opening


def with_owner(s: Sentence, statements: list[tuple[int, Person, int]], possessor,
               news: bool = True) -> tuple[list, int | None, bool]:
    """Return a sentence's statements (position, person, key) with the owner's added when a noun of speech owned by
    a person stands for the quotation after its colon, the key of the owner's statement (the noun's index; None if
    there is none) and whether the noun phrase was a verb's subject in the sentence. Those before the colon whose
    person stands inside the noun phrase or is no one (`la máxima de X dice:`) give way; a person the sentence
    names elsewhere keeps their credit. news: the document is news (a novel's letters and quotations are left to
    its dialogue rules)."""
    if not news or not colon_quote(s.lower):
        return statements, None, False
    colon = s.lower.index(":")
    owned = speech_owner(s, colon, _opening(s, colon), possessor)
    if owned is None:
        return statements, None, False
    start, noun, owner = owned
    end = next((index for index in range(noun + 1, colon) if s.lower[index] in PHRASE_ENDS), colon)
    kept = [(position, person, key) for position, person, key in statements
            if key > colon or person is not NOBODY and not start <= position < end
            and (_named(s.lower, person) or not start - 1 <= key < end)]  # `lo dice la máxima de X:`: after it
    subject = len(kept) < len(statements)
    if any(person is owner for _, person, _ in kept):
        return kept, None, subject
    return [*kept, (start, owner, noun)], noun, subject


def topic_open(statements: list[tuple[int, Person, int]], owned: int | None, subject: bool) -> bool:
    """Tell whether the subject of the clause before a colon may still be credited with the quotation after it
    (search.speakers.clauses.clause_subject): no statement but the owner's, and the owner's noun phrase was no
    verb's subject (`La diputada publicó una cita de X: «…»` is hers too; in `Lo dice la máxima de X: «…»` the
    subject is the maxim, X's). owned, subject: with_owner's key and whether the phrase was a subject."""
    return not subject and all(key == owned for _, _, key in statements)


def _named_just_before(s: Sentence) -> Person | None:
    """Return the person the sentence before named last (`…la presidenta, X, lo intentó. Su discurso…`), when no
    one is followed yet; else None."""
    recent = [person for person in s.people.known if person.display and s.clock - JUST_BEFORE <= person.seen < s.clock]
    return max(recent, key=lambda person: person.seen) if len(recent) == 1 else None


def _named(lower: list[str], person: Person) -> bool:
    """Tell whether the sentence (its lower-case tokens) writes a word of the person's name."""
    return not {word.lower() for word in person.display.split()}.isdisjoint(lower)
