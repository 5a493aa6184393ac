"""A word typed solid finds its parts written apart, and words typed apart with a stop word
their joined word, where the texts write that compound with its hyphen (the evidence: its
parts are one word's); never where they don't (`porque` is no `por que`, `"se para"` no
`separa`). Typed or quoted, marked where it matched (query/compound_paths.py)."""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

# family -> {spelling: how a text writes it}; every family is written with its hyphen somewhere
FAMILIES = {
    "email": {"hyphen": "e-mail", "joined": "email", "apart": "e mail"},
    "video": {"hyphen": "video-conferencia", "joined": "videoconferencia", "apart": "video conferencia"},
    "castilla": {"hyphen": "Castilla-La-Mancha", "joined": "CastillaLaMancha", "apart": "Castilla La Mancha"},
    "puerto": {"hyphen": "Puerto-de-Santa-María", "joined": "PuertodeSantaMaría", "apart": "Puerto de Santa María"},
    "ex": {"hyphen": "ex-ministro", "joined": "exministro", "apart": "ex ministro"},
    "sub": {"hyphen": "sub-21", "joined": "sub21", "apart": "sub 21"},
    "covid": {"hyphen": "COVID-19", "joined": "covid19", "apart": "covid 19"},
    "pos": {"hyphen": "pos-pandemia", "joined": "pospandemia", "apart": "pos pandemia"},
}
TEXT = "Dijeron que la nota {} sigue vigente."
# Written solid and apart, never with a hyphen: not one word (the measure in compound_paths.py)
APART = {
    "sobremesa": ("la sobremesa larga", "la puso sobre mesa baja"),
    "porque": ("vino porque quiso", "no sé por que vino"),
    "contrato": ("firmó el contrato", "habló con trato amable"),
    "aparte": ("lo dejó aparte", "fue a parte del camino"),
    "separa": ("el río separa", "el tren se para aquí"),
    "sinembargo": ("Sinembargo nadie", "sin embargo nadie"),
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    texts = {f"{family}_{kind}.txt": f"Nota\n{TEXT.format(written)}\n"
             for family, spellings in FAMILIES.items() for kind, written in spellings.items()}
    for word, (solid, apart) in APART.items():
        texts[f"{word}_joined.txt"] = f"Nota\n{solid}.\n"
        texts[f"{word}_apart.txt"] = f"Nota\n{apart}.\n"
    # a line's hyphenation in a novel, against a word written solid far more often
    texts["siquiera_hyphen.txt"] = "Nota\nni si-quiera lo vio.\n"
    texts["siquiera_apart.txt"] = "Nota\nsi quiera venir, que venga.\n"
    for number in range(25):
        texts[f"siquiera_joined{number}.txt"] = f"Nota\nNi siquiera lo vio {number}.\n"
    with open_index(build_texts_index(tmp_path_factory, "solid_compounds", texts)) as opened:
        yield opened


def found(index, query):
    return {hit.doc.removesuffix(".txt") for hit in search(index, query, limit=50).hits}


CASES = [(family, kind) for family, spellings in FAMILIES.items() for kind in spellings]


@pytest.mark.parametrize("family, kind", CASES)
@pytest.mark.parametrize("shape", ['"{}"', '"nota {} sigue"', '"la nota {} sigue vigente"', '"nota {} vigente"~1'])
def test_a_quoted_spelling_finds_every_spelling(index, family, kind, shape):
    assert found(index, shape.format(FAMILIES[family][kind])) == {f"{family}_{other}" for other in FAMILIES[family]}


@pytest.mark.parametrize("family", FAMILIES)
def test_a_solid_word_typed_finds_its_parts_written_apart(index, family):
    assert found(index, FAMILIES[family]["joined"]) == {f"{family}_{other}" for other in FAMILIES[family]}


@pytest.mark.parametrize("word", APART)
def test_words_never_written_with_a_hyphen_stay_apart(index, word):
    solid, apart = APART[word]
    assert f"{word}_apart" not in found(index, word)
    assert f"{word}_apart" not in found(index, f'"{word}"')
    typed_apart = apart.split(" ")[-2:] if word != "sinembargo" else ["sin", "embargo"]
    assert f"{word}_joined" not in found(index, '"' + " ".join(typed_apart) + '"')


def test_a_line_s_hyphenation_is_no_compound(index):
    assert "siquiera_apart" not in found(index, "siquiera")
    assert "siquiera_apart" not in found(index, '"siquiera"')


@pytest.mark.parametrize("query, doc, marked", [
    ("email", "email_apart", ["e mail"]),
    ('"email"', "email_apart", ["e mail"]),
    ('"e mail"', "email_joined", ["email"]),
    ("videoconferencia", "video_apart", ["video conferencia"]),
    ('"Castilla La Mancha"', "castilla_joined", ["CastillaLaMancha"]),
    ("castillalamancha", "castilla_apart", ["Castilla La Mancha"]),
    ('"Puerto de Santa María"', "puerto_joined", ["PuertodeSantaMaría"]),
    ("covid19", "covid_apart", ["covid 19"]),
    ('"nota e mail sigue"', "email_hyphen", ["nota e-mail sigue"]),
])
def test_marks_follow_what_matched(index, query, doc, marked):
    hit = next(hit for hit in search(index, query, limit=50).hits if hit.doc == f"{doc}.txt")
    assert [hit.snippet[start:end] for start, end in hit.highlights] == marked


def test_excluding_a_solid_word_excludes_its_parts_in_a_row(index):
    assert found(index, "vigente -email") & {f"email_{kind}" for kind in FAMILIES["email"]} == set()
    assert "video_apart" in found(index, "vigente -email")
