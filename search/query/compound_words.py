"""A query word's compounds, where the texts write them with a hyphen: a solid word also as
its parts in a row (`email` finds «e mail»), from the index's evidence (compound_paths.py).

The evidence counts live paragraphs only: Whoosh's document frequency counts a deleted
paragraph until its segment merges, so right after an update that removed the last `e-mail`
(or added `email` written solid) the split would be decided otherwise than a fresh build of
the same files decides it (served.py).
"""

from dataclasses import replace

from whoosh.query import Or

from search.query.clauses import Phrase
from search.query.compound_paths import PAIRS_FIELD, Evidence
from search.query.phrases import PhraseQuery
from search.query.served import live_frequency
from search.text.pairs import PARTS_MARK


class CompoundWords:
    """The compounds' evidence and a solid word's parts, mixed into the query Builder (which
    gives searcher, schema, columnar, doc_frequency, phrase and _evidence)."""

    def evidence(self):
        """Return what the index says of its compounds written with hyphens (compound_paths.py)."""
        if self._evidence is None:
            self._evidence = Evidence(self.live_frequency, self.terms_from)
        return self._evidence

    def field_frequency(self, fieldname, term):
        """Return a term's document frequency, 0 in a field the index lacks (one built before it).

        The pairs field's too from the posting cache: each plain word's one look at its
        compounds (`+email`) through Whoosh's term table cost 0.24 -> 0.31 ms a ranking (p50,
        bench.phase rank, 1,000 keyword queries); the cache's term directory of the field,
        read once, 0.26 ms, and a fresh first search no slower (the lead's measure, stop 25).
        """
        if fieldname not in self.schema:
            return 0
        if fieldname == PAIRS_FIELD and self.columnar is not None and term.startswith(PARTS_MARK):
            # most words are no compound's: their `+word` is not looked up in every segment
            known = self.columnar.terms_known(fieldname, PARTS_MARK)
            if known is not None and term not in known:
                return 0
        return self.doc_frequency(fieldname, term)

    def live_frequency(self, fieldname, term):
        """Return how many paragraphs not deleted hold a term, 0 in a field the index lacks.

        A term no paragraph holds, most words' `+word`, costs one look (field_frequency);
        one some hold is counted in its postings, the deleted left out.
        """
        if not self.field_frequency(fieldname, term):
            return 0
        if self.columnar is not None:
            return self.columnar.live_frequency(fieldname, term)
        return live_frequency(self.searcher.reader(), fieldname, term)

    def terms_from(self, fieldname, prefix):
        """Return the index's terms of a field that begin with prefix (from the posting
        cache's term tables when it scores the query)."""
        if fieldname not in self.schema:
            return []
        if self.columnar is not None:
            return self.columnar.terms_starting(fieldname, prefix)
        return [term.decode("utf-8") if isinstance(term, bytes) else term
                for term in self.searcher.reader().expand_prefix(fieldname, prefix)]

    def or_parts(self, query, fieldname, word, tokens, negated):
        """Return `query` (a solid word's terms, `tokens`), or it or the word's parts in a row
        where the texts write it with a hyphen: `email`, or `e mail` (compound_paths.py)."""
        parts = self.evidence().split(word.text) if fieldname == "text" else []
        phrase = self.phrase(Phrase(" ".join(parts), word.field), negated, joins=False) if parts else None
        if phrase is None:
            return query
        # the parts are checked only where `email` is not: those match already, and score
        # as they did
        skip = tuple((fieldname, term) for term in tokens)
        return Or([query, phrase.apply(lambda part: skipping(part, skip)) if isinstance(phrase, Or)
                   else skipping(phrase, skip)])


def skipping(query, skip):
    """Return a phrase query that leaves out the records holding any of `skip`'s (field, term)."""
    if isinstance(query, PhraseQuery) and not query.plan.exact:
        found = PhraseQuery(replace(query.plan, skip=skip), query.text, query.store)
        found.boost = query.boost
        return found
    return query
