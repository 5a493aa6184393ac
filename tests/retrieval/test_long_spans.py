"""A hit deep inside a long paragraph (a 1 MB line cut into paragraphs of up to 1,000,000
characters) shows where it matched, marked, not the paragraph's start (long_spans.py)."""

import pytest

from search.retrieval.long_spans import LONG_CHARS, near_phrase_spans
from search.retrieval.phrase_spans import phrase_spans
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.retrieval.snippets import scan_chars, snippets_for
from search.text.words import index_form, phrase_forms
from tests.conftest import build_texts_index

FILLER = "La comisión revisó los informes del trimestre con cuidado. "


def long_text(deep, size=900_000, at=0.9):
    """Return a text of about `size` characters of FILLER with `deep` at `at` of it."""
    body = FILLER * (size // len(FILLER))
    cut = body.rfind(" ", 0, int(len(body) * at)) + 1
    return body[:cut] + deep + " " + body[cut:]


def marked(text, words, phrases=()):
    terms = {index_form(word) for word in words}
    (snippet, highlights), = snippets_for([text], terms, [tuple(phrase_forms(p)) for p in phrases])
    return snippet, [snippet[start:end] for start, end in highlights]


@pytest.mark.parametrize("words, shown", [
    # three terms: the opening scanned is 666,666 characters; `ornitorrinco` is at 810,000
    (["ornitorrinco", "comisión", "trimestre"], "ornitorrinco"),
    (["comisión", "ornitorrinco", "informes", "cuidado"], "ornitorrinco"),
    (["anticovid", "comisión", "trimestre"], "anti-COVID"),  # a compound's joined word
    (["ornitorrinco"], "ornitorrinco"),
])
def test_a_word_deep_inside_a_long_paragraph_is_shown_and_marked(words, shown):
    text = long_text("El ornitorrinco llegó con la vacuna anti-COVID.")
    assert len(text) > scan_chars({index_form(word) for word in words}) or len(words) == 1
    snippet, marks = marked(text, words)
    assert shown in marks
    assert shown in snippet


def test_a_prefix_s_thousand_words_keep_the_opening_cheaply():
    """Which of a prefix's words a hit holds is unknown: they are not looked for past the
    opening (LATE_WORK), and the snippet shows the opening."""
    text = long_text("El ornitorrinco llegó.")
    terms = {"ornitorrinc"} | {f"a{number:04d}" for number in range(1023)}
    (snippet, _), = snippets_for([text], terms)
    assert snippet.startswith("La comisión")


@pytest.mark.parametrize("phrase", [
    "la vacuna", "vacuna anticovid", "vacuna anti covid", "con la vacuna anti-COVID",
    "ornitorrinco llegó", "de la", "del trimestre con", "anticovid",
])
@pytest.mark.parametrize("at", [0.0, 0.5, 0.999])
def test_a_phrase_in_a_long_paragraph_is_found_near_its_rarest_word_as_along_the_whole(phrase, at):
    text = long_text("El ornitorrinco llegó con la vacuna anti-COVID.", size=60_000, at=at)
    assert len(text) > LONG_CHARS
    forms = [tuple(phrase_forms(phrase))]
    whole = sorted(set(phrase_spans(text, forms)), key=lambda span: (span[0], -span[1]))
    if all(form.startswith("·") for form in forms[0]):  # stop words alone: the opening
        whole = [span for span in whole if span[1] <= LONG_CHARS]
    assert near_phrase_spans(text, forms) == whole


@pytest.mark.parametrize("deep, phrase", [
    ("El ornitorrinco" + " " * 300 + "llegó ayer.", "ornitorrinco llegó"),  # 300 spaces: still the next word
    ("El ornitorrinco" + "—" * 300 + "llegó ayer.", "ornitorrinco llegó"),
    ("Vino de EE. UU." + "—" * 356 + "el ornitorrinco.", "eeuu el ornitorrinco"),  # not cut at its space
    ("Vino de EE. UU." + "—" * 356 + "el ornitorrinco.", "uu el ornitorrinco"),
    ("El ornitorrinco de anti-COVID-19-B-2 llegó.", "ornitorrinco de anticovid19b2 llegó"),
])
def test_a_phrase_far_from_its_rarest_word_in_characters_is_marked_as_along_the_whole(deep, phrase):
    """A phrase is looked for within words of its rarest word's places, not characters: a
    window of 120 characters a word missed a neighbour past them, and cut at any whitespace
    read `EE. UU.` as `UU` (review26a)."""
    text = long_text(deep, size=60_000, at=0.5)
    forms = [tuple(phrase_forms(phrase))]
    whole = sorted(set(phrase_spans(text, forms)), key=lambda span: (span[0], -span[1]))
    assert near_phrase_spans(text, forms) == whole


def test_a_phrase_deep_inside_is_marked():
    snippet, marks = marked(long_text("El ornitorrinco llegó con la vacuna anti-COVID."), [],
                            ["vacuna anticovid"])
    assert marks == ["vacuna anti-COVID"]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """A 1.2 MB line with no blank line: indexed as paragraphs of up to 1,000,000 characters."""
    line = long_text("Al final apareció el ornitorrinco azul junto a la vacuna anti-COVID.",
                     size=1_200_000, at=0.75)
    texts = {"largo.txt": "Nota\n" + line + "\n", "corto.txt": "Nota\nUn ornitorrinco y la comisión.\n"}
    with open_index(build_texts_index(tmp_path_factory, "long_snippets", texts)) as opened:
        yield opened


@pytest.mark.parametrize("query, shown", [
    ("ornitorrinco comisión trimestre", "ornitorrinco"),
    ("ornitorrinco", "ornitorrinco"),
    ('"ornitorrinco azul"', "ornitorrinco azul"),
    ('"vacuna anticovid"', "vacuna anti-COVID"),
    ("anticovid comisión informes", "anti-COVID"),
])
def test_a_hit_deep_inside_a_long_line_shows_where_it_matched(index, query, shown):
    hits = [hit for hit in search(index, query, limit=10).hits if hit.doc == "largo.txt"]
    assert hits
    deep = max(hits, key=lambda hit: shown in [hit.snippet[s:e] for s, e in hit.highlights])
    assert shown in [deep.snippet[start:end] for start, end in deep.highlights]


def test_a_phrase_in_a_long_list_parted_by_commas_is_looked_for_once_per_stretch():
    """Windows around a phrase's rarest word are widened to an edge (word_windows.EDGE) once: in a list whose
    words commas part (no space for long stretches), each window once became its whole
    stretch, up to 256 times (18.7 s for this 322,800-character text; review25)."""
    from unittest import mock

    from search.retrieval import long_spans

    filler = "la,comisión,revisó,los,informes,del,trimestre,pasado," * 40
    text = (filler + "la,vacuna,anti-COVID,llegó,ayer,") * 150
    read = []

    def counted(piece, phrases):
        read.append(len(piece))
        return phrase_spans(piece, phrases)

    with mock.patch.object(long_spans, "phrase_spans", counted):
        found = near_phrase_spans(text, [phrase_forms("vacuna anticovid llegó")])
    assert sum(read) <= len(text)
    assert found == phrase_spans(text, [phrase_forms("vacuna anticovid llegó")])
    assert len(found) == 150


# Each word of the phrase written `count` times, each place far from the others, and the
# phrase (through a compound) after the last: a bound by count (the first 256 windows) once
# left the places past it unmarked in a snippet and unfound by a search (fix16).
FAR = "La comisión revisó los informes del trimestre con cuidado y sin prisa alguna. " * 16


def far_places(count, last):
    places = "".join(f"{FAR}La vacuna llegó ayer; la anti-COVID, la {n}. " for n in range(count))
    return places + FAR * (LONG_CHARS // len(FAR) + 1) + last


@pytest.mark.parametrize("count", [10, 257])
@pytest.mark.parametrize("phrase", ["vacuna anticovid llegó", "la vacuna anti-COVID llegó", "anticovid llegó ayer"])
def test_a_phrase_past_the_256th_place_of_its_rarest_word_is_marked(count, phrase):
    text = far_places(count, "Al final la vacuna anti-COVID llegó ayer al puerto.")
    assert len(text) > LONG_CHARS
    forms = [tuple(phrase_forms(phrase))]
    found = near_phrase_spans(text, forms)
    assert found == sorted(set(phrase_spans(text, forms)), key=lambda span: (span[0], -span[1]))
    assert [text[start:end] for start, end, _ in found][-1].endswith("anti-COVID llegó" + " ayer" * ("ayer" in phrase))


@pytest.mark.parametrize("count", [257])
def test_a_search_finds_and_marks_a_phrase_through_a_compound_past_the_256th(tmp_path_factory, count):
    texts = {"largo.txt": "Nota\n" + far_places(count, "Al final la vacuna anti-COVID llegó ayer al puerto.") + "\n",
             "corto.txt": "Nota\nLa vacuna anti-COVID no llegó.\n"}
    with open_index(build_texts_index(tmp_path_factory, "far_compounds", texts)) as index:
        for query in ['"vacuna anticovid llegó ayer"', '"la vacuna anticovid llegó"']:
            hits = search(index, query, limit=10).hits
            assert [hit.doc for hit in hits] == ["largo.txt"]
            assert "vacuna anti-COVID llegó" in [hits[0].snippet[start:end] for start, end in hits[0].highlights][0]
