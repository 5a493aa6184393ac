"""The first hits of a search, read once: reordered by how close the words typed stand, then
shown with their snippets.

A search of several words rescores its first RANKING.rerank_depth hits by proximity
(near_first), and its page then shows some of them. Both need the hits' records and where
the words stand in their texts: they are read once and found once (reranked keeps them in a
Reads), the proximity's words and the snippets' in one scan of the texts (spans.page_spans).
Reading and scanning the ten texts twice was a quarter of a keyword search's hit side
(bench/search_stages.py).
"""

from search.retrieval.ranking import RANKING, analyzed_words, proximity_bonus
from search.retrieval.results import hit_records, to_hits
from search.retrieval.snippets import scan_chars
from search.retrieval.spans import page_spans

PROXIMITY_CHARS = 100_000  # a paragraph's proximity is read in its opening: a file with no breaks is bounded


class Reads:
    """Records read for a search's first hits, and where words stand in their texts.

    `records` maps a Whoosh document number to its Record (None if it is gone); `spans`
    maps it to the (start, end, term) of the words of its text whose terms are in
    `terms` (page_spans), where they were found with the proximity's (absent where they
    weren't: a text longer than what either reads is scanned for each on its own), and
    `near` to those of the proximity's words in its first PROXIMITY_CHARS.
    """

    def __init__(self, terms):
        self.terms = terms
        self.records = {}
        self.spans = {}
        self.near = {}


def near_first(searcher, store, ranked, typed_words, ranking=RANKING):
    """Return ranked [(docnum, score)] with its first ranking.rerank_depth rescored by how
    close the words typed stand in each text (reranked, for an export's order)."""
    return reranked(searcher, store, ranked, typed_words, ranking=ranking)[0]


def reranked(searcher, store, ranked, typed_words, also=(), terms=(), ranking=RANKING):
    """Return (ranked, reads): ranked [(docnum, score)] with its first ranking.rerank_depth
    rescored by how close the words typed stand in each text, and the Reads of those hits
    and of the document numbers `also` (a page beyond them), with the spans of `terms`
    (a search's terms, for snippets: page_hits).

    `año nuevo` puts the paragraph that says «Año Nuevo» before one with `año` and `nuevo`
    apart (what Meilisearch's proximity rule, or an Elasticsearch `match_phrase`
    should-clause, does). As rank_ids reranks questions: score × (1 + proximity ×
    ranking.proximity_bonus); the rest keep their order, below. A query of one word is
    not reordered (a bonus needs two).
    """
    words = analyzed_words(searcher.schema, " ".join(typed_words))
    head = ranked[:ranking.rerank_depth]
    if len(words) < 2 or not ranking.proximity or len(head) < 2:
        return ranked, None
    reads = read(searcher, store, [docnum for docnum, _ in head] + list(also), terms, words)
    scored = []
    for docnum, score in head:  # a hit gone from the store keeps its score (× 1.0)
        record = reads.records[docnum]
        near = proximity_bonus(record.text[:PROXIMITY_CHARS], words, spans=reads.near[docnum]) if record else 0.0
        scored.append((docnum, score * (1 + ranking.proximity * near)))
    return sorted(scored, key=lambda pair: -pair[1]) + ranked[ranking.rerank_depth:], reads


def read(searcher, store, docnums, terms, words):
    """Return the Reads of some hits: their records (with speakers), the spans of `words`
    in each text's first PROXIMITY_CHARS (as `reads.near`), and those of `terms` in what
    snippets scan of it, found in one scan where the two read the whole text."""
    docnums = list(dict.fromkeys(docnums))
    reads = Reads(terms)  # the texts are read with their speakers: the page shows them
    reads.records = dict(zip(docnums, hit_records(searcher, store, docnums)))
    texts = {docnum: record.text for docnum, record in reads.records.items() if record is not None}
    whole = min(PROXIMITY_CHARS, scan_chars(terms))
    shared = [docnum for docnum, text in texts.items() if len(text) <= whole]
    found = dict(zip(shared, page_spans([texts[docnum] for docnum in shared], set(terms) | words)))
    reads.near = {docnum: [span for span in spans if span[2] in words] for docnum, spans in found.items()}
    reads.spans = {docnum: [span for span in spans if span[2] in terms] for docnum, spans in found.items()}
    longer = [docnum for docnum in texts if docnum not in found]
    if longer:  # each scans its own opening
        cut = [texts[docnum][:PROXIMITY_CHARS] for docnum in longer]
        reads.near.update(zip(longer, page_spans(cut, words)))
    return reads


def page_hits(searcher, store, on_page, terms, phrases=(), title_terms=(), reads=None):
    """Return the Hits of a page of ranked [(docnum, score)] (results.to_hits), from
    the records and spans `reads` holds (reranked) and the store for the others."""
    reads = reads if reads is not None and reads.terms == terms else Reads(terms)
    missing = [docnum for docnum, _ in on_page if docnum not in reads.records]
    if missing:
        reads.records.update(zip(missing, hit_records(searcher, store, missing)))
    kept = [(reads.records[docnum], score, reads.spans.get(docnum)) for docnum, score in on_page
            if reads.records[docnum] is not None]
    return to_hits([record for record, _, _ in kept], [score for _, score, _ in kept], terms, phrases,
                   title_terms, spans=[spans for _, _, spans in kept])
