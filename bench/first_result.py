"""A fresh process to its first page of results, as a person starts a search.

    python -m bench.first_result whoosh|tantivy INDEX_DIR QUERY

Opens an index built by bench/speed.py, runs one search and prints its ten results (id
and the start of the text). Hemeroteca's counterpart is the real command,
`hemeroteca search QUERY --index INDEX_DIR`, which also makes snippets.
"""

import sys
from pathlib import Path


def whoosh(index_dir, text):
    from whoosh import index
    from whoosh.qparser import QueryParser

    with index.open_dir(str(index_dir)).searcher() as searcher:
        query = QueryParser("text", searcher.schema).parse(text)
        for hit in searcher.search(query, limit=10):
            print(hit["id"], hit["text"][:200])


def tantivy(index_dir, text):
    from bench.engines import ENGINES

    engine = ENGINES["tantivy"]
    opened = engine.searcher(Path(index_dir))
    for record_id in engine.keyword(opened, text):
        print(record_id)


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in ("whoosh", "tantivy"):
        sys.exit(__doc__)
    {"whoosh": whoosh, "tantivy": tantivy}[sys.argv[1]](sys.argv[2], sys.argv[3])
