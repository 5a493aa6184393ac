"""The speakers of the record store: one name per person, people apart from roles.

A mixin of RecordStore (store.py). Who speaks in which paragraph is the `spoken` table.
What readers ask of it (the name each person shows, the spellings of one person) is
decided when the store is written, not when it is read: the writer keeps how often each
spelling speaks (`spellings`, counted as versions come and go) and, at each commit that
changed those counts, decides the people again (`people`). A reader then pays one small
query, milliseconds, where deciding took seconds at 165k paragraphs.

The counts cover the versions not retired (pending and live), so a name that a pending
version brings has its person before Whoosh serves the version (versions.py).
"""

import json

from search.storage.versions import IN, LIVE, RETIRED
from search.text.names import is_person, person_keys

# Who speaks with whom: the keys of the speakers that share a paragraph (then they are two
# people). Only paragraphs with a second speaker (position > 0) are joined.
TOGETHER = (
    "SELECT DISTINCT m.key, n.key FROM spoken a JOIN spoken b ON b.docno = a.docno "
    "AND b.paragraph = a.paragraph AND b.position < a.position "
    "JOIN names m ON m.nameno = a.nameno JOIN names n ON n.nameno = b.nameno "
    "WHERE a.position > 0")


def decide_people(spellings, together=frozenset()):
    """Return {speaker key: (the person's key, the name the person shows)}.

    spellings: [(name as written, its speaker key, how often it speaks)]; together: the
    pairs of keys that speak in one paragraph, in either order. The spellings of
    one person are grouped across the archive (search.text.names.person_keys). A person
    shows, among the spellings of their key written at least a quarter as often as the
    most frequent one, the one with most accents, then the most frequent, then the
    longest: accents usually mark the careful spelling (`López` over `Lopez`), but a rare
    typo (`Reyés` once against `Reyes` 114 times) must not name the person.
    """
    by_key = {}
    for name, key, count in spellings:
        by_key.setdefault(key, {})[name] = count
    best = {}
    for key, found in by_key.items():
        most = max(found.values())
        best[key] = max((name for name, count in found.items() if 4 * count >= most),
                        key=lambda name: (sum(not ch.isascii() for ch in name),
                                          found[name], len(name), name))
    counts = {key: sum(found.values()) for key, found in by_key.items()}
    persons = person_keys(counts, lambda a, b: (a, b) in together or (b, a) in together)
    return {key: (persons.get(key, key), best[persons.get(key, key)]) for key in by_key}


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

    def _people(self):
        """Return {key: (person's key, name)}: the `people` table, or, in a store written
        before it was kept (read-only here), decided now."""
        if self._has_table("people"):
            return {key: (person, name) for key, person, name
                    in self._query("SELECT key, person, name FROM people")}
        return decide_people(self._query(
            "SELECT n.name, n.key, c.count FROM (SELECT s.nameno, count(*) AS count "
            "FROM spoken s JOIN docs d USING (docno) WHERE d.state != ? GROUP BY s.nameno) c "
            "JOIN names n USING (nameno)", (RETIRED,)), set(self._query(TOGETHER)))

    def speaker_table(self):
        """Return [(name, paragraphs, first date, last date, is a person)] for every speaker.

        People first, most paragraphs first; then generic labels and roles (Pregunta, Presidente).
        Every spelling of one person counts as that person (speaker_groups).
        """
        rows = self._query(
            "SELECT n.key, count(DISTINCT s.docno || '#' || s.paragraph), min(d.date), max(d.date) "
            "FROM spoken s JOIN names n USING (nameno) JOIN docs d USING (docno) "
            "WHERE d.state = ? GROUP BY n.key", (LIVE,))
        names = self.speaker_names()
        people = {}
        for key, count, first, last in rows:
            name = names.get(key, key)  # a writer may commit between the two queries
            known = people.get(name)
            if known:  # another spelling of the same person
                count = known[1] + count
                first = min(filter(None, (known[2], first)), default=None)
                last = max(filter(None, (known[3], last)), default=None)
            people[name] = (name, count, first, last, is_person(name))
        return sorted(people.values(), key=lambda row: (not row[4], -row[1], row[0]))

    # The writing side: counts kept as versions change, people decided at commit.

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
            set(self._query(TOGETHER)))
        self.connection.execute("DELETE FROM people")
        self.connection.executemany("INSERT INTO people VALUES (?, ?, ?)",
                                    [(key, person, name) for key, (person, name) in people.items()])
        self.people_stale = False
