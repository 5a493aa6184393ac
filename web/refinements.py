"""Facets to switch by: a chosen speaker or period leaves the others listed, with their counts.

A facet counted over the filtered matches lists only what was chosen: with `orador` set, the
Orador facet held that speaker alone, and another could be chosen only after removing the
chip (trial34, 12). Meilisearch's refinement lists and Kibana count a facet over the search
without that facet's own filter, but with every other one ("disjunctive faceting",
https://www.algolia.com/doc/guides/managing-results/refine-results/faceting/): each value
then shows the count of the page its link leads to. So the Orador and Roles facets are those
of the same search without `orador`, and Año (with «Sin fecha») those of it without
`desde`/`hasta`/`fecha`; the timeline's months stay those of the results shown.

Each value is a toggle (templates/_facets.html): choosing a second speaker or year adds it,
any of them kept (`orador=A&orador=B`, `fecha=2020&fecha=2021`: OR within a facet, AND
across facets, search/retrieval/filter_values.py), so a value's count is that of its own page,
the others' matches being added to it when it joins them.

It costs one more search per facet with a filter chosen (none without one), each a page of one
hit (`python -m bench.facet_filters`), and the rendered page is cached (web/results_cache.py) as
any other. The page keeps one time limit (SEARCH_SECONDS): the wider searches get what its
first search left, not a limit each (a page with both filters could take three); a wider search
cut short, or left no time, leaves the filtered facets, and the page is not cached.
"""

from dataclasses import replace

# facet filter -> (its parameters, cleared; the facets its wider search gives)
FACET_FILTERS = {
    "orador": ({"orador": ()}, ("speakers", "roles")),
    "fecha": ({"desde": "", "hasta": "", "fecha": ()}, ("years", "undated")),
}


def widened_facets(params, results, run, budget) -> bool:
    """Replace, in results.facets, each facet whose filter params set by the counts of the search
    without that filter (FACET_FILTERS); run(params, seconds) returns a search's Results, with
    facets, searched within `seconds`; budget: the page's search.budget.Budget, begun before
    its first search, whose left() seconds each wider search gets.

    Changes results.facets in place (nothing without facets, or without a filter set); a wider
    search without facets (its words found nothing to count) leaves them as they were, and so
    does one that ran out of time (its counts are partial: the filtered ones stay). A search
    that ran out of time (Results.complete false) starts no other: its page says so already;
    nor does a page whose budget is spent. Returns False when a facet was left filtered for
    want of time (the page must not be cached), else True.
    """
    if results.facets is None or not results.complete:
        return True
    for cleared, names in FACET_FILTERS.values():
        if not any(getattr(params, name) for name in cleared):
            continue
        seconds = budget.left()
        if seconds <= 0:
            return False
        wider = run(replace(params, page=1, limit=1, **cleared), seconds)
        if not wider.complete:
            return False
        if wider.facets is not None:
            results.facets.update({name: wider.facets[name] for name in names})
    return True
