"""Tests for search.cli.browsing: show, similar, speakers and eval, through the command line."""

import json

import pytest

from search.cli import main
from tests.conftest import ROOT, SEED

EXAMPLE_QUERIES = ROOT / "bench" / "seed_queries.jsonl"  # the README's eval example


def test_eval(runner, seed_index, tmp_path):
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        json.dumps({"qid": "1", "question": "¿Quién esgrime el garrote?",
                    "relevant": [f"{SEED}#6"]}) + "\n" +
        json.dumps({"qid": "2", "question": "¿Qué aniversario?", "relevant": [f"{SEED}#4"]}) +
        "\nroto\n")
    result = runner.invoke(main, ["eval", str(queries), "--index", str(seed_index), "--json"])
    assert result.exit_code == 0
    scores = json.loads(result.stdout)
    assert scores["queries"] == 2 and scores["recall@1"] >= 0.5
    assert 0.5 <= scores["mrr@10"] <= 1
    table = runner.invoke(main, ["eval", str(queries), "--index", str(seed_index)])
    assert "mrr@10" in table.output and "q.jsonl:3: omitida" in table.output


def test_eval_missing_file(runner, seed_index, tmp_path):
    result = runner.invoke(main, ["eval", str(tmp_path / "no.jsonl"), "--index", str(seed_index)])
    assert result.exit_code == 1 and "no se puede leer" in result.output


def test_the_example_queries_of_the_readme_run_on_the_seed(runner, seed_index):
    result = runner.invoke(main, ["eval", str(EXAMPLE_QUERIES), "--index", str(seed_index)])
    assert result.exit_code == 0 and "aviso" not in result.output
    scores = dict(line.split() for line in result.output.splitlines())
    assert int(scores["preguntas"]) >= 5 and float(scores["mrr@10"].replace(",", ".")) >= 0.8


def test_show_with_context(runner, seed_index):
    result = runner.invoke(main, ["show", f"{SEED}#5", "--context", "1", "--json",
                                  "--index", str(seed_index)])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["paragraph"] for line in lines] == [4, 5, 6]
    assert lines[1]["speakers"] == ["Sergey Lavrov"] and lines[1]["date"] == "2020-12-22"
    text = runner.invoke(main, ["show", f"{SEED}#5", "--index", str(seed_index)]).output
    assert text.splitlines()[1] == f"» {SEED}#5 · 2020-12-22 · Sergey Lavrov"  # under the title
    missing = runner.invoke(main, ["show", "nada#1", "--index", str(seed_index)])
    assert missing.exit_code == 1 and "«nada#1»" in missing.output


