"""A medium put to saying (review21, findings 2 and 6): `usó su cuenta para…` reports with no `que`, but only when
what is used is a medium; `alentar` says something only in that frame. Our own wording, other names."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.medium import medium_put_to_saying


@pytest.mark.parametrize("sentence, expected", [
    # a channel or a platform, then an infinitive of saying
    ("El senador Tomás Ibarra usó su perfil de Facebook para alentar a los jóvenes a votar.", ["Tomás Ibarra"]),
    ("La actriz Noelia Pardo recurrió a TikTok para denunciar el acoso que sufrió.", ["Noelia Pardo"]),
    ("La diputada Rocío Nava utilizó la tribuna del Congreso para exigir la dimisión del ministro.", ["Rocío Nava"]),
    ("El cantante Iván Soto usó X para pedir disculpas a sus seguidores.", ["Iván Soto"]),
    ("El alcalde Félix Ortega empleó su mensaje de fin de año para agradecer a los voluntarios.", ["Félix Ortega"]),
    # negatives: money, people or things put to use; `alentar` outside the frame is cheering, not saying
    ("La ministra Begoña Salas usó el presupuesto para alentar el consumo en los barrios.", []),
    ("El ministro Ramiro Ocaña utilizó fondos públicos para alentar la compra de vivienda.", []),
    ("El gobernador Hugo Varela usó los ahorros del estado para pedir un préstamo menor.", []),
    ("El entrenador Daniel Ortún empleó a los suplentes para alentar el ritmo del partido.", []),
    ("El alcalde Félix Ortega quiso alentar la inversión en el centro histórico.", []),
    ("El alcalde Félix Ortega intervino para alentar la inversión en el centro histórico.", []),
])
def test_a_medium_put_to_saying(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected


@pytest.mark.parametrize("text, expected", [
    ("usó su cuenta de instagram para narrar", True),
    ("recurrió a la radio para aclarar", True),
    ("usó el dinero para pagar", False),
    ("usó la tribuna y el presupuesto de todo el año pasado para pedir", False),  # the lead is too far
    ("su cuenta para narrar", False),  # no verb that puts it to use
])
def test_medium_put_to_saying(text, expected):
    words = text.split()
    assert medium_put_to_saying(words, len(words) - 1) is expected
