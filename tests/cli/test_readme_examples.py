"""Every `hemeroteca …` line the README and its docs/ pages show runs on an index of seeds/ and finds something.

A new user copies these lines first; an example that finds nothing on the seed (a speaker who is
not in it) reads as a broken tool. `watch` and `serve` run until stopped, so they are left out.
"""

import re
import shlex

import pytest

from search.cli import main
from tests.conftest import ROOT

LONG_RUNNING = {"watch", "serve"}


def readme_commands(docs=True):
    """Return the command lines of the README and docs/ that start with `hemeroteca`, as argument lists.

    A trailing `# comment` and an output redirection (`> file.csv`) are dropped; `index/` is
    kept for the test to replace with its own index.
    """
    commands = []
    # the reference the README links to is in docs/
    pages = [ROOT / "README.md", *(sorted((ROOT / "docs").glob("*.md")) if docs else [])]
    for line in (line for page in pages for line in page.read_text(encoding="utf-8").splitlines()):
        if not line.startswith("hemeroteca "):
            continue
        line = re.sub(r"\s+#\s.*$", "", line)
        line = re.sub(r"\s+>\s*\S+$", "", line)
        args = shlex.split(line)[1:]
        if args[0] not in LONG_RUNNING:
            commands.append(args)
    return commands


def test_the_readme_shows_the_main_commands():
    shown = {args[0] for args in readme_commands(docs=False)}
    assert {"index", "search", "show", "similar", "eval", "update", "optimize"} <= shown


@pytest.mark.parametrize("args", readme_commands(), ids=" ".join)
def test_a_readme_example_runs_on_the_seed(args, runner, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples name seeds/ and bench/ relative to the project
    index = tmp_path / "index"
    assert runner.invoke(main, ["index", "seeds/", "--index", str(index)]).exit_code == 0
    args = [str(index) if arg == "index/" else arg for arg in args]
    if "--index" not in args:
        args += ["--index", str(index)]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Sin resultados" not in result.output and "Traceback" not in result.output
    assert result.output.strip()
