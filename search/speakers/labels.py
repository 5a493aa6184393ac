"""Turn labels of transcripts: who a `NAME[, ROLE]:` label names, a person or a generic role.

Shapes met in real transcripts:
- press briefings: `HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE …:`, `PREGUNTA:`, `INTERLOCUTORA:`, `VOZ MUJER:`;
- Mexican presidential conferences: `PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR:`, with typos in the role word
  (`PRESDIDENTE`, `P RESIDENTE`, `PRESIDENT E`, `RESIDENTE` when bold markup ate a letter);
- Spanish Congress and Senate records: `El señor PRESIDENTE:`, `El señor RUFIÁN ROMERO:`,
  `La señora MINISTRA DE HACIENDA (Montero Cuadrado):`;
- interviews: `P.`/`R.`, `Pregunta:`/`Respuesta:`, and mixed case `Carmen Díaz:`;
- a role or outlet in brackets after the name: `PILAR ALEGRÍA (Portavoz del Gobierno):`, `PERIODISTA (El País):`;
- La Moncloa's transcripts, a label closed by `.-`: `Portavoz.-`, `P.-`, `Sra. Alegría.-`,
  `Ministra de Educación, Formación Profesional, Deportes y portavoz del Gobierno, Pilar Alegría. -`.

>>> turn_label("P RESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Buenos días.")
('Andrés Manuel López Obrador', False)
>>> turn_label("La señora MINISTRA DE HACIENDA (Montero Cuadrado): Gracias.")
('Montero Cuadrado', False)
"""

import re
from functools import lru_cache

from search.speakers import lexicon as lex
from search.speakers.chamber_labels import bracketed_person, honorific_label, role_led_label
from search.speakers.names import fold_name, proper_case, within_edits
from search.text.generic_labels import generic_label
from search.text.names import ROLE_WORDS, TITLES, is_given_name
from search.text.vocabulary import is_word_name

SHORT_GENERIC = {"p": "Pregunta"}
ANSWER_LABELS = frozenset({"r", "respuesta"})
ROMAN = re.compile(r"^[IVXLC]+\.?$")

CAPS_LABEL = re.compile(r"^[\s\ufeff]*([^\W\d_a-záéíóúñü][^:\n]{0,250}?)\s*:(?!\d)\s*(.*)$", re.S)
NAME_WORD = r"[A-ZÁÉÍÓÚÑÜ][\w'’\-]*"
MIXED_LABEL = re.compile(
    r"^[\s\ufeff]*((?:(?:El|La)\s+(?:señor|señora|Sr\.|Sra\.)\s+)?" + NAME_WORD
    + r"(?:\s+(?:de|del|la|las|los|y|van|von|" + NAME_WORD + r")){0,5})"
    + r"(?:,\s*([^:\n]{1,80})|\s*\(([^)\n]{1,80})\))?\s*:\s+\S"
)
# A role or outlet in brackets closing a label in capitals: `PILAR ALEGRÍA (Portavoz del Gobierno)`.
BRACKETED = re.compile(r"\s*\(([^()\n]{1,80})\)\s*$")
# A label closed by `.-` (La Moncloa): the label, then `.-`, `. -` or `.–`; an honorific may open it.
DASH_MARK = re.compile(r"\.\s?[-–—]")
DASH_MARK_REACH = 260  # characters a label closed by `.-` may take
ABBREVIATED_HONORIFIC = r"(?:Sr|Sra|Srta|Dr|Dra)\.\s+"
DASH_LABEL = re.compile(r"^[\s\ufeff]*((?:" + ABBREVIATED_HONORIFIC + r")?[^\W\d_][^.:;\n]{0,200}?)\.\s?[-–—]\s*(?=\S)")
HONORIFIC_ABBREVIATION = re.compile("^" + ABBREVIATED_HONORIFIC)
POSSESSIVES = frozenset({"mia", "mio", "nuestra", "nuestro"})
SPELT_HONORIFIC = re.compile(r"^(?:SEÑORA?|SEÑORITA)\s+(?=[^\W\d_a-záéíóúñü]{2})")  # before a label in capitals
# The same label closed by a colon (`Sr. Simón:`, `Dra. Darias:`): a surname after its abbreviated honorific.
ABBREVIATED_LABEL = re.compile(r"^[\s\ufeff]*(" + ABBREVIATED_HONORIFIC + r"[^\W\d_][^.:;\n]{0,80}?)\s*:\s")
# An honorific in capitals before a label in capitals (`EL SEÑOR PRESIDENTE:`, `LA SRA. DARIAS.-`, `SR. SIMÓN:`):
# no part of the name, as `El señor PRESIDENTE:` is read (chamber_labels); alone before the colon, no one's.
CAPS_HONORIFIC = re.compile(r"^[\s\ufeff]*(?:(?P<article>EL|LA)\s+(?:SEÑORA?|SRA?\.|CC?\.)|(?:SRA?|SRTA|DRA?)\.)"
                            r"(?:\s+(?=[^\W\d_a-záéíóúñü])|\s*(?P<alone>:))")
