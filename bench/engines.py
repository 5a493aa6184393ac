"""The engines that benchmarks compare: Whoosh out of the box, tantivy, and Hemeroteca.

All index the same paragraph records, read by Hemeroteca's document readers. tantivy
(tantivy-py, the `bench` extra: `pip install -e '.[bench]'`) is the anchor among fast
engines: its own Spanish analyzer (lower case, Snowball stop words and stems, folding),
the title at half the weight of the text as in Hemeroteca, stored text and snippets.
"""

import os
import re

from whoosh import index as whoosh_index
from whoosh.analysis import LanguageAnalyzer
from whoosh.fields import ID, NUMERIC, TEXT, Schema
from whoosh.qparser import QueryParser
from whoosh.query import Or, Term

from search import build_index, open_index
from search.errors import UnreadableFile
from search.ingest.files import find_files
from search.ingest.formats import read_path
from search.query.parser import parse
from search.records import Record
from search.retrieval.running import run_query
from search.retrieval.searching import attempts, rank_ids, search

EVERY_COPY = "BENCH_EVERY_COPY"  # "1": search every copy of a document (bench/speed.py --times N)


def corpus_records(paths):
    """Yield every paragraph under paths as a Record, without speakers or dates."""
    for file, root in find_files(paths):
        try:
            documents = read_path(file, root, warn=lambda message: None)
        except UnreadableFile:
            continue
        for document in documents:
            for number, text in enumerate(document.paragraphs, 1):
                record_id = document.ids[number - 1] if document.ids else f"{document.doc}#{number}"
                title = document.titles[number - 1] if document.titles else document.title
                yield Record(record_id, document.doc, number, title, text)


class Baseline:
    """Whoosh out of the box: LanguageAnalyzer("es"), default writer, searcher and parser."""

    name = "whoosh"

    def build(self, paths, index_dir):
        analyzer = LanguageAnalyzer("es")
        schema = Schema(id=ID(stored=True, unique=True), doc=ID(stored=True),
                        paragraph=NUMERIC(stored=True), title=TEXT(analyzer=analyzer, stored=True),
                        text=TEXT(analyzer=analyzer, stored=True))
        index_dir.mkdir(parents=True, exist_ok=True)
        ix = whoosh_index.create_in(str(index_dir), schema)
        with ix.writer() as writer:
            count = 0
            for record in corpus_records(paths):
                writer.add_document(id=record.id, doc=record.doc, paragraph=record.paragraph,
                                    title=record.title, text=record.text)
                count += 1
        return count

    def searcher(self, index_dir):
        return whoosh_index.open_dir(str(index_dir)).searcher()

    def keyword(self, searcher, text):
        query = QueryParser("text", searcher.schema).parse(text)
        return [hit["id"] for hit in searcher.search(query, limit=10)]

    def question(self, searcher, text, limit=10):
        words = {token.text for token in searcher.schema["text"].analyzer(text)}
        query = Or([Term("text", word) for word in sorted(words)])
        return [hit["id"] for hit in searcher.search(query, limit=limit)]


class Tantivy:
    """tantivy through tantivy-py: keyword searches fetch the stored text and make snippets."""

    name = "tantivy"
    WORD = re.compile(r"\w+")

    def __init__(self):
        self._schema = None

    def _module(self):
        try:
            import tantivy
        except ImportError:
            raise SystemExit("bench: tantivy is missing; install the bench extra: "
                             "pip install -e '.[bench]'") from None
        return tantivy

    def check_installed(self):
        """Exit with a message saying how to install tantivy when it is missing."""
        self._module()

    def _index(self, index_dir, create):
        tantivy = self._module()
        if create:
            builder = tantivy.SchemaBuilder()
            builder.add_text_field("id", stored=True, tokenizer_name="raw")
            for name in ("title", "text"):
                builder.add_text_field(name, stored=True, tokenizer_name="es")
            index = tantivy.Index(builder.build(), path=str(index_dir))
        else:
            index = tantivy.Index.open(str(index_dir))
        analyzer = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
                    .filter(tantivy.Filter.remove_long(40)).filter(tantivy.Filter.lowercase())
                    .filter(tantivy.Filter.stopword("spanish"))
                    .filter(tantivy.Filter.stemmer("spanish"))
                    .filter(tantivy.Filter.ascii_fold()).build())
        index.register_tokenizer("es", analyzer)
        return index

    def build(self, paths, index_dir):
        index_dir.mkdir(parents=True, exist_ok=True)
        index = self._index(index_dir, create=True)
        writer = index.writer(heap_size=256_000_000)
        count = 0
        for record in corpus_records(paths):
            writer.add_document(self._module().Document(id=record.id, title=record.title,
                                                        text=record.text))
            count += 1
        writer.commit()
        writer.wait_merging_threads()
        return count

    def searcher(self, index_dir):
        index = self._index(index_dir, create=False)
        index.reload()
        return index, index.searcher()

    def _query(self, index, text, conjunction):
        words = " ".join(self.WORD.findall(text)) or "_"
        return index.parse_query(words, ["text", "title"], field_boosts={"title": 0.5},
                                 conjunction_by_default=conjunction)

    def keyword(self, opened, text):
        index, searcher = opened
        query = self._query(index, text, conjunction=True)
        found = searcher.search(query, 10)
        snippets = self._module().SnippetGenerator.create(searcher, query, index.schema, "text")
        ids = []
        for _, address in found.hits:
            document = searcher.doc(address)
            snippets.snippet_from_doc(document).to_html()
            ids.append(document["id"][0])
        return ids

    def rank(self, opened, text):
        index, searcher = opened
        return [address for _, address in
                searcher.search(self._query(index, text, conjunction=True), 10).hits]

    def question(self, opened, text, limit=10):
        index, searcher = opened
        found = searcher.search(self._query(index, text, conjunction=False), limit, count=False)
        return [searcher.doc(address)["id"][0] for _, address in found.hits]


class Hemeroteca:
    """This project, as the CLI runs it (keyword searches include snippets)."""

    name = "hemeroteca"
    # bench/speed.py's `--times N` indexes N copies of the corpus to see how latency grows with
    # it: each copy is searched, as the other engines search theirs, not shown once (copies.py).
    every_copy = os.environ.get(EVERY_COPY) == "1"

    def build(self, paths, index_dir):
        return build_index(paths, index_dir).paragraphs

    def searcher(self, index_dir):
        return open_index(index_dir)

    def keyword(self, index, text):
        return [hit.id for hit in search(index, text, every_copy=self.every_copy).hits]

    def facets(self, index, text):
        return [hit.id for hit in search(index, text, facets=True, every_copy=self.every_copy).hits]

    def rank(self, index, text):
        """Rank alone, as search() does it, without records and snippets: the top 10 docnums."""
        searcher = index.searcher()
        for _, built in attempts(parse(text), searcher, index):
            if built.query is None:
                break
            total, hits, _ = run_query(searcher, built.query, 10, "relevance")
            if total:
                return [docnum for docnum, _ in hits]
        return []

    def question(self, index, text, limit=10):
        return rank_ids(index, text, limit)


ENGINES = {engine.name: engine for engine in (Baseline(), Tantivy(), Hemeroteca())}
