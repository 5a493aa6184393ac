"""Spanish stems: Snowball, with singular and plural (and the spellings of one word) meeting.

Snowball Spanish (https://snowballstem.org/algorithms/spanish/stemmer.html) cuts verb
endings in step 2b and a residual -os/-a/-o/-e at the end. Nouns and adjectives ending in
a consonant look like verbs to it: `enfermedad` loses `-ad` (enfermed) but `enfermedades`
only `-es` (enfermedad); `mujer` loses `-er`, `mujeres` `-es`. So the two numbers of most
consonant-ending words never met. Lucene's SpanishLightStemmer (Savoy's "light" stemmer,
Elasticsearch's `light_spanish`) strips -os/-as/-es and turns -ces into -z, and nothing
else, so it meets plurals but not verb forms (`hablamos`, `habla`, `hablar`).

Here the plural is first written as its singular, by the rules of Spanish spelling (RAE,
Ortografía 2010, 3.4 and the plural rules of the Nueva gramática, 3.2-3.3), then Snowball
stems the singular:

- vowel + s: `casas` -> `casa`, `próximos` -> `próximo` (verb forms in -mos and
  infinitives with -nos stay verbs: see VERB_ENDING, ADJECTIVE_MOS);
- consonant + es: `ciudades` -> `ciudad`, `mujeres` -> `mujer`, `leyes` -> `ley`;
  before -nes and -ses an aguda singular gets back its accent (`canciones` -> `canción`,
  `intereses` -> `interés`) and an esdrújula plural loses it (`jóvenes` -> `joven`);
- `-ces` -> the stem ends in c, as a singular in z does (`luces`, `luz` -> luc; `dulces`,
  `dulce` -> dulc): Spanish writes z as c before e and i, so a final z is stemmed as c
  (not a z inside the stem: `marzo` stays apart from `marca`, `plaza` from `placa`; nor
  the -ez of a word of two syllables or more, mostly surnames, with or without their
  accent: `Pérez` and `Perez` are not `perecer`; `rapidez` keeps a rare plural apart);
- a singular ending in -d is kept whole (`verdad`, `Madrid`, `covid`): step 2b's
  imperative endings -ad, -ed, -id cut nouns (`verdad`/`verde`, `Madrid`/`madre`,
  `covid`/`cov`), and the vosotros imperative they are for is rare in the press;
- an adjective in -icular is kept whole, as Lucene's light stemmer keeps it: step 2b cut
  its -ar as an infinitive's (`particular` -> particul, the stem of `partícula`);
- an accent Spanish never writes (on the last syllable of a word ending in a consonant
  other than n or s, with no hiatus) is dropped before stemming: `remdesivír`, `felíz`.

Invariant plurals (`crisis`, `lunes`, `virus`) keep their one form. bench/plurals.py
measures each rule over a vocabulary: the singular/plural pairs that meet and the words
each rule joins that were apart.
"""

import re
from functools import lru_cache

import snowballstemmer

from search.text.folding import fold, fold_foreign
from search.text.patterns import LazyPattern

_stemmer = snowballstemmer.stemmer("spanish")  # PyStemmer's C stemmer when installed

VOWELS = "aeiouáéíóúü"
ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
UNACUTE = {v: k for k, v in ACUTE.items()}
# Verb forms in -mos and infinitives or gerunds with -nos, which are not plurals.
VERB_ENDING = LazyPattern(r"(?:[aeiáéí]mos|(?:ar|ir|(?<!i)er)nos|ndonos)$")
# A written accent in a word in -mos, but for the verb endings that have one (-ábamos,
# -íamos, -áramos, -iéramos, -ásemos, -iésemos, oímos): an esdrújula noun or adjective
# (`próximos`, `máximos`, `últimos`, `préstamos`, `páramos`, `buenísimos`), not a verb.
ADJECTIVE_MOS = LazyPattern(r"[áéíóú]\w*mos$")
VERB_MOS = LazyPattern(r"(?:[áéí]bamos|íamos|[áé]ramos|iéramos|[áé]semos|iésemos|[aeo]ímos)$")
# Plurals that VERB_ENDING takes for verbs, found in the Snowball vocabulary: nouns in -mo
# (`gramos`, `kilogramos`, `reclamos`, `tramos`, `primos`) and adjectives in -erno
# (`modernos`, `paternos`) whose stem Snowball cuts as it would `comernos`.
NOUN_MOS = LazyPattern(r"(?:kilo|mili|micro|nano|centi|deci|hecto)?gramos|reclamos|tramos|ramos|extremos"
                      r"|supremos|blasfemos|primos|racimos|modernos|paternos|maternos|eternos|fraternos|cuadernos"
                      r"|subalternos")
