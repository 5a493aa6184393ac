"""A description that is the subject of a verb of saying points back (search.speakers.noun_phrases._spoken_of): it
never names someone its own statement speaks of by name (`El experto ha señalado que el discurso de X…`: the expert
is not X), whom a speaker would call `él` or `yo`. Issue 14, round 20: the kind of the recall errors of the
unseen news sets where a role noun took the person named in its own statement. Rows of my own wording."""

import pytest

from search.speakers import attributions, paragraph_speakers

OBSERVER = ["Las claves del discurso del ministro",
            "Nada se le escapa a un buen observador. Pedro Gómez Ruiz, que estudia desde hace años los gestos de los "
            "políticos, resume el discurso en dos palabras y señala tres claves."]
COUNCILLOR = ["Abre el museo", "Rubén Ortega ha explicado que el calendario está listo."]


@pytest.mark.parametrize(("lines", "expected"), [
    # the role before its verb, the name in what the verb says: the one the text followed
    (["El experto ha señalado en una tertulia que la intervención de Hugo Ferrer le pareció «serena» y «firme».",
      "El experto sostiene que la corbata elegida no es casual."],
     [["Pedro Gómez Ruiz"], ["Pedro Gómez Ruiz"]]),
    # the role after its verb, the name in the quotation before it
    (["«Hugo Ferrer no dudó ni un segundo», escribe el experto en su web."], [["Pedro Gómez Ruiz"]]),
    # the name in the content is the only candidate: no one, rather than the person spoken of
    (["El especialista afirmó que Hugo Ferrer acertó."], [["Pedro Gómez Ruiz"]]),
])
def test_a_described_subject_is_not_the_person_its_statement_names(lines, expected):
    assert paragraph_speakers([*OBSERVER, *lines])[2:] == expected


def test_a_role_does_not_take_the_official_named_in_its_own_words():
    """`El edil ha indicado que … del alcalde, X, …`: the mayor is spoken of; the councillor is not him."""
    line = "El edil ha indicado que la reforma responde a una vieja promesa del alcalde, Jorge Sáez, a los vecinos."
    assert "Jorge Sáez" not in paragraph_speakers([*COUNCILLOR, line])[2]


@pytest.mark.parametrize(("lines", "expected"), [
    # negative: a role and its own name in apposition stay one person
    (["Así lo ha detallado este martes el concejal de Turismo, Rubén Ortega."], [["Rubén Ortega"]]),
    # negative: a name before the verb in the narrator's words may be the speaker's own
    (["La actriz Laura Pinto salió ilesa del accidente, según informó la propia actriz."], [["Laura Pinto"]]),
    # negative: the role in a quotation, the name out of it: two statements, the rule does not reach across
    (["«Como el presidente ha dicho, la ley llegará en marzo», dijo la ministra Elena Ruiz sobre el plan de "
      "Tomás Varela."], [["Elena Ruiz"]]),
])
def test_the_rule_keeps_appositions_and_stops_at_a_quotation(lines, expected):
    assert paragraph_speakers(["Titular", *lines])[1:] == expected


def test_the_trace_names_a_verb_that_is_no_passive_by_its_subject():
    """`ha señalado` is a participle of a passive only with `por` after it; with a described subject the trace says
    `verb:described` (search.speakers.mechanisms)."""
    line = "El experto ha señalado en una tertulia que la intervención de Hugo Ferrer fue firme."
    assert attributions([*OBSERVER, line])[2] == {"Pedro Gómez Ruiz": "verb:described"}


FOLLOWED_OFFICE = ["Titular", "Luis Mora anunció el domingo, por sorpresa, un acuerdo de compra de trigo.",
                   "El presidente de Venezuela dijo en un mitin que las primeras remesas llegarán en mayo.",
                   "Esa misma mañana, la vicepresidenta ejecutiva, Ana Ruiz, había dado cuenta del primer pago.",
                   "Iván Petrov, director de la exportadora rusa, confirmó que el contrato ya está firmado."]


@pytest.mark.parametrize(("line", "expected"), [
    # the office a description gave the person followed is theirs: a later description of it finds them, past
    # others who spoke since (not the last speaker, who holds another office)
    ("El mandatario venezolano elogió ante su colega, Pedro Sokolov, la rapidez del trato.", ["Luis Mora"]),
    ("El presidente venezolano aseguró que el pan no subirá.", ["Luis Mora"]),
    # negative: an office of another kind is not his
    ("La vicepresidenta aseguró que el pan no subirá.", ["Ana Ruiz"]),
])
def test_an_office_a_description_gave_the_person_followed_stays_theirs(line, expected):
    assert paragraph_speakers([*FOLLOWED_OFFICE, line])[-1] == expected
