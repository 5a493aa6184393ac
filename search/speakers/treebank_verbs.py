"""Verbs of saying and stance found by counting a treebank of Spanish, not by reading our own errors.

bench/saying_verbs_ud.py counts, in Universal Dependencies treebanks of Spanish, the verb lemmas that head a clause
with `que` (`ccomp` with a `mark` `que`) or a direct quotation, with a subject that looks human; its output is kept
in bench/saying_verbs_ud.tsv with the treebanks it read (UD_Spanish-GSD dev and test, CC BY-SA 4.0; UD_Spanish-PUD,
CC BY-SA 3.0; UD_Spanish-AnCora's files were not in the mirror we could read). Of the 41 lemmas it finds with such a
subject (90 occurrences), 29 (77 occurrences) were already in search.speakers.verbs or stance_verbs; the rest, and the
59 lemmas missing of the 128 found with any subject or none, were decided by hand (the decision column of the .tsv).

Where the line is drawn. The Nueva gramática (RAE–ASALE 2009, §43.2–43.3 on substantive clauses) sets the
predicates that take a `que` clause into verbs of language or communication (`decir`, `afirmar`, `especificar`),
of thought, judgement and belief (`creer`, `pensar`, `considerar`), of perception (`ver`, `oír`, `notar`), of
knowledge (`saber`, `descubrir`, `comprobar`, `entender`), of will and influence (`querer`, `pedir`, `permitir`)
and of affection (`lamentar`, `temer`). A news item that writes a verb of language of someone reports their words;
one of judgement or belief in the present reports a position they hold and said (`cree que`, already read; `piensa
que`, added here) — in the past it narrates a thought (`pensó que nadie lo vería`), as `temer` and `esperar` do in
stance_verbs. Verbs of perception and knowledge are left out: they are factive (they present their complement as
true: `X sabe que…`, `X descubrió que…`, `X vio que…`), so the fact is the narrator's, not a statement of X's, and
they report no act of speech. Verbs of will and causation with a `que` clause (`permitir`, `impedir`, `decidir`,
`lograr`, `implicar`, `significar`, `intentar`) report no words either.

Added, each with all the forms the other verbs of saying have:

- `especificar` (DLE: «explicar, declarar con individualidad algo»), a verb of language like `precisar` and
  `detallar`: `especificó que el plazo vence el lunes`;
- `presagiar` (DLE: «anunciar o prever algo»), beside `vaticinar`, `pronosticar`, `augurar`;
- `pensar` before `que`, in the present only (`piensa que`, `piensan que`): a belief held and said, like `cree que`.
"""

from search.text.word_sets import word_set


def conjugate(infinitive: str) -> frozenset[str]:
    """Return the regular third-person forms of an infinitive that report in news: past, present, imperfect and
    conditional, singular and plural, and the participle (`-ado`/`-ido`); never the future. An infinitive that ends
    in none of `-ar`, `-er`, `-ir` gives none.

    >>> sorted(conjugate("alertar"))[:3]
    ['alerta', 'alertaba', 'alertaban']
    >>> "temerá" in conjugate("temer"), conjugate("think")
    (False, frozenset())
    """
    stem, ending = infinitive[:-2], infinitive[-2:]
    if ending == "ar":
        ends = "ó a aba aría aron an aban arían ado"
    elif ending in ("er", "ir"):
        conditional = "ería erían" if ending == "er" else "iría irían"
        ends = f"ió e ía ieron en ían ido {conditional}"
    else:
        return frozenset()
    return frozenset(stem + end for end in ends.split())


LANGUAGE = ("especificar", "presagiar")  # verbs of language the treebank showed and the lexicon lacked
_FORMS = frozenset().union(*(conjugate(verb) for verb in LANGUAGE))
SINGULAR = frozenset(form for form in _FORMS if not form.endswith(("n", "ado", "ido")))
PLURAL = frozenset(form for form in _FORMS if form.endswith("n"))
PARTICIPLES = frozenset(form for form in _FORMS if form.endswith(("ado", "ido")))
INFINITIVES = frozenset(LANGUAGE)  # `quiso especificar que…`
# `piensa que…`: a belief stated, in the present and before `que` only (search.speakers.stance_verbs reads the frame).
THINKING = word_set("piensa piensan")
