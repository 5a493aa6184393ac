"""Regular expressions compiled when first used, not when their module is imported.

A fresh `hemeroteca search` pays for every pattern its modules compile as they load,
50–300 µs each (`re.compile`, CPU time), and a plain search uses few of them: dates
(date_patterns.py: 7 ms of them), ranges and comparisons in `fecha:`, escape sequences
in text that is never printed… Those a search rarely needs are LazyPatterns. And the
last match of a pattern before an offset, searched backwards a chunk at a time (last_match).
"""

import re


class LazyPattern:
    """A regular expression compiled when first used.

    Any attribute of the compiled pattern (search, match, pattern, …) is taken from it on
    first use and kept on the instance, so later calls cost what the pattern's own do.
    Use its methods: the `re` module's functions (`re.sub(pattern, …)`) want a str or a
    compiled pattern.
    """

    def __init__(self, source, flags=0):
        self._source, self._flags, self._compiled = source, flags, None
        self.source = source  # its text, to build others from without compiling it

    def __getattr__(self, name):
        if name.startswith("__"):  # copy, pickle and the like ask for these: not the pattern's
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        value = self.__dict__[name] = getattr(self._compiled, name)
        return value

    def __repr__(self):
        return f"LazyPattern({self._source!r}, {self._flags!r})"


def last_match(pattern, text, low, high, chunk, ahead=0):
    """Return the last match of `pattern` that starts in text[low:high] (offsets clipped to the
    text), or None: searched backwards `chunk` characters at a time, so a match near high
    costs a chunk, not the text from low (a text may lack one for 100,000 characters).

    The pattern matches one character at a time (its matches never overlap a chunk's
    edge), and may look behind, and `ahead` characters past high (a look-ahead).
    token_cuts.cut_before and word_windows read back for their cuts and edges with it.

    >>> last_match(re.compile(" "), "uno dos tres", 0, 12, 3).start(), last_match(re.compile(" "), "uno", 0, 3, 2)
    (7, None)
    """
    low, high = max(0, low), min(len(text), high)
    while high > low:
        start, found = max(low, high - chunk), None
        for match in pattern.finditer(text, start, min(len(text), high + ahead)):
            if match.start() >= high:
                break
            found = match
        if found is not None:
            return found
        high = start
    return None
