"""Transcript turns: `NAME[, ROLE]: text` labels, and bold Markdown labels rewritten as plain.

>>> turn_speakers(["PREGUNTA: ¿Y las vacunas?", "HUGO LÓPEZ-GATELL RAMÍREZ: Llegan hoy.", "Son dos lotes."])
['Pregunta', 'Hugo López-Gatell Ramírez', 'Hugo López-Gatell Ramírez']
"""

import re

from search.speakers import lexicon as lex
from search.speakers.names import fold_name, proper_case

GENERIC_LABELS = (
    ("pregun", "Pregunta"), ("interloc", "Interlocutor"), ("nterloc", "Interlocutor"),
    ("moderador", "Moderador"), ("reporter", "Reportero"), ("periodista", "Reportero"),
    ("voz", "Voz"), ("voces", "Voz"), ("intervenci", "Intervención"),
    ("participante", "Participante"), ("asistente", "Participante"), ("publico", "Participante"),
)
GENERIC_SPEAKERS = frozenset(display for _, display in GENERIC_LABELS)
SHORT_GENERIC = {"p": "Pregunta"}
ANSWER_LABELS = frozenset({"r", "respuesta"})
TITLES = frozenset("presidente presidenta doctor doctora dr dra lic licenciado licenciada senor senora ing maestro maestra".split())
ROLE_WORDS = frozenset(
    "director directora secretario secretaria subsecretario subsecretaria titular representante gobernador "
    "gobernadora jefe jefa coordinador coordinadora comisionado comisionada asesor asesora presidente presidenta".split()
)

CAPS_LABEL = re.compile(r"^[\s\ufeff]*([^\W\d_a-záéíóúñü][^:\n]{0,250}?)\s*:(?!\d)\s*(.*)$", re.S)
NAME_WORD = r"[A-ZÁÉÍÓÚÑÜ][\w'’\-]*"
MIXED_LABEL = re.compile(
    r"^[\s\ufeff]*((?:(?:El|La)\s+(?:señor|señora|Sr\.|Sra\.)\s+)?" + NAME_WORD
    + r"(?:\s+(?:de|del|la|las|los|y|van|von|" + NAME_WORD + r")){0,5})(?:,\s*([^:\n]{1,80}))?\s*:\s+\S"
)
HONORIFIC = re.compile(r"^(?:El|La)\s+(?:señor|señora|Sr\.|Sra\.)\s+")
MIXED_STARTS = frozenset(
    "el la los las lo un una y e o pero pues en por para con sin de del al a si no sí ya que como cuando "
    "entonces luego así mas más hoy ayer este esta estos estas ese esa eso aquel aquella total resultado "
    "finalmente primero segundo tercero nota ejemplo conclusión capítulo parte fin".split()
)
ROLE_SPLIT = re.compile(r"\s*(?:,|\.\s|\(|;)\s*")

BOLD_LABEL = re.compile(r"^(\s*(?:>\s*)?)((?:\*\*[^*\n]+?\*\*[ \t]*)+)(:?)[ \t]*")
BOLD_RUN = re.compile(r"\*\*([^*\n]+?)\*\*")


def _generic(name: str) -> str | None:
    folded = fold_name(name)
    if folded in SHORT_GENERIC:
        return SHORT_GENERIC[folded]
    for prefix, display in GENERIC_LABELS:
        if folded.startswith(prefix):
            return display
    return None


def _caps_name(label: str) -> str | None:
    """Return the display name of an all-caps label, or None when it names nobody."""
    name = ROLE_SPLIT.split(label, maxsplit=1)[0].strip(" .-")
    words = name.split()
    folded = [fold_name(word).strip(".") for word in words]
    while len(words) > 2 and folded[0] in TITLES:
        words, folded = words[1:], folded[1:]
    for index in range(2, len(words)):
        if folded[index] in ROLE_WORDS:
            words = words[:index]
            break
    if not words or " ".join(folded[: len(words)]) in lex.LABEL_NOT_NAMES or folded[0] in lex.LABEL_NOT_NAMES:
        return None
    return proper_case(" ".join(words))


def turn_label(paragraph: str) -> tuple[str | None, bool] | None:
    """Return (speaker, is_mixed_case) when the paragraph opens with a turn label."""
    if ":" not in paragraph:  # most paragraphs: no label, and no regular expression to try
        return None
    match = CAPS_LABEL.match(paragraph)
    if match and not any(ch.islower() for ch in match.group(1)) and not any(ch.isdigit() for ch in match.group(1)):
        label = match.group(1)
        if fold_name(label) in ANSWER_LABELS:
            return None, False
        generic = _generic(ROLE_SPLIT.split(label, maxsplit=1)[0])
        if generic:
            return generic, False
        name = _caps_name(label)
        if name and (len(name) > 1 or match.group(2)):
            return name, False
        return None
    match = MIXED_LABEL.match(paragraph)
    if not match:
        return None
    name = HONORIFIC.sub("", match.group(1))
    generic = _generic(name) if len(name.split()) == 1 else None
    if generic and fold_name(name) in {"pregunta", "interlocutor", "interlocutora", "moderador", "moderadora"}:
        return generic, True
    words = name.split()
    if words[0].lower() in MIXED_STARTS or (len(words) < 2 and name == match.group(1)):
        return None
    return name, True


def turn_speakers(paragraphs: list[str]) -> list[str | None]:
    """Return the turn speaker of each paragraph, None outside any turn."""
    labels = [turn_label(paragraph) for paragraph in paragraphs]
    found = [label for label in labels if label is not None]
    caps = sum(1 for label in found if not label[1])
    if not found or (len(found) < 3 and not (caps >= 2 or any(l[0] and len(l[0].split()) > 1 for l in found if not l[1]))):
        return [None] * len(paragraphs)
    trust_mixed = len(found) >= 3 and caps < 2
    speakers, current, in_turn = [], None, False
    for label in labels:
        if label is not None and (trust_mixed or not label[1]):
            current, in_turn = label[0], True
        speakers.append(current if in_turn else None)
    return speakers


def _join_runs(runs: list[str], gaps: list[str]) -> str:
    label = runs[0]
    for run, gap in zip(runs[1:], gaps):
        glue_word = not gap or (len(label.split()[-1]) == 1 and label.split()[-1].isupper() and run[:1].isupper())
        label = label + ("" if glue_word else " ") + run
    return label


def normalize_markdown_label(line: str) -> str:
    """Rewrite a bold speaker label (`**NAME, ROLE:**`, split runs too) as plain `NAME, ROLE: `."""
    match = BOLD_LABEL.match(line)
    if not match:
        return line
    spans = list(BOLD_RUN.finditer(match.group(2)))
    runs = [span.group(1).strip() for span in spans]
    gaps = [match.group(2)[a.end():b.start()] for a, b in zip(spans, spans[1:])]
    label = _join_runs(runs, gaps)
    if not (label.endswith(":") or match.group(3)):
        return line
    label = label.rstrip(":").strip()
    rest = line[match.end():]
    if not label or turn_label(label + ": x") is None:
        return line
    return f"{match.group(1)}{label}: {rest}"
