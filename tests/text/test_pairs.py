"""Tests for search.text.pairs: stop words and pairs of adjacent words as the terms of a field."""

from zlib import crc32

import pytest

from search.text.pairs import (
    BUCKET_MARK,
    PAIR_BUCKETS,
    PAIR_KINDS,
    SIGNATURE_BYTES,
    PairTokenizer,
    form_hash,
    forms_of,
    hyphen_terms,
    is_bucket,
    is_stop,
    joined_pairs,
    pair_bits,
    pair_index_term,
    pair_signature,
    pair_terms,
    single_term,
)

TEXT = "El Tratado de la Haya"  # forms: ·el trat ·de ·la hay


@pytest.mark.parametrize("kind, expected", [
    ("none", set()),
    ("stop-pairs", {"·de ·la"}),
    ("stop", {"·el", "·de", "·la", "·de ·la"}),
    ("common", {"·el", "·de", "·la", "·de ·la", "·el trat", "trat ·de", "·la hay"}),
    ("all", {"·el", "·de", "·la", "·de ·la", "·el trat", "trat ·de", "·la hay"}),
])
def test_pair_terms_of_each_kind(kind, expected):
    assert pair_terms(TEXT, kind) == expected


@pytest.mark.parametrize("kind", PAIR_KINDS)
@pytest.mark.parametrize("text", [
    TEXT, "", "de la", "Y de la que en el", "la vacuna anti-COVID de la OMS", "de e-mail a O'Donnell y de la",
    "Cooperación chino-rusa en EE. UU. de 1.500 a 2,5", "¿Qué dijo él? —Que sí, que de ahí a la",
])
def test_pair_terms_follow_the_rules_of_single_term_and_pair_index_term(kind, text):
    """Each kind's terms are its single terms, its pairs' terms and the hyphens' (the stop
    kind's are made inline, the build's path)."""
    forms = forms_of(text)
    pairs = {pair_index_term(kind, first, second) for first, second in [*zip(forms, forms[1:]), *joined_pairs(text)]}
    expected = {form for form in forms if single_term(kind, form)} | hyphen_terms(text) | pairs - {None}
    assert pair_terms(text, kind) == (expected if kind != "none" else set())


def test_hashed_pairs_keep_stop_words_and_a_bucket_for_every_other_pair():
    found = pair_terms(TEXT)
    assert {"·el", "·de", "·la", "·de ·la"} < found
    buckets = {term for term in found if is_bucket(term)}
    assert buckets == {pair_index_term("hashed", a, b)
                       for a, b in [("·el", "trat"), ("trat", "·de"), ("·la", "hay")]}


def test_all_keeps_pairs_without_a_stop_word_that_common_drops():
    text = "cooperación antipandémica bilateral"
    assert pair_terms(text, "all") == {"cooper antipandem", "antipandem bilateral"}
    assert pair_terms(text, "common") == set() == pair_terms(text, "stop")


@pytest.mark.parametrize("text", ["", "   ", "¡¿?!", "Rusia"])
def test_a_text_with_no_pairs(text):
    assert {term for term in pair_terms(text) if " " in term or is_bucket(term)} == set()


def test_accents_and_case_do_not_change_the_terms():
    assert pair_terms("LA COOPERACIÓN de la ONU") == pair_terms("la cooperacion de la onu")


@pytest.mark.parametrize("kind, first, second, expected", [
    ("none", "·de", "·la", None),
    ("stop-pairs", "·de", "·la", "·de ·la"),
    ("stop-pairs", "trat", "·de", None),
    ("stop", "·de", "·la", "·de ·la"),
    ("stop", "trat", "·de", None),
    ("common", "trat", "·de", "trat ·de"),
    ("common", "cooper", "bilateral", None),
    ("all", "cooper", "bilateral", "cooper bilateral"),
    ("hashed", "·de", "·la", "·de ·la"),
])
def test_pair_index_term(kind, first, second, expected):
    assert pair_index_term(kind, first, second) == expected


def test_a_bucket_is_the_crc_of_the_pair_in_four_hex_digits():
    term = pair_index_term("hashed", "cooper", "bilateral")
    assert term == f"{BUCKET_MARK}{crc32(b'cooper bilateral') % PAIR_BUCKETS:04x}"
    assert is_bucket(term) and len(term) == 5 and not is_bucket("·de ·la")


