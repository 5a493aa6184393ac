"""A question's frame in the query builder: the words that ask who said what score, the topic is required.

A mixin of builder.Builder (which holds the Built query being made, the joiner and the root's framing clauses,
found by question_frame.framing); apart because the frame changes how both joiners join their parts.
`¿quién habló de cubrebocas?` requires `cubrebocas` and adds score where `habló` occurs, in the search that
requires every word and in the any-word fallback alike: alone, a frame word would find every `dijo` (trials
trial19, trial19b).
"""

from whoosh.query import And, AndMaybe, Not, Or

from search.query.clauses import Phrase, Word
from search.query.lexer import EDGE_MARKS
from search.query.question_frame import frame_message


class FrameClauses:
    """Join a group's built parts around a question's frame (see builder.Builder)."""

    def frames(self, clause):
        """Return True for a clause that frames the question (question_frame.py), scored only."""
        return any(clause is kept for kept in self.framing)

    def every_part(self, built):
        """Return the query of (clause, part) pairs that every match holds, but a question's
        frame (`habló` in `¿quién habló de cubrebocas?`), which adds score where it occurs."""
        if not self.framing:  # most queries: no frame, every part required
            return And([part for _, part in built])
        frame = [part for clause, part in built if self.frames(clause)]
        required = [part for clause, part in built if not self.frames(clause)]
        if not frame or not required or all(isinstance(part, Not) for part in required):
            return And([part for _, part in built])
        if self.joiner == "and":  # said once, by the search that requires every word
            typed = [clause.text.strip(EDGE_MARKS) for clause in self.framing]
            self.built.frame = typed
            self.built.messages.append(frame_message(typed))
        required = required[0] if len(required) == 1 else And(required)
        return AndMaybe(required, frame[0] if len(frame) == 1 else Or(frame))

    def any_part(self, built):
        """Return the query of (clause, part) pairs of which any word will do, while fields, dates,
        exclusions and words typed with `+` still hold; a question's frame only scores, unless it
        is all the words there are. Beside a `+word` the other words only score, as Lucene's
        SHOULD clauses beside a MUST (`+banco zorzal`: banco, zorzal first)."""
        required = [part for clause, part in built if not is_word(clause)]
        words = [part for clause, part in built if is_word(clause) and not self.frames(clause)]
        frame = [part for clause, part in built if is_word(clause) and self.frames(clause)]
        words, frame = (words, frame) if words else (frame, [])
        if any(getattr(clause, "required", False) for clause, _ in built):
            words, frame = [], words + frame
        if words:
            required.append(words[0] if len(words) == 1 else Or(words))
        query = required[0] if len(required) == 1 else And(required)
        return AndMaybe(query, frame[0] if len(frame) == 1 else Or(frame)) if frame else query


def is_word(clause):
    """Return True for the clauses that any-word search may leave out: not one typed with a `+`."""
    return isinstance(clause, (Word, Phrase)) and clause.field in (None, "text") and not getattr(
        clause, "required", False)
