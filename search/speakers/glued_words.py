"""Words of a sentence's first place that a novel glues to the name after them, beyond those namewords reads:
an imperative of address (`Diga Don Benicio, ¿será…?`, `Oiga Ramírez`) and an adjective of the subject
(`Inseguro Arturito de su puntería, no disparó`).

- An imperative addressed as `usted`: the document writes the word before the pronoun of address elsewhere (`Diga
  usted, Tula`, `Oiga V.`), or the word stands before a title (`Diga Don Benicio`, `Mire Doña Luz`): no name puts
  a word of its own before `don`, `doña` or `señor`, which open the name they belong to.
- An adjective: a common word (search.text.vocabulary) once its gender or number is changed (`Orgullosas` from
  `orgullosa`) or a negative prefix is taken off (`Inseguro` from `seguro`, `Desconfiada` from `confiada`), in
  -o/-a: an adjective that agrees with the name after it. A name is no common word once inflected; a given name or a
  name the document writes inside a sentence was ruled out before (namewords.glued_opener).

>>> addressed_before("—Diga usted, Tula.", "Diga"), adjective_form("Inseguro"), adjective_form("Gumersinda")
(True, True, False)
"""

import re

from search.speakers.names import fold_name
from search.text.vocabulary import is_vocabulary_word

# The pronoun of address and its abbreviations as a text writes them after a verb (`Diga usted`, `Sabe Vd.`).
ADDRESS_AFTER = r",?\s+(?:[Uu]sted|[Uu]stedes|Ud|Uds|Vd|Vds|V)(?!\w)"
# Titles that open a name (folded): a word before them is no part of it.
TITLES = frozenset("don dona senor senora senorita".split())
NEGATIVE_PREFIXES = ("in", "im", "des")
ENDINGS = ("os", "as", "o", "a")  # an adjective's gender and number, the plurals first
SHORTEST_STEM = 3  # letters left before the ending: `seguro` → `segur`


def addressed_before(text: str, word: str) -> bool:
    """Tell whether text writes word right before a pronoun of address (`Diga usted`, `Oiga, Vd.`): a verb. The
    word leads the pattern, so that the search skips to it (a pattern led by a lookbehind tries every position)."""
    for found in re.finditer(re.escape(word) + ADDRESS_AFTER, text):
        if not found.start() or not text[found.start() - 1].isalnum():
            return True
    return False


def before_title(words: list[str]) -> bool:
    """Tell whether the second word of a run is a title that opens a name (`Diga Don Benicio`)."""
    return len(words) >= 2 and fold_name(words[1]) in TITLES


def adjective_form(word: str) -> bool:
    """Tell whether a capitalised word is an adjective in -o/-a: a common word with its gender or number changed,
    or with a negative prefix taken off (`Inseguro`, `Orgullosas`, `Desconfiada`)."""
    lower = word.lower()
    ending = next((end for end in ENDINGS if lower.endswith(end)), None)
    if ending is None or len(lower) - len(ending) < SHORTEST_STEM:
        return False
    stems = [lower[:-len(ending)]]
    stems += [stems[0][len(prefix):] for prefix in NEGATIVE_PREFIXES
              if stems[0].startswith(prefix) and len(stems[0]) - len(prefix) >= SHORTEST_STEM]
    return any(is_vocabulary_word(stem + end) for stem in stems for end in ENDINGS if stem + end != lower)
