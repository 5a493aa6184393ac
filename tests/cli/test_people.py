"""One person, one name across an archive, through the command line: `speakers`, hits, facets, `show`."""

import json

import pytest

from search.cli import main

# Two briefings where a label mistypes a surname (close counts: 4 against 3), the role the same; and two
# people with close names and different offices, who stay apart.
BRIEFINGS = {
    "2020-05-01.txt": "ROSA DÍAZ LEONRADI, JEFA DE GOBIERNO DE LA CIUDAD DE MÉXICO: Buenas tardes.\n"
                      "La ciudad tiene camas libres.\nPREGUNTA: ¿Cuántas camas?\nROSA DÍAZ LEONRADI: Mil camas.\n"
                      "GABRIEL GARCÍA RUIZ, DIRECTOR DEL CENTRO OPERATIVO DE CONTINGENCIAS: Sobre las camas, nada.\n",
    "2020-05-08.txt": "ROSA DÍAZ LEONARDI, JEFA DE GOBIERNO DE LA CIUDAD DE MÉXICO: Buenas noches.\n"
                      "Hay camas en los hospitales.\nMás camas cada semana.\nPREGUNTA: ¿Y mañana?\n"
                      "ROSA DÍAZ LEONARDI: También camas.\n"
                      "GABRIELA GARCÍA RUIZ, SECRETARIA DEL CONSEJO DE POBLACIÓN: Las camas, por edades.\n",
}


@pytest.fixture
def briefings_index(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    for name, text in BRIEFINGS.items():
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    index = str(tmp_path / "ix")
    assert runner.invoke(main, ["index", str(tmp_path / "docs"), "--index", index]).exit_code == 0
    return index


def test_speakers_lists_one_name_per_person(runner, briefings_index):
    rows = json.loads(runner.invoke(main, ["speakers", "--json", "--index", briefings_index]).output)
    people = {row["speaker"]: (row["paragraphs"], row["first"], row["last"]) for row in rows if row["kind"] == "person"}
    assert people == {"Rosa Díaz Leonardi": (7, "2020-05-01", "2020-05-08"),
                      "Gabriel García Ruiz": (1, "2020-05-01", "2020-05-01"),
                      "Gabriela García Ruiz": (1, "2020-05-08", "2020-05-08")}


@pytest.mark.parametrize("speaker", ["Leonardi", "Leonradi", '"Rosa Díaz Leonardi"', '"Rosa Díaz Leonradi"'])
def test_hits_facets_and_filters_show_the_persons_name(runner, briefings_index, speaker):
    found = runner.invoke(main, ["search", f"camas orador:{speaker}", "--json", "--facets", "--index",
                                 briefings_index])
    assert found.exit_code == 0, found.output
    data = json.loads(found.output)
    assert data["total"] == 5
    assert {name for hit in data["hits"] for name in hit["speakers"]} == {"Rosa Díaz Leonardi"}
    assert [facet["name"] for facet in data["facets"]["speakers"]] == ["Rosa Díaz Leonardi"]


def test_a_document_shows_the_persons_name(runner, briefings_index):
    shown = runner.invoke(main, ["show", "2020-05-01.txt", "--json", "--index", briefings_index]).output
    speakers = {name for line in shown.splitlines() for name in json.loads(line)["speakers"]}
    assert speakers == {"Rosa Díaz Leonardi", "Pregunta", "Gabriel García Ruiz"}
