"""Paths as the person typed them: how a build, an update or a watch names a file the store keeps.

The pipeline reads each file as it found it under the folder the command was given (`d/x.txt`,
`../archivo/x.txt`, `x.txt` under `.`), so what the reading says names it as ls, grep -r and
rsync name what they meet (trial 14, finding 7); the manifest and the store key files by
absolute path (manifest.file_key). A message made from what the store keeps (two files that
give one document name) names them through TypedPaths.path: the absolute path under a root
the command was given, written as that root was typed.
"""

import os
from pathlib import Path

from search.ingest.manifest import printable


class TypedPaths:
    """The roots a command was given, as typed and as absolute paths (text, printable).

    >>> typed = TypedPaths(["d/", "."])
    >>> typed.path(os.path.abspath("d/roto.txt")), typed.path(os.path.abspath("e/x.txt"))
    ('d/roto.txt', 'e/x.txt')
    >>> typed.path("/no/bajo/ninguna/raiz.txt"), typed.path("d/ya.txt")
    ('/no/bajo/ninguna/raiz.txt', 'd/ya.txt')
    """

    def __init__(self, roots):
        pairs = {printable(os.path.abspath(os.fsencode(root))): str(Path(printable(os.fspath(root))))
                 for root in roots}
        self.roots = sorted(pairs.items(), key=lambda pair: -len(pair[0]))  # the deepest root first

    def path(self, path):
        """Return path (absolute, or already as typed) as under the root it was found from."""
        text = printable(path)
        for absolute, typed in self.roots:
            if text == absolute or text.startswith(absolute.rstrip(os.sep) + os.sep):
                return str(Path(typed, text[len(absolute):].lstrip(os.sep)))
        return text
