import json

import pytest

from search.cli import main
from tests.conftest import ROOT, SEED

EXAMPLE_QUERIES = ROOT / "bench" / "seed_queries.jsonl"  # the README's eval example


def test_search_json(runner, seed_index):
    result = runner.invoke(main, ["search", "cooperacion antipandemica", "--index",
                                  str(seed_index), "--json", "--limit", "2"])
    data = json.loads(result.output)
    assert data["query"] == "cooperacion antipandemica" and data["total"] == 2
    assert {hit["paragraph"] for hit in data["hits"]} == {2, 5}
    assert set(data["hits"][0]) >= {"id", "doc", "paragraph", "title", "date", "speakers",
                                    "score", "snippet"}


def test_search_bold_on_a_terminal_unless_no_color(runner, seed_index, monkeypatch):
    args = ["search", "garrote", "--index", str(seed_index)]
    assert "\x1b[1mgarrote\x1b[0m" in runner.invoke(main, args, color=True).output
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in runner.invoke(main, args, color=True).output


def test_search_fallback_message(runner, seed_index):
    result = runner.invoke(main, ["search", "garrote zanahoria", "--index", str(seed_index)])
    assert "alguna" in result.output and f"{SEED}#6" in result.output


def test_search_without_index_says_how_to_build(runner, tmp_path):
    result = runner.invoke(main, ["search", "x", "--index", str(tmp_path / "nada")])
    assert result.exit_code == 1
    assert "hemeroteca index" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("query", ['"virus', "(((", "NOT", "title:", "a" * 5000])
def test_search_never_shows_a_traceback(runner, seed_index, query):
    result = runner.invoke(main, ["search", query, "--index", str(seed_index)])
    assert result.exit_code == 0 and result.exception is None


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


def test_search_options_reach_the_library(runner, seed_index):
    args = ["search", "China", "--index", str(seed_index), "--json", "--limit", "2",
            "--page", "2", "--sort", "-date", "--speaker", "wang", "--from", "2020",
            "--to", "2020-12", "--facets"]
    data = json.loads(runner.invoke(main, args).output)
    assert data["page"] == 2 and len(data["hits"]) == 2 and data["total"] == 4
    assert all("Wang Yi" in hit["speakers"] for hit in data["hits"])
    assert data["facets"]["speakers"][0] == {"name": "Wang Yi", "key": "wang yi", "count": 4}


def test_search_shows_suggestion_facets_and_field_queries(runner, seed_index):
    result = runner.invoke(main, ["search", "cooperasion antipandemica", "--facets",
                                  "--index", str(seed_index)])
    assert "Quizás quiso decir: cooperación antipandémica" in result.output
    assert "Oradores: " in result.output and "Meses: 2020-12 (2)" in result.output
    result = runner.invoke(main, ["search", "orador:Lavrov fecha:2020-12", "--json",
                                  "--index", str(seed_index)])
    assert {hit["paragraph"] for hit in json.loads(result.output)["hits"]} == {5, 6}


@pytest.mark.parametrize("args, message", [
    (["--from", "ayer"], "no válida"),
    (["--sort", "size"], "Valor no válido para '--sort'"),
    (["--page", "0"], "Valor no válido para '--page'"),
])
def test_search_bad_options(runner, seed_index, args, message):
    result = runner.invoke(main, ["search", "China", "--index", str(seed_index), *args])
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output


def test_show_with_context(runner, seed_index):
    result = runner.invoke(main, ["show", f"{SEED}#5", "--context", "1", "--json",
                                  "--index", str(seed_index)])
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["paragraph"] for line in lines] == [4, 5, 6]
    assert lines[1]["speakers"] == ["Sergey Lavrov"] and lines[1]["date"] == "2020-12-22"
    text = runner.invoke(main, ["show", f"{SEED}#5", "--index", str(seed_index)]).output
    assert text.startswith(f"» {SEED}#5 · 2020-12-22 · Sergey Lavrov")
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


