"""Synonyms at search time: which other words and phrases a typed word or run of words stands for.

As Elasticsearch's `synonym_graph` filter in a search analyzer does, synonyms are applied
to the query, not the index: a new or edited file counts from the next search, with no
rebuild. Three files are read, in this order: the list the project ships
(search/text/synonyms_es.txt: regional variants of general words), `sinonimos.txt` in the
index folder, and the file HEMEROTECA_SYNONYMS names (or the CLI's `--synonyms`), each in
Solr's format (synonym_file.py). Rules are merged, as Solr merges them.

Words are matched as the exact field holds them, folded and lowercase (`Tapabocas` is
`tapabocas`), with their plurals: `cubrebocas` and `cubreboca` both find `mascarilla` and
`mascarillas`. Not by their stems: `ordenador`'s stem is `orden`'s, `computadora`'s is
`cómputo`'s, so a stem would have searched `orden` for `computadora`. A synonym is applied
once, never to what it added (Lucene's SynonymGraphFilter does not feed its output back), so
`a => b` and `b => a` are no loop, and a file of many rules costs a dictionary lookup a word.

>>> synonyms = Synonyms.of_text("cubrebocas, tapabocas, mascarilla\\nceluar => celular")
>>> [found.shown for found in synonyms.of_words(["Tapabocas"])]
['cubrebocas', 'mascarilla']
>>> synonyms.of_words(["celular"])
[]
"""

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search.query.synonym_file import counted, read_file, read_rules
from search.settings import SYNONYMS_FILE
from search.text.folding import fold
from search.text.patterns import LazyPattern
from search.text.stems import singular
from search.text.words import TOKEN, exact_form

SHIPPED = os.fspath(Path(__file__).parent.parent / "text" / "synonyms_es.txt")
FILE_NAME = "sinonimos.txt"  # in the index folder
MAX_TARGETS = 8  # synonyms a word or run searches, the first ones written
MAX_KEYS = 200_000  # keys a set of files may make (MAX_BYTES of one-word rules make about that)
CACHED = 8  # sets of files kept loaded (one per state of their files)
# The marks a word may be typed with (`¿tapabocas?`, `tapabocas???`, `«móvil»,`): the analyzer
# drops them from the word searched, so its synonyms are looked up without them too
EDGE_MARKS = LazyPattern(r"^\W+|\W+$")  # compiled for the first word typed with marks, not at import


@dataclass(frozen=True)
class Synonym:
    """A phrase searched for another: as written in its file, and its words' keys."""

    shown: str
    words: tuple  # the exact forms of its words, stop words left out
    line: int = 0


def typed_word(word):
    """Return a typed word without the punctuation around it, as its synonyms are looked up.

    >>> [typed_word(typed) for typed in ("¿Tapabocas???", "«móvil»,", "EE.UU.", "celular", ",")]
    ['Tapabocas', 'móvil', 'EE.UU', 'celular', ',']
    """
    if word[:1].isalnum() and word[-1:].isalnum():  # most words: no regex
        return word
    return EDGE_MARKS.sub("", word) or word  # marks alone (`,`) stay: no word, no synonym


@lru_cache(maxsize=100_000)
def word_key(word):
    """Return the form a word is matched by: lowercase, folded, singular (`Tapabocas`: tapaboca),
    the marks around it left out (`¿tapabocas?`)."""
    word = typed_word(word)
    form = exact_form(word)
    return None if form is None else exact_form(singular(word.lower())) or form


def phrase_words(phrase):
    """Return the exact forms of a phrase's words, stop words left out (`carné de conducir`)."""
    return tuple(form for form in map(exact_form, TOKEN.findall(phrase)) if form is not None)


