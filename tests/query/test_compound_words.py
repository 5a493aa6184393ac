"""The compounds' evidence counts live paragraphs: right after an update, a solid word is split
(or not) as a fresh build of the same files splits it (compound_words.py)."""

import os

import pytest

from search.query.builder import Builder
from search.retrieval import columnar
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.update import update_index

ONE_HYPHEN = {"a.txt": "Nota\nMandé un e-mail ayer.\n", "b.txt": "Nota\nEl email llegó.\n",
              "c.txt": "Nota\nEscribe tu e mail aquí.\n"}
MANY_SOLID = {"a.txt": "Nota\nMandé un e-mail ayer.\n", "c.txt": "Nota\nEscribe tu e mail aquí.\n",
              **{f"s{n:02d}.txt": f"Nota\nEl email número {n} llegó.\n" for n in range(25)}}


def write(folder, texts):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")


def seen(index_dir):
    """Return what `email` finds (posting cache's path), and the evidence as Whoosh's path reads it."""
    with open_index(index_dir) as index:
        found = sorted(hit.doc for hit in search(index, "email", limit=100).hits)
        builder = Builder(index.searcher(), store=index.store)  # no posting cache: Whoosh's postings
        return found, builder.evidence().split("email"), builder.evidence().seen(["e", "mail"])


@pytest.mark.parametrize("texts, deleted, split", [
    (ONE_HYPHEN, ["a.txt"], False),  # the one `e-mail` gone: `email` is no longer `e mail`
    (MANY_SOLID, [f"s{n:02d}.txt" for n in range(10)], True),  # 1 hyphen against 15 solid, not 25
], ids=["hyphen deleted", "solid deleted"])
def test_an_update_decides_a_split_as_a_fresh_build(tmp_path, texts, deleted, split):
    write(tmp_path / "docs", texts)
    build_index([tmp_path / "docs"], tmp_path / "ix", procs=1)
    for name in deleted:
        os.remove(tmp_path / "docs" / name)
    update_index([tmp_path / "docs"], tmp_path / "ix")
    build_index([tmp_path / "docs"], tmp_path / "fresh", procs=1)
    found, parts, together = seen(tmp_path / "ix")
    assert (found, parts, together) == seen(tmp_path / "fresh")
    assert ("c.txt" in found) is split and (parts == ["e", "mail"]) is split and together is split


FIRST = {"a.txt": "Nota\nMandé un e-mail por video-conferencia.\n",
         "b.txt": "Nota\nEl email y la videoconferencia, en casa.\n",
         "c.txt": "Nota\nEl covid-19 y el covid19 de la casa-cuna.\n"}
LATER = {"d.txt": "Nota\nUn gel anti-COVID y otro anticovid.\n"}


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """An index built, then updated with a compound more: (its directory, the `+` terms of
    the pairs field read by Whoosh before the update)."""
    root = tmp_path_factory.mktemp("compounds")
    write(root / "docs", FIRST)
    build_index([root / "docs"], root / "ix", procs=1)
    with open_index(root / "ix") as index:
        before = {term for term in terms_of(index) if term.startswith("+")}
    write(root / "docs", LATER)
    update_index([root / "docs"], root / "ix")
    return root / "ix", before


def terms_of(index):
    return [term.decode("utf-8") for term in index.searcher().reader().lexicon("pairs")]


@pytest.mark.parametrize("word", ["email", "videoconferencia", "covid19", "anticovid", "casacuna", "casa",
                                  "mail", "conferencia", "gel", "ausente", "nota"])
@pytest.mark.parametrize("asks", [0, 3, 10_000], ids=["set at once", "set after 3", "no set"])
def test_the_set_of_compounds_splits_as_every_lookup_does(states, monkeypatch, word, asks):
    """A word some `+` term of the index state joins is split as Whoosh's path splits it, and
    the others not, whether its `+word` is answered by the set (columnar.terms_known) or not."""
    monkeypatch.setattr(columnar, "PREFIX_ASKS", asks)
    with open_index(states[0]) as index:
        searcher = index.searcher()
        whoosh = Builder(searcher, store=index.store).evidence()
        cached = Builder(searcher, store=index.store, columnar=columnar.postings_for(searcher))
        found = [cached.evidence().split(word) for _ in range(5)]  # before and after the set is made
        assert found == [whoosh.split(word)] * 5
        assert (found[0] != []) is (word in ("email", "videoconferencia", "covid19", "anticovid", "casacuna"))
        assert (cached.columnar.terms_known("pairs", "+") is None) is (asks == 10_000)


def test_each_index_state_has_its_own_set_of_compounds(states, monkeypatch):
    """The set is the searcher's (one index state): the update's `anti-COVID` is in it, and it
    holds every `+` term of the pairs field and no other."""
    monkeypatch.setattr(columnar, "PREFIX_ASKS", 0)
    directory, before = states
    with open_index(directory) as index:
        after = {term for term in terms_of(index) if term.startswith("+")}
        known = columnar.postings_for(index.searcher()).terms_known("pairs", "+")
    assert "+anticovid" in known and "+anticovid" not in before and before < after
    assert known == after
