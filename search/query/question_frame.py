"""A question's frame: the words that ask *who said* or *what was said*, not what about.

`¿quién habló de cubrebocas?` asks for the paragraphs on masks, people speaking first;
`habló` frames the question, and required beside `cubrebocas` it kept 1 paragraph of the
25 on masks (trial 19). The frame is an interrogative (`quién`, `qué`, `cuándo`, `dónde`,
`cómo`, `cuál`, a `lo que`) followed by a verb of saying or opinion (`dijo`, `opinó`,
`habló`, `anunció`, `piensa`), maybe after an auxiliary or a pronoun (`qué ha dicho`,
`qué le respondió`); or a noun of statement opening a query that says about what
(`declaraciones de López-Gatell sobre cubrebocas`); and, in a framed question, the
`acerca` of `acerca de` and the `respecto` of `respecto a`; or a verb of saying after its subject
and before what about (`Sheinbaum habló de homicidios`, `el ministro opinó sobre…`), as
`¿qué opina X de…?` asks it. The builder scores those words
where they occur and requires the rest (builder.py), as Meilisearch's `last` matching
strategy drops the words that matter least when all of them find too little.

What is not a frame: a verb of saying that is the topic, after another verb or as an
infinitive (`¿qué significa declarar la renta?`, `¿cómo declarar la renta?`); a
noun of statement with nothing said about (`declaración de la renta`); a verb without an
interrogative nor a subject and a `de` or `sobre` after it (`dijo cubrebocas`,
`Gatell dijo cubrebocas`: typed, so wanted); a question that is all frame (`¿quién lo
dijo?`: its words are what it has); and nouns a verb's form spells (`¿qué crítica
hizo?`, `¿qué denuncia presentó?`, `¿qué pregunta hizo?`).

Words are compared folded (the ñ kept) and lower-cased, so `quien hablo de cubrebocas` is read as
typed with its accents. The forms are the third person of the past, present and
imperfect, and the participle after `haber`; the speakers' own lexicon
(search/speakers/verbs.py) is the build path's, which a search never imports.

>>> frame_positions(["¿quién", "habló", "de", "cubrebocas?"])
[1]
>>> frame_positions(["¿qué", "significa", "declarar", "la", "renta?"])
[]
>>> frame_positions(["Sheinbaum", "habló", "de", "homicidios"])
[1]
"""

from functools import lru_cache

from search.query.clauses import Group, Not, Word, quoted
from search.query.lexer import EDGE_MARKS
from search.text.folding import fold
from search.text.word_sets import word_set

# Interrogatives, folded: `qué` written with its accent is a question anywhere in a query;
# without it (`que`, the conjunction) only where nothing but stop words stand before it.
INTERROGATIVES = word_set("quien quienes que cuando donde como cual cuales cuanto cuanta cuantos cuantas")
ACCENTED = word_set("quién quiénes qué cuándo dónde cómo cuál cuáles cuánto cuánta cuántos cuántas")
# What may stand between the interrogative and the verb: `ha dicho`, `le respondió`, `no dijo`.
BETWEEN = word_set("ha han habia habian habria habrian hubiera ya no se le les lo la los las me te nos")
HABER = word_set("ha han habia habian habria habrian hubiera")
MAX_BETWEEN = 3

# Verbs of saying and of opinion: regular -ar stems, then the others' forms, folded.
SAYING_AR = word_set(
    "opin declar coment afirm explic señal asegur contest habl mencion reiter destac subray agreg expres "
    "manifest precis anunci inform critic denunci pregunt plante acus calific consider aclar revel confirm "
    "cuestion reclam relat narr apunt enfatiz insinu lament")
SAYING_OTHERS = word_set(
    "dijo dice dicen dijeron decia decian diria dira piensa piensan penso pensaron pensaba "
    "respondio responde respondieron añadio añade añadieron sostuvo sostiene sostuvieron "
    "advirtio advierte advirtieron insistio insiste insistieron propuso propone propusieron "
    "pidio pide piden pidieron sugirio sugiere sugirieron reconocio reconoce reconocieron prometio promete "
    "prometieron recomendo recomienda recomendaron nego niega negaron admitio admite admitieron "
    "cree creen creia creyo escribio escribe escribieron expuso expone defendio defiende")
PARTICIPLES = word_set(
    "dicho pensado respondido añadido sostenido advertido insistido propuesto pedido sugerido reconocido "
    "prometido recomendado negado admitido escrito expuesto defendido")
# Forms that are nouns as often: `¿qué crítica hizo?` asks about a critique, not who said.
NOUN_FORMS = word_set("critica denuncia pregunta")
FRAME_VERBS = frozenset(fold(form) for form in (
    {stem + end for stem in SAYING_AR for end in ("o", "a", "an", "aron", "aba", "aban")}
    | SAYING_OTHERS)) - NOUN_FORMS
FRAME_PARTICIPLES = frozenset(fold(stem) + "ado" for stem in SAYING_AR) | frozenset(map(fold, PARTICIPLES))
# The verbs spoken.py leaves out of a speaker's offer: the frame's, their participles and infinitives.
SAYING = FRAME_VERBS | FRAME_PARTICIPLES | frozenset(fold(stem) + "ar" for stem in SAYING_AR) | word_set(
    "decir pensar responder añadir sostener advertir insistir proponer pedir sugerir")
