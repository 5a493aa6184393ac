"""A headline drops the article of a role or a family tie (`Fiscal dice que…`, `Ministra de Salud: «…»`, `Padre de
menor…: «…»`): the role's holder the body introduces speaks in it, never whoever the body quotes most when that
person holds another office (search.speakers.headlines). Issue 14, sp34: kinds read in Chilean news (stop 33's
pool); rows of my own wording, other names and shapes."""

import pytest

from search.speakers import paragraph_speakers

BODY_SPOKE = "«Vamos a revisar cada contrato firmado este año», aseguró."


@pytest.mark.parametrize(
    ("headline", "lead", "expected"),
    [
        ("Fiscal dice que el incendio de la bodega fue intencional",
         "El fiscal regional Mauricio Tapia explicó que hubo tres focos distintos.", ["Mauricio Tapia"]),
        ("Ministra de Salud anuncia que la campaña de vacunación se adelanta",
         "La ministra de Salud, Elena Rivas, informó que las dosis llegan el lunes.", ["Elena Rivas"]),
        ("Alcalde de Temuco pide más carabineros para el centro",
         "El alcalde de Temuco, Roberto Neira, solicitó al Gobierno reforzar la dotación.", ["Roberto Neira"]),
        ("Subsecretario defiende el nuevo reglamento: «Protege a los trabajadores»",
         "El subsecretario del Trabajo, Hugo Castro, respondió a las críticas del gremio.", ["Hugo Castro"]),
        ("Senadora critica el recorte: «Es una mala señal para las regiones»",
         "La senadora Paula Vidal cuestionó la decisión del Ejecutivo.", ["Paula Vidal"]),
        # the role's holder only: not the person the body quotes most, who holds another office
        ("Fiscal dice que el incendio de la bodega fue intencional",
         "El general de Bomberos, Tomás Ojeda, dijo que hubo tres focos distintos.", []),
        ("Gobernador pide revisar los peajes de la autopista",
         "El subsecretario de Obras Públicas, Andrés Paredes, dijo que la autopista sigue cerrada.", []),
        # a name after the role, a body, a person noun with no statement: as before
        ("Ministro Cárdenas dice que la reforma avanza",
         "El ministro de Hacienda, Luis Cárdenas, habló con la prensa.", ["Luis Cárdenas"]),
        ("Municipio dice que el incendio de la bodega fue intencional",
         "El alcalde Roberto Neira explicó que hubo tres focos distintos.", []),
        ("Hombre muere atropellado en la autopista",
         "El conductor Mario Soto dijo que no alcanzó a frenar.", []),
    ],
)
def test_a_headline_opening_with_a_bare_role_is_its_holders(headline, lead, expected):
    assert paragraph_speakers([headline, lead, BODY_SPOKE, BODY_SPOKE.replace("este año", "desde marzo")])[0] \
        == expected


def test_a_headline_opening_with_a_family_tie_is_the_main_speakers():
    """`Madre de…: «…»`: no role to look for; the body's main speaker, as for a headline with no subject."""
    paragraphs = ["Madre de joven desaparecido en Osorno: «No vamos a descansar»",
                  "Carmen Rojas, madre de Felipe, habló con la prensa frente a la comisaría.",
                  "«Llevamos diez días sin saber nada de él», dijo Rojas.",
                  "«Pedimos que la fiscalía amplíe la búsqueda», agregó Rojas."]
    assert paragraph_speakers(paragraphs)[0] == ["Carmen Rojas"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("En esa línea, el DT indicó: «Nos faltó intensidad en el segundo tiempo».", ["Ramiro Sosa"]),
        ("«Nos faltó intensidad en el segundo tiempo», reconoció el DT tras el partido.", ["Ramiro Sosa"]),
        ("El DT del rival, en cambio, no quiso hablar con la prensa.", []),
    ],
)
def test_the_dt_is_the_coach_introduced(line, expected):
    """`el DT` (director técnico) is the coach of the Latin American press (search.speakers.lexicon)."""
    paragraphs = ["Derrota en el clásico",
                  "El entrenador de Deportes Sur, Ramiro Sosa, llegó molesto a la rueda de prensa.", line]
    assert paragraph_speakers(paragraphs)[2] == expected
