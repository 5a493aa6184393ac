"""Several values of a facet chosen on the page (Flask's test client): each value a toggle, any
chosen value keeps a paragraph (OR within a facet, AND across facets), each a chip of its own,
and the facets counted as disjunctive faceting counts them (web/refinements.py)."""

import re
from html import unescape
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.web.conftest import page
from tests.web.test_refinements import facet_links, total
from tests.web.test_views import chips

MARIA, JUAN, EVE = (quote(f'"{name}"') for name in ("María Pérez", "Juan Gómez", "<b>Eve</b>"))


def args_of(url):
    return parse_qs(urlsplit(url).query)


def chosen(facets, heading):
    return [value for value, _, _, ticked in facets[heading] if ticked]


@pytest.mark.parametrize("url, found, speakers, years", [
    (f"/?q=acuerdo&orador={MARIA}&orador={JUAN}", 3, ["María Pérez", "Juan Gómez"], []),
    ("/?q=acuerdo&fecha=2019&fecha=2021", 4, [], ["2019", "2021"]),
    (f"/?q=acuerdo&orador={MARIA}&orador={EVE}&fecha=2021", 2, ["María Pérez", "<b>Eve</b>"], ["2021"]),
    ("/?q=China&fecha=2020&fecha=sin+fecha", 6 + 4, [], ["2020", "Sin fecha"]),  # a year or undated
    (f"/?q=acuerdo&orador=&orador={JUAN}&orador=+", 1, ["Juan Gómez"], []),  # empty values: none
    (f"/?q=acuerdo&orador={JUAN}&orador={JUAN}", 1, ["Juan Gómez"], []),  # the same twice: once
])
def test_values_chosen_in_a_facet_keep_a_paragraph_by_any(client, url, found, speakers, years):
    html = page(client, url)
    facets = facet_links(html)
    assert total(html) == found
    assert sorted(chosen(facets, "Orador")) == sorted(speakers) and chosen(facets, "Año") == years
    assert len(chips(html)) == len(speakers) + len(years)


def test_each_chip_removes_its_own_value(client):
    html = page(client, f"/?q=acuerdo&orador={MARIA}&orador={JUAN}&fecha=2021")
    removed = {text: args_of(url) for text, url in chips(html)}
    assert removed == {
        "Orador: María Pérez": {"q": ["acuerdo"], "orador": ['"Juan Gómez"'], "fecha": ["2021"]},
        "Orador: Juan Gómez": {"q": ["acuerdo"], "orador": ['"María Pérez"'], "fecha": ["2021"]},
        "Año: 2021": {"q": ["acuerdo"], "orador": ['"María Pérez"', '"Juan Gómez"']},
    }
    assert 'aria-label="Quitar el filtro de orador Juan Gómez"' in html  # which one, to a screen reader


def test_a_facet_value_adds_itself_or_takes_itself_out(client):
    facets = facet_links(page(client, f"/?q=acuerdo&orador={MARIA}&fecha=2021"))
    links = {value: args_of(url) for value, _, url, _ in facets["Orador"] + facets["Año"]}
    assert links["María Pérez"] == {"q": ["acuerdo"], "fecha": ["2021"]}  # chosen: out
    assert links["Juan Gómez"]["orador"] == ['"María Pérez"', '"Juan Gómez"']  # not chosen: added
    assert links["2021"] == {"q": ["acuerdo"], "orador": ['"María Pérez"']}
    assert links["2019"]["fecha"] == ["2021", "2019"]


def test_a_single_period_of_earlier_links_becomes_a_choice_beside_the_next(client):
    """`desde=2021&hasta=2021` (a year facet's link before, a timeline bar's now) is the year chosen."""
    facets = facet_links(page(client, "/?q=acuerdo&desde=2021&hasta=2021"))
    links = {value: args_of(url) for value, _, url, _ in facets["Año"]}
    assert chosen(facets, "Año") == ["2021"]
    assert links["2019"] == {"q": ["acuerdo"], "fecha": ["2021", "2019"]}
    assert links["2021"] == {"q": ["acuerdo"]}


