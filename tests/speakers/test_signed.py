"""A text signed by a person (a letter, an op-ed, a message in the first person): its statement lines are the
signer's, and nothing else that merely ends or starts with a name is."""

import pytest

from search.speakers import attributions, paragraph_speakers
from search.speakers.people import People
from search.speakers.signed import letter_first_person, signed_speakers

LETTER = [
    "Carta a la comunidad educativa",
    "Queridas familias:",
    "Quiero empezar este curso dando las gracias a todo el profesorado por su entrega.",
    "Sé que los últimos meses han pedido a todos un esfuerzo enorme en cada aula.",
    "Este año abriremos doscientas escuelas infantiles más en todo el territorio.",
    "Creo que nuestro país tiene en la escuela pública su mejor herramienta de igualdad.",
    "Contad conmigo.",
    "Un abrazo,",
    "Lucía Ferrer Blanco",
    "Ministra de Educación",
]


def speakers(paragraphs: list[str]) -> list[list[str]]:
    return paragraph_speakers(paragraphs)


@pytest.mark.parametrize(
    "paragraphs, credited",
    [
        # a letter signed with a name alone, then an office: every statement line, not the salutation, the closing
        # nor the signature
        (LETTER, [2, 3, 4, 5, 6]),
        # a name and its office on one line, a place and date after it
        (["Un día para no olvidar",
          "Hoy recordamos a quienes perdieron la vida defendiendo la libertad de todos.",
          "Os escribo con la emoción de quien ha visitado sus pueblos y ha hablado con sus familias.",
          "Nuestro compromiso con su memoria no prescribe y seguiremos trabajando por ella.",
          "Tomás Iriarte Sanz, Presidente del Gobierno", "Bilbao, 10 de marzo de 2025"],
         [1, 2, 3]),
        # `Firmado:`, without an office
        (["Carta abierta a los vecinos",
          "Me dirijo a vosotros para explicar por qué he decidido cerrar la plaza durante las obras.",
          "Entiendo las molestias, pero estoy convencido de que merecerá la pena dentro de un año.",
          "Firmado: Irene Castaño Vidal"],
         [1, 2]),
        # a frame at the top names the author; a third-person line after it is the signer's statement too
        (["Artículo de opinión del consejero de Sanidad, Martín Olano Ruiz",
          "La atención primaria sostiene cada día a millones de pacientes en esta comunidad.",
          "He visitado centros de salud en las nueve provincias y he escuchado a sus equipos.",
          "Por eso creo que debemos reforzar las plantillas antes del próximo invierno."],
         [1, 2, 3]),
        # a byline with an office
        (["Una ley para el campo", "Por Marta Quiles Soto, ministra de Agricultura",
          "He recorrido durante meses explotaciones que apenas llegan a fin de mes con estos precios.",
          "Quiero que esta ley garantice que nadie venda por debajo de lo que le cuesta producir."],
         [2, 3]),
    ],
)
def test_a_signed_text_is_its_signers(paragraphs, credited):
    found = speakers(paragraphs)
    signer = next(name for line in found for name in line)
    assert [index for index, line in enumerate(found) if signer in line] == credited
    assert all(line in ([], [signer]) for line in found)


def test_the_mechanism_is_named():
    why = attributions(LETTER)
    assert why[2] == {"Lucía Ferrer Blanco": "signed-text"}
    assert why[8] == {} and why[9] == {}


def test_someone_the_author_quotes_keeps_their_words():
    paragraphs = [
        "Carta a los socios",
        "Quiero compartir con vosotros lo que hemos aprendido este año en la cooperativa.",
        "Como dijo el agrónomo Raúl Benítez en la asamblea, «el suelo es nuestro único capital».",
        "Estoy de acuerdo.",  # short, in the first person: the signer's, not the one quoted before
        "Creo que tenía razón y por eso seguiremos apostando por la rotación de cultivos.",
        "Un saludo,", "Elena Prats Gómez", "Presidenta de la Cooperativa",
    ]
    found = speakers(paragraphs)
    assert "Raúl Benítez" in found[2] and "Elena Prats Gómez" not in found[2]
    assert found[1] == found[3] == found[4] == ["Elena Prats Gómez"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a press release in the third person ending with its contact block
        ["El ministerio abre la convocatoria de becas",
         "El Ministerio de Educación ha abierto este lunes la convocatoria de becas para el próximo curso.",
         "Las solicitudes podrán presentarse hasta el 15 de mayo a través de la sede electrónica.",
         "Gabinete de prensa", "Contacto: Pilar Ortega Ruiz, jefa de prensa"],
        # a press release whose contact is a press officer with a role line of the press
        ["Nueva línea de ayudas al alquiler",
         "La consejería destinará doce millones de euros a las ayudas al alquiler joven este año.",
         "Nosotros hemos recibido ya más de tres mil consultas sobre la convocatoria, señalan fuentes del área.",
         "Andrés Lillo Vega", "Jefe de Comunicación"],
        # a news item in the third person under a reporter's byline
        ["Cierra la última fábrica de la comarca", "Por Julián Serrano",
         "La empresa anunció el cierre tras dos años de pérdidas en la planta.",
         "Los trabajadores se concentraron ante la puerta durante toda la mañana del martes."],
        # a photo credit at the end
        ["Llega la primavera al valle",
         "Los almendros florecieron esta semana en todo el valle, antes que otros años.",
         "Los agricultores temen que una helada tardía estropee la cosecha.",
         "Foto: Nuria Calvo Díaz"],
        # a column whose byline has no office: a columnist's own voice is no one's statement here
        ["Lo que aprendí en el tren / Óscar Medina",
         "Yo crecí en un pueblo donde el tren pasaba dos veces al día y nunca paraba.",
         "Creo que por eso sigo mirando los andenes con una mezcla de rabia y cariño.",
         "Me pregunto si alguien en el ministerio ha subido alguna vez a ese tren."],
    ],
)
def test_a_name_at_an_end_signs_nothing_here(paragraphs):
    assert all(why.get(name) != "signed-text" for why in attributions(paragraphs) for name in why)


