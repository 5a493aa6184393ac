"""A transcript's title, made from what it is and its date, when its first line is speech.

A plain text takes its first line as its title. A transcript's first line is somebody's
first words (`JOSÉ LUIS ALOMÍA ZEGARRA, DIRECTOR…: Muy buenas noches…`), which names
neither the document nor the speaker of the paragraph a search finds. So a document is
a **transcript** when at least two of its paragraphs open with a turn label
(`NAME[, ROLE]: …`), of at least two speakers; and when its first line is such a turn (or
opens in capitals, a label that lost its colon) and reads as speech, its title becomes
its kind, found in its opening words, and its date:

>>> transcript_title(["ANA PÉREZ: Buenas noches. Iniciamos la conferencia de prensa.",
...                   "PREGUNTA: ¿Y las vacunas?"], "2020-06-15.txt", "2020-06-15")
'Conferencia de prensa, 2020-06-15'

A title the file gives (front matter, a heading, a jsonl `title`) is never replaced, nor
a first line that reads as a title (`Emilia Pardo Bazán: Cuentos de amor`).
"""

import re
from pathlib import PurePosixPath

from search import speakers
from search.text.folding import fold_name

OPENING_PARAGRAPHS = 5  # where a transcript says what it is ("iniciamos la conferencia…")
SPEECH_WORDS = 12  # a first line longer than this is speech, not a title
SPEECH_END = re.compile(r"[.?!…»\"”)]\s*$")
CAPITALS_LABEL = re.compile(r"^(?:[^\W\d_a-záéíóúñü]{2,}[\s,.-]+){3}")  # three words in capitals
REPORTERS = frozenset({"Pregunta", "Interlocutor", "Reportero"})  # labels of the press's turns
PRESS_CONFERENCE = "Conferencia de prensa"
CONFERENCE = "Conferencia"
SESSION = "Sesión"
TRANSCRIPT = "Transcripción"
# What a transcript is, as its opening words say it (folded), the most telling first:
# a briefing may call itself "la sesión" or "esta entrevista" beside "la conferencia".
KINDS = (
    ("conferencia de prensa", PRESS_CONFERENCE),
    ("rueda de prensa", "Rueda de prensa"),
    ("conferencia matutina", "Conferencia matutina"),
    ("mananera", "Conferencia matutina"),
    ("conferencia", CONFERENCE),
    ("comparecencia", "Comparecencia"),
    ("entrevista", "Entrevista"),
    ("mesa redonda", "Mesa redonda"),
    ("sesion", SESSION),
)


def turn_speakers(paragraphs: list[str]):
    """Yield the speaker of each paragraph that opens with a turn label, in order."""
    for text in paragraphs:
        label = speakers.turn_label(text)
        if label and label[0]:
            yield label[0]


def is_transcript(paragraphs: list[str]) -> bool:
    """Tell whether paragraphs are a transcript: turns of two speakers or more."""
    first = None
    for speaker in turn_speakers(paragraphs):  # stops at the second speaker
        if first is None:
            first = speaker
        elif speaker != first:
            return True
    return False


def opens_with_speech(paragraphs: list[str]) -> bool:
    """Tell whether the first paragraph is a turn that reads as speech rather than a title."""
    first = paragraphs[0] if paragraphs else ""
    if not (speakers.turn_label(first) or CAPITALS_LABEL.match(first)):
        return False
    return len(first.split()) > SPEECH_WORDS or bool(SPEECH_END.search(first))


def transcript_kind(paragraphs: list[str]) -> str:
    """Return what a transcript is: the kind its opening names, else by who speaks."""
    opening = fold_name(" ".join(paragraphs[:OPENING_PARAGRAPHS]))
    kind = next((name for key, name in KINDS if key in opening), None)
    if kind in (None, CONFERENCE, SESSION) and any(name in REPORTERS for name in turn_speakers(paragraphs)):
        return PRESS_CONFERENCE  # the press asks: a press conference, however it says so
    return kind or TRANSCRIPT


def transcript_title(paragraphs: list[str], doc: str, date: str | None) -> str | None:
    """Return the title made for a transcript that opens with speech, else None.

    The title is the kind and the ISO date ("Conferencia de prensa, 2020-06-15"), or the
    kind and the file's name when the document has no date.
    """
    if not (opens_with_speech(paragraphs) and is_transcript(paragraphs)):
        return None
    kind = transcript_kind(paragraphs)
    return f"{kind}, {date}" if date else f"{kind}: {PurePosixPath(doc).stem}"
