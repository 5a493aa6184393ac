"""Verbs of saying that state no person's words where they stand: an impersonal report, an author's works.

- An impersonal `se` before a verb of saying and `que` or a colon, with no subject before it (`En ella se alega
  que…`, `Allí se afirma que…`, `…, donde se asegura que…`): a text's or an unnamed source's words, not the person
  followed's. `«…», se lamenta X` (a subject after the verb, no `que`), `X se quejó de que…` (a verb that takes `se`
  of its own subject) and `X, molesta, se decía que…` (a subject before the apposition) are not such reports.
- A verb of writing whose object counts works (`escribió 45 adaptaciones`, `escribía novelas y cuentos`, `escribió
  varias telenovelas`): an author's works, an act; `escribió en su cuenta que…`, `escribió una carta` and `«…»,
  escribió X` stay statements.
- A refusal to act: `negarse a` (`se negó a declarar`, `se niega al acuerdo`), and `rechazar` before an infinitive
  (`rechaza firmar la camiseta`, `rechazó entrevistarse con el diario`); what is refused is an act, even one of
  saying (`rechazó hacer declaraciones`), and nothing is stated. `rechazó las acusaciones`, `rechaza que…` and
  `rechazó haber cobrado` (a perfect infinitive: a past fact denied) stay statements.

- A verb of saying that tells what someone is or will be, not what they say: `confirmarse como` (`busca
  confirmarse como la gran figura`, `se confirmó como líder`) and `prometer` before `ser` or `convertirse` (`promete
  ser el nombre más comentado`: the writer's forecast). `confirmó que…` and `prometió que…` stay statements.

Read by search.speakers.reporting.reports.

>>> impersonal_report("en ella se alega que el bloqueo".split(), 3)
True
>>> counts_works("45 adaptaciones y 65 historias".split()), counts_works("en su cuenta que".split())
(True, False)
>>> refuses("", "rechaza", ["firmar", "la", "camiseta"]), refuses("", "rechazó", ["haber", "cobrado"])
(True, False)
>>> tells_being("", "confirmarse", ["como", "la"]), tells_being("", "promete", ["ser", "el"])
(True, True)
"""

import re

from search.speakers import lexicon as lex
from search.speakers.quoted_terms import impersonal_at
from search.speakers.things import WORKS

# Plural nouns for what an author writes (search.speakers.things.WORKS's, and the kinds of a writer's pieces), and the
# words that count them (`sus primeras novelas`, `más de veinte guiones`).
WORKS_WRITTEN = frozenset(noun + ("s" if noun[-1] in "aeiouáéíóú" else "es") for noun in WORKS) | frozenset(
    "adaptaciones historias guiones cuentos poemas versos radionovelas telenovelas capítulos episodios relatos "
    "obras libros".split())
WORK_COUNTERS = frozenset("sus varias varios muchas muchos numerosas numerosos decenas cientos más de unas unos "
                          "las los primeras primeros dos tres cuatro cinco seis siete ocho nueve diez veinte "
                          "cien".split())
# Words before an impersonal `se` that leave it no subject: a pronoun or an adverb of place (`en ella se alega`,
# `allí se afirma`), a relative, a connective.
# An infinitive, with a clitic or not (`firmar`, `entrevistarse`, `autografiarla`).
INFINITIVE = re.compile(r"^[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les|me|nos)?$")
NO_SUBJECT_BEFORE_SE = frozenset("ella él ello ellas ellos esta este esto allí aquí ahí donde que también además "
                                 "asimismo".split())


def impersonal_report(lower: list[str], index: int) -> bool:
    """Tell whether the verb at index of a sentence's lower-case tokens is an impersonal report (see the module): `se`
    before it, `que` or a colon after it, a verb search.speakers.quoted_terms.impersonal_at reads, and no subject
    before `se` (the sentence's start, a colon, a preposition, a pronoun or an adverb of place; not a comma: `X,
    halagado, se decía que…` has its subject before the apposition)."""
    if index < 1 or lower[index - 1] != "se" or lower[index + 1:index + 2] not in (["que"], [":"]) \
            or not impersonal_at(lower, index - 1):
        return False
    word = lower[index - 2] if index >= 2 else ""
    return word in ("", ":", ";", "(") or word in lex.GOVERNING or word in NO_SUBJECT_BEFORE_SE


def counts_works(after: list[str]) -> bool:
    """Tell whether the words after a verb of writing count works (see the module): a number, or a plural noun for
    works after determiners and quantifiers."""
    for word in after:
        if word.isdigit():
            return True
        if word not in WORK_COUNTERS:
            return word in WORKS_WRITTEN
    return False


def refuses(before: str, word: str, after: list[str]) -> bool:
    """Tell whether the verb word (before it, the word before; after, the next words) refuses an act (see the
    module): `se negó a…`, `se niega al…`, or a form of `rechazar` before an infinitive other than `haber`."""
    if before == "se" and word.startswith(("neg", "nieg")) and after[:1] in (["a"], ["al"]):
        return True
    return word.startswith("rechaz") and bool(after) and after[0] != "haber" and INFINITIVE.match(after[0]) is not None


BEING = frozenset("ser convertirse volverse".split())  # `promete ser…`: what someone will be


def tells_being(before: str, word: str, after: list[str]) -> bool:
    """Tell whether the verb word (before it, the word before; after, the next words) tells what someone is or will
    be, not what they say (see the module): reflexive `confirmar` before `como`, `prometer` before `ser`."""
    if word.startswith("confirm") and (word.endswith("se") or before == "se") and after[:1] == ["como"]:
        return True
    return word.startswith("promet") and after[:1] != [] and after[0] in BEING
