"""Tests for search.query.frame_clauses: how a group's parts are joined around a question's frame.

The whole searches (`¿quién habló de cubrebocas?` on a real index) are in tests/retrieval/test_question_frames.py;
these rows check the joins themselves, with Whoosh's own query classes.
"""

import pytest
from whoosh.query import And, AndMaybe, Not, Or, Term

from search.query.builder import Built
from search.query.clauses import Phrase, Word
from search.query.frame_clauses import FrameClauses, is_word


class Joiner(FrameClauses):
    """The builder's state the mixin reads: the root's framing clauses, the joiner, the Built query."""

    def __init__(self, framing, joiner):
        self.framing, self.joiner, self.built = framing, joiner, Built(query=None)


HABLO, TOPIC, OTHER = Word("habló"), Word("cubrebocas"), Word("metro")
DATE = Word("2020", field="date")


def parts(*clauses):
    return [(clause, Term("text", clause.text)) for clause in clauses]


def test_every_word_requires_the_topic_and_scores_the_frame_once_said():
    joiner = Joiner([HABLO], "and")
    query = joiner.every_part(parts(HABLO, TOPIC, OTHER))
    assert query == AndMaybe(And([Term("text", "cubrebocas"), Term("text", "metro")]), Term("text", "habló"))
    assert joiner.built.frame == ["habló"]
    assert joiner.built.messages == ["«habló» solo da forma a la pregunta: no se exigió, y van primero los "
                                     "párrafos que lo dicen."]


@pytest.mark.parametrize("framing, built", [
    ([], parts(HABLO, TOPIC)),  # no frame: every part required
    ([HABLO], parts(HABLO)),  # the frame is all there is
    ([HABLO], [(HABLO, Term("text", "habló")), (TOPIC, Not(Term("text", "cubrebocas")))]),  # only exclusions beside
])
def test_every_word_requires_all_when_the_frame_cannot_stand_apart(framing, built):
    joiner = Joiner(framing, "and")
    assert joiner.every_part(built) == And([part for _, part in built])
    assert joiner.built.messages == []


def test_the_any_word_fallback_scores_the_frame_and_says_nothing():
    joiner = Joiner([HABLO], "or")
    query = joiner.every_part(parts(HABLO, TOPIC))  # a group the user joined with AND inside the fallback
    assert isinstance(query, AndMaybe) and joiner.built.messages == []
    query = joiner.any_part(parts(HABLO, TOPIC, OTHER) + [(DATE, Term("date", "2020"))])
    assert query == AndMaybe(And([Term("date", "2020"), Or([Term("text", "cubrebocas"), Term("text", "metro")])]),
                             Term("text", "habló"))


def test_the_any_word_fallback_keeps_a_frame_that_is_all_the_words():
    assert Joiner([HABLO], "or").any_part(parts(HABLO)) == Term("text", "habló")


@pytest.mark.parametrize("clause, word", [
    (Word("cubrebocas"), True),
    (Word("cubrebocas", field="text"), True),
    (Phrase("no habrá"), True),
    (Word("Lavrov", field="speaker"), False),
    (Word("2020", field="date"), False),
    (Word("vacunas", field="title"), False),
])
def test_is_word_names_what_the_any_word_search_may_leave_out(clause, word):
    assert is_word(clause) is word
