"""Reading a segment's posting cache on demand: what a search needs, the same answers, damage mended."""

import logging
import os
import random

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import postcache, postcache_read, postcache_slices
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.postcache_file import DamagedCache
from search.storage.postcache_read import SegmentCache

WORDS = "gobierno salud vacuna hospital médico escuela acuerdo ministra región economía de la el en".split()


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    """An index of transcripts with titles, speakers, dates and stop-word pairs: every field."""
    folder = tmp_path_factory.mktemp("read")
    (folder / "docs").mkdir()
    rng = random.Random(5)
    for day in range(1, 9):
        turns = [f"{rng.choice(('ANA GIL', 'LUIS PÉREZ', 'MARTA RUIZ'))}: "
                 + " ".join(rng.choice(WORDS) + str(rng.randrange(40)) for _ in range(30)) + " de la salud."
                 for _ in range(60)]
        (folder / "docs" / f"2021-03-{day:02d}.txt").write_text(
            f"Conferencia de prensa sobre salud {day}\n\n" + "\n\n".join(turns) + "\n", encoding="utf-8")
    build_index([folder / "docs"], folder / "ix", procs=1)
    return folder / "ix"


@pytest.fixture(autouse=True)
def fresh_caches():
    postcache.forget_all()  # each test opens the files anew
    yield
    postcache.forget_all()


@pytest.fixture
def keyed(monkeypatch):
    """Look terms up by their keys, as in a field of more than ALL_TERMS_KEPT terms (every
    field of this small index would keep all its terms in a dictionary)."""
    monkeypatch.setattr(postcache_read, "ALL_TERMS_KEPT", 0)


def leaves(index):
    return [leaf for leaf, _ in index.searcher().reader().leaf_readers()]


def opened(index_dir, leaf):
    """Return a SegmentCache of a leaf read from its file, nothing read yet."""
    segment_id, docs = leaf.segment().segment_id(), leaf.doc_count_all()
    return postcache.read_cache(postcache.cache_path(live_generation(index_dir), segment_id), segment_id, docs)


def read_sections(cache):
    """Return the names of the sections read whole so far."""
    return {name for name, section in cache._sections.items() if section._whole is not None}


def test_opening_reads_no_section_and_a_lookup_reads_only_its_term(index_dir, keyed):
    with open_index(index_dir) as index:
        leaf = leaves(index)[0]
        cache = opened(index_dir, leaf)
        assert read_sections(cache) == set()
        term = next(iter(leaf.lexicon("text")))
        ordinal = cache.fields["text"].find(term)
        docs, _ = cache.fields["text"].postings(ordinal)
        assert list(docs) == list(leaf.postings("text", term).all_ids())
        assert read_sections(cache) == set()  # its key, term bytes and postings were slices


@pytest.mark.parametrize("all_terms_kept", [0, postcache_read.ALL_TERMS_KEPT], ids=["keys", "dictionary"])
@pytest.mark.parametrize("sliced_lookups", [3, 10**9], ids=["then whole", "all sliced"])
@pytest.mark.parametrize("fieldname", ["text", "title", "exact", "pairs", "speaker", "date", "month"])
def test_every_term_is_found_without_the_whole_table_as_with_it(index_dir, fieldname, sliced_lookups,
                                                                all_terms_kept, monkeypatch):
    monkeypatch.setattr(postcache_read, "SLICED_LOOKUPS", sliced_lookups)
    monkeypatch.setattr(postcache_read, "ALL_TERMS_KEPT", all_terms_kept)
    with open_index(index_dir) as index:
        for leaf in leaves(index):
            terms = list(leaf.lexicon(fieldname))
            sliced, whole = opened(index_dir, leaf).fields[fieldname], opened(index_dir, leaf).fields[fieldname]
            assert [whole.term(n) for n in range(whole.count)] == terms  # reads the whole table
            for ordinal, term in enumerate(terms):
                assert sliced.find(term) == whole.find(term) == ordinal
                assert sliced.frequency(ordinal) == whole.frequency(ordinal) == leaf.doc_frequency(fieldname, term)
                assert [list(a) for a in sliced.postings(ordinal)] == [list(a) for a in whole.postings(ordinal)]
            for absent in (b"", b"\x01", terms[0] + b"\x01", b"\xff" * 12):
                assert sliced.find(absent) == whole.find(absent) == -1


