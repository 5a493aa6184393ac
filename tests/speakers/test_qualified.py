"""A role noun with a qualifier (`el médico de San Roque`, `la periodista chilena`, `el titular del Ejecutivo federal`)
names the one person the text introduced with that noun and qualifier (search.speakers.qualified); none if two fit."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.descriptions import describe
from search.speakers.qualified import qualified_one
from search.speakers.role_parse import parse_role


class Known:
    def __init__(self, name, *roles):
        self.display, self.roles = name, [parse_role(role.split()) or describe(role.split(), None) for role in roles]


def anyone(asked, person):
    return True


@pytest.mark.parametrize("paragraphs, line, expected", [
    # a body's name after `de`, introduced in an apposition that runs past ten words; a doctor spoke since
    (["Las camas de cuidados intensivos siguen llenas", "Según explicó Pablo Ortega, médico especialista en medicina "
      "intensiva en el hospital de la Clínica San Roque, los ingresos bajaron.", "«No hay que bajar la guardia», "
      "responde el doctor Jorge Vidal, vicepresidente de la Sociedad de Neumología. «Aún faltan camas para el "
      "invierno», afirma el médico de San Roque."], 2, "Pablo Ortega"),
    # a nationality: the periodista introduced as Chilean, though an editor spoke since
    (["La periodista chilena Inés Castro presentó su libro en Lima.", "«Fue un trabajo de años», contó el editor "
      "Mario Paz.", "La periodista chilena aseguró que habrá una segunda parte."], 2, "Inés Castro"),
    # an office's paraphrase: the head of the executive is the president
    (["El presidente Tomás Herrera inauguró el puente.", "«Es una obra para todos», dijo la alcaldesa Rosa Lima.",
      "Más tarde, el titular del Ejecutivo federal afirmó que habrá más obras."], 2, "Tomás Herrera"),
    # a noun for any office holder with a nationality: the one person with an office of that country
    (["Reunión de ministros en Lima", "La ministra chilena de Salud, Carla Núñez, llegó a Lima para la cumbre.",
      "«Hay que compartir las vacunas», dijo el ministro peruano Raúl Campos.",
      "La funcionaria chilena insistió en que su país donará dosis."], 3, "Carla Núñez"),
])
def test_a_qualified_description_names_whom_the_text_introduced_so(paragraphs, line, expected):
    assert expected in paragraph_speakers(paragraphs)[line]


@pytest.mark.parametrize("asked, known, expected", [
    ("médico de la paz", [Known("Ana Ruiz", "médico del hospital la paz"), Known("Luis Gil", "médico del hospital "
                                                                              "central")], "Ana Ruiz"),
    ("periodista chilena", [Known("Inés Castro", "periodista chilena"), Known("Eva Solís", "periodista peruana")],
     "Inés Castro"),
    # two people with the same noun and qualifier: nobody
    ("periodista chilena", [Known("Inés Castro", "periodista chilena"), Known("Eva Solís", "periodista chilena")],
     None),
    # a nationality that fits nobody
    ("periodista argentina", [Known("Inés Castro", "periodista chilena")], None),
    # a qualifier nobody's role carries
    ("médico de la paz", [Known("Luis Gil", "médico del hospital central")], None),
    # a role never introduced: another noun, though the qualifier fits
    ("profesor de la paz", [Known("Ana Ruiz", "médico del hospital la paz")], None),
    # a bare noun is not this rule's (people._introduced_as reads it)
    ("médico", [Known("Ana Ruiz", "médico del hospital la paz")], None),
    # an office holder of a nationality: the one with an office of that country, none if two hold one
    ("funcionaria chilena", [Known("Carla Núñez", "ministra chilena de salud"), Known("Rosa Vera", "ministra "
                                                                                      "peruana")], "Carla Núñez"),
    ("funcionaria chilena", [Known("Carla Núñez", "ministra chilena de salud"), Known("Rosa Vera", "senadora "
                                                                                      "chilena")], None),
    ("político chileno", [Known("Inés Castro", "periodista chilena")], None),  # a trade is no office
    ("político chileno", [Known("Pedro Gil", "chileno")], None),  # nor a nationality alone
    ("cantante chilena", [Known("Carla Núñez", "ministra chilena de salud")], None),  # nor a singer an office holder
    # a former office has its own reading
    ("exgobernador de nariño", [Known("Ana Ruiz", "exgobernador de nariño")], None),
])
def test_qualified_one_needs_exactly_one_fit(asked, known, expected):
    found = qualified_one(parse_role(asked.split()), known, anyone)
    assert (found.display if found else None) == expected


@pytest.mark.parametrize("words, kind", [
    ("titular del ejecutivo federal", "presidente"),
    ("titular del poder ejecutivo", "presidente"),
    ("titular del ejecutivo estatal", "gobernador"),
    ("titular del ejecutivo del estado", "gobernador"),
    ("titular de hacienda", "titular"),  # a portfolio, no executive
    ("jefe del ejecutivo", "jefe"),  # in Spain the presidente del Gobierno: left a chief of any kind
])
def test_an_executive_paraphrase_is_an_office(words, kind):
    assert parse_role(words.split()).kind == kind
