"""Whoosh loads without urllib.request, asyncio and morph_en, and still works where it uses them."""

import ast
import hashlib
import subprocess
import sys
import types

import pytest

from search.whoosh_ext.imports import STAND_INS, StandInFinder, standing_in
from tests.conftest import ROOT

HEAVY = sorted(heavy for heavy, _ in STAND_INS.values())


def run(code):
    """Return the last line a fresh Python prints running code (after `import search`)."""
    done = subprocess.run([sys.executable, "-c", "import search\n" + code], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return done.stdout.splitlines()[-1]


@pytest.mark.parametrize("entry, loaded_anyway", [
    ("search.cli, search.cli.output, search.retrieval.searching, search.retrieval.columnar, "
     "search.storage.postcache", []),
    ("web", ["hashlib"]),  # werkzeug imports it itself
])
def test_the_read_path_imports_none_of_the_heavy_modules(entry, loaded_anyway):
    code = f"import sys, {entry}\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    assert ast.literal_eval(run(code)) == loaded_anyway


def test_whoosh_still_works_where_it_uses_them(tmp_path):
    """Each name taken from a stand-in calls the real module, which then loads, once."""
    source = tmp_path / "origen.txt"
    source.write_text("hola", encoding="utf-8")
    code = f"""
import sys
from whoosh.compat import urlretrieve
import whoosh.query, whoosh.reading, cached_property
from whoosh.filedb.filetables import md5_hash
assert not [m for m in {HEAVY!r} if m in sys.modules]
assert md5_hash(b"salud") == md5_hash(b"salud") == 0x{hashlib.md5(b"salud").hexdigest()[-8:]}
urlretrieve({source.as_uri()!r}, {str(tmp_path / "copia.txt")!r})
class Reader:
    @cached_property.cached_property
    def value(self):
        return 42
assert Reader().value == 42  # the property asks asyncio whether its method is a coroutine
import asyncio, urllib.request
from whoosh.lang.morph_en import variations
assert cached_property.asyncio.__stand_in__ and sys.modules["asyncio"] is not cached_property.asyncio
print(sorted(variations("render"))[:2], urllib.request.urlretrieve.__module__,
      type(asyncio.iscoroutinefunction).__name__, "urllib.request" in sys.modules)
"""
    assert run(code) == "['rend', 'rende'] urllib.request function True"
    assert (tmp_path / "copia.txt").read_text(encoding="utf-8") == "hola"


def test_a_stand_in_goes_once_its_import_is_over():
    name = "tests_heavy_module"
    with standing_in(name, ("work",)) as stand_in:
        assert sys.modules[name] is stand_in and callable(stand_in.work)
    assert name not in sys.modules


def test_a_module_already_loaded_is_left_alone():
    import json

    with standing_in("json") as found:
        assert found is json
    assert sys.modules["json"] is json


def test_a_stand_in_used_during_the_import_loads_the_real_module():
    with standing_in("colorsys") as stand_in:
        assert stand_in.rgb_to_hsv(1, 0, 0) == (0, 1, 1)  # loads it, in place of the stand-in
        assert sys.modules["colorsys"] is not stand_in
    assert sys.modules["colorsys"].rgb_to_hsv(0, 0, 1)[0] == pytest.approx(2 / 3)


def test_the_finder_stands_aside_when_the_heavy_module_is_loaded(monkeypatch):
    finder = StandInFinder()
    assert finder.find_spec("json") is None  # not one of STAND_INS
    monkeypatch.setitem(sys.modules, "asyncio", types.ModuleType("asyncio"))
    assert finder.find_spec("cached_property") is None
