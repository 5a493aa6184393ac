"""The evidence that a solid word is a compound's parts, or words apart one word: the texts
write the compound with its hyphen (query/compound_paths.py, text/pairs.hyphen_terms)."""

import pytest

from search.query.compound_paths import HYPHEN_RATIO, Evidence, hyphen_seen, joined_words
from search.text.pairs import hyphen_terms
from search.text.words import TOKEN, phrase_form


def evidence(texts, solid=()):
    """Return the Evidence of an index of texts with hyphens, and of words written solid."""
    pairs = {}
    for text in texts:
        for term in hyphen_terms(text):
            pairs[term] = pairs.get(term, 0) + 1
    exact = {}
    for word in [*solid, *(term[1:] for term in pairs if " " not in term for _ in range(pairs[term]))]:
        exact[word] = exact.get(word, 0) + 1

    def frequency(field, term):
        return (pairs if field == "pairs" else exact if field == "exact" else {}).get(term, 0)

    def spellings(field, prefix):
        return sorted(term for term in (pairs if field == "pairs" else {}) if term.startswith(prefix))
    return Evidence(frequency, spellings)


@pytest.mark.parametrize("text, expected", [
    ("Mandé un e-mail.", {"+email", "+email e-mail"}),
    ("La junta de Castilla-La-Mancha", {"+castillalamancha", "+castillalamancha castilla-la-mancha"}),
    ("La COVID‑19 sigue", {"+covid19", "+covid19 covid-19"}),  # a non-breaking hyphen is a hyphen
    ("El Sub-21 ganó", {"+sub21", "+sub21 sub-21"}),
    ("Habló O'Donnell", set()),  # an elision is no hyphen
    ("El 31-12-2024", set()),  # a date is no compound
    ("Sin guiones aquí", set()),
])
def test_hyphen_terms(text, expected):
    assert hyphen_terms(text) == expected


@pytest.mark.parametrize("typed, texts, expected", [
    ("email", ["un e-mail"], ["e", "mail"]),
    ("Email", ["un e-mail"], ["E", "mail"]),
    ("videoconferencia", ["una video-conferencia"], ["video", "conferencia"]),
    ("castillalamancha", ["de Castilla-La-Mancha"], ["castilla", "la", "mancha"]),
    ("PuertodeSantaMaría", ["El Puerto-de-Santa-María"], ["Puerto", "de", "Santa", "María"]),
    ("covid19", ["la COVID-19"], ["covid", "19"]),
    ("exministro", ["el ex-ministro"], ["ex", "ministro"]),
    # never written with a hyphen: not split (`sobre mesa`, `con trato`, `a un`, `por que`)
    ("sobremesa", ["una video-conferencia"], []),
    ("contrato", ["un e-mail"], []),
    ("aun", ["un e-mail"], []),
    ("porque", [], []),
    ("e", ["un e-mail"], []),
    ("e-mail", ["un e-mail"], []),  # a compound typed is the builder's (joined_term)
])
def test_split_word(typed, texts, expected):
    assert evidence(texts).split(typed) == expected


def test_a_line_s_hyphenation_is_no_compound():
    """`si-quiera` once, where `siquiera` is written solid HYPHEN_RATIO times as often, is a
    line broken in a novel, not a compound."""
    solid = ["siquiera"] * HYPHEN_RATIO
    assert evidence(["ni si-quiera"], solid).split("siquiera") == []
    assert evidence(["ni si-quiera"] * 2, solid).split("siquiera") == ["si", "quiera"]
    assert not evidence(["ni si-quiera"], solid).seen(["si", "quiera"])
    assert not hyphen_seen(["si", "quiera"], evidence(["ni si-quiera"], solid).frequency)


def test_the_split_written_most_often_wins():
    assert evidence(["la anti-covid", "la anti-covid", "la antico-vid"]).split("anticovid") == ["anti", "covid"]


@pytest.mark.parametrize("typed, texts, joins", [
    ("e mail", ["un e-mail"], True),
    ("Castilla La Mancha", ["de Castilla-La-Mancha"], True),
    ("Puerto de Santa María", ["El Puerto-de-Santa-María"], True),
    ("anti covid", [], True),  # no stop word: joined where the index holds the word
    ("se para", [], False),  # a stop word, never written `se-para`
    ("a parte", ["un e-mail"], False),
    ("sin embargo", [], False),
])
def test_words_apart_with_a_stop_word_join_where_written_with_hyphens(typed, texts, joins):
    tokens = list(TOKEN.finditer(typed))
    found = joined_words(typed, tokens, lambda form: True, evidence(texts))
    whole = (phrase_form(typed.replace(" ", "")), len(tokens) - 1)
    assert (whole in found.get(0, [])) == joins


def test_an_index_without_the_evidence_fields_splits_nothing(tmp_path):
    """Whoosh raises for a field its schema lacks: the evidence reads 0 there."""
    from whoosh.fields import TEXT, Schema
    from whoosh.index import create_in

    from search.query.builder import Builder
    from search.text.analysis import spanish_analyzer

    index = create_in(tmp_path, Schema(text=TEXT(analyzer=spanish_analyzer())))
    writer = index.writer()
    writer.add_document(text="Mandé un e-mail y un email.")
    writer.commit()
    with index.searcher() as searcher:
        builder = Builder(searcher, store=None)
        assert builder.evidence().split("email") == []
        assert not builder.evidence().seen(["e", "mail"])
        assert builder.terms_from("pairs", "+") == []
