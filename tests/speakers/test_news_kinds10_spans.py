"""Quotation spans in news (issue 14, round 10): a reporter's untagged dash question put to whoever spoke last,
the answer and the first-person paragraphs that go on with it. Our own wording, other names."""

import pytest

from search.speakers import paragraph_speakers

LEAD = "La alcaldesa Irene Salcedo dijo que «el puerto abrirá en mayo»."


@pytest.mark.parametrize("paragraphs, expected", [
    ([LEAD, "– ¿Habrá más retrasos?", "– No, nosotros cumplimos los plazos.", "Yo misma revisé las obras.",
      "La obra costó diez millones."],
     [["Irene Salcedo"], [], ["Irene Salcedo"], ["Irene Salcedo"], []]),
    ([LEAD, "—¿Y el presupuesto?", "—Está aprobado desde marzo."],
     [["Irene Salcedo"], [], ["Irene Salcedo"]]),
    # a tagged answer names its own speaker
    ([LEAD, "– ¿Y el presupuesto?", "– Está aprobado –respondió el concejal Hugo Prieto."],
     [["Irene Salcedo"], [], ["Hugo Prieto"]]),
    # no one spoke before: no one to answer
    (["El puerto abrirá en mayo.", "– ¿Habrá más retrasos?", "– No, cumplimos los plazos."],
     [[], [], []]),
    # an answer's narration after it is nobody's
    ([LEAD, "– ¿Habrá más retrasos?", "– No.", "El puerto recibió tres barcos en abril."],
     [["Irene Salcedo"], [], ["Irene Salcedo"], []]),
])
def test_untagged_dash_answers_in_news(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


def test_a_novels_dash_dialogue_keeps_its_untagged_answers_apart():
    story = ["Nadie habló en la cena."] * 420
    paragraphs = ["Tomás dijo que «hacía frío».", "—¿Vienes mañana?", "—No puedo, tengo que trabajar.", *story]
    assert paragraph_speakers(paragraphs)[:3] == [["Tomás"], [], []]


@pytest.mark.parametrize("paragraphs, expected", [
    # a letter read out, with no verb of saying: the quotation after it is its writer's
    (["La abogada Marta Ibáñez leyó una carta del actor Hugo Prieto.", "«Estoy bien y agradezco el cariño.",
      "Pronto volveré al teatro».", ],
     [[], ["Hugo Prieto"], ["Hugo Prieto"]]),
    (["Su portavoz transmitió un mensaje de Hugo Prieto.", "\"Gracias a todos por el apoyo\"."],
     [[], ["Hugo Prieto"]]),
    # no quotation after it: no one speaks
    (["La abogada Marta Ibáñez leyó una carta del actor Hugo Prieto.", "Luego se retiró."], [[], []]),
    # a book is no message: the quotation is whoever speaks
    (["Hugo Prieto dijo que «está bien».", "Marta Ibáñez leyó el libro de Ana Gil.",
      "«Es un libro extraordinario», añadió Prieto."],
     [["Hugo Prieto"], [], ["Hugo Prieto"]]),
])
def test_a_message_relayed_with_no_verb_of_saying(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
