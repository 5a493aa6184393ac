"""Interviews: questions set apart, and the answers the interviewee's, with or without labels.

Many interviews print the questions as paragraphs of their own (in bold on the page, a `¿…?` in the text)
and the answers without any label or quotation mark:

    La periodista Ana Ruiz entrevistó a Elena Marín.          <- the introduction names who asks and who answers
    ¿Qué le motivó a escribir este libro?                     <- a question: it states nobody's view
    Me motivó lo que me sucedió en un viaje.                  <- an answer: the interviewee's
    Al parecer nunca tuviste miedo.                           <- a statement addressed to her: a question too

Some label them (`P:`/`R:`, `Pregunta.`/`Respuesta.`, a dash before each line). A document is an interview
when two paragraphs or more are questions, and either its introduction says it is one (`entrevistó a`, `habló
con este diario`, `en una entrevista con este periódico`, `Hablamos con él`) or the paragraphs after the
questions speak in the first person. The interviewee is the person the introduction names as such, else
the one it names most. A question credits no one, even when the introduction names who asks: it asks and
states no view (several questions in a row, `¿Cuándo? ¿Por qué?`, are one question paragraph). The first
question may close the introduction's paragraph (`…entrevistó a Li. ¿Cuándo lo supo?`): the answers start
after it. Labelled questions and answers (`P:` and `R:`, `—P.` and `—R.`, `Pregunta.—` and `Respuesta.—`) make an
interview from the first exchange, and their answers are the interviewee's whether or not they say `yo`.

>>> from search.speakers.people import People, Person
>>> ana = Person(["ana", "ruiz"], "Ana Ruiz")
>>> texts = ["Ana Ruiz publica un libro.", "¿Por qué lo escribió?", "Porque yo lo necesitaba.",
...          "¿Y ahora?", "Ahora descanso, me lo merezco."]
>>> [[p.display for p in found] for found in interview_answers(texts, [[ana], [], [], [], []])]
[['Ana Ruiz'], [], ['Ana Ruiz'], [], ['Ana Ruiz']]
"""

import re
from collections import Counter

from search.speakers import lexicon as lex
from search.speakers.genre import Kind, document_kind
from search.speakers.mentions import TOKEN, Sentence, sentence_spans

# A question, or several in a row (`¿Cuándo empezó? ¿Por qué?`); not a line of dialogue.
QUESTION = re.compile(r"^[^\w—–―-]*¿[^?]*\?(?:\s*¿[^?]*\?)*\W*$|^[^\W\d_][^.!?]{0,200}\?\W*$")
# Where an introduction's last sentences ask (`…entrevistó a Li. ¿Cuándo lo supo?`): a `¿` that opens a sentence.
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[¿¡«“\"]?[A-ZÁÉÍÓÚÑ])")
TRAILING_QUESTION = re.compile(r"(?<=[.!?…])\s+¿")
QUESTION_LABEL = re.compile(r"^\s*(?:P|Pregunta)\s*[.:]\s*|^\s*[—–―-]\s*(?=¿)")  # `P: ¿…?`, `Pregunta. ¿…?`, `—¿…?`
DASH_QUESTION = re.compile(r"^\s*[—–―-]\s*(?=¿)")  # a story's dialogue, or an interview's dashes
ANSWER_LABEL = re.compile(r"^\s*(?:R|Respuesta)\s*[.:]\s*|^\s*[—–―-]\s*(?!¿)")
FIRST_PERSON = lex.FIRST_PERSON_WORDS | {"creo", "pienso", "digo"}
# A statement addressed to the interviewee (`Al parecer no tomaste precauciones.`) asks too.
SECOND_PERSON = frozenset(
    "tú usted ustedes te ti contigo tu tus vos eres estás tienes puedes quieres crees sabes piensas has".split())
SECOND_PAST = re.compile(r"^[a-záéíóúñ]{2,}(?:aste|iste)$")  # `tomaste`, `tuviste`
WORD = re.compile(r"\w+")
MARKS = re.compile("[«»“”\"]")
# The introduction says the document is an interview: who is interviewed, and by whom if said.
INTERVIEWS = re.compile(r"(?<!una )(?<!la )(?<!esta )(?<!su )\b(?:ha\s+|han\s+)?entrevist(?:ó|a|aba|ado|amos|aron)\s+"
                        r"(?:a|al)\b", re.I)  # the verb, not the noun (`una entrevista a este medio`)
INTERVIEWED = re.compile(
    r"\b(?:habl|convers|charl)(?:ó|a|aba|amos)\s+con\s+(?:este|esta|nuestro|nuestra)\b|"
    r"\bentrevista\s+(?:con|a|para)\s+(?:este|esta|nuestro|nuestra)\b|"
    r"^\W*(?:una\s+)?entrevista\s+(?:con|a|al)\b|"  # a title: `Entrevista con la ministra de Hacienda, X`
    r"\bconcedi(?:ó|do)\s+una\s+entrevista\b|\brecib(?:e|ió)\s+a\s+(?:este|esta|nuestro|nuestra)\s+"
    r"(?:diario|periódico|medio|redacción|emisora|cadena)\b|\b(?:habl|convers|charl)amos\s+con\s+(?:él|ella)\b", re.I)
