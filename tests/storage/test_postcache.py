"""The posting cache: Whoosh's postings exactly, written with each segment, rebuilt when damaged."""

import json
import os
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import postcache, postcache_blocks, postcache_file, postcache_read
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.update import optimize_index, update_index


def cache_files(index_dir):
    return sorted(live_generation(index_dir).glob(f"*{postcache.EXTENSION}"))


@pytest.fixture
def built(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir, procs=1)
    return index_dir


def test_a_build_writes_one_cache_per_segment(built):
    with open_index(built) as index:
        segments = [leaf.segment().segment_id()
                    for leaf, _ in index.searcher().reader().leaf_readers()]
    assert [path.name for path in cache_files(built)] == [f"{s}{postcache.EXTENSION}" for s in segments]


@pytest.mark.parametrize("all_terms_kept", [postcache_read.ALL_TERMS_KEPT, 0])  # a dictionary; keys
def test_the_cache_holds_every_posting_as_whoosh_reads_it(built, monkeypatch, all_terms_kept):
    monkeypatch.setattr(postcache_read, "ALL_TERMS_KEPT", all_terms_kept)
    with open_index(built) as index:
        for leaf, _ in index.searcher().reader().leaf_readers():
            cache = postcache.load_cache(live_generation(built), leaf)
            for fieldname in leaf.indexed_field_names():
                field = cache.fields[fieldname]
                terms = list(leaf.lexicon(fieldname))
                assert [field.term(n) for n in range(field.count)] == terms
                for ordinal, term in enumerate(terms):
                    assert field.find(term) == ordinal
                    matcher = leaf.postings(fieldname, term)
                    docs, weights = field.postings(ordinal)
                    assert list(docs) == list(matcher.all_ids())
                    matcher = leaf.postings(fieldname, term)
                    assert [float(w) for w in weights] == [w for _, w in matcher.items_as("weight")]
                assert field.find(b"no-such-term") == -1
                known = set(terms)
                for missing in {term[:-1] for term in terms} | {term + b"zz" for term in terms[::7]}:
                    assert field.find(missing) == (terms.index(missing) if missing in known else -1)
            lengths = [leaf.doc_field_length(n, "text") or 0 for n in range(leaf.doc_count_all())]
            from whoosh.util.numeric import byte_to_length
            assert [byte_to_length(b) if b else 0 for b in cache.lengths["text"]] == lengths


def test_a_large_field_keeps_each_terms_docs_then_weights_in_one_section(built):
    # A term of text, title, pairs or exact is one read; whole docs and weights still come in term order.
    with open_index(built) as index:
        for leaf, _ in index.searcher().reader().leaf_readers():
            arrays = postcache.segment_arrays(leaf)
            cache = postcache.load_cache(live_generation(built), leaf)
            for fieldname in leaf.indexed_field_names():
                large = fieldname in postcache_file.LARGE_FIELDS
                assert (f"{fieldname}.postings" in arrays, f"{fieldname}.docs" in arrays) == (large, not large)
                field = cache.fields[fieldname]
                parts = [field.postings(n) for n in range(field.count)]
                assert field.docs.tolist() == [int(d) for docs, _ in parts for d in docs]
                assert field.weights.tolist() == [float(w) for _, weights in parts for w in weights]
            assert any(fieldname in postcache_file.LARGE_FIELDS for fieldname in leaf.indexed_field_names())


