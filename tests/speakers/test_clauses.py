"""The subject of a sentence's main clause, past what opens it."""

import pytest

from search.speakers.clauses import clause_subject, opinion, stance
from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People


def subject_of(text: str, salient=None) -> str | None:
    person = clause_subject(Sentence(sentences(text)[0], People(), 1), salient)
    return None if person is None else person.display


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Pero Ana Ruiz no está de acuerdo.", "Ana Ruiz"),
        ("No obstante, Luis Vega mantiene su idea.", "Luis Vega"),
        ("Sin embargo, Marta Gil sigue.", "Marta Gil"),
        ("Por su parte, Pedro Soto prefiere esperar.", "Pedro Soto"),
        ("En su mensaje, Elena Sanz agradeció el apoyo.", "Elena Sanz"),
        ("MC Lola sabe el papel de la radio.", "Lola"),
        ("A Carlos Mena le preocupa el tráfico.", "Carlos Mena"),
        # no subject: a phrase governs the name, or the clause opens with its object or its verb
        ("Con Ana Ruiz llegó la calma.", None),
        ("Su última entrevista la concedió en 1990.", None),
        ("Reconoce que no es fan de nadie.", None),
    ],
)
def test_clause_subject(text, expected):
    assert subject_of(text) == expected


@pytest.mark.parametrize("text", ["A ella le encanta el cine.", "Ella es optimista.", "Y él lo tiene claro."])
def test_a_pronoun_is_whoever_is_salient(text):
    followed = People().person(["Rosa", "Lema"], 0)
    assert subject_of(text, lambda: [followed]) == "Rosa Lema"
    assert subject_of(text) is None


@pytest.mark.parametrize(
    "words, index, expected",
    [
        ("ruiz es escéptico con respecto a eso", 2, 1),
        ("está convencida de que sí", 1, 0),
        ("la situación es crítica", 3, None),
        ("es optimista", 1, None),  # no complement
        ("un escéptico con todo", 1, None),  # no copula
    ],
)
def test_stance(words, index, expected):
    assert stance(words.split(), index) == expected


@pytest.mark.parametrize("words, expected", [("su convicción es que", True), ("su postura fue clara", True),
                                             ("su casa es grande", False), ("la convicción es que", False)])
def test_opinion(words, expected):
    assert opinion(words.split(), 0) is expected


@pytest.mark.parametrize("text, expected", [("El viudo Mauro Sosa, de 40 años, llegó.", "Mauro Sosa"),
                                            ("La vecina Rosa Gil vive sola.", "Rosa Gil"),
                                            ("El hijo de Luis Vega llegó.", None)])
def test_a_name_after_a_noun_we_lack(text, expected):
    assert subject_of(text) == expected
