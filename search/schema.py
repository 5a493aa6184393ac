"""The Whoosh schema: one document per paragraph record.

`text` and `title` use the Spanish analyzer; `speakers` matches any part of a name
without accents or case; `speaker` holds the exact names for facets; `date` sorts and ranges.
"""

from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from search.analysis import name_analyzer, spanish_analyzer


def paragraph_schema(merge_plurals=True):
    """Return the schema of the paragraph index."""
    analyzer = spanish_analyzer(merge_plurals)
    return Schema(
        id=ID(stored=True, unique=True),
        doc=ID(stored=True, sortable=True),
        paragraph=NUMERIC(int, stored=True, sortable=True),
        title=TEXT(analyzer=analyzer, stored=True),
        text=TEXT(analyzer=analyzer, stored=True),
        date=DATETIME(stored=True, sortable=True),
        speakers=TEXT(analyzer=name_analyzer(), stored=True),
        speaker=KEYWORD(commas=True, scorable=False, sortable=False),
        path=STORED(),
    )
