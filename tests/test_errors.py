"""Every error a user can cause is a SearchError whose message names the input and the fix."""

import shlex

import pytest

from search.errors import IndexDamaged, IndexNotFound, QueryError, RecordNotFound, SearchError, UnreadableFile


def test_an_unreadable_file_names_the_file_and_the_reason():
    error = UnreadableFile("docs/a.txt", "archivo vacío")
    assert str(error) == "docs/a.txt: archivo vacío"
    assert (error.path, error.reason) == ("docs/a.txt", "archivo vacío")


def test_a_missing_index_says_how_to_build_one():
    error = IndexNotFound("/tmp/ix", "la carpeta no existe")
    assert str(error).startswith("/tmp/ix: la carpeta no existe.")
    assert "hemeroteca index [RUTAS]... --index /tmp/ix" in str(error)


@pytest.mark.parametrize("index_dir, folders, command", [
    ("/tmp/ix", [], "hemeroteca index [RUTAS]... --index /tmp/ix"),
    ("/tmp/Año 2020 áé", ["/datos/notas de prensa", "seeds"],
     "hemeroteca index '/datos/notas de prensa' seeds --index '/tmp/Año 2020 áé'"),
    ("it's", ["a;b"], "hemeroteca index 'a;b' --index 'it'\"'\"'s'"),
])
def test_a_suggested_command_quotes_its_paths_for_the_shell(index_dir, folders, command):
    assert command in str(IndexNotFound(index_dir, "la carpeta no existe", folders))
    assert command in str(IndexDamaged(index_dir, "falta un segmento", folders))
    assert shlex.split(command.split(" con: ")[-1])[-1] == index_dir


@pytest.mark.parametrize("kind", [UnreadableFile, IndexNotFound, RecordNotFound, QueryError])
def test_every_user_error_is_a_search_error(kind):
    assert issubclass(kind, SearchError)


def test_warn_logs_to_the_named_logger(caplog):
    from search.errors import warn

    with caplog.at_level("WARNING", logger="search.tests"):
        warn("search.tests", "%s: la caché %s", "índice", "rehecha")
    assert [(r.name, r.levelname, r.getMessage()) for r in caplog.records] == [
        ("search.tests", "WARNING", "índice: la caché rehecha")]


def test_paths_are_quoted_for_the_shell_by_one_helper():
    """Every command a message gives to paste quotes through errors.shell_quoted, so the
    quoting can't drift apart between messages: no other module of the package uses shlex."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    users = set()
    for path in sorted((root / "search").rglob("*.py")) + sorted((root / "web").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module] if isinstance(node, ast.ImportFrom) else [])
            if "shlex" in names:
                users.add(path.relative_to(root).as_posix())
    assert users == {"search/errors.py"}


def test_the_command_to_type_quotes_the_index_and_its_folders(tmp_path, monkeypatch):
    """cli/sources.py's message for an index that recorded no paths, with a space and a quote."""
    from search.cli.sources import source_paths

    monkeypatch.delenv("HEMEROTECA_SOURCE", raising=False)
    index = tmp_path / "it's mine"
    with pytest.raises(SearchError) as raised:
        source_paths((), index, "update")
    command = str(raised.value).split("Por ejemplo: ")[-1]
    assert shlex.split(command) == ["hemeroteca", "update", "RUTAS...", "--index", str(index)]
