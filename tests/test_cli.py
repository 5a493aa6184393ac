import json

import pytest

from search.cli import main
from search.indexer import open_index
from tests.conftest import SEEDS

SEED = "000_0ae4057f2a729d92.txt"


def test_every_command_has_help_with_an_example(runner):
    for name, command in main.commands.items():
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output and command.help, name


def test_index_then_search(runner, tmp_path):
    index_dir = tmp_path / "ix"
    result = runner.invoke(main, ["index", str(SEEDS), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "Indexed 1 documents, 6 paragraphs" in result.output
    with open_index(index_dir) as index:
        assert index.store.counts() == (1, 6)
    result = runner.invoke(main, ["search", "virus politico", "--index", str(index_dir)])
    assert result.exit_code == 0
    assert f"1. [" in result.output and f"{SEED}#2" in result.output
    assert "\x1b[" not in result.output  # no styles when the output is not a terminal


def test_index_reads_the_environment_variable(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("HEMEROTECA_INDEX", str(tmp_path / "env-ix"))
    assert runner.invoke(main, ["index", str(SEEDS)]).exit_code == 0
    assert (tmp_path / "env-ix" / "current").is_dir()


def test_index_reports_skipped_files(runner, tmp_path, corpus):
    (corpus / "vacio.txt").write_text("")
    (corpus / "latin1.txt").write_bytes("Año de la cooperación".encode("latin-1"))
    result = runner.invoke(main, ["index", str(corpus), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0
    assert "skipped:" in result.output and "vacio.txt: empty file" in result.output
    assert "skipped 1 files" in result.output
    search = runner.invoke(main, ["search", "año", "--index", str(tmp_path / "ix"), "--json"])
    assert "latin1.txt#1" in [hit["id"] for hit in json.loads(search.output)["hits"]]


def test_index_missing_path(runner, tmp_path):
    result = runner.invoke(main, ["index", str(tmp_path / "nada"), "--index", str(tmp_path)])
    assert result.exit_code == 2 and "no such file or folder" in result.output


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
    assert "mrr@10" in table.output and "q.jsonl:3" in table.output


def test_eval_missing_file(runner, seed_index, tmp_path):
    result = runner.invoke(main, ["eval", str(tmp_path / "no.jsonl"), "--index", str(seed_index)])
    assert result.exit_code == 1 and "can't be read" in result.output


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
    (["--sort", "size"], "Invalid value for '--sort'"),
    (["--page", "0"], "Invalid value for '--page'"),
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
    missing = runner.invoke(main, ["show", "nada#1", "--index", str(seed_index)])
    assert missing.exit_code == 1 and "nada#1" in missing.output


def test_similar(runner, seed_index):
    result = runner.invoke(main, ["similar", f"{SEED}#2", "--json", "--index", str(seed_index)])
    ids = [hit["id"] for hit in json.loads(result.output)["hits"]]
    assert ids and f"{SEED}#2" not in ids


def test_speakers(runner, seed_index):
    data = json.loads(runner.invoke(main, ["speakers", "--json", "--index",
                                           str(seed_index)]).output)
    assert data[0] == {"speaker": "Wang Yi", "paragraphs": 4, "first": "2020-12-22",
                       "last": "2020-12-22", "kind": "person"}
    table = runner.invoke(main, ["speakers", "--index", str(seed_index)]).output
    assert "Sergey Lavrov" in table and "2020-12-22" in table


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


def test_an_empty_index_says_so(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    assert runner.invoke(main, ["index", str(tmp_path / "docs"), "--index",
                                str(tmp_path / "ix")]).exit_code == 0
    for args in (["search", "agua", "--facets"], ["search", "orador:ana", "--json"],
                 ["speakers"]):
        result = runner.invoke(main, [*args, "--index", str(tmp_path / "ix")])
        assert result.exit_code == 0 and "Traceback" not in result.output
        assert "vacío" in result.output or "no tiene oradores" in result.output


def test_inspect_prints_records_without_an_index(runner, corpus):
    (corpus / "vacio.txt").write_text("")
    result = runner.invoke(main, ["inspect", str(SEEDS / SEED), str(corpus / "vacio.txt"),
                                  "--json"])
    assert "vacio.txt: empty file" in result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [r["speakers"] for r in records] == [
        [], ["Wang Yi", "Vladímir Putin"], ["Wang Yi"], ["Wang Yi"], ["Sergey Lavrov"],
        ["Wang Yi", "Sergey Lavrov"]]
    assert {r["date"] for r in records} == {"2020-12-22"}
