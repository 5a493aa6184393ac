"""The imperfect subjunctive read as a past: `después de que X anunciara que…`, `fue X quien confirmara que…`.

Latin American (and much Spanish) news writes a past statement in the `-ra` form after a temporal `que` and
after a relative `quien`: `luego de que el candidato dijera que…` means he said it. Elsewhere the form is a
real subjunctive and reports nothing: `le pidió que explicara…`, `si lo afirmara…`, `para que declarara…`. So the
form is read as the preterite only after those leads, within its clause.
(RAE, Nueva gramática de la lengua española, §24.2: the `-ra` form with the value of a past indicative.)

>>> past_subjunctive("Horas después de que el ministro Ruiz anunciara que no irá.")
'Horas después de que el ministro Ruiz anunció que no irá.'
>>> past_subjunctive("Le pidió que explicara el plan.")
'Le pidió que explicara el plan.'
"""

import re

from search.speakers import verbs as lex

# The `-ra` forms of the verbs of saying, to their preterite: `anunciara` -> `anunció`, `dijeran` -> `dijeron`.
IRREGULAR = {"dijera": "dijo", "dijeran": "dijeron", "sostuviera": "sostuvo", "advirtiera": "advirtió",
             "pidiera": "pidió", "propusiera": "propuso", "reconociera": "reconoció", "sugiriera": "sugirió",
             "expusiera": "expuso", "defendiera": "defendió", "concluyera": "concluyó", "previniera": "previno",
             "advirtieran": "advirtieron", "reconocieran": "reconocieron", "pidieran": "pidieron"}
ENDS = (("ara", "ó"), ("aran", "aron"))  # `-ar`; `-er` and `-ir` below
FORMS = {stem + end: stem + past for stem in lex.AR.split() for end, past in ENDS} \
    | {stem + end: stem + past for stem in (lex.ER + " " + lex.IR).split()
       for end, past in (("iera", "ió"), ("ieran", "ieron"))} | IRREGULAR
SUBJUNCTIVES = frozenset(FORMS)
# After these the `-ra` form tells a past: a temporal `que` (`después de que`, `luego de que`, `desde que`,
# `antes de que` is left out: it tells what had not happened yet) and a relative `quien`.
LEAD = r"(?:(?:después|luego|tras|apenas) de que|desde que|una vez que|\bquien(?:es)?)"
# The lead and the verb in one clause: no sentence end, colon or quotation mark between them, at most 25 words.
PAST = re.compile(r"\b" + LEAD + r"\b([^.;:«»\"“”?!]{0,200}?)\b(" + "|".join(sorted(FORMS, key=len, reverse=True))
                  + r")\b", re.I)


def may_tell_past(lower: str, words) -> bool:
    """Tell whether a paragraph's lower-case text holds a lead and its words (lower case) a `-ra` form of a verb of
    saying: a cheap look first (`de que` covers `desde que`), as most paragraphs hold neither."""
    return ("de que" in lower or "quien" in lower or "vez que" in lower) and not SUBJUNCTIVES.isdisjoint(words)


def past_subjunctive(text: str) -> str:
    """Return text with each `-ra` form of a verb of saying that follows a lead in its clause written as the
    preterite (`anunciara` -> `anunció`); see may_tell_past for a cheap look first."""

    def preterite(match: re.Match) -> str:
        if match.group(1).count(" ") > 25:
            return match.group()
        verb = match.group(2)
        past = FORMS[verb.lower()]
        return match.group()[:match.start(2) - match.start()] + (past.capitalize() if verb[0].isupper() else past)
    return PAST.sub(preterite, text)
