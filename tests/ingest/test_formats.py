import pytest

from search.ingest.files import find_files
from search.ingest.formats import read_path, text_paragraphs, title_from_line
from search.settings import MAX_TITLE_CHARS
from tests.conftest import FIXTURES, SEEDS


def read_one(path, root=None):
    [document] = read_path(path, root or path.parent)
    return document


def test_seed_has_six_paragraphs_and_a_short_title():
    document = read_one(SEEDS / "000_0ae4057f2a729d92.txt")
    assert len(document.paragraphs) == 6
    assert document.paragraphs[1].startswith("Wang Yi declaró")
    assert document.title.startswith("El consejero de Estado")
    assert len(document.title) <= 91 and document.title.endswith("…")


@pytest.mark.parametrize("text, paragraphs", [
    ("uno\ndos\n", ["uno", "dos"]),
    ("uno\n\ndos\n", ["uno", "dos"]),
    ("una línea\npartida\n\notra\n", ["una línea partida", "otra"]),
    ("  espacios   dentro \r\nfin\r\n", ["espacios dentro", "fin"]),
    ("Título\n\n" + "x" * 150 + "\n" + "y" * 150 + "\n", ["Título", "x" * 150, "y" * 150]),
    # a line that only separates is no paragraph, nor part of the one above (trial 12, finding 15)
    ("a\n---\nb\n", ["a", "b"]),
    ("a\n\nVE 1402.\n---\n\nb\n", ["a", "VE 1402.", "b"]),
    ("uno\ndos\n\n* * *\n\ntres\n", ["uno dos", "tres"]),
    ("a\n=====\nb\n___\n", ["a", "b"]),
    ("- a\n-- b\n--\n", ["- a", "-- b", "--"]),  # a list item, two dashes: kept
    # trial19b: short turns, a line each, in one block were one paragraph; a line that opens
    # with a turn label starts one, a line after it goes on it (hard-wrapped)
    ("Rueda de prensa\n\nPORTAVOZ: Buenos días.\nPREGUNTA: ¿Habrá multas?\nPORTAVOZ: Sí, desde el lunes.\n",
     ["Rueda de prensa", "PORTAVOZ: Buenos días.", "PREGUNTA: ¿Habrá multas?", "PORTAVOZ: Sí, desde el lunes."]),
    ("Intro\n\nP: ¿Cuándo llegan\nlas dosis?\nR: En enero.\n",
     ["Intro", "P: ¿Cuándo llegan las dosis?", "R: En enero."]),
    ("Intro\n\n—P. ¿Y las mascarillas?\n—R. Seguirán.\n", ["Intro", "—P. ¿Y las mascarillas?", "—R. Seguirán."]),
    ("T\n\nTexto previo\nque sigue.\nPREGUNTA: ¿Y?\nPORTAVOZ: No.\n", ["T", "Texto previo que sigue.",
                                                                       "PREGUNTA: ¿Y?", "PORTAVOZ: No."]),
    # one label, or none, in a block of short lines: prose hard-wrapped, as before
    ("Nota\n\nPREGUNTA: ¿Habrá multas?\nrespondió que no.\n", ["Nota", "PREGUNTA: ¿Habrá multas? respondió que no."]),
    ("Nota\n\nMadrid: la ciudad\nespera la vacuna.\n", ["Nota", "Madrid: la ciudad espera la vacuna."]),
])
def test_text_paragraphs(text, paragraphs):
    assert text_paragraphs(text) == paragraphs


LEDE = "El ministro de Salud, José Pérez, afirmó que la campaña de vacunación avanza."
WRAPPED = ("La ministra de Inclusión anunció hoy en Madrid un plan de\n"
           "integración laboral para los refugiados que llegan a\n"
           "España, con cursos y ayudas.")


