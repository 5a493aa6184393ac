"""Speaker filters: a person's paragraphs from any words of their name.

The index keeps one term per speaker and paragraph: the person's key, their name folded
(`hugo lopez gatell ramirez`, search/text/folding.py), which facets count too. A filter
such as `orador:lopez` or `--speaker López-Gatell` becomes the keys that hold every
word asked for, found in that field's lexicon, which has one term per person; a quoted
name (`orador:"Ana Pérez"`) is that person alone. The keys fold ñ to n, but a filter
does not, as no search does (`año` is not `ano`): `orador:Pena` is not Enrique Peña
Nieto, whose shown name (SpeakerGroups.names) writes it with ñ.

>>> speaker_words(["hugo lopez gatell ramirez", "sergey lavrov"])["lavrov"]
['sergey lavrov']
"""

import threading
import weakref

from whoosh.query import DisjunctionMax, Term

from search.text.folding import NAME_SEPARATORS, fold, speaker_key

_vocabularies = weakref.WeakKeyDictionary()  # reader -> {word: [keys]}
_lock = threading.Lock()
EDGE_MARKS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»“”‘’…"


def name_words(text):
    """Return the folded words of a name: `(López-Gatell)` gives lopez and gatell."""
    return [word for word in (part.strip(EDGE_MARKS) for part in speaker_key(text).split())
            if word]


class SpeakerGroups(dict):
    """{key: (the person's key, its other spellings...)} (store.speaker_groups), and
    `names`: {key: the name its person shows} (store.speaker_names), whose ñ counts."""

    def __init__(self, groups=(), names=None):
        super().__init__(groups)
        self.names = names or {}


def enye_words(text):
    """Return the words of a name folded but for ñ: `Peña-Nieto` gives peña and nieto.

    As name_words, with fold (which keeps ñ) for fold_name (which does not).
    """
    return [word for word in (part.strip(EDGE_MARKS) for part in
                              NAME_SEPARATORS.split(fold(text).casefold().strip(" .,;:")))
            if word]


def keeps_enye(asked, key, names, prefix=False):
    """Tell whether the name shown for key writes ñ where the words asked do (and n where they do).

    Only the words of that name that are the asked ones but for ñ count: a spelling whose
    person shows another name (`Manel` for Andrés Manuel) is not judged by it. With
    prefix, the last word asked may begin a word.
    """
    name = names.get(key)
    if name is None:
        return True
    written = enye_words(name)
    for position, word in enumerate(asked):
        last = prefix and position == len(asked) - 1
        plain = word.replace("ñ", "n")
        alike = [other for other in written
                 if (other.replace("ñ", "n").startswith(plain) if last
                     else other.replace("ñ", "n") == plain)]
        if alike and not any(other.startswith(word) if last else other == word for other in alike):
            return False
    return True


def speaker_words(keys):
    """Return {word: [keys holding it]} for speaker keys."""
    words = {}
    for key in keys:
        for word in dict.fromkeys(name_words(key)):
            words.setdefault(word, []).append(key)
    return words


def _words_of(reader):
    with _lock:
        found = _vocabularies.get(reader)
        if found is None:
            keys = (term.decode("utf-8") for term in reader.lexicon("speaker")) \
                if "speaker" in reader.indexed_field_names() else ()
            found = _vocabularies[reader] = speaker_words(keys)
        return found


def speaker_query(searcher, text, prefix=False, exact=False, groups=None):
    """Return a query for the paragraphs of the speakers whose name holds every word of text.

    Exact (a quoted name, or a facet's link) means that person alone: `"Ana Pérez"` is not
    also `Ana Pérez García` (unless the archive spells one person both ways, groups).
    With prefix, the last word may be the start of a word.
    Returns None for text without words; a name that no speaker has matches nothing.
    Several speakers count as one match (DisjunctionMax), so a filter never reorders.
    groups ({key: keys of the same person}, from the store) adds every spelling of each person found.
    """
    names = getattr(groups, "names", {})  # before `or`: no groups may still carry names
    groups = groups or {}
    asked = name_words(text)
    if not asked:
        return None
    if exact:
        key = speaker_key(text.strip().strip('"'))
        if not keeps_enye(enye_words(text.strip().strip('"')), key, names):
            return Term("speaker", key + " ñ")  # Peña asked as Pena: no one
        terms = [Term("speaker", key) for key in groups.get(key, (key,))]
        return terms[0] if len(terms) == 1 else DisjunctionMax(terms)
    words = _words_of(searcher.reader())
    keys = None
    for position, word in enumerate(asked):
        if prefix and position == len(asked) - 1:
            found = {key for known, holding in words.items() if known.startswith(word)
                     for key in holding}
        else:
            found = set(words.get(word, ()))
        keys = found if keys is None else keys & found
    typed = enye_words(text)
    keys = {key for key in keys or () if keeps_enye(typed, key, names, prefix)}
    if not keys:
        return Term("speaker", " ".join(asked))  # the name as asked, which no one has
    keys = {spelling for key in keys for spelling in groups.get(key, (key,))}
    terms = [Term("speaker", key) for key in sorted(keys)]
    return terms[0] if len(terms) == 1 else DisjunctionMax(terms)


def is_quoted(text):
    """Tell whether a speaker filter is a quoted name, which means that name exactly."""
    text = text.strip()
    return len(text) > 1 and text.startswith('"') and text.endswith('"')
