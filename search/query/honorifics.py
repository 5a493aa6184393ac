"""Titles before a name, abbreviated or whole: `Dr. Alcocer` finds `doctor Alcocer`, and back.

The written press abbreviates the titles it puts before a name (`el Dr. Alcocer`, `la Sra.
Pérez`, `el Lic. Robledo`) that transcripts spell out (`el doctor Alcocer`): a word typed
in one form also searches the other, as a synonym filter (Elasticsearch's
`synonym_graph` with `dr, doctor`) does, but at query time, so no index is rebuilt. Only
titles whose abbreviation means nothing else; the pairs from the RAE's list of
abbreviations (Diccionario panhispánico de dudas, apéndice 2,
https://www.rae.es/dpd/apendices/apendice2).

>>> other_forms("Dr."), other_forms("doctora"), other_forms("vacuna")
(['doctor'], ['dra'], [])
"""

from search.text.folding import fold

PAIRS = (
    ("dr", "doctor"), ("dra", "doctora"),
    ("sr", "señor"), ("sra", "señora"), ("srta", "señorita"),
    ("lic", "licenciado"), ("lcda", "licenciada"),
    ("ing", "ingeniero"),
    ("mtro", "maestro"), ("mtra", "maestra"),
    ("prof", "profesor"), ("profa", "profesora"),
    ("gral", "general"),
    ("pdte", "presidente"), ("pdta", "presidenta"),
)
FORMS = {fold(short): [whole] for short, whole in PAIRS} | {fold(whole): [short] for short, whole in PAIRS}


def other_forms(word):
    """Return the other written forms of a title (`Dr.`: `doctor`; `doctor`: `dr`), else []."""
    return list(FORMS.get(fold(word.lower().rstrip(".")), []))
