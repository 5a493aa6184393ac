"""Tests for search.cli.output: what a person reads, with matches in bold on a terminal only."""

import datetime

import click
import pytest
from click.testing import CliRunner

from search.cli.output import (
    print_document,
    print_facets,
    print_hit,
    print_record,
    print_results,
    styled_snippet,
)
from search.records import Record
from search.retrieval.results import Hit, Results
from search.settings import MAX_PAGE

BOLD, RESET = "\x1b[1m", "\x1b[0m"


@pytest.fixture(autouse=True)
def styled_terminal(monkeypatch):
    """A terminal that shows styles, whatever the runner's (NO_COLOR, TERM=dumb): each test sets its own."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")


def shown(function, *args, color=False, env=None, **kwargs):
    """Return what function prints, as on a terminal (color) or a pipe."""
    with CliRunner().isolation(env=env, color=color) as (out, _, _):
        function(*args, **kwargs)
        return out.getvalue().decode("utf-8")


def hit(number=1, **fields):
    values = {"id": f"nota.txt#{number}", "doc": "nota.txt", "paragraph": number,
              "title": "Cumbre en Madrid", "date": "2020-12-22", "speakers": [],
              "score": 3.14159, "snippet": "El acuerdo de cooperación.", "highlights": [(3, 10)]}
    values.update(fields)
    return Hit(**values)


def results(total, hits=0, **fields):
    return Results(query="acuerdo", total=total, hits=[hit(n + 1) for n in range(hits)],
                   took_ms=12.4, **fields)


@pytest.mark.parametrize("found, first_line", [
    (results(1, 1), "1 resultado para «acuerdo» (1–1; 12 ms)"),
    (results(1234, 10), "1.234 resultados para «acuerdo» (1–10; 12 ms)"),
    (results(25, 5, page=3), "25 resultados para «acuerdo» (21–25; 12 ms)"),
    (results(0), "Sin resultados para «acuerdo»."),
    (results(1, 0, mode="similar"), "1 párrafo parecido a «acuerdo» (12 ms)"),
    (results(3, 3, mode="similar"), "3 párrafos parecidos a «acuerdo» (12 ms)"),
    (results(1, 0, page=2), "La página 2 está más allá del final: «acuerdo» tiene 1 resultado "
                            "(1 página de 10); la última es la 1. Pruebe --page 1."),
    (results(25, 0, page=9), "La página 9 está más allá del final: «acuerdo» tiene 25 resultados "
                             "(3 páginas de 10); la última es la 3. Pruebe --page 3."),
    (results(10 ** 6, 0, page=MAX_PAGE + 5, limit=1),
     f"La página {MAX_PAGE + 5} está más allá del final: «acuerdo» tiene 1.000.000 resultados "
     f"(1.000.000 páginas de 1); la última es la {MAX_PAGE}. Pruebe --page {MAX_PAGE}."),
])
def test_the_line_that_sums_up_the_results(found, first_line):
    assert shown(print_results, found).splitlines()[0] == first_line


def test_notes_and_suggestion_come_before_the_total_and_tips_after():
    found = results(0, messages=["«vacun*» abarca muchas palabras."], suggestion="cooperación",
                    tips=["Pruebe con menos palabras."])
    assert shown(print_results, found).splitlines() == [
        "«vacun*» abarca muchas palabras.", "Quizás quiso decir: cooperación",
        "Sin resultados para «acuerdo».", "Pruebe con menos palabras."]


def test_hits_are_numbered_from_their_page():
    lines = shown(print_results, results(25, 2, page=3)).splitlines()
    assert [line for line in lines if line.split(".")[0].strip().isdigit()] == [
        "21. Cumbre en Madrid", "22. Cumbre en Madrid"]


@pytest.mark.parametrize("fields, lines", [
    ({}, [" 7. Cumbre en Madrid", "    El acuerdo de cooperación.",
          "    nota.txt#1 · 2020-12-22 · puntuación 3,14"]),
    ({"speakers": ["Wang Yi", "Sergey Lavrov"]}, [" 7. Wang Yi, Sergey Lavrov · Cumbre en Madrid"]),
    ({"title": ""}, [" 7. nota.txt"]),
    ({"date": None, "score": 0.0}, [" 7. Cumbre en Madrid", "    El acuerdo de cooperación.",
                                    "    nota.txt#1"]),
])
def test_a_hit(fields, lines):
    assert shown(print_hit, 7, hit(**fields)).splitlines()[:len(lines)] == lines


def test_a_rank_past_99_keeps_its_digits():
    assert shown(print_hit, 123, hit()).startswith("123. ")


@pytest.mark.parametrize("env", [None, {"TERM": None}, {"NO_COLOR": ""}])  # an empty NO_COLOR is no setting
def test_on_a_terminal_matches_and_speakers_are_bold(env):
    out = shown(print_hit, 1, hit(speakers=["Wang Yi"]), color=True, env=env)
    assert f"{BOLD}Wang Yi{RESET} · " in out and f"El {BOLD}acuerdo{RESET} de" in out


@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}, None])
def test_no_color_or_a_pipe_prints_no_styles(env):
    out = shown(print_hit, 1, hit(speakers=["Wang Yi"]), color=env is not None, env=env)
    assert "\x1b[" not in out and "El acuerdo de" in out


@pytest.mark.parametrize("snippet, highlights, expected", [
    ("El acuerdo de cooperación.", [], "El acuerdo de cooperación."),
    ("El acuerdo de cooperación.", [(3, 10)], f"El {BOLD}acuerdo{RESET} de cooperación."),
    ("El acuerdo de cooperación.", [(0, 2), (14, 25)],
     f"{BOLD}El{RESET} acuerdo de {BOLD}cooperación{RESET}."),
    ("año", [(0, 3)], f"{BOLD}año{RESET}"),
    ("", [], ""),
])
def test_styled_snippet(snippet, highlights, expected):
    assert styled_snippet(snippet, highlights) == expected
    assert click.unstyle(styled_snippet(snippet, highlights)) == snippet


def facets(speakers=0, years=("2020",), months=("2020-12",)):
    return {"speakers": [{"name": f"Orador {n}", "count": 1500 - n} for n in range(speakers)],
            "years": [{"year": year, "count": 1200} for year in years],
            "months": [{"month": month, "count": 1200} for month in months]}


def test_facets_name_speakers_years_and_months():
    lines = shown(print_facets, facets(2)).splitlines()
    assert lines == ["", "Oradores: Orador 0 (1.500); Orador 1 (1.499)", "Años: 2020 (1.200)",
                     "Meses: 2020-12 (1.200)"]


def test_facets_show_fifteen_speakers_and_the_months_across_years():
    lines = shown(print_facets, facets(20, years=("2020", "2021"), months=("2020-12", "2021-01")))
    assert lines.count("Orador ") == 15 and "Orador 15" not in lines
    assert lines.endswith("Meses: 2020-12 (1.200); 2021-01 (1.200)\n")  # the help promises them


def test_facets_without_speakers_or_dates():
    assert shown(print_facets, facets(0, years=(), months=())) == "\n"


def test_results_end_with_their_facets():
    out = shown(print_results, results(1, 1, facets=facets(1)))
    assert out.rstrip("\n").endswith("Meses: 2020-12 (1.200)")


def record(paragraph, **fields):
    values = {"id": f"nota.txt#{paragraph}", "doc": "nota.txt", "paragraph": paragraph,
              "title": "Cumbre en Madrid", "text": f"Párrafo {paragraph}.",
              "date": datetime.date(2020, 12, 22), "speakers": []}
    values.update(fields)
    return Record(**values)


@pytest.mark.parametrize("fields, marked, heading", [
    ({}, False, "  nota.txt#2 · 2020-12-22"),
    ({}, True, "» nota.txt#2 · 2020-12-22"),
    ({"date": None, "speakers": ["Ana Pérez", "Luis Gil"]}, False, "  nota.txt#2 · Ana Pérez, Luis Gil"),
    # a jsonl record is headed by its own id, then its place
    ({"id": "a1~2", "doc": "data.jsonl"}, True, "» a1~2 (data.jsonl#2) · 2020-12-22"),
    ({"id": "t-7", "doc": "data.jsonl", "date": None}, False, "  t-7 (data.jsonl#2)"),
])
def test_a_record_under_its_place_date_and_speakers(fields, marked, heading):
    assert shown(print_record, record(2, **fields), marked).splitlines() == [heading, "  Párrafo 2.", ""]


def test_a_marked_record_is_bold_on_a_terminal():
    assert shown(print_record, record(2), True, color=True).startswith(BOLD + "» nota.txt#2")


def test_a_document_with_its_paragraphs_numbered():
    records = [record(1, speakers=["Ana Pérez"]), record(2),
               record(3, date=datetime.date(2020, 12, 23))]
    assert shown(print_document, records).splitlines() == [
        "Cumbre en Madrid", "nota.txt · 2020-12-22 · 3 párrafos",
        "", "¶ 1 · Ana Pérez", "Párrafo 1.",
        "", "¶ 2", "Párrafo 2.",
        "", "¶ 3 · 2020-12-23", "Párrafo 3."]


def test_a_document_of_one_undated_paragraph_without_a_title():
    out = shown(print_document, [record(1, title="", date=None)]).splitlines()
    assert out[:2] == ["nota.txt", "nota.txt · 1 párrafo"]


def test_a_search_cut_short_says_its_seconds_with_a_decimal_comma(runner, seed_index, monkeypatch):
    from search.cli import main
    from tests.conftest import budget_spent_after

    monkeypatch.setenv("HEMEROTECA_SEARCH_SECONDS", "0.05")
    budget_spent_after(monkeypatch, looks=0)
    result = runner.invoke(main, ["search", "China", "--index", str(seed_index)])
    assert "tiempo máximo (0,05 s de CPU)" in result.output and "0.05" not in result.output