def test_an_empty_index_says_so(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    assert runner.invoke(main, ["index", str(tmp_path / "docs"), "--index",
                                str(tmp_path / "ix")]).exit_code == 0
    for args in (["search", "agua", "--facets"], ["search", "orador:ana", "--json"],
                 ["speakers"], ["search", "agua", "--format", "csv"]):
        result = runner.invoke(main, [*args, "--index", str(tmp_path / "ix")])
        assert result.exit_code == 0 and "Traceback" not in result.output
        assert "vacío" in result.output or "no tiene oradores" in result.output


def test_a_hit_shows_its_documents_title_and_its_own_speaker(runner, transcripts_index):
    result = runner.invoke(main, ["search", "vacunas llegan martes", "--index", str(transcripts_index)])
    first = result.output.split("\n\n")[1].splitlines()
    assert first[0] == " 1. Hugo López-Gatell Ramírez · Conferencia de prensa, 2020-06-15"
    assert first[2].startswith("    2020-06-15.txt#4 · 2020-06-15 · puntuación ")
    story = runner.invoke(main, ["search", "Eva", "--index", str(transcripts_index)]).output
    assert " 1. Emilia Pardo Bazán: Cuentos de amor" in story  # a first line that reads as a title


@pytest.mark.parametrize("query, suggestion", [
    ("cooperasion", "cooperación"),  # the typo fallback found results: say what it read
    ("China Rusiaa", "China Rusia"),  # the any-word fallback dropped a misspelt word
    ("cooperasion antipandemica", "cooperación antipandémica"),
])
def test_a_corrected_word_always_brings_a_suggestion(runner, seed_index, query, suggestion):
    result = runner.invoke(main, ["search", query, "--index", str(seed_index), "--json"])
    data = json.loads(result.output)
    assert data["total"] > 0 and data["suggestion"] == suggestion
    text = runner.invoke(main, ["search", query, "--index", str(seed_index)]).output
    assert f"Quizás quiso decir: {suggestion}" in text


def test_no_suggestion_when_every_word_matched(runner, seed_index):
    data = json.loads(runner.invoke(main, ["search", "China Rusia", "--json", "--index",
                                           str(seed_index)]).output)
    assert data["total"] > 3 and data["suggestion"] is None and data["tips"] == []


@pytest.mark.parametrize("args, tips", [
    (["zzqxw"], ["Pruebe con otra forma de escribir las palabras, o con un sinónimo."]),
    (["zzqxw wwkkq"], ["Pruebe con menos palabras, o con palabras más generales.",
                       "Pruebe con otra forma de escribir las palabras, o con un sinónimo."]),
    (['"Rusia China"'], ["Pruebe sin comillas: una frase exige sus palabras juntas y en ese orden.",
                         "Pruebe con otra forma de escribir las palabras, o con un sinónimo."]),
    (["garrote", "--speaker", "Lavrov", "--from", "2021"],
     ["Pruebe con otra forma de escribir las palabras, o con un sinónimo.",
      "La búsqueda está limitada por orador «Lavrov», desde «2021»: quite esos filtros para "
      "buscar en todo el índice."]),
    (["garrote orador:Putin"],
     ["Pruebe con otra forma de escribir las palabras, o con un sinónimo.",
      "La búsqueda está limitada por orador:Putin: quite esos filtros para buscar en todo "
      "el índice."]),
])
def test_no_results_say_what_to_try(runner, seed_index, args, tips):
    result = runner.invoke(main, ["search", *args, "--index", str(seed_index)])
    assert result.output.splitlines()[:len(tips) + 1] == [f"Sin resultados para «{args[0]}»."] + tips


def test_a_page_past_the_end_says_so(runner, seed_index):
    result = runner.invoke(main, ["search", "China", "--page", "2", "--index", str(seed_index)])
    assert result.exit_code == 0
    assert result.output == ("La página 2 está más allá del final: «China» tiene 6 resultados "
                             "(1 página de 10). Pruebe --page 1.\n")
    one = runner.invoke(main, ["search", "garrote", "--index", str(seed_index)]).output
    assert one.startswith("1 resultado para «garrote» (1–1; ")