# `habló en exclusiva con X`, `conversamos con X`: the one talked with, named after `con`
TALKED_WITH = re.compile(r"\b(?i:habl|convers|charl)(?:ar|amos|ó|aba|ábamos)\s+"
                         r"(?:en\s+exclusiva\s+|largo\s+y\s+tendido\s+)?con\s+(?=[A-ZÁÉÍÓÚÑ])")
# An answer's own label (`R:`, `R.-`, `Respuesta.—`): the document says its answers are answers
LABELLED_ANSWER = re.compile(r"^\s*(?:[—–―-]\s*)?(?:R|Respuesta)\s*(?:[.:]|\.\s?[-–—])\s*")
MIN_QUESTIONS = 2
FIRST_QUESTION = 20  # paragraphs: an interview's introduction is short
FIRST_PERSON_SHARE = 0.3  # of the answers: an interview's answers speak in the first person


def interview_answers(paragraphs: list[str], results: list[list], people=None, asked=None,
                      kind: Kind | None = None) -> list[list]:
    """Return results with the questions of an interview credited to no one and the answers to
    the interviewee. results are the speakers found so far per paragraph; people the document's People (to read
    the introduction); asked[i] tells a paragraph was labelled a question elsewhere (`P:` read as a turn)."""
    results = quoted_headline(paragraphs, results)
    asked = asked or [False] * len(paragraphs)
    if not (kind or document_kind(paragraphs)).short \
            or not any(asked) and "?" not in "".join(paragraphs[:FIRST_QUESTION + 1]):  # a book's are its characters'
        return results
    questions = [i for i, text in enumerate(paragraphs) if asked[i] or _question(text, results[i])]
    # labelled questions and answers (`P:`, `R:`) make an interview from the first exchange
    least = 1 if any(asked) and any(LABELLED_ANSWER.match(text) for text in paragraphs) else MIN_QUESTIONS
    if len(questions) < least or questions[0] > FIRST_QUESTION:
        return results
    first = questions[0]
    opened = next((i for i in range(first) if _trailing_question(paragraphs[i])), None)
    _, interviewee = _introduced(paragraphs[:first], people) if people is not None else (None, None)
    if interviewee is not None and opened is not None:
        first = opened  # the introduction ends on the first question: the answers start after it
    if interviewee is None:  # a story's dialogue (`—¿Vendrás?`) is no interview: only bare questions count
        questions = [i for i in questions if asked[i] or not DASH_QUESTION.match(paragraphs[i])]  # `P.` stays
        if len(questions) < least or questions[0] > FIRST_QUESTION:
            return results
        first = questions[0]
    answers = [i for i in range(first + 1, len(paragraphs)) if i not in questions and paragraphs[i].strip()]
    if interviewee is not None:
        # addressed to the interviewee, in the second person: a question (only after an answer)
        questions += [i for i in answers if _addressed(paragraphs[i]) and i - 1 not in questions]
        answers = [i for i in answers if i not in questions]
    unattributed = [i for i in answers if not results[i] or ANSWER_LABEL.match(paragraphs[i])]
    if not answers or len(unattributed) < len(answers) / 2:
        return results
    if interviewee is None:
        speaking = sum(1 for i in unattributed if not FIRST_PERSON.isdisjoint(WORD.findall(paragraphs[i].lower())))
        labelled = any(LABELLED_ANSWER.match(paragraphs[i]) for i in unattributed)  # `R:`: answers, first person or not
        if not labelled and speaking < max(2, FIRST_PERSON_SHARE * len(unattributed)):
            return results
        named = Counter(person for found in results[:first] for person in found)
        if not named:
            return results
        interviewee = max(named, key=lambda person: (named[person], -_first_seen(results, person)))
    found = [[interviewee] if i in unattributed else people_found for i, people_found in enumerate(results)]
    for i in questions:
        found[i] = []
    return found


def _question(text: str, found: list) -> bool:
    """Tell whether a paragraph is a question of an interview: alone, or after a label (`P:`, `—¿`)."""
    if "?" not in text:
        return False
    stripped = text.strip()
    label = QUESTION_LABEL.match(stripped)
    if label:
        return stripped.endswith(("?", "?»", "?”")) or "?" in stripped[label.end():]
    return not found and QUESTION.match(stripped) is not None and not MARKS.search(text)


def _trailing_question(text: str) -> bool:
    """Tell whether a paragraph ends on an interview's first question after sentences that introduce it
    (`Ruiz habló con este diario. ¿Cuándo lo supo? Al parecer nadie te avisó.`): its last sentences ask, or are
    addressed to the interviewee in the second person, and quote nobody."""
    opening = TRAILING_QUESTION.search(text)
    if opening is None:
        return False
    asked = text[opening.end() - 1:].strip()
    last = asked.rfind("?")
    if MARKS.search(asked) or not _question(asked[:last + 1], []):
        return False
    rest = asked[last + 1:].strip()
    return not rest or _addressed(rest)


