import re
import time

import pytest

from search.ingest.markdown import front_matter, parse, strip_inline
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index


@pytest.mark.parametrize("line, plain", [
    ("Un **gran** acuerdo", "Un gran acuerdo"),
    ("Un *gran* y _nuevo_ acuerdo", "Un gran y nuevo acuerdo"),
    ("![foto](a.jpg) Pie de foto", "foto Pie de foto"),  # the alt text, as CommonMark's plain text
    ("Según la [Wikipedia](https://es.wikipedia.org/wiki/Lince_(animal)) el lince",
     "Según la Wikipedia el lince"),  # a URL with parentheses leaves none behind
    ('Ver ![foto](img.png "t") y [otro](<a b.html> "título") fin', "Ver foto y otro fin"),
    ("Web: <https://x.org/a?b=1> y correo <ana@x.org>.", "Web: https://x.org/a?b=1 y correo ana@x.org."),
    ("Un <b>dato</b> y <span class=\"x\">más</span>", "Un dato y más"),
    ("Ver [el informe](http://x.es/i) completo", "Ver el informe completo"),
    ("Código `print(1)` aquí", "Código print(1) aquí"),
    ("Texto <b>html</b>", "Texto html"),
    ("snake_case_word y 2*3*4", "snake_case_word y 2*3*4"),
    ("~~tachado~~", "tachado"),
])
def test_strip_inline(line, plain):
    assert strip_inline(line) == plain


def test_front_matter_simple_values():
    meta, body = front_matter('---\ntitle: "Nota"\ndate: 2020-12-22\nsource: EFE\n---\nCuerpo')
    assert meta == {"title": "Nota", "date": "2020-12-22", "source": "EFE"}
    assert body == "Cuerpo"


def test_no_front_matter():
    assert front_matter("Sin nada\n---\n") == ({}, "Sin nada\n---\n")


def test_parse_blocks_headings_lists_and_quotes():
    text = ("Título\n======\n\nPárrafo uno\ncontinúa.\n\n## Sección\n\n> Una cita\n\n"
            "- punto uno\n\n1. punto dos\n\n---\n\n```\ncódigo\n```\n")
    meta, heading, paragraphs = parse(text)
    assert meta == {} and heading == "Título"
    assert paragraphs == ["Párrafo uno continúa.", "Sección", "Una cita", "punto uno",
                          "punto dos", "código"]


def test_label_fixer_runs_before_markup_is_stripped():
    _, _, paragraphs = parse("**P** **RESIDENTE:** Hola.", label_fixer=lambda raw: raw.upper())
    assert paragraphs == ["P RESIDENTE: HOLA."]


@pytest.mark.parametrize("text, meta", [
    ("---\r\ntitle: Nota\r\ndate: 20201222\r\n---\r\nCuerpo", {"title": "Nota", "date": "20201222"}),
    ("---\rtitle: Nota\r---\rCuerpo", {"title": "Nota"}),
    ("+++\ntitle = \"Nota\"\ndate = 2020-12-22\n+++\nCuerpo", {"title": "Nota", "date": "2020-12-22"}),
    ("---\nTítulo: Nota\nFecha: 22/12/2020\nfuente: EFE\n---\nCuerpo",
     {"title": "Nota", "date": "22/12/2020", "source": "EFE"}),
    ("\n---\ntitle: >-\n  Una nota\n  larga\n---\nCuerpo", {"title": "Una nota larga"}),
    ("---\ntitle: Nota\ndate: 2020-12-22\nfecha: 2021-01-01\n---\nCuerpo",
     {"title": "Nota", "date": "2020-12-22"}),
])
def test_front_matter_conventions(text, meta):
    found, body = front_matter(text)
    assert found == meta and body == "Cuerpo"


def test_a_rule_and_a_heading_are_no_front_matter():
    meta, heading, paragraphs = parse("---\nTítulo de la nota\n---\nTexto.")
    assert meta == {} and "Texto." in paragraphs
    assert "Título de la nota" in [heading] + paragraphs


@pytest.mark.parametrize("text, said", [
    ("---\ntitle: [broken\n---\nCuerpo", "el valor de «title» en la cabecera, «[broken», abre «[» y no lo cierra"),
    ("---\ntítulo: \"Nota\n---\nCuerpo", "el valor de «título» en la cabecera, «\"Nota», abre «\"»"),
    ("---\ntags: {a: 1\n---\nCuerpo", "abre «{» y no lo cierra"),
])
def test_a_value_left_open_is_said_and_kept(text, said):
    heard = []
    meta, body = front_matter(text, heard.append)
    assert body == "Cuerpo" and len(heard) == 1 and said in heard[0]


