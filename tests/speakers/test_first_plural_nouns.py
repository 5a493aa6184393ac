"""A word in `-mos` after a plural article, possessive, demonstrative, quantifier or numeral is a noun or an
adjective, not the first person plural that goes on with the last speaker (review21, finding 3). Our own wording,
other names."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import in_first_plural

QUOTED = ["Titular", "El concejal Tomás Ibarra dijo: «Vamos a escuchar a cada familia del mercado»."]


@pytest.mark.parametrize("sentence, expected", [
    # nouns and adjectives in `-mos`: the narrator's third person
    ("Los comerciantes entregaron sus reclamos a la concejalía.", []),
    ("Las obras cortaron los tramos norte y sur de la avenida.", []),
    ("Los vecinos piden evitar los extremos en el debate.", []),
    ("Al acto llegaron dos primos del concejal.", []),
    ("La policía cerró 3 tramos de la carretera.", []),
    ("Los comerciantes se organizaron ellos mismos.", []),
    ("Varios reclamos siguen sin respuesta.", []),
    # the first person plural still goes on with the speaker, a clitic `los` after a negation too
    ("Y así seguiremos trabajando con los comerciantes.", ["Tomás Ibarra"]),
    ("No los abandonaremos nunca.", ["Tomás Ibarra"]),
    ("Cada semana recibimos sus reclamos.", ["Tomás Ibarra"]),
])
def test_a_noun_in_mos_is_no_first_person_plural(sentence, expected):
    assert paragraph_speakers([*QUOTED, sentence])[2] == expected


@pytest.mark.parametrize("text, expected", [
    ("Presentaron sus reclamos.", False),
    ("Revisaron estos extremos con cuidado.", False),
    ("Quedan unos tramos por asfaltar.", False),
    ("Lo dijeron a sí mismos.", False),
    ("Recordemos que la ley cambió.", False),  # the narrator's imperative
    ("Se las enviaremos mañana.", True),
    ("Sabemos lo que pasó.", True),
    ("Todos los días trabajamos.", True),
])
def test_in_first_plural(text, expected):
    assert in_first_plural(text) is expected
