"""Precision in real news (issue 14, round 11): a plural or unnamed source is not the person met before; a name
inside a quoted title speaks not. Our own wording, other names."""

import pytest

from search.speakers import paragraph_speakers

INTRO = "«El plan es firme», ha señalado Lucía Barrenechea, directora de la fundación."


@pytest.mark.parametrize("sentence, expected", [
    # a plural verb after a quotation is never the one person met before
    ("«Los precios bajarán», afirman fuentes de la fundación.", []),
    ("«Los precios bajarán», aseguraron portavoces del ministerio.", []),
    ("«No hubo aviso», dijeron vecinos del barrio.", []),
    ("«No hubo aviso», explicaron.", []),
    # a singular verb with no subject is still hers
    ("«No hubo aviso», explicó.", ["Lucía Barrenechea"]),
    ("«Los precios bajarán», afirma la directora.", ["Lucía Barrenechea"]),
    # a plural verb that opens a quotation is inside it, not a credit
    ("«Dicen que bajarán los precios, pero no lo creo», asegura.", ["Lucía Barrenechea"]),
])
def test_a_plural_source_after_a_quotation_is_not_the_person_met_before(sentence, expected):
    assert paragraph_speakers(["Titular", INTRO, sentence])[2] == expected


TOPIC = "Se lanzó una campaña contra la periodista Elvira Quintanar en las redes."


@pytest.mark.parametrize("sentence, expected", [
    # a name inside a quoted title is no subject of the clause that follows it
    ('Una cuenta anónima publicó un vídeo titulado "Elvira Quintanar y sus socios", en el que asegura que '
     '"ella miente".', []),
    ("El blog difundió un montaje bajo el título «Elvira Quintanar, la impostora», en el que afirma que «cobró».",
     []),
    # a person who opens the main clause still leads the relative
    ("Elvira Quintanar presentó el libro «Mis años», en el que asegura que «nadie la calló».", ["Elvira Quintanar"]),
    ("El editor Ramiro Ocaña presentó el libro, con el cual afirmó que «todo cambió».", ["Ramiro Ocaña"]),
])
def test_a_name_in_a_quoted_title_is_no_subject(sentence, expected):
    assert paragraph_speakers(["Titular", TOPIC, sentence])[2] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a quotation that opens on the verb: its subject is written before the mark
    (["Titular", "Ramiro Ocaña habló ayer.", 'La fiscal Nuria Abad tomó la palabra.',
      'Ramiro Ocaña asegura que la fiscal "desestimó" las quejas.'], ["Ramiro Ocaña", "Nuria Abad"]),
    # a closing mark before the verb, with the quotation opened in the paragraph before, is still a credit
    (["Titular", "Ramiro Ocaña habló ayer.", '"No hay prisa, vamos bien.',
      'Hay que seguir" dijo la fiscal Nuria Abad.'], ["Nuria Abad"]),
    (["Titular", "Ramiro Ocaña habló ayer.", '"Vamos bien" dice la fiscal Nuria Abad.'], ["Nuria Abad"]),
])
def test_a_quotation_that_opens_on_its_verb(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[-1] == expected
