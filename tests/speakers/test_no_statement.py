"""search.speakers.no_statement: verbs of saying that state no person's words where they stand."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.no_statement import counts_works, impersonal_report, tells_being


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


@pytest.mark.parametrize(("before", "word", "after", "expected"), [
    ("", "confirmarse", "como la gran", True),
    ("se", "confirmó", "como líder del", True),
    ("", "promete", "ser el nombre", True),
    ("", "prometía", "convertirse en figura", True),
    # negatives: what is confirmed or promised is said
    ("", "confirmó", "que la obra", False),
    ("se", "confirmó", "que la obra", False),
    ("", "prometió", "que bajará los", False),
    ("", "promete", "bajar los impuestos", False),
    ("", "promete", "", False),
])
def test_tells_being(before, word, after, expected):
    assert tells_being(before, word, after.split()) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Y en Francia, el delantero Tomás Vera busca confirmarse como la gran figura del torneo.", []),
    ("El joven Iván Peña promete ser el nombre más comentado del fin de semana.", []),
    ("La atleta Sara Benítez se confirmó como la mejor del mundial.", []),
    # negatives: a promise or a confirmation that says something
    ("El alcalde Iván Peña prometió que bajará los impuestos.", ["Iván Peña"]),
    ("La ministra Sara Benítez confirmó que la obra está lista.", ["Sara Benítez"]),
])
def test_a_verb_of_saying_that_tells_what_one_is(line, expected):
    assert paragraph_speakers(["Titular", "El torneo empieza el sábado.", line])[2] == expected
