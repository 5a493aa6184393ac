"""What listing the other choices of a chosen facet costs a page (web/refinements.py).

    python -m bench.facet_filters INDEX_DIR [ROUNDS]

INDEX_DIR should hold the trial corpus (covid briefings, Chilean and Colombian news), whose
speakers and years PAGES names.

Renders search pages with a speaker, a period or both chosen, with the widened facets
(after) and with the facets of the filtered results alone (before), alternating the two
each round, and prints the median CPU milliseconds of each and their ratio. The results
cache is not used: each page is searched and rendered.
"""

import argparse
import statistics
import time

from web import create_app, views
from web.params import SearchParams
from web.refinements import widened_facets

PAGES = [
    SearchParams(q="vacuna", orador='"Hugo López-Gatell Ramírez"'),
    SearchParams(q="vacuna", desde="2021", hasta="2021"),
    SearchParams(q="vacuna", orador='"Hugo López-Gatell Ramírez"', desde="2021", hasta="2021"),
    SearchParams(q="dosis", orador="Alomía"),
    SearchParams(q="salud", desde="2020-03", hasta="2020-06"),
    SearchParams(q="salud"),  # no filter: no wider search
    # several values of a facet, any of them (search/retrieval/filter_values.py): one wider search a facet still
    SearchParams(q="vacuna", orador=('"Hugo López-Gatell Ramírez"', "Alomía")),
    SearchParams(q="salud", fecha=("2020", "2021"), orador=('"Hugo López-Gatell Ramírez"', "Alomía")),
]


def cpu_ms(app, index, params):
    """Return the CPU milliseconds of rendering the page of params."""
    with app.test_request_context("/"):
        started = time.process_time()
        views.results_page(index, params)
        return (time.process_time() - started) * 1000


def main(index_dir, rounds=7):
    app = create_app({"INDEX_DIR": index_dir, "TESTING": True})
    index = app.extensions["hemeroteca"].get()
    times = {(params, kind): [] for params in PAGES for kind in ("before", "after")}
    for params in PAGES:  # warm: posting caches, facet tables, names
        cpu_ms(app, index, params)
    for round_ in range(rounds):
        for kind in (("before", "after") if round_ % 2 else ("after", "before")):
            views.widened_facets = widened_facets if kind == "after" else (lambda *args: None)
            for params in PAGES:
                times[params, kind].append(cpu_ms(app, index, params))
    views.widened_facets = widened_facets
    print(f"{'page':70} {'before ms':>10} {'after ms':>10} {'ratio':>6}")
    for params in PAGES:
        before, after = (statistics.median(times[params, kind]) for kind in ("before", "after"))
        shown = "&".join(f"{name}={value}" for name, values in params.url_args().items()
                         for value in (values if isinstance(values, tuple) else (values,)))
        print(f"{shown:70} {before:10.1f} {after:10.1f} {after / before:6.2f}")
    app.extensions["hemeroteca"].close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index_dir", help="an index built by `hemeroteca build` (queries in PAGES)")
    parser.add_argument("rounds", nargs="?", type=int, default=7, help="rounds of each (default 7)")
    arguments = parser.parse_args()
    main(arguments.index_dir, arguments.rounds)
