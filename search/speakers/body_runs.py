"""Capitalised runs that name no person, by their own words or by how the document writes them.

The press of Chile, Colombia and Argentina credits statements to bodies as often as to people (`Asobares explicó`,
`estimó el Relevamiento de Expectativas del Mercado (REM)`), and a name read off a longer one keeps only its tail
(`Públicas de Medellín` from `Empresas Públicas de Medellín`). search.speakers.personhood asks the questions on a
run's own words (a place's, a saint's, a brand's, someone's relative: by_its_words) right after a given name has had
its say, since the pipeline may have given such a run a role (`el profesor de … San Andrés, X`); those on the
document's writing after an introduction with a role. Each answers from the text, never from a list of names:

- a run followed by its acronym in parentheses (`Empresas Públicas de Medellín (EPM)`, `Aduanas Nacionales (Dian)`):
  a person's name is not given an acronym of its own words; the acronym spells the run's initials, or ends with
  them when the run is the tail of a longer name, so that a party after a surname (`Pérez (PP)`) does not count;
- the tail of a body's name: the run written right after a capitalised word for a body, with nothing or a `y`, `e`
  or `en lo` between (`Empresas Públicas…`, `Dirección de Impuestos y Aduanas Nacionales`, `Tribunal Oral en lo
  Penal`); `de` is left out, since after it a person's name follows a body's noun as often (`el Gobierno de Petro`),
  and so is a lone word right after the body's word (`Fundación Slim`: a body named after a person, who keeps it);
- a place's name, opened by a noun for a place (`Punta Arenas`, `Puerto Aysén`, `Isla de Pascua`), or a saint's of
  two words (`San Andrés`, `Santa Fe`: a place, a school, a feast); a saint's with a surname is a person's (`San
  Juan Bosco`, who speaks in a story), and so is a run after a given name (`Andrés Santa Cruz`), read before;
- a brand's way of writing: a capital inside a word after lower-case letters that are no prefix of a surname
  (`EcoGo`, `SpaceX`; a person's name takes one after `Mc`, `De`, `Le`: `McLaren`, `DeSantis`, `LeBron`);
- a common noun, capitalised, then `de` and a name (`Régimen de Maduro`, `Ley de Presupuesto`);
- an international body written as a word (`Unicef`, `Cepal`);
- a relative or a person's noun of someone else (`Padre de Nicolás Zepeda criticó…`): an unnamed person, not the
  one named after `de`;
- a body a person speaks for: a lone word after a named person and `, de` (`Ramiro Castiñeira, de Econométrica,`)
  or after a noun for an expert of a firm (`economista jefe de Elipsys`, `analista de Fundar`);
- the rest of a firm's name after a plural common noun that the pipeline read as a sentence's opener (`Aguas
  Andinas` gave `Andinas`): a lone word written only after one capitalised plural noun;
- a place's name by the nouns before it: for a place, its people or its head, then `de` (`la comuna de Pudahuel`,
  `el alcalde de Bello`, `vecinos de Rionegro`);
- a word that opens another article's headline, glued after a link teaser's label (`Lea también: Investigan…`,
  search.speakers.teasers) and written nowhere else: a sentence's first word, not a name.

>>> acronym_after("La firma Empresas Públicas de Medellín (EPM) informó.", ["Públicas", "de", "Medellín"])
True
>>> acronym_after("Lo dijo Ana Pérez (PP) ayer.", ["Pérez"])
False
>>> tail_of_body("Lo dictó el Tribunal Oral en lo Penal de Santiago.", ["Penal"])
True
>>> brand_written(["EcoGo"]), brand_written(["McLaren"])
(True, False)
>>> affiliated("Lo dijo Ramiro Castiñeira, de Econométrica, ayer.", "Econométrica")
True
"""

import re

from search.speakers import lexicon as lex
from search.speakers.teasers import TEASER
from search.text.folding import NAME_PARTICLES
from search.text.names import is_given_name
from search.text.vocabulary import is_vocabulary_word

# Words that open a place's name and no person's without a given name before them.
SAINTS = frozenset("san santa santo".split())
PLACE_HEADS = frozenset("puerto punta isla islas cerro río lago laguna bahía playa península "
                        "volcán barrio villa".split())
# International bodies that the Latin American press writes in title case as words (`Unicef`, `Cepal`, `Acnur`),
# beside the lexicon's acronyms in capitals (ORGANISATION_WORDS: `onu`, `oms`, `fmi`).
INTERNATIONAL_BODIES = frozenset("unicef unesco cepal acnur ocde oit fao bid oea opep omc pnud mercosur interpol "
                                 "europol celac unasur caf cidh onusida".split())
