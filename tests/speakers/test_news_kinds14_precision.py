"""Issue 14, round 14b: precision on unseen news. Rows of my own wording, other names, verbs and shapes.

A shop or a brand named in the English genitive (`Domino's`, `Sotheby's`, `Macy’s`) is a body, not a person: the
credit on its line is dropped and the line breaks the thread; a person's name with an apostrophe (`O'Neal`,
`D'Alessandro`) and a person who speaks for such a firm still speak.
"""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Domino's abrirá cien tiendas", "Domino's anunció este lunes que abrirá cien tiendas en el país."],
         [[], []]),
        (["Subasta récord", "Según Sotheby's, el cuadro se vendió por diez millones de euros."], [[], []]),
        (["Cierres", "Macy’s informó que cerrará treinta tiendas, y añadió que no habrá despidos."], [[], []]),
        (["Cuentas", "Por su parte, Kellogg's ha asegurado que sus cereales cumplen la norma."], [[], []]),
        # a body's line breaks the thread: the person before does not carry onto it
        (["Menús", "La nutricionista Irene Salas dijo que los menús infantiles engordan.",
          "Wendy's sostiene, en cambio, que sus raciones son pequeñas."], [[], ["Irene Salas"], []]),
        # people still speak: a name with an apostrophe, and a person who speaks for the firm
        (["Baloncesto", "Shaquille O'Neal dijo que volverá a jugar."], [[], ["Shaquille O'Neal"]]),
        (["Moda", "El director de Harrod's, Tomás Ruiz, afirmó que las ventas crecen."], [[], ["Tomás Ruiz"]]),
        (["Fútbol", "Gianni D'Alessandro aseguró que el club no venderá a nadie."], [[], ["Gianni D'Alessandro"]]),
    ],
)
def test_a_shop_named_in_the_genitive_is_no_speaker(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a name in the opening clause, then a description of the other gender next to the verb: the described speaks
        (["Visita", "La alcaldesa de Mérida, Rosa Tun, recibió a los visitantes.",
          "Tras saludar al embajador, Tomás Vidal como invitado, la alcaldesa, afirmó que la ciudad está lista."],
         [[], [], ["Rosa Tun"]]),
        (["Feria", "El alcalde de Tula, Pedro Lara, inauguró la feria.",
          "Después de premiar a la escritora, Lucía Ferrer como ganadora, el alcalde, aseguró que el nivel fue alto."],
         [[], [], ["Pedro Lara"]]),
        # the description fits no one known: the name is still not the speaker
        (["Visita", "Al recibir a la embajadora, Marta Ríos como invitada de honor, el gobernador, afirmó que la "
          "ciudad está lista."], [[], []]),
        # the same gender: the description is the name's apposition, and the name speaks
        (["Planta", "Luego de visitar la planta, Juan Ortiz, el director de la empresa, dijo que no habrá despidos."],
         [[], ["Juan Ortiz"]]),
        (["Planta", "Tras la reunión, Ana Beltrán, la portavoz del sindicato, aseguró que habrá huelga."],
         [[], ["Ana Beltrán"]]),
    ],
)
def test_a_description_of_the_other_gender_before_the_verb_is_its_subject(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an adjective of adherence (`morenista`, `panista`) names the party a known leader heads, before anyone the
        # text introduces later with another role
        (["Elecciones", "La presidenta de Morena, Inés Cuevas, llegó a Oaxaca.",
          "La dirigente morenista dijo que el partido ganará.",
          "En el acto estuvo también la senadora Ana Ruiz, candidata a gobernadora."],
         [[], [], ["Inés Cuevas"], []]),
        (["Campaña", "El líder nacional del PAN, Ramón Ibarra, visitó Puebla.",
          '"Vamos a ganar", escribió en redes el dirigente panista.',
          "Más tarde habló el candidato a gobernador, Luis Mena, que cerró el acto."],
         [[], [], ["Ramón Ibarra"], []]),
    ],
)
def test_an_adjective_of_adherence_names_the_known_leader(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a short form of two given names, before or after the full form, names the person by the fullest form
        (["Comisión", "Lo firmaron la senadora Ana Lucía Barrios y otros.",
          "La senadora Analú Barrios sostuvo que el informe es claro."], [[], [], ["Ana Lucía Barrios"]]),
        (["Comisión", "Juanma Ortiz encabezó la reunión.",
          "El diputado Juan Manuel Ortiz afirmó que habrá juicio."], [[], [], ["Juan Manuel Ortiz"]]),
        # a lone surname misspelt by one letter inside the word is the person named before
        (["Tuits", "El expresidente Ernesto Salcedo habló de justicia social.",
          '"Será el comienzo de un cambio", escribió Salcado en Twitter.'],
         [[], ["Ernesto Salcedo"], ["Ernesto Salcedo"]]),
        # not two people whose names differ: another given name, a last vowel of the other gender, a short surname
        (["Familia", "Juan Manuel Ortiz llegó tarde.", "Juana Ortiz afirmó que no hubo acuerdo."],
         [[], [], ["Juana Ortiz"]]),
        (["Club", "El presidente Luis Lozano habló con la prensa.", '"No nos vamos", dijo Lozana.'],
         [[], [], ["Lozana"]]),
        (["Club", "El técnico Pedro Ruiz habló con la prensa.", '"No nos vamos", dijo Ruis.'], [[], [], ["Ruis"]]),
        # a surname written more than once is no slip
        (["Club", "El técnico Pedro Cardona habló con la prensa.", '"No nos vamos", dijo Carmona.',
          '"Ni ahora ni nunca", repitió Carmona.'], [[], [], ["Carmona"], ["Carmona"]]),
    ],
)
def test_one_person_one_name_in_a_document(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a name after `del` and an adjective it takes before it is a complement, not the subject
        (["Equipo", "El alcalde Tomás Ramírez presentó el plan.", "A petición del propio Ramírez, la concejala se "
          "sumará a la comisión, informa un comunicado del ayuntamiento."], [[], [], []]),
        (["Equipo", "A invitación del propio Ortega, el senador se unirá al equipo, señala un comunicado."],
         [[], []]),
        # the subject after such a complement still speaks
        (["Equipo", "A invitación del propio Meade, Javier Lozano afirmó que se unirá al equipo."],
         [[], ["Javier Lozano"]]),
        (["Equipo", "El portavoz del nuevo Gobierno, Luis Prado, dijo que sí."], [[], ["Luis Prado"]]),
    ],
)
def test_a_name_after_del_and_an_adjective_is_no_subject(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
