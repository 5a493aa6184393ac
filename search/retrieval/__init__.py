"""Reading the index: opening it, searching, ranking, facets, snippets, results,
browsing documents and similar paragraphs, and relevance evaluation.

May import: search.query, the read side of search.storage (generations, schema, store),
search.text, search.whoosh_ext, search.records, search.errors, search.settings; never
the build path (search.ingest, search.speakers, storage's writers).
"""
