"""Transcripts read from files: the turn labels of government press conferences, in .txt and in Markdown."""

import json

import pytest

from search.ingest.formats import read_path
from search.speakers import paragraph_speakers

# La Moncloa's title and label shapes (lamoncloa.gob.es, Aviso legal: reproduction allowed, citing the source and the
# date); the words and names are ours
MONCLOA = """Rueda de prensa posterior al Consejo de Ministros, 16 de enero de 2024

Portavoz.- Buenos días. Hoy el Consejo ha aprobado el decreto de vivienda.

Les explico sus tres medidas.

P.- (Eva Ros, Diario Sur) Ministra, ¿cuándo entra en vigor?

Sra. Montaño.- Mañana mismo.

Sr. Iturbe.- Añado que el decreto protege a los inquilinos.
"""

BRACKETED = """---
title: Rueda de prensa tras el Consejo de Gobierno
fecha: 2024-01-16
---

**TERESA MONTAÑO (Portavoz):** Buenos días. Hoy el Consejo ha aprobado el decreto.

Además, se ha aprobado la subida del salario mínimo.

**REPORTERA (Radio Norte):** Consejera, ¿cuándo entra en vigor?

**MONTAÑO:** Mañana mismo, con su publicación en el boletín.

**JAIME SOTO ORTIZ (Economía):** Si me permite, añado que protege a los inquilinos.

**P.:** ¿Y los propietarios?

**SOTO:** También tendrán incentivos fiscales.
"""


def test_a_moncloa_transcript_gives_each_turn_its_label(tmp_path):
    (tmp_path / "rueda.txt").write_text(MONCLOA, encoding="utf-8")
    (document,) = read_path(tmp_path / "rueda.txt", tmp_path)
    found = paragraph_speakers(document.paragraphs)
    assert found == [[], ["Portavoz"], ["Portavoz"], ["Pregunta"], ["Montaño"], ["Iturbe"]]


def test_bracketed_roles_and_surname_labels_in_markdown(tmp_path):
    (tmp_path / "rueda.md").write_text(BRACKETED, encoding="utf-8")
    (document,) = read_path(tmp_path / "rueda.md", tmp_path)
    found = paragraph_speakers(document.paragraphs)
    assert found == [["Teresa Montaño"], ["Teresa Montaño"], ["Reportero"], ["Teresa Montaño"],
                     ["Jaime Soto Ortiz"], ["Pregunta"], ["Jaime Soto Ortiz"]]


def test_a_transcript_named_without_a_date_is_dated_by_its_opening_turn(tmp_path, runner):
    # trial 12, finding 2: the same words with and without a turn label gave a date only without
    from search.cli import main

    (tmp_path / "g.txt").write_text(
        "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO: Muy buenas noches. Hoy es sábado 14 de marzo de 2020 y "
        "esta es la conferencia.\nPREGUNTA: ¿Y los casos?\nHUGO LÓPEZ-GATELL RAMÍREZ: Son 26.\n", encoding="utf-8")
    result = runner.invoke(main, ["inspect", str(tmp_path / "g.txt"), "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert [record["date"] for record in records] == ["2020-03-14"] * 3
    assert records[0]["speakers"] == ["Hugo López-Gatell Ramírez"]
    assert records[0]["title"] == "Conferencia de prensa, 2020-03-14"


# Each odd label between two of the speaker's turns: the question is never his.
ODD_LABELS = [
    "**Interlocutor (Reforma):** ¿Cuánto costará cada vacuna?",  # mixed case, an outlet in brackets
    "**— PREGUNTA:** ¿Y la segunda dosis?",  # a dialogue dash inside the bold
    "— **PREGUNTA:** ¿Y la tercera dosis?",  # and outside it
    "- **PREGUNTA:** ¿Y la cuarta dosis?",
    "* **PREGUNTA:** ¿Y con asterisco de lista?",  # Markdown's other list markers (review26a)
    "+ **PREGUNTA:** ¿Y con más de lista?",
    "**PREGUNTA** ¿Y sin dos puntos?",  # a generic label in bold needs no colon
    "**P.** ¿Y abreviada?",
    "**PREGUNTA.-** ¿Y cerrada con raya?",
    "**Pregunta:** ¿Y en minúsculas?",
    "*PREGUNTA:* ¿Y en cursiva?",
    "***PREGUNTA:*** ¿Y en negrita cursiva?",
    "__PREGUNTA:__ ¿Y con guiones bajos?",
    "> **PREGUNTA:** ¿Y citada?",
]


def test_bold_that_opens_prose_is_no_label(tmp_path):
    (tmp_path / "nota.md").write_text(
        "**HUGO LÓPEZ-GATELL:** Buenas tardes.\n\n**PREGUNTA:** ¿Y?\n\n**HUGO LÓPEZ-GATELL:** Sigo.\n\n"
        "**Madrid** recibirá la mitad.\n\n**Importante** sin dos puntos.\n", encoding="utf-8")
    (document,) = read_path(tmp_path / "nota.md", tmp_path)
    assert paragraph_speakers(document.paragraphs)[3:] == [["Hugo López-Gatell"]] * 2


# trial 18: a transcript saved as .txt keeps its labels' marks, which only the .md reader stripped; each
# question ran on as the speaker's turn before it
@pytest.mark.parametrize("name", ["rueda.md", "rueda.txt"])
def test_an_odd_markdown_label_starts_its_own_turn(tmp_path, name):
    turns = "\n\n".join(f"{label}\n\n**HUGO LÓPEZ-GATELL:** Respuesta {n}." for n, label in enumerate(ODD_LABELS))
    (tmp_path / name).write_text("**HUGO LÓPEZ-GATELL:** Buenas tardes.\n\n" + turns + "\n", encoding="utf-8")
    (document,) = read_path(tmp_path / name, tmp_path)
    found = paragraph_speakers(document.paragraphs)
    questions = {label: found[2 * n + 1] for n, label in enumerate(ODD_LABELS)}
    assert {label: speakers for label, speakers in questions.items()
            if speakers not in (["Pregunta"], ["Interlocutor"])} == {}
    assert all(speakers == ["Hugo López-Gatell"] for speakers in found[::2])
    if name.endswith(".txt"):
        assert document.paragraphs[1] == ODD_LABELS[0]  # the text keeps its marks


def test_a_bold_name_among_labels_in_capitals_in_a_text_file(tmp_path, runner):
    # trial 18: `**Carolina Darias:**` in a transcript in capitals was Fernando Simón's turn, in `orador:` and facets
    from search.cli import main

    (tmp_path / "rueda.txt").write_text(
        "Rueda de prensa del Ministerio de Sanidad\n\nFERNANDO SIMÓN, DIRECTOR DEL CCAES: Buenas tardes.\n\n"
        "PREGUNTA: ¿Cuándo llegarán las vacunas?\n\nFERNANDO SIMÓN, DIRECTOR DEL CCAES: La semana próxima.\n\n"
        "**Carolina Darias:** La vacunación avanza.\n\n_Fernando Simón:_ Añado que la incidencia preocupa.\n",
        encoding="utf-8")
    result = runner.invoke(main, ["inspect", str(tmp_path / "rueda.txt"), "--json"])
    assert result.exit_code == 0, result.output
    speakers = [json.loads(line)["speakers"] for line in result.output.splitlines()]
    assert speakers[1:] == [["Fernando Simón"], ["Pregunta"], ["Fernando Simón"], ["Carolina Darias"],
                            ["Fernando Simón"]]
