"""compound_runs.py: a text's compounds found from their marks, as in the whole text."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from search.text.compound_runs import may_join, run_folding
from search.text.folding import fold
from search.text.phrase_graph import FormGraph
from search.text.phrase_match import PhraseMatcher
from search.text.words import COMPOUND_MARKS, phrase_forms


def test_a_latin1_runs_folding_is_its_lower_case_folded_without_marks():
    run = "".join(map(chr, range(256)))
    assert run.translate(run_folding()) == "".join(c for c in fold(run.lower()) if c not in COMPOUND_MARKS)


COMPOUND_WORDS = ["anti-COVID", "O'Donnell", "SARS-CoV-2", "chino‑rusas", "a_b-covid", "covid-_x", "Σ-ΑΣ'Β",
                  "l’été", "--", "-covid", "anti-", "x" * 120 + "-covid", "anti-" + "covid-" * 30, "1-2-3",
                  "de-la", "d'él", "Años-luz", "COVID-19", "1.500-2", "EE.UU.-México", "peces-espada",
                  "a-l", "d'e", "e-n"]  # the last joined as stop words: al, de, en


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(COMPOUND_WORDS) | st.text(alphabet="aoñéC1_-'’‐—.ΣΑ ", max_size=8), max_size=10),
       st.sampled_from([" ", "", "-", "'", "\n"]))
@example(["la vacuna", "anti-COVID", "y", "O'Donnell"], " ")
def test_may_join_is_true_for_every_joined_form_of_the_text(words, glue):
    """may_join spares the graph only where it holds no joined form asked for: for each
    joined form the graph has, asked alone or with others, may_join says True."""
    text = glue.join(words)
    joined = FormGraph(text).joined_forms()
    for form in joined:
        assert may_join(text, [form]) and may_join(text, ["otra", form])


@pytest.mark.parametrize("phrase, text, holds", [
    ("vacuna anticovid", "La vacuna anti-COVID llegó.", True),
    ("dijo odonnell", "Lo dijo O'Donnell ayer.", True),
    ("casos sarscov2", "Los casos SARS-CoV-2 suben.", True),
    ("vacuna anticovid", "La vacuna anti-gripe — COVID llegó.", False),
    ("años luz", "A años-luz de aquí.", True),
])
def test_a_phrase_holds_along_the_compounds_it_names(phrase, text, holds):
    assert PhraseMatcher(phrase_forms(phrase))(text) is holds
