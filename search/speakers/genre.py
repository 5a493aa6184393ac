"""What kind of text a document is, decided once from its paragraphs: a news item, a story, or a long text.

Some rules of attribution hold in news only, and a document's kind is decided here, once, for all of them:

- short (at most SHORT paragraphs): the document is read whole for the names of things (a work keeps its name
  from one end of an article to the other: search.speakers.evidence), its questions may be an interview's
  (search.speakers.interviews), and a first line `Autor: Título` is a headline's speaker when the body names them
  again (search.speakers.labels). Longer is a book or a transcript;
- news (short, and no story): its headline names a main actor whom a description (`el peleador irlandés`) may
  stand for, its source may glue a tag to a verb or cut a sentence over two lines, a message may be relayed with no
  verb of saying, an untagged dash answer is the last speaker's, an unquoted paragraph in the first person goes on
  with the speaker before it, and a name given first (`Saúl Álvarez, conocido como Canelo`) holds for its alias;
- a story (a tale, a novel's chapter) is as short as a long news item, but tells itself in the first person or
  in dialogue in dashes: dozens of such paragraphs, or a third of them, where a news item quotes a handful
  (fiction_es's short works have 28 to 163 paragraphs; the news items of speakers_news_dev, news_dev3 and blind5-10
  at most 4 in dashes, a fifth of their paragraphs), and a narrator tags some of its lines (`—¿Vienes?
  —preguntó.`), where an interview in dashes tags none of its answers.

>>> kind = document_kind(["Titular", "Ana Gil dijo que sí."])
>>> kind.short, kind.news
(True, True)
>>> document_kind(["—¿Vienes? —preguntó.", "—No."] * 10).news, document_kind(["—¿Vienes?", "—No."] * 10).news
(False, True)
"""

import re
from dataclasses import dataclass

from search.speakers.sentences import DASHES

SHORT = 400  # paragraphs: longer is a book or a transcript
STORY = 20  # paragraphs of dialogue in dashes, or of narration in the first person: a story
TAGGED = 3  # paragraphs of dialogue tagged by the narrator, in a text a third of which is dialogue: a story
TAG = re.compile(r"\s[—–―-]\s*[a-záéíóúñ]")  # `…? —preguntó`, `… —dijo Marta`: a tag after the words said
# Words of the first person singular that no third-person sentence uses (`me`, `mí`, `estoy`, `he dicho`).
FIRST_SINGULAR = frozenset("yo me mí mi mis conmigo estoy soy estuve fui tengo tuve creo pienso he hice quiero "
                           "puedo debo sé".split())
# The first person plural: a news item's narrator uses it seldom (`Recordemos que…`), so it goes on only after a
# quotation (search.speakers.first_person); never a possessive, which a government's press office writes
# (`nuestro país cumple…`).
FIRST_PLURAL = frozenset("nosotros nosotras nos".split())
PLURAL_ENDS = ("amos", "emos", "imos")  # `últimos`, `próximos`: an accent before the ending, no verb
# `Recordemos que…`: the narrator's own imperative, no one's voice going on
NOT_VERBS = frozenset({"recordemos"})
# After a plural article, possessive, demonstrative, a quantifier or a numeral, a word in `-mos` is a noun or an
# adjective (`sus reclamos`, `los tramos`, `estos extremos`, `dos primos`, `los mismos`), and after a third person
# pronoun it is no verb of ours (`ellos mismos`, `sí mismos`); a clitic `los`/`las` after a negation or `se` leads
# a verb (`no los vimos`, `se las dimos`). A singular one never stands before a plural noun, and `lo`, `la` are
# clitics there (`lo hacemos`).
NOUN_MARKERS = frozenset(
    "los las unos unas sus mis tus nuestros nuestras vuestros vuestras estos estas esos esas aquellos aquellas "
    "varios varias algunos algunas otros otras muchos muchas pocos pocas ambos ambas ciertos diversos numerosos "
    "sendos dos tres cuatro cinco seis siete ocho nueve diez once doce quince veinte treinta cuarenta cincuenta "
    "cien cientos mil ellos ellas sí ustedes".split())
