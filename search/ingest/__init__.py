"""Files -> documents -> paragraph records: finding and decoding files, one reader per
format (.txt, .md, .jsonl), Markdown, the records with their speakers and dates, and the
manifest of indexed files that updates compare with.

May import: search.text, search.speakers, search.records, search.errors, search.settings.
"""
