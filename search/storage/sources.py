"""The paths an index was built from, kept in its record store, for commands given none.

`hemeroteca update` (and `watch`, `index`) without paths works on these, not on a default
folder that may hold other documents: a build records the paths it was given, and an
update adds those it is given that are not inside them.
"""

import json
import os
import sqlite3

from search.ingest.files import find_files
from search.ingest.manifest import file_key, within
from search.layout import STORE_FILE
from search.storage.generations import live_generation
from search.storage.integrity import source_folders
from search.storage.store import OutdatedStore, RecordStore

SOURCES = "sources"  # meta key: a JSON list of absolute paths (file system strings)


def absolute(paths):
    """Return paths as absolute file system strings, each once, in order."""
    found = []
    for path in paths:
        path = os.fsdecode(os.path.abspath(os.fsencode(path)))
        if path not in found:
            found.append(path)
    return found


def sources_json(paths):
    """Return the meta value that records paths (JSON keeps a name's odd bytes as escapes)."""
    return json.dumps(absolute(paths))


def merged_sources(recorded, given):
    """Return the recorded paths with the given ones added: a path inside a recorded one adds
    nothing, and one that holds recorded paths takes their place.

    >>> merged_sources(["/d/a", "/d/b/c"], ["/d/a/x", "/d/b", "/e"])
    ['/d/a', '/d/b', '/e']
    """
    sources = absolute(recorded)
    for path in absolute(given):
        key = file_key(path)
        if within(key, [file_key(source) for source in sources]):
            continue
        sources = [source for source in sources if not within(file_key(source), [key])] + [path]
    return sources


def ask_live_store(index_dir, ask):
    """Return ask(the live generation's record store), or None when there is none or it
    can't be read: a build replaces an unreadable index whatever it holds."""
    live = live_generation(index_dir)
    if live is None:
        return None
    try:
        store = RecordStore(live / STORE_FILE)
    except (OutdatedStore, sqlite3.Error):
        return None
    try:
        return ask(store)
    except sqlite3.Error:  # emptied or damaged: the same
        return None
    finally:
        store.close()


def recorded_sources(index_dir):
    """Return the paths the live index records it was built from, or None (no index, an
    index that records none, or one that can't be read)."""
    value = ask_live_store(index_dir, lambda store: store.meta(SOURCES))
    try:
        return json.loads(value) if value else None
    except ValueError:
        return None


def empty_new_paths(store, generation, paths, manifest, skip=()):
    """Return the given paths an update should not take: new to the index (outside the
    paths it records), with nothing indexed under them, and holding no document file.

    Recorded, such a path (mistyped, or the wrong folder) would be updated for ever
    after by every `update` and `watch` given no paths. Only new paths are walked here.
    """
    recorded = [file_key(path) for path in updated_sources(store, generation, [])]
    indexed = list(manifest)
    empty = []
    for path in paths:
        key = file_key(path)
        if within(key, recorded) or any(within(known, [key]) for known in indexed):
            continue
        if next(iter(find_files([path], skip=skip)), None) is None:
            empty.append(path)
    return empty


def updated_sources(store, generation, paths):
    """Return the paths a generation's store records, with an update's paths added.

    An index built before they were recorded starts from its manifest's root folders.
    """
    recorded = store.meta(SOURCES)
    return merged_sources(json.loads(recorded) if recorded else source_folders(generation), paths)
