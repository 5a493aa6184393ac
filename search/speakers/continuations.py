"""A paragraph that goes on with the points of the statement before it, with no verb of its own to report them:

    También llamó a garantizar la paridad y a avanzar en la inclusión económica.   <- X's statement (a list of calls)
    Asimismo, establecer un plan de respuesta de emergencia para…                  <- its next point: X's too
    - Reforzar la atención primaria.                                               <- a bulleted point: X's too

News lists the points of a speech or a programme one to a paragraph, each opened by an infinitive (past a
connective such as `Asimismo,` or a bullet), the verb that reports them (`llamó a`, `pidió`, `propuso:`) left in
the paragraph before. Such a paragraph is the speaker's of the paragraph right before it, when that one credits
people and it credits nobody itself. A paragraph before that credits nobody (a body's recommendations, a list of
the article's own) passes nothing on.

An infinitive here is a lower-case word in -ar/-er/-ir that the vocabulary knows or that a determiner or a
preposition follows (`establecer un plan`, `reevaluar cada 24 horas`), so that a firm (`Pfizer informó…`) is none.

>>> opens_with_infinitive("Asimismo, establecer un plan de respuesta.")
True
>>> opens_with_infinitive("Pfizer informó este jueves del ensayo.")
False
"""

import re

from search.speakers import lexicon as lex
from search.text.vocabulary import is_vocabulary_word
from search.text.word_sets import word_set

# Connectives and bullets that may open a point before its infinitive (general Spanish).
OPENING = re.compile(r"^\W{0,3}(?:(?:asimismo|además|también|igualmente|por último|finalmente|por otra parte|"
                     r"por otro lado|en segundo lugar|en tercer lugar|en último lugar|y|e|o)\s*,?\s+)?",
                     re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+")
INFINITIVE = re.compile(r"^[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$")
# Words in -ar/-er/-ir that are no infinitives: adverbs, adjectives, nouns (general Spanish).
NOT_INFINITIVES = word_set("ayer anteayer antier similar popular particular regular familiar singular lugar hogar "
                           "mujer poder deber placer parecer ser mayor menor mejor peor interior exterior anterior "
                           "posterior")
FOLLOWERS = lex.DETERMINERS | word_set("a al de del en con por para sobre entre hacia sin los las unos unas cada "
                                       "todo toda todos todas que")


def opens_with_infinitive(text: str) -> bool:
    """Tell whether a paragraph opens, past a connective or a bullet, with an infinitive in lower case (in the
    text as written: `Establecer…` at the start of the paragraph counts, capitalised as any first word)."""
    rest = text[OPENING.match(text).end():]
    words = WORD.findall(rest[:80])
    if len(words) < 2 or rest[len(words[0]):].lstrip()[:1] == ",":  # `Ayer, la jueza…`: an adjunct, not a point
        return False
    first, after = words[0], words[1].lower()
    word = first.lower()
    if first != word and first[:1] + word[1:] != first:  # `McAllen`: no word
        return False
    return INFINITIVE.match(word) is not None and word not in NOT_INFINITIVES \
        and (is_vocabulary_word(word) or after in FOLLOWERS)


def continued_points(paragraphs: list[str], results: list[list]) -> list[list]:
    """Give a paragraph that opens with an infinitive and credits nobody the people the paragraph right before
    credits (see the module docstring); results are the speakers found per paragraph."""
    found = list(results)
    for index in range(2, len(paragraphs)):  # not the lead: a headline lists no points
        before = [person for person in found[index - 1] if person.display]
        if not found[index] and before and opens_with_infinitive(paragraphs[index]):
            found[index] = before
    return found