# Relatives and nouns for people that, capitalised where a headline or a sentence opens, name someone by another
# person's name (`Padre de X`, `Abogado de X`): the speaker is not X.
OF_SOMEONE = frozenset("padre madre hijo hija hermano hermana esposa esposo marido mujer viuda viudo abuelo abuela "
                       "nieto nieta novio novia pareja tío tía primo prima familia familiares abogado abogada "
                       "defensa vocero vocera portavoz amigo amiga compañero compañera exesposa exesposo "
                       "expareja".split())
# Nouns for an expert speaking for the body after `de` (`economista jefe de Elipsys`, `analista senior de Fundar`).
EXPERT_OF = re.compile(r"\b(?:economistas?|analistas?|investigador(?:a|es)?|consultor(?:a|es)?)"
                       r"(?:\s+(?:jefe|jefa|senior|principal|sénior))?\s+(?:de|del)\s+(?:la\s+|el\s+)?$", re.I)
# A person's name, a given name first, and `, de` (`Ana Gil, de`): what follows is the body they speak for.
NAMED_AND_DE = re.compile(r"([A-ZÁÉÍÓÚÑ][\w'’-]+)\s+[A-ZÁÉÍÓÚÑ][\w'’-]+,\s+(?:de|del)\s+(?:la\s+|el\s+)?$")
ACRONYM = re.compile(r"\s*\(([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑa-záéíóúñ]{1,7})\)")
# A government's words, which the press puts right before its head's surname (`el Gobierno Boric`, `la
# Administración Biden`): the surname after them is a person's.
GOVERNMENTS = frozenset("gobierno administración ejecutivo presidencia régimen gabinete".split())
# Bodies' nouns of the Latin American press that open a body's name, beside the lexicon's (ORGANISATION_WORDS).
MORE_BODY_WORDS = frozenset("juzgado alcaldía municipalidad gobernación intendencia superintendencia subsecretaría "
                            "contraloría corporación cooperativa consultora empresas".split())
LINKS = frozenset("de del la las los y e en".split())  # lower-case words inside a body's name
REACH = 60  # characters read before a name
# Adverbs and conjunctions in -s that open a sentence before a name (`Además Vidal dijo`), which are no plural noun.
ADVERBS_IN_S = frozenset("además después entonces mientras pues antes apenas quizás jamás detrás atrás "
                         "asimismo así menos más tras".split())
# A noun for a place, its people or its head, then `de`: the name after it is a place's (`la comuna de Pudahuel`,
# `el alcalde de Bello`, `vecinos de Rionegro`).
PLACE_OF = re.compile(r"\b(?:comunas?|municipios?|ciudad|ciudades|localidad|localidades|regi[oó]n|provincia|"
                      r"departamento|corregimiento|distrito|cant[oó]n|sector|barrio|vereda|pueblo|"
                      r"alcaldes?|alcaldesas?|gobernador(?:a|es)?|intendentes?|concejales?|"
                      r"vecinos|vecinas|habitantes|pobladores|residentes)\s+(?:de|del)\s+$", re.I)
# A capital inside a word after lower-case letters: a brand's way of writing (`EcoGo`, `SpaceX`, `WhatsApp`), unless
# what comes before it is a prefix of surnames and nicknames (`McLaren`, `MacArthur`, `DeSantis`, `LeBron`, `MrBeast`).
INNER_CAPITAL = re.compile(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)[A-ZÁÉÍÓÚÑ]")
NAME_PREFIXES = frozenset("Mc Mac Mr Ms De Di Da Du Del Della Le La Van Von Fitz St O".split())


def _written_at(text: str, phrase: str, glue: str = "") -> list[int]:
    """Return where text writes phrase as whole words (neither a letter nor a digit nor one of glue on either side),
    by plain string search: a pattern compiled per name and document cost more than the scan."""
    found, at = [], text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        before, after = text[at - 1:at], text[end:end + 1]
        if not (before.isalnum() or before and before in glue or after.isalnum() or after and after in glue):
            found.append(at)
        at = text.find(phrase, at + 1)
    return found


def _initials(words: list[str]) -> str:
    return "".join(word[0].upper() for word in words if word.lower() not in NAME_PARTICLES)


def _spelled_within(initials: str, letters: str) -> bool:
    """Tell whether an acronym opens and ends with a run's first and last initials and holds the rest in order
    (`REM` for `Relevamiento del Mercado`, whose `Expectativas` the text left out)."""
    rest = iter(letters[1:-1])
    return letters[0] == initials[0] and letters[-1] == initials[-1] \
        and all(letter in rest for letter in initials[1:-1])