CAPS_HONORIFIC_STARTS = ("EL ", "LA ", "SR", "DR")
# `Voz mujer:`, `Pregunta del público:`: a generic label with a lower-case tail
GENERIC_MIXED = re.compile(r"^[\s\ufeff]*(Voz|Voces|Pregunta|Interlocutora?|Moderadora?|Reportera?|Periodista|"
                           r"Intervención|Participante|Asistente|Público)(?:\s[^:\n]{0,30})?:\s")
MIXED_STARTS = frozenset(
    "el la los las lo un una y e o pero pues en por para con sin de del al a si no sí ya que como cuando "
    "entonces luego así mas más hoy ayer este esta estos estas ese esa eso aquel aquella total resultado "
    "finalmente primero segundo tercero nota ejemplo conclusión capítulo parte fin".split()
)
MIXED_ROLE_WORDS = 8  # a role after a mixed-case name and before its colon is short
ROLE_SPLIT = re.compile(r"\s*(?:,|(?<!\b\w)\.\s|\(|;)\s*")  # not after an initial: `JORGE G. CASTAÑEDA`
# Words of generic labels, as written or mistyped (`INTELOCUTOR`, `INTERVECIÓN`, `PREGUNA`).
GENERIC_WORDS = {"pregunta": "Pregunta", "interlocutor": "Interlocutor", "interlocutora": "Interlocutor",
                 "intervencion": "Intervención", "moderador": "Moderador", "moderadora": "Moderador",
                 "reportero": "Reportero", "reportera": "Reportero", "participante": "Participante"}
# A voice that is no one named: `INTERNET MUJER`, `VOZ DE HOMBRE`, `INTERVENCIÓN HOMBRE`.
VOICES = frozenset({"mujer", "hombre", "mujeres", "hombres", "femenina", "masculina", "nino", "nina"})
# Labels of what is heard but said by no one: a stage direction in capitals (`INAUDIBLE`, `APLAUSOS`).
UNHEARD = {"inaudible": "Intervención", "ininteligible": "Intervención"}
STAGE_WORDS = frozenset(
    "aplausos risas musica video videos enlace silencio pausa receso corte transmision proyeccion himno "
    "grabacion audio presentacion sonido fin continua inicia termina".split())


@lru_cache(maxsize=4096)
def generic(name: str) -> str | None:
    """Return the generic speaker a label names (`PREGUNTA` -> `Pregunta`, `INTELOCUTOR` -> `Interlocutor`,
    `INTERNET MUJER` -> `Voz`, `P.` -> `Pregunta`), or None for a person."""
    folded = fold_name(name).rstrip(". ")
    if folded in SHORT_GENERIC:
        return SHORT_GENERIC[folded]
    display = generic_label(folded)
    if display:
        return display
    words = folded.split()
    if not words:
        return None
    if words[0] in UNHEARD:
        return UNHEARD[words[0]]
    first = words[0]
    if len(first) >= 6:  # a generic word mistyped: one letter off, two in a long word
        for word, display in GENERIC_WORDS.items():
            if within_edits(first, word, 2 if len(word) >= 9 else 1):
                return display
    if len(words) <= 3 and words[-1] in VOICES and not is_given_name(words[0]):
        return "Voz"  # `INTERNET MUJER`, `VOZ DE HOMBRE`: a voice no one named
    return None


# Every role noun the news rules know (`embajador`, `general`, `almirante`), folded, besides the label words
LABEL_ROLES = TITLES | ROLE_WORDS | frozenset(fold_name(word) for word in lex.ROLE_CLASSES)


def _role_word(folded: str) -> bool:
    """Tell whether a folded word is a title or role word, allowing typos of the labels' own role words
    (`presdidente`, `residente`)."""
    if folded in LABEL_ROLES:
        return True
    return len(folded) >= 7 and any(within_edits(folded, role, 2 if len(role) > 8 else 1) for role in ROLE_WORDS)


