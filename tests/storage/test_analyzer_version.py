"""An index built by the previous analyzer (version 3, before plurals of every kind met) is
found, said in Spanish, and rebuilt by update: its terms are never searched with new forms."""

import pytest

from search.errors import IndexNotFound
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.schema import paragraph_schema
from search.storage.update import update_index
from search.text import analysis


@pytest.fixture
def archive(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "nota.txt").write_text(
        "Las enfermedades crónicas preocupan a las autoridades.\n"
        "La enfermedad avanza en la ciudad.\nLas ciudades cierran sus escuelas.\n", encoding="utf-8")
    return folder


def version_3_index(folder, index_dir, monkeypatch):
    """Build an index whose schema carries the mark of analyzer version 3, as one built before."""
    with monkeypatch.context() as patch:
        patch.setattr(analysis, "ANALYZER_VERSION", 3)
        build_index([folder], index_dir, schema=paragraph_schema())


def test_an_index_of_the_previous_analyzer_is_refused_in_spanish(archive, tmp_path, monkeypatch):
    version_3_index(archive, tmp_path / "ix", monkeypatch)
    now = analysis.ANALYZER_VERSION
    with pytest.raises(IndexNotFound) as raised:
        open_index(tmp_path / "ix")
    ix = tmp_path / "ix"
    # One message, said once: what is wrong, then both ways out (review22, finding 7)
    assert str(raised.value) == (
        f"{ix}: se construyó con la versión 3 del analizador de español y esta Hemeroteca usa la {now}. "
        f"Póngalo al día con «hemeroteca update --index {ix}», que lo reconstruye, o reconstrúyalo con: "
        f"hemeroteca index {archive} --index {ix}")


def test_the_cli_names_update_and_update_rebuilds(archive, tmp_path, monkeypatch, runner):
    from search.cli import main

    version_3_index(archive, tmp_path / "ix", monkeypatch)
    refused = runner.invoke(main, ["search", "enfermedades", "--index", str(tmp_path / "ix")])
    assert refused.exit_code != 0 and "Traceback" not in refused.output
    assert refused.output.count("hemeroteca update") == 1 and refused.output.count("constru") == 2
    updated = runner.invoke(main, ["update", "--index", str(tmp_path / "ix")])
    assert updated.exit_code == 0, updated.output
    assert runner.invoke(main, ["search", "enfermedades", "--index", str(tmp_path / "ix")]).exit_code == 0


def test_update_rebuilds_it_and_plural_finds_singular(archive, tmp_path, monkeypatch):
    version_3_index(archive, tmp_path / "ix", monkeypatch)
    summary = update_index([archive], tmp_path / "ix")
    assert summary.rebuilt and "analizador" in summary.rebuilt_because
    with open_index(tmp_path / "ix") as index:
        assert {hit.id for hit in search(index, "texto:enfermedades").hits} == {"nota.txt#1", "nota.txt#2"}
        assert {hit.id for hit in search(index, "texto:ciudades").hits} == {"nota.txt#2", "nota.txt#3"}


def test_update_rebuilds_an_index_whose_schema_names_classes_gone_since(archive, tmp_path):
    """An index of a much older Hemeroteca (its schema pickled classes of modules that no
    longer exist, and it kept no checksums) is rebuilt by update, not a traceback."""
    build_index([archive], tmp_path / "ix", schema=paragraph_schema())
    generation = (tmp_path / "ix" / "current").resolve()
    (generation / "checksums.json").unlink()
    toc = next(generation.glob("*.toc"))
    toc.write_bytes(toc.read_bytes().replace(b"search.text.analysis", b"search.text.analysiz"))  # same length
    summary = update_index([archive], tmp_path / "ix")
    assert summary.rebuilt and "otra versión" in summary.rebuilt_because
    with open_index(tmp_path / "ix") as index:
        assert {hit.id for hit in search(index, "texto:ciudades").hits} == {"nota.txt#2", "nota.txt#3"}
