"""Speaker filters: a person's paragraphs from any words of their name.

The index keeps one term per speaker and paragraph: the person's key, their name folded
(`hugo lopez gatell ramirez`, search/text/folding.py), which facets count too. A filter
such as `orador:lopez` or `--speaker López-Gatell` becomes the keys that hold every
word asked for, found in that field's lexicon, which has one term per person; a quoted
name is that person alone when it is one's whole name (`orador:"Ana Pérez"`, as a facet
links to it), else those words in that order inside a name, as Elasticsearch's
`match_phrase` (`orador:"López Obrador"`). A name no speaker has is read with the typos
words are (`Garsia` is García: search/query/suggest.py's allowed_typos, from the
speakers' own words), then as a role the turn labels gave (`orador:presidente`), and
the search says what it matched (`notes`). A title or role written before a name (`el Dr.
López-Gatell`, `la Sra. Pérez`, `el canciller Lavrov`, as the press writes it) is no part of it
when the whole text names no one and the name after it does (honorifics.without_titles).
The keys fold ñ to n, but a filter does not, as no search does (`año` is not `ano`): `orador:Pena` is not Enrique Peña
Nieto, whose shown name (SpeakerGroups.names) writes it with ñ.

The speaker field's lexicon, and the keys that hold a name's words, are speaker_lexicon.py's.
"""

from whoosh.query import DisjunctionMax, Term

from search.query.honorifics import without_titles
from search.query.lexer import EDGE_MARKS
from search.query.similarity import edits
from search.query.speaker_lexicon import holding, name_words, respelled_words, speaker_lexicon
from search.query.suggest import allowed_typos
from search.text.folding import NAME_PARTICLES as ALL_PARTICLES
from search.text.folding import NAME_SEPARATORS, fold, speaker_key
from search.text.generic_labels import generic_label

# Words that join the parts of a name (María de la Fuente, Ludwig van Beethoven, Juan y
# Seoane), folded: they are in hundreds of names and name no one, as a stop word finds no
# text, so a filter of these alone is refused (only_particles). Every particle
# (search.text.folding) but those a filter may mean as a surname or its start (`Dos Santos`,
# `Al Gore`, `Le Pen`, `Della Costa`, `Bin`, `Den`, `Der`, `Do`, `Das`, `Ibn`, `Dei`,
# `Degli`, `Delle`, `Dello`) and Catalan `i`, a single letter: those are searched.
NAME_PARTICLES = ALL_PARTICLES - {"al", "bin", "das", "degli", "dei", "della", "delle", "dello", "den", "der", "do",
                                  "dos", "i", "ibn", "le"}


class SpeakerGroups(dict):
    """{key: (the person's key, its other spellings...)} (store.speaker_groups), and
    `names`: {key: the name its person shows} (store.speaker_names), whose ñ counts."""

    def __init__(self, groups=(), names=None, roles=None):
        super().__init__(groups)
        self.names = names or {}
        # {word of a role: keys whose turn labels gave them a role with it} (store.speaker_roles)
        self.roles = {}
        for key, held in (roles or {}).items():
            for role in held:
                for word in name_words(role):
                    self.roles.setdefault(word, set()).add(key)


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


def speaker_query(searcher, text, prefix=False, exact=False, groups=None, notes=None):
    """Return a query for the paragraphs of the speakers whose name holds every word of text.

    As _named, but for a text that names no one while it does without the titles before it
    (without_titles: `Dr. López-Gatell`), which is read so, as the press writes a name; and a
    name inverted as catalogues write it (`Aguilera, Ximena`) read in written order, as feeds' are.
    """
    if "," in text:  # `"Aguilera, Ximena"`: the name a feed inverts is indexed in written order (jsonl.feed_speaker)
        from search.text.names import written_order  # its word lists load only for a name with a comma

        quoted = is_quoted(text)
        text = written_order(text.strip().strip('"'))
        text = f'"{text}"' if quoted else text
    said = []
    query = _named(searcher, text, prefix, exact, groups, said)
    untitled = None if _names_someone(query, searcher, groups) else without_titles(text)
    if untitled is not None:
        bare_said = []
        bare = _named(searcher, untitled, prefix, exact, groups, bare_said)
        if _names_someone(bare, searcher, groups):
            query, said = bare, bare_said
    if notes is not None:
        notes.extend(said)
    return query


def _names_someone(query, searcher, groups):
    """Tell whether a speaker query holds a person's key, not the term of no one (no_one)."""
    if query is None or isinstance(query, DisjunctionMax):
        return query is not None
    return query.text in speaker_lexicon(searcher).keys or query.text in (groups or {})