def _addressed(text: str) -> bool:
    """Tell whether a paragraph is addressed to someone in the second person, and says nothing of the speaker."""
    words = WORD.findall(text.lower())
    return FIRST_PERSON.isdisjoint(words) and (not SECOND_PERSON.isdisjoint(words)
                                               or any(SECOND_PAST.match(word) for word in words))


def _introduced(paragraphs: list[str], people) -> tuple:
    """Return (interviewer, interviewee) as the introduction names them (either may be None)."""
    for index, text in enumerate(paragraphs):
        for pattern, by_subject in ((INTERVIEWS, False), (INTERVIEWED, True), (TALKED_WITH, False)):
            match = pattern.search(text)
            if match is None:
                continue
            found = _named_by(paragraphs, index, match, by_subject, people)
            if found[1] is not None:  # else a later sentence may name them (`Hablamos con él` in a headline)
                return found
    return None, None


def _named_by(paragraphs: list[str], index: int, match, by_subject: bool, people) -> tuple:
    """Return (interviewer, interviewee) as one sentence of the introduction (paragraphs[index]) names them."""
    text = paragraphs[index]
    before, after = _mentioned(text[:match.start()], people), _mentioned(text[match.end():], people)
    if not by_subject:  # `X entrevistó a Y`: the first name of its sentence (`X, que trabaja con Z, entrevistó a Y`)
        sentence = _mentioned(SENTENCE_END.split(text[:match.start()])[-1], people)
        return (sentence[0] if sentence else None), (after[0] if after else None)
    if match.group().lower().endswith(("él", "ella")):  # `Hablamos con él`: the one just introduced
        earlier = [person for paragraph in paragraphs[:index + 1] for person in _mentioned(paragraph, people)]
        return None, (Counter(earlier).most_common(1)[0][0] if earlier else None)
    subject = before or after  # `X habló con este diario`, `En una entrevista con este diario, X…`
    return None, (subject[-1] if before else subject[0]) if subject else None


def _mentioned(text: str, people) -> list:
    """Return the people a stretch of text names, in order (governed names included: `al director X`)."""
    tokens = TOKEN.findall(text)
    found = []
    for start, end in sentence_spans(tokens):
        sentence = Sentence(tokens[start:end], people, 0)
        found += [sentence.mention_person(mention) for mention in sentence.mentions
                  if len(mention.tokens) > 1 or mention.person is not None]
    return found


def _first_seen(results: list[list], person) -> int:
    return next(i for i, found in enumerate(results) if person in found)


def quoted_headline(paragraphs: list[str], results: list[list]) -> list[list]:
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


# The outlet as the subject of a talk with someone (`EL COLOMBIANO conversó con Jaime Camil, el actor…`, `Este
# diario habló con la alcaldesa, Ana Gil`, `LA RAZÓN entrevistó a…`): an interview whose questions were dropped.
# A meeting between two people (`el ministro conversó con el alcalde`) has no outlet as its subject.
OUTLET_TALKED = re.compile(
    r"(?:\b(?:EL|LA|LOS|LAS)(?:\s+[A-ZÁÉÍÓÚÑ]{2,}\b)+|\b(?:[Ee]ste|[Ee]sta|[Nn]uestro|[Nn]uestra)\s+(?:diario|medio|"
    r"periódico|redacción|casa\s+editorial|emisora|revista|portal)\b)\s+(?:(?:ya\s+)?(?:ha|había)\s+)?"
    r"(?:(?:convers|habl|charl|dialog)(?:ó|ado)\s+con|entrevist(?:ó|ado)\s+a)\s+")
NAMED_NEAR = 120  # characters after `conversó con` in which the interviewee is named (past an article and a role)


# A name right after `conversó con` (`EL COLOMBIANO habló con Maldy.`): a person though one word, as the frame says.
NAME_AFTER = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'-]+(?:\s+(?:(?:de|del|de la)\s+)?[A-ZÁÉÍÓÚÑ][\w'-]+)*")


def outlet_interviewee(text: str, people, clock: int = 0) -> object | None:
    """Return the person a news line says the outlet talked with (OUTLET_TALKED), once the line was read (so people,
    the document's People, knows them), else None: whose words the quotations after it are when no one else is
    credited. The interviewee is the known person named first within NAMED_NEAR characters after the verb, else
    the name right after it, added to people as seen at clock (a sentence count)."""
    match = OUTLET_TALKED.search(text)
    if match is None:
        return None
    after = text[match.end():match.end() + NAMED_NEAR]
    name = NAME_AFTER.match(after)
    if name is not None and name.group().split()[0].lower() not in lex.FUNCTION_WORDS \
            and people.find(name.group().split()) is None:
        return people.person(name.group().split(), clock)
    best = None
    for person in people.known:
        if not person.display:
            continue
        at = after.find(person.display)
        if at < 0 and len(person.display.split()) > 1:
            at = after.find(person.display.split()[-1])
        if at >= 0 and (best is None or at < best[0]):
            best = (at, person)
    return best[1] if best else None
