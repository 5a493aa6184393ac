"""Recall on unseen news, round 15 (search.speakers.people, names, focus_lines, quoted_terms): the document's
article gives a person's gender (`la ecologista Dominique Lavalle`), so a role of that gender finds her; a name in
brackets after an office's complement names who holds it, not another name of the complement (`el secretario de
Vivienda (Ana Morales)`); a description speaks after a fronted adjunct of any length; a quotation opened by `"¿`
runs on, and an aspect verb before `de` and an infinitive reports nothing. Cases of my own wording and names, with
negatives: a man introduced with `el`, a role of the other gender, a woman only met, a nickname and an exonym
still linked, an adjunct with a verb of saying of its own, an impersonal report."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.focus_lines import left_open
from search.speakers.genders import introduced_gender
from search.speakers.names import linked_aliases
from search.speakers.quoted_terms import closed_impersonally

RIVER = "Debate sobre el agua en el río Lerma"
REPLY = '"Es una propuesta precipitada", dijo Ferrer.'


@pytest.mark.parametrize(
    "introduced, later, expected",
    [
        # a given name the lexicon does not read as a woman's, told by the article before it
        ("El diputado Tomás Ferrer respondió a la ecologista Dominique Lavalle, quien asegura que falta vigilancia.",
         "La diputada ecologista advirtió que presentará una denuncia.", ["Dominique Lavalle"]),
        ("El concejal Tomás Ferrer contestó a la independiente Alexis Paredes, quien sostiene que no hay dinero.",
         "La diputada advirtió que llevará el caso a la fiscalía.", ["Alexis Paredes"]),
        # negatives: the same name introduced as a man; a role of the other gender; a woman only criticised
        ("El diputado Tomás Ferrer respondió al ecologista Dominique Lavalle, quien asegura que falta vigilancia.",
         "La diputada ecologista advirtió que presentará una denuncia.", []),
        ("El diputado Tomás Ferrer respondió a la ecologista Dominique Lavalle, quien asegura que falta vigilancia.",
         "El diputado ecologista advirtió que presentará una denuncia.", ["Tomás Ferrer"]),
        ("El diputado Tomás Ferrer criticó a la ecologista Dominique Lavalle por su campaña.",
         "La diputada ecologista advirtió que presentará una denuncia.", []),
    ],
)
def test_the_article_before_a_name_gives_its_gender(introduced: str, later: str, expected: list[str]):
    assert paragraph_speakers([RIVER, introduced, REPLY, later])[3] == expected


@pytest.mark.parametrize(
    "before, expected",
    [
        (["la", "perredista"], "f"),
        (["el", "independiente"], "m"),
        (["de", "la", "tenista"], "f"),
        (["del", "socialista"], "m"),
        (["la"], None),  # no noun: `la Francis` is no evidence read here
        (["en", "la"], None),
        (["a", "la", "que"], None),  # a function word, not a noun
        (["visitó", "a"], None),
        (["el", "crédito"], None),  # an object before an inverted subject: `daba el crédito Petra`
        (["al", "rato"], None),  # a time
        (["la", "acompañara"], None),  # a clitic and a verb: `la acompañara Fernando`
        (["la", "quisiera"], None),
    ],
)
def test_introduced_gender(before: list[str], expected: str | None):
    assert introduced_gender(before) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # brackets after an office's complement name who holds the office
        (["Plan de vivienda",
          '"Parece que el secretario de Vivienda (Ana Morales) deja todo a los diputados", dijo Luis Ortega.',
          "En enero, la secretaria de Vivienda, Ana Morales, dijo que el plan está listo."], ["Ana Morales"]),
        (["Presupuesto", "Ortega criticó al ministro de Hacienda (Jorge Lira) por el retraso.",
          '"No hay dinero", dijo el ministro de Hacienda, Jorge Lira.'], ["Jorge Lira"]),
        # negatives: a nickname and an exonym are still one person's other names
        (["Boxeo en Tijuana", "El boxeador Saúl Olmos, conocido como Tornado, llegó a Las Vegas.",
          '"Voy a ganar", dijo Tornado.'], ["Saúl Olmos"]),
        (["Geografía", "El geógrafo Estrabón (Strabo, en latín) describió la cueva.",
          "Strabo reconoció que el gas mataba."], ["Estrabón"]),
    ],
)
def test_brackets_after_an_office_name_its_holder(paragraphs: list[str], expected: list[str]):
    assert paragraph_speakers(paragraphs)[-1] == expected


def test_linked_aliases_skip_a_complement():
    assert linked_aliases(["El titular de Pesca (Rosa Ibáñez) habló."]) == {}
    assert linked_aliases(["Samuel Clemens, alias Mark Twain, escribió."]) == {"mark twain": "Samuel Clemens"}


REGISTRY = "Registra Prieto su candidatura al gobierno"
ARRIVAL = "Acompañada por dirigentes de su partido, Rosa Prieto acudió al instituto electoral para registrarse."
CREDIT = '"Vamos a ganar", dijo Prieto ante sus simpatizantes.'


@pytest.mark.parametrize(
    "line, expected",
    [
        # a description after an adjunct fronted before it, however long, is the subject: the one in focus
        ("Después de presentar los requisitos legales para su registro, la candidata destacó que será limpia.",
         ["Rosa Prieto"]),
        ("A través de las redes y ante las preguntas de sus seguidores, la aspirante confirmó que irá al debate.",
         ["Rosa Prieto"]),
        # negatives: a description of the other gender; a clause with its own verb of saying before the comma
        ("Después de presentar los requisitos legales para su registro, el candidato destacó que será limpia.", []),
        ("Después de que la candidata destacó que será limpia, el presidente del instituto confirmó el registro.", []),
    ],
)
def test_a_description_after_a_fronted_adjunct(line: str, expected: list[str]):
    assert paragraph_speakers([REGISTRY, line, ARRIVAL, CREDIT])[1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"¿Qué no habré vivido?', True),
        ('"¡Qué noche la de ayer!', True),
        ('dijo: "Y a ti.', True),
        ('"¿Por qué?", preguntó.', False),
        ('Lo dijo así: "¿Quién sabe?" y se fue.', False),
    ],
)
def test_a_straight_mark_before_an_opening_question_opens(text: str, expected: bool):
    assert left_open(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('…me han visto", continúa mientras se termina de arreglar.', False),
        ('…me han visto", sigue mientras se acaba de peinar.', False),
        ('…Es todo" son algunas de las opiniones que se pueden leer en su cuenta.', True),
        ("…basta», se lee en la pancarta.", True),
    ],
)
def test_an_aspect_verb_reports_nothing(text: str, expected: bool):
    assert closed_impersonally(text) is expected


def test_a_run_of_quoted_questions_goes_on_with_the_actress():
    """A quotation that opens with `"¿` after the actress's credited line is hers until it closes."""
    got = paragraph_speakers([
        "Elena Robles, la abuela del cine",
        "La actriz Elena Robles recibió un homenaje en Guadalajara por sus cincuenta años de carrera.",
        "Encarnó a la madre abnegada en decenas de películas, un papel que repitió muchas veces.",
        '"Pedirme a mí que hable de teatro es curioso", dice con humor la actriz en un video.',
        '"¿Qué no habré hecho?',
        "¿Qué no habré sufrido?",
        'Es como pedirme que cuente mi vida", continúa mientras se termina de peinar frente al espejo.',
        "El homenaje terminó con una ovación del público.",
    ])
    assert got[3:] == [["Elena Robles"]] * 4 + [[]]