def _named(searcher, text, prefix=False, exact=False, groups=None, notes=None):
    """Return a query for the paragraphs of the speakers whose name holds every word of text.

    Exact (a quoted name, or a facet's link) means that person alone when text is one's
    whole name: `"Ana Pérez"` is not also `Ana Pérez García` (unless the archive spells
    one person both ways, groups); else the words in that order within a name
    (`"López Obrador"`). With prefix, the last word may be the start of a word.
    A name no speaker has is respelled within typos, then read as a role (groups.roles),
    and `notes` (a list) gets a sentence saying whom that found.
    Returns None for text without words; a name that no speaker has matches nothing.
    Several speakers count as one match (DisjunctionMax), so a filter never reorders.
    groups ({key: keys of the same person}, from the store) adds every spelling of each person found.
    """
    names = getattr(groups, "names", {})  # before `or`: no groups may still carry names
    roles = getattr(groups, "roles", {})
    groups = groups or {}
    asked = name_words(text)
    if not asked:
        return None
    words = speaker_lexicon(searcher)
    typed = enye_words(text)
    if exact:
        key = speaker_key(text.strip().strip('"'))
        if key in words.keys or key in groups:  # a person's whole name: that person alone
            bare = enye_words(text.strip().strip('"'))
            if not keeps_enye(bare, key, names):
                if not within_typos(bare, key, names):
                    return Term("speaker", no_one(key, words, groups))  # Peña asked as Pena: no one
                _note_nearest(notes, text, NEAREST, {key}, names)  # `"Juan Nunez"`, as `Nunez` unquoted
            return _either(groups.get(key, (key,)))
    if only_particles(asked, prefix):
        if notes is not None:
            notes.append(particles_message(text))
        return Term("speaker", " ".join(asked))  # no one: as a name no speaker has
    held = holding(words, asked, prefix, in_order=exact)
    keys = {key for key in held if keeps_enye(typed, key, names, prefix)}
    if not keys and held and not prefix:  # `Nunez`: Núñez one typo away, as `ninos` is `niños`
        keys = {key for key in held if within_typos(typed, key, names)}
        _note_nearest(notes, text, NEAREST, keys, names)
    if not keys:
        keys = _near(words, asked, prefix, exact, roles, names, text, notes)
    elif not exact and roles and keys == {" ".join(asked)}:
        # A label that is a role alone (a novel's `El señor Presidente:`) names no one:
        # `orador:presidente` is also whoever the transcripts' labels give that role
        keys |= _holders(roles, asked, prefix, names, text, notes)
    if not keys:
        return Term("speaker", no_one(" ".join(asked), words, groups))  # the name as asked, which no one has
    return _either({spelling for key in keys for spelling in groups.get(key, (key,))})


def no_one(joined, words, groups):
    """Return a speaker term that no paragraph holds for a name asked as `joined` (folded words).

    The keys fold ñ (`enrique pena nieto`), so a name asked without the ñ that keeps_enye
    refused (`Enrique Pena Nieto`) may be a person's key as it stands: searched so, it found
    him (trial 19), where one word of it alone found no one. Such a key gets a mark no key has.
    """
    return f"{joined} ñ" if joined in words.keys or joined in groups else joined


def within_typos(asked, key, names):
    """Tell whether each asked word (enye_words: ñ kept) is within the typos its length allows
    (allowed_typos) of the word the name shown for key writes for it, ñ a letter as in words.

    The keys fold ñ, so a name respelled within typos on them is blind to it: `Penna` found
    Juan Peña (trial 19) while `Pena` found no one. Counted with the ñ, `Penna` is two typos
    from Peña, `Pena` one (none allowed at 4 letters), `Nunez` one from Núñez (one at 5).
    A word the shown name has no like of (a spelling its person shows otherwise) is not judged.
    """
    name = names.get(key)
    if name is None:
        return True
    written = enye_words(name)
    for word in asked:
        limit = allowed_typos(word)
        plain = word.replace("ñ", "n")
        alike = [other for other in written if edits(plain, other.replace("ñ", "n")) <= limit]
        if alike and not any(edits(word, other) <= limit for other in alike):
            return False
    return True