def acronym_after(text: str, words: list[str]) -> bool:
    """Tell whether text writes the run (its words) followed by an acronym in parentheses that spells the run's
    initials or ends with them (the run the tail of a longer name): a body's name (`… Mercado (REM)`). A run of one
    word counts only with an acronym of three letters or more that it does not open (`Penal (TOP)`, not `Pérez
    (PP)`)."""
    phrase = " ".join(words)
    initials = _initials(words)
    if not initials:
        return False
    for at in _written_at(text, phrase):
        acronym = ACRONYM.match(text, at + len(phrase))
        if acronym is None:
            continue
        letters = acronym.group(1).upper()
        if len(initials) > 1 and (letters.endswith(initials) or _spelled_within(initials, letters)):
            return True
        if len(initials) == 1 and len(letters) >= 3 and letters.endswith(initials) and letters[0] != initials:
            return True
    return False


def _body_word(word: str) -> bool:
    """Tell whether a capitalised word is a body's noun (search.speakers.lexicon), singular or plural."""
    lowered = word.lower()
    singular = lowered[:-2] if lowered.endswith("es") else lowered[:-1] if lowered.endswith("s") else lowered
    return (lowered in lex.ORGANISATION_WORDS or singular in lex.ORGANISATION_WORDS or lowered in MORE_BODY_WORDS) \
        and lowered not in lex.SURNAMES_TOO and not is_given_name(word)


def tail_of_body(text: str, words: list[str]) -> bool:
    """Tell whether text writes the run as the end of a longer name that a capitalised word for a body opens or
    holds, the run after nothing, `y`, `e` or `en lo` (`Empresas Públicas de Medellín`, `Dirección de Impuestos y
    Aduanas Nacionales`, `Tribunal Oral en lo Penal`): the tail of a body's name. Never after `de`, where a
    person's name follows a body's noun as often (`el Gobierno de Petro`)."""
    phrase = " ".join(words)
    for at in _written_at(text, phrase):
        start = max(0, at - REACH, text.rfind("\n", 0, at) + 1)
        tokens = text[start:at].split()
        if not tokens or tokens[-1] in ("de", "del", "la", "los", "las"):
            continue
        if tokens[-1].lower() in GOVERNMENTS or len(words) == 1 and tokens[-1][:1].isupper():
            continue  # `Gobierno Boric`; `Fundación Slim`: a body named after a person, who keeps his name
        if tokens[-1] == "lo":  # `en lo Penal`
            tokens = tokens[:-1]
        # walk back over the capitalised words and connectives of the longer name, to its body's word
        for token in reversed(tokens):
            if token[:1].isupper() and token.isalpha():
                if _body_word(token):
                    return True
            elif token not in LINKS:
                break
    return False


def common_noun_phrase(words: list[str]) -> bool:
    """Tell whether a run is a common noun of the vocabulary, capitalised, then `de` and a name (`Régimen de Maduro`,
    `Ley de Presupuesto`, `Centro de Estudios`): a thing's or a body's name, or a phrase about someone, never a
    person's; a person's name with `de` opens with a given name or a surname (`Ana de Armas`, `Ponce de León`)."""
    return len(words) > 2 and words[1] in ("de", "del") and is_vocabulary_word(words[0]) \
        and not is_given_name(words[0]) and words[0].lower() not in lex.FUNCTION_WORDS


def brand_written(words: list[str]) -> bool:
    """Tell whether a run, no given name in it, holds a word with a capital inside after lower-case letters that are
    no prefix of a surname (`EcoGo`, `SpaceX`; not `McLaren`, `DeSantis`): a brand's or a firm's name."""
    return not any(map(is_given_name, words)) and any(
        (inner := INNER_CAPITAL.match(word)) is not None and inner.group(1) not in NAME_PREFIXES for word in words)


def by_its_words(words: list[str]) -> tuple[str, str] | None:
    """Return (kind, cue) for a run its own words tell is no person's, whatever role the text gave it (`el
    profesor de … San Andrés, X` gives `San Andrés` a role): a relative of someone named (`unnamed`), a place's, a
    saint's, an international body's or a brand's name (`body`), a common noun's phrase (`thing`); or None. The
    kinds are search.speakers.personhood's, which imports this module."""
    if someone_of(words):
        return "unnamed", "someone's relative"  # `Padre de Nicolás Zepeda criticó…`
    if any(word.lower() in INTERNATIONAL_BODIES for word in words):
        return "body", "international body"
    if place_or_saint(words):
        return "body", "place or saint"
    if brand_written(words):
        return "body", "brand's capitals"
    if common_noun_phrase(words):
        return "thing", "common noun's phrase"
    return None


