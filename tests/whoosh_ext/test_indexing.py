"""A document's postings counted in one pass, and written a term at a time: the segment is Whoosh's own, byte
for byte."""

import datetime
import hashlib
from dataclasses import dataclass, field

import pytest
from whoosh import index as whoosh_index
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from search.storage.adding import whoosh_fields
from search.storage.schema import paragraph_schema
from search.text.analysis import spanish_analyzer
from search.whoosh_ext.indexing import counted_terms, field_counts
from search.whoosh_ext.term_pool import TermPool
from search.whoosh_ext.writing import LengthCachingWriter


class WhooshAdding(LengthCachingWriter):
    """The same writer, each document added by Whoosh's own SegmentWriter.add_document and
    the postings written by its own _flush_segment (FieldWriter.add_postings)."""

    add_document = SegmentWriter.add_document
    _flush_segment = SegmentWriter._flush_segment


@dataclass
class Record:
    """What whoosh_fields reads of a paragraph record."""

    text: str
    title: str = ""
    title_searched: bool = True
    speakers: list = field(default_factory=list)
    date: datetime.date | None = None
    paragraph: int = 1
    doc: str = "d"
    turn: bool | None = None  # a transcript turn as its document reads it; None: read the paragraph alone


# Every kind of value a record gives its fields: compounds (overlaps), stop words only, an empty
# title, a made title, speakers, dates, a word 300 times (a frequency past one packed byte), a
# turn label, text that is not NFC, acronyms, numbers.
RECORDS = [
    Record("La vacuna anti-COVID llegó a México; la campaña anti-COVID sigue.", "Vacunas en México"),
    Record("de la y el que en", ""),
    Record("Conferencia de prensa sobre el Metro.", "Conferencia de prensa, 2020-06-15", title_searched=False),
    Record("HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO: Buenas noches. El uso del cubrebocas es importante.",
           "Versión estenográfica", speakers=["Hugo López-Gatell Ramírez"], paragraph=3),
    Record("Año Nuevo y nueve años: ¿comió O'Donnell en EE. UU. con 1.500 personas?", "Año Nuevo",
           speakers=["Ana Pérez", "O'Brien, Patrick"]),
    Record(" ".join(["salud"] * 300) + " gobierno", "Salud", paragraph=7),
    Record("Cooperacio\u0301n chino-rusa y cooperación e-mail", "Cooperacio\u0301n"),
    Record("Texto sin título ni fecha.", ""),
]


def _segment(directory, writer_class, records):
    """Write records through writer_class into a new index; return its segment's sub-files and TOC lengths."""
    directory.mkdir()
    ix = whoosh_index.create_in(str(directory), paragraph_schema())
    writer = writer_class(ix)
    writer.pool.limit = 30_000  # a few sorting runs
    names = set(ix.schema.names())
    for docno, record in enumerate(records, 1):
        dated = Record(**{**record.__dict__, "date": datetime.date(2020, 6, docno % 28 + 1) if docno % 3 else None})
        writer.add_document(**whoosh_fields(dated, docno, names))
    writer.commit()
    (segment,) = ix._segments()
    files = segment_digests(ix, segment)
    ix.close()
    return files, dict(segment._fieldlengths), segment.doc_count_all()


def segment_digests(ix, segment):
    """Return {sub-file name, its segment id as SEGMENT: the SHA-256 of its bytes} of a segment of ix."""
    storage = CompoundStorage(ix.storage.open_file(segment.make_filename(".seg")), use_mmap=False)
    try:
        return {name.replace(segment.segment_id(), "SEGMENT"): hashlib.sha256(storage.open_file(name).read())
                .hexdigest() for name in storage.list()}
    finally:
        storage.close()


@pytest.mark.parametrize("rows", [RECORDS, RECORDS * 40, [RECORDS[1]], [RECORDS[5]] * 3],
                         ids=["each-kind", "many-runs", "stop-words-only", "frequent-word"])
def test_counted_postings_write_whoosh_s_segment_byte_for_byte(tmp_path, rows):
    whoosh = _segment(tmp_path / "whoosh", WhooshAdding, rows)
    counted = _segment(tmp_path / "counted", LengthCachingWriter, rows)
    assert counted == whoosh
    assert {".pst", ".trm", ".pair_bits.col"} <= {name.split("SEGMENT")[-1] for name in whoosh[0]}


@pytest.mark.parametrize(("fieldname", "counted"), [
    ("text", True), ("exact", True), ("title", True), ("made_title", True), ("pairs", True),
    ("doc", False), ("docno", False), ("speaker", False), ("date", False), ("pair_bits", False),
])
def test_which_fields_are_counted(fieldname, counted):
    assert (counted_terms(paragraph_schema()[fieldname]) is not None) is counted


@pytest.mark.parametrize(("fieldname", "value", "postings", "length"), [
    ("text", "salud y salud, gobierno", [(b"salud", 2.0, b"\x00\x00\x00\x02"), (b"gobiern", 1.0, b"\x00\x00\x00\x01")],
     3),
    ("text", "de la y", [], 0),
    ("text", "anti-COVID", [(b"anti", 1.0, b"\x00\x00\x00\x01"), (b"covid", 1.0, b"\x00\x00\x00\x01"),
                            (b"anticovid", 1.0, b"\x00\x00\x00\x01")], 3),  # overlaps are discounted later
    ("made_title", "Conferencia conferencia", [(b"conferent", 2.0, b"\x00\x00\x00\x02")], 0),  # unscored
    ("pairs", "de la", [(b"\xc2\xb7de", 1.0, b""), (b"\xc2\xb7de \xc2\xb7la", 1.0, b""), (b"\xc2\xb7la", 1.0, b"")], 0),
])
def test_field_counts_rows(tmp_path, fieldname, value, postings, length):
    """The counts a field gives, pooled, are Whoosh's postings of it."""
    schema = paragraph_schema()
    counts, counted = field_counts(schema[fieldname], counted_terms(schema[fieldname])(value))
    pool = TermPool(FileStorage(str(tmp_path)), schema)
    pool.add_counts(fieldname, counts, 9)
    expected = sorted((fieldname, term, 9, weight, packed) for term, weight, packed in postings)
    assert list(pool.iter_postings()) == expected
    assert counted == length


def test_a_frequency_past_one_byte_is_packed_as_whoosh_packs_it(tmp_path):
    schema = paragraph_schema()
    counts, length = field_counts(schema["text"], ["salud"] * 300)
    pool = TermPool(FileStorage(str(tmp_path)), schema)
    pool.add_counts("text", counts, 1)
    assert list(pool.iter_postings()) == [("text", b"salud", 1, 300.0, (300).to_bytes(4, "big"))] and length == 300


def test_the_analyzer_counts_terms_as_its_tokens_give_them():
    analyzer = spanish_analyzer()
    text = "La campaña anti-COVID de O'Donnell en EE.UU. sigue"
    assert analyzer.indexed_terms(text) == [token.text for token in analyzer(text, mode="index", boosts=True)]
    assert analyzer.overlaps == 2