# trial 33, defect 10: a headline line followed by its lede with no blank line between
@pytest.mark.parametrize("text, paragraphs, title", [
    (f"Nota de prensa sobre la vacunación en Peñalolén\n{LEDE}\n\n«Estamos contentos», dijo.\n",
     ["Nota de prensa sobre la vacunación en Peñalolén", LEDE, "«Estamos contentos», dijo."],
     "Nota de prensa sobre la vacunación en Peñalolén"),
    (f"Nota de prensa sobre la vacunación\r\n{LEDE}\r\n\r\nFin.\r\n",  # CRLF, as the trial's file
     ["Nota de prensa sobre la vacunación", LEDE, "Fin."], "Nota de prensa sobre la vacunación"),
    (f"Vacunas para todos\n«{LEDE}»\n\nFin.\n", ["Vacunas para todos", f"«{LEDE}»", "Fin."], "Vacunas para todos"),
    (f"Vacunas para todos\n{WRAPPED}\n\nFin.\n",  # the lede hard-wrapped: joined, the headline apart
     ["Vacunas para todos", " ".join(WRAPPED.split()), "Fin."], "Vacunas para todos"),
    (f"Vacunas en Chile\nEl plan llega a todas las comunas esta semana\n\n{LEDE}\n",  # a subtitle
     ["Vacunas en Chile", "El plan llega a todas las comunas esta semana", LEDE], "Vacunas en Chile"),
    # not a headline over a lede: as before
    (f"Vacunas en Chile\nSubtítulo de la nota\n\n{LEDE}\n",  # the next word would not fit: a wrap, may be
     ["Vacunas en Chile Subtítulo de la nota", LEDE], None),
    (f"{WRAPPED}\n\nFin.\n", [" ".join(WRAPPED.split()), "Fin."], None),  # wrapped greedily: one paragraph
    (f"Nota de prensa sobre\nla vacunación en Peñalolén y otras comunas\n\n{LEDE}\n",  # goes on in lowercase
     ["Nota de prensa sobre la vacunación en Peñalolén y otras comunas", LEDE], None),
    (f"Nota de prensa.\n{LEDE}\n\nFin.\n", [f"Nota de prensa. {LEDE}", "Fin."], None),  # a sentence, not a headline
    (f"Intro\n\nNota sobre la vacunación\n{LEDE}\n", ["Intro", f"Nota sobre la vacunación {LEDE}"], None),  # not first
    ("PREGUNTA: ¿Habrá multas?\nPORTAVOZ: Sí.\n\nFin.\n", ["PREGUNTA: ¿Habrá multas?", "PORTAVOZ: Sí.", "Fin."], None),
    (f"Nota de prensa sobre la vacunación\n{LEDE}\n", ["Nota de prensa sobre la vacunación", LEDE], None),  # lines
])
def test_a_headline_over_its_lede_is_the_title_and_a_paragraph_apart(tmp_path, text, paragraphs, title):
    assert text_paragraphs(text) == paragraphs
    path = tmp_path / "nota.txt"
    path.write_bytes(text.encode())
    assert read_one(path).title == (title or title_from_line(paragraphs[0]))


HEADLINE = "Migraciones impulsa la integración laboral de refugiados con alianzas estratégicas y formación a medida"
SENTENCE = ("La ministra de Inclusión anunció hoy en Madrid un plan de integración laboral para los refugiados "
            "que llegan a España.")


@pytest.mark.parametrize("line, title", [
    ("Emilia Pardo Bazán: Cuentos de amor", "Emilia Pardo Bazán: Cuentos de amor"),
    # a headline (trial 12, finding 8: 11 of 13 press releases were cut at ~85 characters): whole
    (HEADLINE, HEADLINE),
    ("Interior refuerza el paso del Estrecho: " + "x" * 70, "Interior refuerza el paso del Estrecho: " + "x" * 70),
    ('"Salvar vidas es lo primero", dice la ministra en la presentación del plan de rescate marítimo',
     '"Salvar vidas es lo primero", dice la ministra en la presentación del plan de rescate marítimo'),
    ("¿Qué cambia con la nueva ley de vivienda para los inquilinos que renuevan su contrato de alquiler este año?",
     "¿Qué cambia con la nueva ley de vivienda para los inquilinos que renuevan su contrato de alquiler este año?"),
    # longer than a title may be: cut at a space
    ("palabra " * 40, ("palabra " * 25).strip() + "…"),
    # a sentence of the text: cut at TITLE_CHARS, as before
    (SENTENCE, "La ministra de Inclusión anunció hoy en Madrid un plan de integración laboral para los…"),
])
def test_title_from_a_first_line(line, title):
    assert title_from_line(line) == title
    assert len(title_from_line(line)) <= MAX_TITLE_CHARS + 1


def test_markdown_document(corpus):
    document = read_one(corpus / "sub" / "entrevista.md", corpus)
    assert document.doc == "sub/entrevista.md"
    assert document.title == "Entrevista con la ministra"
    assert document.date == "2021-03-04"
    assert document.paragraphs == [
        "La ministra de vivienda habló de los alquileres.",
        "foto Los años de crisis.",  # an image keeps its alt text
    ]


def test_jsonl_keeps_ids_and_groups_by_doc(corpus):
    found = read_path(corpus / "teletipos.jsonl", corpus)  # each as it is complete: records without doc last
    assert sorted(d.doc for d in found) == ["otro", "teletipos.jsonl"]
    second, first = found
    assert first.ids == ["t-1"] and first.title == "ONU" and first.dates == ["2020-05-01"]
    assert first.standalone and not second.standalone
    assert first.speakers == [["António Guterres"]]
    assert second.ids == ["t-2"] and second.speakers == [[]]
    assert second.titles == [second.title] == ["El año próximo habrá elecciones."]


