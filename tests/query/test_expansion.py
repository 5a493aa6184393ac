"""Tests for search.query.expansion: one budget of words for all the prefixes and typos of a query."""

import pytest

from search.query.expansion import (
    COLUMNAR_POSTINGS,
    COLUMNAR_TERMS,
    COLUMNAR_TYPO_WORDS,
    EXPANSION_POSTINGS,
    EXPANSION_SCAN,
    EXPANSION_TERMS,
    SCAN_FLOOR,
    SHOWN,
    TYPO_WORDS,
    ExpansionBudget,
)

# Stems of words that start with "vacun" and "polít", with their numbers of postings.
VACUN = {"vacun": 900, "vacunacion": 400, "vacunatori": 12, "vacunad": 40}
POLIT = {"polit": 800, "politic": 700, "politiz": 3}


def source(terms, calls=None):
    """Return a candidates(limit) callable over a dict of terms, noting each limit asked for."""
    def candidates(limit):
        if calls is not None:
            calls.append(limit)
        return list(terms)[:limit]
    return candidates


def expand(budget, typed, terms, calls=None):
    return budget.expand(typed, source(terms, calls), terms.__getitem__)


def test_a_querys_budget():
    budget = ExpansionBudget.for_query(3)
    assert (budget.expansions, budget.terms, budget.postings, budget.scan, budget.typo_words) == (
        3, EXPANSION_TERMS, EXPANSION_POSTINGS, EXPANSION_SCAN, TYPO_WORDS)


def test_a_query_scored_on_the_posting_cache_has_the_larger_budget():
    budget = ExpansionBudget.for_query(3, columnar=True)
    assert (budget.terms, budget.postings, budget.typo_words) == (
        COLUMNAR_TERMS, COLUMNAR_POSTINGS, COLUMNAR_TYPO_WORDS)
    assert COLUMNAR_TERMS > EXPANSION_TERMS and COLUMNAR_POSTINGS > EXPANSION_POSTINGS


