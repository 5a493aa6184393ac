"""The names of an index folder's parts, in one place for every layer that must know them.

    index/current -> gen-20201222T101500-1234   (a relative symlink: the live generation)
    index/gen-.../records.sqlite                (each generation's record store)
    index/building-<pid>-...                    (a build in progress)

Storage writes these parts (search/storage/generations.py says how they live and die); the
build path's file walk (search/ingest/files.py) must recognise them without importing storage,
so as not to read another index's files as documents.
"""

import os

CURRENT = "current"
GENERATION_PREFIX = "gen-"
BUILDING_PREFIX = "building-"
STORE_FILE = "records.sqlite"


def is_index_folder(folder: str | os.PathLike) -> bool:
    """Tell whether a folder holds a Hemeroteca index: its `current` link names a generation
    (`gen-*`), or `current` is a copied generation (a folder with the record store)."""
    link = os.path.join(folder, CURRENT)
    try:
        return os.readlink(link).startswith(GENERATION_PREFIX)
    except OSError:
        return os.path.isfile(os.path.join(link, STORE_FILE))
