"""`hemeroteca search` shows identical copies once, naming the others; --all-copies shows each."""

import json

import pytest

from search.cli import main
from search.storage.build import build_index
from tests.retrieval.test_copies import COPIES, FILES, write_copies


@pytest.fixture(scope="module")
def copies_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli-copies")
    build_index([write_copies(root / "docs")], root / "ix", procs=1)
    return root / "ix"


@pytest.mark.parametrize("flags, total, also_in", [
    ([], 2 * 3 + 1, True),
    (["--all-copies"], 2 * len(FILES) + 1, False),
    (["--todas-las-copias"], 2 * len(FILES) + 1, False),
])
def test_search_shows_copies_once_unless_asked(runner, copies_dir, flags, total, also_in):
    result = runner.invoke(main, ["search", "vacunas", "--index", str(copies_dir), "--limit", "50", *flags])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"{total} resultados para «vacunas»")
    assert (f"también en: {', '.join(COPIES)}" in result.output) is also_in
    assert ("raros/sub/duplicado.txt#" in result.output) is not also_in


@pytest.mark.parametrize("flags, rows", [([], 2 * 3 + 1), (["--all-copies"], 2 * len(FILES) + 1)])
def test_an_export_holds_copies_once_unless_asked(runner, copies_dir, flags, rows):
    result = runner.invoke(main, ["search", "vacunas", "--index", str(copies_dir), "--format", "csv", *flags])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.endswith(".") and ";" in line]
    assert len(lines) == rows
    assert f"{rows} resultados exportados" in result.stderr


def test_help_names_the_option(runner):
    assert "--all-copies" in runner.invoke(main, ["search", "--help"]).output


# ANA PÉREZ speaks in two paragraphs of each copy, LUIS GÓMEZ in one: the shown one and the two
# of their own count (3 documents), the four copies only when asked (all 7).
@pytest.mark.parametrize("flags, documents", [
    ([], 3), (["--all-copies"], len(FILES)), (["--todas-las-copias"], len(FILES)),
])
def test_speakers_count_copies_once_unless_asked(runner, copies_dir, flags, documents):
    result = runner.invoke(main, ["speakers", "--index", str(copies_dir), "--json", *flags])
    assert result.exit_code == 0, result.output
    counts = {row["speaker"]: row["paragraphs"] for row in json.loads(result.output)}
    assert counts == {"Ana Pérez": 2 * documents, "Luis Gómez": documents}
