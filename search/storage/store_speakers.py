"""The speakers of the record store: one name per person, people apart from roles.

A mixin of RecordStore (store.py): it reads the `names` and `spoken` tables
(store_tables.py) through the store's `_query`.
"""

from search.storage.versions import LIVE
from search.text.names import is_person, person_keys


class StoreSpeakers:
    """Speaker names, groups of spellings and the speakers' table of a RecordStore."""

    def speaker_names(self):
        """Return {key: display name}: per person, among the spellings written at least a
        quarter as often as the most frequent one, the one with most accents, then the most
        frequent, then the longest.

        Accents usually mark the careful spelling (`López` over `Lopez`), but a rare typo
        (`Reyés` once against `Reyes` 114 times) must not name the person. Every spelling of
        one person (speaker_groups) shows that person's name.
        """
        spellings = {}
        for name, key, count in self._query(
                "SELECT n.name, n.key, count(s.nameno) FROM names n "
                "LEFT JOIN spoken s USING (nameno) GROUP BY n.nameno"):
            spellings.setdefault(key, {})[name] = count
        best = {}
        for key, found in spellings.items():
            most = max(found.values())
            best[key] = max((name for name, count in found.items() if 4 * count >= most),
                            key=lambda name: (sum(not ch.isascii() for ch in name),
                                              found[name], len(name), name))
        groups = self.speaker_groups()
        return {key: best[groups.get(key, (key,))[0]] for key in best}

    def speaker_groups(self):
        """Return {key: (the person's key, its other spellings...)} for people named more than one way.

        Decided across the archive (search.text.names.person_keys): the filter `orador:` and the
        facets both read it, so they agree. Readers load it once per state of the index.
        """
        counts = dict(self._query(
            "SELECT n.key, count(*) FROM spoken s JOIN names n USING (nameno) GROUP BY n.key"))
        people = {}
        for key, person in person_keys(counts, self._speak_together).items():
            people.setdefault(person, [person]).append(key)
        return {key: tuple(group) for group in people.values() for key in group}

    def _speak_together(self, first, second):
        """Tell whether two speaker keys ever speak in one paragraph: then they are two people."""
        return bool(self._query(
            "SELECT 1 FROM spoken a JOIN names m ON m.nameno = a.nameno JOIN spoken b "
            "ON b.docno = a.docno AND b.paragraph = a.paragraph JOIN names n ON n.nameno = b.nameno "
            "WHERE m.key = ? AND n.key = ? LIMIT 1", (first, second)))

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
            name = names[key]
            known = people.get(name)
            if known:  # another spelling of the same person
                count = known[1] + count
                first = min(filter(None, (known[2], first)), default=None)
                last = max(filter(None, (known[3], last)), default=None)
            people[name] = (name, count, first, last, is_person(name))
        return sorted(people.values(), key=lambda row: (not row[4], -row[1], row[0]))
