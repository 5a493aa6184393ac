"""Marks follow what matched, for every compound shape: an unquoted word marks the compound it
found in whichever spelling the text writes (joined, with a hyphen, apart, elided), through
prefixes and typos too (spans.page_spans, query/compound_paths.py)."""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

# query, text, the marks of that text's hit
CASES = [
    ("anticovid", "La vacuna ANTI-COVID llegó.", ["ANTI-COVID"]),
    ("anticovid", "La vacuna Anti\u2010Covid llegó.", ["Anti\u2010Covid"]),  # Unicode's hyphen
    ("anticovid", "—La vacuna anti-COVID llegó —dijo.", ["anti-COVID"]),
    ("anticovid", "La vacuna anti-COVID llegó; otra anti-COVID también. 😀", ["anti-COVID", "anti-COVID"]),
    ("anticov*", "La vacuna anti-COVID llegó.", ["anti-COVID"]),
    ("anticovis~", "La vacuna anti-COVID llegó.", ["anti-COVID"]),
    ("pospandemia", "La economía pos-pandemia crece.", ["pos-pandemia"]),
    ("sub21", "El equipo sub-21 ganó.", ["sub-21"]),
    ("covid19", "La COVID-19 sigue.", ["COVID-19"]),
    ("email", "Mandé un e-mail hoy.", ["e-mail"]),
    ("odonnell", "Habló O’Donnell ayer.", ["O’Donnell"]),
    ("sarscov2", "El virus SARS-CoV-2 muta.", ["SARS-CoV-2"]),
    ("lopezgatell", "Habló López-Gatell ayer.", ["López-Gatell"]),
    ("López-Gatell", "Habló López Gatell ayer.", ["López Gatell"]),
    ("anti-COVID", "La vacuna anticovid llegó.", ["anticovid"]),
    ("COVID-19", "La covid19 sigue.", ["covid19"]),
    ("castillalamancha", "La junta de Castilla-La-Mancha decidió.", ["Castilla-La-Mancha"]),
    # solid, found written apart (the texts above write the compound with its hyphen)
    ("pospandemia", "La economía pos pandemia crece.", ["pos pandemia"]),
    ("sub21", "El equipo sub 21 ganó.", ["sub 21"]),
    ("email", "Mandé un e mail hoy.", ["e mail"]),
    ("castillalamancha", "La junta de Castilla La Mancha decidió.", ["Castilla La Mancha"]),
    ("vacuna anticovid", "La vacuna anti COVID llegó.", ["vacuna", "anti COVID"]),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    texts = {f"c{number:02d}.txt": f"Nota\n{text}\n" for number, (_, text, _) in enumerate(CASES)}
    with open_index(build_texts_index(tmp_path_factory, "compound_marks", texts)) as opened:
        yield opened


@pytest.mark.parametrize("number", range(len(CASES)), ids=[f"{q}|{t}" for q, t, _ in CASES])
def test_marks_follow_what_matched_for_every_compound_shape(index, number):
    query, _, expected = CASES[number]
    # every_copy: two cases share a text, and a search shows identical files once (copies.py)
    hit = next(hit for hit in search(index, query, limit=50, every_copy=True).hits if hit.doc == f"c{number:02d}.txt")
    assert [hit.snippet[start:end] for start, end in hit.highlights] == expected
