import re

import pytest

from search.errors import RecordNotFound
from search.retrieval import browse
from search.retrieval.browse import context, document, highlight
from search.retrieval.similar import similar

SEED = "000_0ae4057f2a729d92.txt"


def test_document_context_similar_and_highlight(seed):
    assert [r.paragraph for r in document(seed, SEED)] == [1, 2, 3, 4, 5, 6]
    assert [r.paragraph for r in context(seed, f"{SEED}#3", 1)] == [2, 3, 4]
    assert [r.paragraph for r in context(seed, f"{SEED}#1", 2)] == [1, 2, 3]
    assert f"{SEED}#2" not in [hit.id for hit in similar(seed, f"{SEED}#2").hits]
    assert similar(seed, f"{SEED}#2").hits
    text, marks = highlight(seed, "Las políticas de cooperación", "politica")
    assert [text[s:e] for s, e in marks] == ["políticas"]
    for call in (lambda: document(seed, "../../etc/passwd"),
                 lambda: context(seed, "nada#1"), lambda: similar(seed, f"{SEED}#99")):
        with pytest.raises(RecordNotFound):
            call()


@pytest.mark.parametrize("asked, said", [
    (SEED, "es un documento, no un párrafo: nombre uno de sus 6 párrafos"),
    (f"{SEED}#99", f"tiene 6 párrafos (de {SEED}#1 a {SEED}#6)"),
    ("nada#1", "No hay ningún párrafo «nada#1» en el índice."),
])
def test_a_paragraph_not_found_says_what_was_named(seed, asked, said):
    with pytest.raises(RecordNotFound, match=re.escape(said)):
        browse.locate(seed, asked)
    if "#" in asked:
        with pytest.raises(RecordNotFound, match="párrafo"):
            browse.paragraph_or_document(seed, asked)


@pytest.mark.parametrize("cached", [True, False])
def test_speaker_dates_leave_out_deleted_paragraphs(tmp_path, monkeypatch, cached):
    """A document removed by an update stays in its segment, deleted: its dates no longer count."""
    from search.retrieval import columnar
    from search.retrieval.reader import open_index
    from search.storage.build import build_index
    from search.storage.update import update_index

    docs = tmp_path / "docs"
    docs.mkdir()
    for day in ("2019-05-02", "2020-03-01", "2021-07-09"):
        (docs / f"{day}.txt").write_text(f"ANA RUIZ MORA: Hoy es {day}.\nPREGUNTA: ¿Y?\n", encoding="utf-8")
    build_index([docs], tmp_path / "ix")
    (docs / "2021-07-09.txt").unlink()
    (docs / "2019-05-02.txt").unlink()
    update_index([docs], tmp_path / "ix")
    if not cached:
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    with open_index(tmp_path / "ix") as index:
        assert browse.speaker_dates(index) == {"ana ruiz mora": ("2020-03-01", "2020-03-01"),
                                               "pregunta": ("2020-03-01", "2020-03-01")}
