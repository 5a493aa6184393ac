"""The speaker field's lexicon: the words of the speakers' keys, and the keys that hold a name's words.

The index keeps one term per speaker and paragraph, the person's key (the name folded, as
`hugo lopez gatell ramirez`: search/text/folding.py's speaker_key). A filter's words are
looked up in {word: [keys holding it]}, read once per Whoosh reader (speaker_lexicon), and a
word no key holds is respelled within the typos words are allowed (search/query/suggest.py).
search/query/speakers.py builds the filter's query from them.

>>> speaker_words(["hugo lopez gatell ramirez", "sergey lavrov"])["lavrov"]
['sergey lavrov']
"""

import threading
import weakref

from search.query.lexer import EDGE_MARKS
from search.query.similarity import edits
from search.query.suggest import allowed_typos
from search.text.folding import speaker_key

_vocabularies = weakref.WeakKeyDictionary()  # reader -> {word: [keys]}
_lock = threading.Lock()
REMEMBERED = 1024  # respelled names a speaker lexicon keeps


def name_words(text):
    """Return the folded words of a name: `(López-Gatell)` gives lopez and gatell."""
    return [word for word in (part.strip(EDGE_MARKS) for part in speaker_key(text).split())
            if word]


def speaker_words(keys):
    """Return {word: [keys holding it]} for speaker keys."""
    words = {}
    for key in keys:
        for word in dict.fromkeys(name_words(key)):
            words.setdefault(word, []).append(key)
    return words


class SpeakerWords(dict):
    """{word: [keys holding it]} of a speaker lexicon, `keys`, the set of its keys, and
    what was worked out from them, kept as long as they are (one reader's)."""

    def __init__(self, keys):
        keys = set(keys)
        super().__init__(speaker_words(sorted(keys)))
        self.keys = keys
        self.respellings = {}  # (asked words, prefix) -> respelled_words
        self.by_initials = None  # {initials: keys}, made when first asked

    def initials_of(self, word):
        """Return the keys whose names' words begin with these letters, in order (`amlo`), else
        those whose words but the last do: a second surname the press leaves out of initials
        (`hlg`, Hugo López-Gatell Ramírez), as it does of the name (trial 20)."""
        if self.by_initials is None:
            self.by_initials, self.by_short_initials = {}, {}
            for key in self.keys:
                self.by_initials.setdefault(initials(key), set()).add(key)
                words = name_words(key)
                if len(words) >= 3:
                    self.by_short_initials.setdefault(initials(" ".join(words[:-1])), set()).add(key)
        return self.by_initials.get(word) or self.by_short_initials.get(word, set())


def speaker_lexicon(searcher):
    """Return the speaker field's words, {word: [keys holding it]} (SpeakerWords), read once a reader."""
    reader = searcher.reader()
    with _lock:
        found = _vocabularies.get(reader)
        if found is None:
            keys = (term.decode("utf-8") for term in reader.lexicon("speaker")) \
                if "speaker" in reader.indexed_field_names() else ()
            found = _vocabularies[reader] = SpeakerWords(keys)
        return found


def holding(words, asked, prefix=False, in_order=False):
    """Return the keys whose names hold every asked word (the last one's start, with
    prefix); in_order: as one run of words in that order, as a phrase."""
    keys = None
    for position, word in enumerate(asked):
        if prefix and position == len(asked) - 1:
            found = {key for known, keys_of in words.items() if known.startswith(word)
                     for key in keys_of}
        else:
            found = set(words.get(word, ()))
        keys = found if keys is None else keys & found
    if in_order and keys:
        keys = {key for key in keys if _runs(name_words(key), asked, prefix)}
    return keys or set()


def _runs(name, asked, prefix):
    """Tell whether a name's words hold the asked words as one run, in order (the last one's start, with prefix)."""
    last = len(asked) - 1
    return any(all(name[start + at] == word or (prefix and at == last and name[start + at].startswith(word))
                   for at, word in enumerate(asked))
               for start in range(len(name) - last))


def respelled_words(words, asked, prefix=False):
    """Return asked with each word no speaker's name holds replaced by the nearest that
    one does (within allowed_typos of its length, nearest then most used), or None when
    a word has none, or none needed replacing. Remembered in words (a SpeakerWords)."""
    remembered = getattr(words, "respellings", None)
    if remembered is None:
        return _respelled(words, asked, prefix)
    if len(remembered) >= REMEMBERED:
        remembered.clear()
    key = (tuple(asked), prefix)
    if key not in remembered:
        remembered[key] = _respelled(words, asked, prefix)
    return remembered[key]


def _respelled(words, asked, prefix):
    """Return asked respelled (respelled_words), worked out again."""
    found, changed = [], False
    for position, word in enumerate(asked):
        limit = allowed_typos(word)
        if word in words or (prefix and position == len(asked) - 1) or not limit:
            found.append(word)
            continue
        near = [(edits(word, known), -len(words[known]), known) for known in words
                if abs(len(known) - len(word)) <= limit]
        near = [entry for entry in near if entry[0] <= limit]
        if not near:
            return None
        found.append(min(near)[2])
        changed = True
    return found if changed else None


def initials(key):
    """Return the first letters of a name's words: `andres manuel lopez obrador` gives amlo."""
    return "".join(word[0] for word in name_words(key))
