"""Tests for web/editions.py: the name of the index a page of results was made from, and the
notice of a page reached from another one (the behaviour across a real update is in
test_live_index.py)."""

import re

import pytest

from web.editions import changed_notice, index_token, page_url
from web.params import SearchParams


def test_the_token_is_twelve_hex_digits_and_stable_for_one_version(app):
    with app.test_request_context("/"):
        token = index_token()
        assert re.fullmatch(r"[0-9a-f]{12}", token) and index_token() == token


def test_a_pager_link_carries_the_token_it_was_made_from(app):
    with app.test_request_context("/"):
        url = page_url(SearchParams(q="China", page=1), 2, "abcdef012345")
    assert "page=2" in url and "indice=abcdef012345" in url and "q=China" in url


@pytest.mark.parametrize("page, seen, said", [
    (2, "000000000000", True),  # made from another version: the results have moved
    (2, None, False),  # the current version: nothing to say
    (2, "", False),  # a URL without `indice` (typed, or from before pages carried it)
    (1, "000000000000", False),  # the first page has no page before it
])
def test_a_page_says_the_index_changed_only_when_it_did(app, page, seen, said):
    with app.test_request_context("/"):
        seen = index_token() if seen is None else seen
    with app.test_request_context(f"/?q=China&page={page}&indice={seen}"):
        notice = changed_notice(SearchParams(q="China", page=page))
    assert ("El índice cambió" in notice) is said
    assert not said or 'href="/?q=China"' in notice  # back to the first page, without `page`
