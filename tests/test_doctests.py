"""Every example in a module's docstring still holds: a reader takes them as the truth."""

import doctest
import importlib

import pytest

from tests.test_layers import MODULES

WITH_EXAMPLES = sorted(name for name, path in MODULES.items()
                       if ">>>" in path.read_text(encoding="utf-8"))
# Stale examples in modules being changed on another branch; the lead empties this list.
STALE = {"search.speakers.headlines"}  # label_person now takes heading() as a callable


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_the_examples_of_a_modules_docstrings_hold(name):
    if name in STALE:
        pytest.skip("a stale example, being mended on another branch")
    results = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert results.failed == 0 and results.attempted > 0


def test_the_stale_list_names_modules_with_examples():
    assert set(WITH_EXAMPLES) >= STALE
