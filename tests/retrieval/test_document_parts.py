"""Tests for search.retrieval.document_parts: a document cut into parts bounded in paragraphs
and in characters, the same parts whichever paragraph is asked for."""

import json

import pytest

from search.retrieval.document_parts import document_part
from search.retrieval.reader import open_index
from search.storage.build import build_index

# Paragraph lengths in characters, made to meet every case of a 100-character bound: short
# runs that share a part, one paragraph longer than the bound alone, one exactly at it.
LENGTHS = [30, 30, 30, 30, 250, 10, 100, 40, 60, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 90, 20, 20]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("feed")
    words = "despacho sobre el puerto de Valparaíso y sus grúas "

    def text(n, length):
        body = (f"p{n} " + words * (length // len(words) + 1))[:length]
        return body[:-1] + "." if body.endswith(" ") else body

    (folder / "cable.jsonl").write_text("".join(
        json.dumps({"id": f"c{n}", "text": text(n, length)}) + "\n" for n, length in enumerate(LENGTHS, 1)))
    index_dir = tmp_path_factory.mktemp("ix")
    build_index([folder], index_dir)
    index = open_index(index_dir)
    yield index
    index.close()


def parts(index, **bounds):
    """Return the parts met walking the document from its start by each part's `after`."""
    found, wanted = [], 1
    while wanted is not None:
        found.append(document_part(index, "cable.jsonl", wanted, **bounds))
        wanted = found[-1].after
    return found


@pytest.mark.parametrize("paragraphs, chars", [(5, 100), (8, 100), (200, 100), (3, 10_000), (200, 1)])
def test_the_parts_cover_the_document_once_each_within_its_bounds(index, paragraphs, chars):
    walked = parts(index, paragraphs=paragraphs, chars=chars)
    numbers = [record.paragraph for part in walked for record in part.records]
    assert numbers == list(range(1, len(LENGTHS) + 1))
    for part in walked:
        assert [record.paragraph for record in part.records] == list(range(part.first, part.last + 1))
        assert part.total == len(LENGTHS) and len(part.records) <= paragraphs
        size = sum(len(record.text) for record in part.records)
        assert size <= chars or len(part.records) == 1  # a longer paragraph stands alone
        assert (part.first - 1) // paragraphs == (part.last - 1) // paragraphs  # within one block


@pytest.mark.parametrize("paragraphs, chars", [(5, 100), (200, 100), (200, 1)])
def test_each_paragraph_asked_for_gives_the_part_that_holds_it_and_before_leads_back(index, paragraphs, chars):
    walked = parts(index, paragraphs=paragraphs, chars=chars)
    for number, _ in enumerate(LENGTHS, 1):
        part = document_part(index, "cable.jsonl", number, paragraphs=paragraphs, chars=chars)
        assert part in walked and part.first <= number <= part.last
        if part.before is not None:
            assert walked[walked.index(part) - 1] == document_part(
                index, "cable.jsonl", part.before, paragraphs=paragraphs, chars=chars)


def test_a_part_of_a_short_document_is_the_whole_of_it(index):
    part = document_part(index, "cable.jsonl")
    assert (part.first, part.last, part.before, part.after) == (1, len(LENGTHS), None, None)


def walk(index, **bounds):
    """Return the parts met walking the document by each part's after_args (pieces too)."""
    found, args = [], {"parrafo": 1}
    while args is not None:
        found.append(document_part(index, "cable.jsonl", args["parrafo"], piece=args.get("trozo", 1), **bounds))
        args = found[-1].after_args
    return found


@pytest.mark.parametrize("paragraphs, chars", [(5, 100), (200, 100), (200, 7), (3, 10_000)])
def test_a_paragraph_longer_than_the_bound_is_shown_a_bounded_piece_at_a_time(index, paragraphs, chars):
    """fix17: one paragraph of up to a megabyte was one part of the /doc page."""
    walked = walk(index, paragraphs=paragraphs, chars=chars)
    whole = {record.paragraph: record.text for number in range(1, len(LENGTHS) + 1)
             for record in document_part(index, "cable.jsonl", number, paragraphs=paragraphs, chars=10**9).records}
    texts = {}
    for part in walked:
        assert sum(len(record.text) for record in part.records) <= chars
        assert (part.piece == 0) == (part.pieces == 0) and part.piece <= part.pieces
        for record in part.records:
            texts[record.paragraph] = texts.get(record.paragraph, "") + record.text
    assert texts == whole  # all, once, in order
    for previous, part in zip(walked, walked[1:]):  # and back, piece by piece
        args = part.before_args
        back = document_part(index, "cable.jsonl", args["parrafo"], piece=args.get("trozo", 1),
                             paragraphs=paragraphs, chars=chars)
        assert back == previous or previous.piece > 1 and back.first == previous.first and back.piece == 1
