"""Whatever the update history, the index answers as a fresh build of the same files.

Files are added, changed, emptied, renamed and removed in updates; segments are emptied,
merged away, their posting caches removed or made stale. After each step every query
(prefixes over more stems than Whoosh's own path takes, many typos, words, phrases) gives
the hits and totals of an index built afresh from the folder, and the posting cache serves
it (an index that can't use its cache drops to smaller budgets: trial 3, finding 6).
Scores may differ: a deleted document counts in its term's statistics until its segment
is merged, as in Lucene.
"""

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.retrieval import columnar
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.update import optimize_index, update_index

# 80 words that begin with «zan»: more stems than the 64 a prefix gets without the cache.
ZAN = [f"zan{a}{b}o" for a in "bcdfgjlmprstvxyz" for b in "aeiou"][:80]
QUERIES = ["zan*", "a*", "salud", "vacuna OR gobierno", '"salud pública"', "cuarentena -vacuna",
           # eleven words with typos: more than the 8 Whoosh's own path tolerates
           " OR ".join(f"{word}~" for word in ["vacnua", "epidemilogia", "cuarentna", "gobierrno",
                                              "hospitl", "medicoss", "pandemai", "saludd",
                                              "ventilado", "oxijeno", "presidnte"])]
PARAGRAPHS = ["La vacuna contra la pandemia llegó al hospital del gobierno.",
              "El presidente habló de salud pública y de la cuarentena.",
              "Los médicos pidieron oxígeno y ventiladores para la epidemia.",
              "Agua, aire y alimentos: el abasto de la ciudad.",
              "La cuarentena termina; la vacuna sigue."]


def write(folder, name, seed):
    """Write a document of a few paragraphs chosen by seed."""
    rng = random.Random(seed)
    paragraphs = rng.sample(PARAGRAPHS, rng.randint(2, 4)) + [f"Palabra rara: {rng.choice(ZAN)}."]
    (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    # The «zan» words, one a paragraph: a large document, so small updates stay small segments.
    (folder / "zan.txt").write_text("\n\n".join(f"Se dice {word} en la sierra." for word in ZAN),
                                    encoding="utf-8")
    for number in range(6):
        write(folder, f"nota{number}.txt", number)
    return folder


def answers(index_dir):
    """Return {query: (total, sorted hit ids, messages)}, and whether the posting cache served."""
    found = {}
    with open_index(index_dir) as index:
        cached = columnar.postings_for(index.searcher()) is not None
        for query in QUERIES:
            results = search(index, query, limit=100, seconds=60)
            found[query] = (results.total, sorted(hit.id for hit in results.hits), results.messages)
    return found, cached


def fresh(folder, tmp_path):
    """Return the answers of an index built afresh from the folder and merged."""
    index_dir = tmp_path / f"fresh-{random.random()}"
    build_index([folder], index_dir, procs=1)
    optimize_index(index_dir)
    return answers(index_dir)[0]


def assert_as_fresh(folder, index_dir, tmp_path):
    found, cached = answers(index_dir)
    assert cached, "the posting cache must serve the index"
    assert found == fresh(folder, tmp_path)


def add(folder, name, seed=99):
    write(folder, name, seed)


def remove(folder, name):
    (folder / name).unlink()


def empty(folder, name):
    (folder / name).write_text("", encoding="utf-8")


def rename(folder, name):
    (folder / name).rename(folder / f"movido-{name}")


HISTORIES = {
    "a file added, then removed (its segment emptied)": [[(add, "zz.txt")], [(remove, "zz.txt")]],
    "two files added apart, removed together": [[(add, "x.txt")], [(add, "y.txt", 7)],
                                                 [(remove, "x.txt"), (remove, "y.txt")]],
    "a file added, changed, emptied": [[(add, "x.txt")], [(add, "x.txt", 3)], [(empty, "x.txt")]],
    "a file added, renamed, removed": [[(add, "x.txt")], [(rename, "x.txt")],
                                        [(remove, "movido-x.txt")]],
    "files of the first build removed and changed": [[(remove, "nota1.txt"), (add, "nota2.txt", 5)],
                                                     [(empty, "nota3.txt")]],
}


@pytest.mark.parametrize("history", HISTORIES.values(), ids=HISTORIES.keys())
def test_every_history_answers_as_a_fresh_build(history, folder, tmp_path):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, procs=1)
    for step in history:
        for action, *arguments in step:
            action(folder, *arguments)
        update_index([folder], index_dir)
        assert_as_fresh(folder, index_dir, tmp_path)


