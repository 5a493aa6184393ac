"""Quoted words that are nobody's words: a term or a title in quotation marks (`alias "el loco"`, `"In Search of
Steve Ditko"`, `bajo el titular «…»`), and what a country or a body asks for or calls something (`Canadá demandará la
"puesta en marcha…"`). The quotation tracker (search.speakers.quotes) gives such words no speaker.

>>> only_terms('Lo llaman "el loco de piel amarilla".'), body_before_quote('El Ministerio pedirá una "revisión total".')
(True, True)
>>> stands_as_speech('Y añadió un matiz: «Nadie lo sabe».'), narrators_quote('¿Es grave «dudar de todo»?')
(True, True)
"""

import re

from search.speakers import lexicon as lex
from search.speakers.things import DOCUMENTS, WORKS, plural_of_people

OPENING_MARK = re.compile("[«“„\"]")
TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")
GOVERNORS = lex.GOVERNING | {"a", "al", "de", "del", "en", "con", "por", "para", "sobre", "entre", "ante", "según", "y"}
BODY_ARTICLES = frozenset({"el", "la", "los", "las"})
TERM_STARTS = frozenset({"el", "la", "los", "las"})
# Nouns before a quotation that make it a name, not words said: `bajo el titular «…»`, `con el lema «…»`.
TITLE_NOUNS = frozenset("titular titulares título títulos lema lemas eslogan consigna consignas rótulo leyenda "
                        "letrero etiqueta hashtag apodo alias mote seudónimo".split()) | WORKS
# …or the name of a work, whose title capitalises its first word only (`la saga "Canción de hielo y fuego"`).
IMPERSONAL_CLITICS = frozenset({"les", "nos", "me", "te"})  # not `le`: `le dijeron` may have its subject after
MODALS = frozenset("puede pueden podía podían pudo podrá podría suele solía".split())
INFINITIVE_ENDINGS = ("ar", "er", "ir")
READING = frozenset("lee leía leyó leerá ve veía vio escucha escuchaba escuchó oye oía oyó recoge recogía recogió "
                    "establece establecía estableció".split())  # `se recoge en la demanda`, `se establece en la ley`
QUOTATION = re.compile(r'[«“"]([^«»“”"]+)[»”"]')
LISTED_WORDS = 6  # words at most in an item of a list of titles
ITEM_STOPS = re.compile(r"[.!?¿¡:;]")
LIST_JOINT = re.compile(r"\s*(?:,|,?\s+[yeo])\s*")  # what joins the items of a list: a comma, `y`, `e`, `o`


def body_before_quote(text: str, news: bool = True) -> bool:
    """Tell whether, in the sentence where its first quotation opens, a country or a body stands before the mark as
    no preposition's complement (`Canadá demandará la "puesta en marcha…"`, `El Ministerio pedirá una "revisión…"`,
    `Los resultados mostraron… "lapsos breves"`), or the sentence opens with a group of people (`Trabajadores y
    técnicos han presentado denuncias porque "…"`, `Los vecinos piden "…"`), or a plural verb with no subject reports
    them (`les advierten que "…"`): the quoted words are then what that
    subject asks or calls something, not the words of the last speaker. news: the document is news, where the words
    before a colon are read too (a novel's colon opens dialogue: only the words after it)."""
    mark = OPENING_MARK.search(text)
    if mark is None:
        return False
    start = text.rfind(". ", 0, mark.start()) + 1  # in news, the sentence's words before a colon too (`La Dirección
    # X tiene entre sus atribuciones: «…»`); a novel's colon opens dialogue, whose speaker the narration before it gives
    if not news:
        start = max(start, text.rfind(": ", 0, mark.start()) + 1)
    tokens = TOKEN.findall(text[start:mark.start()])
    opening = tokens[1:2] if tokens[:1] and tokens[0].lower() in BODY_ARTICLES else tokens[:1]
    if opening and plural_of_people(opening[0].lower()):
        return True  # `Trabajadores… han presentado denuncias porque "…"`: a group's words, the narrator's line
    if _impersonal(tokens) or _impersonal_se(tokens):
        return True
    for index, token in enumerate(tokens):
        before = tokens[index - 1].lower() if index else ""
        if before in GOVERNORS or not token[:1].isupper():
            continue
        word = token.lower()
        nxt = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        alone = not nxt or nxt.isalpha() and not tokens[index + 1][:1].isupper()  # `Canadá`, not `Santiago Peña`
        if word in lex.PLACES and word not in lex.DETERMINERS and alone \
                or word in BODY_ARTICLES and (nxt in lex.ORGANISATION_WORDS or nxt in DOCUMENTS):
            return True
        if word in lex.ORGANISATION_WORDS and before in BODY_ARTICLES \
                and not (index > 1 and tokens[index - 2].lower() in GOVERNORS):
            return True  # `…, la Organización Mundial de la Salud ha repetido que "…"`: a body's name after its article
    return False


def _impersonal(tokens: list[str]) -> bool:
    """Tell whether the words before a quotation report it with a plural verb that has no subject, after a clitic
    (`En las notificaciones les advierten que "…"`, `Nos dicen que "…"`): an unnamed they, no one salient."""
    for index, token in enumerate(tokens):
        if token[:1].isupper() and index and tokens[index - 1] not in ".:":
            return False  # a name before the verb may be its subject
        if token.lower() in lex.PLURAL and index and tokens[index - 1].lower() in IMPERSONAL_CLITICS:
            return True
    return False


