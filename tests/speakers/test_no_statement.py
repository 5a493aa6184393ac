"""search.speakers.no_statement: verbs of saying that state no person's words where they stand."""

import pytest

from search.speakers.no_statement import counts_works, impersonal_report


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("en ella se alega que el bloqueo", 3, True),
        ("allí se afirma que no", 2, True),
        ("el texto , donde se asegura que no", 5, True),
        ("se afirma : « no »", 1, True),
        # a subject written: after the verb, before the apposition, or a pronominal verb
        ("» , se lamenta alicia", 3, False),
        ("ruiz , halagado , se decía que sí", 5, False),
        ("ruiz se quejó de que", 2, False),
        ("en ella se alega el bloqueo", 3, False),  # no `que` nor colon
    ],
)
def test_impersonal_report(text, index, expected):
    assert impersonal_report(text.split(), index) == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("45 adaptaciones y", True),
        ("varias telenovelas de", True),
        ("sus primeras novelas en", True),
        ("cuentos y poemas", True),
        ("en su cuenta", False),
        ("una carta a", False),
        ("que no", False),
        ("", False),
    ],
)
def test_counts_works(after, expected):
    assert counts_works(after.split()) == expected
