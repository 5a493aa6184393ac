"""What to try after a search that found nothing: fewer words, other spellings, the speaker a
name filter meant, and the filters in force, named so they can be removed
(search/retrieval/advice.py gives them with its suggestion)."""

import copy

from search.query.dates import clause_span
from search.query.parser import DateClause, Group, Not, Phrase, Word
from search.query.speaker_lexicon import SpeakerWords, holding, name_words, respelled_words
from search.query.speakers import (
    SpeakerGroups,
    enye_spelling,
    enye_words,
    meant_keys,
    only_particles,
    within_typos,
)
from search.retrieval.date_notes import common_days, filter_spans
from search.retrieval.results import described_filters
from search.text.folding import speaker_key
from search.text.wording import plural
from search.text.words import is_stop_word

FILTER_FIELDS = {"speaker": "orador", "date": "fecha", "doc": "doc", "title": "titulo"}
# Text in quotes is its words as written (other_clauses.written_phrase): what to try without them
QUOTED_PHRASE = "Pruebe sin comillas: entre comillas se buscan las palabras tal cual, juntas y en ese orden."
QUOTED_WORD = "Pruebe sin comillas: entre comillas se busca la palabra tal cual, no sus otras formas."


def tips(parsed, filters, suggestion, causes=()):
    """Return what to try after a search that found nothing: fewer words, other spellings,
    and the filters in force, named so they can be removed.

    `causes`: the lines that name what removed every paragraph (an exclusion of the words
    searched, a speaker no one is, the filters): then they alone are said, one line a
    problem, as the advice to respell words that were found would mislead (trial33).
    """
    causes = list(causes) or disjoint_dates(parsed, filters)
    if causes:
        return causes
    found = []
    typed = [clause for clause in clauses(parsed.root)
             if isinstance(clause, (Word, Phrase)) and clause.field is None and not _stop_word(clause)]
    quoted = [clause for clause in typed if isinstance(clause, Phrase)]
    if any(len(clause.text.split()) > 1 for clause in quoted):
        found.append(QUOTED_PHRASE)
    elif quoted:
        found.append(QUOTED_WORD)
    if len(typed) > 1:
        found.append("Pruebe con menos palabras, o con palabras más generales.")
    if typed and not suggestion:  # a search of filters alone has no words to respell
        found.append("Pruebe con otra forma de escribir las palabras, o con un sinónimo.")
    in_force = filters_in_force(parsed, filters)
    if in_force:
        found.append("Filtros en uso: " + ", ".join(in_force) + "; quítelos para buscar en todo el índice.")
    return found


def filters_in_force(parsed, filters):
    """Return the filters of a search as typed, each once (`orador:a` typed 60 times): the
    options' (speaker, from, to) and the query's field clauses."""
    in_force = described_filters(*filters) if filters else []
    in_force += [typed for clause in clauses(parsed.root) if (typed := field_filter(clause))]
    return list(dict.fromkeys(in_force))


def filtered_out_tip(parsed, filters, unfiltered):
    """Return [the tip] when the words find paragraphs but the filters keep none, else [].

    `unfiltered(parsed)` counts the paragraphs a ParsedQuery finds with every word, no filter.
    """
    in_force = filters_in_force(parsed, filters)
    words = [clause for clause in parsed.root.clauses if field_filter(clause) is None
             and not (isinstance(clause, (Word, Phrase)) and clause.field == "speaker")]
    if not in_force or not words:
        return []
    bare = copy.copy(parsed)
    bare.root = Group(parsed.root.joiner, words, parsed.root.boost)
    found = unfiltered(bare)
    if not found:
        return []
    return [f"Las palabras están en {plural(found, 'párrafo')}, pero ninguno cumple "
            f"los filtros: {', '.join(in_force)}; quítelos para buscar en todo el índice."]


def excluded_stems(parsed, analyze):
    """Return a tip for each excluded word that shares its stem with a word searched
    (`vacuna -vacunas`): a word is searched and excluded by its stem, every form at once, so
    nothing can match both. `analyze(word)` gives a word's text terms.

    Only the words every match must have, or must not (_required), are weighed: `vacuna
    -(vacunas pfizer)` and `vacuna OR -vacunas` find paragraphs with `vacuna` (review33).
    """
    required = [(negated, clause) for negated, clause in _required(parsed.root)
                if isinstance(clause, Word) and clause.field in (None, "text") and not clause.wildcard]
    searched = {}
    for negated, clause in required:
        if not negated:
            for term in analyze(clause.text):
                searched.setdefault(term, clause.text)
    found = []
    for negated, clause in required:
        shared = [searched[term] for term in analyze(clause.text) if term in searched] if negated else []
        if shared:
            found.append(f"«-{clause.text}» excluye todas las formas de su raíz, también «{shared[0]}», "
                         f"que se buscaba: ningún párrafo puede tenerla y no tenerla. Quite «-{clause.text}».")
    return found


