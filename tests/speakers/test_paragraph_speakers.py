"""Tests for search.speakers (the package API): whole documents, turns and reported speech together."""

import pathlib

import pytest

from search.speakers import paragraph_speakers

FIXTURES = pathlib.Path(__file__).parent.parent / "fixtures" / "speakers"


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
        (["JOSÉ LUIS ALOMIA ZEGARRA: Buenas.", "PREGUNTA: ¿Y?", "JOSÉ LUIS ALOMÍA ZEGARRA: Sí.",
          "JOSÉ LUIS ALOMÍA: No."],
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
