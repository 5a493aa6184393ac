"""Generic speakers of transcripts: reporters, moderators, voice-overs, and the words their labels are written with.

Its own small module, with no import, since a search reads it (`orador:periodista`) and must not load the
speakers' names and roles (search.text.names) to do so; search.speakers.labels finds the labels.

>>> generic_label("periodistas"), generic_label("ana")
('Reportero', None)
"""

# (search.speakers.labels finds them)
GENERIC_SPEAKERS = frozenset({"Pregunta", "Interlocutor", "Moderador", "Reportero", "Voz", "Intervención",
                              "Participante"})
# The words transcripts label them with (a prefix of the folded label) and the one name each is shown by: a
# label `Periodista:` is Reportero in hits and facets, and `orador:periodista` searches it (query/speakers.py).
GENERIC_LABELS = (
    ("pregun", "Pregunta"), ("interloc", "Interlocutor"), ("nterloc", "Interlocutor"),
    ("moderador", "Moderador"), ("reporter", "Reportero"), ("periodista", "Reportero"),
    ("voz", "Voz"), ("voces", "Voz"), ("intervenci", "Intervención"),
    ("participante", "Participante"), ("asistente", "Participante"), ("publico", "Participante"),
)
assert {display for _, display in GENERIC_LABELS} <= GENERIC_SPEAKERS


# The words a feed's speaker field gives a generic speaker with, folded, as a whole word (a prefix would take
# `Vozniak` for a voice): `"speaker": "Periodista"` is Reportero, as a transcript's label `PERIODISTA:` is.
FEED_WORDS = frozenset(
    "pregunta preguntas interlocutor interlocutora interlocutores moderador moderadora reportero reportera "
    "reporteros reporteras periodista periodistas voz voces intervencion participante participantes asistente "
    "asistentes publico".split())
FEED_WORDS_LONGEST = 4  # words: `Periodista de El País`, `Voz en off`; a longer field says more than a label


def generic_label(folded: str) -> str | None:
    """Return the generic speaker whose label a folded word or label begins with (`periodista` -> `Reportero`)."""
    return next((display for prefix, display in GENERIC_LABELS if folded.startswith(prefix)), None)


def generic_speaker(folded: str) -> str | None:
    """Return the generic speaker a feed's folded speaker field names (`periodista` -> `Reportero`, `voz en
    off` -> `Voz`): its first word one of FEED_WORDS, in FEED_WORDS_LONGEST words at most; None for a name
    (`vozniak`, `ana gil`).

    >>> generic_speaker("periodista"), generic_speaker("voz en off"), generic_speaker("vozniak")
    ('Reportero', 'Voz', None)
    """
    words = folded.split()
    if not words or words[0] not in FEED_WORDS or len(words) > FEED_WORDS_LONGEST:
        return None
    return generic_label(words[0])
