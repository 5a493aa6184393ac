"""Every error a user can cause is a SearchError whose message names the input and the fix."""

import pytest

from search.errors import IndexNotFound, QueryError, RecordNotFound, SearchError, UnreadableFile


def test_an_unreadable_file_names_the_file_and_the_reason():
    error = UnreadableFile("docs/a.txt", "archivo vacío")
    assert str(error) == "docs/a.txt: archivo vacío"
    assert (error.path, error.reason) == ("docs/a.txt", "archivo vacío")


def test_a_missing_index_says_how_to_build_one():
    error = IndexNotFound("/tmp/ix", "la carpeta no existe")
    assert str(error).startswith("/tmp/ix: la carpeta no existe.")
    assert "hemeroteca index [RUTAS...] --index /tmp/ix" in str(error)


@pytest.mark.parametrize("kind", [UnreadableFile, IndexNotFound, RecordNotFound, QueryError])
def test_every_user_error_is_a_search_error(kind):
    assert issubclass(kind, SearchError)
