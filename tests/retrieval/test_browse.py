import pytest

from search.errors import RecordNotFound
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