def enye_spelling(text, name):
    """Return text with each word that `name` writes otherwise but for ñ written as the name
    does, or None when no word differs so: what a filter that keeps_enye refused meant.

    >>> enye_spelling("Pena Nieto", "Enrique Peña Nieto"), enye_spelling("Nunez", "Juan Núñez")
    ('Peña Nieto', 'Núñez')
    >>> enye_spelling("Nieto", "Enrique Peña Nieto") is None
    True
    """
    written = {speaker_key(word): word for word in NAME_SEPARATORS.split(name) if word}
    changed, words = False, []
    for word in text.split():
        bare = word.strip(EDGE_MARKS)
        known = written.get(speaker_key(bare)) if bare else None
        if known and enye_words(known) != enye_words(bare):  # one key, so the same word but for ñ
            word, changed = word.replace(bare, known), True
        words.append(word)
    return " ".join(words) if changed else None


def only_particles(asked, prefix=False):
    """Tell whether a filter's folded words are all particles of names (NAME_PARTICLES),
    which name no one; a prefix (`de*`, Delgado) is the start of a word, not a particle.

    >>> only_particles(["de", "la"]), only_particles(["de", "la", "fuente"]), only_particles(["de"], prefix=True)
    (True, False, False)
    """
    return bool(asked) and not prefix and all(word in NAME_PARTICLES for word in asked)


def particles_message(text):
    """Return what a search says of a speaker filter of particles alone (only_particles)."""
    return (f"Ningún orador se llama «{text.strip().strip(chr(34))}»: las partículas de los nombres "
            "(de, del, la, los, y, van…) no nombran a nadie por sí solas; añada un nombre o un "
            'apellido, como en orador:"de la Fuente".')


def _either(keys):
    terms = [Term("speaker", key) for key in sorted(keys)]
    return terms[0] if len(terms) == 1 else DisjunctionMax(terms)


SHOWN = 3  # people a note names
MIN_INITIALS, MAX_INITIALS = 3, 5  # `AMLO`: a name's initials, as the press writes them


def meant_keys(words, roles, asked):
    """Return the keys a name no speaker has is read as, as an `orador:` filter reads it: its typos, then the role
    the transcripts' labels give (roles: SpeakerGroups.roles), then initials; an empty set if none."""
    return _near(words, asked, False, False, roles, {}, "", None)


def _near(words, asked, prefix, exact, roles, names, text, notes):
    """Return the keys a name no speaker has likely meant (typos, a generic label's other word, roles, initials),
    noting whom."""
    respelled = respelled_words(words, asked, prefix)
    keys = holding(words, respelled, prefix, in_order=exact) if respelled else set()
    if keys and text:  # the typos counted with the ñ (within_typos)
        keys = {key for key in keys if within_typos(enye_words(text), key, names)}
    said = NEAREST
    generic = generic_label(asked[0]) if not keys and len(asked) == 1 and not prefix else None
    if generic:  # `periodista`: the labels shown as Reportero (after typos: `Vozmediana` is Vozmediano, not Voz)
        keys = holding(words, name_words(generic))
        said = "se buscó la etiqueta genérica con que se muestra"
    if not keys and roles:
        keys = holding(roles, asked, prefix)
        said = "se buscaron quienes tienen ese cargo en las transcripciones"
    if not keys and len(asked) == 1 and MIN_INITIALS <= len(asked[0]) <= MAX_INITIALS and not prefix:
        keys = words.initials_of(asked[0])  # `amlo`
        said = "se buscó a quien tiene esas iniciales"
    _note_nearest(notes, text, said, keys, names)
    return keys


NEAREST = "se buscó a quien más se le parece"


def _note_nearest(notes, text, said, keys, names):
    """Append to notes (a list, or None: nothing to say) that no speaker is named text as typed, and whom the
    filter searched instead (`said`: how it read the name; keys: whom); nothing when keys is empty."""
    if keys and notes is not None:
        notes.append(f"Ningún orador se llama «{text.strip().strip(chr(34))}»; {said}: {_people(keys, names)}.")


def _holders(roles, asked, prefix, names, text, notes):
    """Return the keys whose labels give them the role asked, noting whom (besides the label)."""
    keys = holding(roles, asked, prefix)
    if keys and notes is not None:
        notes.append(f"«{text.strip()}» es también un cargo en las transcripciones; se buscaron "
                     f"además quienes lo tienen: {_people(keys, names)}.")
    return keys


def _people(keys, names):
    """Return the names shown for keys, in order, the first SHOWN of them and how many more."""
    people = sorted({names.get(key, key) for key in keys})
    return ", ".join(people[:SHOWN]) + (f" y {len(people) - SHOWN} más" if len(people) > SHOWN else "")


def is_quoted(text):
    """Tell whether a speaker filter is a quoted name, which means that name exactly."""
    text = text.strip()
    return len(text) > 1 and text.startswith('"') and text.endswith('"')