def damage_truncate(path):
    path.write_bytes(path.read_bytes()[:len(path.read_bytes()) // 2])


def damage_flip_middle(path):
    # inverted, not zeroed: zeros written over zeros are no damage (test_integrity's flaky case)
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(byte ^ 0xFF for byte in data[middle:middle + 64])
    path.write_bytes(bytes(data))


def damage_garbage(path):
    path.write_bytes(b"not a cache at all")


def damage_empty(path):
    path.write_bytes(b"")


def damage_remove(path):
    path.unlink()


@pytest.mark.parametrize("damage", [damage_truncate, damage_flip_middle, damage_garbage,
                                    damage_empty, damage_remove])
def test_a_damaged_or_missing_cache_is_rebuilt_and_answers_right(built, damage):
    with open_index(built) as index:
        before = search(index, "gobierno", facets=True)
    path = cache_files(built)[0]
    sound = path.read_bytes()
    damage(path)
    postcache._open.clear()  # a new process: nothing open yet
    with open_index(built) as index:
        after = search(index, "gobierno", facets=True)
    assert (after.total, [h.id for h in after.hits], after.facets) == \
        (before.total, [h.id for h in before.hits], before.facets)
    assert path.read_bytes() == sound  # rebuilt the same


def test_a_cache_whose_file_changed_goes_when_its_rebuild_is_kept(built):
    # review33: the rebuilt cache took the key of the one whose file changed, which was then never dropped
    postcache._open.clear()
    with open_index(built) as index:
        search(index, "gobierno")
    old = dict(postcache._open)
    assert old and all(cache.fields for cache in old.values())
    damage_garbage(cache_files(built)[0])
    with open_index(built) as index:
        search(index, "gobierno")
    replaced = [cache for key, cache in old.items() if postcache._open.get(key) is not cache]
    assert len(replaced) == 1 and not replaced[0].fields  # dropped: no view reads it, none keeps it


def test_a_read_only_index_without_caches_still_searches(built, monkeypatch):
    with open_index(built) as index:
        before = search(index, "gobierno")
    for path in cache_files(built):
        path.unlink()
    postcache._open.clear()

    def read_only(path, *args):
        raise PermissionError(13, "Read-only file system", str(path))

    monkeypatch.setattr(postcache, "write_cache", read_only)  # as root, chmod can't forbid
    with open_index(built) as index:
        after = search(index, "gobierno")
    assert not cache_files(built)  # served from memory
    assert [h.id for h in after.hits] == [h.id for h in before.hits] and after.total


def test_updates_and_merges_write_the_caches_of_new_segments(built, corpus):
    (corpus / "nueva.txt").write_text("Una zarzuela.\n", encoding="utf-8")
    update_index([corpus], built)
    with open_index(built) as index:
        count = len(index.searcher().reader().leaf_readers())
        assert search(index, "zarzuela").total == 1
    assert len(cache_files(built)) == count
    optimize_index(built)
    assert len(cache_files(built)) == 1  # Whoosh removed the merged segments' caches


def test_a_cache_of_another_version_is_stale(built, monkeypatch):
    path = cache_files(built)[0]
    with open_index(built) as index:
        leaf = index.searcher().reader().leaf_readers()[0][0]
        segment_id, count = leaf.segment().segment_id(), leaf.doc_count_all()
    assert postcache_file.cache_is_sound(path, segment_id, count)
    monkeypatch.setattr(postcache_file, "VERSION", postcache_file.VERSION + 1)
    assert not postcache_file.cache_is_sound(path, segment_id, count)
    assert not postcache_file.cache_is_sound(path, "MAIN_other", count)


def test_rebuilding_an_older_versions_cache_is_not_counted_in_the_search_budget(built, monkeypatch):
    """The first search after an upgrade rebuilds the caches; it must still find, complete."""
    with open_index(built) as index:
        before = search(index, "gobierno")
    monkeypatch.setattr(postcache_file, "VERSION", postcache_file.VERSION + 1)  # every cache stale
    postcache._open.clear()
    slow_arrays = postcache.segment_arrays

    def rebuilt_slowly(leaf):  # as on a 165k-paragraph index: seconds, more than the budget
        time.sleep(0.3)
        return slow_arrays(leaf)

    monkeypatch.setattr(postcache, "segment_arrays", rebuilt_slowly)
    with open_index(built) as index:
        after = search(index, "gobierno", seconds=0.25)
    assert after.complete and after.total == before.total
    assert [h.id for h in after.hits] == [h.id for h in before.hits]


def test_threads_searching_after_an_upgrade_rebuild_each_cache_once(built, monkeypatch, caplog):
    """A server's threads all meet the stale caches at once: one rebuilds, the others wait for it."""
    with open_index(built) as index:
        before = search(index, "gobierno")
        segments = len(index.searcher().reader().leaf_readers())
    monkeypatch.setattr(postcache_file, "VERSION", postcache_file.VERSION + 1)
    postcache._open.clear()
    rebuilt = []
    arrays_of = postcache.segment_arrays

    def counted(leaf):
        rebuilt.append(leaf.segment().segment_id())
        time.sleep(0.2)  # long enough for every thread to ask meanwhile
        return arrays_of(leaf)

    monkeypatch.setattr(postcache, "segment_arrays", counted)
    with open_index(built) as index:
        with ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(lambda _: search(index, "gobierno", seconds=30), range(4)))
    assert len(rebuilt) == len(set(rebuilt)) == segments
    assert all([h.id for h in a.hits] == [h.id for h in before.hits] for a in answers)
    assert "otra versión de Hemeroteca" in caplog.text  # an upgrade, not called damage


def test_writers_check_every_byte_and_rewrite_a_subtly_damaged_cache(built, corpus):
    path = cache_files(built)[0]
    sound = path.read_bytes()
    data = bytearray(sound)
    data[-1] ^= 0xFF  # the last byte: in a sample only if the file is small
    path.write_bytes(bytes(data))
    (corpus / "otra.txt").write_text("Una zarzuela.\n", encoding="utf-8")
    update_index([corpus], built)  # writes the new segment's cache, checks the others
    if path.exists():
        assert path.read_bytes() == sound


def test_the_caches_of_merged_segments_are_let_go(built, corpus):
    """A process that searched them keeps no file open once they are deleted (their room comes back)."""
    (corpus / "nueva.txt").write_text("Una zarzuela.\n", encoding="utf-8")
    update_index([corpus], built)  # a second segment
    postcache._open.clear()
    with open_index(built) as index:
        search(index, "gobierno")
        merged = [cache.file for cache in postcache._open.values()]
        assert len(merged) >= 2
        optimize_index(built)  # one segment now: Whoosh deletes the others and their caches
        assert search(index, "gobierno").total
    assert all(file.deleted() for file in merged)
    assert not [cache for cache in postcache._open.values() if cache.file in merged]


@pytest.mark.parametrize("text, query", [
    ("De la\nEl gobierno anunció medidas.\n", "gobierno"),  # the title is stop words alone
    ("Sí\nNo.\n", "sí"),  # and every paragraph: the segment has no terms in text or title
])
def test_a_segment_with_no_terms_in_a_scored_field_searches(tmp_path, text, query):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "nota.txt").write_text(text, encoding="utf-8")
    build_index([tmp_path / "docs"], tmp_path / "ix")
    with open_index(tmp_path / "ix") as index:
        results = search(index, query)
    assert results.complete and results.total == (query == "gobierno")


