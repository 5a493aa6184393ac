"""The two engines that benchmarks compare: Whoosh out of the box, and Hemeroteca.

Both index the same paragraph records, read by Hemeroteca's document readers.
"""

from whoosh import index as whoosh_index
from whoosh.analysis import LanguageAnalyzer
from whoosh.fields import ID, NUMERIC, TEXT, Schema
from whoosh.qparser import QueryParser
from whoosh.query import Or, Term

from search import build_index, open_index
from search.errors import UnreadableFile
from search.ingest.files import find_files
from search.ingest.formats import read_path
from search.records import Record
from search.retrieval.searching import rank_ids, search


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


class Hemeroteca:
    """This project, as the CLI runs it (keyword searches include snippets)."""

    name = "hemeroteca"

    def build(self, paths, index_dir):
        return build_index(paths, index_dir).paragraphs

    def searcher(self, index_dir):
        return open_index(index_dir)

    def keyword(self, index, text):
        return [hit.id for hit in search(index, text).hits]

    def facets(self, index, text):
        return [hit.id for hit in search(index, text, facets=True).hits]

    def question(self, index, text, limit=10):
        return rank_ids(index, text, limit)


ENGINES = {engine.name: engine for engine in (Baseline(), Hemeroteca())}