@pytest.mark.parametrize("expansions, share", [
    (1, (EXPANSION_TERMS, EXPANSION_POSTINGS, EXPANSION_SCAN)),
    (0, (EXPANSION_TERMS, EXPANSION_POSTINGS, EXPANSION_SCAN)),  # never a division by zero
    (4, (EXPANSION_TERMS // 4, EXPANSION_POSTINGS // 4, EXPANSION_SCAN // 4)),
    (1000, (1, EXPANSION_POSTINGS // 1000, SCAN_FLOOR)),  # at least one word, and the scan floor
])
def test_each_expansion_has_its_part_of_what_is_left(expansions, share):
    assert ExpansionBudget.for_query(expansions).share() == share


def test_one_expansion_keeps_its_most_frequent_terms_and_ties_by_term():
    budget = ExpansionBudget.for_query(1)
    kept = budget.expand("vacun*", source(["b", "a", "c"]), {"a": 5, "b": 5, "c": 9}.__getitem__)
    assert kept == ["c", "a", "b"] and budget.messages() == []
    assert (budget.terms, budget.postings, budget.scan) == (
        EXPANSION_TERMS - 3, EXPANSION_POSTINGS - 19, EXPANSION_SCAN - 3)


def test_an_expansion_past_its_words_keeps_the_most_frequent():
    budget = ExpansionBudget(1, terms=2, postings=EXPANSION_POSTINGS, scan=100)
    assert expand(budget, "vacun*", VACUN) == ["vacun", "vacunacion"]
    assert budget.trimmed == [("vacun*", 2)]
    assert budget.messages() == ["«vacun*» abarca muchas palabras; se usaron las 2 más frecuentes."]


def test_an_expansion_past_its_postings_keeps_what_fits():
    budget = ExpansionBudget(1, terms=10, postings=1000, scan=100)
    assert expand(budget, "vacun*", VACUN) == ["vacun"]  # 900, then 400 would pass 1000
    assert budget.messages() == ["«vacun*» abarca muchas palabras; se usó la más frecuente."]


def test_the_first_term_of_a_fresh_budget_counts_whatever_its_postings():
    """One prefix alone always finds something, even a word in more paragraphs than the budget."""
    budget = ExpansionBudget.for_query(1)
    huge = {"de": EXPANSION_POSTINGS * 3, "del": 10}
    assert expand(budget, "de*", huge) == ["de"]


def test_a_later_expansion_whose_first_term_does_not_fit_is_ignored():
    budget = ExpansionBudget(2, terms=10, postings=1000, scan=100)
    expand(budget, "vacun*", {"vacun": 900})
    assert expand(budget, "polít*", POLIT) == []
    assert budget.ignored == ["polít*"]
    [message] = budget.messages()
    assert message.startswith("La búsqueda tenía demasiados prefijos") and "«polít*»." in message


def test_a_source_stopped_at_its_limit_is_said_to_be_trimmed():
    budget = ExpansionBudget(1, terms=10, postings=EXPANSION_POSTINGS, scan=3)
    calls = []
    assert len(expand(budget, "vacun*", VACUN, calls)) == 3
    assert calls == [3] and budget.trimmed == [("vacun*", 3)]


def test_once_the_scan_is_spent_an_expansion_is_not_looked_up():
    budget = ExpansionBudget(2, terms=10, postings=EXPANSION_POSTINGS, scan=0)
    calls = []
    budget.terms = 0
    assert expand(budget, "vacun*", VACUN, calls) == [] and calls == []
    assert budget.ignored == ["vacun*"]


def test_an_expansion_that_finds_nothing_is_neither_trimmed_nor_ignored():
    budget = ExpansionBudget.for_query(1)
    assert expand(budget, "zzz*", {}) == [] and budget.messages() == []


def test_expansions_share_the_words_in_the_order_typed():
    budget = ExpansionBudget(2, terms=4, postings=EXPANSION_POSTINGS, scan=100)
    first = expand(budget, "vacun*", VACUN)
    second = expand(budget, "polít*", POLIT)
    assert len(first) == 2 and len(second) == 2 and budget.terms == 0


@pytest.mark.parametrize("trimmed, last", [
    (SHOWN, None),
    (SHOWN + 1, "Y otra se limitó a sus palabras más frecuentes."),
    (SHOWN + 4, "Y otras 4 se limitaron a sus palabras más frecuentes."),
])
def test_trimmed_expansions_are_named_up_to_a_few(trimmed, last):
    budget = ExpansionBudget.for_query(1)
    budget.trimmed = [(f"p{n}*", 2) for n in range(trimmed)]
    found = budget.messages()
    assert len(found) == SHOWN + (last is not None)
    assert last is None or found[-1] == last


@pytest.mark.parametrize("ignored, ending", [
    (1, "tiempo; se ignoró «p0*»."),
    (2, "tiempo; se ignoraron «p0*», «p1*»."),
    (SHOWN, f"«p{SHOWN - 1}*»."),
    (SHOWN + 1, f"«p{SHOWN - 1}*» y 1 más."),
    (SHOWN + 7, f"«p{SHOWN - 1}*» y 7 más."),
])
def test_ignored_expansions_are_named_in_one_message(ignored, ending):
    budget = ExpansionBudget.for_query(1)
    budget.ignored = [f"p{n}*" for n in range(ignored)]
    [message] = budget.messages()
    assert message.endswith(ending) and "«p5*»" not in message


def test_typos_are_looked_up_for_the_first_words_only():
    budget = ExpansionBudget.for_query(0)
    words = [f"palabra{n}" for n in range(TYPO_WORDS + 2)]
    allowed = [budget.may_look_up_typos(word) for word in words]
    assert allowed == [True] * TYPO_WORDS + [False, False]
    assert budget.exact == words[TYPO_WORDS:]
    [message] = budget.messages()
    assert message == (f"Solo se toleraron errores de escritura en las {TYPO_WORDS} primeras "
                       f"palabras; «palabra{TYPO_WORDS}», «palabra{TYPO_WORDS + 1}» se buscaron tal cual.")


def test_one_word_searched_as_typed_agrees_with_its_verb():
    budget = ExpansionBudget(0, 0, 0, 0, typo_words=0)
    budget.may_look_up_typos("cooperasion")
    assert budget.messages()[0].endswith("palabras; «cooperasion» se buscó tal cual.")


def test_many_words_searched_as_typed_are_counted():
    budget = ExpansionBudget(0, 0, 0, 0, typo_words=0)
    for n in range(SHOWN + 3):
        budget.may_look_up_typos(f"w{n}")
    [message] = budget.messages()
    assert message.endswith(" y 3 más se buscaron tal cual.")