def _without_role_words(words: list[str]) -> list[str]:
    """Drop the role words that open a label (`PRESIDENTE`, `P RESIDENTE`, `SECRETARIO DE SALUD`) before a name."""
    folded = [fold_name(word).strip(".") for word in words]
    while len(words) > 2:
        if len(words) > 3 and len(folded[0]) <= 8 and _role_word(folded[0] + folded[1]):
            words, folded = words[2:], folded[2:]  # `P RESIDENTE`, `PRESIDENT E`
        elif _role_word(folded[0]):
            given = next((i for i in range(1, len(words) - 1) if is_given_name(folded[i])
                          and not (folded[i - 1] in ("de", "del") and is_word_name(folded[i]))), 1)
            words, folded = words[given:], folded[given:]  # `SECRETARIO DE SALUD JORGE ALCOCER`: `Salud` a body's
        else:
            break
    for index in range(2, len(words)):
        if folded[index] in ROLE_WORDS:
            return words[:index]
    return words


@lru_cache(maxsize=4096)
def caps_name(label: str) -> str | None:
    """Return the display name of an all-caps label, or None when it names nobody."""
    words = ROLE_SPLIT.split(label, maxsplit=1)[0].strip(" .-").split()
    if not words or all(ROMAN.match(word) for word in words):
        return None  # `II: Una gran electora` is a chapter
    if fold_name(words[0]) in STAGE_WORDS:
        return None  # `APLAUSOS`, `VIDEO`: what is heard, said by no one
    words = _without_role_words(words)
    folded = [fold_name(word) for word in words]
    if " ".join(folded) in lex.LABEL_NOT_NAMES or folded[0] in lex.LABEL_NOT_NAMES:
        return None
    return proper_case(" ".join(words))


def person_like_label(name: str) -> bool:
    """Tell whether a mixed-case label reads as a person's name (`Carmen Díaz`), not `Dirección General`."""
    return is_given_name(name.split()[0])


def _caps_label(label: str, has_text: bool) -> tuple[str | None, bool] | None:
    """Return who a label in capitals names (a role or outlet in mixed case may follow it in brackets)."""
    bracketed = BRACKETED.search(label)
    if bracketed and any(ch.islower() for ch in label):
        head = label[:bracketed.start()]
        if not head or any(ch.islower() for ch in head):
            return None
        inside = bracketed.group(1).split()
        if not generic(head) and _role_word(fold_name(head.split()[0])) and all(word[:1].isupper() for word in inside):
            return proper_case(" ".join(inside)), False  # `MINISTRA DE HACIENDA (Montero Cuadrado)`
        label = head
    if any(ch.islower() for ch in label) or any(ch.isdigit() for ch in label):
        return None
    if fold_name(label).rstrip(".") in ANSWER_LABELS:
        return None, False
    found = generic(ROLE_SPLIT.split(label, maxsplit=1)[0])
    if found:
        return found, False
    name = caps_name(label)
    if name and " " not in name and not is_given_name(name) and ("-" in name or len(name) <= 3):
        return None  # `PRI-PAN: …`, `ONU: …`: an acronym, no one's name
    if name and (len(name) > 1 or has_text):
        return name, False
    return None


SALUTED = frozenset({"don", "dona", "d", "d."})  # `Sr. Don Luis Noisse:` opens a letter to him


def _abbreviated(label: str) -> tuple[str | None, bool] | None:
    """Return who `Sr. Simón:` names, as `Sr. Simón.-` (the surname), in mixed case: it starts a turn in a
    transcript only as another label's fuller name (turns._fullest_names), as `Carmen Díaz:` does. A letter's
    salutation to an office or a don (`Sr. Director:`, `Sra. Ministra:`, `Sr. Don Luis:`) names no one who speaks."""
    words = label.split()
    second = fold_name(words[1]) if len(words) > 1 else ""
    if not second or second in ROLE_WORDS or second in TITLES or second in SALUTED:
        return None
    found = _dash_label(label)
    return (found[0], True) if found else None


