"""Which files `index`, `update` and `watch` work on when given no paths.

Never a default folder of this project: in another index it would add the sample
documents to an archive, or replace the archive with them (trial 3, finding 17). In order:
the paths given; the HEMEROTECA_SOURCE variable, when the user set it; the paths the index
records it was built from (search/storage/sources.py). Otherwise the command says what to
type, naming only paths the user gave or the index holds.
"""

import os

import click

from search import settings
from search.errors import SearchError, shell_quoted, shown


def source_paths(paths, index_dir, command):
    """Return the paths a command works on (see the module's doc); each must exist.

    Raises click.BadParameter for a given path that does not exist, SearchError when no
    path was given and none can be told, or when one the index records is gone (an
    update of the rest would take its files out of the index).
    """
    if paths:
        for path in paths:
            if not os.path.exists(path):
                raise click.BadParameter(f"{shown(path)}: no existe ese archivo ni esa carpeta",
                                         param_hint="RUTAS")
        return paths
    variable = settings.SOURCE_DIR.value()
    if variable:
        if not os.path.exists(variable):
            raise SearchError(f"{settings.SOURCE_DIR.env}={variable}: no existe ese archivo ni esa carpeta")
        return (variable,)
    from search.storage.generations import live_generation
    from search.storage.integrity import source_folders
    from search.storage.sources import recorded_sources

    index = shell_quoted(index_dir)
    recorded = recorded_sources(index_dir)
    if recorded:
        gone = [path for path in recorded if not os.path.exists(path)]
        if gone:
            raise SearchError(f"{', '.join(map(shown, gone))}: ya no existe, y el índice {index_dir} "
                              f"se construyó con {'esa ruta' if len(gone) == 1 else 'esas rutas'}; no "
                              f"se cambió nada. Indique las rutas: hemeroteca {command} RUTAS... "
                              f"--index {index}")
        click.echo(f"Rutas del índice: {', '.join(map(shown, recorded))}", err=True)
        return tuple(recorded)
    generation = live_generation(index_dir)
    if generation is None:
        why, folders = f"no hay ningún índice en {index_dir}", []
    else:  # an index built before the paths were recorded: its files' folders, to check
        why, folders = f"el índice {index_dir} no guarda de qué rutas se construyó", source_folders(generation)
    example = " ".join(map(shell_quoted, folders)) or "RUTAS..."
    raise SearchError(f"Indique los archivos o carpetas: {why}. Por ejemplo: "
                      f"hemeroteca {command} {example} --index {index}")


def documents_not_index(index_dir):
    """Return what a command that reads an index says when --index names a folder of documents
    with no index (`--index docs` for `--index docs/indice`), or None for any other folder.

    The usual advice, to build the index in that folder, would be refused (build.py: an index
    goes apart from its documents): this names an index found in one of its subfolders, and
    otherwise gives a build that works, into a folder of its own inside it.
    """
    from search.ingest.files import documents_in, documents_named
    from search.layout import is_index_folder

    if not index_dir or not os.path.isdir(index_dir) or is_index_folder(index_dir):
        return None
    documents = documents_in(index_dir)
    if not documents:
        return None
    said = f"{shown(index_dir)}: es una carpeta de documentos ({documents_named(documents)}), no un índice"
    with os.scandir(index_dir) as entries:
        inner = sorted(entry.path for entry in entries if entry.is_dir() and is_index_folder(entry.path))
    if inner:
        return f"{said}. Dentro está el índice {shown(inner[0])}: úselo con --index {shell_quoted(inner[0])}"
    return (f"{said}. Indique con --index la carpeta de su índice, o construya uno en una carpeta propia: "
            f"hemeroteca index {shell_quoted(index_dir)} --index {shell_quoted(os.path.join(index_dir, 'indice'))}")
