"""Issue 14, round 17 (sp17c): a group introduced under a plural noun (`los periodistas Ana Gil y Luis Mora`) and the
same bare plural that gives it a statement later (search.speakers.groups). Rows of my own wording, names and shapes,
with negatives (a plural before the group, others under the noun, two groups, bodies, a visit, a man in `las`)."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.groups import named_groups

TWO = ["Nuria Campos", "Héctor Villa"]
INTRO = "El reportaje, firmado por los periodistas Nuria Campos y Héctor Villa, salió el lunes en la revista."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ([INTRO, "Los periodistas aseguraron que el contrato se firmó sin concurso."], TWO),
        ([INTRO, "Según los periodistas, el contrato se firmó sin concurso."], TWO),
        (["La sentencia la dictaron las juezas Eva Rus, Marta Sáez y Lidia Prado en abril.",
          "Las juezas concluyeron que no hubo delito."], ["Eva Rus", "Marta Sáez", "Lidia Prado"]),
        (["Las fotos son de los fotógrafos Pablo R. Soto y Irene Lago, de la agencia.",
          "Los fotógrafos denunciaron que la policía les quitó las cámaras."], ["Pablo R. Soto", "Irene Lago"]),
        # negatives: others under the noun; an indefinite; a visit; a man among `las`; bodies, not people
        ([INTRO, "Los periodistas de la agencia estatal aseguraron que el contrato es legal."], []),
        ([INTRO, "Algunos periodistas aseguraron que el contrato es legal."], []),
        ([INTRO, "Los periodistas recorrieron después la obra con el alcalde."], []),
        (["La sentencia la dictaron las magistradas Eva Rus y Tomás Prado en abril.",
          "Las magistradas concluyeron que no hubo delito."], []),
        (["El acuerdo lo firmaron las empresas Aceros Norte y Cementos Sur en abril.",
          "Las empresas aseguraron que bajarán los precios."], []),
    ],
)
def test_a_bare_plural_gives_the_statement_to_the_group_it_introduced(paragraphs, expected):
    found = paragraph_speakers(["Un contrato bajo sospecha", *paragraphs])
    assert sorted(found[-1]) == sorted(expected)


def test_a_plural_before_the_group_names_no_one():
    found = paragraph_speakers(["Un contrato bajo sospecha", "Los periodistas aseguraron que hubo fraude.", INTRO])
    assert found[1] == []


def test_two_groups_under_one_noun_leave_the_plural_to_no_one():
    found = paragraph_speakers(["Un contrato bajo sospecha", INTRO,
                                "Otro trabajo, de los periodistas Sara Mena y Iván Ortiz, lo desmintió.",
                                "Los periodistas aseguraron que el contrato se firmó sin concurso."])
    assert found[-1] == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        ([INTRO], {"periodistas": (0, [["Nuria", "Campos"], ["Héctor", "Villa"]])}),
        (["Hablaron los vecinos Ana Gil, Luis Mora y Eva Rus."],
         {"vecinos": (0, [["Ana", "Gil"], ["Luis", "Mora"], ["Eva", "Rus"]])}),
        (["Hablaron los vecinos del barrio."], {}),
        (["Vinieron los periodistas Ana Gil y Luis Mora.", "Luego, los periodistas Eva Rus y Pablo Soto."], {}),
    ],
)
def test_named_groups(paragraphs, expected):
    assert named_groups(paragraphs) == expected
