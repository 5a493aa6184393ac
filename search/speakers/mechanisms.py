"""Which mechanism credited each (line, person): a trace kept only when asked for, never in the index.

`search.speakers.attributions` runs a document with the trace on; each stage that adds a person to a line notes
its name here, and the first one to add a (line, person) pair is the pair's mechanism. With the trace off (how
indexing runs), `recording()` is None and no stage does any work for it. The mechanisms:

- in a paragraph's own sentences (search.speakers.attributor): a verb of saying and its subject named in the
  sentence, before the verb (`verb:named-before`) or after it (`verb:named-after`: `«…», dijo X`, `Así lo expresó
  X`); a subject that is a role, a pronoun or a description resolved to a person met before (`verb:described`); a
  verb with no subject in the sentence, given the last speaker or the person talked about (`verb:subjectless`);
  `según X` and the other openers (`opener`), `Para X, …` (`para`), `a su juicio` (`possessive`), a passive's
  agent (`passive`), a stance (`stance`: `X es escéptico con…`, `no está de acuerdo`), a stance noun
  (`stance-noun`: `La reacción de X ha sido…`), a verb of stance in its frame (`stance-verb`: `teme que`,
  `respalda la medida`), a noun of speech a person owns before a colon's quotation (`speech-owner`: `la máxima de
  X: «…»`, `Su discurso sonó como un aviso: «…»`), a dative view (`dative`: `A X le parece que…`), an infinitive
  led by another verb (`infinitive`: `volvió a insistir`), a gerund (`gerund`), a label before a colon
  (`label`: `Gil: «…»`, a headline's `…: Meade`), the topic of a sentence before a colon quotation
  (`colon-quote`); those an opener, a stance or a gerund credits to someone not named in the sentence get
  `:resolved` (`Para ella, …`);
- in the document pass (search.speakers.reported): a quotation over lines, its speaker carried onto a line that goes
  on with it (`quote:carried`) or decided where it closes (`quote:closed`); quoted words no verb attributes, given to
  whoever is salient (`quote:salient`); a lost opening mark (`quote:stray-close`), an attribution that points back
  (`quote:back`), single marks (`quote:single`), dash dialogue (`quote:dialogue`) (search.speakers.quotes tells
  which; `quote-span` if it did not); someone quoted inside another's quotation (`inner-quote`), a letter's signature
  (`signature`), a relayed message's author (`relayed`), a headline label or credit (`headline`), a headline's
  claim its lead credits (`headline-claim`), a quotation credited later (`credited-quote`), a quoted heading
  (`quoted-heading`), a tweet's credit line (`tweet`), an interview's answer (`interview`), a signed text's statement
  line (`signed-text`: a letter or an op-ed in the first person that its author signs), unquoted first person
  after a speaker (`first-person`), a repeated paragraph (`repeat`), the person in focus (`focus`), a panel's
  guest (`panel`), a group's shared view (`group`);
- in a transcript: its label (`transcript-label`).

A user could be shown why a line is someone's from these names (a tooltip on the speaker facet: «atribuido por
`según X`»); nothing shows them yet.

>>> with tracing() as trace:
...     why = recording(2)
...     stage(why, "focus", [[], []], [["Ana"], []])
>>> why
[{'Ana': 'focus'}, {}]
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from search.speakers import lexicon as lex
from search.speakers.openers import OPENERS
from search.speakers.stance_nouns import STANCE_NOUNS, stance_noun_copula
from search.speakers.stance_verbs import STANCE_VERBS

# a document's lines, each {person: mechanism}, for each document run while the trace is on
_TRACE: ContextVar[list[list[dict]] | None] = ContextVar("speaker_mechanisms", default=None)
POSSESSIVE_STARTS = frozenset(opener[0] for opener in lex.POSSESSIVE_OPENERS)


@contextmanager
def tracing() -> Iterator[list[list[dict]]]:
    """Turn the trace on for the block; yield the list that each document's lines' mechanisms are appended to."""
    trace: list[list[dict]] = []
    token = _TRACE.set(trace)
    try:
        yield trace
    finally:
        _TRACE.reset(token)


def on() -> bool:
    """Tell whether the trace is on."""
    return _TRACE.get() is not None


def recording(lines: int) -> list[dict] | None:
    """Return a new document's record, one {person: mechanism} per line (appended to the trace), or None if the
    trace is off."""
    trace = _TRACE.get()
    if trace is None:
        return None
    why: list[dict] = [{} for _ in range(lines)]
    trace.append(why)
    return why


def stage(why: list[dict] | None, mechanism: str, before: list[list], after: list[list]) -> None:
    """Note mechanism for each (line, person) in after that was not in before nor noted already."""
    if why is None:
        return
    for line, old, new in zip(why, before, after):
        for person in new:
            if person not in old:
                line.setdefault(person, mechanism)


def statement(lower: list[str], position: int, person, key: int) -> str:
    """Return the mechanism of one statement of a sentence (search.speakers.attributor): lower, the sentence's
    lower-case tokens; position, where its person stands (the verb's index when no one in the sentence is its
    subject); key, the verb's or opener's index."""
    word = lower[key] if 0 <= key < len(lower) else ""
    at = _named_at(person, lower)
    named = at >= 0
    if word == ":":
        kind = "colon-quote"
    elif word in OPENERS:
        kind = "para" if word == "para" else "opener"
    elif word in POSSESSIVE_STARTS and tuple(lower[key:key + 3]) in lex.POSSESSIVE_OPENERS:
        kind = "possessive"
    elif (word in lex.PASSIVES or word in lex.NEWS_PASSIVES) and lower[key + 1:key + 2] == ["por"]:
        kind = "passive"  # `fue anunciada por X`; `ha señalado` is a verb like any other
    elif word in STANCE_NOUNS:  # `La reacción de X fue…`; `la negativa de X a reconocer…` (its complement)
        kind = "stance-noun" if stance_noun_copula(lower, key) is not None else "stance-noun:complement"
    elif word in lex.DATIVE_VIEWS:
        kind = "dative"
    elif word in lex.STANCES or word in lex.STANCE_LOCUTIONS:
        kind = "stance"
    elif word in STANCE_VERBS:
        kind = "stance-verb"
    elif word in lex.GERUNDS:
        kind = "gerund"
    elif word in lex.INFINITIVES or word in lex.ATTACHED or word in lex.PHRASE_INFINITIVES:
        kind = "infinitive"
    elif named:
        return "verb:named-after" if at > key else "verb:named-before"
    elif position != key or lower[key + 1:key + 2] and lower[key + 1] in lex.DETERMINERS:
        return "verb:described"  # `el ministro dijo`, `«…», dijo la ministra`, `Así lo expresó el presidente`
    else:
        return "verb:subjectless"
    return kind if named else kind + ":resolved"


def _named_at(person, lower: list[str]) -> int:
    """Return where the sentence (its lower-case tokens) first writes a word of the person's name, or -1."""
    words = {word.lower() for word in getattr(person, "display", "").split()}
    return next((index for index, token in enumerate(lower) if token in words), -1)


def regroup(groups: list[list[int]]) -> None:
    """Give each line of the document just recorded its group's record: groups[i] lists the lines that were read
    as the document's i-th paragraph (a sentence a splitter cut in two)."""
    trace = _TRACE.get()
    if trace:
        trace[-1] = [why for why, group in zip(trace[-1], groups) for _ in group]


def taken() -> list[dict] | None:
    """Remove and return the record of the document just run, or None if the trace is off or none was made."""
    trace = _TRACE.get()
    return trace.pop() if trace else None


def keep(why: list[dict]) -> None:
    """Append a document's record to the trace, if it is on."""
    trace = _TRACE.get()
    if trace is not None:
        trace.append(why)