COUPLE = [
    "Una pareja discreta del mundo del arte",
    "La escritora Marta León se casó con el pintor Julio Vera en 2001, después de una década de amistad.",
    '"Nos conocimos en una feria del libro", dijo León en la presentación de su novela.',
    '"Fue amor a primera vista", aseguró Vera.',
]


@pytest.mark.parametrize(
    "line, expected",
    [
        # a pronoun as the subject of a verb of saying stands for the last person of its gender who speaks here
        ("De hecho, fue trabajando de periodista cuando conoció a Vera, con quien lleva 17 años casada, contaron "
         "ambos en una entrevista.", ["Marta León", "Vera"]),
        ("Fue después de la muerte de la madre de Vera cuando se mudaron a Oaxaca, contó este.", ["Vera"]),
        # negatives: a pronoun after a preposition or as an object; a demonstrative before a noun; no verb of saying
        ("Habló con ella sobre el acuerdo y la fecha de la boda.", []),
        ("Este año recibirán un premio de la academia.", []),
        ("Ella pintó el mural de la estación en tres semanas.", []),
    ],
)
def test_a_pronoun_subject_of_a_verb_of_saying(line: str, expected: list[str]):
    assert paragraph_speakers([*COUPLE, line])[4] == expected


def test_a_pronoun_after_a_body_finds_the_person_mentioned():
    """`Ella menciona que…` after a medium's report: the user it introduced, who speaks further on."""
    got = paragraph_speakers([
        "Estudiantes que buscan mecenas en internet",
        "La plataforma de citas tiene más de un millón de usuarios en el país.",
        "Como informa el diario local, muchos estudiantes la usan para pagar sus deudas.",
        "El diario retoma el caso de Ngozi, una usuaria de la plataforma de 24 años que estudia en línea.",
        "Ella menciona que, desde el principio, todos dicen qué están buscando.",
        '"En mi perfil digo que estudio y que busco ayuda para pagar la escuela", dice Ngozi.',
    ])
    assert got[4] == ["Ngozi"]


def test_a_pronoun_for_someone_who_never_speaks_gives_no_one():
    """`esta` points at the judge just mentioned, who says nothing in the article: not at the woman who spoke."""
    got = paragraph_speakers([
        *COUPLE, "La jueza Rosa Díaz, que los casó, guarda el acta en su despacho.",
        "Fue en una ceremonia sencilla en Oaxaca, contó esta.",
    ])
    assert got[5] == []
