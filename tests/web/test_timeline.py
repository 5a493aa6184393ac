import pytest

from web.timeline import HEIGHT, WIDTH, YEAR_LABELS, all_months, bars_for, timeline


def months(*rows):
    return {"months": [{"month": month, "count": count} for month, count in rows]}


def test_no_dated_matches_no_timeline():
    assert timeline(None) is None
    assert timeline({"months": []}) is None


def test_months_fill_the_gaps_with_zero():
    chart = timeline(months(("2020-11", 2), ("2021-02", 4)))
    assert chart.unit == "mes"
    assert [(bar.period, bar.count) for bar in chart.bars] == [
        ("2020-11", 2), ("2020-12", 0), ("2021-01", 0), ("2021-02", 4)]
    assert (chart.first, chart.last, chart.peak) == ("2020-11", "2021-02", 4)


def test_long_spans_count_per_year():
    chart = timeline(months(("2015-01", 1), ("2015-06", 2), ("2020-12", 5)))
    assert chart.unit == "año"
    assert [(bar.period, bar.count) for bar in chart.bars] == [
        ("2015", 3), ("2016", 0), ("2017", 0), ("2018", 0), ("2019", 0), ("2020", 5)]


@pytest.mark.parametrize("periods", [
    [("2020-01", 1)],
    [("2020-01", 1), ("2020-02", 1000)],
    [(str(year), year % 7) for year in range(1900, 2025)],
])
def test_bars_stay_inside_the_chart(periods):
    bars = bars_for(periods)
    for bar in bars:
        assert 0 <= bar.x and bar.x + bar.width <= WIDTH + 0.01
        assert bar.y + bar.height == pytest.approx(HEIGHT)
        assert bar.height == 0 if bar.count == 0 else bar.height >= 2
    assert max(bar.height for bar in bars) == HEIGHT or max(c for _, c in periods) == 0


def test_bars_grow_with_the_count():
    low, high = bars_for([("a", 1), ("b", 10)])
    assert high.height == HEIGHT and low.height == pytest.approx(HEIGHT / 10)
    assert low.x < high.x


def test_every_bar_is_a_full_height_slot_to_tap():
    """The link of a bar is its whole slot: a period with one match is as easy to tap."""
    bars = bars_for([("2020-01", 1), ("2020-02", 1000), ("2020-03", 0)])
    assert [bar.slot_width for bar in bars] == [WIDTH / 3] * 3
    assert [bar.slot_x for bar in bars] == [0, WIDTH / 3, 2 * WIDTH / 3]
    assert all(bar.slot_x <= bar.x and bar.x + bar.width <= bar.slot_x + bar.slot_width
               for bar in bars)


@pytest.mark.parametrize("rows, axis", [
    # a short span names every month, and the year where it starts
    ([("2020-11", 1), ("2021-02", 1)], [["nov", "dic", "ene", "feb"], ["", "", "2021", ""]]),
    ([("2020-03", 1), ("2020-06", 1)], [["mar", "abr", "may", "jun"], ["2020", "", "", ""]]),
    # a longer one names the years only, where each starts
    ([("2020-02", 1), ("2021-03", 1)], [["2020"] + [""] * 10 + ["2021", "", ""]]),
    # years, every five when there are many; none so near the end that it would run past it
    ([("1990-01", 1), ("2020-01", 1)], [[str(y) if y % 5 == 0 and y < 2020 else "" for y in range(1990, 2021)]]),
    ([("1840-01", 1), ("2021-01", 1)], [[str(y) if y % 20 == 0 and y < 2020 else "" for y in range(1840, 2022)]]),
    ([("2018-02", 1), ("2021-01", 1)],  # not the 2021 of the last bar
     [["2018"] + [""] * 10 + ["2019"] + [""] * 11 + ["2020"] + [""] * 12]),
    ([("2015-01", 1), ("2020-12", 1)], [[str(y) for y in range(2015, 2021)]]),
])
def test_the_axis_names_years_and_months_when_the_span_is_short(rows, axis):
    assert timeline(months(*rows)).axis == axis


@pytest.mark.parametrize("period, count, description", [
    ("2020-06", 1, "junio de 2020: 1 resultado"),
    ("2021-12", 1234, "diciembre de 2021: 1.234 resultados"),
    ("2019", 2, "2019: 2 resultados"),
])
def test_a_bar_says_its_count_in_words(period, count, description):
    [bar] = bars_for([(period, count)])
    assert bar.description == description


def test_all_months_crosses_years():
    assert [m for m, _ in all_months({"2019-12": 1, "2020-02": 1})] == [
        "2019-12", "2020-01", "2020-02"]


@pytest.mark.parametrize("first", ["0900-10", "0001-01"])
def test_an_axis_of_a_thousand_years_or_more_names_some(first):
    """A date given as year 900 or 1 (a feed's, a front matter's) beside 2020: 1,121 or 2,020
    yearly bars, past the 100-year step that ran out (StopIteration: a 500 on the page)."""
    found = timeline({"months": [{"month": first, "count": 1}, {"month": "2020-03", "count": 5}]})
    named = [label for label in found.axis[0] if label]
    assert found.unit == "año" and 3 <= len(named) <= 2 * YEAR_LABELS
