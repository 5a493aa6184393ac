"""The compounds' evidence counts live paragraphs: right after an update, a solid word is split
(or not) as a fresh build of the same files splits it (compound_words.py)."""

import os

import pytest

from search.query.builder import Builder
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
