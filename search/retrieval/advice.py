"""What a search tells the person next: "Quizás quiso decir", and what to try when nothing matched.

A suggestion corrects the words whose stems the index lacks, from the index's own
vocabulary (search/query/suggest.py), and restores accents on the others. It is made
whenever a word was corrected, by the typo fallback or by the any-word fallback that
dropped it, and when few results were found.
"""

from search.query.builder import build_query
from search.query.dates import clause_span, date_span
from search.query.parser import DateClause, Group, Not, Phrase, Word
from search.query.speakers import SpeakerWords, holding, name_words, respelled_words
from search.query.suggest import ENYE_RATIO, Vocabulary, allowed_typos, suggest
from search.retrieval.results import described_filters
from search.text.analysis import terms_of
from search.text.folding import speaker_key

FEW_RESULTS = 3  # fewer than this brings a suggestion
# A word no text writes, whose stem is in fewer paragraphs than this, may be a typo of a
# far more frequent word of another stem (`vacuan`, stem of the 5 `vacua`, for `vacuna`):
# a suggestion is looked for, as Elasticsearch's term suggester does in its `popular` mode.
RARE_STEM = 50
FILTER_FIELDS = {"speaker": "orador", "date": "fecha", "doc": "doc", "title": "titulo"}


def vocabulary_of(index):
    """Return the index's vocabulary, loaded once per state of the index."""
    return index.per_state("vocabulary", lambda: Vocabulary(index.store.words()))


def advise(index, searcher, results, text, parsed, filters, typed=None):
    """Fill in results.suggestion, and results.tips when nothing matched.

    `filters` is (speaker, date_from, date_to) as the person gave them; `typed` the words
    typed for the text, as the search's all-words build found them (Built.typed_words;
    None: built again here).
    """
    if not text.strip():
        return
    if results.total < FEW_RESULTS or results.mode != "all":
        results.suggestion = suggestion_for(index, text, parsed, searcher, typed=typed)
    elif rare := rare_words(searcher, parsed):  # `vacuan` finds the 5 `vacua`
        results.suggestion = suggestion_for(index, text, parsed, searcher, only=rare, typed=typed)
    if results.total == 0:
        results.tips = tips(parsed, filters, results.suggestion)
        asked = [(clause.text, isinstance(clause, Phrase)) for clause in clauses(parsed.root)
                 if isinstance(clause, (Word, Phrase)) and clause.field == "speaker"]
        asked += [(filters[0].strip('"'), filters[0].startswith('"'))] if filters and filters[0] else []
        results.tips += speaker_tips(index, asked)


def suggestion_for(index, text, parsed, searcher, only=None, typed=None):
    """Return the query with its unknown words corrected (and accents restored), or None.

    A word whose stem the index lacks counts as a typo (`unilateral` is known through
    `unilaterales`, and `politico` through `político`), and so does a word no text
    writes whose rare stem another word's far outnumbers (respelled). `only`: the words
    that may be corrected (all when None); `typed`: the words typed for the text
    (Built.typed_words of an all-words build, which any build of it gives alike; None:
    built here).
    """
    if typed is None:
        typed = build_query(parsed, searcher, index.store, "and").typed_words
    typed = [word for word in typed
             if word not in parsed.unknown_fields]  # `foo` of foo:bar is no word to respell
    stems = {word: _terms(searcher, "text", word) for word in typed}
    unknown = [word for word, found in stems.items()
               if found and not all(searcher.doc_frequency("text", stem) for stem in found)]
    vocabulary = vocabulary_of(index)
    # A known word typed without its ñ (`ano` for `año`) is suggested when the ñ form is
    # far more frequent; it is still searched as typed, since ñ counts.
    enye = {word: form for word in typed if word not in unknown and "n" in word.lower()
            and (form := vocabulary.with_enye(word, ENYE_RATIO))}
    misspelled = {word: form for word in typed if word not in unknown and word not in enye
                  and (form := respelled(vocabulary, searcher, word))}
    if not unknown and not enye and not misspelled:
        return None
    corrections = {word: form for word, form in {**suggest(vocabulary, unknown), **enye,
                                                 **misspelled}.items()
                   if only is None or word in only}
    if not corrections:
        return None
    corrections.update(vocabulary.accented([w for w in typed if w not in corrections and stems[w]]))
    for word, corrected in corrections.items():
        text = text.replace(word, same_case(word, corrected), 1)
    return text


def rare_words(searcher, parsed):
    """Return the words typed alone (no field, prefix or typo mark) that no text writes
    and whose stem is rare.

    A word some text writes as typed (its `exact` term is in the index: `piñata`) is no
    typo, and is known without loading the index's whole vocabulary.
    """
    found = []
    for clause in clauses(parsed.root):
        if (isinstance(clause, Word) and clause.field in (None, "text") and not clause.prefix
                and not clause.fuzzy and allowed_typos(clause.text) and clause.text.isalpha()):
            stems = _terms(searcher, "text", clause.text)
            if (stems and 0 < _frequency(searcher, "text", stems) < RARE_STEM
                    and not _frequency(searcher, "exact", _terms(searcher, "exact", clause.text))):
                found.append(clause.text)
    return found


