"""Unquoted paragraphs in the first person, in news: the voice of whoever spoke in the paragraph before.

A news item speaks of people in the third person; a paragraph in the first person singular with no quotation
marks (`A mí me tocó hacer una investigación…`, a pull quote printed without marks: `Estoy siendo muy duro con…`)
goes on with the words of the speaker of the paragraph before it. Not a question (an interviewer's), not a
heading, not in a story (search.speakers.genre), and not in an opinion column, whose author writes in the first
person too: a paragraph in the first person where no one spoke just before (`Yo crecí en un barrio…` under the
byline) is the author's, and then so are the others (`Me pregunto a qué ciudad se refiere.` after the mayor's
words). The first person plural (`Y así seguiremos…`), which a news item's narrator uses seldom (`Recordemos
que…`), goes on with the speaker only right after a paragraph with a quotation or one in the speaker's own
voice (an interview's answer over several paragraphs), and never tells a column.
`Mi` inside a name (`el hotel Mi Casa`) is no first person: a capital counts only opening a sentence.

>>> from search.speakers.people import Person
>>> from search.speakers.genre import document_kind
>>> ana = Person(["ana", "gil"], "Ana Gil")
>>> paragraphs = ["Titular", "Gil dijo que sí.", "Yo no me rindo."]
>>> [[p.display for p in found] for found in first_person(paragraphs, [[], [ana], []], document_kind(paragraphs))]
[[], ['Ana Gil'], ['Ana Gil']]
"""

from search.speakers.descriptions import HEADINGS
from search.speakers.genre import MARKS, Kind, document_kind, in_first_person  # noqa: F401  (in_first_person: read here)


def first_person(paragraphs: list[str], speakers: list[list], kind: Kind | None = None) -> list[list]:
    """Return speakers with each unattributed, unquoted paragraph in the first person singular given the last
    speaker of the paragraph before it (once filled, the next such paragraph goes on with them), and each one in
    the first person plural that follows a quotation its speaker; kind: the document's (search.speakers.genre),
    found here if not given. If a paragraph in the first person singular follows no speaker, the author writes in
    the first person (a column): speakers are returned as they are."""
    kind = kind or document_kind(paragraphs)
    if not kind.news:
        return speakers
    result = list(speakers)
    spoken = set()  # paragraphs filled here: the speaker's own words, unquoted
    for index in range(HEADINGS, len(paragraphs)):
        if not result[index] and kind.voiced[index]:
            if not result[index - 1]:
                return speakers  # the author's own voice
            result[index] = result[index - 1][-1:]
            spoken.add(index)
        elif not result[index] and kind.plural[index] and result[index - 1] \
                and (MARKS.search(paragraphs[index - 1]) or index - 1 in spoken):
            # `«…pero estamos salvando vidas».` then `Y así seguiremos…`; an answer in the first person (`Yo diría
            # que…`) then `Otros logros están en…, que estamos creando`
            result[index] = result[index - 1][-1:]
            spoken.add(index)
    return result
