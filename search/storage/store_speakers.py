"""The speakers of the record store: one name per person, people apart from roles.

A mixin of RecordStore (store.py). Who speaks in which paragraph is the `spoken` table.
What readers ask of it (the name each person shows, the spellings of one person) is
decided when the store is written, not when it is read: the writer keeps how often each
spelling speaks (`spellings`, counted as versions come and go) and, at each commit that
changed those counts, decides the people again (`people`). A reader then pays one small
query, milliseconds, where deciding took seconds at 165k paragraphs.

The counts cover the versions not retired (pending and live), so a name that a pending
version brings has its person before Whoosh serves the version (versions.py). Beside the
counts, the writer keeps the roles that transcripts' turn labels give each spelling
(`roles`), which tell close spellings one person or two (search.text.roles.Evidence).

Every reader shows the person's name: the speakers of hits and documents (shown_names),
the facets and `hemeroteca speakers`.
"""

import json
from collections import Counter

from search.storage.versions import IN, LIVE, RETIRED

# search.text.names and roles (their word lists, 1.2 ms to load) are imported where they
# are used: a search reads the speakers of its hits, which needs neither.

# Who speaks with whom: the keys of the speakers that share a paragraph (then they are two
# people). Only paragraphs with a second speaker (position > 0) are joined.
TOGETHER = (
    "SELECT DISTINCT m.key, n.key FROM spoken a JOIN spoken b ON b.docno = a.docno "
    "AND b.paragraph = a.paragraph AND b.position < a.position "
    "JOIN names m ON m.nameno = a.nameno JOIN names n ON n.nameno = b.nameno "
    "WHERE a.position > 0")
# The roles labels give each spelling, in the versions not retired.
ROLES = ("SELECT n.key, r.docno, r.role FROM roles r JOIN names n USING (nameno) "
         "JOIN docs d USING (docno) WHERE d.state != ?")
# Who speaks in the documents that introduce someone with a role.
IN_INTRODUCING = ("SELECT DISTINCT n.key, s.docno FROM spoken s JOIN names n USING (nameno) "
                  "WHERE s.docno IN (SELECT r.docno FROM roles r JOIN docs d USING (docno) "
                  "WHERE d.state != ?)")
# The documents each spelling speaks in.
SPOKEN_IN = ("SELECT DISTINCT n.key, s.docno FROM spoken s JOIN names n USING (nameno) "
             "JOIN docs d USING (docno) WHERE d.state != ?")


def decide_people(spellings, evidence=None):
    """Return {speaker key: (the person's key, the name the person shows)}.

    spellings: [(name as written, its speaker key, how often it speaks)]; evidence: what
    the documents say about pairs of keys (search.text.roles.Evidence: speaking in one
    paragraph, roles). The spellings of one person are grouped across the archive
    (search.text.names.person_keys). A person shows the spelling of their key that
    search.text.names.shown_spelling picks (most accents among the frequent spellings).
    """
    from search.text.names import person_keys, shown_spelling
    from search.text.roles import Evidence

    by_key = {}
    for name, key, count in sorted(spellings, reverse=True):  # a tie goes to the last name in order, as it did
        by_key.setdefault(key, {})[name] = count
    best = {key: shown_spelling(found) for key, found in by_key.items()}

    counts = {key: sum(found.values()) for key, found in by_key.items()}
    evidence = evidence or Evidence()
    persons = person_keys(counts, evidence.apart, evidence.same, evidence.one_document)
    return {key: (persons.get(key, key), best[persons.get(key, key)]) for key in by_key}


def speakers_by_place(rows):
    """Return {place: [names in order, each once]} of [(place, name)] (two spellings of one
    person in a paragraph show one name)."""
    found = {}
    for place, name in rows:
        names = found.setdefault(place, [])
        if name not in names:
            names.append(name)
    return found


