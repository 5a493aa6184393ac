"""Interviews without labels: questions set apart, and the answers the interviewee's.

Many interviews print the questions as paragraphs of their own (in bold on the page, a `¿…?` in the text)
and the answers without any label or quotation mark:

    Ana Requena reivindica en su nuevo libro el placer.      <- the introduction names the interviewee
    ¿Qué le motivó a escribir este libro?                     <- a question: the interviewer's
    Me motivó lo que me sucedió en un viaje.                  <- an answer: the interviewee's

A document is such an interview when two paragraphs or more are questions alone, and the paragraphs after
them speak in the first person and name no speaker. The interviewee is the person the introduction
names most. A headline that is all quotation and names nobody is the words of the document's main
speaker (an interview's title quotes the interviewee).

>>> from search.speakers.people import People, Person
>>> ana = Person(["ana", "ruiz"], "Ana Ruiz")
>>> texts = ["Ana Ruiz publica un libro.", "¿Por qué lo escribió?", "Porque yo lo necesitaba.",
...          "¿Y ahora?", "Ahora descanso, me lo merezco."]
>>> [[p.display for p in found] for found in interview_answers(texts, [[ana], [], [], [], []])]
[['Ana Ruiz'], [], ['Ana Ruiz'], [], ['Ana Ruiz']]
"""

import re
from collections import Counter

QUESTION = re.compile(r"^[^\w—–―-]*¿[^?]*\?\W*$|^[^\W\d_][^.!?]{0,200}\?\W*$")  # no line of dialogue
FIRST_PERSON = frozenset(
    "yo me mi mis conmigo nos nosotros nosotras nuestro nuestra nuestros nuestras creo pienso digo".split())
WORD = re.compile(r"\w+")
MARKS = re.compile("[«»“”\"]")
MIN_QUESTIONS = 2
FIRST_QUESTION = 20  # paragraphs: an interview's introduction is short
LONGEST = 400  # paragraphs: a document longer than this is a book, whose questions are its characters'
FIRST_PERSON_SHARE = 0.3  # of the answers: an interview's answers speak in the first person


def interview_answers(paragraphs: list[str], results: list[list]) -> list[list]:
    """Return results with the answers of an unlabelled interview given to the interviewee (results are the
    speakers found so far, per paragraph)."""
    results = _quoted_headline(paragraphs, results)
    if len(paragraphs) > LONGEST or "?" not in "".join(paragraphs[:FIRST_QUESTION + 1]):
        return results
    questions = [i for i, text in enumerate(paragraphs) if "?" in text and not results[i]
                 and QUESTION.match(text.strip()) and not MARKS.search(text)]
    if len(questions) < MIN_QUESTIONS or questions[0] > FIRST_QUESTION:
        return results
    first = questions[0]
    answers = [i for i in range(first + 1, len(paragraphs)) if i not in questions and paragraphs[i].strip()]
    unattributed = [i for i in answers if not results[i]]
    if not answers or len(unattributed) < len(answers) / 2:
        return results
    speaking = sum(1 for i in unattributed if not FIRST_PERSON.isdisjoint(WORD.findall(paragraphs[i].lower())))
    if speaking < max(2, FIRST_PERSON_SHARE * len(unattributed)):
        return results
    named = Counter(person for found in results[:first] for person in found)
    if not named:
        return results
    interviewee = max(named, key=lambda person: (named[person], -_first_seen(results, person)))
    return [[interviewee] if i in unattributed else found for i, found in enumerate(results)]


def _first_seen(results: list[list], person) -> int:
    return next(i for i, found in enumerate(results) if person in found)


def _quoted_headline(paragraphs: list[str], results: list[list]) -> list[list]:
    """Give a headline that is all quotation and names nobody to the document's main speaker."""
    if not paragraphs or results[0] or not MARKS.match(paragraphs[0].strip()[:1]):
        return results
    text = paragraphs[0].strip()
    if MARKS.search(text[-2:]) is None:
        return results
    counts = Counter(person for found in results[1:] for person in found)
    if not counts:
        return results
    main, count = counts.most_common(1)[0]
    return [[main]] + results[1:] if count >= 2 else results