def test_a_front_matter_never_closed_is_said():
    heard = []
    meta, _, paragraphs = parse("---\ntitle: Nota\n\nCuerpo.", warn=heard.append)
    assert meta == {} and "Cuerpo." in paragraphs
    assert heard == ["la cabecera que abre «---» no se cierra con otra línea «---»; se leyó como texto"]


@pytest.mark.parametrize("text", [
    "---\ntitle: [Uno, dos]\ndate: 2020-12-22\n---\nCuerpo", "---\ntitle: 'Nota'\n---\nCuerpo",
    "Sin nada\n---\n", "---\nTítulo de la nota\n---\nTexto.",
    "---\ntags: [salud,\n  vacunas]\n---\nCuerpo",  # a flow list closed on the next line
])
def test_sound_front_matter_is_not_warned_about(text):
    heard = []
    front_matter(text, heard.append)
    assert heard == []


@pytest.mark.parametrize("text, paragraphs", [
    ("| a | b |\n|---|---|\n| tabla | Lima |\n", ["a: tabla · b: Lima"]),
    ("Ciudad | Casos\n:--- | ---:\nLima | 25\nCusco | 3\n\nFin.",
     ["Ciudad: Lima · Casos: 25", "Ciudad: Cusco · Casos: 3", "Fin."]),
    ("| Ciudad | Casos |\n|---|---|\n| **Lima** | |\n| `a \\| b` | 2 |\n",
     ["Ciudad: Lima", "Ciudad: a | b · Casos: 2"]),
    ("| | Total |\n|---|---|\n| Lima | 25 |\n", ["Lima · Total: 25"]),  # a header cell left empty
    ("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n", ["a: 1 · b: 2 · 3"]),  # more cells than headers
    ("Texto con | una barra.\n\nOtro párrafo.", ["Texto con | una barra.", "Otro párrafo."]),  # no table
    ("```\n| a | b |\n|---|---|\n```\n", ["| a | b | |---|---|"]),  # code keeps its text
    ("| Ciudad | Casos |\n|---|---|\n\nFin.", ["Ciudad · Casos", "Fin."]),  # headers alone
])
def test_a_table_is_indexed_as_its_cells_text(text, paragraphs):
    assert parse(text)[2] == paragraphs


def test_a_heading_underlined_with_a_pipe_in_it_is_no_table():
    # GFM: a delimiter row has as many cells as the header; `---` under two cells is a heading
    assert parse("Intro.\n\nPrecio: 5 euros | IVA incluido\n---\nSigue el texto.")[1:] == (
        "Precio: 5 euros | IVA incluido", ["Intro.", "Sigue el texto."])


# Openers that nothing closes, 100,000 of each in one paragraph (trial 13): every inline
# pattern used to rescan to the paragraph's end from each, which took minutes (`**a `×20,000
# alone over a minute); each span now stops at the next opener of its kind.
UNCLOSED = [
    "[" * 100_000, "![a " * 100_000, "[a](" * 100_000, "[a](<" * 100_000, "[a][" * 100_000,
    "<" * 100_000, "<a@" + "." * 100_000, "*a " * 100_000, "_a " * 100_000, "**a " * 100_000,
    "__a " * 100_000, "~~a " * 100_000, "`a " * 100_000,
]


@pytest.mark.parametrize("markup", UNCLOSED, ids=lambda markup: repr(markup[:5]))
def test_unclosed_markup_costs_linear_time(markup):
    started = time.process_time()
    plain = strip_inline(f"Inicio {markup} lince final")
    assert time.process_time() - started < 2  # was minutes: quadratic in the openers
    assert plain.startswith("Inicio") and plain.endswith("lince final")


def test_a_hostile_markdown_file_is_indexed_in_seconds(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "hostil.md").write_text("# Nota\n\n" + "*a " * 50_000 + "\n\n" + "[" * 50_000
                                      + "\n\nEl lince ibérico vuelve.\n", encoding="utf-8")
    started = time.process_time()
    build_index([folder], tmp_path / "index")
    assert time.process_time() - started < 20  # was over a minute for this file alone
    with open_index(tmp_path / "index", weighting()) as index:
        assert [hit.id for hit in search(index, "lince ibérico").hits] == ["hostil.md#3"]


