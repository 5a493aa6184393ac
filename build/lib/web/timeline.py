"""The timeline above the results: matches per month (per year for long spans) as SVG bars.

Only the geometry is computed here; the template draws it, so every text is escaped.

    >>> [bar.period for bar in timeline({"months": [{"month": "2020-11", "count": 2},
    ...                                             {"month": "2021-01", "count": 4}]}).bars]
    ['2020-11', '2020-12', '2021-01']
"""

from dataclasses import dataclass

WIDTH = 600
HEIGHT = 60
MAX_MONTHS = 36  # past three years of months, bars per year read better
GAP = 0.2  # the share of each slot left empty between bars
MIN_BAR = 2  # a period with matches never draws thinner than this
MAX_SLOT = 40  # a few periods draw as bars, not as blocks, centred in the chart


@dataclass(frozen=True)
class Bar:
    """One period: its label, its count and its rectangle in the SVG."""

    period: str
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class Timeline:
    """The bars of a timeline, and what unit they count."""

    bars: list
    unit: str  # "mes" or "año"
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def first(self):
        return self.bars[0].period

    @property
    def last(self):
        return self.bars[-1].period

    @property
    def spans_width(self):
        """Return True when the bars fill the chart, so its edges are the first and last."""
        return self.width / len(self.bars) <= MAX_SLOT

    @property
    def peak(self):
        return max(bar.count for bar in self.bars)


def _month_number(period):
    year, month = period.split("-")
    return int(year) * 12 + int(month) - 1


def _month_name(number):
    return f"{number // 12:04d}-{number % 12 + 1:02d}"


def all_months(counts):
    """Return [(month, count)] for every month from the first to the last, gaps as zero."""
    numbers = {_month_number(month): count for month, count in counts.items()}
    first, last = min(numbers), max(numbers)
    return [(_month_name(n), numbers.get(n, 0)) for n in range(first, last + 1)]


def all_years(counts):
    """Return [(year, count)] for every year from the first to the last, gaps as zero."""
    numbers = {int(year): count for year, count in counts.items()}
    return [(str(y), numbers.get(y, 0)) for y in range(min(numbers), max(numbers) + 1)]


def bars_for(periods, width=WIDTH, height=HEIGHT):
    """Return a Bar per (period, count), scaled to the largest count."""
    peak = max(count for _, count in periods) or 1
    slot = min(width / len(periods), MAX_SLOT)
    left = (width - slot * len(periods)) / 2
    bar_width = max(slot * (1 - GAP), 1.0)
    bars = []
    for position, (period, count) in enumerate(periods):
        tall = 0.0 if count == 0 else max(MIN_BAR, height * count / peak)
        bars.append(Bar(period, count, round(left + position * slot + (slot - bar_width) / 2, 2),
                        round(height - tall, 2), round(bar_width, 2), round(tall, 2)))
    return bars


def timeline(facets, max_months=MAX_MONTHS):
    """Return the Timeline of a search's facets, or None when no match has a date."""
    months = {row["month"]: row["count"] for row in (facets or {}).get("months") or []}
    if not months:
        return None
    periods = all_months(months)
    if len(periods) <= max_months:
        return Timeline(bars_for(periods), "mes")
    years = {}
    for month, count in months.items():
        years[month[:4]] = years.get(month[:4], 0) + count
    return Timeline(bars_for(all_years(years)), "año")