CLITIC_LEADS = frozenset("no ya se nunca también tampoco".split())
ACCENTED = re.compile("[áéíóú]")
WORD = re.compile(r"[^\W\d_]+")
TOKEN = re.compile(r"\w+")
MARKS = re.compile("[«»“”\"?¿]")
SENTENCE_ENDS = ".!?:;—―–-"  # what precedes a sentence's first word, but for spaces


@dataclass(frozen=True)
class Kind:
    """A document's kind: short (read whole), news (short and no story); voiced[i] tells that paragraph i is
    unquoted and in the first person singular, plural[i] in the first person plural, in news only
    (search.speakers.first_person reads them)."""

    short: bool
    news: bool
    voiced: tuple[bool, ...] = ()
    plural: tuple[bool, ...] = ()


def is_short(paragraphs: list[str]) -> bool:
    """Tell whether a document is short (see SHORT): an article, an interview or a story, not a book or a
    transcript."""
    return len(paragraphs) <= SHORT


def document_kind(paragraphs: list[str]) -> Kind:
    """Return the kind of a document given as its paragraphs (see the module's docstring)."""
    if not is_short(paragraphs):
        return Kind(False, False)
    voiced = tuple(in_first_person(paragraph) for paragraph in paragraphs)
    dialogue = [paragraph for paragraph in paragraphs if paragraph.lstrip()[:1] in DASHES]
    story = sum(voiced) >= STORY or (len(dialogue) >= STORY or len(dialogue) * 3 >= len(paragraphs)) \
        and sum(1 for paragraph in dialogue if TAG.search(paragraph, 1)) >= TAGGED
    if story:
        return Kind(True, False, voiced)
    return Kind(True, True, voiced, tuple(in_first_plural(paragraph) for paragraph in paragraphs))


def in_first_person(text: str) -> bool:
    """Tell whether an unquoted paragraph speaks in the first person singular (`A mí me tocó…`, `Mi madre dijo…`),
    a capitalised word counting only where it opens a sentence (`el hotel Mi Casa` is a name)."""
    if MARKS.search(text):
        return False
    return any(word.group().lower() in FIRST_SINGULAR
               and (word.group()[0].islower() or _opens_sentence(text, word.start()))
               for word in WORD.finditer(text))


def in_first_plural(text: str) -> bool:
    """Tell whether an unquoted paragraph speaks in the first person plural (`seguiremos`, `estamos`, `nosotros`,
    `íbamos`), a capitalised word counting only where it opens a sentence (`Nos Alegramos` is a title)."""
    if MARKS.search(text):
        return False
    before: list[str] = []  # the word and the two before it, when only spaces part them
    last = 0
    for match in TOKEN.finditer(text):
        word = match.group().lower()
        before = before[-2:] + [word] if text[last:match.start()].isspace() else [word]
        last = match.end()
        if not match.group().isalpha() or not (match.group()[0].islower() or _opens_sentence(text, match.start())):
            continue
        if word in FIRST_PLURAL or word.endswith(PLURAL_ENDS) and len(word) > 5 and word not in NOT_VERBS \
                and (not ACCENTED.search(word) or word.endswith(("íamos", "ábamos"))) and not _noun(before[:-1]):
            return True
    return False


def _noun(before: list[str]) -> bool:
    """Tell whether the words before a word in `-mos` (at most two, the nearest last) make it a noun or an
    adjective, not a verb (see NOUN_MARKERS)."""
    if not before or before[-1] not in NOUN_MARKERS and not before[-1].isdigit():
        return False
    return not (before[-1] in ("los", "las") and before[:-1] and before[0] in CLITIC_LEADS)


def _opens_sentence(text: str, start: int) -> bool:
    """Tell whether the word at start opens the text or follows a mark that ends a sentence (spaces between)."""
    while start and text[start - 1].isspace():
        start -= 1
    return not start or text[start - 1] in SENTENCE_ENDS
