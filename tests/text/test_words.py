import pytest

from search.text.folding import fold
from search.text.words import (
    ACCENT_KEPT,
    STOPWORDS,
    TOKEN,
    accent_variants,
    catenated,
    compounds,
    index_form,
    is_stop_word,
    phrase_form,
    phrase_forms,
    snowball_stem,
    stem,
)
from tests.conftest import FIXTURES


def test_stemmer_agrees_with_every_line_of_the_snowball_vocabulary():
    pairs = [line.split("\t") for line in
             (FIXTURES / "snowball_spanish.tsv").read_text("utf-8").splitlines()]
    assert len(pairs) > 28000
    wrong = [(word, expected, snowball_stem(word)) for word, expected in pairs
             if snowball_stem(word) != expected]
    assert wrong == []


@pytest.mark.parametrize("word, expected", [
    ("gobiernos", "gobiern"),
    ("años", "año"),
    ("avisamos", snowball_stem("avisamos")),
    ("comprometernos", snowball_stem("comprometernos")),
    ("relaciones", "relacion"),
])
def test_plural_merging(word, expected):
    assert stem(word) == expected


def test_foreign_letters_fold_before_stemming_and_spanish_stems_stay():
    # folding after stemming gave vilà -> "vila" but vila -> "vil"
    assert stem("vilà") == stem("vila") == snowball_stem("vila")
    # Spanish accents still reach the stemmer, which reads them
    assert [stem(w) for w in ("cooperación", "políticas", "habría", "pingüinos")] == \
        [snowball_stem("cooperación"), snowball_stem("política"), snowball_stem("habría"),
         snowball_stem("pingüino")]


def test_a_word_typed_without_accents_can_meet_each_accented_word_of_the_vocabulary():
    # comió/comio, biología/biologia, habría/habria stem apart: the query tries the accents
    words = [line.split("\t")[0] for line in
             (FIXTURES / "snowball_spanish.tsv").read_text("utf-8").splitlines()]
    accented = [w for w in words if fold(w) != w and w not in STOPWORDS]
    assert len(accented) > 5000
    missed = [w for w in accented
              if index_form(w) not in {index_form(v) for v in [fold(w)] + accent_variants(fold(w))}]
    assert missed == []


@pytest.mark.parametrize("word, variants", [
    ("comio", ["cómio", "comío", "comió"]),
    ("comió", []),
    ("año", ["áño", "añó"]),
    ("xyz", []),
])
def test_accent_variants(word, variants):
    assert accent_variants(word) == variants


def test_the_words_folding_to_a_stop_word_are_each_decided():
    # Every word of the Snowball vocabulary that folds to a stop word but is not on the
    # list is either that stop word with an accent or a content word in ACCENT_KEPT: a
    # stop list edited later shows its new collisions here.
    words = {line.split("\t")[0] for line in
             (FIXTURES / "snowball_spanish.tsv").read_text("utf-8").splitlines()}
    folded_stops = {fold(word) for word in STOPWORDS}
    colliding = sorted(w for w in words if w not in STOPWORDS and fold(w) in folded_stops)
    assert colliding == sorted(
        ["cuál", "cuándo", "cómo", "dé", "dónde", "entré", "este", "habra", "habre", "mas",
         "mia", "nó", "porqué", "quién", "quiénes", "sera", "seria", "serias", "si", "sé",
         "tambien", "tenia", "teniamos", "té", "ésa", "ésas", "ése", "ésos", "ésta",
         "éstas", "éste", "ésto", "éstos", "ó", "eramos"])
    assert {w for w in colliding if not is_stop_word(w)} == ACCENT_KEPT & set(colliding)


def test_the_shipped_stop_list_is_folded_once():
    from search.text.folding import fold
    from search.text.words import STOP_FORMS, STOPWORDS, stop_forms

    assert stop_forms(STOPWORDS) is STOP_FORMS == frozenset(fold(word) for word in STOPWORDS)
    assert stop_forms(frozenset({"Él", "más"})) == {"El", "mas"}


COMPOUND_TEXTS = [
    "la vacuna anti-COVID de O'Donnell, 31-12-2024",
    "Sin compuestos aquí.",
    "",
    "e-mail y COVID-19 en EE. UU., l’Hospitalet y chino-rusa-india",
    "- guion suelto - y anti--doble",
    "Cooperacio\u0301n anti-COVID",
]


@pytest.mark.parametrize("text", COMPOUND_TEXTS)
def test_compounds_are_catenated_s_and_phrase_forms_each_match_s(text):
    assert compounds(text) == tuple(catenated(text)) == tuple(catenated(text, list(TOKEN.finditer(text))))
    assert compounds(text) is compounds(text)  # cached: a paragraph's fields read it once
    assert phrase_forms(text) == [phrase_form(match.group()) for match in TOKEN.finditer(text)]
