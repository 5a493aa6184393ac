"""A cheap first look: could this text report speech? Most paragraphs of a novel answer no here.

>>> no_hint(["llovía", "en", "madrid"], "Llovía en Madrid.")
True
>>> no_hint(["no", "terminó", "la", "jueza"], "—No —terminó la jueza.")
False
"""

import re

from search.speakers import lexicon as lex
from search.speakers.clauses import opinion, stance, stance_locution
from search.speakers.mentions import VERBS
from search.speakers.partitives import FIRSTS
from search.speakers.stance_nouns import STANCE_NOUNS, stance_noun_complement, stance_noun_copula
from search.speakers.stance_verbs import STANCE_VERBS, stance_frame
from search.speakers.verbs import DISPUTED, TELLING, told

HINTS = VERBS | lex.INFINITIVE_LEADS | lex.ROLE_PARTICIPLES | lex.EMPHATIC | {
    "según", "opinión", "juicio", "palabras", "acuerdo", "decir", "criterio"} | lex.OPINION_NOUNS | lex.STANCES \
    | lex.DATIVE_VIEWS | frozenset(lex.STANCE_LOCUTIONS) | STANCE_NOUNS
# Words that report only in a context (`—terminó X`, `quiso recordar`, `se comprometió`, `puso en valor`), and
# are common in novels without it: their context is looked at before any tokenizing.
WEAK_HINTS = (lex.AFTER_QUOTE | lex.INFINITIVE_LEADS | lex.REFLEXIVE | lex.FRAMED | frozenset(lex.PHRASES)
              | lex.GERUNDS | lex.NEEDS_QUE | lex.EMPHATIC | lex.INFINITIVES | frozenset(lex.PHRASE_INFINITIVES)
              | frozenset(lex.ATTACHED) | lex.MEDIUM_INFINITIVES | lex.JOINING  # `al recordarle que`, `se sumó a…`
              | lex.PASSIVES | lex.NEWS_PASSIVES | lex.OPINION_NOUNS - {"opinión"} | lex.STANCES
              | lex.DATIVE_VIEWS | frozenset(lex.STANCE_LOCUTIONS) - {"acuerdo"}
              | STANCE_NOUNS - {"opinión"} | STANCE_VERBS) - lex.SINGULAR \
    - lex.PLURAL \
    - lex.PARTICIPLES | lex.AFTER_QUOTE
STRONG_HINTS = HINTS - WEAK_HINTS


DASHES = frozenset("—–―-")
CLOSING = frozenset('»"”')
AFTER_QUOTE_MARK = re.compile(r"(?:[—–―-]|[»\"”]\s*,?)\s*(?:ha\s+|han\s+)?$")


def no_hint(words, text: str | None = None, lower: str | None = None, news: bool = True) -> bool:
    """Tell whether words (lower case) hold no reporting word, or only weak ones out of their context.

    Words are a paragraph's, without marks, and its text (lower is its lower case, if known); or a sentence's
    tokens, marks included. news tells the document is news: the stances read in news only
    (search.speakers.clauses.stance) are no hint elsewhere.
    """
    if not STRONG_HINTS.isdisjoint(words):
        return False
    weak = WEAK_HINTS.intersection(words)
    if not weak:
        return True
    if text is not None:
        lower = lower if lower is not None else text.lower()
        if any(_after_mark(word, lower) for word in weak if word in lex.AFTER_QUOTE or word in lex.NEEDS_QUE
               or word in lex.GERUNDS or word in lex.REFLEXIVE or word in lex.PUBLISHED):
            return False
    return not any(_in_context(index, words, text is None, news) for index, word in enumerate(words) if word in weak)


def _after_mark(word: str, lower: str) -> bool:
    """Tell whether a word comes right after a closing quote or a dash in a paragraph's lower-case text
    (`«…», contó`, `—terminó`), or a gerund after a comma (`…, agregando que`)."""
    if word in lex.GERUNDS:
        return ", " + word in lower
    found = lower.find(word)
    while found >= 0:
        if AFTER_QUOTE_MARK.search(lower, max(0, found - 14), found):
            return True
        found = lower.find(word, found + 1)
    return False


def reduced_passive(lower: list[str], index: int) -> bool:
    """Tell whether the participle at index (in lex.PASSIVES, `por` after it) follows its noun with the auxiliary
    left out, a reduced relative (`un escándalo denunciado por…`, `…, desmentida por…`): after a word in lower
    case that is no auxiliary, clitic or negation (`ha dicho por teléfono` is no passive), or after a comma."""
    before = lower[index - 1] if index else ""
    if before == ",":
        return True
    return before.isalpha() and before not in lex.AUXILIARIES and before not in lex.CLITICS \
        and before not in lex.NEGATIONS and before not in lex.GOVERNING