def closed_impersonally(text: str) -> bool:
    """Tell whether the words after a paragraph's last closing mark give what it closes to an impersonal `se` (`…Es
    todo" son algunas de las opiniones que se pueden leer en su cuenta.`, `…», se lee en la pancarta`): no one's."""
    close = max(text.rfind("»"), text.rfind("”"), text.rfind('"'))
    credit = re.split(r"[.;!?]\s", text[close + 1:], maxsplit=1)[0]  # the sentence the mark closes, not the next
    lowered = [token.lower() for token in TOKEN.findall(credit)]
    # `…", continúa mientras se termina de arreglar`: a verb of aspect before `de` and an infinitive says nothing
    return close >= 0 and any(impersonal_at(lowered, index) and not _aspect(lowered, index + 1)
                              for index, word in enumerate(lowered[:-1]) if word == "se")


def _aspect(lowered: list[str], index: int) -> bool:
    """Tell whether the verb at index leads `de` and an infinitive (`termina de arreglar`, `acaba de salir`)."""
    return lowered[index + 1:index + 2] == ["de"] and index + 2 < len(lowered) \
        and lowered[index + 2].endswith(INFINITIVE_ENDINGS)


def _impersonal_se(tokens: list[str]) -> bool:
    """Tell whether the words before a quotation report it with an impersonal `se` (`en la web se puede leer que es
    una "…"`, `En el informe se afirma que "…"`, `se lee: «…»`): a text or an unnamed source, not the person followed.
    A verb that takes `se` of its own subject (`Ruiz se quejó de que…`, `se pregunta`) is no such report."""
    lowered = [token.lower() for token in tokens]
    return any(impersonal_at(lowered, index) for index, word in enumerate(lowered[:-1]) if word == "se")


def impersonal_at(lowered: list[str], index: int) -> int:
    """Return how many words after `se` at index report with an impersonal `se` (`se puede leer`: 2, `se afirma`:
    1), else 0; lowered: a sentence's tokens in lower case."""
    verb = lowered[index + 1] if index + 1 < len(lowered) else ""
    if verb in MODALS and index + 2 < len(lowered) and lowered[index + 2].endswith(INFINITIVE_ENDINGS):
        return 2  # `se puede leer`, `se podía escuchar`
    if (verb in READING or verb in lex.SINGULAR and verb not in lex.REFLEXIVE and not verb.startswith("pregunt")) \
            and lowered[index + 2:index + 4] not in (["a", "sí"], ["a", "si"]):  # `se asegura a sí mismo`
        return 1
    return 0


def stands_as_speech(text: str) -> bool:
    """Tell whether a quotation in text stands as someone's words: it opens the paragraph (`“Antes yo creía…”`) or
    follows a colon (`A ello se suma la crisis: “No sólo…”`, `respondió: «…»`), rather than running on in the
    narrator's sentence (`síntomas «parecidos a un catarro»`)."""
    for mark in OPENING_MARK.finditer(text):
        before = text[:mark.start()].rstrip()
        if not before or before.endswith(":"):
            return True
    return False


def narrators_quote(text: str) -> bool:
    """Tell whether the sentence of text's first quotation shows the words quoted in its run are the narrator's: it
    names their source (`síntomas «parecidos a un catarro», según el hospital`) or asks a question (`¿es tan grave
    "dudar de todo"?`). Then the last speaker did not say them (search.speakers.quotes)."""
    mark = OPENING_MARK.search(text)
    if mark is None:
        return False
    start = max(text.rfind(". ", 0, mark.start()), text.rfind("? ", 0, mark.start())) + 1
    end = text.find(". ", mark.end())
    sentence = text[start:end if end >= 0 else len(text)]
    return "según" in sentence.lower().split() or "¿" in sentence[:mark.start() - start] and "?" in sentence


def only_terms(text: str) -> bool:
    """Tell whether every quotation of a paragraph names something rather than reports words: it opens with an
    article (`alias "el loco de piel amarilla"`) or most of its words are capitalised (`"In Search of Steve Ditko"`)."""
    quotes = list(QUOTATION.finditer(text))
    return bool(quotes) and all(_term(quote.group(1).split()) or _titled(text, quote.start())
                                or _listed(text, quotes, at) for at, quote in enumerate(quotes))


def _listed(text: str, quotes: list, at: int) -> bool:
    """Tell whether quotation at (of quotes, a paragraph's) is a short capitalised item of a list of such items,
    joined only by commas and `y`, `e`, `o` (`las series «Luz de luna», «Amores» y «El regreso»`): a list of titles,
    not words said; a quotation made of sentences (a stop or a question inside) is no item."""
    def item(quote) -> bool:
        words = quote.group(1).split()
        return 0 < len(words) <= LISTED_WORDS and words[0][:1].isupper() and not ITEM_STOPS.search(quote.group(1))

    def joined(left, right) -> bool:
        return LIST_JOINT.fullmatch(text[left.end():right.start()]) is not None

    before, after = quotes[at - 1] if at else None, quotes[at + 1] if at + 1 < len(quotes) else None
    return item(quotes[at]) and (before is not None and item(before) and joined(before, quotes[at])
                                 or after is not None and item(after) and joined(quotes[at], after))


def _titled(text: str, mark: int) -> bool:
    """Tell whether a noun that names a title stands before the quotation mark at mark (`bajo el titular «…»`)."""
    before = text[max(0, mark - 20):mark].lower().split()
    return bool(before) and before[-1] in TITLE_NOUNS


def _term(words: list[str]) -> bool:
    if not words:
        return True
    capitalised = sum(1 for word in words if word[:1].isupper())
    return words[0].lower() in TERM_STARTS or len(words) > 1 and capitalised * 3 >= len(words) * 2
