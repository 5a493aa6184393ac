"""Link teasers glued into a news item's text: another article's headline, whose people are not followed.

News sites insert, between paragraphs, a link to another of their articles: a label (`Lea también:`, `Le
puede interesar:`, `Siga leyendo:`, `Entérese:`, `Revisa también:`) and that article's headline. A source that
lost its paragraph breaks glues the teaser to the start of the sentence after it, with no full stop:

    Lea: Merlina 2: Tim Burton revela cambios EL COLOMBIANO conversó con Jaime Camil, el actor…

The teaser's headline still states what it states on its line (`Tim Burton revela…`), but its people are not
the article's: the quotations after it are not Tim Burton's. So the person followed after a teaser is the one
followed before it, unless the sentence glued after the headline names its own. Where that sentence starts is
guessed from its first word: a word of the closed classes, capitalised (`En`, `Según`, `EL`), after a word
that does not end a headline's label (`:`) or open a question (`¿`); a teaser with no such word is taken to
run to the end of its line.

>>> teaser_end("Lea: Ana Gil anuncia cambios EL DIARIO habló con Luis Mora.")
28
>>> teaser_end("El ministro habló: hay cambios.") is None
True
"""

import re

from search.speakers import lexicon as lex

# The label, at the start of a line: the family that El Colombiano, El Tiempo and the Chilean press use.
TEASER = re.compile(
    r"^\W*(?:(?:también\s+)?(?:le|te)\s+(?:puede|podría)\s+interesar|(?:le|te)\s+interesa(?:\s+leer)?|"
    r"(?:además\s+)?(?:lea|lee)(?:\s+(?:también|aquí|más))?|(?:también\s+)?puede\s+leer(?:\s+más)?|"
    r"sig(?:a|an|ue)\s+leyendo|seguir\s+leyendo|entérese(?:\s+(?:de\s+)?más)?|conozca(?:\s+(?:también|más))?|"
    r"vea(?:\s+(?:también|aquí))?|revisa\s+también|más\s+noticias|le\s+recomendamos(?:\s+leer)?|"
    r"también\s+le\s+sugerimos\s+(?:ver|leer)|para\s+saber\s+más|en\s+contexto|además)\s*:\s*", re.I)
# A capitalised word that opens the sentence glued after the headline: one of the closed classes, in capitals
# or not (`En`, `Según`, `EL COLOMBIANO`), after a word or a closing mark (not after `:` or `¿`, where a
# headline's own second part starts: `Histórico: La…`).
WORD = re.compile(r"\w+")
_GLUED = re.compile(r"(?<=[\w”\"»’)?!.%])\s+[“\"«]?\s*([A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]*)\b")


def teaser_end(text: str) -> int | None:
    """Return where a line's link teaser ends (a character offset into text), or None if the line opens with
    no teaser label. The offset is that of the space before the sentence glued after the headline, or
    len(text) when no such sentence is found."""
    label = TEASER.match(text)
    if label is None or label.end() >= len(text):
        return None
    for word in _GLUED.finditer(text, label.end() + 1):
        if word.group(1).lower() in lex.FUNCTION_WORDS:
            return word.start()
    return len(text)


def teaser_label(text: str, display: str) -> bool:
    """Tell whether a name a line's label gives (`Entérese: …` read as `Name: text`) is the line's teaser label."""
    label = TEASER.match(text)
    return label is not None and not set(WORD.findall(label.group())).isdisjoint(display.split())


def in_teaser_only(display: str, text: str, end: int) -> bool:
    """Tell whether a person (their display name) is named in a line's teaser (text[:end]) and not after it."""
    words = display.split()
    return bool(words) and not set(WORD.findall(text[:end])).isdisjoint(words) \
        and set(WORD.findall(text[end:])).isdisjoint(words)


def state(discourse) -> tuple:
    """Return what a teaser may change of a document's Discourse: its last speakers, its topic and the topic
    before it."""
    return discourse.last_speakers, discourse.topic, discourse.earlier


def unfollow(discourse, before: tuple, text: str, end: int) -> None:
    """Undo what a teaser line (text, its teaser ending at end) did to whom the document follows: the last
    speakers and the topic it set lose the people named in its teaser only, and fall back to before (from
    state(), taken before the line was read) when no one else is left."""
    last, topic, earlier = before
    if discourse.last_speakers is not last and discourse.last_speakers:
        people, when = discourse.last_speakers
        kept = [person for person in people if not in_teaser_only(person.display, text, end)]
        discourse.last_speakers = (kept, when) if kept else last
    if discourse.topic is not topic and discourse.topic:
        person = discourse.topic[0] if not callable(discourse.topic[0]) else discourse.topic[0]()
        if person is None or in_teaser_only(person.display, text, end):
            discourse.topic, discourse.earlier = topic, earlier


def teaser_people_dropped(people: list, text: str, end: int) -> list:
    """Return people without those a line names in its teaser only (text[:end]): whom a quotation opening on the
    next line may go on from (a QuoteTracker's previous speakers)."""
    return [person for person in people if not in_teaser_only(person.display, text, end)]
