"""A small exception tree: every error a user can cause is a SearchError with a clear message."""


class SearchError(Exception):
    """Base of the errors that Hemeroteca reports to the user without a traceback."""


class UnreadableFile(SearchError):
    """A document file that can't be indexed: binary, empty, too large, gone or unreadable."""

    def __init__(self, path, reason):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


class IndexNotFound(SearchError):
    """There is no usable index in the given directory."""

    def __init__(self, index_dir, detail="aquí no hay ningún índice"):
        super().__init__(
            f"{index_dir}: {detail}. Constrúyalo con: hemeroteca index [RUTAS...] --index {index_dir}"
        )
        self.index_dir = str(index_dir)


class RecordNotFound(SearchError):
    """No paragraph or document has the given id."""


class QueryError(SearchError):
    """A search option the user gave can't be used (an unknown sort, a bad page number)."""
