"""A paragraph far longer than any a reader uses loses weight (trial35, 8).

Four pieces of a one-line file of a million characters of keywords topped `inflación`,
`presupuest*` and `homicid*`: BM25 scores a text of one density alike whatever its length.
Past LONG_PARAGRAPH_TOKENS the length BM25 scores with grows faster (whoosh_ext/scoring.py);
below it, nothing changes, and every scoring path agrees.
"""

import json
import random

import pytest
from whoosh.scoring import bm25
from whoosh.util.numeric import byte_to_length

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.whoosh_ext.scoring import (
    LONG_PARAGRAPH_TOKENS,
    BoundedBM25FScorer,
    LuceneBM25F,
    length_norms,
)
from tests.retrieval.test_columnar import both, same_ranking

KEYWORDS = "inflación empleo gobierno presupuesto economía ministro homicidios policía seguridad reforma crimen".split()
CHOICE = random.Random(35).choice
# ten times the bound, some 450,000 characters (the trial's pieces: twenty), one word in 11 each
STUFFED = " ".join(CHOICE(KEYWORDS) for _ in range(10 * LONG_PARAGRAPH_TOKENS))
LONG_REPORT = " ".join(["El informe anual repasa la balanza comercial del país con detalle."] * 300
                       + ["La inflación de marzo bajó."])  # 3,000 tokens or so: under the bound
RECORDS = [
    {"id": "relleno", "doc": "raros", "text": STUFFED},
    {"id": "titular", "doc": "prensa", "text": "La inflación de abril fue la peor del año, dijo el ministro."},
    {"id": "policia", "doc": "sucesos", "text": "La policía detuvo a dos sospechosos de homicidios en Rosario."},
    {"id": "informe", "doc": "informe", "text": LONG_REPORT},
] + [  # an archive's ordinary paragraphs, so that the average length is a paragraph's
    {"id": f"nota-{n}", "doc": "notas", "text": f"La nota {n} habla del clima, del tráfico y del puerto de la ciudad."}
    for n in range(400)
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long-paragraphs")
    (folder / "notas.jsonl").write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in RECORDS),
                                        encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("long-paragraphs-index")
    build_index([folder], index_dir)
    with open_index(index_dir) as opened:
        yield opened


@pytest.mark.parametrize("query, ids", [
    ("inflación", ["titular", "relleno", "informe"]),  # the report says it once in 3,000 words
    ("homicid*", ["policia", "relleno"]),
    ("policía homicidios", ["policia", "relleno"]),
    ("ministro", ["titular", "relleno"]),
    ("crimen", ["relleno"]),  # still found
])
def test_a_stuffed_paragraph_comes_after_real_ones(index, query, ids):
    assert [hit.id for hit in search(index, query).hits] == ids


@pytest.mark.parametrize("query", ["inflación", "homicid*", "policía homicidios", '"inflación de abril"'])
def test_the_posting_cache_and_whoosh_agree_on_long_paragraphs(index, monkeypatch, query):
    ours, theirs = both(index, monkeypatch, text=query, facets=True)
    assert (ours.total, ours.facets) == (theirs.total, theirs.facets)
    same_ranking([(hit.id, hit.score) for hit in ours.hits], [(hit.id, hit.score) for hit in theirs.hits])


def test_every_length_scores_alike_by_table_and_by_whoosh():
    """The table the posting cache and the in-memory scorer read, and Whoosh's formula that
    BoundedBM25FScorer runs when lengths are not in memory, give the same floats."""
    model = LuceneBM25F()
    unloaded = object.__new__(BoundedBM25FScorer)  # as LuceneBM25F.scorer makes one, its state set
    unloaded.idf, unloaded.B, unloaded.K1 = 1.7, model.B, model.K1
    for average in (12.0, 430.5):
        unloaded.avgfl = average
        norms = length_norms(model.B, model.K1, average)
        for byte in range(1, 256):
            length = byte_to_length(byte)
            for weight in (1.0, 3.0, 700.0):
                table = 1.7 * ((weight * (model.K1 + 1)) / (weight + norms[byte]))
                assert table == unloaded._score(weight, length)
                if length <= LONG_PARAGRAPH_TOKENS:  # BM25's own, below the bound
                    assert table == bm25(1.7, weight, length, average, model.B, model.K1)

