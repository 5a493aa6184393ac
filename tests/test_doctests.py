"""Every example in a module's docstring still holds: a reader takes them as the truth."""

import doctest
import importlib

import pytest

from tests.test_layers import MODULES

WITH_EXAMPLES = sorted(name for name, path in MODULES.items()
                       if ">>>" in path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_the_examples_of_a_modules_docstrings_hold(name):
    results = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert results.failed == 0 and results.attempted > 0
