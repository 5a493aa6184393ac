"""`hemeroteca search` with words in quotes: the words as typed, in totals, exports and facets (trial 33, defect 9)."""

import csv
import io
import json

import pytest

from search.cli import main
from tests.conftest import build_texts_index

NOTES = [  # (id, text, speaker, date)
    ("a", "Ayer se vacunó el presidente en Palacio Nacional.", "Ana Pérez", "2021-02-18"),
    ("b", "Las vacunas llegaron a Campeche por la mañana.", "Ana Pérez", "2021-01-04"),
    ("c", "La vacunación avanza en el norte del país.", "Luis Gómez", "2020-03-01"),
    ("d", "Se vacunó ayer; las vacunas de Pfizer llegan hoy.", "Luis Gómez", "2020-02-20"),
]


def notes_index(tmp_path_factory, name):
    """Build an index of NOTES as one feed, notas.jsonl (tests/web/test_quoted_words.py's too)."""
    lines = [json.dumps({"id": key, "doc": key, "text": text, "speakers": [speaker], "date": date},
                        ensure_ascii=False) for key, text, speaker, date in NOTES]
    return build_texts_index(tmp_path_factory, name, {"notas.jsonl": "\n".join(lines) + "\n"})


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return notes_index(tmp_path_factory, "quoted-cli")


def searched(runner, index_dir, *args):
    result = runner.invoke(main, ["search", *args, "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(("query", "docs"), [
    ('"vacunó"', {"a", "d"}),
    ("=vacuno", {"a", "d"}),
    ('"vacunas"', {"b", "d"}),
    ("vacunó", {"a", "b", "c", "d"}),  # unquoted: every form of its stem
    ('"vacunaron"', set()),
    ('"vacunó" orador:"Ana Pérez"', {"a"}),
    ('"vacunas" fecha:2020', {"d"}),
    ('vacuna -"vacunó"', {"b", "c"}),
])
def test_the_json_total_and_hits_are_the_words_as_typed(runner, index_dir, query, docs):
    data = json.loads(searched(runner, index_dir, query, "--json"))
    assert data["total"] == len(docs)
    assert {hit["doc"] for hit in data["hits"]} == docs


def test_the_csv_export_holds_the_words_as_typed_only(runner, index_dir):
    rows = list(csv.reader(io.StringIO(searched(runner, index_dir, '"vacunó"', "--format", "csv").lstrip("\ufeff")),
                           delimiter=";"))
    assert sorted(row[1] for row in rows[1:]) == ["a", "d"]


def test_facets_count_the_words_as_typed(runner, index_dir):
    data = json.loads(searched(runner, index_dir, '"vacunas"', "--json", "--facets"))
    assert [(row["name"], row["count"]) for row in data["facets"]["speakers"]] == [("Ana Pérez", 1), ("Luis Gómez", 1)]
    assert json.loads(searched(runner, index_dir, "vacunas", "--json", "--facets"))["total"] == 4


def test_an_equals_sign_with_a_prefix_is_said(runner, index_dir):
    output = runner.invoke(main, ["search", "=vacun*", "--index", str(index_dir)]).output
    assert "«=» busca la palabra tal cual" in output and "4 resultados" in output
