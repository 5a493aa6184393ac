"""Tests for search.speakers: transcript turns, reported speech, canonical names, Markdown labels."""

import pathlib

import pytest

from search.speakers import GENERIC_SPEAKERS, normalize_markdown_label, paragraph_speakers, speaker_key
from search.speakers_roles import People

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "speakers"


def test_seed_gets_the_speakers_of_the_issue():
    paragraphs = (FIXTURES / "seed.txt").read_text(encoding="utf-8").splitlines()
    assert paragraph_speakers(paragraphs) == [
        [],
        ["Wang Yi", "Vladímir Putin"],
        ["Wang Yi"],
        ["Wang Yi"],
        ["Sergey Lavrov"],
        ["Wang Yi", "Sergey Lavrov"],
    ]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # transcript turns run until the next label
        (["HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE PREVENCIÓN Y PROMOCIÓN DE LA SALUD: Muy buenas noches.",
          "Vamos a iniciar.", "PREGUNTA: ¿Cuántos casos hay?", "INTERLOCUTORA: Gracias.",
          "JOSÉ LUIS ALOMÍA ZEGARRA: Hoy son 12."],
         [["Hugo López-Gatell Ramírez"], ["Hugo López-Gatell Ramírez"], ["Pregunta"], ["Interlocutor"],
          ["José Luis Alomía Zegarra"]]),
        (["MODERADORA: Adelante.", "PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Buenos días.", "Son las 7:05 horas."],
         [["Moderador"], ["Andrés Manuel López Obrador"], ["Andrés Manuel López Obrador"]]),
        # accent variants merge into the accented, fullest form
        (["JOSÉ LUIS ALOMIA ZEGARRA: Buenas.", "PREGUNTA: ¿Y?", "JOSÉ LUIS ALOMÍA ZEGARRA: Sí.", "JOSÉ LUIS ALOMÍA: No."],
         [["José Luis Alomía Zegarra"], ["Pregunta"], ["José Luis Alomía Zegarra"], ["José Luis Alomía Zegarra"]]),
        # a colon in prose is no turn; a novel's `Author: Title` line is no turn
        (["Hoy tenemos tres temas: salud, empleo y vivienda.", "La respuesta es: no."], [[], []]),
        (["Emilia Pardo Bazán: Cuentos de amor", "Y dijo: «Vámonos de aquí».", "Fray Ángel movía la cabeza:"],
         [[], [], []]),
        # reported speech, both orders
        (["Wang Yi declaró que la cooperación es sólida."], [["Wang Yi"]]),
        (['"Es un día triste", señaló Hillary Clinton en Nueva York.'], [["Hillary Clinton"]]),
        (["Por su parte, el ministro de Defensa de Israel, Yoav Gallant, advirtió de una respuesta firme."],
         [["Yoav Gallant"]]),
        (["La economía crecerá un 2 %, según el gobernador del Banco de España, Pablo Hernández de Cos."],
         [["Pablo Hernández de Cos"]]),
        (["En opinión de la investigadora Marta Peirano, las plataformas deben rendir cuentas."],
         [["Marta Peirano"]]),
        # surname alone and role + nationality resolve to the person introduced earlier
        (["El primer ministro británico, Rishi Sunak, visitó Kiev.", "Sunak prometió más ayuda militar.",
          '"Estaremos a su lado", dijo el líder británico.'],
         [[], ["Rishi Sunak"], ["Rishi Sunak"]]),
        (["La ministra de Asuntos Exteriores de Canadá, Mélanie Joly, llegó a Lima.",
          '"Queremos más comercio", afirmó la canciller canadiense.'],
         [[], ["Mélanie Joly"]]),
        # subjectless verb after a quote: the speaker of the sentence before
        (["El alcalde de París, Anne Hidalgo, defendió el plan.", '"No hay marcha atrás", agregó.'],
         [["Anne Hidalgo"], ["Anne Hidalgo"]]),
        # a statement reported inside another
        (["Ursula von der Leyen dijo que, como había afirmado Charles Michel, la unidad es clave."],
         [["Ursula von der Leyen", "Charles Michel"]]),
        # negatives: mentioned, met, travelled, institutions, anonymous sources
        (["Lula se reunió en Brasilia con Alberto Fernández."], [[]]),
        (["El presidente Javier Milei viajó a Madrid y votó en las elecciones."], [[]]),
        (["La Casa Blanca aseguró que no habrá acuerdo.", "Fuentes del sector dijeron que los precios suben."],
         [[], []]),
        (["El Gobierno de Francia anunció nuevas medidas.", "Un portavoz del Elíseo dijo que no hay prisa."],
         [[], []]),
        (["La parte rusa expresó su satisfacción con el diálogo."], [[]]),
        (["Biden no respondió a las preguntas de los periodistas."], [[]]),
    ],
)
def test_paragraph_speakers(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # more reporting verbs; `mantuvo` reports only before `que`
        (['"No habrá prórroga", zanjó la ministra de Economía, Nadia Calviño.'], [["Nadia Calviño"]]),
        (["El consejero de Educación, Emilio Viciana, ha avanzado que habrá oposiciones en junio."],
         [["Emilio Viciana"]]),
        (["La primera ministra danesa, Mette Frederiksen, describió el ataque como \"cobarde\"."],
         [["Mette Frederiksen"]]),
        (["El sindicalista Pepe Álvarez mantuvo que la reforma llega tarde."], [["Pepe Álvarez"]]),
        (["El rey Felipe VI mantuvo una conversación con Pedro Sánchez."], [[]]),
        (["La eurodiputada Iratxe García abogó por una política migratoria común."], [["Iratxe García"]]),
        (["El portavoz republicano John Thune descartó nuevas sanciones."], [["John Thune"]]),
        (['"Por fin hay acuerdo", celebró la sindicalista Ana Pérez Luque.'], [["Ana Pérez Luque"]]),
        (["El abogado del exministro, Juan Gómez, celebró una reunión con el fiscal."], [[]]),
        (['"Somos socios fiables", subrayó el anfitrión, el primer ministro indio Narendra Modi.'], [["Narendra Modi"]]),
        (["La exministra Carmen Calvo se mostró muy crítica con el acuerdo."], [["Carmen Calvo"]]),
        # a role reference agrees in gender with the person it names
        (["El presidente de Chile, Gabriel Boric, anunció un plan de vivienda.",
          "La presidenta de la Cámara, Karol Cariola, lo respaldó sin reservas.", "El mandatario dijo que no cederá."],
         [["Gabriel Boric"], [], ["Gabriel Boric"]]),
        # `su homólogo francés, X` takes the role of the person named before it
        (["El ministro de Defensa alemán, Boris Pistorius, recibió a su homólogo francés, Sébastien Lecornu.",
          "El ministro francés aseguró que ambos países fabricarán juntos el nuevo carro de combate."],
         [[], ["Sébastien Lecornu"]]),
        # a body inside the role is no speaker; the name after the comma is
        (["A juicio de la analista de la firma Oxford Economics, Carla Ruiz Ortega, el euro se debilitará."],
         [["Carla Ruiz Ortega"]]),
        (["Según el jefe de estrategia del banco Bankinter, Ramón Forcada, los tipos bajarán en junio."],
         [["Ramón Forcada"]]),
        # a full name right after a body named after a place
        (["En opinión del rector de la Universidad de Salamanca Ricardo Rivero, la financiación es insuficiente."],
         [["Ricardo Rivero"]]),
        # a role reference followed by an auxiliary; roles joined by `y`
        (["La vicepresidenta primera y ministra de Hacienda, María Jesús Montero, presentó los presupuestos.",
          "La vicepresidenta ha asegurado que no subirán los impuestos."],
         [[], ["María Jesús Montero"]]),
        # a statement joined by `y` to a clause that holds none shares its subject
        (["El senador republicano Mitch McConnell votó a favor y advirtió de que el acuerdo es frágil."],
         [["Mitch McConnell"]]),
        (["La alcaldesa de Barcelona, Ada Colau, inauguró la exposición y recordó que el museo será gratuito."],
         [["Ada Colau"]]),
        # a later verb with no subject in the same sentence keeps the sentence's first speaker
        (["El juez Baltasar Garzón dijo que «nada justifica la tortura».",
          "El fiscal José Ramos admitió que «hubo errores», pero negó cualquier encubrimiento."],
         [["Baltasar Garzón"], ["José Ramos"]]),
        # relative clauses between subject and verb
        (["El gobernador de California, Gavin Newsom, que firmó la ley tras el incendio que arrasó la ciudad, "
          "prometió más bomberos."], [["Gavin Newsom"]]),
        (["Se reunió con el comisario europeo de Comercio, Maros Sefcovic, quien, según fuentes comunitarias, "
          "calificó la reunión de constructiva."], [["Maros Sefcovic"]]),
        # a statement quoted inside another's, after an adverb
        (['Ushakov afirmó que Xi "siempre ha defendido" una solución negociada.'], [["Ushakov", "Xi"]]),
        # `para` after a closing quote is no attribution
        (['La portavoz Isabel Rodríguez defendió "más fondos" para Canarias y Baleares.'], [["Isabel Rodríguez"]]),
        # a role before a name never reaches back over the verb (`la ministra replicó al embajador, X`)
        (["La ministra de Defensa, Margarita Robles, habló con la prensa.",
          "La ministra contestó después al portavoz de Podemos, Pablo Fernández, que acababa de llegar."],
         [[], ["Margarita Robles"]]),
        # regional and other adjectives of origin in role references
        (["El primer ministro japonés, Shigeru Ishiba, visitó Seúl.",
          '"Es un paso histórico", subrayó el jefe del Gobierno nipón.'], [[], ["Shigeru Ishiba"]]),
        (["La presidenta de la Junta, Elena Soto, inauguró el curso.", '"Sin ayudas no hay futuro", insistió la presidenta andaluza.'],
         [[], ["Elena Soto"]]),
        (["El alto representante de la UE para Asuntos Exteriores, Kaja Kallas, llegó a Kiev.",
          '"Estamos con Ucrania", dijo el jefe de la diplomacia europea.'], [[], ["Kaja Kallas"]]),
    ],
)
def test_paragraph_speakers_in_news(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("**HUGO LÓPEZ-GATELL RAMÍREZ:** Buenas noches.", "HUGO LÓPEZ-GATELL RAMÍREZ: Buenas noches."),
        ("**RICARDO CORTÉS ALCALÁ, DIRECTOR GENERAL:** Gracias.", "RICARDO CORTÉS ALCALÁ, DIRECTOR GENERAL: Gracias."),
        ("**P** **RESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR:** Buenos días.",
         "PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Buenos días."),
        ("**PREGUNTA**: ¿Y la vacuna?", "PREGUNTA: ¿Y la vacuna?"),
        ("Un texto con **negritas**: sin etiqueta.", "Un texto con **negritas**: sin etiqueta."),
        ("**Importante** sin dos puntos.", "**Importante** sin dos puntos."),
    ],
)
def test_normalize_markdown_label(line, expected):
    assert normalize_markdown_label(line) == expected


@pytest.mark.parametrize(
    "first, second",
    [
        ("José Luis Alomía Zegarra", "JOSE LUIS ALOMIA ZEGARRA"),
        ("Hugo López-Gatell Ramírez", "HUGO LÓPEZ-GATELL RAMÍREZ"),
        ("María Elena Álvarez-Buylla", "MARÍA ELENA ÁLVAREZ BUYLLA"),
    ],
)
def test_speaker_key_merges_spellings(first, second):
    assert speaker_key(first) == speaker_key(second)


def test_generic_speakers_are_no_person_names():
    assert {"Pregunta", "Interlocutor", "Moderador"} <= GENERIC_SPEAKERS


def test_a_name_completes_the_most_recent_person_it_extends():
    people = People()
    marta = people.person(["Marta"], 1)
    korner = people.person(["Körner"], 2)
    found = people.person(["Marta", "Körner"], 3)
    assert found is korner and found.display == "Marta Körner" and marta.display == "Marta"
