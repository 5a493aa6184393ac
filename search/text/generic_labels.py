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


def generic_label(folded: str) -> str | None:
    """Return the generic speaker whose label a folded word or label begins with (`periodista` -> `Reportero`)."""
    return next((display for prefix, display in GENERIC_LABELS if folded.startswith(prefix)), None)
