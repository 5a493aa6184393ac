"""Tests for search.speakers.quotes: quotations over several paragraphs and quoted paragraphs naming nobody."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.quotes import scan


@pytest.mark.parametrize(
    "text, expected, closing, words",
    [
        ("Dijo: «Vamos a ganar.", "»", False, 3),
        ("«Lo haremos».", None, True, 2),
        ('"Sin duda", dijo.', None, False, 2),
        ("Sin comillas.", None, False, 0),
        ("“Nunca más.", "”", True, 2),
        ('El suero "CoviFab" llegó a los hospitales de todo el país.', None, False, 1),
    ],
)
def test_scan(text, expected, closing, words):
    assert scan(text, None) == (expected, closing, words)


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # Spanish continuation marks: `»` opens each paragraph of the same quotation
        (["La jueza Carmen Lamela declaró: «El caso está cerrado.", "»No habrá más diligencias.",
          "»Y nadie podrá reabrirlo sin pruebas nuevas».", "El tribunal publicará la sentencia."],
         [["Carmen Lamela"], ["Carmen Lamela"], ["Carmen Lamela"], []]),
        # English marks and straight quotes, one sentence a line, named where the quotation opens
        (['El alcalde de Rosario, Pablo Javkin, afirmó: "La ciudad está preparada.', "Tenemos refugios.",
          'Y tenemos voluntarios".', "Las lluvias seguirán."],
         [["Pablo Javkin"], ["Pablo Javkin"], ["Pablo Javkin"], []]),
        (["“Hemos cumplido.", "Ahora toca esperar”, concluyó la directora del centro, Laia Puig."],
         [["Laia Puig"], ["Laia Puig"]]),
        # named where it closes
        (['"El acuerdo llega tarde.', 'Pero llega", ha explicado el sindicalista Unai Sordo.'],
         [["Unai Sordo"], ["Unai Sordo"]]),
        # a paragraph that is all quotation goes on with the statement before it
        (["La presidenta del Parlamento, Ana Pontón, ha explicado que el pleno votará el martes.",
          '"Queremos un debate sereno".', "La sesión empezará a las diez."],
         [["Ana Pontón"], ["Ana Pontón"], []]),
        # but not after a paragraph with no statement, and not a title in quotes within prose
        (["La obra se estrena el viernes.", '"Luces de bohemia".'], [[], []]),
        (["El alcalde, Jon Ander, presentó el libro «Bilbao en guerra» en la feria."], [[]]),
        # a quotation left open by a stray mark does not run to the end of the document
        (["El consejero Raúl Pérez dijo: «Sí."] + ["Otro párrafo sin marcas."] * 14,
         [["Raúl Pérez"]] + [[]] * 14),
    ],
)
def test_quotations(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an interview: an untagged answer after an untagged question is the interviewee's
        (["—¿Bajará los impuestos?", "—No este año —contesta Ruth Beitia—.", "—¿Y el próximo?", "—Lo estudiaremos."],
         [[], ["Ruth Beitia"], [], ["Ruth Beitia"]]),
        # but a question put by a named speaker is answered by someone else
        (["—¿Vienes? —preguntó Elena Garro.", "—No."], [["Elena Garro"], []]),
    ],
)
def test_dash_dialogue(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
