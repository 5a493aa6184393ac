"""Common Spanish words, which a capital alone does not make a name: `Noticia`, and given names that are words too.

A word written in capitals inside a sentence is most often a name; but the press capitalises common nouns too (a
title, a slogan, a slip: `Son buenas Noticia`), and some given names are common words (`Rosa`, `Luz`, `Sol`,
`Victoria`, `Pilar`): alone, such a word says no person (`la Paz`, `en Victoria`, `Luz verde al plan`).

The vocabulary is common_words.txt: 6,119 lower-case words, one a line (53 kB), made by bench/name_lexicon.py from two
sources. Counts: how often each word is written in lower case, and with a capital where no sentence opens, in general
text (the novels of fiction_es, the transcripts of covid19mx/briefings and XQuAD's 240 Wikipedia paragraphs, CC BY-SA
4.0, in the xquad_es set; and news: the 971 articles of the train and development splits of the Spanish
Fake News Corpus 2.0, CC BY 4.0, github.com/jpposadas/FakeNewsCorpusSpanish; none of the evaluation sets).
The Debian word list wspanish 1.0.30
(/usr/share/dict/spanish, public domain): a word must be in it, or its singular. A word is kept when written in lower
case at least 8 times and at least 60% of the times it stands inside a sentence, and the 6,000 most frequent of those
stay; a surname of Faker's lists (`Blanco`, `Rubio`) only at 97%; a given name written in lower case 40% of the times
(`rosa`, `luz`, `dolores`) is added (the thresholds are name_lexicon's COMMON_SHARE, MIN_LOWER, MOST_COMMON,
COMMON_SHARE_SURNAME and GIVEN_SHARE).

>>> is_vocabulary_word("Noticia"), is_vocabulary_word("Noticias"), is_vocabulary_word("Gil")
(True, True, False)
>>> is_word_name("Sol"), is_word_name("Luz"), is_word_name("Julieta"), is_word_name("Noticia")
(True, True, False, False)
"""

from pathlib import Path

from search.text.given_names import is_given_name
from search.text.word_sets import listed_words

COMMON_WORDS = frozenset(listed_words(Path(__file__).with_name("common_words.txt")))


def is_vocabulary_word(word: str) -> bool:
    """Tell whether a word, however capitalised, is a common Spanish word (`Noticia`, `NOTICIA`) with its accents
    (`Cesar` is the verb, `César` a name)."""
    return word.lower() in COMMON_WORDS


def is_word_name(word: str) -> bool:
    """Tell whether a given name is a common word too (`Rosa`, `Luz`, `Sol`, `Victoria`): one that names a person
    only with another name after it (`Luz Elena`, `Sol Vega`) or other evidence."""
    return is_vocabulary_word(word) and is_given_name(word)


def opens_with_given_name(words: list[str]) -> bool:
    """Tell whether capitalised words open with a given name that says person by itself: any but one that is a
    common word too (`Rosa`, `Luz`), which needs a word after it that is no common noun (`Luz Vega`, `Rosa Icela`,
    `Julio Vera`; not `Luz` alone, nor `Luz Verde`).

    >>> opens_with_given_name(["Luz", "Vega"]), opens_with_given_name(["Luz"]), opens_with_given_name(["Luz", "Verde"])
    (True, False, False)
    """
    return is_given_name(words[0]) and not (is_word_name(words[0]) and all(map(is_common_noun, words[1:])))


def is_common_noun(word: str) -> bool:
    """Tell whether a capitalised word is a common word and no given name (`Noticia`, not `Julieta`, nor `Rosa`)."""
    return is_vocabulary_word(word) and not is_given_name(word)
