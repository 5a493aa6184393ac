"""The templates' filters: web/templating.py."""

import pytest
from markupsafe import Markup

from web.templating import unbroken_dates


@pytest.mark.parametrize("title, html", [
    ("Conferencia de prensa, 2020-06-15", 'Conferencia de prensa, <span class="nowrap">2020-06-15</span>'),
    ('<b>2020-06</b> "x"', '&lt;b&gt;<span class="nowrap">2020-06</span>&lt;/b&gt; &#34;x&#34;'),
    ("Cumbre", "Cumbre"),
    # a title with its highlights (the marked filter's Markup) keeps its marks (trial 18c)
    (Markup("<mark>Conferencia</mark> de prensa, 2020-06-15"),
     '<mark>Conferencia</mark> de prensa, <span class="nowrap">2020-06-15</span>'),
])
def test_a_title_keeps_its_dates_on_one_line_and_escapes_the_rest(title, html):
    assert str(unbroken_dates(title)) == html
