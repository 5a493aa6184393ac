"""Issue 14, round 18 (sp18a): the person an article is about, credited on lines that state no one's statement,
from blind22's errors. Rows of my own wording, other names and shapes, with negatives.

- An impersonal `se` before a verb of saying and `que` or a colon, with no subject before it (`En ella se alega
  que…`, `Allí se afirma que…`), reports a text's or an unnamed source's words, not the person followed's
  (search.speakers.reporting._no_subject_before); `«…», se lamenta X`, `X se quejó de que…` and `X, molesta, se
  decía que…` keep their subject.
- A verb of writing whose object counts works (`escribió 45 adaptaciones`, `escribía novelas y cuentos`) tells an
  author's works, no statement (search.speakers.reporting._counts_works); `escribió en su cuenta que…`, `escribió una
  carta` and `«…», escribió X` stay statements.
- A body's name after its article in lower case, as no preposition's complement, before a quotation (`…, la
  Organización Mundial de la Salud ha repetido que “…”`) is whose the quoted words are, not the person followed's
  (search.speakers.quoted_terms.body_before_quote), as a capitalised article was already; a body in the words
  before a colon too (`La Dirección X tiene entre sus funciones: “…”`).
- An opening `“` glued to the word before it, with no letter after it (`…más probable“, adelantó X`), is a closing
  mark mistyped (search.speakers.quote_marks.scan): the quotation closes there and is not carried onto the next line.
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.quote_marks import scan

INTRO = ["Querella contra la red social", "La plataforma bloqueó la cuenta del sindicato durante una semana."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La abogada del sindicato, Irene Lago, presentó ayer una demanda. En ella se alega que el bloqueo vulnera "
         "sus derechos.", []),
        ("El portavoz Andrés Vela registró un escrito. Allí se afirma que la cuenta fue bloqueada sin aviso.", []),
        ("El portavoz Andrés Vela registró un escrito, donde se asegura que la cuenta fue bloqueada sin aviso.", []),
        # negatives: a subject after the verb, a pronominal verb of the person, a person's own statement
        ("«Nadie nos avisó del bloqueo ni de sus motivos», se lamenta Irene Lago, abogada del sindicato.",
         ["Irene Lago"]),
        ("La abogada Irene Lago se quejó de que nadie les avisó.", ["Irene Lago"]),
        ("La abogada Irene Lago, molesta, se decía que nadie les avisó.", ["Irene Lago"]),
        ("La abogada Irene Lago presentó una demanda y aseguró que el bloqueo vulnera sus derechos.", ["Irene Lago"]),
    ],
)
def test_an_impersonal_report_is_no_ones(line, expected):
    assert paragraph_speakers([*INTRO, line])[2] == expected


AUTHOR = ["Muere el guionista Rubén Ortega", "El guionista Rubén Ortega murió ayer en Lima a los 88 años."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ortega es recordado como un maestro del género; a lo largo de su carrera escribió 30 guiones y 12 novelas.",
         []),
        ("En su juventud, Ortega escribía cuentos y poemas para la radio local.", []),
        ("Ortega escribió varias telenovelas de éxito en los años setenta.", []),
        # statements in writing stay
        ("Ortega escribió en su cuenta que dejaba la televisión para siempre.", ["Rubén Ortega"]),
        ("«Me voy tranquilo, con todo dicho y hecho», escribió Ortega en su última carta.", ["Rubén Ortega"]),
    ],
)
def test_writing_works_is_no_statement(line, expected):
    assert paragraph_speakers([*AUTHOR, line])[2] == expected


HEALER = ["El remedio del exalcalde", "El exalcalde Darío Ponce aseguró que una infusión de hojas cura el virus.",
          "«Lo he probado en mi familia y funciona», dijo Ponce."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Sin embargo, la Organización Panamericana de la Salud ha venido repitiendo que “ningún remedio casero ha "
         "demostrado prevenir esta enfermedad”.", []),
        ("Como ya se dijo, el Ministerio de Salud lleva meses insistiendo en que “no hay cura conocida para este "
         "virus”.", []),
        # negatives: the body governed by a preposition; the person followed's quoted words about a body
        ("Ante las dudas de la Organización Panamericana, Ponce insistió: “lo he probado en mi familia y funciona”.",
         ["Darío Ponce"]),
        ("“Lo he probado en mi familia y funciona, aunque el Ministerio no lo crea”, añadió.", ["Darío Ponce"]),
    ],
)
def test_a_body_after_its_article_owns_the_quotation(line, expected):
    assert paragraph_speakers([*HEALER, line])[3] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La Dirección General de Aduanas tiene entre sus funciones: “vigilar la entrada de mercancías y cobrar los "
         "aranceles”.", []),
        ("El Instituto del Agua lo resume así: “ningún remedio casero sustituye a una vacuna probada”.", []),
        # the person followed's words after a colon with no body before it stay his
        ("A ello se suma otra idea: “lo he probado en mi familia y funciona sin ningún problema”.", ["Darío Ponce"]),
    ],
)
def test_a_body_before_a_colon_owns_the_quotation(line, expected):
    assert paragraph_speakers([*HEALER, line])[3] == expected


def test_an_opening_curly_mark_glued_after_a_word_closes():
    lines = ["El origen del virus", "El zoólogo Iván Rus visitó los mercados de la región.",
             "“Creemos que es la vía más probable de todas las que hemos estudiado“, adelantó Rus.",
             "La agencia presentará un informe en las próximas semanas con las conclusiones del equipo."]
    assert paragraph_speakers(lines)[2:] == [["Iván Rus"], []]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Es la vía más probable“, adelantó Rus.", None),
        ("Dijo: “no es así“. Y se fue.", None),
        ("Dijo: “no es así, y lo sabe todo el mundo", "”"),  # still open
    ],
)
def test_scan_a_mistyped_closing_mark(text, expected):
    assert scan(text, None, nested=True)[0] == expected
