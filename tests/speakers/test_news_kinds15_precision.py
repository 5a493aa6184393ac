"""Issue 14, round 15b: precision on unseen news. Rows of my own wording, other names, verbs and shapes.

- A complement before a name in brackets (`el secretario de Movilidad (Héctor Serrano)`): the first name is the
  office's complement (a portfolio, a body, a country), never a second name of the person in brackets (main's
  names.COMPLEMENT_BEFORE, from sp15a; these rows test it with other offices).
- A firm named after a noun for a body, `de` and lower-case words that classify it (`el sitio de videos musicales
  Vevo`), or by a relative clause that says what it is (`X, que además es la firma auditora`), is a body.
- A quotation that opens a paragraph after a colon that a body or a document leads to (`el informe refiere lo
  siguiente:`) is their words, not the words of the person followed.
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.names import linked_aliases, speaker_key


@pytest.mark.parametrize(
    ("paragraph", "linked"),
    [
        # an office's complement before the brackets: no link
        ("Dijo que la ministra de Vivienda (Isabel Duarte) se equivoca.", {}),
        ("Criticó al presidente del Real Madrid (Luis Vela) por el fichaje.", {}),
        ("Pidió que el secretario de Salud (Tomás Ibarra) comparezca.", {}),
        ("Habló con el exdirector de Pemex (Raúl Soto) ayer.", {}),
        # a person's second name in brackets, or after `conocido como`: the link stays
        ("Saúl Álvarez (Canelo) volverá a pelear.", {"canelo": "Saúl Álvarez"}),
        ("Ana Belén Ruiz, conocida como Anabel, cantó.", {"anabel": "Ana Belén Ruiz"}),
    ],
)
def test_an_office_complement_is_no_second_name(paragraph, linked):
    assert linked_aliases([paragraph]) == linked
    assert speaker_key("Anabel") == "anabel"


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the portfolio in a quotation, then the holder speaks under their own name, and their role carries on
        (["Taxis", 'El diputado Luis Mora dijo: "Parece que el secretario de Turismo (Pedro Salas) se lava las '
          'manos".', "Ayer, el secretario de Turismo, Pedro Salas, advirtió que habrá nuevas reglas.",
          '"No habrá más permisos", dijo el funcionario.'],
         [[], ["Luis Mora"], ["Pedro Salas"], ["Pedro Salas"]]),
        (["Salud", "La diputada Rosa Lima acusó a la ministra de Sanidad (Elena Prat) de ocultar datos.",
          "La ministra de Sanidad, Elena Prat, respondió que los datos son públicos."],
         [[], ["Rosa Lima"], ["Elena Prat"]]),
    ],
)
def test_the_holder_of_an_office_keeps_their_name(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a firm classified before its name: its voice is a body's, credited to no one
        (["Robo", "Los datos estaban en la empresa de mensajería Rapidex.",
          "Rapidex, por su parte, aseguró que ya repara el sistema."],
         [[], [], []]),
        (["Comida", "La cadena de comida rápida Burgerland abrirá diez locales.",
          "Burgerland informó que contratará a cien personas."], [[], [], []]),
        (["Series", "El canal de cable Vistavisión estrenará la serie.", "Vistavisión anunció que habrá una "
          "segunda temporada."], [[], [], []]),
        # a relative clause that says what it is
        (["Auditoría", "El consejo pidió más datos.",
          "Al respecto, Kestrel, que además es la firma auditora del grupo, ha pedido aclaraciones."],
         [[], [], []]),
        # negatives: an owner after `de`, a person's team, a person named after a role
        (["Inversión", "Trabaja en la empresa de Carlos Slim.", "Carlos Slim aseguró que no venderá."],
         [[], [], ["Carlos Slim"]]),
        (["Campaña", "El equipo de campaña de Laura Paz creció.", "Laura Paz afirmó que ganará."],
         [[], [], ["Laura Paz"]]),
        (["Música", "El cantante de rock Iván Ferro llegó a Lima.", "Ferro dijo que volverá pronto."],
         [[], [], ["Iván Ferro"]]),
    ],
)
def test_a_classified_firm_is_a_body(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a document or a body leads to the colon: the quotation after it is theirs, and the thread breaks
        (["Informe", "El senador Raúl Vega dijo que el caso es grave.",
          "El dictamen de la comisión señala lo siguiente:",
          '"Las empresas investigadas comparten domicilio y socios en tres estados del país."'],
         [[], ["Raúl Vega"], [], []]),
        (["Hackeo", "La cantante Lía Mar dijo que está tranquila.", "La cuenta del grupo publicó este mensaje:",
          '"Solo lo hicimos por diversión y no robamos nada de nadie."'],
         [[], ["Lía Mar"], [], []]),
        # negatives: a person leads to the colon, or no colon: the person speaks
        (["Informe", "El senador Raúl Vega dijo lo siguiente:",
          '"Las empresas investigadas comparten domicilio y socios en tres estados del país."'],
         [[], ["Raúl Vega"], ["Raúl Vega"]]),
        (["Informe", "El senador Raúl Vega llegó al Congreso.", "El informe fue publicado ayer.",
          '"Es un documento muy serio que nadie puede ignorar", dijo Vega.'],
         [[], [], [], ["Raúl Vega"]]),
    ],
)
def test_a_quotation_after_a_colon_a_body_leads_to_is_its_words(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a body or a document is the subject: a later verb with no subject of its own continues it, not the person
        (["Tarifas", "El presidente de la comisión, David Ruiz, dijo que el plan es bueno.",
          "La propia comisión calcula que costará mucho.", "Al mismo tiempo, calcula que el usuario ahorrará dinero."],
         [[], ["David Ruiz"], [], []]),
        (["Hospital", "La directora Ana Peña aseguró que faltan médicos.",
          "El sindicato de enfermeras sostiene que faltan cien plazas.", "Por otra parte, estima que habrá huelga."],
         [[], ["Ana Peña"], [], []]),
        # negatives: the person speaks again, or the body's words are inside the person's quotation
        (["Tarifas", "El presidente de la comisión, David Ruiz, dijo que el plan es bueno.",
          "La comisión calcula que costará mucho.", "Ruiz, por su parte, añadió que el usuario ahorrará dinero."],
         [[], ["David Ruiz"], [], ["David Ruiz"]]),
        (["Crisis", 'El alcalde Luis Prado dijo: "No se cuidó al pueblo.',
          'El gobierno anunció reformas que nunca llegaron".', "Luego añadió que habrá cambios."],
         [[], ["Luis Prado"], ["Luis Prado"], ["Luis Prado"]]),
    ],
)
def test_a_verb_with_no_subject_after_a_body_is_the_bodys(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an interrogative written with its accent is never a name, wherever it stands
        (["Columna", "Es un político vanidoso (¿Cuántas veces se habla de Raúl Soto como su sucesor?)."], [[], []]),
        (["Columna", "Premia a los suyos (¿Cuántos años se habla de él como candidato?)."], [[], []]),
        (["Columna", "Lo dice todo (¿Cuánto se habla de la deuda en el Congreso?)."], [[], []]),
        # a person after the question still speaks
        (["Entrevista", "¿Cuántas veces lo dijo? Marta Gil aseguró que muchas."], [[], ["Marta Gil"]]),
    ],
)
def test_an_interrogative_is_no_name(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a comma closes a relative clause: the verb coordinated after it shares the main clause's subject, who is
        # then the one a verb with no subject continues
        (["Obras", "En la radio, Ana Ruiz recordó las palabras del obispo Luis Mora, quien pidió calma a los vecinos, "
          "y aseguró que habrá cambios.", "Añadió que el plan sigue adelante."],
         [[], ["Ana Ruiz", "Luis Mora"], ["Ana Ruiz"]]),
        (["Fútbol", "El técnico Raúl Peña citó las declaraciones de Hugo Sala, quien prometió títulos a la afición, y "
          "afirmó que su equipo ganará.", "Después dijo que no teme al rival."],
         [[], ["Raúl Peña", "Hugo Sala"], ["Raúl Peña"]]),
        # no comma before `y`: the coordination is inside the relative clause, its subject's
        (["Fútbol", "El técnico Raúl Peña citó las declaraciones de Hugo Sala, quien prometió títulos a la afición y "
          "afirmó que su equipo ganará.", "Después dijo que no teme al rival."],
         [[], ["Hugo Sala"], ["Hugo Sala"]]),
    ],
)
def test_a_verb_after_a_closed_relative_shares_the_main_subject(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
