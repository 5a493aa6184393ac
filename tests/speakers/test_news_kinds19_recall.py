"""Issue 14, round 19 (sp19b): recall where no mechanism fired. Rows of my own wording, other names and shapes, with
negatives.

- A verb with `se` in a `donde` clause after a comma (`…, donde se comprometió a…`): a pronominal verb of saying
  (lex.REFLEXIVE: `se comprometió`, `se quejó`) keeps the main clause's subject, as a verb with no `se` does (`…,
  donde anunció…`); an impersonal `se` (`…, donde se argumentó`) is no one's; and the place `donde` stands for is
  never the subject (search.speakers.subjects).
"""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La consejera Elvira Mata visitó Lugo, donde se comprometió a reabrir el ambulatorio.", ["Elvira Mata"]),
        ("Hugo Arnal se reunió con los regantes en Teruel, donde se quejó de que el agua no llega.", ["Hugo Arnal"]),
        ("El presidente del club, Andrés Pons, viajó a Bilbao, donde se pronunció sobre el fichaje.", ["Andrés Pons"]),
        # negatives: an impersonal `se`; a verb with no statement
        ("Elvira Mata visitó Lugo, donde se argumentó que el ambulatorio cerrará.", []),
        ("Elvira Mata visitó Lugo, donde se inauguró un ambulatorio.", []),
    ],
)
def test_a_pronominal_verb_after_donde_keeps_the_main_subject(line, expected):
    assert paragraph_speakers([line]) == [expected]