class StoreSpeakers:
    """Speaker names, groups of spellings and the speakers' table of a RecordStore."""

    people_stale = False  # the counts changed since `people` was decided (a writer's flag)

    # The reading side: one query each.

    def speaker_names(self):
        """Return {speaker key: the name its person shows} (decide_people), for every
        speaker of the versions not retired. Every spelling of one person shows that
        person's name."""
        return {key: name for key, (_, name) in self._people().items()}

    def speaker_groups(self):
        """Return {key: (the person's key, its other spellings...)} for people named more than one way.

        Decided across the archive (search.text.names.person_keys): the filter `orador:` and the
        facets both read it, so they agree.
        """
        groups = {}
        for key, (person, _) in self._people().items():
            groups.setdefault(person, set()).add(key)
        return {key: (person, *sorted(keys - {person}))
                for person, keys in groups.items() if len(keys) > 1 for key in keys}

    def speaker_roles(self):
        """Return {speaker key: {roles its turn labels give it}} in the live versions, folded
        (`director general epidemiologia`): `orador:` reads a role no name holds."""
        if not self._has_table("roles"):  # a store written before roles were kept
            return {}
        found = {}
        for key, role in self._query(
                "SELECT DISTINCT n.key, r.role FROM roles r JOIN names n USING (nameno) "
                "JOIN docs d USING (docno) WHERE d.state = ?", (LIVE,)):
            found.setdefault(key, set()).add(role)
        return found

    def _people(self):
        """Return {key: (person's key, name)}: the `people` table, or, in a store written
        before it was kept (read-only here), decided now."""
        if self._has_table("people"):
            return {key: (person, name) for key, person, name
                    in self._query("SELECT key, person, name FROM people")}
        return decide_people(self._query(
            "SELECT n.name, n.key, c.count FROM (SELECT s.nameno, count(*) AS count "
            "FROM spoken s JOIN docs d USING (docno) WHERE d.state != ? GROUP BY s.nameno) c "
            "JOIN names n USING (nameno)", (RETIRED,)), self._evidence())

    def _evidence(self):
        """Return what the documents say about pairs of spellings (search.text.roles.Evidence)."""
        from search.text.roles import Evidence

        def spoken():  # read only if a rare short form asks (search.text.short_forms)
            return self._query(SPOKEN_IN, (RETIRED,))

        if not self._has_table("roles"):  # a store written before roles were kept
            return Evidence(self._query(TOGETHER), spoken=spoken)
        return Evidence(self._query(TOGETHER), self._query(ROLES, (RETIRED,)),
                        self._query(IN_INTRODUCING, (RETIRED,)), spoken)

    def shown_names(self):
        """Return (SQL of the name a speaker shows, SQL joining what it needs after `names n`).

        The person's name (the `people` table); in a store written before it, the name as
        written. For the queries that read the speakers of records (store.py).
        """
        found = getattr(self, "_shown_sql", None)
        if found is None:  # asked of every page of hits: the tables are looked up once
            found = self._shown_sql = (
                ("coalesce(p.name, n.name)", "LEFT JOIN people p ON p.key = n.key")
                if self._has_table("people") else ("n.name", ""))
        return found

    def _shown_names(self, names, version=None):
        """Return {name as written: the name its person shows} for some names (shown_names).

        A reader keeps what it read until another connection commits (SQLite's
        data_version changes): an update may decide the people again. `version`: a
        function returning the data_version, asked once for a page (store_reads.PageVersion).
        """
        if not names:
            return {}
        if self.writable:
            shown = {}
        else:
            version = version() if version is not None else self._query("PRAGMA data_version")[0][0]
            if version != self.shown_version:
                self.shown, self.shown_version = {}, version
            shown = self.shown
        missing = [name for name in names if name not in shown]
        if missing:
            name, join = self.shown_names()
            found = dict(self._query(f"SELECT n.name, {name} FROM json_each(?) AS j JOIN names AS n "
                                     f"ON n.name = j.value {join}", (json.dumps(missing),)))
            for each in missing:
                shown[each] = found.get(each, each)
        return shown

    def speaker_table(self, left_out=frozenset()):
        """Return [(name, paragraphs, first date, last date, is a person)] for every speaker.

        People first, most paragraphs first; then generic labels and roles (Pregunta, Presidente).
        Every spelling of one person counts as that person (speaker_groups). `left_out`: docnos
        whose paragraphs are not counted (identical copies, retrieval/copies.py).
        """
        from search.text.names import is_person

        # Counted per document, then added up here: cheaper than counting distinct places (60 ms
        # at 165k paragraphs, against 28 ms), as two spellings of one person never share a paragraph.
        rows = self._query(
            "SELECT s.docno, n.key, count(DISTINCT s.paragraph) FROM docs d JOIN spoken s USING (docno) "
            "JOIN names n USING (nameno) WHERE d.state = ? GROUP BY s.docno, n.key", (LIVE,))
        dates = dict(self._query("SELECT docno, date FROM docs WHERE state = ?", (LIVE,)))
        names = self.speaker_names()
        counts, days = Counter(), {}
        for docno, key, count in rows:
            if docno in left_out:
                continue
            name = names.get(key, key)  # a writer may commit between the queries
            counts[name] += count
            days.setdefault(name, set()).add(dates.get(docno))
        table = []
        for name, count in counts.items():
            dated = days[name] - {None}
            table.append((name, count, min(dated, default=None), max(dated, default=None), is_person(name)))
        return sorted(table, key=lambda row: (not row[4], -row[1], row[0]))

    def has_own_dates(self):
        """Tell whether a live paragraph may have a date of its own, not its document's: a
        record of a .jsonl file (search.ingest.paragraphs.document_records)."""
        from search.storage.store_reads import OWN_TITLE_SUFFIXES  # it imports this module

        return bool(self._query(
            "SELECT 1 FROM docs WHERE state = ? AND (" + " OR ".join(
                "lower(path) LIKE ?" for _ in OWN_TITLE_SUFFIXES) + ") LIMIT 1",
            (LIVE, *(f"%{suffix}" for suffix in OWN_TITLE_SUFFIXES))))

    # The writing side: counts kept as versions change, people decided at commit.

    def note_roles(self, docno, records):
        """Keep the roles that the turn labels of a document's records give their speakers: a record its
        document reads as no turn (Record.turn False: a news headline `Ana Gil, ministra: «…»`) gives none."""
        from search.text.roles import label_role

        rows = set()
        for record in records:
            role = label_role(record.text, record.speakers[0]) if record.speakers and record.turn is not False \
                else None
            if role:
                rows.add((docno, self._nameno(record.speakers[0]), role))
        self.connection.executemany("INSERT OR IGNORE INTO roles VALUES (?, ?, ?)", sorted(rows))

    def note_all_roles(self, batch=4096):
        """Keep the roles of every version not retired, read from their texts (a store written
        before roles were kept: once, 0.8 s of CPU at 165k paragraphs)."""
        from search.text.roles import label_role

        rows = self._query("SELECT s.docno, s.paragraph, s.nameno, n.name FROM spoken s "
                           "JOIN names n USING (nameno) JOIN docs d USING (docno) "
                           "WHERE s.position = 0 AND d.state != ?", (RETIRED,))
        for start in range(0, len(rows), batch):
            part = rows[start:start + batch]
            texts = self.texts([(docno, paragraph) for docno, paragraph, _, _ in part])
            self.connection.executemany("INSERT OR IGNORE INTO roles VALUES (?, ?, ?)", [
                (docno, nameno, role) for (docno, _, nameno, name), text in zip(part, texts)
                if text and (role := label_role(text, name))])
        self.people_stale = True

    def absorb_roles(self):
        """Copy in the roles of the attached store `part` (store.absorb), its names already in."""
        self.connection.execute(
            "INSERT OR IGNORE INTO roles SELECT r.docno, n.nameno, r.role FROM part.roles r "
            "JOIN part.names p USING (nameno) JOIN names n ON n.name = p.name")

    def count_spellings(self, namenos, sign=1):
        """Add (sign +1) or take away (-1) how often each spelling speaks: {nameno: turns}."""
        if not namenos:
            return
        self.connection.executemany(
            "INSERT INTO spellings VALUES (?, ?) "
            "ON CONFLICT (nameno) DO UPDATE SET count = count + excluded.count",
            [(nameno, sign * count) for nameno, count in namenos.items()])
        self.connection.execute("DELETE FROM spellings WHERE count <= 0")
        self.people_stale = True

    def count_versions(self, docnos, sign):
        """Count in (+1) or out (-1) the speakers of some versions (document numbers)."""
        if docnos:
            self.count_spellings(dict(self.connection.execute(
                f"SELECT nameno, count(*) FROM spoken WHERE docno {IN} GROUP BY nameno",
                (json.dumps(docnos),)).fetchall()), sign)

    def count_all_spellings(self):
        """Count every spelling of the versions not retired, from scratch (a store written
        before the counts were kept)."""
        execute = self.connection.execute
        execute("DELETE FROM spellings")
        execute("INSERT INTO spellings SELECT s.nameno, count(*) FROM spoken s "
                "JOIN docs d USING (docno) WHERE d.state != ? GROUP BY s.nameno", (RETIRED,))
        self.people_stale = True

    def decide_people(self):
        """Decide the people again from the counts, if they changed (before a commit)."""
        if not self.people_stale:
            return
        people = decide_people(
            self._query("SELECT n.name, n.key, c.count FROM spellings c JOIN names n USING (nameno)"),
            self._evidence())
        self.connection.execute("DELETE FROM people")
        self.connection.executemany("INSERT INTO people VALUES (?, ?, ?)",
                                    [(key, person, name) for key, (person, name) in people.items()])
        self.people_stale = False