# Verbs in -es that look like plurals: `quieres`, `prefieres`, `mueres` (of no singular
# in -r), gerunds with -les (`diciéndoles`).
VERB_ES = LazyPattern(r"(?:[iu]eres|ndoles)$")
# Accented plurals of nouns in -é (`comités`, `cafés`, `bebés`, `clichés`) and futures
# Snowball leaves whole (`podrás`, `dirás`, `verás`): their singular lacks the s.
# Singulars in -és (`inglés`, `interés`, `Cortés`) end otherwise.
ACCENTED_PLURAL = LazyPattern(r"(?:[fbpm]é|[^r]té|ché|rá)s$")
# Plurals in -res of a singular in -re after a vowel, which the -es rule would cut to -r.
PLURAL_OF_E = LazyPattern(r"\w*aires|títeres|víveres")
INVARIANT = frozenset({"dios"})  # a singular in -os whose -o form is another word (dio)
# Plurals of agudas ending in a stressed vowel: `mamás`, `sofás`, `menús`, `dominós`
# (those in -é are ACCENTED_PLURAL's, and Snowball cuts -ís as a verb ending: `esquís`
# meets `esquí`). Futures in -rás are ACCENTED_PLURAL's; agudas in -bús are singulars
# (`autobús`). The other singulars in -ás, -ús and -ós of the Snowball vocabulary and of
# the briefings and novels are listed: adverbs (`además`, `jamás`), names (`Tomás`), `adiós`.
STRESSED_PLURAL = LazyPattern(r"(?:[^r]á|(?<!b)ú|ó)s$")
STRESSED_SINGULAR = frozenset({
    "además", "atrás", "compás", "demás", "detrás", "estás", "jamás", "nomás", "quizás", "satanás",
    "tomás", "nicolás", "barrabás", "ananás", "ordás", "judás", "caifás", "jesús", "adiós", "rediós", "quirós",
    "quisás"})
# Nouns in an unstressed -i or -u take an -s (`taxis`, `tribus`, `espíritus`). They are
# few, and most words in -is and -us are singulars the same in the plural (`crisis`,
# `tenis`, `estatus`, `virus`), which Snowball keeps apart from the words their -is or
# -us form would meet (`tenía`, `estatua`: its residual -a cut): so the plurals are listed,
# compounds included (`radiotaxis`, `neonazis`; not `sintaxis`).
UNSTRESSED_PLURAL = LazyPattern(
    r"\w*(?:(?<!sin)taxi|combi|nazi|zombi|bikini|kiwi|safari|yeti|jacuzzi|brócoli|alibi|ravioli|wiki"
    r"|metrópoli|cursi|tlatoani|calpulli|espíritu|tribu|ímpetu)s")
ES_AFTER = "dlnrsjxyzc"  # consonants a singular ends in before the plural's -es
SHORTEST = 4  # letters: shorter words are never taken for plurals (`tres`, `mes`)


def _syllables(word):
    """Return how many vowel groups a word has (diphthongs count once; a rough count)."""
    return len(re.findall(r"[aeiouáéíóúü]+", word))


def _stressed(base):
    """Give a polysyllabic aguda singular (in -n or -s) its written accent: `cancion` -> `canción`."""
    if _syllables(base) < 2 or any(ch in UNACUTE for ch in base):
        return base
    groups = list(re.finditer(r"[aeiouü]+", base))
    last = groups[-1]
    vowels = last.group()
    # the strong vowel of a diphthong carries the accent, else the last weak one
    at = next((i for i, ch in enumerate(vowels) if ch in "aeo"), len(vowels) - 1)
    at += last.start()
    return base[:at] + ACUTE[base[at]] + base[at + 1:]