def _dash_label(label: str) -> tuple[str | None, bool] | None:
    """Return who a label closed by `.-` names: `P` and `Pregunta` the question, `Sra. Alegría` the surname,
    `Ministra de …, Pilar Alegría` the name after the role, `Portavoz` or `Presidente del Gobierno` the role;
    None for anything else (`MADRID.-`, a dateline)."""
    label = " ".join(label.split())
    if fold_name(label) in ANSWER_LABELS:
        return None, False
    spelt = SPELT_HONORIFIC.match(label)
    if spelt:  # `SEÑORA PRESIDENTE.-`, `SEÑOR BORDABERRY.-` (Uruguay's Senate): the honorific is no part of the name
        rest = label[spelt.end():]
        if not rest.isupper() or len(rest.split()) > 4 or fold_name(rest.split()[0]) in POSSESSIVES:
            return None  # `SEÑORA MÍA.-` calls someone
        return proper_case(rest), False
    found = generic(label) if len(label.split()) <= 3 else None
    if found:
        return found, False
    honorific = HONORIFIC_ABBREVIATION.match(label)
    if honorific:
        rest = label[honorific.end():]
        outside, _, inside = rest.partition(" (")  # `Sra. Presidente (Villarruel)`: the person in the bracket
        if inside.endswith(")"):
            return bracketed_person(outside, inside[:-1]), False
        return (proper_case(rest), False) if rest[:1].isupper() and len(rest.split()) <= 4 else None
    role, _, name = label.rpartition(",")
    words = name.split()
    if role and words and is_given_name(words[0]) and len(words) <= 5:
        return proper_case(name.strip()), False
    first = fold_name(label.split()[0])
    if not role and (first in TITLES or first in ROLE_WORDS or generic(first)) and len(label.split()) <= 8:
        return proper_case(label), False  # `Portavoz`, `Secretario de Estado de Comunicación`
    if not role and is_given_name(words[0]) and 2 <= len(words) <= 5 and all(
            word[:1].isupper() or word in ("de", "del", "la", "y") for word in words):
        return proper_case(label), False  # `Pilar Alegría`
    return None


def _after_caps_honorific(rest: str, honorific: re.Match) -> tuple[str | None, bool] | None:
    """Return who the label after an honorific in capitals names: the label's own reading, or the surname
    before `.-` (`SR. SIMÓN.-`, as `Sr. Simón.-`); None for a letter's salutation with no article
    (`SR. DIRECTOR:`, `SRA. MINISTRA:`, `SR. DON LUIS:`), as `_abbreviated` has it, or an honorific alone."""
    if honorific.group("alone"):
        return None  # `EL SEÑOR: es mi pastor`
    words = rest.split(None, 1)
    head = fold_name(words[0].rstrip(":.-–—")) if words else ""
    if not honorific.group("article") and (head in ROLE_WORDS or head in TITLES or head in SALUTED):
        return None
    found = turn_label(rest)
    if found is None:
        dashed = DASH_LABEL.match(rest)
        found = _dash_label("Sr. " + dashed.group(1)) if dashed else None  # the surname after its honorific
    return found


def _dash_opening(paragraph: str) -> tuple[str | None, bool] | None:
    """Return who a label closed by `.-` at the paragraph's start names (`Portavoz.-`, `Sra. Di Tullio.-`), or None."""
    match = DASH_LABEL.match(paragraph) if DASH_MARK.search(paragraph, 0, DASH_MARK_REACH) else None
    return _dash_label(match.group(1)) if match else None


def turn_label(paragraph: str) -> tuple[str | None, bool] | None:
    """Return (speaker, is_mixed_case) when the paragraph opens with a turn label.

    The speaker is None for an answer's label (`R.-`, `RESPUESTA:`), whose speaker the interview decides.
    """
    if paragraph.lstrip()[:3].startswith(CAPS_HONORIFIC_STARTS):
        honorific = CAPS_HONORIFIC.match(paragraph)
        if honorific:
            return _after_caps_honorific(paragraph[honorific.end():], honorific)
    if paragraph.lstrip()[:3] in ("El ", "La "):
        found = honorific_label(paragraph)  # `El señor GARCÍA (Presidente).-`, `La señora Arévalo Araya:`
        if found:
            return found
    if ":" not in paragraph:  # most paragraphs: no label, and no regular expression to try
        return _dash_opening(paragraph)
    match = CAPS_LABEL.match(paragraph)
    if match:
        found = _caps_label(match.group(1), bool(match.group(2)))
        if found is not None:
            return found
        if not any(ch.islower() for ch in BRACKETED.sub("", match.group(1))):
            return None
    match = GENERIC_MIXED.match(paragraph)
    if match:
        return generic(match.group(1)), True
    match = ABBREVIATED_LABEL.match(paragraph)
    if match:
        return _abbreviated(match.group(1))
    found = role_led_label(paragraph)  # `El C. Presidente Raúl Cervantes Andrade:`, `Senador Enrique Burgos García:`
    if found:
        return found
    match = MIXED_LABEL.match(paragraph)
    if not match:
        # `Portavoz.- Pues la respuesta es muy sencilla: no.`: a label closed by `.-` before the text's colon
        return _dash_opening(paragraph[:paragraph.index(":")] + " ")
    words = match.group(1).split()
    if words[0].lower() in MIXED_STARTS or len(words) < 2 or fold_name(words[0]) in lex.LABEL_NOT_NAMES:
        return None
    role = match.group(2) or match.group(3)
    if role and ("," in role or len(role.split()) > MIXED_ROLE_WORDS):
        return None  # `Mario Maldonado, editorialista de El Universal, publica un texto titulado: …` is prose
    return match.group(1), True