def _terms(searcher, fieldname, word):
    return list(terms_of(searcher.schema[fieldname].analyzer, word))


def _frequency(searcher, fieldname, terms):
    return sum(searcher.doc_frequency(fieldname, term) for term in terms)


def respelled(vocabulary, searcher, word):
    """Return the word one typo away that the person likely meant, for a word no text writes.

    Only when its stem is rare and the other word, of another stem, is ENYE_RATIO times
    as frequent: `vacuan` (two letters swapped) is `vacuna`; `comiste`, unwritten but of
    the frequent stem of comer, is left alone.
    """
    if not word.isalpha() or not allowed_typos(word) or word in vocabulary:
        return None
    stems = _terms(searcher, "text", word)
    found = _frequency(searcher, "text", stems) if stems else RARE_STEM
    if found >= RARE_STEM:
        return None
    for key in vocabulary.within(word, 1):  # most frequent first
        if vocabulary.count[key] < ENYE_RATIO * max(1, found):
            break
        form = vocabulary.display[key]
        if _terms(searcher, "text", form) != stems:
            return form
    return None


def same_case(typed, word):
    """Return word written in the case of what was typed: Rusiaa → Rusia, not rusia."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def tips(parsed, filters, suggestion):
    """Return what to try after a search that found nothing: fewer words, other spellings,
    and the filters in force, named so they can be removed."""
    found = []
    typed = [clause for clause in clauses(parsed.root)
             if isinstance(clause, (Word, Phrase)) and clause.field is None]
    if any(isinstance(clause, Phrase) for clause in typed):
        found.append("Pruebe sin comillas: una frase exige sus palabras juntas y en ese orden.")
    if len(typed) > 1:
        found.append("Pruebe con menos palabras, o con palabras más generales.")
    if typed and not suggestion:  # a search of filters alone has no words to respell
        found.append("Pruebe con otra forma de escribir las palabras, o con un sinónimo.")
    found += disjoint_dates(parsed, filters)
    in_force = described_filters(*filters)
    in_force += [typed for clause in clauses(parsed.root) if (typed := field_filter(clause))]
    if in_force:
        found.append("Filtros en uso: " + ", ".join(in_force)
                     + "; quítelos para buscar en todo el índice.")
    return found


def disjoint_dates(parsed, filters):
    """Return [a tip] when the dates a search requires together share no day (`fecha:2020
    fecha:2021`, or `fecha:` and --from), else []: then no paragraph can match them all."""
    spans = []
    if filters and (filters[1] or filters[2]):
        spans.append((", ".join(described_filters(None, filters[1], filters[2])),
                      date_span(filters[1], filters[2])))
    if parsed.root.joiner != "or":  # dates joined by OR may each hold
        spans += [(f"«fecha:{clause.typed}»", clause_span(clause)[0])
                  for clause in parsed.root.clauses if isinstance(clause, DateClause)]
    spans = [(named, span) for named, span in spans if span is not None and not span.bad]
    starts = [span.start for _, span in spans if span.start]
    ends = [span.end for _, span in spans if span.end]
    if len(spans) < 2 or not starts or not ends or max(starts) <= min(ends):
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
    """Return, for each speaker filter (typed, quoted), the people whose names hold its
    words (within typos, as the filter reads them), or say there is none. A quoted name
    must hold them in that order, so `"Gatell López"` finds nobody while Hugo
    López-Gatell Ramírez is there. A name that some speaker's holds matched: what
    excluded every paragraph is the rest of the search.
    """
    found = []
    words = shown_as = None
    for typed, quoted in asked:
        wanted = name_words(typed)  # hyphens count as spaces
        if not wanted:
            continue
        if shown_as is None:
            names = index.per_state("speaker_names", index.store.speaker_names)
            shown_as = {speaker_key(name): name for name in names.values()}
            words = SpeakerWords(shown_as)
        if not holding(words, wanted):
            wanted = respelled_words(words, wanted) or wanted
        people = sorted(shown_as[key] for key in holding(words, wanted))
        if people:
            shown = ", ".join(people[:SPEAKERS_SHOWN]) + ("…" if len(people) > SPEAKERS_SHOWN else "")
            if quoted and not holding(words, wanted, in_order=True):
                found.append(f"Oradores cuyo nombre contiene «{typed}»: {shown}. Entre comillas, "
                             "las palabras van juntas y en ese orden; escríbalas sin comillas.")
            else:
                found.append(f"«{typed}» es {shown}, pero no habla en ningún párrafo que cumpla lo demás "
                             "(las palabras o las fechas): quite alguna condición.")
        else:
            found.append(f"Ningún orador del índice se llama «{typed}»: pruebe con una parte "
                         "de su nombre, como el apellido.")
    return found


def field_filter(clause):
    """Return a clause that restricts the search to a field, as typed, or None."""
    if isinstance(clause, DateClause):  # one that was ignored (said so) is not in force
        return None if clause_span(clause)[1] else f"fecha:{clause.typed}"
    if isinstance(clause, (Word, Phrase)) and clause.field in FILTER_FIELDS:
        quoted = f'"{clause.text}"' if isinstance(clause, Phrase) else clause.text
        return f"{FILTER_FIELDS[clause.field]}:{quoted}"
    return None
