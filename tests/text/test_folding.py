import pytest

from search.text.folding import fold, fold_name, speaker_key


def test_search_folding_keeps_enye_and_case():
    assert fold("camión pingüino año") == "camion pinguino año"
    assert fold("ÁFRICA") == "ÁFRICA"  # the analyzer lowers case before it folds


def test_name_folding_drops_every_mark_and_the_case():
    assert fold_name("ALOMÍA Núñez") == "alomia nunez"


@pytest.mark.parametrize("spellings", [
    ("JOSÉ LUIS ALOMIA ZEGARRA", "José Luis Alomía Zegarra", " josé  luis alomía zegarra: "),
    ("Hugo López-Gatell", "HUGO LÓPEZ GATELL", "hugo lopez‑gatell"),
])
def test_spellings_of_one_name_share_a_key(spellings):
    assert len({speaker_key(name) for name in spellings}) == 1


def test_different_names_keep_different_keys():
    assert speaker_key("Ana Pérez") != speaker_key("Ana Pérez García")
