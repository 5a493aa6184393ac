import json

from search.cli import main
from search.retrieval.reader import open_index
from tests.conftest import SEED, SEEDS


def test_index_then_search(runner, tmp_path):
    index_dir = tmp_path / "ix"
    result = runner.invoke(main, ["index", str(SEEDS), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "Indexed 1 documents, 6 paragraphs" in result.output
    with open_index(index_dir) as index:
        assert index.store.counts() == (1, 6)
    result = runner.invoke(main, ["search", "virus politico", "--index", str(index_dir)])
    assert result.exit_code == 0
    assert "1. [" in result.output and f"{SEED}#2" in result.output
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
