"""Similar paragraphs: the ones that share a paragraph's most telling words ("more like this").

A short paragraph of a transcript has few words, and the rarest of them are the worst
guides to its topic: the speaker's label (`RICARDO CORTÉS ALCALÁ, DIRECTOR GENERAL DE
PROMOCIÓN DE LA SALUD:`), people's names, greetings and thanks. As Lucene's
MoreLikeThis does, the query is made of the paragraph's words weighted by tf-idf, less
those that say nothing of its topic:

- the turn label at its start, and the words of every speaker's name the index knows
  (`Interlocutora`, `López-Gatell`), which only find the same people again (unless
  nothing else is left);
- greetings and forms of address (`buenas noches`, `gracias`, `doctor`);
- numbers, and words found in no other paragraph.

As Elasticsearch's more_like_this over the fields `text` and `title`, the paragraph's
title gives terms too, weighed by tf-idf among titles (and half as much as the text's
own, as a search weighs titles, RANKING.title_boost), and searched in the titles: a
one-line jsonl record (`El ministro de Exteriores cree que…`) is about its title
(`Albares advierte que Europa debe estar preparada…`), and the same story under
another title shares its words (trial 35). A title Hemeroteca made for a transcript
(`Conferencia de prensa, 2020-06-15`) is in no paragraph's title field, and gives none.
On xquad_es (bench/similar_titles.py, top 5), the title brings the paragraphs of the same
article from 30% to 33%, and keeps briefings under a given title as on topic as the text
alone (58% by the topic lexicon, against 57%), at 2 ms more CPU a call.

A similar paragraph must have one of the REQUIRED rarest of those terms, and the others
add to its score. On short turns of the covid19mx briefings, 71% of the paragraphs found
share the topic of the one given, against 56% before (bench/similar_topics.py, which
says how it judges).
"""

import re
import time
from collections import Counter
from math import log

from whoosh.query import And, AndMaybe, Or, Term

from search.retrieval.browse import locate
from search.retrieval.copies import collapsing, copies_of, copy_group, index_copies
from search.retrieval.ranking import RANKING
from search.retrieval.reader import SearchIndex
from search.retrieval.results import Results, hit_records, to_hit
from search.retrieval.running import top_hits
from search.storage.forms import doc_term

SIMILAR_TERMS = 25  # as MoreLikeThis's maxQueryTerms, the text's and the title's together
# One of the 5 rarest terms required: 71% on topic where 3 gave 69% and any word 71%
# at four times the cost (bench/similar_topics.py).
REQUIRED_TERMS = 5
TITLE_BOOST = RANKING.title_boost  # title words count, but less than the paragraph's own
# A turn label: words in capitals (a name, a role) and a colon, at the paragraph's start.
TURN_LABEL = re.compile(r"^[^a-záéíóúüñ:\n]{2,250}?:\s+")
# Greetings, thanks and forms of address: how people speak to each other, not of what.
COURTESY = (
    "hola buen buenas buenos bueno días noches tardes gracias muchas muchísimas saludo saludos "
    "bienvenida bienvenidas bienvenido bienvenidos adelante favor permiso perdón disculpe "
    "señor señora señores señoras señorita don doña doctor doctora doctores licenciado "
    "licenciada maestro maestra ingeniero ingeniera compañero compañera compañeros compañeras "
    "pregunta preguntas respuesta interlocutor interlocutora sí claro bien ok"
)
# Why a paragraph has no similar ones, said rather than a bare "0 párrafos parecidos".
NOTHING_TELLING = ("Este párrafo no tiene palabras que digan su tema: solo saludos, tratamientos, "
                   "números, palabras vacías o palabras que no aparecen en ningún otro párrafo.")
NOBODY_SHARES = "Ningún otro párrafo comparte las palabras que dicen el tema de este."


def courtesy_terms(analyzer):
    """Return the analyzed terms of the courtesy words."""
    return {token.text for token in analyzer(COURTESY)}


def name_terms(index, analyzer):
    """Return the analyzed terms of every speaker's name in the index, loaded once per state."""
    def load():
        names = " ".join(index.store.speaker_names().values())
        return {token.text for token in analyzer(names)}
    return index.per_state("speaker_name_terms", load)


def telling_terms(index, searcher, text):
    """Return a paragraph's SIMILAR_TERMS most telling terms, by tf-idf, best first.

    A paragraph with nothing but names and courtesy (`Gracias, maestro Robledo.`) is
    about those people: then their names are its terms.
    """
    return best_terms(telling_weights(index, searcher, text))


def telling_weights(index, searcher, text):
    """Return {term: tf-idf} of a paragraph's telling terms (telling_terms, unranked and uncut)."""
    analyzer = searcher.schema["text"].analyzer
    counts = Counter(token.text for token in analyzer(TURN_LABEL.sub("", text, count=1)))
    courtesy = courtesy_terms(analyzer)
    return (term_weights(searcher, counts, courtesy | name_terms(index, analyzer))
            or term_weights(searcher, counts, courtesy))


