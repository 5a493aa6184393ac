"""The design's one-way flow, checked from the code's own imports.

Each stage of the pipeline may import only the stages listed for it below, and the
read path (searching, browsing, the page) never reaches the build path, not even through
an import inside a function.
"""

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASE = {"search.errors", "search.settings", "search.records", "search.budget", "search.layout"}
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
# A search may write two files derived from the index of record, a segment's texts file and
# its posting cache, when missing or stale: only through the read path's repairs
# (search/storage/repairs.py says how). WRITERS write index files; REPAIR_PATH are the only
# functions of the read path that call them (a writer may call another: its callers are checked).
WRITERS = {"write_texts", "write_segment_texts", "write_missing_texts",
           "write_cache", "write_segment_cache", "write_missing_caches"}
REPAIR_PATH = {("search.storage.repairs", "rewritten_texts"),  # a texts file, written again from the store
               ("search.storage.postcache", "_built_cache")}  # a posting cache, rebuilt from its segment
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


def writer_calls(path):
    """Return [(function, writer it calls)] of a module's top-level functions and methods
    that call a function of WRITERS, leaving out writers themselves."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    functions = [node for top in tree.body for node in ([top] + (top.body if isinstance(top, ast.ClassDef) else []))
                 if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
    for function in functions:
        if function.name in WRITERS:
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Call):
                called = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if called in WRITERS:
                    found.append((function.name, called))
    return found


@pytest.mark.parametrize("entry", READ_PATH_ENTRIES)
def test_the_read_path_writes_index_files_only_through_its_repairs(entry):
    reached = reachable(entry) - {"search"}
    calls = [(name, function, writer) for name in sorted(reached)
             for function, writer in writer_calls(MODULES[name]) if (name, function) not in REPAIR_PATH]
    assert not calls


def test_the_repairs_are_reached_from_the_read_path_and_documented():
    reached = set().union(*(reachable(entry) for entry in READ_PATH_ENTRIES))
    for name, function in REPAIR_PATH:
        assert name in reached
        [node] = [node for node in ast.parse(MODULES[name].read_text(encoding="utf-8")).body
                  if isinstance(node, ast.FunctionDef) and node.name == function]
        assert ast.get_docstring(node)
        assert any(isinstance(call, ast.Call) and (getattr(call.func, "id", None) or getattr(
            call.func, "attr", None)) in WRITERS for call in ast.walk(node))


def test_the_speakers_package_docstring_names_each_of_its_modules():
    """The README sends a reader to search/speakers/__init__.py for the map of its ~90 modules."""
    import search.speakers

    named = set(re.findall(r"\w+", search.speakers.__doc__))
    modules = {path.stem for path in (ROOT / "search" / "speakers").glob("*.py")} - {"__init__"}
    assert sorted(modules - named) == []
