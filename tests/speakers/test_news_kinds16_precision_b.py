"""Issue 14, round 16b: statements read where there are none, and a quotation's subject before its colon (blind18,
blind20). Rows of my own wording, other names and shapes.

- A verb of moving ahead (`avanzar`, `adelantar`) says something only before what it announces (`ha avanzado este
  lunes que…`, `adelantó:`, `«…», avanzó X`): `avanza el virus`, `adelantó su viaje` report nothing
  (search.speakers.reporting.AHEAD, reports).
- After a preposition or an infinitive, an article takes a noun (`para declarar la alerta`, `de la cuenta`), never
  a verb with a clitic, so the form is no verb of saying (reporting.reports).
- `querer decir` is to mean (`Esto quiere decir que…`), and `negarse a` to refuse (`se negó a declarar`): no one's
  statement (reporting.led_infinitive, reporting.reports).
- `«…», dijo.` closing a quotation opened after a colon, with no verb of saying before the colon, is the words of
  the subject that opens the sentence (`X se negó a que lo grabaran: «…», dijo.`), not of the person followed
  (search.speakers.subject_after).
"""

import pytest

from search.speakers import paragraph_speakers

BEFORE = "La concejala Inés Vidal dijo que el pleno se celebrará en mayo."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("En la comarca, donde más rápido avanza la sequía, faltan pozos.", []),
        ("El alcalde adelantó su viaje a Bruselas por la tormenta.", []),
        ("El consejero Hugo Lara ha avanzado este lunes en la radio que no habrá cortes.", ["Hugo Lara"]),
        ("El consejero Hugo Lara adelantó: «No habrá cortes este verano».", ["Hugo Lara"]),
        ("«No habrá cortes», avanzó el consejero Hugo Lara.", ["Hugo Lara"]),
        ("Para declarar la alerta sanitaria se tienen en cuenta cuatro criterios.", []),
        ("La subida de la cuenta de la luz preocupa a los vecinos.", []),
        ("Esto quiere decir que el pleno no podrá votar hasta junio.", []),
        ("El conserje Ramón Prieto se negó a declarar ante la jueza.", []),
        ("La madre de los dos menores se negó a aceptar el resultado de la prueba.", []),
        ("El conserje Ramón Prieto negó que hubiera entrado nadie.", ["Ramón Prieto"]),
    ],
)
def test_no_statement_where_the_verb_says_nothing(sentence, expected):
    assert paragraph_speakers(["Titular", BEFORE, sentence])[2] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("El conserje Ramón Prieto se negó a que lo grabaran: «No quiero cámaras aquí», dijo.", ["Ramón Prieto"]),
        ("Ramón Prieto escuchó a los vecinos del bloque: «Tienen toda la razón», dijo.", ["Ramón Prieto"]),
        # negatives: a name governed by a preposition, and a place, are no subject
        ("En la portería de Ramón Prieto hay un cartel: «Prohibido fumar», dijo.", ["Inés Vidal"]),
        ("En Zamora hay otro cartel: «Prohibido fumar», dijo.", ["Inés Vidal"]),
    ],
)
def test_a_quotation_after_a_colon_is_the_sentence_subjects(sentence, expected):
    assert paragraph_speakers(["Titular", BEFORE, sentence])[2] == expected
