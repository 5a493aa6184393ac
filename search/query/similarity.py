"""How near a word is to a typed one: Lucene's FuzzyQuery weight of an expansion.

Lucene's FuzzyTermsEnum scores each word a fuzzy query expands to by
`1 - edits / min(len(typed), len(word))`, so that `cooperacion` weighs more than words one
or two edits further from `cooperasion`. Edits are Damerau's (optimal string alignment):
a letter inserted, deleted, replaced, or two neighbours swapped, as suggest.py counts them.

>>> edits("cooperasion", "cooperacion"), edits("vacnua", "vacuna")
(1, 1)
>>> round(similarity("cooperasion", "cooperacion"), 3)
0.909
"""


def edits(first, second):
    """Return the optimal-string-alignment distance between two strings."""
    previous, current = None, list(range(len(second) + 1))
    for row, letter in enumerate(first, 1):
        before, previous, current = previous, current, [row] + [0] * len(second)
        for column, other in enumerate(second, 1):
            current[column] = min(previous[column] + 1, current[column - 1] + 1,
                                  previous[column - 1] + (letter != other))
            if (row > 1 and column > 1 and letter == second[column - 2]
                    and first[row - 2] == other):
                current[column] = min(current[column], before[column - 2] + 1)
    return current[-1]


def similarity(typed, word):
    """Return 0 to 1: 1 for the word as typed, less the more edits it is away (Lucene's)."""
    shortest = min(len(typed), len(word))
    return max(0.0, 1.0 - edits(typed, word) / shortest) if shortest else 0.0
