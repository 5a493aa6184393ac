"""One budget for the words that a query's prefixes and typo-tolerant words expand to.

`polít*` stands for every index word that starts with it, and `cooperasion~` for every
word within its typos. Each expansion keeps its most frequent words; all the expansions
of a query share one budget (words, postings, index words looked at, and words whose
typos are looked up), so that 100 prefixes cost what one does. One expansion alone may
use all of it; several share what is left, in the order typed. What was cut is said, in
few messages however many were.

The budget is sized by what scores the postings. Whoosh's matchers take 3 to 7 µs a
posting, so 20,000 postings cost about 0.1 s of CPU. The columnar posting cache
(search/retrieval/columnar.py) scores a union in numpy at about 15 ns a posting and
13 µs a word (1,024 words of text and title on two segments), so there 2,000,000
postings and 1,024 words cost about 0.05 s, and what bounds a query is the Python work
of finding the words (prefixes.py) and the typo automaton, about 12 ms a word on the
165k-paragraph corpus: 24 words are about 0.3 s (bench/query_cost.py).
"""

from dataclasses import dataclass, field

from search import budget as budgets

EXPANSION_TERMS = 64  # the budget when Whoosh's matchers score the query
EXPANSION_POSTINGS = 20_000
EXPANSION_SCAN = 3_200
TYPO_WORDS = 8  # words whose typos are looked up in the vocabulary (about 12 ms each)
COLUMNAR_TERMS = 1_024  # the budget when the columnar posting cache scores it
COLUMNAR_POSTINGS = 2_000_000
COLUMNAR_TYPO_WORDS = 24
SCAN_FLOOR = 64  # index words an expansion may always look at, however many share the budget
SHOWN = 5  # expansions a message names before "y N más"


@dataclass
class ExpansionBudget:
    """What the expansions of one query may still use, and the ones that were cut."""

    expansions: int  # expansions not yet made
    terms: int
    postings: int
    scan: int
    trimmed: list = field(default_factory=list)  # (as typed, words kept)
    ignored: list = field(default_factory=list)  # as typed
    typo_words: int = 0
    exact: list = field(default_factory=list)  # words searched as typed, without typos
    whole: tuple = field(init=False)  # (postings, typo words) it started with

    def __post_init__(self):
        self.whole = (self.postings, self.typo_words)

    @classmethod
    def for_query(cls, expansions, columnar=False):
        """Return the whole budget of a query with this many expansions.

        `columnar`: the query is scored on the columnar posting cache, which affords more.
        """
        terms, postings, typo_words = ((COLUMNAR_TERMS, COLUMNAR_POSTINGS, COLUMNAR_TYPO_WORDS)
                                       if columnar else
                                       (EXPANSION_TERMS, EXPANSION_POSTINGS, TYPO_WORDS))
        return cls(expansions, terms, postings, EXPANSION_SCAN, typo_words=typo_words)

    def share(self):
        """Return (terms, postings, scan) the next expansion may use: its part of what is left."""
        waiting = max(1, self.expansions)
        return (min(self.terms, max(1, self.terms // waiting)), self.postings // waiting,
                max(min(SCAN_FLOOR, self.scan), self.scan // waiting))

    def expand(self, typed, candidates, frequency):
        """Return the most frequent of candidate terms within this expansion's share.

        `candidates(limit)` returns the terms of the expansion, `limit` of them at most
        from each of its sources (more are not looked at); `frequency(term)` is a term's
        number of postings. The first word of the query's first expansion always counts,
        as one prefix alone always finds something.
        """
        most_terms, most_postings, most_scanned = self.share()
        self.expansions -= 1
        if most_terms <= 0 or most_scanned <= 0 or _out_of_time():
            self.ignored.append(typed)
            return []
        found = list(candidates(most_scanned))
        more = len(found) >= most_scanned  # a source stopped at its limit: there may be others
        counts = {term: frequency(term) for term in found}
        kept, postings = [], 0
        untouched = self.postings == self.whole[0]
        for term in sorted(found, key=lambda t: (-counts[t], t)):
            within = (postings + counts[term] <= most_postings if kept
                      else untouched or counts[term] <= self.postings)
            if len(kept) == most_terms or not within:
                break
            kept.append(term)
            postings += counts[term]
        self.scan -= len(found)
        self.terms -= len(kept)
        self.postings -= postings
        if found and not kept:
            self.ignored.append(typed)
        elif len(kept) < len(found) or more:
            self.trimmed.append((typed, len(kept)))
        return kept

    def may_look_up_typos(self, typed):
        """Tell whether one more word's typos may be looked up; note it if not."""
        if self.typo_words <= 0:
            self.exact.append(typed)
            return False
        self.typo_words -= 1
        return True

    def messages(self):
        """Return what the user should know about the expansions that were cut."""
        found = [f"«{typed}» abarca muchas palabras; "
                 + (f"se usaron las {kept} más frecuentes." if kept > 1 else "se usó la más frecuente.")
                 for typed, kept in self.trimmed[:SHOWN]]
        others = len(self.trimmed) - SHOWN
        if others == 1:
            found.append("Y otra se limitó a sus palabras más frecuentes.")
        elif others > 1:
            found.append(f"Y otras {others} se limitaron a sus palabras más frecuentes.")
        if self.ignored:
            named = ", ".join(f"«{typed}»" for typed in self.ignored[:SHOWN])
            more = len(self.ignored) - SHOWN
            verb = "se ignoró" if len(self.ignored) == 1 else "se ignoraron"
            found.append(f"La búsqueda tenía demasiados prefijos o palabras con errores para "
                         f"responder a tiempo; {verb} {named}"
                         + (f" y {more} más." if more > 0 else "."))
        if self.exact:
            named = ", ".join(f"«{typed}»" for typed in self.exact[:SHOWN])
            more = len(self.exact) - SHOWN
            found.append(f"Solo se toleraron errores de escritura en las {self.whole[1]} primeras "
                         f"palabras; {named}" + (f" y {more} más" if more > 0 else "")
                         + (" se buscó" if len(self.exact) == 1 else " se buscaron") + " tal cual.")
        return found


def _out_of_time():
    """Tell whether the search's time budget is spent, noting that the search stopped.

    Checked before each expansion: looking words up (the typo automaton, the analyzer over
    a prefix's words) is most of a costly query's time before its postings are read.
    """
    budget = budgets.current()
    if budget.spent():
        budget.stop("la expansión de prefijos, comodines y errores de escritura")
        return True
    return False