def _in_context(index: int, words: list[str], tokens: bool, news: bool = True) -> bool:
    """Tell whether the weak reporting word at index reports here (`—terminó`, `quiso recordar`, `se comprometió`);
    tokens tells words are a sentence's tokens, marks included; news, that the document is news."""
    word = words[index]
    if word in STANCE_NOUNS and news and (stance_noun_copula(words, index, marks=tokens) is not None
                                          or stance_noun_complement(words, index)):
        return True  # `La reacción de X ha sido cuestionar…`, `la negativa de X a reconocer…`
    if word in STANCE_VERBS:  # `teme que…`, `respalda la medida` (stance_verbs.py), in news only
        return news and stance_frame(words, index)
    if word in lex.STANCES or word in lex.OPINION_NOUNS:  # `es escéptico con…`, `su convicción es que…`
        return stance(words, index, news=news, marks=tokens) is not None or index > 0 and opinion(words, index - 1)
    if (word in lex.AFTER_QUOTE or word in lex.NEEDS_QUE or word in lex.REFLEXIVE or word in lex.PUBLISHED) \
            and tokens:  # `«…», refirió X`, `«…», publicó el diario`
        left = index - 1
        while left > 0 and words[left] in ("ha", "han"):
            left -= 1
        if left >= 0 and (words[left] in DASHES or words[left] in CLOSING
                          or words[left] == "," and left and words[left - 1] in CLOSING):
            return True
    after, before = words[index + 1:index + 4], words[max(0, index - 4):index]
    if word in lex.STANCE_LOCUTIONS:  # `está en contra de…`
        return news and stance_locution(words, index, marks=tokens) is not None
    if word in lex.DATIVE_VIEWS:  # `A la ministra le parece que…`
        return before[-1:] in (["le"], ["les"]) and after[:1] == ["que"]
    if (*before[-1:], word, *after[:1]) in lex.ATTRIBUTION_OPENERS:
        return True  # `A decir del alcalde X, …`: an opener, though `decir` alone is only weak
    if word in lex.PHRASES and any(tuple(after[:len(frame)]) == frame for frame in lex.PHRASES[word]):
        return True  # `dejó claro`, `dio a conocer`, `habló de`
    if word in lex.GERUNDS and before[-1:] == [","]:
        return True
    if word in lex.EMPHATIC and after[:1] in (["en"], ["al"]) and after[1:2] and after[1] in lex.INFINITIVES:
        return True  # `fue enfático en afirmar`
    if word in lex.INFINITIVES and before[-2:-1] and before[-1] == "en" and before[-2] in FIRSTS:
        return True  # `fue la primera en denunciar`, `uno de los primeros en advertir` (partitives.py)
    if (word in lex.NEEDS_QUE or word in lex.REFLEXIVE and word not in lex.REFLEXIVE_HOMOGRAPHS) \
            and (after[:1] == ["que"] or after[:1] == [":"]):
        return True  # `contó que`, `refirió que`, `contó: «…»`
    if word in lex.NEEDS_QUE and word.startswith("celebr") and lex.reports_event_verb(words, index):
        return True  # `celebró la sentencia`
    if word in DISPUTED and before[-1:] == ["lo"]:
        return True  # `Pero Ruiz lo discute`
    if word in TELLING and told(words, index + 1):
        return True  # `ha contado los secretos de su boda`
    if (word in lex.PASSIVES or word in lex.NEWS_PASSIVES) and after[:1] == ["por"] \
            and (before[-1:] and before[-1] in lex.PASSIVE_AUXILIARIES or reduced_passive(words, index)):
        return True  # `fue anunciada por Maduro`, `un escándalo denunciado por la senadora X`
    if word in lex.PHRASE_INFINITIVES and lex.phrase_infinitive(words, index) and (
            before[-1:] in (["al"], ["para"]) or before[-1:] and before[-1] in lex.INFINITIVE_LEADS):
        return True  # `acudió para hablar sobre…`, `quiso dejar claro que…`
    if (word in lex.INFINITIVES or word in lex.ATTACHED) and lex.clause_led(words, index) \
            and "que" in words[index + 1:index + 7] \
            or (word in lex.INFINITIVES or word in lex.ATTACHED or word in lex.MEDIUM_INFINITIVES) \
            and lex.medium_put_to_saying(words, index):
        return True  # `se desmarcó al recalcar en la cadena CBS que…`, `acudió para aclarar que…`, `usó sus redes
        # sociales para narrar…`
    if word in lex.A_LEADS and after[:1] == ["a"] and after[1:2] and after[1] in lex.INFINITIVES:
        return True  # `se limitó a señalar`
    if word in lex.INFINITIVE_LEADS and after and (
            after[0] in lex.INFINITIVES or after[0] == "para" and after[1:2] and after[1] in lex.INFINITIVES
            or after[0] in lex.PHRASE_INFINITIVES and lex.phrase_infinitive(words, index + 1)):
        return True
    if word in lex.JOINING:
        return lex.joins_chorus(words, index)
    if (word in lex.REFLEXIVE or word in lex.FRAMED) and "se" in before[-2:]:
        return True
    if word in lex.FRAMED and (lex.framed_object_after(words, index) or lex.framed_relative(words, index)
                               or "lo" in before[-3:] and not lex.FRAMED_OBJECTS.isdisjoint(before)):
        return True
    return False


# Role words make a sentence worth reading for the people it introduces; nouns that name no office do not.
ROLE_HINTS = frozenset(
    word for word, kind in lex.ROLE_CLASSES.items() if kind not in ("titulo", "general", "persona")) - {
    "alto", "alta", "primer", "primera", "número"} | {
    "expresidente", "expresidenta", "exministro", "exministra", "excanciller"}
COLON_QUOTE = re.compile(r':\s*[«"“]')
MARKS = re.compile(r"[^\w\s]+")
