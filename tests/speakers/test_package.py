"""The speakers package stays low in the pipeline: it imports only search.text from the rest of search/,
and code outside it imports only the package's public names, never a submodule."""

import ast
import pathlib

import search.speakers

ROOT = pathlib.Path(search.speakers.__file__).parent
SEARCH = ROOT.parent
FORBIDDEN = ("whoosh", "sqlite3", "click", "flask")


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_the_package_imports_only_itself_text_and_the_standard_library():
    for path in ROOT.glob("*.py"):
        for module in imported_modules(path):
            assert not module.startswith(FORBIDDEN), (path.name, module)
            assert not module.startswith("search") or module.startswith(("search.speakers", "search.text")), \
                (path.name, module)


def test_outside_code_imports_only_the_package():
    for path in list(SEARCH.rglob("*.py")) + list(SEARCH.parent.joinpath("web").rglob("*.py")):
        if ROOT in path.parents:
            continue
        for module in imported_modules(path):
            assert not module.startswith("search.speakers."), (str(path), module)


def test_the_public_names_exist():
    assert all(hasattr(search.speakers, name) for name in search.speakers.__all__)
