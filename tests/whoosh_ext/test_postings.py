import json
import random

import pytest
from whoosh.matching import ReadTooFar

from search.retrieval.reader import open_index
from search.storage.build import build_index
from search.whoosh_ext import postings

WORDS = {"lluvia": 2, "sol": 7, "nube": 97}  # a word in every n-th paragraph


@pytest.fixture(scope="module")
def many_blocks(tmp_path_factory):
    """Yield a searcher over 3,000 paragraphs: each word's postings fill several blocks."""
    folder = tmp_path_factory.mktemp("blocks")
    lines = []
    for n in range(3000):
        words = [word for word, every in WORDS.items() if n % every == 0] or ["nada"]
        lines.append(json.dumps({"id": f"p{n}", "text": " ".join(words)}))
    (folder / "tiempo.jsonl").write_text("\n".join(lines) + "\n")
    build_index([folder], folder / "ix")
    with open_index(folder / "ix") as index:
        yield index.searcher()


def positions(searcher, stem, targets, skip_to):
    """Return (id or None) after each skip, on one matcher moved forward by skip_to."""
    matcher = searcher.postings("text", stem)
    found = []
    for target in targets:
        if not matcher.is_active():
            found.append(None)
            continue
        skip_to(matcher, target)
        found.append(matcher.id() if matcher.is_active() else None)
    return found


@pytest.mark.parametrize("stem", ["lluvi", "sol", "nub"])
def test_bisecting_skip_lands_where_whoosh_does(many_blocks, stem):
    rng = random.Random(stem)
    for _ in range(20):
        targets = sorted(rng.sample(range(3100), rng.randint(1, 60)))
        assert positions(many_blocks, stem, targets, postings.skip_to) == \
            positions(many_blocks, stem, targets, postings._whoosh_skip_to)


def test_skipping_past_the_end_ends_the_matcher(many_blocks):
    matcher = many_blocks.postings("text", "nub")
    postings.skip_to(matcher, 10_000)
    assert not matcher.is_active()
    with pytest.raises(ReadTooFar):
        postings.skip_to(matcher, 10_001)


def test_the_bisecting_skip_is_the_one_in_use(many_blocks):
    from whoosh.query import And, Term
    assert type(many_blocks.postings("text", "sol")).skip_to is postings.skip_to
    both = set(many_blocks.docs_for_query(And([Term("text", "sol"), Term("text", "nub")])))
    assert len(both) == len(range(0, 3000, 7 * 97))
