"""Whoosh loads without the heavy modules it imports (urllib.request, asyncio, morph_en, tempfile…), and still works."""

import ast
import hashlib
import json
import subprocess
import sys
import types

import pytest

from search.whoosh_ext.imports import STAND_INS, StandInFinder, standing_in
from tests.conftest import ROOT

HEAVY = sorted({heavy for stand_ins in STAND_INS.values() for heavy, _ in stand_ins})


def run(code):
    """Return the last line a fresh Python prints running code (after `import search`)."""
    done = subprocess.run([sys.executable, "-c", "import search\n" + code], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return done.stdout.splitlines()[-1]


@pytest.mark.parametrize("entry, loaded_anyway", [
    # numpy's docstrings import textwrap: only the program leaves them out (PROGRAM_STAND_INS)
    ("search.cli, search.cli.output, search.retrieval.searching, search.retrieval.columnar, "
     "search.storage.postcache", ["textwrap"]),
    # Flask, werkzeug and waitress import them
    ("web", ["calendar", "gettext", "hashlib", "html", "queue", "random", "shutil", "tempfile", "textwrap"]),
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
import asyncio, urllib.request, whoosh.compat, whoosh.filedb.filetables, whoosh.query.terms
found = sorted(whoosh.query.terms.variations("render"))[:2]
from whoosh.lang.morph_en import variations
# Once used, the importing module holds the real module and functions: no stand-in is asked again.
assert cached_property.asyncio is asyncio and whoosh.compat.urlretrieve is urllib.request.urlretrieve
assert whoosh.filedb.filetables.md5 is sys.modules["hashlib"].md5
assert whoosh.query.terms.variations is variations and variations.__module__ == "whoosh.lang.morph_en"
import io
import whoosh.filedb.compound, whoosh.filedb.filestore
copied = io.BytesIO()
whoosh.filedb.compound.copyfileobj(io.BytesIO(b"abc"), copied)  # as a compound segment is written
assert copied.getvalue() == b"abc" and whoosh.filedb.compound.copyfileobj is sys.modules["shutil"].copyfileobj
assert whoosh.filedb.filestore.tempfile.gettempdir() and whoosh.filedb.filestore.tempfile is sys.modules["tempfile"]
import whoosh.util
assert len(whoosh.util.random_name()) == 28 and whoosh.util.random is sys.modules["random"]  # a writer's file names
from whoosh.analysis import DoubleMetaphoneFilter, RegexTokenizer
import whoosh.analysis.morph
sounds = [t.text for t in DoubleMetaphoneFilter()(RegexTokenizer()("Smith"))]  # double_metaphone
assert whoosh.analysis.morph.double_metaphone is sys.modules["whoosh.lang.dmetaphone"].double_metaphone
import whoosh.searching, whoosh.spelling
assert "whoosh.highlight" not in sys.modules  # for Whoosh's own Results and corrections
assert type(whoosh.searching.highlight.Highlighter()).__module__ == "whoosh.highlight"
assert type(whoosh.spelling.highlight.NullFormatter()).__module__ == "whoosh.highlight"
assert whoosh.searching.highlight is whoosh.spelling.highlight is sys.modules["whoosh.highlight"]
from whoosh.compat import htmlescape
print(found, htmlescape("<b>"), "html" in sys.modules, sounds)
"""
    assert run(code) == "['rend', 'rende'] &lt;b&gt; True ['SM0', 'XMT']"
    assert (tmp_path / "copia.txt").read_text(encoding="utf-8") == "hola"


def test_numpy_still_works_where_it_uses_them():
    """numpy loads without linalg and ctypes; a function that needs them loads them, once,
    and then its module holds the real ones. Outside the program, its docstrings load."""
    code = """
import sys
import numpy as np
assert not [m for m in ("numpy.linalg", "numpy._typing", "ctypes") if m in sys.modules]
import numpy._core._internal as internal
import numpy.lib._polynomial_impl as polynomials
import numpy.matrixlib.defmatrix as matrices
fit = np.polyfit([0.0, 1.0, 2.0], [1.0, 3.0, 5.0], 1)  # lstsq
squared = np.matrix([[1, 1], [0, 1]]) ** 3  # matrix_power
roots = sorted(np.roots([1.0, -3.0, 2.0]))  # eigvals
address = np.ones(2).ctypes.data  # ctypes
assert polynomials.lstsq is np.linalg.lstsq and polynomials.eigvals is np.linalg.eigvals
assert matrices.matrix_power is np.linalg.matrix_power and internal.ctypes is sys.modules["ctypes"]
assert np.linalg.inv(np.array([[2.0]]))[0, 0] == 0.5 and address
assert np.frombuffer.__doc__.startswith("frombuffer(buffer")  # set by numpy._core._add_newdocs
print([round(float(x), 6) for x in fit], squared.tolist(), [round(float(x), 6) for x in roots])
"""
    assert run(code) == "[2.0, 1.0] [[1, 3], [0, 1]] [1.0, 2.0]"


def test_source_code_is_still_read_where_tokenize_is_used():
    code = """
import sys
import inspect, linecache
assert "tokenize" not in sys.modules
lines, start = inspect.getsourcelines(inspect.cleandoc)  # inspect's BlockFinder tokenizes it
assert lines[0].startswith("def cleandoc") and inspect.tokenize is sys.modules["tokenize"]
assert linecache.tokenize is sys.modules["tokenize"]  # linecache loaded within inspect: its stand-in
print(len(lines) > 5)
"""
    assert run(code) == "True"


def test_the_program_loads_numpy_without_its_docstrings():
    """Nor textwrap, which only they and the docstring of a function numpy deprecates use."""
    code = """
import sys
import warnings
from search.whoosh_ext.imports import lighten
lighten(program=True)
import numpy as np
assert np.frombuffer(b"\\x01\\x02", dtype=np.uint8).tolist() == [1, 2] and np.frombuffer.__doc__ is None
loaded = sorted(m for m in sys.modules if "_add_newdocs" in m or m == "textwrap")
import numpy.lib._utils_impl as utils
def old(x):
    \"\"\"Return x.

    More.
    \"\"\"
    return x
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    renamed = utils.deprecate(old, old_name="vieja", new_name="nueva")  # textwrap.indent
assert renamed(3) == 3 and renamed.__doc__.startswith("    `vieja` is deprecated, use `nueva`")
assert utils.textwrap is sys.modules["textwrap"]
print(loaded)
"""
    assert run(code) == "[]"


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


def test_the_names_that_held_a_stand_in_are_bound_to_the_real_module_once_it_loads(monkeypatch):
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)  # as if never imported
    user = {"colorsys": None, "to_hsv": None, "kept": None}
    with standing_in("colorsys", ("rgb_to_hsv",)) as stand_in:
        user.update(colorsys=stand_in, to_hsv=stand_in.rgb_to_hsv, kept=stand_in.rgb_to_hsv)
        stand_in.__used_by__(user)
    user["kept"] = len  # rebound by its module since: left as it is
    assert user["to_hsv"](1, 0, 0) == (0, 1, 1)  # loads colorsys
    import colorsys

    assert user == {"colorsys": colorsys, "to_hsv": colorsys.rgb_to_hsv, "kept": len}


def test_a_stand_in_used_while_its_user_loads_is_bound_at_once(monkeypatch):
    monkeypatch.delitem(sys.modules, "colorsys", raising=False)
    user = {}
    with standing_in("colorsys") as stand_in:
        user["colorsys"] = stand_in
        assert stand_in.hls_to_rgb(0, 0, 0) == (0, 0, 0)  # the real module loads now
        stand_in.__used_by__(user)
    assert user["colorsys"] is sys.modules["colorsys"]


def test_the_finder_stands_aside_when_the_heavy_module_is_loaded(monkeypatch):
    finder = StandInFinder()
    assert finder.find_spec("json") is None  # not one of STAND_INS
    monkeypatch.setitem(sys.modules, "asyncio", types.ModuleType("asyncio"))
    assert finder.find_spec("cached_property") is None


# Whoosh's own reading of an index: its deleted documents (cached_property, which asks
# asyncio) and a term looked up in each segment's term table (md5), then a search.
WHOOSH_READS = """
import sys
from whoosh.query import Term
from search.retrieval.reader import open_index
from search.retrieval.searching import search
with open_index(index_dir) as index:
    searcher = index.searcher()
    stem = [token.text for token in searcher.schema["text"].analyzer("gobierno")][0]
    heavy_before = sorted(m for m in HEAVY if m in sys.modules)
    deleted = [sorted(leaf.deleted_docs_set) for leaf, _ in searcher.reader().leaf_readers()]
    found = sorted(hit.docnum for hit in searcher.search(Term("text", stem), limit=None))
    ids = [hit.id for hit in search(index, "gobierno").hits]
"""


def test_whoosh_reads_an_updated_index_in_a_fresh_process_as_in_this_one(tmp_path):
    from search.storage.build import build_index
    from search.storage.update import update_index

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nota.txt").write_text("Cumbre en Madrid\nEl gobierno anunció medidas.\n"
                                   "Los gobiernos celebraron el acuerdo.\n", encoding="utf-8")
    (docs / "otra.txt").write_text("Cumbre en Lima\nEl gobierno peruano anunció medidas.\n",
                                   encoding="utf-8")
    build_index([docs], tmp_path / "ix", procs=1)
    (docs / "nota.txt").write_text("Cumbre en Madrid\nEl gobierno cambió de opinión.\n", encoding="utf-8")
    update_index([docs], tmp_path / "ix", procs=1)  # the old paragraphs stay, deleted
    code = (f"import json, sys\nimport search\nindex_dir, HEAVY = sys.argv[1], {HEAVY!r}\n{WHOOSH_READS}\n"
            "print(json.dumps([heavy_before, deleted, found, ids, 'asyncio' in sys.modules]))")
    fresh = subprocess.run([sys.executable, "-c", code, str(tmp_path / "ix")], cwd=ROOT,
                           capture_output=True, text=True, check=True)
    heavy_before, deleted, found, ids, asyncio_loaded = json.loads(fresh.stdout.splitlines()[-1])
    assert heavy_before == [] and asyncio_loaded  # the stand-in loaded it when first used
    here = {"index_dir": tmp_path / "ix", "HEAVY": HEAVY}
    exec(WHOOSH_READS, here)
    assert [deleted, found, ids] == [here["deleted"], here["found"], here["ids"]]
    assert any(deleted) and len(found) == len(ids) == 2  # the live paragraphs with «gobierno»
