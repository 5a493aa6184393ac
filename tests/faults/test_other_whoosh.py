"""An index written by another Whoosh release: one line that says so and how to rebuild it.

Searching refuses it (its segments may not read as this release reads them), the page
answers 503 and /healthz names it, and `update` rebuilds it, saying why.
"""

import pytest
import whoosh.index

from search.cli import main
from search.storage.build import build_index
from web import create_app


@pytest.fixture
def foreign(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(whoosh.index, "__version__", (2, 7, 4))  # what the TOC records
    build_index([corpus], tmp_path / "ix", procs=1)
    monkeypatch.undo()
    return tmp_path / "ix"


@pytest.mark.parametrize("command", [["search", "gobierno"], ["show", "x.txt#1"], ["speakers"],
                                     ["similar", "x.txt#1"]])
def test_reading_it_says_so_in_one_line(foreign, corpus, runner, command):
    result = runner.invoke(main, command + ["--index", str(foreign)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    [line] = result.output.strip().splitlines()
    assert "lo escribió Whoosh 2.7.4 y esta Hemeroteca usa Whoosh 2.7.5" in line
    assert f"hemeroteca index {corpus} --index {foreign}" in line


def test_the_page_answers_503_and_healthz_names_it(foreign):
    app = create_app({"INDEX_DIR": str(foreign), "CACHED_PAGES": 0})
    client = app.test_client()
    assert client.get("/?q=gobierno").status_code == 503
    health = client.get("/healthz")
    assert health.status_code == 503 and "Whoosh 2.7.4" in health.get_json()["error"]
    app.extensions["hemeroteca"].close()


def test_update_rebuilds_it_and_says_why(foreign, corpus, runner):
    result = runner.invoke(main, ["update", str(corpus), "--index", str(foreign)])
    assert result.exit_code == 0, result.output
    # the summary, after the notes a build gives (its undated documents, as a build names them)
    *notes, line = result.output.strip().splitlines()
    assert "lo escribió Whoosh 2.7.4, no 2.7.5; se construyó con" in line
    assert all(note.startswith("aviso: ") and "sin fecha" in note for note in notes)
    result = runner.invoke(main, ["search", "gobierno", "--index", str(foreign)])
    assert result.exit_code == 0 and "resultados" in result.output