def damage_in_place(path):
    """Zero 64 bytes of a file's body where it is, under the open file."""
    with open(path, "r+b") as handle:
        handle.seek(os.path.getsize(path) // 2)
        handle.write(bytes(64))


@pytest.mark.parametrize("read", [
    lambda cache: cache.fields["speaker"].docs,  # facets
    lambda cache: cache.columns["docno"],  # the records' places
    lambda cache: cache.place(0),  # a hit's place, read as items
    lambda cache: cache.fields["text"].find(b"salud"),  # a term count
    lambda cache: cache.lengths["text"],  # BM25
], ids=["facets", "places", "a place", "term count", "lengths"])
def test_a_read_after_damage_reopens_the_cache_and_answers_right(index_dir, read, caplog):
    with open_index(index_dir) as index:
        leaf = max(leaves(index), key=lambda leaf: leaf.doc_count_all())
        path = postcache.cache_path(live_generation(index_dir), leaf.segment().segment_id())
        sound = path.read_bytes()
        expected = read(opened(index_dir, leaf))
        cache = postcache.load_cache(live_generation(index_dir), leaf)
        damage_in_place(path)
        with caplog.at_level(logging.WARNING):
            found = read(cache)
        assert (found == expected).all() if hasattr(found, "all") else found == expected
    assert path.read_bytes() == sound  # rebuilt from its segment
    assert "se vuelve a abrir" in caplog.text and "se rehízo desde su segmento" in caplog.text


def test_with_no_segment_left_to_rebuild_from_the_damage_is_raised(index_dir):
    with open_index(index_dir) as index:
        leaf = leaves(index)[0]
        path = postcache.cache_path(live_generation(index_dir), leaf.segment().segment_id())
        sound = path.read_bytes()
        cache = opened(index_dir, leaf)  # no reload: as a cache whose segment reader is gone
        try:
            damage_in_place(path)
            with pytest.raises(DamagedCache, match="cambió mientras estaba abierta"):
                cache.columns["docno"]
        finally:
            path.write_bytes(sound)


@pytest.mark.parametrize("fieldname", ["text", "exact", "pairs"])
def test_keys_found_by_bisection_over_the_file_find_every_term(index_dir, fieldname, keyed, monkeypatch):
    """One key a probe down to a window of one, two or three keys: every term, and terms
    absent before, between and after them, as the whole table finds them."""
    for window in (1, 2, 3):
        monkeypatch.setattr(postcache_slices, "WINDOW", window)
        monkeypatch.setattr(postcache_read, "SLICED_LOOKUPS", 10**9)
        with open_index(index_dir) as index:
            for leaf in leaves(index):
                terms = list(leaf.lexicon(fieldname))
                field = opened(index_dir, leaf).fields[fieldname]
                absent = [b"", b"\x01", b"\xff" * 12] + [term + b"\x01" for term in terms[::7]]
                assert [field.find(term) for term in terms] == list(range(len(terms)))
                assert all(field.find(term) == -1 for term in absent if term not in terms)
                assert read_sections(field.segment) == set()


@pytest.mark.parametrize("sliced_lookups", [0, 3, 10**9], ids=["whole", "then whole", "all as items"])
def test_a_documents_place_is_its_columns_items(index_dir, sliced_lookups, monkeypatch):
    monkeypatch.setattr(postcache_read, "SLICED_LOOKUPS", sliced_lookups)
    with open_index(index_dir) as index:
        for leaf in leaves(index):
            cache = opened(index_dir, leaf)
            docnos, paragraphs = (list(leaf.column_reader(name)) for name in ("docno", "paragraph"))
            places = [cache.place(document) for document in range(leaf.doc_count_all())]
            assert places == list(zip(docnos, paragraphs))
            assert all(type(number) is int for place in places for number in place)
            assert read_sections(cache) == (set() if sliced_lookups > len(places) else {"docno", "paragraph"})


def test_a_large_field_reads_its_term_table_whole_after_some_lookups(index_dir, keyed):
    with open_index(index_dir) as index:
        leaf = leaves(index)[0]
        field = opened(index_dir, leaf).fields["text"]
        terms = list(leaf.lexicon("text"))
        assert len(terms) > postcache_read.SLICED_LOOKUPS
        for term in terms[:postcache_read.SLICED_LOOKUPS]:
            field.find(term)
        assert not read_sections(field.segment) & {"text.blob", "text.keys"}
        assert field.find(terms[-1]) == len(terms) - 1
        assert {"text.blob", "text.ends", "text.keys"} <= read_sections(field.segment)


def test_a_small_field_keeps_all_its_terms_after_its_first_lookup(index_dir, monkeypatch):
    """A field of at most ALL_TERMS_KEPT terms (titles) reads its term table once, on its first
    lookup; every later lookup, found or not, reads nothing."""
    with open_index(index_dir) as index:
        leaf = leaves(index)[0]
        cache = opened(index_dir, leaf)
        field = cache.fields["title"]
        terms = list(leaf.lexicon("title"))
        assert 0 < len(terms) <= postcache_read.ALL_TERMS_KEPT
        assert field.find(b"ausente") == -1
        assert read_sections(cache) == {"title.blob", "title.ends"}

        def no_read(*args):
            raise AssertionError("a read after the first lookup")

        monkeypatch.setattr(cache, "read", no_read)
        monkeypatch.setattr(cache, "whole", no_read)
        monkeypatch.setattr(field, "_term_list", no_read)  # nor the term table, once kept
        assert [field.find(term) for term in terms] == list(range(len(terms)))
        missing = [term + b"s" for term in terms if term + b"s" not in terms]
        assert missing and all(field.find(term) == -1 for term in missing)


def test_a_small_fields_term_is_found_while_another_thread_makes_its_dictionary(index_dir):
    """Two searches of a server meet a small field at once: the one that missed in the empty
    lookups and then sees the dictionary made by the other must look there, not answer -1
    (a title's word lost from that search's results)."""
    with open_index(index_dir) as index:
        leaf = leaves(index)[0]
        field = opened(index_dir, leaf).fields["title"]
        terms = list(leaf.lexicon("title"))
        wanted, other = terms[0], terms[-1]

        class Racing(dict):  # the lookups as this thread read them, empty; then the other thread's
            raced = False

            def get(self, term, default=None):
                found = super().get(term, default)
                if not Racing.raced:
                    Racing.raced = True
                    field.find(other)  # the other thread makes the dictionary meanwhile
                return found

        field._found = Racing()
        assert field.find(wanted) == 0


def test_a_search_reads_a_fraction_of_the_small_sections(index_dir):
    with open_index(index_dir) as index:
        search(index, "gobierno")
        caches = [postcache.load_cache(live_generation(index_dir), leaf) for leaf in leaves(index)]
    for cache in caches:
        assert isinstance(cache, SegmentCache)
        read = read_sections(cache)
        assert not any(name.startswith(("speaker.", "year.", "month.")) for name in read)
        # of the pairs field only its term directory: a plain word's one look at its compounds (`+gobierno`)
        assert {name for name in read if name.startswith("pairs.")} <= {"pairs.blob", "pairs.ends"}
        # a page of hits reads its places as items: not the docno and paragraph columns
        assert not read & {"docno", "paragraph", "text.keys", "exact.keys"}
