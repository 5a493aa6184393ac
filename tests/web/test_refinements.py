"""Facets to switch by (web/refinements.py), through Flask's test client: with a speaker or a
period chosen, its facet still lists the others, each with the count of its own page, and its
link adds it to the facet's choices (any of them) or takes it out."""

import json
import re
from html import unescape
from urllib.parse import parse_qs, quote_plus, urlencode, urlsplit

import pytest

from tests.conftest import build_texts_index
from tests.web.conftest import page
from web import create_app

MARIA = "%22Mar%C3%ADa+P%C3%A9rez%22"


def facet_links(html):
    """Return the side facets of a page: {heading: [(value, count, URL, whether it is chosen)]}."""
    aside = html[html.index('<aside class="facets"'):html.index("</aside>")]
    facets = {}
    for heading, items in re.findall(r"<h2>([^<]+)</h2>\s*<ul>(.*?)</ul>", aside, re.S):
        facets[unescape(heading)] = [
            (unescape(value), int(count.replace(".", "")), unescape(url), current == "true")
            for url, current, value, count in re.findall(
                r'<a href="([^"]+)" role="checkbox" aria-checked="(true|false)">([^<]+)</a> '
                r'<span class="count">([\d.]+)</span>', items)]
    return facets


def chosen_values(url, heading):
    """Return the values a URL chooses in a facet (by its heading), as a set of texts shown."""
    args = parse_qs(urlsplit(url).query)
    if heading == "Año":
        legacy = args.get("desde", []) if args.get("desde") == args.get("hasta") else []
        return set(args.get("fecha", []) + legacy)
    return {name.strip('"') for name in args.get("orador", [])}


def alone(url, heading, value):
    """Return url with a facet's choices replaced by one value: the page its count counts."""
    args = parse_qs(urlsplit(url).query)
    if heading == "Año":
        args.pop("desde", None), args.pop("hasta", None)
        args["fecha"] = ["sin fecha" if value == "Sin fecha" else value]
    else:
        args["orador"] = [f'"{value}"']
    return "/?" + urlencode(args, doseq=True)


def total(html):
    """Return the number of results a page says it found (0 for none)."""
    found = re.search(r"([\d.]+) resultados? para", html)
    return int(found.group(1).replace(".", "")) if found else 0


@pytest.mark.parametrize("url, speakers, years, current", [
    # trial34, 12: with María Pérez chosen, the facet listed her alone
    (f"/?q=acuerdo&orador={MARIA}", ["María Pérez", "<b>Eve</b>", "Juan Gómez", "Vladímir Putin", "Wang Yi"],
     ["2019", "2021"], {"María Pérez"}),
    ("/?q=acuerdo&desde=2021&hasta=2021", ["<b>Eve</b>", "Juan Gómez", "María Pérez"],
     ["2019", "2020", "2021"], {"2021"}),
    ("/?q=China&orador=%22Wang+Yi%22&desde=2020&hasta=2020", ["Wang Yi", "Sergey Lavrov", "Vladímir Putin"],
     ["2020"], {"Wang Yi", "2020"}),
    ("/?q=China&orador=%22Juan+G%C3%B3mez%22&sort=date",
     ["Wang Yi", "María Pérez", "Sergey Lavrov", "Juan Gómez", "Vladímir Putin"], ["2021"], {"Juan Gómez"}),
    # without a filter: the facets of the results, none current
    ("/?q=acuerdo", ["María Pérez", "<b>Eve</b>", "Juan Gómez", "Vladímir Putin", "Wang Yi"],
     ["2019", "2020", "2021"], set()),
])
def test_a_chosen_facet_lists_the_others_with_the_counts_of_their_pages(client, url, speakers, years, current):
    html = page(client, url)
    facets = facet_links(html)
    assert [value for value, *_ in facets["Orador"]] == speakers
    assert [value for value, *_ in facets["Año"]] == years
    assert {value for rows in facets.values() for value, _, _, chosen in rows if chosen} == current
    for heading, rows in facets.items():
        for value, count, link, chosen in rows:
            # the count is what the value finds alone, the other facets' filters kept
            assert total(page(client, alone(url, heading, value))) == count, (value, link)
            # its link adds it to the facet's choices, or takes it out
            assert (chosen_values(link, heading) < chosen_values(url, heading)) is chosen, (value, link)
    assert "sort=date" not in url or all("sort=date" in link for rows in facets.values() for *_, link, _ in rows)


