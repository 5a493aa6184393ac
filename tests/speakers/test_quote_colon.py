"""A quotation, a colon, then who said it (search.speakers.quote_colon): `“…”: el actor mexicano Jaime Camil habla
su papel`, `“…”: Carlos López, director colombiano`, in a headline or a teaser: the person named first after the
colon. A body or a group there (`“…”: Grupo Aval`, `“…”: gremio de exportadores`) is no one. Issue 14, stop 34,
from Colombian news (El Colombiano). Rows of my own wording, other names."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.quote_colon import quoted_then_named

BODY = ["La película se estrena el jueves en todo el país.", "El rodaje duró dos años en Cartagena."]


@pytest.mark.parametrize(("text", "expected"), [
    ("“Es una obra sobre el exilio”: la directora chilena Rosa Vidal presenta su película", ["Rosa", "Vidal"]),
    ("“Volveré a jugar”: Mateo Quintero habló de su lesión", ["Mateo", "Quintero"]),
    ("«Hice música con Sanz»: Carlos Pérez, productor caleño", ["Carlos", "Pérez"]),
    ("Lea también: “No hay diálogo”: el senador Andrés Ruiz de la Vega rompe con el Gobierno",
     ["Andrés", "Ruiz", "de", "la", "Vega"]),
    # negatives: a body, a group, a role with no name, no quotation before the colon
    ("“Las empresas no damos más”: Grupo Aval", None),
    ("“Las empresas no damos más”: gremio de exportadores lanza una crítica", None),
    ("“No hay diálogo”: presidenta de la Andi", None),
    ("Mateo Quintero: “Volveré a jugar”", None),
    ("Entérese: el técnico Mateo Quintero habló de su lesión", None),
])
def test_the_name_after_the_quotation_and_colon(text, expected):
    assert quoted_then_named(text) == expected


@pytest.mark.parametrize(("headline", "expected"), [
    ("“Es una obra sobre el exilio”: la directora chilena Rosa Vidal presenta su película", ["Rosa Vidal"]),
    ("“Volveré a rodar pronto”: Mateo Quintero habló de su película", ["Mateo Quintero"]),
    ("“El cine colombiano vive su mejor momento”: Grupo Cine Colombia", []),
])
def test_a_headline_credits_the_person_after_its_quotation(headline, expected):
    assert paragraph_speakers([headline, *BODY])[0] == expected


def test_a_teaser_credits_its_own_speaker_on_its_line_only():
    lines = ["Titular", "La directora del museo, Carmen Soto, presentó la muestra en Cali.",
             "Lea: “Volveré a rodar pronto”: Mateo Quintero habló de su película El museo abrirá de martes a domingo.",
             "“Es una muestra pensada para los niños”."]
    found = paragraph_speakers(lines)
    assert "Mateo Quintero" in found[2]
    assert "Mateo Quintero" not in found[3]


@pytest.mark.parametrize(("text", "expected"), [
    # a teaser's glued sentence starts with a capitalised closed-class word: not part of the name
    ("Siga leyendo: “Perdemos millones”: gerente Luis Mora Tanto Ana Gil como Iván Peña lo negaron.", ["Luis", "Mora"]),
    ("Lea: “No quiero regresar”: las frases que dejó Lucía Pardo Hoy no es claro quién dirige.", ["Lucía", "Pardo"]),
    # the name after a preposition is whom the words are about, not who said them
    ("Conozca: “Vamos a probar su inocencia”: abogado en caso de Sara Benítez Sobre el dictamen…", None),
    ("“Mamita, ven pronto”: el video de Tomás Vera con su madre", None),
])
def test_the_name_ends_where_a_glued_sentence_starts(text, expected):
    assert quoted_then_named(text) == expected
