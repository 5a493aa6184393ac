"""What an archive's transcripts say about two spellings: the roles their turn labels give them.

A transcript introduces a speaker with a role (`CLAUDIA SHEINBAUM PARDO, JEFA DE GOBIERNO DE LA CIUDAD
DE MÉXICO:`), then names them alone (`CLAUDIA SHEINBAUM PARDO:`). The role is evidence beyond counts when
two close spellings must be told one person or two (search.text.names.person_keys):
- the same role (its own words, such as `ciudad mexico`, not its head `jefa de gobierno`) says one person,
  whatever the counts: `Claudia Sheiunbaum Pardo` (30 paragraphs), `Claudia Sheinbaum Pardo` (62);
- a spelling never introduced, in a document that introduces a close one, is that one: a short label
  mistyped after the introduction (`JOSÉ ERNESTO RAMÍREZ GONZÁLEZ, TITULAR DE …:`, then `JORGE ERNESTO
  RAMÍREZ GONZÁLEZ:` four times);
- different roles say two people (`Gabriel García Rodríguez, director del COPAC`, `Gabriela Rodríguez,
  secretaria general del CONAPO`), and so does speaking in one paragraph.

>>> label_role("GADY ZABICKY SIROT, TITULAR DE LA COMISIÓN NACIONAL CONTRA LAS ADICCIONES (CONADIC): Gracias.",
...            "Gady Zabicky Sirot")
'titular comision nacional adicciones conadic'
>>> same_role(role_words("comisionado nacional contra las adicciones"), role_words("titular comision conadic"))
False
>>> same_role(role_words("comisionado nacional adicciones"), role_words("titular comision nacional adicciones"))
True
"""

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from search.text.folding import fold_name, speaker_key
from search.text.names import ROLE_WORDS, TITLES, within_edits

LABEL_LONGEST = 300  # characters of a label before its colon (search.speakers.turns reads as many)
WORD = re.compile(r"[^\W\d_]+")
# Words that join a role's words (`de la`, `contra las`), and the heads and adjectives that many roles share:
# neither tells one role from another.
JOINING = frozenset("de del la las los el y e en para por con contra sin a al o u".split())
HEADS = TITLES | ROLE_WORDS | frozenset(
    "general nacional adjunto adjunta federal estatal titular encargado encargada responsable".split())


def label_role(text: str, name: str) -> str | None:
    """Return the role words, folded, that a turn label opening text gives the speaker `name`, or None.

    A label in capitals names the speaker and may hold a role before or after the name (`PRESIDENTE …`,
    `…, SUBSECRETARIO DE …`, `… (CONADIC)`). One in mixed case is `Name, role:`, its role opening with a
    role word (`ministra`, `portavoz`): in novels, `Name, clause:` is prose (`Don Pablo, exaltándose: …`).
    Text that doesn't open with a label of that speaker (its last name word in it), or a label with no
    other words, gives None.
    """
    colon = text.find(":", 0, LABEL_LONGEST)
    if colon < 3:
        return None
    head = text[:colon].strip(" *\ufeff")
    last = speaker_key(name).split()[-1:]
    if not last:
        return None
    if any(ch.islower() for ch in head):
        named, comma, head = head.partition(",")
        named, role = speaker_key(named).split(), WORD.findall(fold_name(head))
        if not comma or last[0] not in named or not set(named) <= set(speaker_key(name).split()) \
                or not role or role[0] not in TITLES | ROLE_WORDS:
            return None  # prose with a colon (`Según Ana Gil: …`, `Ana Gil, sin dudarlo: …`), or no role
        own = frozenset()
    else:
        own = frozenset(speaker_key(name).split())
    words = WORD.findall(fold_name(head))
    if own and last[0] not in words:
        return None  # a label of someone else
    role = [word for word in words if word not in own and word not in JOINING and len(word) > 1]
    return " ".join(role) or None


@lru_cache(maxsize=16384)
def role_words(role: str) -> frozenset:
    """Return the words of a folded role that tell it from others: not its joining words nor its head."""
    return frozenset(word for word in WORD.findall(fold_name(role)) if word not in JOINING and word not in HEADS)


def _overlap(a: frozenset, b: frozenset) -> int:
    smaller, larger = sorted((a, b), key=len)
    return sum(1 for word in smaller if word in larger or len(word) >= 5
               and any(within_edits(word, other, 1) for other in larger))


def same_role(a: frozenset, b: frozenset) -> bool:
    """Tell whether two roles' words (role_words) are one role: half the smaller's words in the other, one
    letter off allowed (`tirular`, `epidemologia`)."""
    if not a or not b:
        return False
    overlap = _overlap(a, b)
    return overlap >= 1 and 2 * overlap >= min(len(a), len(b))


class Evidence:
    """What the documents of an archive tell about pairs of speaker keys (see the module's docstring).

    together: pairs of keys that speak in one paragraph; roles: [(key, docno, folded role)] from the turn
    labels (label_role); documents: [(key, docno)] of the keys that speak in documents with roles; spoken:
    [(key, docno)] of every key and the documents it speaks in, or a callable returning them when first needed.
    """

    def __init__(self, together: Iterable = (), roles: Iterable = (), documents: Iterable = (),
                 spoken: Iterable | Callable[[], Iterable] = ()):
        self.together = {frozenset(pair) for pair in together}
        self.roles: dict[str, set] = {}
        self.introduced: dict[str, set] = {}  # key -> docnos whose labels give it a role
        for key, docno, role in roles:
            found = role_words(role)
            if found:
                self.roles.setdefault(key, set()).add(found)
                self.introduced.setdefault(key, set()).add(docno)
        self.documents: dict[str, set] = {}
        for key, docno in documents:
            self.documents.setdefault(key, set()).add(docno)
        self._spoken, self.spoken = spoken, None  # read on first use: few pairs ever ask (one_document)

    def one_document(self, a: str, b: str) -> bool:
        """Tell whether a document gives a and b as two speakers: it wrote both names and kept them apart (the
        speakers package joins the forms of one person's name in a document), so they are two people there."""
        if self.spoken is None:
            self.spoken = {}
            for key, docno in self._spoken() if callable(self._spoken) else self._spoken:
                self.spoken.setdefault(key, set()).add(docno)
        return not self.spoken.get(a, set()).isdisjoint(self.spoken.get(b, ()))

    def same(self, a: str, b: str) -> bool:
        """Tell whether the documents say a and b are one person: the same role, or b introduced in a
        document where a, never introduced anywhere, speaks (or the other way round)."""
        if self.apart(a, b):
            return False
        ours, theirs = self.roles.get(a, ()), self.roles.get(b, ())
        if any(same_role(x, y) for x in ours for y in theirs):
            return True
        if bool(ours) == bool(theirs):
            return False
        new, known = (a, b) if theirs else (b, a)
        return bool(self.documents.get(new, set()) & self.introduced[known])

    def apart(self, a: str, b: str) -> bool:
        """Tell whether the documents say a and b are two people: they speak in one paragraph, or their
        labels give them different roles and never the same one."""
        if frozenset((a, b)) in self.together:
            return True
        ours, theirs = self.roles.get(a, ()), self.roles.get(b, ())
        return bool(ours) and bool(theirs) and not any(_overlap(x, y) for x in ours for y in theirs)