@pytest.mark.parametrize("kind, form, expected", [
    ("none", "·de", None), ("stop-pairs", "·de", None), ("stop", "·de", "·de"),
    ("hashed", "·de", "·de"), ("common", "·de", "·de"), ("all", "trat", None),
])
def test_single_term(kind, form, expected):
    assert single_term(kind, form) == expected


def test_is_stop():
    assert is_stop("·de") and not is_stop("trat")


def test_form_hash_is_stable_across_processes():
    """Python's own hash() changes per process: a signature written by one build must match."""
    assert form_hash("trat") == crc32(b"trat") and form_hash("año") == crc32("año".encode())


def test_pair_bits_set_two_bits_a_pair_but_none_for_two_stop_words():
    assert pair_bits(["·de", "·la"], SIGNATURE_BYTES) == 0
    assert pair_bits(["trat"], SIGNATURE_BYTES) == 0 and pair_bits([], SIGNATURE_BYTES) == 0
    one = pair_bits(["cooper", "bilateral"], SIGNATURE_BYTES)
    assert 1 <= bin(one).count("1") <= 2 and one < 1 << (SIGNATURE_BYTES * 8)


def test_pair_bits_depend_on_the_order_of_the_words():
    forward = pair_bits(["cooper", "bilateral"], SIGNATURE_BYTES)
    assert forward != pair_bits(["bilateral", "cooper"], SIGNATURE_BYTES)


def test_a_texts_signature_holds_the_bits_of_each_of_its_pairs():
    signature = int.from_bytes(pair_signature("la cooperación bilateral con Rusia"), "little")
    for pair in (["cooper", "bilateral"], ["bilateral", "·con"], ["·con", "rusi"]):
        bits = pair_bits(pair, SIGNATURE_BYTES)
        assert signature & bits == bits


@pytest.mark.parametrize("size", [1, 8, SIGNATURE_BYTES, 128])
def test_a_signature_has_the_size_asked_for(size):
    assert len(pair_signature(TEXT, size)) == size
    assert pair_signature("", size) == bytes(size)


def test_the_tokenizer_yields_the_pair_terms():
    tokenizer = PairTokenizer("stop")
    assert {token.text for token in tokenizer(TEXT)} == pair_terms(TEXT, "stop")
    positions = [token.pos for token in tokenizer(TEXT, positions=True, start_pos=10)]
    assert sorted(positions) == list(range(10, 14))


def test_the_tokenizer_refuses_an_unknown_kind():
    with pytest.raises(ValueError, match="unknown kind of pairs 'bigrams'"):
        PairTokenizer("bigrams")


def test_tokenizers_are_equal_by_kind():
    assert PairTokenizer("stop") == PairTokenizer("stop")
    assert PairTokenizer("stop") != PairTokenizer("hashed") and PairTokenizer() != None  # noqa: E711
    assert {PairTokenizer(kind).kind for kind in PAIR_KINDS} == set(PAIR_KINDS)


@pytest.mark.parametrize("text, joined_pairs", [
    ("la vacuna anti-COVID llegó", {("vacun", "anticovid"), ("anticovid", "lleg")}),
    ("Dijo O'Donnell que", {("dij", "odonnell"), ("odonnell", "·que")}),
    ("anti-COVID", set()),  # nothing beside it
    ("del 31-12-2024 al", set()),  # a date is no compound
    ("la vacuna anti COVID llegó", set()),  # words apart: no compound in the text
])
def test_a_compound_joined_form_is_paired_with_its_neighbours(text, joined_pairs):
    """The pairs follow the text's graph of compounds: a phrase with the joined form
    (`"vacuna anticovid"`) finds the pairs it requires in «vacuna anti-COVID»."""
    from search.text.pairs import joined_pairs as graph_pairs

    assert set(graph_pairs(text)) == joined_pairs
    kept = pair_terms(text, kind="all")
    assert {f"{first} {second}" for first, second in joined_pairs} <= kept
    signature = int.from_bytes(pair_signature(text), "little")
    for pair in joined_pairs:
        bits = pair_bits(list(pair), SIGNATURE_BYTES)
        assert signature & bits == bits
