"""Text typed on the command line in bytes that are no UTF-8 (a Latin-1 terminal's `Pe\\xf1alol\\xe9n`):
refused with a message that names the argument, never searched as garbage.

Python reads each argument in the locale's encoding, UTF-8 (its UTF-8 mode under LC_ALL=C,
PEP 540), and keeps a byte that is no UTF-8 as a lone surrogate (PEP 383). Such a query was
searched as «Pe\\udcf1alol\\udce9n» and printed so, and a speaker or an id stopped with a
traceback (UnicodeEncodeError, in SQLite or Whoosh). The page refuses the same bytes
(`?q=Pe%F1alol%E9n`, web/urls.py) and so does this: bytes that are no UTF-8 may be Latin-1,
Windows-1252, Mac Roman or a UTF-8 sequence cut short, and a tool that decodes them as one
of these searches the wrong word for the others, without a word. The message gives the
likely meaning (read as Windows-1252, Latin-1's superset) for the user to type again, in
UTF-8, as `git` and `grep -P` refuse such bytes rather than guess.

A document's name or a paragraph's id (`show`, `similar`) is a file's name: a byte in it that
is no UTF-8 is read as the index names it, `\\xNN` (ingest's manifest.printable), so that
`show "$(printf 'caf\\xe9.txt')"` finds the file indexed from those bytes.

Bytes that are UTF-8 but were read under an ASCII locale without UTF-8 mode
(`PYTHONUTF8=0 LC_ALL=C`) are what was typed: they are taken as UTF-8. Paths are not
checked here: a file's name is bytes, Python's surrogates open it, and messages show it
as `ls -b` does (search/errors.shown).
"""

import os

import click

from search.errors import shown


def utf8_text(context, parameter, value):
    """Return a text argument (a string, a tuple of them for nargs=-1, or None) as typed in UTF-8.

    A click callback. Raises click.BadParameter, naming the argument, when its bytes are no UTF-8.
    """
    if isinstance(value, tuple):
        return tuple(_decoded(text, parameter) for text in value)
    return value if value is None else _decoded(value, parameter)


def document_name(context, parameter, value):
    """Return a document's name or a paragraph's id as the index names it: each byte that is no
    UTF-8 as `\\xNN` (as ingest names a file, manifest.printable). A click callback."""
    if value is None or not _has_bytes(value):
        return value
    from search.ingest.manifest import printable  # here: a name with such bytes is rare

    return printable(value)


def _has_bytes(text):
    """Return whether text holds a byte that was no UTF-8 (a lone surrogate U+DC80–U+DCFF, PEP 383)."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _decoded(text, parameter):
    if not _has_bytes(text):  # the usual case
        return text
    typed = os.fsencode(text)  # the bytes, back as the system gave them (surrogateescape)
    try:
        return typed.decode("utf-8")
    except UnicodeDecodeError:
        meant = typed.decode("cp1252", "replace")
    raise click.BadParameter(f"no está escrito en UTF-8: lleva «{shown(text)}». Escríbalo en UTF-8 (configure "
                             f"el terminal y LANG, p. ej. LANG=es_ES.UTF-8); si quería decir «{shown(meant)}», "
                             "escríbalo así.", param=parameter)
