"""Dates at and past the calendar's ends, through every door: query, CLI options, page, API.

`0000` once slipped past the checks into datetime.date and crashed search (a traceback,
a bare 500); `9999-12-31` and `0001-01-01` were refused though `9999` and `0001` were taken.
"""

import json

import pytest

from search.cli import main

# Values that are no calendar date: each must be named, never crash.
OUT_OF_RANGE = ["0000", "0000-01", "0000-00-00", "0000-01-01", "10000", "2020-00", "2020-13-01",
                "2021-02-29", "99999-12-31"]
# The calendar's first and last days, and the years and months that hold them: each a date.
ENDS = ["0001", "0001-01", "0001-01-01", "9999", "9999-12", "9999-12-31"]
QUERY_FORMS = ["fecha:{}", "fecha:>{}", "fecha:<{}", "fecha:>={}", "fecha:[{} TO 2020]",
               "fecha:[2020 TO {}]", "fecha:{{{} TO *}}", "fecha:{}..", "fecha:..{}"]


@pytest.mark.parametrize("value", OUT_OF_RANGE)
@pytest.mark.parametrize("form", QUERY_FORMS)
def test_a_query_date_out_of_the_calendar_is_named_and_ignored(runner, web_index, form, value):
    query = form.format(value) + " China"
    result = runner.invoke(main, ["search", query, "--index", str(web_index), "--json"])
    assert result.exception is None, result.output
    data = json.loads(result.output)
    assert any(f"«{value}» no es una fecha válida" in message for message in data["messages"])
    assert data["total"] > 0  # the words still search


@pytest.mark.parametrize("value", ENDS)
@pytest.mark.parametrize("form", QUERY_FORMS)
def test_the_calendars_ends_are_dates(runner, web_index, form, value):
    result = runner.invoke(main, ["search", form.format(value) + " China", "--index",
                                  str(web_index), "--json"])
    assert result.exception is None, result.output
    assert not any("no es una fecha válida" in message for message in json.loads(result.output)["messages"])


@pytest.mark.parametrize("value, like", [("0001-01-01", "1900"), ("0001", "1900"), ("9999-12-31", "2999")])
def test_open_spans_from_the_calendars_ends_find_what_they_cover(runner, web_index, value, like):
    """`--from 0001-01-01` keeps every dated paragraph (as `--from 1900`); `--from 9999-12-31` none."""
    def total(start):
        result = runner.invoke(main, ["search", "acuerdo", "--from", start, "--index", str(web_index), "--json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.output)["total"]
    assert total(value) == total(like) == (0 if like == "2999" else 5)


@pytest.mark.parametrize("value", OUT_OF_RANGE)
@pytest.mark.parametrize("option, which", [("--from", "desde"), ("--to", "hasta")])
def test_an_option_date_out_of_the_calendar_is_refused_by_name(runner, web_index, option, which, value):
    result = runner.invoke(main, ["search", "China", option, value, "--index", str(web_index)])
    assert result.exit_code != 0 and result.exception is None or isinstance(result.exception, SystemExit)
    assert f"Fecha «{which}» no válida: «{value}»" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("value", ["0000", "10000", "0000-01-01"])
@pytest.mark.parametrize("parameter", ["desde", "hasta"])
@pytest.mark.parametrize("path", ["/", "/api/search"])
def test_the_page_and_api_refuse_an_out_of_range_filter_with_a_400(client, path, parameter, value):
    response = client.get(path, query_string={"q": "China", parameter: value})
    assert response.status_code == 400
    assert f"«{value}»" in response.get_data(as_text=True)


@pytest.mark.parametrize("value", ["0000", "0000-01-01", "10000"])
@pytest.mark.parametrize("path", ["/", "/api/search"])
def test_the_page_and_api_name_an_out_of_range_query_date(client, path, value):
    response = client.get(path, query_string={"q": f"fecha:{value} China"})
    assert response.status_code == 200
    assert "no es una fecha válida" in response.get_data(as_text=True)


@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01"])
def test_the_page_takes_the_calendars_ends(client, value):
    assert client.get("/", query_string={"q": "China", "desde": value}).status_code == 200
