"""The timeline above the results: matches per month (per year for long spans) as SVG bars.

Only the geometry and the words are computed here; the template draws them, so every
text is escaped. Each period fills an equal slot of the chart, so an axis of equal HTML
cells lines up with the bars (the CSP allows no inline style to place labels), and each
bar's link covers its whole slot, the chart's full height, to be tapped on a phone.

    >>> [bar.period for bar in timeline({"months": [{"month": "2020-11", "count": 2},
    ...                                             {"month": "2021-01", "count": 4}]}).bars]
    ['2020-11', '2020-12', '2021-01']
"""

from dataclasses import dataclass

from search.text.wording import plural

WIDTH = 600
HEIGHT = 60
MAX_MONTHS = 36  # past three years of months, bars per year read better
GAP = 0.2  # the share of each slot left empty between bars
MIN_BAR = 2  # a period with matches never draws thinner than this
MAX_BAR = 32  # a few periods draw as bars, not as blocks
MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre")
SHORT_SPAN = 12  # periods up to this many have every month named on the axis
YEAR_LABELS = 10  # about this many years named on an axis of years
# The share of the axis one character of its labels takes on the narrowest phone served
# (360 px: a 336-px chart, .75rem type ~7.6 px a digit). A label runs right from its
# bar's slot, so one that starts nearer the end than its characters need would push a
# phone's page sideways (trial 14: `2020` at the 186th of 187 yearly bars).
CHAR_SHARE = 0.023


@dataclass(frozen=True)
class Bar:
    """One period: its label, its count, its rectangle and its slot (the link) in the SVG."""

    period: str
    count: int
    x: float
    y: float
    width: float
    height: float
    slot_x: float = 0.0
    slot_width: float = 0.0

    @property
    def name(self):
        """Return the period in words: "junio de 2020", or the year."""
        if len(self.period) == 7:
            return f"{MONTHS[int(self.period[5:]) - 1]} de {self.period[:4]}"
        return self.period

    @property
    def description(self):
        """Return what the bar says, for a tooltip and a screen reader."""
        return f"{self.name}: {plural(self.count, 'resultado')}"


@dataclass(frozen=True)
class Timeline:
    """The bars of a timeline, what unit they count, and the labels of its axis."""

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
    def peak(self):
        return max(bar.count for bar in self.bars)

    @property
    def axis(self):
        """Return the rows of the axis, each a label (or "") per bar: months, then years.

        Every month is named when the span is short; years are named where they start
        (and at the first bar when a label fits before the next), or on an axis of years
        every 1, 2, 5, 10… years so that about ten are named.
        """
        periods = [bar.period for bar in self.bars]
        if self.unit == "año":
            step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000) if len(periods) <= s * YEAR_LABELS)
            return [_fitting([year if int(year) % step == 0 or step == 1 else "" for year in periods])]
        years = [period[:4] if period.endswith("-01") else "" for period in periods]
        if not years[0] and not any(years[1:4]):
            years[0] = periods[0][:4]  # the first year, unless a January follows at once
        if len(periods) <= SHORT_SPAN:
            return [_fitting([MONTHS[int(period[5:]) - 1][:3] for period in periods]), _fitting(years)]
        return [_fitting(years)]


def _fitting(labels):
    """Return labels less those too near the axis's end for their characters (CHAR_SHARE).

    >>> [label for label in _fitting(["1990"] + [""] * 28 + ["2019"]) if label]  # 30 slots
    ['1990']
    >>> [label for label in _fitting(["ene", "feb", "mar", "abr", "may", "jun"]) if label]
    ['ene', 'feb', 'mar', 'abr', 'may', 'jun']
    """
    slots = len(labels)
    return [label if (slots - at) / slots >= len(label) * CHAR_SHARE else ""
            for at, label in enumerate(labels)]


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
    """Return a Bar per (period, count) in equal slots, scaled to the largest count."""
    peak = max(count for _, count in periods) or 1
    slot = width / len(periods)
    bar_width = max(min(slot * (1 - GAP), MAX_BAR), 1.0)
    bars = []
    for position, (period, count) in enumerate(periods):
        tall = 0.0 if count == 0 else max(MIN_BAR, height * count / peak)
        bars.append(Bar(period, count, round(position * slot + (slot - bar_width) / 2, 2),
                        round(height - tall, 2), round(bar_width, 2), round(tall, 2),
                        round(position * slot, 2), round(slot, 2)))
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
