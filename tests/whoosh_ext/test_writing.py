"""The writer's private steps: abandoning a writer, counting segments; the block posting pool."""

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from search.storage.schema import paragraph_schema
from search.whoosh_ext import term_pool
from search.whoosh_ext.writing import BlockPostingPool, LengthCachingWriter, abandon, segment_count


def test_an_abandoned_writer_releases_the_lock_and_writes_nothing(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), paragraph_schema())
    writer = ix.writer()
    writer.add_document(text="Texto que nunca se escribe.", doc="a", docno=1, paragraph=1)
    abandon(writer)
    assert ix.doc_count_all() == 0
    ix.writer().cancel()  # the lock is free: a new writer opens at once


def test_segment_count_follows_commits_and_merges(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), paragraph_schema())
    for number in (1, 2):
        writer = ix.writer()
        writer.add_document(text=f"Párrafo {number}.", doc=str(number), docno=number, paragraph=1)
        writer.commit(merge=False)
    assert segment_count(ix) == 2
    ix.writer().commit(optimize=True)
    assert segment_count(ix) == 1


def _postings(ix):
    """Return every (field, term, [(docnum, weight, value)]) of an index, and its lengths."""
    found = []
    with ix.reader() as reader:
        for fieldname, term in reader.all_terms():
            matcher = reader.postings(fieldname, term)
            items = []
            while matcher.is_active():
                items.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            found.append((fieldname, term, items))
        lengths = [reader.doc_field_length(number, "text") for number in range(reader.doc_count_all())]
    return found, lengths


PARAGRAPHS = [f"El gobierno {number} de México informó {number % 7} veces sobre la vacuna número "
              f"{number * 13 % 101}; la cooperación sigue {'y sigue ' * (number % 3)}en {number % 11} estados."
              for number in range(300)]


def test_the_block_pool_sorts_many_runs_as_whoosh_does(tmp_path):
    """Items added past the limit are sorted in runs and merged; a leftover queue, an
    iterator written as a run (reduce_to) and a last block shorter than RUN_BLOCK too."""
    pool = BlockPostingPool(FileStorage(str(tmp_path)), None, limitmb=1)
    pool.limit = 40_000  # a run every ~250 items
    items = [("text" if number % 3 else "exact", f"t{number * 7919 % 1000}".encode(), number % 97,
              float(number % 5), b"" if number % 4 else None) for number in range(5_000)]
    for item in items:
        pool.add(item)
    assert len(pool.runs) > 10
    assert list(pool.items(maxfiles=3)) == sorted(items)


def test_a_segment_written_through_the_block_pool_is_whoosh_s(tmp_path, monkeypatch):
    """Same terms, postings, weights and lengths as Whoosh's own pool, runs and all."""
    monkeypatch.setattr(term_pool, "RUN_BLOCK", 7)
    written = []
    for name, writer_class in (("whoosh", SegmentWriter), ("blocks", LengthCachingWriter)):
        (tmp_path / name).mkdir()
        ix = whoosh_index.create_in(str(tmp_path / name), paragraph_schema())
        writer = writer_class(ix)
        writer.pool.limit = 20_000  # several sorting runs
        for number, text in enumerate(PARAGRAPHS):
            writer.add_document(text=text, exact=text, pairs=text, doc=str(number), docno=number, paragraph=1)
        writer.commit()
        written.append(_postings(ix))
    assert written[0] == written[1] and written[0][0]


def test_an_unscored_field_with_compounds_keeps_no_length(tmp_path):
    """made_title shares the Spanish analyzer but keeps no lengths: its compounds' joined
    words were taken from its length of 0 (a total of -2, and a lengths column written)."""
    ix = FileStorage(str(tmp_path)).create_index(paragraph_schema())
    writer = LengthCachingWriter(ix)
    fields = {"text": "La campaña anti-COVID sigue.", "made_title": "Campaña anti-COVID y COVID-19"}
    writer.add_document(**{name: value for name, value in fields.items() if name in ix.schema.names()})
    writer.commit()
    with ix.reader() as reader:
        assert not ix.schema["made_title"].scorable
        assert reader.field_length("made_title") == 0
        assert reader.field_length("text") == reader.doc_field_length(0, "text") == 4