def test_show_a_whole_document_with_numbers_and_speakers(runner, transcripts_index):
    result = runner.invoke(main, ["show", "2020-06-15.txt", "--index", str(transcripts_index)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:2] == ["Conferencia de prensa, 2020-06-15", "2020-06-15.txt · 2020-06-15 · 7 párrafos"]
    assert [line for line in lines if line.startswith("¶")] == [
        "¶ 1 · José Luis Alomía Zegarra", "¶ 2 · José Luis Alomía Zegarra", "¶ 3 · Pregunta",
        "¶ 4 · Hugo López-Gatell Ramírez", "¶ 5 · Hugo López-Gatell Ramírez", "¶ 6 · Pregunta",
        "¶ 7 · José Luis Alomía Zegarra"]
    as_json = runner.invoke(main, ["show", "2020-06-15.txt", "--json", "--index",
                                   str(transcripts_index)]).output.splitlines()
    assert [json.loads(line)["paragraph"] for line in as_json] == list(range(1, 8))


def test_similar(runner, seed_index):
    result = runner.invoke(main, ["similar", f"{SEED}#2", "--json", "--index", str(seed_index)])
    ids = [hit["id"] for hit in json.loads(result.output)["hits"]]
    assert ids and f"{SEED}#2" not in ids
    text = runner.invoke(main, ["similar", f"{SEED}#2", "--index", str(seed_index)]).output
    assert text.startswith(f"{len(ids)} párrafos parecidos a «{SEED}#2»")


def test_speakers(runner, seed_index):
    data = json.loads(runner.invoke(main, ["speakers", "--json", "--index",
                                           str(seed_index)]).output)
    assert data[0] == {"speaker": "Wang Yi", "paragraphs": 4, "first": "2020-12-22",
                       "last": "2020-12-22", "kind": "person"}
    table = runner.invoke(main, ["speakers", "--index", str(seed_index)]).output
    assert "      4  Wang Yi  (2020-12-22)" in table and "Sergey Lavrov" in table


def test_speakers_lists_people_and_roles_apart(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2020-03-01.txt").write_text(
        "MODERADORA: Empezamos.\nPREGUNTA: ¿Cuándo?\nANA PÉREZ GIL: Mañana.\nPREGUNTA: ¿Y?\n"
        "LUIS RUIZ: Luego.\nPREGUNTA: ¿Seguro?\n", encoding="utf-8")
    assert runner.invoke(main, ["index", str(tmp_path / "docs"), "--index", str(tmp_path / "ix")]).exit_code == 0
    output = runner.invoke(main, ["speakers", "--index", str(tmp_path / "ix")]).output
    people, roles = output.split("Roles y etiquetas genéricas:")
    assert "Ana Pérez Gil" in people and "Luis Ruiz" in people and "Pregunta" not in people
    assert "Pregunta" in roles and "Moderador" in roles
    data = json.loads(runner.invoke(main, ["speakers", "--json", "--index", str(tmp_path / "ix")]).output)
    assert [row["kind"] for row in data] == ["person", "person", "role", "role"]


def test_speakers_dates_come_from_their_paragraphs(runner, tmp_path):
    """Records of a jsonl file carry their own dates; a file of them has none of its own."""
    (tmp_path / "docs").mkdir()
    rows = [{"id": "a", "text": "Primera nota.", "speaker": "Ana Ruiz", "date": "2019-03-02"},
            {"id": "b", "text": "Segunda nota.", "speaker": "Ana Ruiz", "date": "2021-07-01"},
            {"id": "c", "text": "Otra nota.", "speaker": "Luis Mora"}]
    (tmp_path / "docs" / "notas.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    index = str(tmp_path / "ix")
    assert runner.invoke(main, ["index", str(tmp_path / "docs"), "--index", index]).exit_code == 0
    table = runner.invoke(main, ["speakers", "--index", index]).output.splitlines()
    assert table == ["      2  Ana Ruiz  (2019-03-02 – 2021-07-01)", "      1  Luis Mora  (sin fecha)"]


@pytest.mark.parametrize("target, around, paragraphs", [
    (f"{SEED}#1", 2, [1, 2, 3]),  # no paragraphs before the first
    (f"{SEED}#6", 3, [3, 4, 5, 6]),  # none after the last
    (f"{SEED}#3", 50, [1, 2, 3, 4, 5, 6]),
    (f"{SEED}#3", 0, [3]),
])
def test_show_context_stops_at_the_documents_ends(runner, seed_index, target, around, paragraphs):
    result = runner.invoke(main, ["show", target, "--context", str(around), "--json",
                                  "--index", str(seed_index)])
    assert [json.loads(line)["paragraph"] for line in result.output.splitlines()] == paragraphs


@pytest.mark.parametrize("around", ["51", "-1", "dos"])
def test_show_context_out_of_bounds_is_refused_in_spanish(runner, seed_index, around):
    result = runner.invoke(main, ["show", f"{SEED}#1", "--context", around, "--index", str(seed_index)])
    assert result.exit_code == 2 and "Valor no válido para '--context'" in result.output


def test_show_marks_the_paragraph_asked_for_among_its_neighbours(runner, seed_index):
    lines = runner.invoke(main, ["show", f"{SEED}#2", "--context", "1", "--index",
                                 str(seed_index)]).output.splitlines()
    headings = [line for line in lines if line.startswith(("» ", f"  {SEED}#"))]
    assert [line[:2] for line in headings] == ["  ", "» ", "  "]


def test_show_finds_a_jsonl_record_by_its_own_id(runner, corpus, tmp_path):
    index = str(tmp_path / "ix")
    assert runner.invoke(main, ["index", str(corpus), "--index", index]).exit_code == 0
    data = json.loads(runner.invoke(main, ["show", "t-1", "--json", "--index", index]).output)
    assert data["id"] == "t-1" and data["speakers"] == ["António Guterres"]
    for target in ("t-1", "teletipos.jsonl#1"):  # by its id or its place: marked either way
        text = runner.invoke(main, ["show", target, "--context", "1", "--index", index]).output
        assert text.startswith("ONU\n» t-1 (teletipos.jsonl#1) · 2020-05-01 · António Guterres"), target


@pytest.mark.parametrize("target", ["nada.txt", "nada#1", f"{SEED}#99", "#"])
def test_show_something_unknown_says_so_without_a_traceback(runner, seed_index, target):
    result = runner.invoke(main, ["show", target, "--index", str(seed_index)])
    assert result.exit_code == 1 and f"«{target}»" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("limit", [1, 2])
def test_similar_keeps_its_limit(runner, seed_index, limit):
    data = json.loads(runner.invoke(main, ["similar", f"{SEED}#2", "--limit", str(limit), "--json",
                                           "--index", str(seed_index)]).output)
    assert len(data["hits"]) == limit and data["mode"] == "similar"


@pytest.mark.parametrize("limit", ["0", "101", "muchos"])
def test_similar_refuses_a_limit_out_of_bounds(runner, seed_index, limit):
    result = runner.invoke(main, ["similar", f"{SEED}#2", "--limit", limit, "--index", str(seed_index)])
    assert result.exit_code == 2 and "'--limit'" in result.output


def test_similar_of_an_unknown_paragraph(runner, seed_index):
    result = runner.invoke(main, ["similar", f"{SEED}#99", "--index", str(seed_index)])
    assert result.exit_code == 1 and f"No hay ningún párrafo «{SEED}#99»" in result.output


def test_similar_without_similar_paragraphs_says_so(runner, transcripts_index):
    result = runner.invoke(main, ["similar", "2020-06-16.txt#5", "--index", str(transcripts_index)])
    assert result.exit_code == 0 and result.output.startswith("Este párrafo no tiene palabras que digan su tema")
    assert "\n0 párrafos parecidos a «2020-06-16.txt#5»" in result.output


def test_speakers_of_roles_only_head_the_table_with_them(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2020-03-01.txt").write_text("PREGUNTA: ¿Cuándo?\nPREGUNTA: ¿Y?\n",
                                                      encoding="utf-8")
    index = str(tmp_path / "ix")
    assert runner.invoke(main, ["index", str(tmp_path / "docs"), "--index", index]).exit_code == 0
    lines = runner.invoke(main, ["speakers", "--index", index]).output.splitlines()
    assert lines == ["Roles y etiquetas genéricas:", "      2  Pregunta  (2020-03-01)"]


def test_eval_counts_are_written_with_a_decimal_comma(runner, seed_index, tmp_path):
    queries = tmp_path / "q.jsonl"
    queries.write_text(json.dumps({"question": "garrote", "relevant": [f"{SEED}#6"]}) + "\n")
    lines = runner.invoke(main, ["eval", str(queries), "--index", str(seed_index)]).output.splitlines()
    assert lines == ["preguntas  1", "recall@1   1,0000", "recall@5   1,0000", "recall@10  1,0000",
                     "mrr@10     1,0000"]


@pytest.mark.parametrize("text", ["", "roto\n", '{"question": "x", "relevant": []}\n'])
def test_eval_without_questions_is_a_clear_error(runner, seed_index, tmp_path, text):
    queries = tmp_path / "q.jsonl"
    queries.write_text(text)
    result = runner.invoke(main, ["eval", str(queries), "--index", str(seed_index)])
    assert result.exit_code == 1 and "no hay preguntas que evaluar" in result.output


def index_of(runner, tmp_path, name, text):
    """Index one file of that name and text with the CLI; return the index's folder."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / name).write_text(text, encoding="utf-8")
    index = str(tmp_path / "idx")
    assert runner.invoke(main, ["index", str(docs), "--index", index]).exit_code == 0
    return index


def test_similar_says_why_a_paragraph_has_no_similar_ones(runner, tmp_path):
    index = index_of(runner, tmp_path, "a.txt", "Muchísimas gracias, doctor.\n\nLa vacuna llegó a "
                     "Oaxaca.\n\nLa vacuna llegó a Lima.\n")
    result = runner.invoke(main, ["similar", "a.txt#1", "--index", index])
    assert result.exit_code == 0
    assert result.output.splitlines()[:2] == [
        "Este párrafo no tiene palabras que digan su tema: solo saludos, tratamientos, números, "
        "palabras vacías o palabras que no aparecen en ningún otro párrafo.",
        "0 párrafos parecidos a «a.txt#1» " + result.output.splitlines()[1].split("» ")[1]]


@pytest.mark.parametrize("target", ["a1~2", "data.jsonl#2"])
def test_show_heads_a_jsonl_record_with_its_own_id(runner, tmp_path, target):
    index = index_of(runner, tmp_path, "data.jsonl", '{"id": "a1", "text": "Uno sobre Lima."}\n'
                     '{"id": "a1", "text": "Dos sobre Quito."}\n')
    result = runner.invoke(main, ["show", target, "--index", index])
    assert result.output.splitlines()[:2] == ["» a1~2 (data.jsonl#2)", "  Dos sobre Quito."]
    whole = runner.invoke(main, ["show", "data.jsonl", "--index", index]).output
    assert "¶ 1 · a1\n" in whole and "¶ 2 · a1~2\n" in whole


def test_eval_names_gold_ids_the_index_lacks_and_repeated_qids(runner, seed_index, tmp_path):
    lines = [{"qid": "1", "question": "relaciones China Rusia", "relevant": [f"{SEED}#5"]},
             {"qid": "2", "question": "algo", "relevant": ["no-existe#1"]},
             {"qid": "1", "question": "otra", "relevant": ["x", f"{SEED}#99"]}]
    (tmp_path / "q.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = runner.invoke(main, ["eval", str(tmp_path / "q.jsonl"), "--index", str(seed_index), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["queries"] == 3
    assert (f"aviso: 2 de 3 preguntas dan párrafos relevantes que no están en el índice («no-existe#1», «x», "
            f"«{SEED}#99»)") in result.stderr
    assert "aviso: 1 qid se repite («1»); cada línea se evaluó aparte" in result.stderr


def test_eval_names_a_huge_gold_id_or_qid_by_its_start(runner, seed_index, tmp_path):
    lines = [{"qid": "q" * 500_000, "question": "China", "relevant": ["x" * 1_000_000]},
             {"qid": "q" * 500_000, "question": "Rusia", "relevant": [f"{SEED}#5"]}]
    (tmp_path / "q.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    result = runner.invoke(main, ["eval", str(tmp_path / "q.jsonl"), "--index", str(seed_index)])
    assert result.exit_code == 0 and len(result.stderr) < 1000, result.stderr[:500]  # was 1.5 MB (trial 13)
    assert f"(«{'x' * 60}…»)" in result.stderr and f"(«{'q' * 60}…»)" in result.stderr


def test_eval_of_known_ids_warns_of_nothing(runner, seed_index, tmp_path):
    (tmp_path / "q.jsonl").write_text(json.dumps({"qid": "1", "question": "China", "relevant": [f"{SEED}#5"]}))
    result = runner.invoke(main, ["eval", str(tmp_path / "q.jsonl"), "--index", str(seed_index)])
    assert result.exit_code == 0 and "aviso" not in result.output


@pytest.mark.parametrize("target, context, title_shown", [
    ("lv-9", 0, True),  # trial 35: a record's title, which its text doesn't repeat
    ("lv-9", 1, True),
    ("notas.txt#2", 0, True),  # a .txt's first line is its title, over a later paragraph
    ("notas.txt#1", 0, False),  # ...and not over the first line itself
    ("notas.txt#2", 1, False),
])
def test_show_heads_a_paragraph_with_its_documents_title(runner, tmp_path, target, context, title_shown):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "lv.jsonl").write_text(json.dumps({
        "id": "lv-9", "title": "Albares advierte que Europa debe estar preparada",
        "text": "El ministro de Exteriores cree que nada es descartable."}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    (tmp_path / "docs" / "notas.txt").write_text("Titular de las notas\nUna nota sobre Lima.\n",
                                                 encoding="utf-8")
    index = str(tmp_path / "ix")
    assert runner.invoke(main, ["index", str(tmp_path / "docs"), "--index", index]).exit_code == 0
    result = runner.invoke(main, ["show", target, "--context", str(context), "--index", index])
    assert result.exit_code == 0, result.output
    title = "Albares advierte que Europa debe estar preparada" if target == "lv-9" else "Titular de las notas"
    first = result.output.splitlines()[0]
    assert (first == title) == title_shown, result.output
    assert result.output.count(title) == 1, result.output  # never twice: as the title and as a text
