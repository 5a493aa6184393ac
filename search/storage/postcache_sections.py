"""An open posting cache file's sections, read with pread: the file, a section, an array in memory.

Read with pread, not mapped: a mapped file truncated under a running server kills it with
SIGBUS, which no handler can recover from (issue 13). Read, a file truncated or rewritten in
place after it was opened gives a short read or a changed size or time: DamagedCache, which
the search answers by rebuilding the cache. The file's layout, writing and the checks made
when it is opened are postcache_file.py's.
"""

import os
import weakref

import numpy as np

from search.errors import SearchError
from search.storage.postcache_blocks import DamagedBlock
from search.text.wording import system_reason


class DamagedCache(SearchError):
    """A posting cache file that can't be read; it is rebuilt from its segment."""

    def __init__(self, path, problem):
        super().__init__(f"la caché de postings {path} {problem}")
        self.path = path


def open_file(path):
    """Return a handle of a cache file open to read, or raise DamagedCache."""
    try:
        return os.open(path, os.O_RDONLY)
    except OSError as error:
        raise DamagedCache(path, f"no se puede abrir ({system_reason(error)})") from error


class CacheFile:
    """An open cache file, read with pread; closed when no section reads it any more.

    Each read checks that the file still has the size and time it had when opened (one
    fstat): a file truncated, zeroed or overwritten in place since then raises
    DamagedCache, and so does a short read, and a block whose CRC-32 is not its own on its
    first read (damaged before it was opened). A file replaced by a rename (as writers
    replace caches) is not this one: its reader keeps reading the file it opened.
    """

    def __init__(self, path, handle, blocks=None):
        self.path = path
        self.handle = handle
        self.blocks = blocks  # each block's CRC-32 checked on its first read (None: none)
        self.signature = self._signature()
        self._closer = weakref.finalize(self, os.close, handle)

    def _signature(self):
        found = os.fstat(self.handle)
        return found.st_size, found.st_mtime_ns, found.st_ino

    def array(self, offset, dtype, count, check=True):
        """Return `count` items of `dtype` read at `offset`, or raise DamagedCache.

        `check` False leaves the check of the file's size and time to the next read.
        """
        return self.arrays(((offset, dtype, count),), check)[0]

    def arrays(self, parts, check=True):
        """Return an array for each (offset, dtype, count) of `parts`, read with one check of
        the file's size and time after them all, or raise DamagedCache."""
        # One loop, no generators: a term's read is a few microseconds, half of them Python's.
        found, short = [], False
        try:
            for offset, dtype, count in parts:
                size = count * dtype.itemsize
                data = self._bytes(offset, size)
                if len(data) != size:
                    short = True
                    break
                found.append(np.frombuffer(data, dtype=dtype))
            changed = check and self._signature() != self.signature
        except OSError as error:
            raise DamagedCache(self.path, f"no se puede leer ({system_reason(error)})") from error
        except DamagedBlock as error:
            raise DamagedCache(self.path, f"está dañada (la suma de comprobación de su bloque {error.block} "
                                          "no coincide)") from None
        if changed or short:
            raise DamagedCache(self.path, f"cambió mientras estaba abierta (mide "
                                          f"{os.fstat(self.handle).st_size} bytes; medía {self.signature[0]})")
        return found

    def _bytes(self, offset, size):
        """Return `size` bytes at `offset`, the blocks they lie in checked on their first read."""
        data = self.blocks.read(self.handle, offset, size) if self.blocks is not None and size else None
        if data is None:
            data = os.pread(self.handle, size, offset) if size else b""
        return data

    def changed(self):
        """Tell whether the file was truncated or written since it was opened."""
        try:
            return self._signature() != self.signature
        except OSError:
            return True

    def deleted(self):
        """Tell whether the file has no name left (its segment merged away, its generation removed)."""
        try:
            return os.fstat(self.handle).st_nlink == 0
        except OSError:
            return True

    def close(self):
        self._closer()


def read_parts(sections, parts):
    """Return items start to end of each (section name, start, end) of parts (read-only
    arrays), where `sections` maps names to the Sections (or Loaded arrays) of one file:
    those not in memory read with one check of the file (CacheFile.arrays); raise
    DamagedCache."""
    found, reads, places, file = [None] * len(parts), [], [], None
    for at, (name, start, end) in enumerate(parts):
        section = sections[name]
        kept = section.kept
        if kept is not None:
            found[at] = kept[start:end]
        else:
            file = section.file
            reads.append((section.offset + start * section.dtype.itemsize, section.dtype, end - start))
            places.append(at)
    if reads:
        for at, array in zip(places, file.arrays(reads)):
            found[at] = array
    return found


class Section:
    """An array of a cache file read on demand: a slice at a time, or whole and then kept."""

    def __init__(self, file, offset, dtype, count):
        self.file, self.offset, self.dtype, self.count = file, offset, np.dtype(dtype), count
        self._whole = None

    def read(self, start, end, check=True):
        """Return items start to end (a copy, read-only); `check` as CacheFile.array's."""
        if self._whole is not None:
            return self._whole[start:end]
        return self.file.array(self.offset + start * self.dtype.itemsize, self.dtype, end - start, check)

    def whole(self):
        if self._whole is None:
            self._whole = self.read(0, self.count)
        return self._whole

    @property
    def kept(self):
        """The whole section if it was read whole already, else None."""
        return self._whole


class Loaded:
    """An array in memory with a Section's reads (a cache rebuilt where it can't be written)."""

    def __init__(self, array):
        self._whole = array
        self.count = len(array)

    def read(self, start, end, check=True):
        return self._whole[start:end]

    def whole(self):
        return self._whole

    @property
    def kept(self):
        return self._whole