def test_the_results_and_the_api_stay_filtered(client):
    html = page(client, f"/?q=acuerdo&orador={MARIA}")
    assert total(html) == 2 and "teletipos#3" not in html  # Juan Gómez's, listed in the facet only
    assert "Resultados por mes: 2019-03 a 2021-06" in html  # the timeline: the results shown
    api = client.get("/api/search?q=acuerdo&orador=%22Mar%C3%ADa%20P%C3%A9rez%22").get_json()
    assert [row["name"] for row in api["facets"]["speakers"]] == ["María Pérez"]  # the API's facets: of its results


@pytest.mark.parametrize("url, seconds, searches", [
    (f"/?q=acuerdo&orador={MARIA}", 60.0, 2),
    (f"/?q=acuerdo&orador={MARIA}&desde=2021&hasta=2021", 60.0, 3),  # one wider search a chosen facet
    ("/?q=acuerdo", 60.0, 1),
    (f"/?q=acuerdo&orador={MARIA}", 0, 1),  # out of time (before its facets): no other search is started
])
def test_a_wider_search_runs_for_each_chosen_facet_only(web_index, monkeypatch, url, seconds, searches):
    from search.retrieval import searching

    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True, "SEARCH_SECONDS": seconds})
    ran = []
    real = searching.search
    monkeypatch.setattr(searching, "search", lambda *args, **options: ran.append(options) or real(*args, **options))
    page(app.test_client(), url)
    app.extensions["hemeroteca"].close()
    assert len(ran) == searches


# 18 people whose names share no word, nor one a typo away (close names are joined as one person)
PEOPLE = ["Ana Castro", "Beatriz Olmedo", "Carlos Fuentes", "Diana Quiroga", "Elena Barrios", "Felipe Zamora",
          "Gloria Ibáñez", "Héctor Valdivia", "Irene Sotomayor", "Jorge Echeverría", "Karina Montalvo",
          "Luis Pizarro", "Marta Villegas", "Nicolás Urrutia", "Óscar Bermúdez", "Paula Grajales",
          "Ramiro Tapia", "Sonia Arancibia"]


@pytest.fixture(scope="module")
def many_speakers(tmp_path_factory):
    """Return an index where 18 people say «vacuna», PEOPLE[N - 1] in N paragraphs (the last the most)."""
    rows = [{"id": f"r{n}-{k}", "doc": "ronda", "date": "2021-01-01", "speaker": name,
             "text": f"La vacuna llegó, dijo {n}."} for n, name in enumerate(PEOPLE, 1) for k in range(n)]
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    return build_texts_index(tmp_path_factory, "many-speakers", {"ronda.jsonl": text})


@pytest.mark.parametrize("chosen, listed, more", [
    ("Ana Castro", 16, "y 2 más"),  # the last by count: shown after the first 15
    ("Jorge Echeverría", 15, "y 3 más"),  # among the first 15: shown in its place
    ("", 15, "y 3 más"),
])
def test_the_chosen_speaker_is_listed_wherever_it_ranks(many_speakers, chosen, listed, more):
    app = create_app({"INDEX_DIR": str(many_speakers), "TESTING": True})
    url = "/?q=vacuna" + (f"&orador=%22{quote_plus(chosen)}%22" if chosen else "")
    html = page(app.test_client(), url)
    app.extensions["hemeroteca"].close()
    rows = facet_links(html)["Orador"]
    assert len(rows) == listed and more in html
    assert [value for value, *_, current in rows if current] == ([chosen] if chosen else [])


