"""Appositions that lose the thread (search.speakers.mentions): a role set off by commas after a name is that name's
apposition only when it agrees with it in gender, and a name set off after a role governed by a preposition is
governed too. Otherwise a name in a fronted clause (`Tras saludar a la alcaldesa, X, …`) is taken for the subject
of the statement that follows, and the article's thread goes to the person greeted. Cases of my own wording, with
other names, roles and shapes, and the negatives: a real apposition of the subject, in either gender, a role with
no gender, a visit, a meeting."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genders import tokens_gender

HEAD = "Cierre de campaña en Zacatecas"
# Introduced with a former office (sp18b): one the text gave a present office (`El presidente del partido, X`) is not
# whom `el exgobernador` names; a past office is a fact of its own.
ANCHOR = "El exgobernador de Sonora, Ramiro Escalante Vidal, llegó a la capital por la mañana."


@pytest.mark.parametrize(
    "line, expected",
    [
        # a masculine role after a woman named as the object of a fronted clause: the role is the subject
        ("Tras saludar a la candidata Adriana Solís, el exgobernador de Sonora, aseguró que ganarán.",
         ["Ramiro Escalante Vidal"]),
        ("Luego de tomarle protesta a la aspirante, Adriana Solís como abanderada de la alianza, el exgobernador "
         "de Sonora, afirmó que el estado cambiará.", ["Ramiro Escalante Vidal"]),
        ("Luego de tomarle protesta a la aspirante, Adriana Solís como abanderada de la alianza, el ex diputado "
         "federal, afirmó que el estado cambiará.", []),  # nobody introduced as such (sp18b)
        # …and a former office nobody was introduced with names nobody (sp18b), least of all the woman greeted
        ("Después de abrazar a Adriana Solís, el exsenador, señaló que la campaña fue limpia.", []),
        # negatives: a real apposition of the subject, in either gender
        ("Adriana Solís, la candidata de la alianza, aseguró que ganará.", ["Adriana Solís"]),
        ("Julián Ocaña, el exalcalde de Fresnillo, declaró que lo apoyará.", ["Julián Ocaña"]),
        ("La candidata, Adriana Solís, aseguró que ganará.", ["Adriana Solís"]),
        # a visit and a meeting, no one's statement
        ("Tras saludar a la candidata Adriana Solís, el exgobernador visitó el mercado.", []),
        ("El dirigente recibió a la candidata, Adriana Solís, en la sede del partido.", []),
    ],
)
def test_a_fronted_object_and_its_apposition_are_not_the_subject(line: str, expected: list[str]):
    assert paragraph_speakers([HEAD, ANCHOR, line])[2] == expected


def test_a_governed_apposition_does_not_take_the_thread():
    """The quotation after the statement goes on with the speaker, not with the woman greeted."""
    got = paragraph_speakers([
        HEAD, ANCHOR,
        "Tras saludar a la candidata, Adriana Solís, el exgobernador de Sonora, aseguró que ganarán.",
        '"Vamos a ganar en todo el estado", dijo.',
    ])
    assert got[2:] == [["Ramiro Escalante Vidal"], ["Ramiro Escalante Vidal"]]


@pytest.mark.parametrize(
    "line",
    [
        "Tras presentar a Julián Ocaña, la exalcaldesa de Fresnillo, declaró que lo apoyará.",
        "Al despedir a Tomás Ugarte, la senadora por Zacatecas, dijo que lo echará de menos.",
    ],
)
def test_a_feminine_role_after_a_man_governed_is_not_his(line: str):
    """Who the role stands for is the role resolution's to decide; the man presented is not the speaker."""
    got = paragraph_speakers([HEAD, ANCHOR, line])[2]
    assert not any(name in ("Julián Ocaña", "Tomás Ugarte") for name in got)


