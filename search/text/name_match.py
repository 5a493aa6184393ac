"""How the words of two speaker keys match, and the counts that the archive's rules share (search.text.names,
search.text.short_forms): in order, within a few edits, one letter off.

>>> ordered_in(["hugo", "lopez", "gatell", "ramirez"], ["lopez", "gatell"])
True
>>> fuzzy_in(["claudia", "sheinbaum", "pardo"], ["claudia", "sheinbaun"])
True
"""

TYPO_RATIO = 3  # a typo has at most a third of the paragraphs of the name it mistypes
FREQUENT = 10  # paragraphs: a name this frequent or more can be mistyped


def ordered_in(longer: list[str], shorter: list[str]) -> bool:
    """Tell whether shorter is an ordered subsequence of longer."""
    position = 0
    for token in longer:
        if position < len(shorter) and token == shorter[position]:
            position += 1
    return position == len(shorter)


def within_edits(a: str, b: str, limit: int) -> bool:
    """Tell whether a and b are at most limit insertions, deletions or substitutions apart."""
    if abs(len(a) - len(b)) > limit:
        return False
    if a == b:
        return True
    # Ukkonen's band: only cells within limit of the diagonal can stay within limit
    over = limit + 1
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i, char in enumerate(a, 1):
        low, high = max(1, i - limit), min(len(b), i + limit)
        current = [over] * (len(b) + 1)
        current[0] = i if i <= limit else over
        for j in range(low, high + 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != b[j - 1]), over)
        if min(current[low - 1:high + 1]) > limit:
            return False
        previous = current
    return previous[-1] <= limit


def fuzzy_in(longer: list[str], shorter: list[str]) -> bool:
    """Tell whether shorter's words are in longer in order, each the same or one letter off (five letters or more)."""
    position = 0
    for token in longer:
        if position < len(shorter) and (token == shorter[position] or len(token) >= 5
                                        and within_edits(token, shorter[position], 1)):
            position += 1
    return position == len(shorter)
