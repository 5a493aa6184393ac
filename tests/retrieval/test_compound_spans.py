"""compound_spans.py: compounds found in the runs around their marks, as in the whole text."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from search.retrieval import spans
from search.retrieval.compound_spans import COMPOUND, RUN_FOLDING
from search.retrieval.spans import page_spans
from search.text.analysis import spanish_analyzer
from search.text.folding import fold
from search.text.words import COMPOUND_MARKS, catenated, index_form


def terms(text):
    return {token.text for token in spanish_analyzer()(text)}


def test_a_latin1_runs_folding_is_its_lower_case_folded_without_marks():
    run = "".join(map(chr, range(256)))
    assert run.translate(RUN_FOLDING) == "".join(c for c in fold(run.lower()) if c not in COMPOUND_MARKS)


def compounds_in_the_whole_text(text, found, terms):
    """The joined words of text's compounds as COMPOUND finds them in the whole text (page_spans
    looks for them only in the runs around their marks, spans._compound_runs)."""
    prefixes = tuple({term[:-1] or term for term in terms})
    joined = [(compound.start() + start, compound.start() + end, form)
              for compound in COMPOUND.finditer(text)
              for start, end, word in catenated(compound.group())
              if fold(word.lower()).startswith(prefixes) and (form := index_form(word)) in terms]
    return sorted(found + joined) if joined else found


RUN_WORDS = ["anti-COVID", "O'Donnell", "SARS-CoV-2", "chino‑rusas", "a_b-covid", "covid-_x", "Σ-ΑΣ'Β",
             "l’été", "--", "-covid", "anti-", "x" * 120 + "-covid", "anti-" + "covid-" * 30, "1-2-3"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(RUN_WORDS) | st.text(alphabet="aoñéC1_-'’‐—.ΣΑ ", max_size=8),
                         max_size=8), min_size=1, max_size=4),
       st.lists(st.sampled_from(RUN_WORDS + ["anticovid", "odonnell", "covid", "sarscov2", "ete", "σας"]),
                min_size=1, max_size=3),
       st.sampled_from([" ", "", "-", "'", "\n"]))
@example([["x" * 150 + "-covid y anti-" + "covid-" * 40]], ["anticovid", "xcovid"], " ")
def test_compounds_are_found_in_their_runs_as_in_the_whole_text(texts, query, glue):
    page = [glue.join(words) for words in texts]
    found = {form for word in query for form in [index_form(word), *terms(word)] if form}
    words = [spans._word_spans([text], found)[0] for text in page]
    assert page_spans(page, found) == [compounds_in_the_whole_text(text, alone, found) if found else alone
                                       for text, alone in zip(page, words)]