def written_forms(form):
    """Return the forms a word's synonym is searched as in the exact field: as written, its
    singular and its plural by the rules of Spanish spelling, on the folded word (a form the
    index lacks costs one look: the builder keeps those it holds).

    >>> written_forms("mascarilla"), written_forms("luz"), written_forms("mani")
    (('mascarilla', 'mascarillas'), ('luz', 'luces'), ('mani', 'manis', 'manies'))
    """
    found = [form, singular(form)]
    if form[-1] in "aeiou":
        found.append(form + "s")
    if form[-1] in "iu" or form[-1] not in "aeiouz":  # maníes, tabúes; ciudades, autobuses
        found.append(form + "es")
    if form[-1] == "z":
        found.append(form[:-1] + "ces")
    return tuple(dict.fromkeys(found))


class Synonyms:
    """The synonyms of a set of files: {key of a word or run: [Synonym]}, and what was wrong."""

    def __init__(self):
        self.targets = {}
        self.longest = 1  # words in the longest run with synonyms
        self.starts = set()  # first keys of runs of two words or more
        # The written forms (exact_form) a word with synonyms may be typed in, singular and plural,
        # and those a run's first word may: a word none of them is costs one set lookup, not
        # its singular (a search of three words without synonyms: 2% more instructions)
        self.forms = set()
        self.start_forms = set()
        self.accented = {}  # {key: the sources' lowercase singulars, accents kept}
        self.problems = []

    @classmethod
    def of_text(cls, text, name="sinonimos.txt"):
        """Return the Synonyms of one file's text (for tests and the doctest)."""
        synonyms = cls()
        synonyms.add(text, name)
        return synonyms

    def add(self, text, name):
        """Add the rules of a file's text; its problems (named by `name`) go to problems, its
        bad lines counted together past the first few, whichever reading found them."""
        rules, problems = read_rules(text, name, count=False)
        full = self._add_rules(rules, name, problems)
        self.problems.extend(counted(problems, name))
        if full:
            self.problems.append(full)

    def _add_rules(self, rules, name, problems):
        """Map each rule's sources; return what to say when MAX_KEYS is met, else None."""
        for line, sources, targets in rules:
            made = [Synonym(phrase, phrase_words(phrase), line) for phrase in targets]
            for source in sources:
                words = phrase_words(source)
                if len(words) == 1:
                    self.accented.setdefault(_key(words), set()).update(
                        singular(word.lower()) for word in TOKEN.findall(source))
                if not words:
                    problems.append(f"Sinónimos: {name}, línea {line}: «{source}» solo tiene "
                                    "palabras vacías; se ignoró.")
                    continue
                if len(self.targets) >= MAX_KEYS:
                    return (f"Sinónimos: {name}, línea {line}: demasiados sinónimos en "
                            f"total ({MAX_KEYS:,}); se ignoró desde ahí.".replace(",", "."))
                self._map(words, [synonym for synonym in made if synonym.words and synonym.words != words])
        return None

    def _map(self, words, targets):
        """Map a source's keys (its words' keys; a word's plural forms too) to targets, each
        synonym once and never the source itself; note the forms it may be typed in."""
        keys = [_key(words)]
        if len(words) == 1:  # a word typed in the plural, which singular() leaves (`cacahuates`)
            keys += [(form,) for form in written_forms(words[0])]
        written = {form for word in (words[0], keys[0][0]) for form in written_forms(word)}
        (self.forms if len(words) == 1 else self.start_forms).update(written)
        keyed = [(_key(target.words), target) for target in targets]  # once, not per key of the source
        for key in dict.fromkeys(keys):
            found = self.targets.setdefault(key, [])
            kept = {_key(target.words) for target in found} | {keys[0]}  # `cubreboca` is no synonym of `cubrebocas`
            for target_key, target in keyed:
                if target_key not in kept:
                    kept.add(target_key)
                    found.append(target)
        if len(words) > 1:
            self.longest = max(self.longest, len(words))
            self.starts.add(keys[0][0])

    def of_words(self, words):
        """Return the synonyms of a word or a run of words, as typed, stop words and the marks
        around each word aside, a word with a hyphen as its parts (`SARS-CoV-2`: the rule
        `sars-cov-2`, which phrase_words reads as three words) ([] if none)."""
        words = [part for word in words for part in _parts(word)]
        if len(words) == 1 and exact_form(words[0]) not in self.forms:
            return []
        key = _key(words)
        found = self.targets.get(key) if key else None
        if found is None and len(key) == 1:
            key = (exact_form(words[-1]),)
            found = self.targets.get(key)
        if found and len(words) == 1 and not self._accents_agree(words[0], key):
            return []
        return (found or [])[:MAX_TARGETS]

    def _accents_agree(self, word, key):
        """Tell whether a word typed with accents has the accents of its rule's word: `jugó`
        (played) is no `jugo`; typed without any (`movil`), it is `móvil`, as words are searched."""
        lower = word.lower()
        if fold(lower) == lower:  # no accent typed (ñ is no accent: fold keeps it)
            return True
        written = self.accented.get(key)
        return written is None or singular(lower) in written or lower in written

    def __bool__(self):
        return bool(self.targets)


