"""Tests for search.speakers.epithet_subjects: a definite description (`el orientador`, `el galo`, `el 10`) as the
subject of a verb of saying names the person followed or the article's main actor, in news."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.epithet_subjects import description_at, person_noun
from search.speakers.mentions import TOKEN


@pytest.mark.parametrize(
    "word, article, loose, expected",
    [
        ("orientador", "el", False, True),  # a person's ending
        ("carabinera", "la", False, True),
        ("cantante", "la", False, True),
        ("estratega", "el", False, True),  # a noun in -a after `el`: common gender
        ("santiaguino", "el", False, True),  # a noun of origin
        ("10", "el", False, True),  # a shirt number
        ("10", "la", False, False),
        ("galo", "el", False, False),  # no shape of a person's noun…
        ("galo", "el", True, True),  # …but right after a quotation any noun not a body's
        ("problema", "el", False, False),  # a Greek neuter in -ma
        ("institución", "la", True, False),  # bodies, never
        ("organismo", "el", True, False),
        ("club", "el", True, False),
        ("empresa", "la", True, False),
        ("medio", "el", True, False),
        ("tribunal", "el", True, False),
        ("oficina", "la", True, False),
        ("sentencia", "la", True, False),
    ],
)
def test_a_noun_for_a_person(word, article, loose, expected):
    assert person_noun(word, article, loose) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("el orientador .", ("m", 2, ("orientador",))),
        ("la aún alcaldesa dijo", ("f", 3, ("alcaldesa",))),
        ("el técnico emplumado ,", ("m", 3, ("técnico", "emplumado"))),
        ("el ministro de Economía", None),  # a complement: an office, not whom it is held by
        ("el técnico Juan Pérez", None),  # a name follows: the name's
        ("el Orientador", None),
        ("los orientadores", None),  # a plural is never one person
        ("un orientador", None),  # not a definite description
    ],
)
def test_a_bare_description(text, expected):
    assert description_at(TOKEN.findall(text), 0) == expected


def speakers(*paragraphs):
    return paragraph_speakers(list(paragraphs))[-1]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # after a quotation: the person followed
        (["Pumas vence al Toluca", "Rodrigo Lara dirigió a su equipo en el estadio.",
          "«Estamos contentos con el resultado», expresó el orientador."], ["Rodrigo Lara"]),
        (["Nuevo triunfo", "Mateo Quiroga anotó dos goles en el partido del sábado.",
          "«Fue una noche especial», afirmó el 10."], ["Mateo Quiroga"]),
        # past a sentence about others: the article's main actor from the headline
        (["Macron en Chile", "Emmanuel Macron visitó Santiago el lunes y se reunió con Gabriel Boric.",
          "Ambos firmaron un acuerdo de cooperación.", "«Chile es un socio», dijo el galo."], ["Emmanuel Macron"]),
        # before the verb, across an aside
        (["Campos herido en Maipú", "El sargento Julio Campos fue atacado durante un control.",
          "El carabinero, en declaraciones recientes, manifestó que «no tenemos miedo»."], ["Julio Campos"]),
        (["Kast critica", "José Antonio Kast criticó al gobierno.",
          "El republicano comentó que «no hay seguridad»."], ["José Antonio Kast"]),
        (["Valdés habla", "Marta Valdés llegó a la sede del partido.",
          "La santiaguina también sostuvo que «no renunciaré»."], ["Marta Valdés"]),
        # bodies speak for no person
        (["Colo Colo responde", "Pedro Ruiz renovó con el club hasta 2026.",
          "«No hay deuda», señaló la institución."], []),
        (["Colo Colo responde", "Pedro Ruiz renovó con el club hasta 2026.",
          "«Todo está en orden», afirmó el organismo."], []),
        # two people followed at once: neither
        (["Duelo de técnicos", "Pedro Ruiz y Juan Soto se enfrentaron el domingo.", "El partido fue duro.",
          "«Ganamos bien», dijo el estratega."], []),
        # the description does not agree in gender with the one followed
        (["Kast critica", "José Antonio Kast criticó al gobierno.",
          "La santiaguina comentó que «no hay seguridad»."], []),
        # an office of the lexicon that the one followed does not hold: someone else
        (["Boric en Perú", "El presidente Gabriel Boric viajó a Lima.", "La visita fue breve.",
          "«Es un día triste», señaló el parlamentario."], []),
        # the sentence speaks of the one followed by their office: the description is someone else
        (["Boric en Perú", "El presidente Gabriel Boric viajó a Lima.", "La visita fue breve.",
          "Sobre lo vivido por el presidente, el gremialista opinó que «fue incómodo»."], []),
        # a former office the text gave no one: not the main actor, who holds none
        (["Madre de Tomás Ruiz llega a Santiago", "Tomás Ruiz, de cinco años, espera su medicamento.",
          "La colaboración busca mejorar la atención.", "El excanciller dijo que «la declaración es importante»."], []),
        # someone only mentioned, not followed: the description is someone else
        (["Muestra en Valparaíso", "La exposición incluye fotos inéditas de Violeta Parra.",
          "«Es un orgullo», dijo la curadora."], []),
        (["Muestra en Valparaíso", "La exposición incluye fotos inéditas de Violeta Parra.",
          "La curadora, en la inauguración, comentó que «es un orgullo»."], []),
        # two people of the nationality the description gives
        (["Duelo en Dublín", "El púgil irlandés Conor Walsh y el luchador irlandés Ciaran Doyle se midieron.",
          "El irlandés comentó que «estoy listo»."], []),
    ],
)
def test_a_description_names_the_person_followed(paragraphs, expected):
    assert speakers(*paragraphs) == expected


def test_a_clause_a_subordinator_opens_is_no_main_clause():
    got = paragraph_speakers(["Registra Prieto su candidatura", "Después de que la aspirante anunció que irá, el "
                              "presidente del instituto confirmó el registro.", "Rosa Prieto acudió al instituto."])
    assert got[1] == []


def test_a_quotation_over_several_paragraphs_is_the_described_persons():
    got = paragraph_speakers([
        "Lara celebra el triunfo de Pumas",
        "Rodrigo Lara dirigió a su equipo en el estadio ante el Toluca de Renato Paiva.",
        "El partido terminó 2 a 1 con goles de Gignac y López.",
        "«Estamos contentos con el resultado.",
        "El equipo respondió en el segundo tiempo.",
        "Ahora pensamos en el próximo rival», expresó el estratega.",
    ])
    assert got[3:] == [["Rodrigo Lara"]] * 3
