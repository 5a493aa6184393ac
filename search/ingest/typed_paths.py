"""Paths as the person typed them: what a build, an update or a watch says of its files.

The pipeline reads files by absolute path, and the manifest keys them so (manifest.file_key),
so a file named by the reading (an unreadable one, a feed's bad line) was said as
`/home/ana/archivo/d/roto.txt` where the folder scan said `d/selfdir` (trial 14, finding
7). TypedPaths turns the absolute path of a file under a root the command was given back
into that root as typed (`d`, `../archivo`, `.`) and the rest: relative to where it was
typed, as ls, grep -r and rsync name what they meet.
"""

import os
import re
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
        # A file's absolute path where a message names it: at its start, or after a space, `(`
        # or `«`, up to the next space (the rest of the token: path() changes only its root).
        roots = "|".join(re.escape(absolute) for absolute, _ in self.roots)
        self.pattern = re.compile(rf"(?<![^\s(«])(?:{roots})(?![^/:)»,;\s])\S*") if self.roots else None

    def path(self, path):
        """Return path (absolute, or already as typed) as under the root it was found from."""
        text = printable(path)
        for absolute, typed in self.roots:
            if text == absolute or text.startswith(absolute.rstrip(os.sep) + os.sep):
                return str(Path(typed, text[len(absolute):].lstrip(os.sep)))
        return text

    def text(self, message):
        """Return a message with the absolute paths under a root it names written as typed.

        >>> TypedPaths(["d"]).text(f"{os.path.abspath('d/f.jsonl')}:2: se omitió: no es JSON válido")
        'd/f.jsonl:2: se omitió: no es JSON válido'
        >>> TypedPaths(["."]).text(f"{os.path.abspath('a.txt')}: es el mismo archivo que {os.path.abspath('b.txt')}")
        'a.txt: es el mismo archivo que b.txt'
        """
        if self.pattern is None:
            return message
        return self.pattern.sub(lambda found: self.path(found.group()), message)

    def name_files(self, summary):
        """Write the files a build's or an update's summary names as typed, in place: its
        skipped files, warnings and, for an update, the files withdrawn or kept stale."""
        summary.skipped = [(self.path(path), reason) for path, reason in summary.skipped]
        summary.warnings = [self.text(warning) for warning in summary.warnings]
        if hasattr(summary, "withdrawn"):
            summary.withdrawn = [(self.path(path), name) for path, name in summary.withdrawn]
            summary.stale = [self.path(path) for path in summary.stale]
        return summary
