"""A file name with a newline or a tab (legal on Linux): its document is found, printed on
one line with the character escaped, and its links on the page lead to it."""

import json
from urllib.parse import quote

import pytest

from search.cli import main
from search.storage.build import build_index
from web import create_app

NAMES = ["nueva\nlinea.txt", "con\ttab.txt", "dos\n\nsaltos.txt"]


@pytest.fixture(scope="module")
def odd_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd")
    for name in NAMES:
        (folder / name).write_text("Documento de nombre raro, habla del zorzal.\n")
    index_dir = tmp_path_factory.mktemp("ix")
    build_index([folder], index_dir)
    return index_dir


def test_search_prints_each_hit_on_its_own_lines(runner, odd_index):
    output = runner.invoke(main, ["search", "zorzal", "--index", str(odd_index), "--all-copies"]).output
    for name in NAMES:
        escaped = name.replace("\n", "\\n").replace("\t", "\\t")
        assert f"{escaped}#1" in output
    assert not any(line.startswith(("linea.txt", "saltos.txt", "tab.txt")) for line in output.splitlines())


def test_the_copies_a_hit_names_are_escaped_on_its_line(runner, odd_index):
    """The three files are identical: one hit (the name that sorts first), naming the others."""
    output = runner.invoke(main, ["search", "zorzal", "--index", str(odd_index)]).output
    assert "con\\ttab.txt#1" in output
    assert "    también en: dos\\n\\nsaltos.txt, nueva\\nlinea.txt\n" in output


@pytest.mark.parametrize("name", NAMES)
def test_show_finds_it_and_prints_its_name_escaped(runner, odd_index, name):
    result = runner.invoke(main, ["show", name, "--index", str(odd_index)])
    assert result.exit_code == 0 and "zorzal" in result.output
    assert name.replace("\n", "\\n").replace("\t", "\\t") in result.output


@pytest.mark.parametrize("name", NAMES)
def test_the_pages_links_lead_to_the_document(odd_index, name):
    app = create_app({"INDEX_DIR": str(odd_index), "TESTING": True})
    client = app.test_client()
    page = client.get("/?q=zorzal&copias=todas").get_data(as_text=True)  # identical files: each shown
    link = f"/doc/{quote(name)}"
    assert link in page
    assert client.get(link).status_code == 200
    assert client.get(f"/similar/{quote(name + '#1')}").status_code == 200
    data = client.get(f"/api/doc/{quote(name)}").get_json()
    assert data["doc"] == name and "zorzal" in data["paragraphs"][0]["text"]
    assert json.dumps(data)  # and the API serves it
    app.extensions["hemeroteca"].close()
