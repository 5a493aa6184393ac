import pytest

from search.query.suggest import Vocabulary, allowed_typos, suggest
from search.text.folding import fold

WORDS = {"cooperación": 10, "cooperacion": 1, "antipandémica": 3, "año": 5, "ano": 1,
         "política": 7, "políticas": 2, "rusia": 9}


@pytest.mark.parametrize("word, typos", [("casa", 0), ("cinco", 1), ("ocholetr", 1),
                                         ("nueveletr", 2)])
def test_allowed_typos(word, typos):
    assert allowed_typos(word) == typos


def test_display_is_the_most_frequent_form():
    vocabulary = Vocabulary(WORDS)
    assert vocabulary.correct("cooperacion") == "cooperación"
    assert vocabulary.correct("cooperasion") == "cooperación"
    assert vocabulary.correct("zzzzzz") is None


@pytest.mark.parametrize("words", [
    WORDS,
    {"politica": 3, "política": 3, "polítíca": 1},  # a tie: the form last in order is shown
    {"vilà": 2, "vila": 2, "vilá": 5, "erdoğan": 1, "erdogan": 1},
    {"ano": 9, "año": 1, "straße": 4, "strasse": 4},
])
def test_vocabulary_merges_the_forms_of_a_key(words):
    """Counts add up, every form is kept in order, and the shown form is the most frequent."""
    vocabulary = Vocabulary(words)
    keys = {}
    for word in words:
        keys.setdefault(fold(word), []).append(word)
    assert vocabulary.keys == sorted(keys)
    for key, forms in keys.items():
        assert vocabulary.forms_of(key) == forms
        assert vocabulary.count[key] == sum(words[form] for form in forms)
        assert vocabulary.display[key] == max(forms, key=lambda form: (words[form], form))


def test_enye_is_a_letter_of_its_own():
    vocabulary = Vocabulary(WORDS)
    assert vocabulary.correct("año") == "año" and vocabulary.correct("ano") == "ano"


def test_within_orders_by_frequency():
    assert Vocabulary(WORDS).within("politica", 1) == ["politica", "politicas"]


def test_suggest_and_accents():
    vocabulary = Vocabulary(WORDS)
    assert suggest(vocabulary, ["cooperasion", "Rusia"]) == {"cooperasion": "cooperación"}
    assert vocabulary.accented(["antipandemica", "rusia"]) == {"antipandemica": "antipandémica"}


def test_starting_with_gives_the_written_forms_of_folded_prefixes_most_frequent_first():
    vocabulary = Vocabulary({**WORDS, "vacunación": 4, "vacunas": 6, "vacuna": 2, "vacío": 1})
    assert vocabulary.starting_with("vacun", 10) == ["vacunas", "vacunación", "vacuna"]
    assert vocabulary.starting_with("vacunacion", 10) == ["vacunación"]
    assert vocabulary.starting_with("polit", 10) == ["política", "políticas"]
    assert vocabulary.starting_with("vacun", 1) == ["vacunas"]
    assert vocabulary.starting_with("zz", 10) == []


@pytest.mark.parametrize("typed, meant", [
    ("vacunsa", "vacunas"),  # the last two letters swapped: one typo, not two
    ("pandmeia", "pandemia"),
    ("hopsital", "hospital"),
    ("rusai", "rusia"),
    ("poltiica", "política"),  # a swap next to a folded accent
])
def test_two_letters_swapped_are_one_typo(typed, meant):
    vocabulary = Vocabulary({**WORDS, "vacunas": 6, "vacuna": 9, "pandemia": 4, "hospital": 3})
    assert meant in [vocabulary.display[key] for key in vocabulary.within(typed, 1)]
    assert vocabulary.within("vacnua", 1) == ["vacuna"]  # a swap finds only what it makes


def test_a_swap_is_the_most_frequent_of_equal_typos():
    vocabulary = Vocabulary({"vacunas": 9, "vacuna": 2})
    assert suggest(vocabulary, ["vacunsa"]) == {"vacunsa": "vacunas"}


@pytest.mark.parametrize("typed, meant", [
    ("senor", "señor"),  # absent: the ñ form comes before any other edit (not menor, tenor)
    ("Espana", "españa"),  # the case typed is restored by advice.same_case
    ("ninos", "niños"),  # two n's, both ñ
    ("compania", "compañía"),
])
def test_a_word_typed_without_its_enye_is_corrected_to_it(typed, meant):
    vocabulary = Vocabulary({"señor": 50, "menor": 80, "tenor": 3, "españa": 40, "niños": 9,
                             "compañía": 7, "año": 500, "ano": 2, "nino": 1})
    assert vocabulary.correct(typed) == meant


def test_a_known_word_is_taken_for_its_enye_form_only_when_that_is_far_more_frequent():
    vocabulary = Vocabulary({"año": 500, "ano": 2, "cana": 10, "caña": 12, "pena": 90, "peña": 4})
    assert vocabulary.correct("ano") == "ano"  # ñ counts: a known word is itself
    assert vocabulary.with_enye("ano", 10) == "año"
    assert vocabulary.with_enye("cana", 10) is None  # caña is not ten times as frequent
    assert vocabulary.with_enye("pena", 10) is None and vocabulary.with_enye("año", 10) is None


@pytest.mark.parametrize("pattern, expected", [
    # Lucene's WildcardQuery over the written words: `?` one letter, `*` any (none too)
    ("sal?d", ["salud"]),
    ("s*d", ["salud", "sed"]),
    ("*ción", ["nación", "cooperación", "cooperacion"]),  # the most frequent first
    ("*cion", ["nación", "cooperación", "cooperacion"]),  # accents folded, as the keys are
    ("sa*", ["salud", "saldo"]),
    ("x?z", []),
    ("c.?n", []),  # a regular expression's characters are letters here
    ("c.*", ["c.n"]),
])
def test_matching_finds_the_words_a_wildcard_pattern_stands_for(pattern, expected):
    vocabulary = Vocabulary({"salud": 5, "saldo": 3, "sed": 1, "nación": 9, "cooperación": 4,
                             "cooperacion": 1, "c.n": 1})
    assert vocabulary.matching(pattern, 10) == expected
    assert vocabulary.matching(pattern, 1) == expected[:1]  # the most frequent word's forms


@pytest.mark.parametrize("word", ["vacuna", "vacunsa", "vcuna", "vacunas", "politca", "xyz", "王毅", "ñandu"])
def test_words_one_edit_away_are_the_same_looked_up_or_walked(monkeypatch, word):
    """One edit away, the vocabulary looks every candidate up (few letters) or walks the
    automaton (an alphabet too large): both give the same words, swaps included."""
    words = {**WORDS, "vacunas": 6, "vacuna": 9, "vacunar": 2, "avcuna": 1, "王毅": 3, "王義": 1, "ñandú": 2}
    looked_up = Vocabulary(words).within(word, 1)
    monkeypatch.setattr("search.query.suggest.EDIT_LOOKUPS", 0)
    assert Vocabulary(words).within(word, 1) == looked_up
