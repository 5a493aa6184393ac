"""The query language: the parser (text -> clauses), the builder (clauses -> Whoosh
queries through the schema's analyzers), dates, speakers, phrases and typo suggestions.

May import: search.text, search.whoosh_ext, search.errors, search.settings. It never
reads the index's files itself: the searcher and record store are passed in.
"""
