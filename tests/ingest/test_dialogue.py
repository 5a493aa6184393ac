"""Trial35, finding 5: an exchange in dashes written a line a turn, with no blank line between, was one paragraph,
and the reporter's question was credited to the minister who answered it."""

import pytest

from search.ingest.dialogue import dialogue_turns
from search.ingest.formats import read_path
from search.ingest.paragraphs import document_records


@pytest.mark.parametrize("lines, expected", [
    (["—Consejera, ¿abrirán los colegios el lunes?", "—Sí, abrirán todos —contestó Pardo."],
     [["—Consejera, ¿abrirán los colegios el lunes?"], ["—Sí, abrirán todos —contestó Pardo."]]),
    (["– ¿Habrá recortes?", "– «Ninguno», zanjó el alcalde.", "– ¿Y en Sanidad?", "– Tampoco."],
     [["– ¿Habrá recortes?"], ["– «Ninguno», zanjó el alcalde."], ["– ¿Y en Sanidad?"], ["– Tampoco."]]),
    # a tag in lower case after a dash is the narrator's, on the line before
    (["—Sí, abrirán todos los colegios del distrito", "—contestó Pardo ante la prensa."],
     [["—Sí, abrirán todos los colegios del distrito", "—contestó Pardo ante la prensa."]]),
    # a wrapped paragraph with one inciso in dashes: one paragraph
    (["La consejera dijo que los colegios abrirán.", "—Según fuentes del departamento— el lunes."],
     [["La consejera dijo que los colegios abrirán.", "—Según fuentes del departamento— el lunes."]]),
    (["Una línea cualquiera del texto", "y otra que la continúa."], [["Una línea cualquiera del texto",
                                                                     "y otra que la continúa."]]),
])
def test_dialogue_turns(lines, expected):
    assert dialogue_turns(lines) == expected


def test_the_question_is_not_the_answerers(tmp_path):
    path = tmp_path / "nota.txt"
    path.write_text("Rueda de prensa en la consejería\n\n—Consejera, ¿abrirán los colegios el lunes?\n"
                    "—Sí, abrirán todos —contestó Marta Pardo.\n", encoding="utf-8")
    records = [record for document in read_path(path, tmp_path, warn=lambda message: None)
               for record in document_records(document)[1]]
    assert [(record.text, record.speakers) for record in records[1:]] == [
        ("—Consejera, ¿abrirán los colegios el lunes?", []),
        ("—Sí, abrirán todos —contestó Marta Pardo.", ["Marta Pardo"])]
