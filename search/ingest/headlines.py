"""The headline a file names apart from its text, read first when speakers are found.

A plain text's first line is its headline and its first paragraph: speaker attribution reads it as a news
item's headline (search.speakers.headlines), whose person a role in the body stands for (`Albares advierte…`,
then `El ministro de Exteriores cree que…`). Other formats name their headline in a field that is no
paragraph: a .md file's front matter `title` or its first `# heading` (markdown.parse), a .jsonl record's
`title` (jsonl_documents). Read without it, the same article lost its attribution (trial35, finding 2):
the headline is put back before the paragraphs for attribution only, and its own line's speakers dropped,
since it is no record of its own.

What the body gains from it is narrow: on a line that credits no one read alone, the people the headline
introduces whom a description there stands for (`el líder del PP`, `el experto`: search.speakers.mechanisms
`verb:described`, or a pronoun's `…:resolved`). Read whole, a headline also moved the body's other guesses (a
title's words `Reseña de Hell` taken for the subject of `habla de`, a body's `Colombiamoda` for a person's
name), and in a line that credits others already, a description went to the headline's person where the line's
own was meant (`expresó el orientador`: the coach it names, not the forward the headline asks about). On pools
of real items with their titles (fix35b's report), every line those changed was wrong, and every one this
narrow reading changes right.

>>> from search.records import Document
>>> headline_of(Document("a.md", "Albares advierte que Europa debe estar preparada", ["El ministro cree…"]))
'Albares advierte que Europa debe estar preparada'
>>> headline_of(Document("a.txt", "Titular", ["Titular", "Texto."], title_is_first_line=True)) is None
True
"""

from search.records import Document
from search.settings import MAX_TITLE_CHARS
from search.text.folding import fold_name

# The mechanisms by which a body line credits someone met before, whom a description or pronoun stands for
DESCRIBED = ("verb:described",)
RESOLVED = ":resolved"


def usable(title: str | None, first: str) -> str | None:
    """Return a title the file gives as a headline to read before `first` (the paragraph after it), or None:
    none given, longer than a headline (a feed's field filled with a whole article), or the same words as the
    first paragraph (a feed that repeats its headline as the text's first line: read once)."""
    title = (title or "").strip()
    if not title or len(title) > MAX_TITLE_CHARS:
        return None
    if " ".join(fold_name(title).split()) == " ".join(fold_name(first).split()):
        return None
    return title


def headline_of(document: Document) -> str | None:
    """Return the headline a document's file names apart from its paragraphs (front matter, a heading, a feed's
    `title`), or None: a plain text's title is its first line, a title made for a transcript names no one, and a
    feed's standalone records each have their own (record_headline)."""
    if document.title_is_first_line or document.standalone or not document.paragraphs:
        return None
    return usable(document.title, document.paragraphs[0])


def record_headline(document: Document, index: int) -> str | None:
    """Return the headline of a feed's standalone record (its own `title`, document.titles[index]), or None."""
    if not document.standalone or not document.titles or index >= len(document.titles):
        return None
    return usable(document.titles[index], document.paragraphs[index])


def headed_speakers(find, paragraphs: list[str], headline: str | None, traced=None) -> list[list[str]]:
    """Return the speakers of each paragraph: find(paragraphs)'s (search.speakers.paragraph_speakers), and, with a
    headline, on a paragraph that credits no one, the people a description in it stands for when the headline is
    read before them as a news item's first line (traced: search.speakers.attributions, {speaker: mechanism} per
    line read)."""
    alone = find(paragraphs)
    if headline is None or traced is None or all(alone):
        return alone
    headed = traced([headline, *paragraphs])[1:]
    result = []
    for names, credited in zip(alone, headed):
        result.append(names or [name for name, why in credited.items()
                                if why in DESCRIBED or why.endswith(RESOLVED)])
    return result