# Nouns of statement that open a query about what someone said on something.
STATEMENT_NOUNS = word_set("declaraciones declaracion opiniones opinion comentarios dichos postura posturas "
                           "palabras mensaje mensajes")
ABOUT = word_set("sobre acerca respecto")
ABOUT_AFTER = {"acerca": word_set("de del"), "respecto": word_set("a al de del")}  # `acerca de`, `respecto a`
OF = word_set("de del")


@lru_cache(maxsize=4096)
def key(typed):
    """Return a typed word folded, lower-cased, without the marks around it (`¿Quién` gives quien).

    Memoised: every query's words pass here (framing), and queries repeat their words."""
    return fold(typed.strip(EDGE_MARKS).lower())


def frame_positions(words, stop_word=None):
    """Return the positions of the words of a query (as typed, None for a clause that is no
    plain word) that frame it as a question of who said what; [] when none do, or when
    nothing else is left to search ("" for a clause that searches nothing of its own, an
    exclusion). `stop_word(word)` tells the words the index keeps no
    posting of (search.text.words.is_stop_word by default)."""
    keys = [key(word) if word is not None else None for word in words]
    # Every frame needs an interrogative or an opening noun of statement (_verb_frames,
    # _noun_frame): most queries have neither and stop here, at a set lookup a word.
    if INTERROGATIVES.isdisjoint(keys) and STATEMENT_NOUNS.isdisjoint(keys[:1]) and FRAME_VERBS.isdisjoint(keys):
        return []
    if stop_word is None:
        from search.text.words import is_stop_word as stop_word
    found = _verb_frames(words, keys, stop_word) or _noun_frame(keys) or _subject_frame(words, keys, stop_word)
    if not found:
        return []
    found += [at for at, word in enumerate(keys)
              if word in ABOUT_AFTER and at + 1 < len(keys) and keys[at + 1] in ABOUT_AFTER[word]]
    left = [at for at, word in enumerate(words)
            if at not in found and (word is None or key(word) and not stop_word(word.strip(EDGE_MARKS).lower()))]
    return sorted(set(found)) if left else []


def _verb_frames(words, keys, stop_word):
    """Return the positions of the verbs that follow an interrogative (module docstring)."""
    found = []
    for at, word in enumerate(keys):
        if word not in INTERROGATIVES or not _asks(words, keys, at, stop_word):
            continue
        after = at + 1
        while after < len(keys) and after - at <= MAX_BETWEEN and keys[after] in BETWEEN:
            after += 1
        if after >= len(keys) or keys[after] is None:
            continue
        verb = keys[after]
        if verb in FRAME_VERBS or verb in FRAME_PARTICIPLES and keys[after - 1] in HABER:
            found.append(after)
    return found


def _asks(words, keys, at, stop_word):
    """Tell whether the interrogative-like word at `at` asks: written with its accent or a
    `¿`, after `lo` (`lo que dijo`), or with only stop words before it (`de que hablo`)."""
    if "¿" in words[at] or words[at].strip(EDGE_MARKS).lower() in ACCENTED:
        return True
    if keys[at] == "que" and at and keys[at - 1] == "lo":
        return True
    return all(word is not None and stop_word(word.strip(EDGE_MARKS).lower()) for word in words[:at])


def _subject_frame(words, keys, stop_word):
    """Return the positions of the verbs of saying that follow a word that says something (their
    subject: a clause that is no plain word, `orador:X`, or the name spoken.py reads, counts)
    and come before a `de`, `sobre`, `acerca` or `respecto` and a word after it."""
    found = []
    for at in range(1, len(keys) - 2):
        if keys[at] in FRAME_VERBS and (keys[at + 1] in OF or keys[at + 1] in ABOUT) and any(
                word is None or key(word) and not stop_word(word.strip(EDGE_MARKS).lower())
                for word in words[:at]):
            found.append(at)
    return found


def _noun_frame(keys):
    """Return [0] when the query opens with a noun of statement, `de` and, later, what about."""
    if len(keys) < 4 or keys[0] not in STATEMENT_NOUNS or keys[1] not in OF:
        return []
    return [0] if any(word in ABOUT for word in keys[3:]) else []


def framing(root):
    """Return the clauses of a query's root group (parser.py) that frame a question of who said what."""
    if not isinstance(root, Group) or root.joiner not in (None, "and") or len(root.clauses) < 2:
        return ()
    words = [clause.text if _plain_word(clause) else "" if isinstance(clause, Not) else None
             for clause in root.clauses]
    return tuple(root.clauses[at] for at in frame_positions(words))


def _plain_word(clause):
    """Tell whether a clause is a word typed alone: no field, prefix, pattern, typo or boost mark."""
    return (isinstance(clause, Word) and clause.field is None
            and not (clause.prefix or clause.wildcard or clause.fuzzy) and clause.boost == 1.0)


def frame_message(typed):
    """Return what a search says of the frame's words it scored without requiring them.

    >>> frame_message(["habló"])
    '«habló» solo da forma a la pregunta: no se exigió, y van primero los párrafos que lo dicen.'
    """
    one = len(typed) == 1
    marked = [f"«{quoted(word)}»" for word in typed]
    listed = marked[0] if one else ", ".join(marked[:-1]) + " y " + marked[-1]
    return (f"{listed} solo {'da' if one else 'dan'} forma a la pregunta: no se {'exigió' if one else 'exigieron'}, "
            f"y van primero los párrafos que {'lo' if one else 'los'} dicen.")
