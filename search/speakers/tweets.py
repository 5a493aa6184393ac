"""Embedded posts: the credit line under a tweet makes its text, and the credit line itself, its author's words.

A news page that embeds a tweet keeps, once flattened to text, the tweet's words and then Twitter's credit line:
`— Ana Ruiz (@anaruiz) October 3, 2017`, or in Spanish `— Ana Ruiz (@anaruiz) 3 de octubre de 2017` (the form of
Twitter's embed code, its "Embedded Tweets" documentation; dashes vary, some pages drop it, and a corpus may mask
the numbers as `*NUMBER*`). The lines above the credit line, back to a line that introduces or narrates the post
(`…un tuit que dice:`, `Este video lo compartió el miércoles.`), another credit line, a line given to someone else,
or the 280 characters a tweet may hold, are the author's words; so is the credit line, which attributes them. A
flattened page may also keep the text and its credit in one paragraph. Instagram and Facebook posts leave credit
lines of their own (`Una publicación compartida de Ana Ruiz (@ana.ruiz) el…`, `Publicado por Ana Ruiz en martes, 3
de octubre de 2017`). A media outlet's account (`LOLA (@BuzzFeedLola)`, `EL PAÍS (@el_pais)`) is no person: its
post is nobody's, and what the text around it said of someone else does not reach into it.

>>> results = tweet_speakers(["Lo publicó así.", "Hoy votamos todos.", "— Ana Ruiz (@anaruiz) May 3, 2018"],
...                          [[], [], []], lambda name: name)
>>> results
[[], ['Ana Ruiz'], ['Ana Ruiz']]
"""

import re
from collections.abc import Callable

from search.speakers import lexicon as lex
from search.speakers.names import PARTICLES, fold_name, ordered_in  # PARTICLES: kept in lower case
from search.speakers.people import looks_like_person
from search.text.folding import fold
from search.text.names import is_given_name, within_edits
from search.text.vocabulary import is_vocabulary_word, opens_with_given_name

NUMBER = r"(?:\d{1,4}|\*NUMBER\*)"
# A month by its first three letters, whole or abbreviated (`October`, `Oct.`, `octubre`, `oct.`, `sept.`).
MONTH_EN = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
MONTH_ES = r"(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic)[a-z]*"
DATE = (rf"(?:{MONTH_EN}\.?\s+{NUMBER},?\s+{NUMBER}"  # October 14, 2017
        rf"|{NUMBER}\s+(?:de\s+)?{MONTH_ES}\.?(?:\s+de|,)?\s+{NUMBER}"  # 14 de octubre de 2017, 14 oct. 2017
        rf"|{NUMBER}\s+{MONTH_EN}\.?,?\s+{NUMBER})")  # 14 October 2017
CREDIT = re.compile(r"^\s*(?:[—–―-]+\s*)?(?P<name>[^\s()@—–―][^()@\n—–―]{0,59}?)\s*\(@(?P<handle>\w{1,30})\)"
                    rf"(?:\s*[,|·]?\s*(?P<date>{DATE}))?\s*\.?\s*$", re.I)
# Instagram's and Facebook's embeds leave their own credit lines: `Una publicación compartida de Ana Ruiz (@ana.ruiz) el
# 3 de Oct de 2017 a las 10:15 PDT`, `A post shared by Ana Ruiz (@ana.ruiz) on Oct 3, 2017`, `Publicado por Ana Ruiz
# en martes, 3 de octubre de 2017`.
SHARED = re.compile(r"^\s*(?:una publicación compartida (?:de|por)|a post shared by)\s+(?:(?P<name>[^()@\n]{1,60}?)\s*"
                    r"\(@(?P<handle>[\w.]{1,30})\)|@(?P<alone>[\w.]{1,30}))(?:\s+(?:el|on)\s.*)?\s*$", re.I)
POSTED = re.compile(r"^\s*publicado por\s+(?P<name>[^()@\n]{1,60}?)\s+(?:en|el)\s+(?:[a-záéíóú]+,?\s+)?"
                    rf"(?P<date>{DATE})\s*\.?\s*$", re.I)
