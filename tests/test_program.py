"""The console script: the commands load with the collector paused, which then comes back as it was."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

SPY = """
import gc, sys
seen = []
class Spy:  # notes whether the collector runs as click loads
    def find_spec(self, name, path=None, target=None):
        if name == "click":
            seen.append(gc.isenabled())
sys.meta_path.insert(0, Spy())
{before}
from search import program
sys.argv = ["hemeroteca", "--version"]
try:
    program.main()
except SystemExit as done:
    code = done.code
print([code, seen, gc.isenabled(), gc.get_freeze_count() > 10_000])
"""


@pytest.mark.parametrize("before, enabled", [("", True), ("gc.disable()", False)])
def test_the_commands_load_with_the_collector_paused_and_then_it_is_as_it_was(before, enabled):
    done = subprocess.run([sys.executable, "-c", SPY.format(before=before)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    assert done.stdout.startswith("hemeroteca, versión ")
    # what loading made is frozen: never examined again
    assert ast.literal_eval(done.stdout.splitlines()[-1]) == [0, [False], enabled, True]


def test_the_console_script_runs_it():
    script = Path(sys.executable).parent / "hemeroteca"
    assert "from search.program import main" in script.read_text(encoding="utf-8")
    done = subprocess.run([str(script), "--version"], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.startswith("hemeroteca, versión ")