def test_a_letter_quoted_in_a_news_item_is_not_the_news_items():
    paragraphs = [
        "Una vecina escribe al alcalde",
        "La vecina Rosa Alcántara Gil envió el lunes una carta al alcalde de la ciudad.",
        "«Os escribo porque estoy cansada de esperar una respuesta sobre el parque», decía la carta.",
        "El ayuntamiento no ha respondido todavía a la petición de los vecinos del barrio.",
        "El pleno debatirá el asunto en su sesión ordinaria del mes que viene.",
        "Rosa Alcántara Gil", "Vecina del barrio",
    ]
    assert all(why.get(name) != "signed-text" for why in attributions(paragraphs) for name in why)


def test_others_quoted_on_most_lines_leave_the_text_alone():
    people = People()
    paragraphs = ["Título", "Quiero contar lo que dijeron.", "Ana dijo que sí, y yo lo creo de verdad.",
                  "Luis dijo que no, y yo también lo pienso.", "Eva dijo que quizá, y yo dudo.",
                  "Marta Gil Ruiz", "Ministra de Cultura"]
    luis = people.person(["Luis", "Ortega"], 1)
    given = [[], [], [luis], [luis], [luis], [], []]
    assert signed_speakers(paragraphs, given, people, 5) == given


def test_a_story_in_the_first_person_makes_no_speaker():
    story = ["Capítulo uno"] + ["Yo caminaba despacio por la orilla y me acordaba de mi padre."] * 25 \
        + ["Un abrazo,", "Clara Montes Ibáñez"]
    assert not any(paragraph_speakers(story))


def test_a_transcripts_turns_keep_their_labels():
    paragraphs = [
        "Rueda de prensa tras el consejo",
        "PREGUNTA: ¿Qué piensa hacer con el decreto?",
        "ANDRÉS SOLER: Creo que lo aprobaremos antes del verano, y yo mismo lo defenderé.",
        "Quiero añadir que hemos hablado con todos los grupos de la cámara.",
        "PREGUNTA: ¿Y los plazos?",
        "ANDRÉS SOLER: Estoy convencido de que llegaremos a tiempo con el calendario.",
        "Noelia Casas Prieto", "Ministra de Hacienda",
    ]
    found = speakers(paragraphs)
    assert found[2] == found[3] == found[5] == ["Andrés Soler"]
    assert all(why.get(name) != "signed-text" for why in attributions(paragraphs) for name in why)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Os agradezco de corazón el trabajo de este año.", True),
        ("Conozco bien vuestro esfuerzo en los hospitales.", True),
        ("Felicito a todas las personas premiadas en esta edición.", True),
        ("Hemos aprobado la ley que prometimos en campaña.", True),
        # a noun that a verb's form shares, the third person, a quotation of someone else
        ("El recuerdo de las víctimas sigue vivo en el pueblo.", False),
        ("La ministra agradece el trabajo de los sanitarios.", False),
        ("«Os agradezco el trabajo», dijo la ministra a los sanitarios.", False),
    ],
)
def test_a_letters_first_person(text, expected):
    assert letter_first_person(text) is expected


def test_a_body_or_an_unnamed_source_the_author_cites_keeps_the_line():
    paragraphs = [
        "Carta a los jóvenes",
        "Os escribo porque sé que muchos de vosotros no podéis pagar hoy un alquiler.",
        "El Gobierno aprobará la semana próxima un plan de vivienda para menores de 35 años.",
        "El Instituto de la Juventud explicó ayer que las ayudas llegarán antes del otoño.",
        "Según el Observatorio de la Vivienda, el precio del alquiler subió un 9 por ciento.",
        "Un experto advierte que la oferta de vivienda tardará años en crecer.",
        "Confío en que este plan os ayude a construir vuestro proyecto de vida.",
        "Un abrazo,", "Alba Serrano Ruiz", "Ministra de Vivienda",
    ]
    found = speakers(paragraphs)
    assert [index for index, line in enumerate(found) if line] == [1, 2, 6]