def excluding(parsed):
    """Return the clauses a query's every match must lack (`-Pesce`, `NOT "de la"`), as typed.

    >>> from search.query.parser import parse
    >>> [clause.text for clause in excluding(parse("banco central -Pesce"))]
    ['Pesce']
    >>> excluding(parse("banco OR -Pesce"))
    []
    """
    return [clause for negated, clause in _required(parsed.root) if negated]


def exclusion_tip(parsed, finds):
    """Return [the tip] when the words find paragraphs but the query's exclusions leave none,
    else []. `finds(parsed)` counts the paragraphs a ParsedQuery finds with every word."""
    excluded = excluding(parsed)
    if not excluded or not finds:
        return []
    bare = copy.copy(parsed)
    bare.root = _without(parsed.root, excluded)
    if bare.root is None or not (found := finds(bare)):
        return []
    one = len(excluded) == 1
    named = ", ".join(f"«-{_typed(clause)}»" for clause in excluded)
    them = "lo" if found == 1 else "los"
    return [f"Las palabras están en {plural(found, 'párrafo')}, pero {named} {them} "
            f"{'excluye' if one else 'excluyen'}{'' if found == 1 else ' todos'}; "
            f"{'quítelo' if one else 'quítelos'} para ver{them}."]


def _typed(clause):
    """Return an excluded clause as it may be typed again (`Pesce`, `"de la"`, `orador:Pesce`)."""
    if isinstance(clause, Phrase):
        text = f'"{clause.text}"'
    elif isinstance(clause, Word):
        text = clause.text + ("*" if clause.prefix else "")
    else:
        return "(…)"
    return text if clause.field in (None, "text") else f"{FILTER_FIELDS.get(clause.field, clause.field)}:{text}"


def _without(clause, excluded):
    """Return a clause tree without the excluded clauses (by identity), or None if nothing is left."""
    if isinstance(clause, Not) and any(clause.clause is kept for kept in excluded):
        return None
    if isinstance(clause, Not):
        inner = _without(clause.clause, excluded)
        return None if inner is None else Not(inner)
    if isinstance(clause, Group):
        kept = [inner for part in clause.clauses if (inner := _without(part, excluded)) is not None]
        return Group(clause.joiner, kept, clause.boost) if kept else None
    return None if any(clause is kept for kept in excluded) else clause


def _required(clause, negated=False):
    """Yield (negated, clause) for each clause of a tree's AND chain: what every match must
    have (negated: must not). The chain goes through groups of one clause, AND groups (the
    default joiner too) and, by De Morgan, negated OR groups (`-(a OR b)` is `-a -b`); it
    stops at an OR group and at a negated AND group (`-(a b)` excludes a only with b), whose
    clauses a match need not have, nor lack. `--x` is x."""
    if isinstance(clause, Group):
        if len(clause.clauses) == 1 or (clause.joiner == "or") == negated:
            for inner in clause.clauses:
                yield from _required(inner, negated)
    elif isinstance(clause, Not):
        yield from _required(clause.clause, not negated)
    else:
        yield negated, clause


def _stop_word(clause):
    """Tell whether a clause is a plain stop word, which the index does not hold: neither
    fewer words nor another spelling would help `de la`, and the search says why already."""
    return (isinstance(clause, Word) and not (clause.prefix or clause.wildcard or clause.fuzzy)
            and is_stop_word(clause.text.lower()))


def disjoint_dates(parsed, filters):
    """Return [a tip] when the dates a search requires together share no day (`fecha:2020
    fecha:2021`, or `fecha:` and --from), else []: then no paragraph can match them all."""
    spans = filter_spans(parsed.root, *(filters[1:3] if filters else (None, None)))
    if len(spans) < 2 or common_days([span for _, span in spans]) is not None:
        return []
    return [f"Las fechas {' y '.join(named for named, _ in spans)} no comparten ningún día: ningún "
            "párrafo puede cumplirlas todas."]


def clauses(clause):
    """Yield every clause of a tree that isn't negated."""
    if isinstance(clause, Group):
        for inner in clause.clauses:
            yield from clauses(inner)
    elif not isinstance(clause, Not):
        yield clause


