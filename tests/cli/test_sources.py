"""index, update and watch given no paths: the index's own, or the command to type (trial 3, #17)."""

import pytest

from search.cli import main
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.sources import SOURCES
from search.storage.store import RecordStore
from tests.conftest import total


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """Work in a directory that has a seeds/ of its own, with no HEMEROTECA_* variable set."""
    cwd = tmp_path / "cwd"
    (cwd / "seeds").mkdir(parents=True)
    (cwd / "seeds" / "muestra.txt").write_text("Documento de muestra sobre el cacao.\n")
    monkeypatch.chdir(cwd)
    for variable in ("HEMEROTECA_SOURCE", "HEMEROTECA_INDEX"):
        monkeypatch.delenv(variable, raising=False)
    return cwd


def test_update_without_paths_updates_the_paths_of_the_index(notes, tmp_path, runner, elsewhere):
    index = str(tmp_path / "ix")
    other = tmp_path / "otros"
    other.mkdir()
    (other / "o.txt").write_text("Nota de otra carpeta sobre el trigo.\n")
    runner.invoke(main, ["index", str(notes), "--index", index], catch_exceptions=False)
    runner.invoke(main, ["update", str(other), "--index", index], catch_exceptions=False)
    (notes / "f.txt").write_text("Nota nueva sobre la quinua.\n")
    (other / "o2.txt").write_text("Otra nota sobre el trigo.\n")
    for command in (["update"], ["index"]):  # index rebuilds from them
        result = runner.invoke(main, [*command, "--index", index], env={"HEMEROTECA_INDEX": index})
        assert result.exit_code == 0, result.output
        assert f"Rutas del índice: {notes}, {other}" in result.output
        assert total(index, "cacao") == 0  # nothing from ./seeds
        assert (total(index, "quinua"), total(index, "trigo")) == (1, 2)


@pytest.mark.parametrize("command", ["update", "index", "watch"])
def test_without_paths_or_an_index_the_command_says_what_to_type(command, tmp_path, runner, elsewhere):
    result = runner.invoke(main, [command, "--index", str(tmp_path / "nada")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"no hay ningún índice en {tmp_path / 'nada'}" in result.output
    assert f"hemeroteca {command} RUTAS... --index" in result.output
    assert "seeds" not in result.output and not (tmp_path / "nada").exists()


def test_an_index_that_recorded_no_paths_is_not_guessed(notes, tmp_path, runner, elsewhere):
    index = str(tmp_path / "ix")
    build_index([notes], index)
    store = RecordStore(live_generation(index) / "records.sqlite", writable=True)
    store.set_meta(SOURCES, None)  # as an index of an earlier version
    store.commit()
    store.close()
    result = runner.invoke(main, ["update", "--index", index])
    assert result.exit_code == 1
    assert f"el índice {index} no guarda de qué rutas se construyó" in result.output
    assert f"hemeroteca update {notes} --index {index}" in result.output and "seeds" not in result.output
    runner.invoke(main, ["update", str(notes), "--index", index], catch_exceptions=False)
    assert runner.invoke(main, ["update", "--index", index]).exit_code == 0  # now recorded


def test_a_recorded_path_that_is_gone_changes_nothing(notes, tmp_path, runner, elsewhere):
    index = str(tmp_path / "ix")
    build_index([notes], index)
    notes.rename(tmp_path / "desmontada")
    result = runner.invoke(main, ["update", "--index", index])
    assert result.exit_code == 1 and f"{notes}: ya no existe" in result.output
    assert total(index, "papa") == 1


def test_the_source_variable_still_names_the_paths(notes, tmp_path, runner, elsewhere):
    index = str(tmp_path / "ix")
    result = runner.invoke(main, ["index", "--index", index], env={"HEMEROTECA_SOURCE": str(notes)})
    assert result.exit_code == 0 and total(index, "papa") == 1
    result = runner.invoke(main, ["update", "--index", index], env={"HEMEROTECA_SOURCE": "nada"})
    assert result.exit_code == 1 and "HEMEROTECA_SOURCE=nada: no existe" in result.output