def place_or_saint(words: list[str]) -> bool:
    """Tell whether a run opens with a word for a place (`Punta Arenas`, `Isla de Pascua`) or is a saint's name of
    one word more (`San Andrés`, `Santa Fe`): the name of a place, a school or a feast. A saint's name with a surname
    is a person's (`San Juan Bosco`, who speaks in a story)."""
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    head = words[0].lower()
    return head in PLACE_HEADS or head in SAINTS and len(words) == 2


def someone_of(words: list[str]) -> bool:
    """Tell whether a run is a relative's or another person's noun, capitalised, then `de` and a name (`Padre de
    Nicolás Zepeda`, `Abogada del Valle`): an unnamed person."""
    return len(words) > 2 and words[0].lower() in OF_SOMEONE and words[1].lower() in ("de", "del")


def affiliated(text: str, word: str) -> bool:
    """Tell whether text writes a lone word as the body a person speaks for: after a name and `, de` (`Ana Gil, de
    Fundar,`) or after a noun for an expert and `de` (`economista jefe de Elipsys`), not as the start of a longer
    name (`de Econviews Research` asks about the whole name)."""
    for at in _written_at(text, word, "'’-"):
        if re.match(r"\s+(?:[A-ZÁÉÍÓÚÑ]|de\s+[A-ZÁÉÍÓÚÑ])", text[at + len(word):at + len(word) + 5]):
            continue
        start = max(0, at - REACH, text.rfind("\n", 0, at) + 1)
        before = text[start:at]
        if EXPERT_OF.search(before):
            return True
        named = NAMED_AND_DE.search(before)
        if named is not None and is_given_name(named.group(1)):
            return True
    return False


def place_of(text: str, words: list[str]) -> bool:
    """Tell whether text writes the run after a noun for a place, its people or its head and `de` (`la comuna de
    Pudahuel`, `el alcalde de Bello`, `vecinos de Rionegro`): a place's name, also where a headline's label gives it
    (`Pudahuel: «No tenemos agua»`)."""
    phrase = " ".join(words)
    for at in _written_at(text, phrase):
        start = max(0, at - REACH, text.rfind("\n", 0, at) + 1)
        end = at + len(phrase)
        if PLACE_OF.search(text, start, at) and not re.match(r"\s+[A-ZÁÉÍÓÚÑ]", text[end:end + 3]):
            return True
    return False


def after_plural_noun(text: str, word: str) -> bool:
    """Tell whether text writes a lone word only right after one capitalised plural common noun (`Aguas Andinas`,
    `Cervezas Patagónicas`): the rest of a firm's name whose first word was read as a sentence's opener. A person's
    surname is written elsewhere too, after a given name (`Tomás Vidal`), and an opener is no plural noun (`Ahora
    Vidal`, `Además Vidal`)."""
    heads = set()
    for at in _written_at(text, word, "'’-"):
        before = text[max(0, at - 30):at].split()
        if not before or not at or text[at - 1] != " ":
            return False
        heads.add(before[-1])
    return len(heads) == 1 and plural_noun(heads.pop())


def plural_noun(word: str) -> bool:
    """Tell whether a capitalised word is a plural common noun of the vocabulary (`Aguas`, `Servicios`): no
    surname (`Torres`, `Flores` are none of the vocabulary's), nor an opener in -s (`Además`)."""
    lowered = word.lower()
    return word[:1].isupper() and word[1:].islower() and lowered.endswith("s") and is_vocabulary_word(word) \
        and lowered not in lex.FUNCTION_WORDS and lowered not in ADVERBS_IN_S and not is_given_name(word)


def opens_with_plural_noun(words: list[str]) -> bool:
    """Tell whether a run of two words or more opens with a plural common noun (`Aguas del Valle`, `Servicios
    Hídricos`): a firm's or a body's name; a person's opens with a given name or a surname."""
    return len(words) > 1 and plural_noun(words[0])


def opens_teaser_only(text: str, words: list[str]) -> bool:
    """Tell whether a lone word, no given name, is written only as the first word of a headline after a link teaser's
    label, with a function word or a comma after it (`Lea también: Investigan el patrimonio…`, `Bodyshaming, el
    tipo…`): a sentence's first word, which a capital does not make a name. A name opening a teaser's headline is
    followed by its verb (`Petro defendió…`), which states on that line."""
    if len(words) != 1 or is_given_name(words[0]):
        return False
    found = False
    for line in text.split("\n"):
        at = line.find(words[0])
        if at < 0:
            continue
        label = TEASER.match(line)
        if label is None or at != label.end() or line.find(words[0], at + 1) >= 0:
            return False
        after = line[at + len(words[0]):].split(None, 1)
        found = bool(after) and (after[0] == "," or after[0].startswith(",") or after[0] in lex.FUNCTION_WORDS)
        if not found:
            return False
    return found