def test_zeros_between_the_samples_of_a_large_cache_are_caught_before_use(tmp_path):
    # Every block a search reads is checked on its first read: an index with zeros wherever
    # the sample (which earlier releases check on opening) does not look still answers right.
    folder = tmp_path / "docs"
    folder.mkdir()
    words = ["pandemia", "vacuna", "hospital", "gobierno", "economía", "escuela", "frontera", "salud"]
    for number in range(16):
        (folder / f"{number}.txt").write_text("\n".join(
            f"Párrafo {number}-{line}: la {words[line % 8]} y la {words[(line * number) % 8]} del día {line}."
            for line in range(100)) + "\n")
    build_index([folder], tmp_path / "ix", procs=1)
    with open_index(tmp_path / "ix") as index:
        before = search(index, "pandemia", facets=True, limit=50)
    [path] = cache_files(tmp_path / "ix")
    sound = path.read_bytes()
    lead = len(postcache_file.MAGIC) + 4
    start = len(sound) - json.loads(sound[lead:lead + int.from_bytes(sound[lead - 4:lead], "little")])["body"]
    assert len(sound) - start > 3 * postcache_blocks.STRIDE  # several samples
    damaged = bytearray(sound)
    for at in range(start, len(sound), postcache_blocks.STRIDE):  # all but the samples
        low, high = at + postcache_blocks.SAMPLE, min(at + postcache_blocks.STRIDE, len(sound))
        damaged[low:high] = bytes(high - low)
    path.write_bytes(bytes(damaged))
    postcache._open.clear()  # a new process: nothing open yet
    with open_index(tmp_path / "ix") as index:
        after = search(index, "pandemia", facets=True, limit=50)
    assert (after.total, [h.id for h in after.hits], after.facets) == \
        (before.total, [h.id for h in before.hits], before.facets)
    assert path.read_bytes() == sound  # rebuilt from its segment


def open_at(handle, path):
    """Tell whether a file descriptor is open on `path` (not closed, nor reused by another file)."""
    try:
        return os.readlink(f"/proc/self/fd/{handle}") == str(path)
    except OSError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="reads /proc/self/fd")
@pytest.mark.parametrize("kept", [True, False])
def test_a_cache_no_view_reads_goes_with_its_file_unless_it_is_kept(built, kept):
    """Each searcher's view counts as a reader of its segments' caches (load_cache, release);
    one neither read nor kept goes at once, not at the collector's next pass (its fields
    point back at it), and its file closes with it: a merged segment's room comes back."""
    postcache.forget_all()
    with open_index(built) as index:
        leaf = index.searcher().reader().leaf_readers()[0][0]
        first = postcache.load_cache(live_generation(built), leaf)
        assert postcache.load_cache(live_generation(built), leaf) is first  # two views read it
        path, handle = first.file.path, first.file.handle
        if not kept:
            postcache.forget(first)
        postcache.release(first)
        assert open_at(handle, path) and first.fields  # the other view still reads it
        postcache.release(first)
        assert bool(first.fields) is kept
        del first
        assert open_at(handle, path) is kept
    postcache.forget_all()


def test_a_cache_reloaded_after_damage_is_not_counted_as_read_by_a_view(built):
    """reload's fresh cache only lends its sections to the one reopened (SegmentCache._reopen):
    counted as read, it would never be dropped once un-kept."""
    postcache.forget_all()
    with open_index(built) as index:
        leaf = index.searcher().reader().leaf_readers()[0][0]
        cache = postcache.load_cache(live_generation(built), leaf)
        fresh = cache.reload(postcache_file.DamagedCache(cache.file.path, "dañada a propósito"))
        assert fresh is not cache and fresh.views == 0 and cache.views == 1
        postcache.release(cache)
    postcache.forget_all()
