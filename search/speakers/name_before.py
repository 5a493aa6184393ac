"""A name right before a cue (`César Millán, conocido como «El encantador de perros»`), found from the cue, in time
linear in the paragraph.

One regular expression that opens with a run of capitalised words (names.FULL_NAME) and then needs a rarer cue
costs the square of the run: at each capitalised letter the engine takes the whole run, misses the cue, and gives
the words back one by one (`JUAN PEREZ ` three thousand times took 70 s). Here the cue is searched first, and the
name only in the NAME_REACH characters before it, so each character is read a bounded number of times.

>>> cue = NameBeforeCue(r"\\s*,?\\s*", r"alias\\s+«(El\\s\\w+)»")
>>> [(name, match.group(1)) for name, match in cue.finditer("Lo dijo Joaquín Guzmán, alias «El Chapo».")]
[('Joaquín Guzmán', 'El Chapo')]
"""

import re
from collections.abc import Iterator

from search.speakers.names import FULL_NAME

# Characters before a cue where its name may start: a name with its titles is under a hundred (`Presidente de la
# República Andrés Manuel López Obrador`); a longer run of capitals is a list or a heading, and only its end is read.
NAME_REACH = 300


class NameBeforeCue:
    """The matches of `(FULL_NAME) + between + cue`, as re.finditer gives them (leftmost, not overlapping), for a
    cue and a between that never match a capitalised name word; cue must be cheap to try at each position (a
    literal start, bounded repeats)."""

    def __init__(self, between: str, cue: str):
        self.cue = re.compile(cue)
        self.name = re.compile("(" + FULL_NAME + ")" + between + r"\Z")

    def finditer(self, text: str) -> Iterator[tuple[str, re.Match]]:
        """Yield (the name, the cue's match) for each name followed by the cue in text."""
        position = 0
        while (cue := self.cue.search(text, position)) is not None:
            # endpos ends the text at the cue, so `\Z` anchors the name to it
            name = self.name.search(text, max(position, cue.start() - NAME_REACH), cue.start())
            if name is None:
                position = cue.start() + 1  # a cue with no name before it consumes nothing, as in finditer
                continue
            yield name.group(1), cue
            position = max(cue.end(), cue.start() + 1)
