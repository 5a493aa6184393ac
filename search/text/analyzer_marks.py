"""The marks an index's pickled analyzer carries, and why an index of another analyzer is refused.

Whoosh pickles the schema, and so the analyzer, into the index: its SpanishStemFilter keeps
the ANALYZER_VERSION it was built with, its stop filter the stop list. An index whose marks
differ from this version's would give terms a query never meets: searches refuse it, and
`update` rebuilds it (retrieval/opening.py, storage/update.py).
"""

from whoosh.analysis import StopFilter

from search.text import analysis
from search.text.words import STOP_FORMS


def analyzer_version(analyzer):
    """Return the ANALYZER_VERSION an analyzer (perhaps unpickled from an old index) has.

    Indexes built before the mark existed give 1; an analyzer without a stem filter, 0.
    """
    for item in getattr(analyzer, "items", [analyzer]):
        if isinstance(item, analysis.SpanishStemFilter):
            return getattr(item, "version", 1)
    return 0


def outdated_analysis(schema):
    """Return why an index's schema can't be searched with this analyzer, or None.

    The version mark says how words are stemmed and folded; the stop list pickled with
    the schema is checked too, so that a stop list edited without a new version is caught.
    """
    analyzer = schema["text"].analyzer if "text" in schema else None
    found = analyzer_version(analyzer)
    if found != analysis.ANALYZER_VERSION:
        return (f"se construyó con la versión {found} del analizador de español y esta "
                f"Hemeroteca usa la {analysis.ANALYZER_VERSION}")
    stops = [item.stops for item in analyzer.items if isinstance(item, StopFilter)]
    if stops and stops[0] != STOP_FORMS:
        return "se construyó con otra lista de palabras vacías que la de esta Hemeroteca"
    return None