def ranked_terms(searcher, counts, ignored, field="text"):
    """Return the terms of counts not ignored, by tf-idf in field, best first; none found elsewhere."""
    return best_terms(term_weights(searcher, counts, ignored, field))


def best_terms(weights):
    """Return the SIMILAR_TERMS keys of {term or (field, term): weight} of most weight, ties by key."""
    return sorted(weights, key=lambda key: (-weights[key], key))[:SIMILAR_TERMS]


def term_weights(searcher, counts, ignored, field="text"):
    """Return {term: tf-idf in field} of the terms of counts not ignored, found in another paragraph."""
    total = max(1, searcher.doc_count_all())
    weights = {}
    for term, count in counts.items():
        if term in ignored or not any(ch.isalpha() for ch in term):
            continue
        frequency = searcher.doc_frequency(field, term)
        if frequency > 1:  # a word found only in this paragraph can't bring any other
            weights[term] = count * log(1 + total / frequency)
    return weights


def title_terms(index, searcher, record, docno):
    """Return {term: weight} of a record's title: tf-idf among titles, times TITLE_BOOST.

    None for a title Hemeroteca made (its document has no title terms: they went to
    `made_title`, searched by `titulo:` only), or no title; courtesy and people's names
    are left out as in the text.
    """
    analyzer = searcher.schema["title"].analyzer
    counts = Counter(token.text for token in analyzer(record.title or ""))
    if not counts or not any(searcher.docs_for_query(And([Term("doc", doc), Term("title", next(iter(counts)))]))
                             for doc in (doc_term(docno), record.doc)):  # keyed by number, or by name before
        return {}
    ignored = courtesy_terms(analyzer) | name_terms(index, analyzer)
    weights = term_weights(searcher, counts, ignored, "title")
    return {term: weight * TITLE_BOOST for term, weight in weights.items()}


def like_terms(index, searcher, record, docno):
    """Return the (field, term) pairs a record is searched by, best first: its text's and its title's.

    At most SIMILAR_TERMS, by weight, as MoreLikeThis picks its terms over all its fields.
    """
    weights = {("text", term): weight for term, weight in telling_weights(index, searcher, record.text).items()}
    weights.update({("title", term): weight for term, weight in title_terms(index, searcher, record, docno).items()})
    return best_terms(weights)


def like_query(searcher, pairs):
    """Return the query of (field, term) pairs: one of the REQUIRED_TERMS rarest, the others scoring.

    As ranking.question_query, whose rarest terms let Whoosh skip most documents; a title
    term weighs TITLE_BOOST.
    """
    rarest = sorted(pairs, key=lambda pair: (searcher.doc_frequency(*pair), pair))
    clauses = [Term(field, term, boost=TITLE_BOOST if field == "title" else 1.0) for field, term in rarest]
    if len(clauses) <= REQUIRED_TERMS:
        return Or(clauses)
    return AndMaybe(Or(clauses[:REQUIRED_TERMS]), Or(clauses[REQUIRED_TERMS:]))


def similar(index: SearchIndex, record_id: str, limit: int = 10) -> Results:
    """Return the paragraphs most like a record, by the words that tell its topic.

    Results has mode "similar", `query` the record's id and the hits best first, identical
    copies of a document once (copies.py: else a paragraph's copies, word for word, would come
    first), and never the record's own paragraph in any of its document's copies, the one shown
    for a copy's paragraph included; raises RecordNotFound for an unknown id.
    """
    started = time.perf_counter()
    docno, paragraph = locate(index, record_id)
    record = index.store.record(docno, paragraph)
    searcher = index.searcher()
    pairs = like_terms(index, searcher, record, docno)
    terms = {term for _, term in pairs}
    results = Results(query=record.id, limit=limit, mode="similar")
    if not terms:
        results.messages.append(NOTHING_TELLING)
    if terms:
        query = like_query(searcher, pairs)
        with collapsing(index_copies(index)):
            hits = top_hits(searcher, query, limit + 1)
            records = hit_records(searcher, index.store, [docnum for docnum, _ in hits])
            twins = copy_group(record.doc)  # a hidden copy's paragraph is found as its shown one's
            results.hits = [to_hit(found, score, terms) for found, (_, score) in zip(records, hits)
                            if found and found.id != record.id
                            and not (found.doc in twins and found.paragraph == record.paragraph)][:limit]
            for hit in results.hits:
                hit.also_in = copies_of(hit.doc)
        results.total = len(results.hits)
        if not results.hits:
            results.messages.append(NOBODY_SHARES)
    results.took_ms = round((time.perf_counter() - started) * 1000, 1)
    return results