SPEAKERS_SHOWN = 3  # names a tip offers for a speaker filter that found nothing


def speaker_tips(index, asked):
    """Return (causes, others): for each speaker filter (typed, quoted), the people whose names
    hold its words (or whom the filter read it as: typos, a role, initials), or say there is none.
    A quoted name must hold them in that order, so `"Gatell López"` finds nobody while Hugo
    López-Gatell Ramírez is there. A filter that names no one (or no one in that order, or
    not with that ñ) is a cause of finding nothing; a name that some speaker's holds
    matched (others): what excluded every paragraph is the rest of the search.
    """
    found, others = [], []
    words = shown_as = roles = None
    for typed, quoted in asked:
        wanted = name_words(typed)  # hyphens count as spaces
        if not wanted or only_particles(wanted):  # the search's messages said it names no one
            continue
        if shown_as is None:
            names = index.per_state("speaker_names", index.store.speaker_names)
            shown_as = {speaker_key(name): name for name in names.values()}
            words = SpeakerWords(shown_as)
            roles = SpeakerGroups((), None, index.per_state("speaker_roles", index.store.speaker_roles)).roles
        if not holding(words, wanted):
            wanted = respelled_words(words, wanted) or wanted
        held = holding(words, wanted)
        # whom the filter searched, by its rule (search.query.speakers.speaker_query): the ñ counts, within the
        # typos a word's length allows (`Nunez` is Núñez; `Pena` is not Peña, nor `Nunes` Núñez)
        kept = {key for key in held if within_typos(enye_words(typed), key, names)}
        if held and not kept:
            found.append(enye_tip(typed, sorted({shown_as.get(key) or names.get(key, key) for key in held})))
            continue
        people = sorted({shown_as.get(key) or names.get(key, key)
                         for key in kept or meant_keys(words, roles, wanted)})  # a role, initials
        if people:
            shown = _listed(people)
            if quoted and held and not holding(words, wanted, in_order=True):
                found.append(f"Oradores cuyo nombre contiene «{typed}»: {shown}. Entre comillas, "
                             "las palabras van juntas y en ese orden; escríbalas sin comillas.")
            else:
                others.append(f"«{typed}» es {shown}, pero no habla en ningún párrafo que cumpla lo demás "
                              "(las palabras o las fechas): quite alguna condición.")
        else:
            found.append(no_speaker_tip(typed))
    return found, others


def no_speaker_tip(typed):
    """Return the tip for a speaker filter that names no one and no transcript label's role.

    A word typed in lower case may be an office (`orador:fiscal`, `orador:ministra`), which the
    news gives in the apposition that introduces a speaker (`el fiscal X`) but `orador:` reads only
    from transcript labels: the tip says so, lest it seem that the archive has no such speaker.
    """
    if typed.islower() and len(typed.split()) == 1:
        return (f"Ningún orador del índice se llama «{typed}», y ninguna etiqueta de transcripción da ese "
                "cargo; orador: no lee los cargos que las noticias escriben junto a un nombre («el fiscal "
                "X», «la ministra del Interior, X»): pruebe con el apellido de la persona.")
    return f"Ningún orador del índice se llama «{typed}»: pruebe con una parte de su nombre, como el apellido."


def enye_tip(typed, people):
    """Return the tip for a name that holds a person's words but for the ñ (`Pena`, Enrique
    Peña Nieto): not that person, and how the name is written."""
    spelled = enye_spelling(typed, people[0])
    return (f"«{typed}» no es {_listed(people)}: la ñ cuenta en los nombres, como en las palabras"
            + (f"; escriba «{spelled}»." if spelled else "."))


def _listed(people):
    """Return the first SPEAKERS_SHOWN names of people, joined, with `…` when there are more."""
    return ", ".join(people[:SPEAKERS_SHOWN]) + ("…" if len(people) > SPEAKERS_SHOWN else "")


def field_filter(clause):
    """Return a clause that restricts the search to a field, as typed, or None."""
    if isinstance(clause, DateClause):  # one that was ignored (said so) is not in force
        return None if clause_span(clause)[1] else f"fecha:{clause.typed}"
    if isinstance(clause, (Word, Phrase)) and clause.field in FILTER_FIELDS:
        quoted = f'"{clause.text}"' if isinstance(clause, Phrase) else clause.text + ("*" if clause.prefix else "")
        return f"{FILTER_FIELDS[clause.field]}:{quoted}"
    return None