def _searches(monkeypatch, cut_after=None, cut="no time"):
    """Record every search's options; the searches after the first `cut_after` (None: none) are cut short:
    given no time («no time»: no facets), or stopped once their facets were counted («late»: a part
    stopped, as the phrase check does, and the facets count what was found by then)."""
    from search.retrieval import searching

    ran = []
    real = searching.search

    def recorded(*args, **options):
        ran.append(dict(options))
        if cut_after is None or len(ran) <= cut_after:
            return real(*args, **options)
        if cut == "no time":
            return real(*args, **dict(options, seconds=0))
        results = real(*args, **options)
        results.complete = False
        return results

    monkeypatch.setattr(searching, "search", recorded)
    return ran


@pytest.mark.parametrize("url, searches", [
    (f"/?q=acuerdo&orador={MARIA}", 2),
    (f"/?q=acuerdo&orador={MARIA}&desde=2021&hasta=2021", 3),
])
def test_the_wider_searches_get_the_time_the_page_has_left(web_index, monkeypatch, url, searches):
    """review34, 4: one time limit for the page, not SEARCH_SECONDS again for each wider search."""
    ran = _searches(monkeypatch)
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True, "SEARCH_SECONDS": 60.0})
    page(app.test_client(), url)
    app.extensions["hemeroteca"].close()
    seconds = [options["seconds"] for options in ran]
    assert len(seconds) == searches and seconds[0] == 60.0
    assert all(60.0 > later >= latest > 0 for later, latest in zip(seconds[1:], seconds[2:] + seconds[-1:]))


@pytest.mark.parametrize("url, cut_after, speakers, years", [
    # the speakers' wider search runs out of time: the filtered facets stay, not its partial counts
    (f"/?q=acuerdo&orador={MARIA}", 1, ["María Pérez"], ["2019", "2021"]),
    (f"/?q=acuerdo&orador={MARIA}&desde=2021&hasta=2021", 1, ["María Pérez"], ["2021"]),
    # the years' runs out after the speakers' was done: the speakers widened, the years filtered
    (f"/?q=acuerdo&orador={MARIA}&desde=2021&hasta=2021", 2, ["<b>Eve</b>", "Juan Gómez", "María Pérez"], ["2021"]),
    (f"/?q=acuerdo&orador={MARIA}", None,  # in time: widened, and the page cached
     ["María Pérez", "<b>Eve</b>", "Juan Gómez", "Vladímir Putin", "Wang Yi"], ["2019", "2021"]),
])
@pytest.mark.parametrize("cut", ["no time", "late"])
def test_a_wider_search_out_of_time_leaves_the_filtered_facets(web_index, monkeypatch, url, cut_after, speakers,
                                                               years, cut):
    ran = _searches(monkeypatch, cut_after, cut)
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True, "SEARCH_SECONDS": 60.0})
    client = app.test_client()
    html = page(client, url)
    facets = facet_links(html)
    assert [value for value, *_ in facets["Orador"]] == speakers
    assert [value for value, *_ in facets["Año"]] == years
    first = len(ran)
    page(client, url)  # a page with facets left filtered is not cached: its searches run again
    app.extensions["hemeroteca"].close()
    assert (len(ran) > first) is (cut_after is not None)


@pytest.mark.parametrize("seconds, widened", [(0.0, False), (60.0, True)])
def test_a_page_with_no_time_left_starts_no_wider_search(web_index, seconds, widened):
    """The page's budget spent by its first search: the filtered facets stay, and the page says not to cache."""
    from werkzeug.datastructures import MultiDict

    from search.budget import Budget
    from search.retrieval import searching
    from search.retrieval.reader import open_index
    from web.params import parse_params
    from web.refinements import widened_facets

    params = parse_params(MultiDict({"q": "acuerdo", "orador": '"María Pérez"'}))
    index = open_index(web_index)
    try:
        results = searching.search(index, params.q, **dict(params.search_options(), facets=True))
        ran = []

        def run(wider, left):
            ran.append(left)
            return searching.search(index, wider.q, **dict(wider.search_options(), facets=True, seconds=left))

        assert widened_facets(params, results, run, Budget(seconds)) is widened
    finally:
        index.close()
    assert len(ran) == widened and all(0 < left <= seconds for left in ran)
    assert len(results.facets["speakers"]) == (5 if widened else 1)
