"""Whose words a quotation or a work is: a message a spokesperson relays, a letter's signature, a work's author.

`Su representante, Ana Gil, leyó el comunicado del cantante` then `«Me siento libre…»`: the quotation is the
singer's, not the spokesperson's; the spokesperson speaks only in the sentence that relays it. The same when the
message is a feeling (`difundió el sentir del cantante`) or a letter (`leyó una carta de Ruiz`). A letter quoted
over paragraphs is the words of whoever signs it on its last line (`JULIÁN MORA».`), and a work that speaks
(`La investigación de Pfanz agrega…`) leaves its author salient.

>>> from search.speakers.mentions import Sentence, sentences
>>> from search.speakers.people import People
>>> people = People()
>>> _ = Sentence(sentences("La cantante Rosa Vidal llegó.")[0], people, 1)
>>> relayed(Sentence(sentences("Su portavoz leyó una carta de Rosa Vidal.")[0], people, 2)).display
'Rosa Vidal'
"""

from search.speakers.mentions import Sentence
from search.speakers.namewords import not_a_name
from search.speakers.people import People, Person
from search.text.folding import NAME_PARTICLES
from search.text.names import is_given_name

# Verbs that pass on a message someone else wrote or felt (past, present; singular and plural).
RELAYS = frozenset(
    "difundió difunde difundieron leyó lee leyeron compartió comparte compartieron transmitió transmite "
    "transmitieron trasladó traslada trasladaron publicó publica publicaron hizo hace".split())
# What is relayed: a text or a feeling that has an author (`el comunicado de X`, `el sentir del cantante`).
MESSAGES = frozenset(
    "comunicado comunicados mensaje mensajes carta cartas sentir palabras declaración texto misiva nota "
    "escrito".split())
# What a person writes or leads, which the press lets speak for them (`La investigación de Pfanz agrega…`).
WORKS = frozenset("investigación investigaciones estudio estudios trabajo trabajos informe libro artículo análisis "
                  "tesis teoría equipo laboratorio".split())
# The words of a signature that are not ordinary words (`ANA DE LA ROSA».`, `Pieter van Dijk”`): the one list of
# name particles, whole (it was `de del la las los y`; no line of any set nor of the corpus changes, round 15b).
SIGNATURE_PARTICLES = NAME_PARTICLES
MODIFIERS = frozenset("el la los las un una su sus este esta breve extenso siguiente supuesto".split())


def may_relay(lower: list[str]) -> bool:
    """Tell cheaply whether a sentence's lower-case tokens may relay a message (see relayed)."""
    return not RELAYS.isdisjoint(lower) and not MESSAGES.isdisjoint(lower) and ("de" in lower or "del" in lower)


def relayed(s: Sentence) -> Person | None:
    """Return the person whose message a sentence relays (`difundió el sentir del cantante`, `leyó una carta de
    Ruiz`), else None: `hizo llegar` counts as a relay, `hizo` alone does not."""
    lower = s.lower
    for index, word in enumerate(lower):
        if word not in RELAYS:
            continue
        at = index + 1
        if word in ("hizo", "hace"):
            if lower[at:at + 1] != ["llegar"]:
                continue
            at += 1
        while at < len(lower) and at - index <= 3 and lower[at] in MODIFIERS:
            at += 1
        if at + 2 >= len(lower) or lower[at] not in MESSAGES or lower[at + 1] not in ("de", "del"):
            continue
        person = s.noun_phrase(at + 2, bare=True) if lower[at + 1] == "del" else s.noun_phrase(at + 2)
        if person is not None and person.display:
            return person
    return None


def author_of_work(s: Sentence) -> Person | None:
    """Return the person whose work opens a sentence in which the work speaks (`La investigación de Pfanz agrega…`,
    `El estudio de la doctora Ruiz concluye…`), else None."""
    if s.lower[:1] not in (["el"], ["la"], ["los"], ["las"]) or len(s.lower) < 4 or s.lower[1] not in WORKS \
            or s.lower[2] != "de":
        return None
    mention = next((m for m in s.mentions if 3 <= m.role_start <= 5 and m.person is not None), None)
    return mention.person if mention is not None and mention.person.display else None


def signs(words: list[str], people: People) -> bool:
    """Tell whether words alone on a quotation's last line are a signature: a name in capitals, or one that opens
    with a given name or that the document names (`JULIÁN MORA`, `Ana Gil`), with no ordinary word in it."""
    named = " ".join(words).isupper() or is_given_name(words[0]) or people.find(words) is not None
    return named and not any(word.lower() not in SIGNATURE_PARTICLES and not_a_name(word, people) for word in words)
