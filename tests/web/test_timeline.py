import pytest

from web.timeline import HEIGHT, WIDTH, all_months, bars_for, timeline


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
    assert not chart.spans_width  # four bars sit in the middle
    assert timeline(months(("2020-01", 1), ("2021-12", 1))).spans_width


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


def test_all_months_crosses_years():
    assert [m for m, _ in all_months({"2019-12": 1, "2020-02": 1})] == [
        "2019-12", "2020-01", "2020-02"]