INLINE = re.compile(r"\S\s+([—–―]\s*[^—–―()@\n]{1,60}\(@\w{1,30}\)[^—–―()@\n]{0,40})$")  # a credit after the text
DASHED = re.compile(r"^\s*[—–―-]")
TITLE_STEM = 6  # letters that tell a title in English or Spanish (`president`, `presidente`; `senator`, `senadora`)
TWEET_CHARACTERS = 280  # the most a tweet holds (Twitter raised it from 140 in November 2017)
URL = re.compile(r"\*URL\*|https?://\S+|pic\.twitter\.com/\S+|\S+\.\S+/\S+")
HANDLE = re.compile(r"@\w+")
INTRODUCES = re.compile(r":\s*$")  # `…un tuit que promueve ir a ciertos restaurantes:` introduces, not quotes
# The narrator speaking of the tweet (`Este video lo compartió el miércoles.`, `En su cuenta de Twitter escribió`):
# a line above the tweet, not in it.
NARRATES = re.compile(r"\b(?:tuit\w*|twitter|tweet\w*|trino|instagram|facebook|redes sociales|publicación|publicó|"
                      r"escribió|compartió|respondió|reaccionó|pronunció|mensaje|su cuenta)\b", re.I)
MEDIA_WORDS = lex.ORGANISATION_WORDS | frozenset(
    "noticias noticiero informativo informativos radio televisión canal oficial prensa magazine revista "
    "semanario the el la los las".split())
MEDIA_FOLDED = frozenset(fold(word) for word in MEDIA_WORDS)


def may_credit(text: str) -> bool:
    """Tell cheaply whether text may be a post's credit line (most paragraphs are not)."""
    return "(@" in text or "shared by" in text or "compartida" in text or text.lstrip()[:9].lower() == "publicado"


def credit(text: str) -> tuple[str, str] | None:
    """Return (name, handle) when text is a tweet's credit line (`— Ana Ruiz (@anaruiz) May 3, 2018`), or an
    Instagram or Facebook post's, else None. Without a dash, a tweet's date must be there: `Ana Ruiz (@anaruiz)`
    alone may be any mention. A Facebook post's credit has no handle (`""`)."""
    match = CREDIT.match(text)
    if match is not None and (DASHED.match(text) or match.group("date")):
        return match.group("name").strip(" ,"), match.group("handle")
    match = SHARED.match(text)
    if match is not None:  # Instagram: the handle may stand for the name
        return (match.group("name") or match.group("alone")).strip(" ,"), match.group("handle") or match.group("alone")
    match = POSTED.match(text)
    return (match.group("name").strip(" ,"), "") if match is not None else None


def is_personal(name: str, handle: str) -> bool:
    """Tell whether a tweet's author is a person: two or more words that may name one, a given name first or no
    common word among them (`Marisol Rueda`, `ludwika paleta`, `Cardi B`), or one word that is the handle itself
    (`Maluma (@maluma)`); not a media outlet's or a body's account (`LOLA (@BuzzFeedLola)`, `EL PAÍS (@el_pais)`,
    `Noticias Hoy (@noticiashoy)`, `Poder Judicial Chile (@PJudicialChile)`)."""
    words = re.findall(r"[^\W\d_]+", name)
    if not words or len(words) != len(name.split()) or len(words) > 5:
        return False  # digits or symbols (`Canal 22`, `N+`): no person's display name
    if any(fold(word.lower()) in MEDIA_FOLDED for word in words):
        return False
    if len(words) == 1:  # `Maluma (@maluma)`; a brand writes its name in capitals (`MARCA (@marca)`)
        return not words[0].isupper() and fold(words[0].lower()) == fold(re.sub(r"[_.]", "", handle.lower()))
    if not handle:  # a Facebook page's credit has no handle to tell a person's account by: a given name must
        return is_given_name(words[0])
    capitalised = [word.capitalize() for word in words]
    # a title before the name is no part of it (`Gobernadora Quiroga`, `Senador Pablo Erice`)
    named = capitalised[1:] if capitalised[0].lower() in lex.ROLE_CLASSES else capitalised
    # a given name first says person; without one, a word of the vocabulary says a body's or a place's account
    # (`Poder Judicial Chile`, `Mito Urbano`, `Somos Oriente`), which a person's display name does not hold
    return opens_with_given_name(named) or looks_like_person(capitalised) \
        and not any(map(is_vocabulary_word, named))


