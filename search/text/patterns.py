"""Regular expressions compiled when first used, not when their module is imported.

A fresh `hemeroteca search` pays for every pattern its modules compile as they load,
50–300 µs each (`re.compile`, CPU time), and a plain search uses few of them: dates
(date_patterns.py: 7 ms of them), ranges and comparisons in `fecha:`, escape sequences
in text that is never printed… Those a search rarely needs are LazyPatterns.
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