def test_jsonl_records_keep_their_own_titles(tmp_path):
    path = tmp_path / "xq.jsonl"
    path.write_text('{"id": "a", "title": "Uno", "text": "x"}\n'
                    '{"id": "b", "title": "Dos", "text": "y"}\n{"id": "c", "text": "z"}\n')
    [document] = read_path(path, tmp_path)
    assert document.titles == ["Uno", "Dos", ""]


@pytest.mark.parametrize("lines, titles", [
    (['{"id": "n1", "title": "Sismo en Oaxaca", "text": "Un sismo sacudió Oaxaca."}',
      '{"id": "n2", "text": "La inflación subió en Lima, dijo el ministro Juan Pérez."}',
      '{"id": "n3", "text": "Elecciones en Bogotá."}'], ["Sismo en Oaxaca", "", ""]),
    (['{"id": "a", "text": "Texto uno sobre Oaxaca"}', '{"id": "b", "text": "123"}',
      '{"id": "c", "title": "Tres", "text": "Texto tres"}'], ["", "", "Tres"]),
    # the paragraphs of one `doc` share its title: the first its records give
    (['{"id": "a", "doc": "d", "text": "Uno."}', '{"id": "b", "doc": "d", "title": "Nota", "text": "Dos."}',
      '{"id": "c", "doc": "d", "text": "Tres."}'], ["Nota", "Nota", "Nota"]),
])
def test_a_jsonl_records_title_is_its_own(tmp_path, lines, titles):
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [document] = read_path(path, tmp_path)
    assert document.titles == titles


@pytest.mark.parametrize("body, paragraphs", [
    # trial19b: a Markdown block of turns, a line each, was one paragraph too (formats.turns_of)
    ("PORTAVOZ: Buenos días.\nPREGUNTA: ¿Habrá multas?\nPORTAVOZ: Sí.\n",
     ["PORTAVOZ: Buenos días.", "PREGUNTA: ¿Habrá multas?", "PORTAVOZ: Sí."]),
    ("**PREGUNTA:** ¿Habrá multas?\n**PORTAVOZ:** Sí.\n", ["PREGUNTA: ¿Habrá multas?", "PORTAVOZ: Sí."]),
    ("Un párrafo\npartido en *dos* líneas.\n", ["Un párrafo partido en dos líneas."]),  # Markdown's soft breaks
])
def test_a_markdown_block_of_turns_is_a_paragraph_a_turn(tmp_path, body, paragraphs):
    path = tmp_path / "rueda.md"
    path.write_text("---\ntitle: Rueda de prensa\n---\n\n" + body, encoding="utf-8")
    assert read_one(path).paragraphs == paragraphs


def test_a_named_file_is_read_whatever_its_suffix(tmp_path):
    path = tmp_path / "nota.dat"
    path.write_text("Texto plano.\n")
    assert [p for p, _ in find_files([path])] == [path]
    assert read_one(path).paragraphs == ["Texto plano."]


INGEST = FIXTURES / "ingest"


@pytest.mark.parametrize("name", ["nota_crlf.md", "nota_cr.md", "nota_mixed.md"])
def test_every_newline_convention_gives_the_records_of_lf(name):
    expected = read_one(INGEST / "nota_lf.md")
    document = read_one(INGEST / name)
    assert (document.title, document.date, document.paragraphs) == \
        (expected.title, expected.date, expected.paragraphs)
    assert document.title == "Cumbre en Lisboa" and document.date == "20201222"
    assert document.paragraphs[0].startswith("La ministra")  # no front matter paragraph


@pytest.mark.parametrize("name", ["acuerdo_crlf.txt", "acuerdo_cr.txt"])
def test_text_files_read_alike_whatever_their_newlines(name):
    assert read_one(INGEST / name).paragraphs == read_one(INGEST / "acuerdo_lf.txt").paragraphs


@pytest.mark.parametrize("front, date, said", [
    ("fecha: 31/02/2021", None, "la fecha «31/02/2021» de la cabecera no existe en el calendario; se ignoró"),
    ("date: mañana", None, "la fecha «mañana» de la cabecera no se entiende (use 2020-12-22); se ignoró"),
    ("date: 2021-02-29", None, "la fecha «2021-02-29» de la cabecera no existe en el calendario; se ignoró"),
    ("date = \"30 de abril de 2021\"", "30 de abril de 2021", None),
])
def test_a_front_matter_date_that_is_no_date_is_named_with_its_file(tmp_path, front, date, said):
    fence = "+++" if " = " in front else "---"
    path = tmp_path / "nota_2021-01-05.md"
    path.write_text(f"{fence}\n{front}\n{fence}\nTexto sobre Arequipa.\n", encoding="utf-8")
    heard = []
    [document] = read_path(path, tmp_path, warn=heard.append)
    assert document.date == date
    assert heard == ([f"{path}: {said}"] if said else [])