def tweet_speakers(paragraphs: list[str], results: list[list], person: Callable[[str], object]) -> list[list]:
    """Give each embedded post (its text and its credit line, or the one paragraph that holds both) to its author
    when a person; person(name) returns the document's person for a name. A media account's post is nobody's: its
    lines lose the speakers that quotation or salience carried into them."""
    found = results
    for index, text in enumerate(paragraphs):
        if not may_credit(text):
            continue
        credited, inline = credit(text), None
        if credited is None:  # `Hoy votamos. pic.twitter.com/x — Ana Ruiz (@anaruiz) May 3, 2018`: one paragraph
            inline = INLINE.search(text)
            credited = credit(inline.group(1)) if inline else None
        if credited is None:
            continue
        personal = is_personal(*credited)
        author = person(_cased(credited[0])) if personal else None
        lines = [] if inline else _tweet_lines(paragraphs, index, results, credited[0] if personal else "")
        found = found if found is not results else list(results)
        for line in lines + [index]:
            found[line] = [author] if personal else []
    return found


def credited_person(people, name: str, clock: int):
    """Return the document's person for a post's display name (people: search.speakers.people.People). A display
    name often adds a title (`President Trump`, `Senadora Rosa Gil`) or spells the surname another way than the
    article (`Jimmy Kimmel` for the article's `Jimmy Kemmel`): when the name is no one the article knows, a
    title before a known name is dropped, and a known person with the same given name and a surname one letter
    off (five letters or more) is the author."""
    words = name.split()
    key = [fold_name(word) for word in words]
    # the credit line itself may have made a person of the display name: the article's own is another
    others = [person for person in people.known if person.tokens and person.tokens != key]
    near = []
    if len(words) >= 2 and not is_given_name(words[0]):
        near = [person for person in others if key[0] not in person.tokens and ordered_in(person.tokens, key[1:])]
        titled = [person for person in near if any(role.kind[:TITLE_STEM] == key[0][:TITLE_STEM]
                                                   for role in person.roles)]
        near = titled or near  # `President Trump`: the Trump the article calls president, not his wife
    if not near and len(words) == 2 and len(key[1]) >= 5:
        near = [person for person in others if len(person.tokens) >= 2 and person.tokens[0] == key[0]
                and len(person.tokens[-1]) >= 5 and within_edits(person.tokens[-1], key[1], 1)]
    return near[0] if len(near) == 1 else people.person(words, clock)


def _cased(name: str) -> str:
    """Return a display name written all in lower case with capitals (`ludwika paleta` gives `Ludwika Paleta`)."""
    if not name.islower():
        return name
    return " ".join(word if word in PARTICLES else word.capitalize() for word in name.split())


def _tweet_lines(paragraphs: list[str], index: int, results: list[list], author: str) -> list[int]:
    """Return the lines of the tweet above the credit line at index: back to a line that introduces it or speaks of
    it, another credit line, a blank line, a line already given to someone other than the author, or the characters
    a tweet may hold (links and handles count little)."""
    lines, size = [], 0
    words = set(fold(author.lower()).split())
    for before in range(index - 1, -1, -1):
        text = paragraphs[before].strip()
        if not text or INTRODUCES.search(text) or NARRATES.search(URL.sub("", text)) or credit(text) is not None:
            break
        if any(words.isdisjoint(fold(getattr(other, "display", str(other)).lower()).split())
               for other in results[before]):
            break
        size += len(HANDLE.sub("@", URL.sub("", text)))
        if size > (TWEET_CHARACTERS if lines else 2 * TWEET_CHARACTERS):  # a lone line may carry a little more
            break
        lines.append(before)
    return sorted(lines)
