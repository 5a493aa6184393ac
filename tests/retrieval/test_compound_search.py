"""Both spellings of a compound meet in a search, typed either way (trial 12, finding 9)."""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

TEXTS = {
    "hyphen": "La campaña anti-COVID empezó en marzo.",
    "joined": "Otra campaña anticovid llegó después.",
    "apart": "Un frente anti COVID se formó.",
    "elided": "La comisaria O'Donnell habló del pacto.",
    "glued": "El señor Odonnell no habló.",
    "bare": "El apellido Donnell es irlandés.",
    "covid-19": "La COVID-19 sigue en la ciudad.",
    "covid19": "El covid19 también se nombra así.",
    "hyphen-name": "Hugo López-Gatell dio la conferencia.",
    "spaced-name": "Hugo López Gatell dio otra conferencia.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    texts = {f"{name}.txt": f"Nota\n{text}\n" for name, text in TEXTS.items()}
    with open_index(build_texts_index(tmp_path_factory, "compounds", texts)) as opened:
        yield opened


@pytest.mark.parametrize("query, found", [
    # solid, its parts in a row too: the texts write `anti-COVID` (query/compound_paths.py)
    ("anticovid", {"hyphen", "joined", "apart"}),
    # typed with its hyphen: the parts in order, as `López-Gatell` finds `López Gatell`, or joined
    ("anti-COVID", {"hyphen", "joined", "apart"}),
    ("ANTI-covid", {"hyphen", "joined", "apart"}),
    ("anti-COVID -anticovid", set()),  # excluded in every spelling it stands for
    ("odonnell", {"elided", "glued"}),
    # the elided particle dropped, as Lucene's ElisionFilter does, or joined
    ("O'Donnell", {"elided", "glued", "bare"}),
    ("O’Donnell", {"elided", "glued", "bare"}),
    ("Donnell", {"elided", "bare"}),
    ("covid19", {"covid-19", "covid19"}),
    ("COVID-19", {"covid-19", "covid19"}),
    ("López-Gatell", {"hyphen-name", "spaced-name"}),
    ("lopezgatell", {"hyphen-name", "spaced-name"}),
    ("titulo:anticovid", set()),
])
def test_a_compound_finds_both_spellings(index, query, found):
    hits = search(index, query, limit=50).hits
    assert {hit.doc.removesuffix(".txt") for hit in hits} == found


def test_a_compound_typed_as_written_ranks_first(index):
    hits = search(index, "anti-COVID", limit=5).hits
    assert hits[0].doc == "hyphen.txt"
