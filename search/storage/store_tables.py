"""The tables of the record store, and the check that a store has the ones updates need."""

from search.errors import SearchError

SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    docno INTEGER PRIMARY KEY,
    doc TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT,
    path TEXT NOT NULL,
    paragraphs INTEGER NOT NULL,
    source BLOB,                      -- the file it came from, as in the files table
    state INTEGER NOT NULL DEFAULT 1, -- 0 pending, 1 live, 2 retired
    changed REAL                      -- when it was retired
);
CREATE INDEX IF NOT EXISTS docs_by_doc ON docs (doc, state);
CREATE INDEX IF NOT EXISTS docs_by_source ON docs (source);
CREATE TABLE IF NOT EXISTS blocks (
    docno INTEGER NOT NULL,
    block INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (docno, block)
);
CREATE TABLE IF NOT EXISTS ids (
    id TEXT NOT NULL,
    docno INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    PRIMARY KEY (id, docno)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS names (
    nameno INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS words (
    word TEXT PRIMARY KEY,
    count INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS spoken (
    docno INTEGER NOT NULL,
    paragraph INTEGER NOT NULL,
    position INTEGER NOT NULL,
    nameno INTEGER NOT NULL,
    PRIMARY KEY (docno, paragraph, position)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS spellings (
    nameno INTEGER PRIMARY KEY,
    count INTEGER NOT NULL            -- its rows of `spoken` in versions not retired
);
CREATE TABLE IF NOT EXISTS people (   -- decided from spellings at commit (store_speakers.py)
    key TEXT PRIMARY KEY,             -- a speaker key (search.text.folding.speaker_key)
    person TEXT NOT NULL,             -- the key of the person it spells (itself if alone)
    name TEXT NOT NULL                -- the name that person shows
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS roles (    -- what turn labels say of a speaker (store_speakers.py)
    docno INTEGER NOT NULL,
    nameno INTEGER NOT NULL,
    role TEXT NOT NULL,               -- its words, folded (search.text.roles.label_role)
    PRIMARY KEY (docno, nameno, role)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS forms (   -- what a document part gives the index, its name aside (forms.py)
    docno INTEGER NOT NULL,
    part INTEGER NOT NULL,            -- its first paragraph's place: 0, or a later part's
    digest BLOB NOT NULL,
    PRIMARY KEY (docno, part)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
    path BLOB PRIMARY KEY,            -- absolute path, as the file system's bytes
    root BLOB NOT NULL,               -- the folder that document names are relative to
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,        -- -1: read while it changed, hash it again next time
    hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS file_changes (  -- of the files table; a table of its own, so
    path BLOB PRIMARY KEY,            -- stores written before it need no rebuild
    ctime_ns INTEGER NOT NULL         -- the inode change time it had when hashed; -1: hash again
);
CREATE TABLE IF NOT EXISTS skipped (
    path BLOB PRIMARY KEY,            -- a file of the manifest that gave no documents
    reason TEXT NOT NULL              -- why, as the build said it (empty, binary...)
);
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
"""
REQUIRED_COLUMN = "state"  # stores written before updates existed lack it


class OutdatedStore(SearchError):
    """A record store written by an older version of Hemeroteca."""