def singular(word, off=frozenset()):
    """Return the singular a lowercase plural word is written as, or the word itself.

    `off` names rules left out (RULES), for bench/plurals.py.

    >>> [singular(w) for w in ("casas", "ciudades", "canciones", "jóvenes", "próximos", "tenemos")]
    ['casa', 'ciudad', 'canción', 'joven', 'próximo', 'tenemos']
    """
    if len(word) < SHORTEST or word[-1] != "s" or word in INVARIANT:
        return word
    if word[-2] in "oa":
        if VERB_ENDING.search(word) and ("-mos nouns" in off or not NOUN_MOS.fullmatch(word)) and (
                "-mos adjectives" in off or not ADJECTIVE_MOS.search(word) or VERB_MOS.search(word)):
            return word
        return word[:-1]
    if "accented -s" not in off and ACCENTED_PLURAL.search(word):
        return word[:-1]
    if word[-2] in "áúó" and "stressed vowel -s" not in off:
        return word[:-1] if STRESSED_PLURAL.search(word) and word not in STRESSED_SINGULAR else word
    if word[-2] in "iu" and "-is/-us" not in off and UNSTRESSED_PLURAL.fullmatch(word):
        return word[:-1]
    if word[-2] != "e" or "-es" in off or VERB_ES.search(word):
        return word
    if word[-3] in "íú":
        return word[:-2]  # israelíes, tabúes
    if len(word) == SHORTEST:
        return word  # tres, mies
    if word[-3] == "o" or (word[-3] in ES_AFTER and word[-4] not in VOWELS) or word.endswith("oides") \
            or PLURAL_OF_E.fullmatch(word):
        return word[:-1]  # héroes, responsables, calles, asteroides: the singular ends in -e
    if word[-3] in ES_AFTER:
        base = word[:-2]
        if base[-1] in "ns" and "accents" not in off:
            if any(ch in UNACUTE for ch in base):  # jóvenes, exámenes: llana singular
                return "".join(UNACUTE.get(ch, ch) for ch in base) if base[-1] == "n" else base
            return _stressed(base)
        return base
    return word


LAST_VOWELS = LazyPattern(r"([aeiouáéíóúü]+)[^aeiouáéíóúü]+$")  # a word's last vowels, then consonants to its end


def _unwritten_accent(word):
    """Drop an accent Spanish never writes: on the last vowel of a word ending in a
    consonant other than n or s, when it marks no hiatus (`remdesivír`, `felíz`, `Ruíz`)."""
    if not word or word[-1] in VOWELS or word[-1] in "ns" or word.isascii():  # no accent to drop
        return word
    match = LAST_VOWELS.search(word)
    if match is None:
        return word
    group = match.group(1)
    accented = [i for i, ch in enumerate(group) if ch in UNACUTE]
    if not accented:
        return word
    i = accented[0]
    hiatus = group[i] in "íú" and any(ch in "aeo" for ch in group)
    if hiatus:
        return word
    at = match.start(1) + i
    return word[:at] + UNACUTE[word[at]] + word[at + 1:]


@lru_cache(maxsize=200_000)
def snowball_stem(word):
    """Return the Snowball Spanish stem of a lowercase word."""
    return _stemmer.stemWord(word)


# The rules stem() applies, by the names bench/plurals.py leaves them out with.
RULES = ("-es", "accents", "accented -s", "stressed vowel -s", "-is/-us", "-mos adjectives", "-mos nouns",
         "-d kept", "-icular kept", "z as c", "unwritten accent")


@lru_cache(maxsize=200_000)
def stem(word):
    """Return the index stem of a lowercase word: Snowball's stem of its singular.

    Letters with diacritics Spanish doesn't use are folded first (`vilà` stems as `vila`),
    an accent Spanish never writes is dropped, a plural is written as its singular
    (singular), a singular in -d is kept whole and a final z is stemmed as c.

    >>> [stem(w) for w in ("enfermedades", "enfermedad", "luces", "luz", "mujeres", "mujer")]
    ['enfermedad', 'enfermedad', 'luc', 'luc', 'muj', 'muj']
    """
    return rule_stem(word)


def rule_stem(word, off=frozenset()):
    """Return stem(word) made without the rules named in `off` (RULES); uncached."""
    word = singular(fold_foreign(word), off)
    if "unwritten accent" not in off:
        word = _unwritten_accent(word)  # after singular: `felíces` -> `felíc` -> `felic`
    found = snowball_stem(word)
    # The endings first: most words end otherwise, and need no folding here
    if (word.endswith(("ad", "ed", "id")) and "-d kept" not in off
            or fold(word).endswith("icular") and "-icular kept" not in off) and fold(found) == fold(word[:-2]):
        return fold(word)  # step 2b's cut of an imperative or infinitive, which these are not
    if word.endswith("z") and found.endswith("z") and "z as c" not in off \
            and not (word.endswith("ez") and _syllables(word) >= 2):  # López, Pérez: with or without accent
        return found[:-1] + "c"  # luz as luces, vez as veces, actriz as actrices
    return found


@lru_cache(maxsize=200_000)
def plain_stem(word):
    """Return the Snowball stem of a lowercase word, foreign diacritics folded first."""
    return snowball_stem(fold_foreign(word))
