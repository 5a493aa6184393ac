"""Kinds of attribution met in real news from other outlets and countries (round 3), each with cases of
other names and shapes than those it was found on, negative ones included."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a country speaks through its government, never as a person
        ("Malta asegura que ya acoge a más refugiados que nadie.", []),
        ("Jordania advirtió que no abrirá la frontera.", []),
        ("Sri Lanka anunció que suspende el pago de su deuda.", []),
        ("Según Nueva Zelanda, el acuerdo es insuficiente.", []),
    ],
)
def test_countries_are_no_speakers(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # role + `de` + the office, a body or a place, then the name with no comma between
        ("El ministro de Defensa Padrino López señaló que el plan sigue.", ["Padrino López"]),
        ("La secretaria de Turismo Ramírez Soto aseguró que la temporada será récord.", ["Ramírez Soto"]),
        ("El gobernador del estado de Zulia Henri Falcón Ramos denunció el cierre.", ["Henri Falcón Ramos"]),
        ("El alcalde de Valparaíso Jorge Sharp dijo que no renunciará.", ["Jorge Sharp"]),
        ("El vicepresidente de Bolivia Álvaro García Linera afirmó que habrá diálogo.", ["Álvaro García Linera"]),
        ("El canciller de Perú Néstor Popolizio declaró que no asistirá.", ["Néstor Popolizio"]),
        # no role before `de`: the run is one name
        ("La hija de Marta Gómez Ruiz dijo que no sabía nada.", []),
        ("La abuela de Carmen Soto Díaz contó que vivía sola.", []),
    ],
)
def test_name_after_role_and_office_without_comma(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # capitalised articles inside a name are part of it
        ("El vicepresidente de Venezuela Tareck El Aissami aseguró que llegará más trigo.", ["Tareck El Aissami"]),
        ("El presidente de Sudán, Omar Al Bashir, declaró que no se entregará.", ["Omar Al Bashir"]),
        ("Mohamed El Baradei, exdirector del organismo, advirtió que el plazo es corto.", ["Mohamed El Baradei"]),
        # at the start of a run an article is no name
        ("El Universal informó que la cifra subió.", []),
    ],
)
def test_article_particles_inside_names(paragraph, expected):
    assert speakers(paragraph) == [expected]
