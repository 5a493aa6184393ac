"""The design's one-way flow, checked from the code's own imports.

Each stage of the pipeline may import only the stages listed for it below, and the
read path (searching, browsing, the page) never reaches the build path, not even through
an import inside a function.
"""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASE = {"search.errors", "search.settings", "search.records", "search.budget"}
# stage -> the stages it may import (besides itself and BASE)
ALLOWED = {
    "base": set(),
    "text": set(),
    "whoosh_ext": set(),
    "speakers": {"text"},
    "ingest": {"text", "speakers"},
    "storage": {"text", "whoosh_ext", "speakers", "ingest"},
    "query": {"text", "whoosh_ext"},
    "retrieval": {"text", "whoosh_ext", "query", "storage"},
    "cli": {"text", "whoosh_ext", "speakers", "ingest", "storage", "query", "retrieval", "web"},
    "program": {"cli"},  # the console script's entry (search/program.py)
    "web": {"text", "whoosh_ext", "query", "retrieval", "storage"},
}
BUILD_PATH = ("search.ingest", "search.speakers", "search.storage.build",
              "search.storage.workers", "search.storage.update", "search.storage.watch",
              "search.storage.locking")
READ_PATH_ENTRIES = ("search.retrieval.searching", "search.retrieval.browse",
                     "search.retrieval.evaluation", "web")


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules():
    """Return {module name: path} for every module of search/ and web/."""
    found = {}
    for top in ("search", "web"):
        for path in sorted((ROOT / top).rglob("*.py")):
            found[module_name(path)] = path
    return found


def imports_of(path):
    """Return the project modules a file imports, at any depth in the file."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] in ("search", "web")}


def stage_of(name):
    if name == "web" or name.startswith("web."):
        return "web"
    if name in BASE or name == "search":
        return "base"
    if name.startswith("search.speakers"):
        return "speakers"
    return name.split(".")[1]


def resolve(name, known):
    """Return the module an imported name stands for (a module, or a name in one)."""
    while name not in known and "." in name:
        name = name.rsplit(".", 1)[0]
    return name if name in known else None


MODULES = modules()


@pytest.mark.parametrize("name", [n for n in MODULES if n != "search"])
def test_a_module_imports_only_the_stages_below_it(name):
    stage = stage_of(name)
    for imported in imports_of(MODULES[name]):
        target = resolve(imported, MODULES)
        if target is None or target == "search":
            continue
        other = stage_of(target)
        assert other == stage or other == "base" or other in ALLOWED[stage], \
            f"{name} ({stage}) imports {target} ({other})"


def reachable(start):
    """Return every project module that start imports, directly or through others."""
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for imported in imports_of(MODULES[name]):
            target = resolve(imported, MODULES)
            if target is not None:
                todo.append(target)
                # Importing a.b.c runs a/__init__.py and a/b/__init__.py too.
                parts = target.split(".")
                todo.extend(".".join(parts[:i]) for i in range(1, len(parts))
                            if ".".join(parts[:i]) in MODULES)
    return seen


@pytest.mark.parametrize("entry", READ_PATH_ENTRIES)
def test_the_read_path_never_imports_the_build_path(entry):
    reached = reachable(entry) - {"search"}  # search/__init__ loads its names lazily
    assert not [name for name in reached if name.startswith(BUILD_PATH)]


def test_searching_and_the_cli_load_no_build_code_when_imported():
    code = ("import sys, search.cli, search.retrieval.searching, web; "
            f"print([m for m in sys.modules if m.startswith({BUILD_PATH!r})])")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.strip()
    assert loaded == "[]"


def expected_test_file(path):
    """Return where a module's tests live: search/a/b.py -> tests/a/test_b.py, web/b.py -> tests/web/test_b.py."""
    parts = path.relative_to(ROOT).parts
    folders = parts[1:-1] if parts[0] == "search" else parts[:-1]
    return ROOT.joinpath("tests", *folders, f"test_{parts[-1]}")


CODE_FILES = [path for path in MODULES.values() if path.name != "__init__.py"]


@pytest.mark.parametrize("path", CODE_FILES, ids=lambda path: str(path.relative_to(ROOT)))
def test_every_module_has_its_test_file(path):
    name = str(path.relative_to(ROOT))
    assert expected_test_file(path).exists(), f"{name} has no {expected_test_file(path).relative_to(ROOT)}"
