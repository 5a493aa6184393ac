"""A quoted phrase with a compound finds its every spelling: written with a hyphen, joined,
or apart, as the unquoted word does (test_compound_search.py). The phrase is a graph of
paths (parts, or the joined word), matched along the text's own graph of compounds."""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index

# family -> {spelling: how a text writes it}
FAMILIES = {
    "anticovid": {"hyphen": "anti-COVID", "joined": "anticovid", "apart": "anti COVID"},
    "pospandemia": {"hyphen": "pos-pandemia", "joined": "pospandemia", "apart": "pos pandemia"},
    "sub21": {"hyphen": "sub-21", "joined": "sub21", "apart": "sub 21"},
    "covid19": {"hyphen": "COVID-19", "joined": "covid19", "apart": "covid 19"},
    "email": {"hyphen": "e-mail", "joined": "email"},
    "castilla": {"hyphen": "Castilla-La Mancha", "apart": "Castilla La Mancha"},
    "donnell": {"hyphen": "O'Donnell", "joined": "Odonnell"},
    "gatell": {"hyphen": "López-Gatell", "joined": "lopezgatell", "apart": "López Gatell"},
    "vicepresidente": {"hyphen": "vice-presidente", "joined": "vicepresidente", "apart": "vice presidente"},
}
TEXT = "Dijeron que la medida {} sigue vigente en la región."


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("compound_phrases")
    for family, spellings in FAMILIES.items():
        for kind, written in spellings.items():
            (folder / f"{family}_{kind}.txt").write_text(f"Nota\n{TEXT.format(written)}\n", encoding="utf-8")
    (folder / "otro_separa.txt").write_text("Nota\nEl río separa los dos pueblos.\n", encoding="utf-8")
    (folder / "otro_secura.txt").write_text("Nota\nLa secura del aire.\n", encoding="utf-8")
    index_dir = folder.parent / (folder.name + "_index")
    build_index([folder], index_dir)
    with open_index(index_dir) as opened:
        yield opened


def found(index, query):
    return {hit.doc.removesuffix(".txt") for hit in search(index, query, limit=50).hits}


CASES = [(family, kind) for family, spellings in FAMILIES.items() for kind in spellings]


@pytest.mark.parametrize("family, kind", CASES)
@pytest.mark.parametrize("shape", ["{}", "medida {} sigue", "la medida {} sigue vigente"])
def test_a_quoted_compound_finds_every_spelling(index, family, kind, shape):
    typed = FAMILIES[family][kind]
    # a joined word finds the words apart too: the texts write the compound with its hyphen
    expected = {f"{family}_{other}" for other in FAMILIES[family]}
    assert found(index, f'"{shape.format(typed)}"') == expected


@pytest.mark.parametrize("family, kind", CASES)
def test_a_sloppy_phrase_counts_a_compound_as_one_word(index, family, kind):
    """`"medida X vigente"~1`: the one word between is `sigue`, whichever spelling of X."""
    typed = FAMILIES[family][kind]
    expected = {f"{family}_{other}" for other in FAMILIES[family]}
    assert found(index, f'"medida {typed} vigente"~1') == expected
    assert found(index, f'"medida {typed} vigente"~0') == set()


@pytest.mark.parametrize("query", ['"se para"', '"se cura"', '"la secura"~0'])
def test_stop_words_apart_are_not_joined(index, query):
    assert found(index, query) <= ({"otro_secura"} if "secura" in query else set())


def test_a_joined_path_is_marked_where_it_is_written_joined(index):
    hits = search(index, '"medida anticovid sigue"', limit=10).hits
    joined = next(hit for hit in hits if hit.doc == "anticovid_joined.txt")
    assert any(joined.snippet[start:end] == "medida anticovid sigue" for start, end in joined.highlights)


@pytest.mark.parametrize("query, doc, marked", [
    ('"medida anticovid sigue"', "anticovid_hyphen", "medida anti-COVID sigue"),
    ('"medida anti COVID sigue"', "anticovid_joined", "medida anticovid sigue"),
    ('"medida odonnell sigue"', "donnell_hyphen", "medida O'Donnell sigue"),
    ('"medida email sigue"', "email_hyphen", "medida e-mail sigue"),
])
def test_a_phrase_is_marked_along_the_other_spelling(index, query, doc, marked):
    hit = next(hit for hit in search(index, query, limit=50).hits if hit.doc == f"{doc}.txt")
    assert [hit.snippet[start:end] for start, end in hit.highlights] == [marked]
