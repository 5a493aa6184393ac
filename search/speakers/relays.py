"""Words relayed for someone else: a spokesperson who reads or spreads another person's message.

`Su representante, Ana Gil, leyó el comunicado del cantante` then `«Me siento libre…»`: the quotation is the
singer's, not the spokesperson's; the spokesperson speaks only in the sentence that relays it. The same when the
message is a feeling (`difundió el sentir del cantante`) or a letter (`leyó una carta de Ruiz`).

>>> from search.speakers.mentions import Sentence, sentences
>>> from search.speakers.people import People
>>> people = People()
>>> _ = Sentence(sentences("La cantante Rosa Vidal llegó.")[0], people, 1)
>>> relayed(Sentence(sentences("Su portavoz leyó una carta de Rosa Vidal.")[0], people, 2)).display
'Rosa Vidal'
"""

from search.speakers.mentions import Sentence
from search.speakers.people import Person

# Verbs that pass on a message someone else wrote or felt (past, present; singular and plural).
RELAYS = frozenset(
    "difundió difunde difundieron leyó lee leyeron compartió comparte compartieron transmitió transmite "
    "transmitieron trasladó traslada trasladaron publicó publica publicaron hizo hace".split())
# What is relayed: a text or a feeling that has an author (`el comunicado de X`, `el sentir del cantante`).
MESSAGES = frozenset(
    "comunicado comunicados mensaje mensajes carta cartas sentir palabras declaración texto misiva nota "
    "escrito".split())
MODIFIERS = frozenset("el la los las un una su sus este esta breve extenso siguiente supuesto".split())


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