def _parts(word):
    """Return the words of a typed word, as a rule's are read (TOKEN): itself when it is all letters."""
    return (word,) if word.isalnum() else TOKEN.findall(word) or (word,)


def _key(words):
    """Return the key of a word or run: its words' keys, stop words left out."""
    return tuple(key for key in map(word_key, words) if key is not None)


_loaded = {}  # {the state of each file: Synonyms}


def synonyms_for(index_dir=None, extra=None, shipped=SHIPPED):
    """Return the Synonyms of the shipped list, the index folder's `sinonimos.txt`, the
    HEMEROTECA_SYNONYMS file and `extra` (a path), loaded once per state of those files.

    Each search looks at the files (a stat each, 6 µs in all), so an edited file counts from
    the next search.
    """
    return loaded_synonyms(synonyms_state(index_dir, extra, shipped), shipped)


def loaded_synonyms(state, shipped=SHIPPED):
    """Return the Synonyms of the files a synonyms_state names, loaded once per state."""
    found = _loaded.get(state)
    if found is None:
        found = Synonyms()
        for path, *_ in state:
            text, problems = read_file(path)
            found.problems.extend(problems)
            found.add(text, Path(path).name if path == shipped else path)
        if len(_loaded) >= CACHED:
            _loaded.clear()
        _loaded[state] = found
    return found


def searched_synonyms(index_dir, option, messages):
    """Return the Synonyms a search uses, or None; their files' problems go to `messages`
    (a list of what the search says), each once.

    `option` is a search's `synonyms`: True for the index's (the shipped list, the index
    folder's `sinonimos.txt`, HEMEROTECA_SYNONYMS), a path for those and that file, False
    or None for none; or the tuple synonyms_state gave for them, the files already looked at
    (a server keys its cache of results by it: one look a request).
    """
    if option is False or option is None:
        return None
    if isinstance(option, tuple):
        found = loaded_synonyms(option)
    else:
        found = synonyms_for(index_dir, None if option is True else option)
    messages.extend(problem for problem in found.problems if problem not in messages)
    return found


def synonyms_state(index_dir=None, extra=None, shipped=SHIPPED):
    """Return the synonyms files in force, each with its modification time and size: the
    shipped list (part of the installed package: looked at once a process), the index
    folder's `sinonimos.txt` if there is one, the setting's file and `extra`. Strings, not
    Paths: a Path costs microseconds a search. Also what a cache of results is keyed by."""
    state = [(shipped, *_shipped_stat(shipped))] if shipped else []
    if index_dir is not None:
        own = f"{os.fspath(index_dir)}{os.sep}{FILE_NAME}"
        status = _stat(own)
        if status[0] is not None:
            state.append((own, *status))
    for named in (os.environ.get(SYNONYMS_FILE.env), extra):
        if named:
            named = os.fspath(named)
            state.append((named, *_stat(named)))
    return tuple(state)


@lru_cache(maxsize=4)
def _shipped_stat(path):
    """Return the shipped list's (mtime_ns, size), once a process: it changes only with the package."""
    return _stat(path)


def _stat(path):
    """Return a file's (mtime_ns, size), or (None, None) when it can't be looked at."""
    try:
        status = os.stat(path)
    except OSError:
        return (None, None)
    return (status.st_mtime_ns, status.st_size)
