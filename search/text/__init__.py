"""Spanish text: the analyzer (tokens, stop words, stems, folding), folding, and dates.

The bottom of the pipeline: what every other stage uses to read Spanish the same way.
May import: search.errors, search.settings. Nothing else of Hemeroteca.
"""
