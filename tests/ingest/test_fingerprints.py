"""A file's fingerprint: size, times and hash, and times too recent to trust (fingerprints.py)."""

import os

from search.ingest import fingerprints
from search.ingest.fingerprints import RECENT_NS, content_hash, fingerprint, still_settled


def test_a_fingerprint_keeps_the_inode_change_time_seen_before_the_hash(tmp_path, monkeypatch):
    # The manifest's ctime comes from the fstat that opens the hash (no stat of its own): a
    # fresh one is not trusted (-1), a settled one is the file's.
    path = tmp_path / "a.txt"
    path.write_text("recién escrito")
    assert fingerprint(path)[3] == -1
    monkeypatch.setattr(fingerprints.time, "time_ns", lambda: os.stat(path).st_ctime_ns + 10**12)
    assert fingerprint(path)[3] == os.stat(path).st_ctime_ns


def test_a_fingerprint_hashes_the_bytes_and_keeps_a_settled_time(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"uno dos")
    os.utime(path, ns=(10**18, 10**18))  # long settled
    digest = content_hash()
    digest.update(b"uno dos")
    assert fingerprint(path)[:3] == (7, 10**18, digest.hexdigest())
    assert fingerprint(path, upto=3)[2] != digest.hexdigest()  # the first 3 bytes only


def test_a_recent_time_is_not_trusted(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"recien")  # written now: within RECENT_NS
    assert RECENT_NS > 0 and fingerprint(path)[1] == -1


def test_still_settled_tells_a_file_that_changed(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"uno")
    found = os.stat(path)
    assert still_settled(path, found.st_size, found.st_mtime_ns) == found.st_mtime_ns
    path.write_bytes(b"uno dos")
    assert still_settled(path, found.st_size, found.st_mtime_ns) == -1
    assert still_settled(tmp_path / "nada.txt", 1, 1) == -1