# A run of spaces inside a line (trial 15): a lazy `(.*?)\s*$` tried every split of it
# (quadratic), a heading's `(.*?)\s*#*\s*$` every split into two runs (cubic: `# a`, 20,000
# spaces and `b` took hours), and a table's delimiter row every split of its leading spaces.
# Each size took the old code 8 to 20 s; a megabyte line, hours.
@pytest.mark.parametrize("space", [" ", "\t", "\u00a0"], ids=["space", "tab", "nbsp"])
@pytest.mark.parametrize("text, meta, heading, paragraphs", [
    ("---\ntitle: Cumbre{run:60000}en Ginebra\n---\nEl lince.\n", "Cumbre{run:60000}en Ginebra", None,
     ["El lince."]),
    ("# Cumbre{run:3000}en Ginebra ##\n\nEl lince.\n", None, "Cumbre{run:3000}en Ginebra", ["El lince."]),
    ("Precio | IVA\n{run:40000}!\n\nEl lince.\n", None, None, ["Precio | IVA !", "El lince."]),
], ids=["front matter", "heading", "table"])
def test_a_run_of_spaces_inside_a_line_costs_linear_time(space, text, meta, heading, paragraphs):
    def spaced(value):
        return re.sub(r"\{run:(\d+)\}", lambda match: space * int(match.group(1)), value) if value else value
    started = time.process_time()
    parsed = parse(spaced(text))
    assert time.process_time() - started < 2
    assert parsed[0].get("title") == spaced(meta)
    assert parsed[1] == spaced(heading)
    assert [" ".join(paragraph.split()) for paragraph in parsed[2]] == paragraphs


@pytest.mark.parametrize("text, paragraphs", [
    ("- Puntos de vacunación: 120\n- Horario: 8:00 a 16:00", ["Puntos de vacunación: 120", "Horario: 8:00 a 16:00"]),
    ("* uno\n* dos", ["uno", "dos"]),
    ("+ uno\n+ dos", ["uno", "dos"]),
    ("1. uno\n2. dos\n10) diez", ["uno", "dos", "diez"]),
    ("- uno\n  - anidado\n    - más hondo\n- dos", ["uno", "anidado", "más hondo", "dos"]),
    ("Requisitos:\n- DNI\n- Cita previa", ["Requisitos:", "DNI", "Cita previa"]),  # no blank line before it
    ("Pasos:\n1. Pedir cita\n2. Acudir", ["Pasos:", "Pedir cita", "Acudir"]),
    ("> - citado\n> - dos", ["citado", "dos"]),
    ("- un punto\n  que sigue\ny perezoso\n- otro", ["un punto que sigue y perezoso", "otro"]),  # continuations
    ("- `a\n- b`", ["`a", "b`"]),  # markup does not pair across items
    ("- \n- solo", ["solo"]),  # an empty item gives no paragraph
    ("- uno\n---\nTexto", ["uno", "Texto"]),  # a rule after an item, not its heading underline
    # negatives: no list, as before
    ("El balance de\n2020. Fue el año de la pandemia.", ["El balance de 2020. Fue el año de la pandemia."]),
    ("Un párrafo\n-5 grados en Puno", ["Un párrafo -5 grados en Puno"]),
    ("*Énfasis* al empezar\nsigue", ["Énfasis al empezar sigue"]),
    ("Una línea\n\n- - -\n\nOtra", ["Una línea", "Otra"]),
])
def test_each_list_item_is_a_paragraph(text, paragraphs):
    assert parse(text)[2] == paragraphs


def test_a_phrase_does_not_match_across_list_items(tmp_path):
    """The trial's note: `"120 Horario"` matched the end of one item and the start of the next."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nota.md").write_text("# Boletín\n\nLa cobertura llegó al 92 %.\n\n- Puntos de vacunación: 120\n"
                                  "- Horario: 8:00 a 16:00\n\nSigue la jornada.\n", encoding="utf-8")
    build_index([docs], tmp_path / "ix")
    with open_index(tmp_path / "ix", weighting()) as index:
        assert search(index, '"120 horario"').total == 0
        hits = search(index, '"puntos de vacunación"').hits
        assert [(hit.paragraph, hit.snippet) for hit in hits] == [(2, "Puntos de vacunación: 120")]
        assert [hit.paragraph for hit in search(index, "horario").hits] == [3]