@pytest.mark.parametrize("url, heading", [
    (f"/?q=acuerdo&orador={MARIA}&orador={JUAN}&fecha=2021", "Orador"),
    (f"/?q=acuerdo&orador={MARIA}&orador={JUAN}&fecha=2021", "Año"),
    ("/?q=China&fecha=2020&fecha=sin+fecha&orador=%22Wang+Yi%22", "Año"),
])
def test_a_facet_with_choices_counts_without_its_own_filter_and_with_the_others(client, url, heading):
    """Disjunctive faceting: each value's count is the total of its page alone, the other facets kept."""
    facets = facet_links(page(client, url))
    args = args_of(url)
    for value, count, _, _ in facets[heading]:
        alone = dict(args, **({"fecha": ["sin fecha" if value == "Sin fecha" else value]} if heading == "Año"
                              else {"orador": [f'"{value}"']}))
        query = "&".join(f"{name}={quote(item)}" for name, items in alone.items() for item in items)
        assert total(page(client, "/?" + query)) == count, value


def test_the_form_keeps_every_choice_for_the_next_search(client):
    html = page(client, f"/?q=acuerdo&orador={MARIA}&orador={JUAN}&fecha=2019&fecha=2021")
    form = html[html.index('<form class="search"'):html.index("</form>")]
    hidden = [(name, unescape(value)) for name, value in
              re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', form)]
    assert hidden == [("orador", '"María Pérez"'), ("orador", '"Juan Gómez"'), ("fecha", "2019"), ("fecha", "2021")]
    assert 'id="orador" name="orador" type="text" value=""' in form  # the box adds one more
    one = page(client, f"/?q=acuerdo&orador={MARIA}&fecha=2019")
    form = one[one.index('<form class="search"'):one.index("</form>")]
    assert 'name="orador" value=' not in form and 'value="&#34;María Pérez&#34;"' in form  # one: in the box, to edit


def test_the_api_takes_repeated_values(client):
    body = client.get(f"/api/search?q=acuerdo&orador={MARIA}&orador={JUAN}&fecha=2021").get_json()
    assert body["total"] == 2 and body["filters"] == ["orador «María Pérez» o «Juan Gómez»", "fecha «2021»"]
    exported = client.get(f"/api/search?q=acuerdo&orador={MARIA}&orador={JUAN}&format=csv")
    assert exported.headers["X-Total-Count"] == "3"


@pytest.mark.parametrize("query, message", [
    ("&".join(f"orador=P{number}" for number in range(21)),
     "El parámetro «orador» se repite demasiadas veces (21): admite 20 valores como máximo."),
    ("&".join(f"fecha={2000 + number}" for number in range(500)), "El parámetro «fecha» se repite demasiadas veces"),
    ("fecha=2020&fecha=marzo", "Fecha «marzo» no válida"),
    ("fecha=" + "2" * 101, "El parámetro «fecha» es demasiado largo"),
])
def test_too_many_or_bad_values_are_a_400_with_a_message(client, query, message):
    for url in (f"/?q=acuerdo&{query}", f"/api/search?q=acuerdo&{query}"):
        response = client.get(url)
        assert response.status_code == 400 and "Traceback" not in response.get_data(as_text=True)
        assert message in unescape(response.get_data(as_text=True)), url


def test_a_timeline_month_beside_chosen_years_narrows_them_and_is_no_choice(client):
    html = page(client, "/?q=acuerdo&fecha=2019&fecha=2021&desde=2021-06&hasta=2021-06")
    facets = facet_links(html)
    assert total(html) == 1 and chosen(facets, "Año") == ["2019", "2021"]  # (2019 or 2021) and June 2021
    assert [text for text, _ in chips(html)] == ["Mes: 2021-06", "Año: 2019", "Año: 2021"]
    links = {value: args_of(url) for value, _, url, _ in facets["Año"]}
    assert links["2021"] == {"q": ["acuerdo"], "fecha": ["2019"]}  # the facet's link leaves the month, as its count


@pytest.mark.parametrize("typed", ["María Pérez", "maría pérez", "  María   Pérez "])
def test_a_speaker_typed_in_the_box_is_the_facets_value_chosen(client, typed):
    """The box's `María Pérez` and the facet's exact `"María Pérez"` are one choice: ticked, and
    its link takes the typed value out, where it once added a second value the same (the box's
    value kept, the box unticked, and the filter still on)."""
    facets = facet_links(page(client, f"/?q=acuerdo&orador={quote(typed)}"))
    links = {value: args_of(url) for value, _, url, _ in facets["Orador"]}
    assert chosen(facets, "Orador") == ["María Pérez"]
    assert links["María Pérez"] == {"q": ["acuerdo"]}
    assert links["Juan Gómez"]["orador"] == [" ".join(typed.split()), '"Juan Gómez"']


def test_a_part_of_a_name_typed_is_no_facets_value(client):
    facets = facet_links(page(client, "/?q=acuerdo&orador=P%C3%A9rez"))
    assert chosen(facets, "Orador") == []
