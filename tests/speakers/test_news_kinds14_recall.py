"""Recall on unseen news, round 14 (search.speakers.focus, focus_lines, subjects): a quotation that opens a line
credited to one person and is never closed runs on; an epithet after a role noun leaves a bare office that fits the
person followed; `…, donde anunció que…` is the sentence's subject speaking. Cases of my own wording and names, with
negatives: a stray mark after the attribution, a closed quotation, a complement or a nationality, another gender, a
subject written after `donde`, an impersonal `se`, a subject inside a relative clause."""

import pytest

from search.speakers import paragraph_speakers

HEAD = "Reabre el Museo de Historia Natural de Tlaxcala"
ANCHOR = "La directora del museo, Irene Saldívar Ponce, recorrió las salas con la prensa."


def test_a_quotation_opened_on_a_credited_line_runs_on():
    """A quotation the source never closes goes on with its speaker over the lines after it."""
    got = paragraph_speakers([
        HEAD, ANCHOR,
        "Las obras no afectarán a la colección, resaltó la directora Irene Saldívar Ponce.",
        '"Para que un museo viva, tiene que cambiar con su ciudad; no hay otra manera.',
        "Si hubiéramos esperado otro año, el edificio no habría resistido.",
        "Decidimos cerrar por completo, porque el techo estaba dañado.",
        "La reapertura será el sábado a las diez.",
    ])
    assert got[3:6] == [["Irene Saldívar Ponce"]] * 3


def test_a_closed_quotation_does_not_run_on():
    got = paragraph_speakers([
        HEAD, ANCHOR,
        '"Para que un museo viva, tiene que cambiar con su ciudad", dijo la directora Irene Saldívar Ponce.',
        "El edificio data de 1890 y fue restaurado en 1990.",
    ])
    assert got[2:] == [["Irene Saldívar Ponce"], []]


CLUB = [
    "El Atlético Morelia, obligado a ganar ante su afición",
    "El equipo que dirige Ramón Ibarra Lugo necesita los tres puntos para seguir vivo en la liguilla.",
    "La plantilla llega con tres bajas por lesión.",
]
LATER = "Ibarra Lugo descarta que haya cansancio en el vestuario."


@pytest.mark.parametrize(
    "line, expected",
    [
        # a role noun with only an epithet after it describes the person followed, who holds no office in the text
        ('"No le debemos nada a nadie", afirma el técnico emplumado.', ["Ramón Ibarra Lugo"]),
        ('"Vamos a ganar el sábado", advirtió el entrenador veterano.', ["Ramón Ibarra Lugo"]),
        # negatives: a complement names another office, a nationality he is not given, another gender
        ('"Vamos a ganar el sábado", advirtió el entrenador de los Pumas.', []),
        ('"Vamos a ganar el sábado", advirtió el entrenador argentino.', []),
        ('"Vamos a ganar el sábado", advirtió la entrenadora veterana.', []),
    ],
)
def test_an_epithet_does_not_name_another_office(line: str, expected: list[str]):
    assert paragraph_speakers([*CLUB, line, LATER])[3] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # a place the main clause names, where its subject, opening the sentence, said something
        ("La senadora Julia Ortega inauguró el congreso, donde dio a conocer que dejará su escaño.", ["Julia Ortega"]),
        ("El alcalde Ramón Ibarra Lugo visitó la feria, en donde anunció que habrá más fondos.", ["Ramón Ibarra Lugo"]),
        # negatives: a subject written after `donde`, an impersonal `se`, a subject inside a relative clause
        ("La senadora Julia Ortega visitó el hospital, donde los médicos explicaron que faltan camas.", []),
        ("La senadora Julia Ortega presentó el dictamen, en donde se argumentó que faltan fondos.", []),
        ("La comisión, que preside la diputada Julia Ortega, votó el dictamen, donde afirmó que faltan fondos.", []),
    ],
)
def test_a_place_where_the_subject_spoke(line: str, expected: list[str]):
    assert paragraph_speakers(["Foro sobre el agua en Colima", line])[1] == expected