def test_an_update_leaves_no_segment_without_documents(folder, tmp_path):
    from whoosh.filedb.filestore import FileStorage

    index_dir = tmp_path / "index"
    build_index([folder], index_dir, procs=1)
    add(folder, "zz.txt")
    update_index([folder], index_dir)
    remove(folder, "zz.txt")
    update_index([folder], index_dir)
    ix = FileStorage(str(live_generation(index_dir))).open_index()
    assert [segment.doc_count() for segment in ix._segments()] == [len(ZAN) + sum(
        len((folder / f"nota{n}.txt").read_text().split("\n\n")) for n in range(6))]


def test_an_index_that_already_has_an_empty_segment_is_served_by_its_cache(folder, tmp_path, monkeypatch):
    """An index written before the fix kept a segment of no document: the search skips it,
    and the next update drops it."""
    from search.storage import update_whoosh

    index_dir = tmp_path / "index"
    build_index([folder], index_dir, procs=1)
    add(folder, "zz.txt")
    update_index([folder], index_dir)
    remove(folder, "zz.txt")

    def old_merge(writer, segments):  # the merge before the fix: emptied segments merged too
        total = sum(segment.doc_count_all() for segment in segments)
        small = [s for s in segments if s.doc_count_all() < total * update_whoosh.SMALL_SEGMENT_SHARE]
        for segment in small:
            reader = update_whoosh.SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)
            reader.close()
        return [s for s in segments if s not in small]

    monkeypatch.setattr(update_whoosh, "merge_small_segments", old_merge)
    update_index([folder], index_dir)
    monkeypatch.undo()
    from whoosh.filedb.filestore import FileStorage

    ix = FileStorage(str(live_generation(index_dir))).open_index()
    assert 0 in [segment.doc_count_all() for segment in ix._segments()]  # the state trial 3 met
    assert_as_fresh(folder, index_dir, tmp_path)
    add(folder, "otro.txt", 4)
    update_index([folder], index_dir)
    ix = FileStorage(str(live_generation(index_dir))).open_index()
    assert 0 not in [segment.doc_count_all() for segment in ix._segments()]
    assert_as_fresh(folder, index_dir, tmp_path)


@pytest.mark.parametrize("damage", ["missing", "stale"])
def test_a_missing_or_stale_cache_is_rebuilt_with_the_same_answers(damage, folder, tmp_path):
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, procs=1)
    add(folder, "zz.txt")
    update_index([folder], index_dir)
    for cache in live_generation(index_dir).glob("*.postcache"):
        if damage == "missing":
            cache.unlink()
        else:  # another segment's cache under this one's name
            other = sorted(live_generation(index_dir).glob("*.postcache"))
            cache.write_bytes(other[0].read_bytes() if other[0] != cache else other[-1].read_bytes())
    assert_as_fresh(folder, index_dir, tmp_path)


def test_a_searcher_opened_before_an_update_keeps_its_cache(folder, tmp_path):
    """Its segment merged away and that segment's cache file removed under it, a searcher
    still reads its own state through the cache; the index's next searcher sees the update."""
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, procs=1)
    add(folder, "x.txt")
    update_index([folder], index_dir)
    with open_index(index_dir) as index:
        old = index.searcher()
        live = old.doc_count()
        remove(folder, "x.txt")
        add(folder, "y.txt", 11)
        update_index([folder], index_dir)  # x.txt's segment is merged away
        postings = columnar.postings_for(old)
        assert postings is not None
        assert sum(view.size - (0 if view.live is None else int((~view.live).sum()))
                   for view in postings.segments) == live
    assert_as_fresh(folder, index_dir, tmp_path)


ACTIONS = st.sampled_from([add, remove, empty, rename])


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(ACTIONS, st.sampled_from(["nota0.txt", "nota4.txt", "n1.txt", "n2.txt"]),
                          st.integers(0, 20)), min_size=1, max_size=4))
def test_random_histories_answer_as_a_fresh_build(tmp_path_factory, steps):
    # Hypothesis seeds the global random for each example, and Whoosh names segments with
    # it: every example's first segment would get one name, and caches kept by segment name
    # in this process (whoosh_ext/columns.py, facets.py) would serve the last example's.
    random.seed()
    tmp_path = tmp_path_factory.mktemp("history")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "zan.txt").write_text("\n\n".join(f"Se dice {word}." for word in ZAN), encoding="utf-8")
    for number in range(5):
        write(folder, f"nota{number}.txt", number)
    index_dir = tmp_path / "index"
    build_index([folder], index_dir, procs=1)
    for action, name, seed in steps:
        exists = (folder / name).exists()
        if action is add:
            add(folder, name, seed)
        elif exists:
            action(folder, name)
        update_index([folder], index_dir)
    assert_as_fresh(folder, index_dir, tmp_path)