@pytest.mark.parametrize(
    "tokens, gender",
    [(["Adriana", "Solís"], "f"), (["Julián", "Ocaña"], "m"), (["Solís"], None), ([], None)],
)
def test_tokens_gender(tokens: list[str], gender: str | None):
    assert tokens_gender(tokens) == gender


OPENING = "Debate en el Congreso de Nuevo León"


@pytest.mark.parametrize(
    "line, expected",
    [
        # a nickname in quotation marks set off by commas is the name's apposition, not a quotation
        ('Héctor Salas Pruneda, "El Tigre", aseguró que no se retirará de la contienda.', ["Héctor Salas Pruneda"]),
        ('El pasado lunes, el aspirante independiente, Rubén Treviño, "El Güero", sugirió llamar "traidores" a los '
         "desertores.", ["Rubén Treviño"]),
        ("La exjueza Olga Ibarra, «La Dama de Hierro», declaró que apelará.", ["Olga Ibarra"]),
        # negatives: a quotation closing before the verb, a quoted title after a body, a nickname with no statement
        ('"No me retiraré", aseguró.', []),
        ('El sindicato, "La Voz Obrera", aseguró que irá a la huelga.', []),
        ('Héctor Salas Pruneda, "El Tigre", visitó la sede del partido.', []),
    ],
)
def test_a_quoted_nickname_is_an_apposition(line: str, expected: list[str]):
    assert paragraph_speakers([OPENING, line])[1] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # an infinitive of saying after a temporal preposition: the clause's subject said it
        ("El líder nacional del partido, Héctor Salas Pruneda, se metió en problemas tras comentar que los "
         "desertores son traidores.", ["Héctor Salas Pruneda"]),
        ("La alcaldesa Inés Barragán causó polémica después de afirmar que la obra no se hará.", ["Inés Barragán"]),
        ("El entrenador Tomás Ugarte abandonó la sala luego de advertir que no habrá cambios.", ["Tomás Ugarte"]),
        ("La diputada Olga Ibarra se desmarcó del partido al recalcar que votará en contra.", ["Olga Ibarra"]),
        # negatives: someone else's statement in a `que` clause, a body's act, an infinitive that says nothing
        ("La alcaldesa Inés Barragán viajó a Monterrey luego de que su rival dijera que la obra no se hará.", []),
        ("El consorcio canceló la obra tras anunciar que no habrá fondos.", []),
        ("La alcaldesa Inés Barragán viajó a Monterrey tras inaugurar el puente que une los dos barrios.", []),
    ],
)
def test_an_infinitive_of_saying_after_a_temporal_preposition(line: str, expected: list[str]):
    assert paragraph_speakers([OPENING, line])[1] == expected


GREETINGS = "Llueven las felicitaciones a la nueva alcaldesa"


@pytest.mark.parametrize(
    "line, expected",
    [
        # items set apart by semicolons, each with its apposition, share the plural verb of saying
        ("Ana Ruiz, presidenta de la patronal; Pedro Gil, director de Cementos del Norte; el empresario Luis Mora y "
         "otros más felicitaron a la ganadora.", ["Ana Ruiz", "Pedro Gil", "Luis Mora"]),
        ("La rectora Inés Vidal (UNAM); Tomás J. Ugarte, presidente del colegio, y la jueza Olga Ibarra aseguraron "
         "que la jornada fue limpia.", ["Inés Vidal", "Tomás J. Ugarte", "Olga Ibarra"]),
        # negatives: an item with its own verb ends the list; a singular verb takes the last item only
        ("El cabildo aprobó el plan; Pedro Gil, director de Cementos del Norte, y Luis Mora aseguraron que es bueno.",
         ["Pedro Gil", "Luis Mora"]),
        ("Ana Ruiz, presidenta de la patronal; Pedro Gil, director de Cementos del Norte; Luis Mora asistieron a la "
         "toma de protesta.", []),
    ],
)
def test_a_list_set_apart_by_semicolons_shares_the_verb(line: str, expected: list[str]):
    assert paragraph_speakers([GREETINGS, line])[1] == expected
