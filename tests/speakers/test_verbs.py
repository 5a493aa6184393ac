"""Tests for search.speakers.verbs: the reporting verbs, their forms and the contexts some need."""

import pytest

from search.speakers import framed, verbs


@pytest.mark.parametrize(
    "word, forms",
    [
        # past, present, imperfect and conditional, from -ar, -er and -ir stems
        ("afirmó", "SINGULAR"), ("afirma", "SINGULAR"), ("afirmaba", "SINGULAR"), ("afirmaría", "SINGULAR"),
        ("respondió", "SINGULAR"), ("responde", "SINGULAR"), ("respondía", "SINGULAR"), ("respondería", "SINGULAR"),
        ("insistió", "SINGULAR"), ("insiste", "SINGULAR"), ("insistía", "SINGULAR"), ("insistiría", "SINGULAR"),
        ("añadió", "SINGULAR"), ("escribió", "SINGULAR"),
        # irregular and stem-changing verbs
        ("dijo", "SINGULAR"), ("dice", "SINGULAR"), ("sostuvo", "SINGULAR"), ("advirtió", "SINGULAR"),
        ("recuerda", "SINGULAR"), ("propuso", "SINGULAR"), ("desmintió", "SINGULAR"),
        ("afirmaron", "PLURAL"), ("afirman", "PLURAL"), ("afirmaban", "PLURAL"), ("respondieron", "PLURAL"),
        ("insistieron", "PLURAL"), ("dijeron", "PLURAL"), ("dicen", "PLURAL"), ("advierten", "PLURAL"),
        ("afirmado", "PARTICIPLES"), ("dicho", "PARTICIPLES"), ("escrito", "PARTICIPLES"),
        ("propuesto", "PARTICIPLES"),
        ("anunciada", "PASSIVES"), ("desmentidos", "PASSIVES"), ("dichas", "PASSIVES"),
        ("agregando", "GERUNDS"), ("diciendo", "GERUNDS"),
        ("continuó", "AFTER_QUOTE"), ("terminó", "AFTER_QUOTE"), ("sigue", "AFTER_QUOTE"),
        ("comprometió", "REFLEXIVE"), ("refirió", "REFLEXIVE"),
        ("celebró", "NEEDS_QUE"), ("contó", "NEEDS_QUE"), ("mantuvo", "NEEDS_QUE"), ("citó", "NEEDS_QUE"),
        ("hizo", "FRAMED"), ("mostró", "FRAMED"), ("publicó", "FRAMED"),
        ("decir", "INFINITIVES"), ("señalar", "INFINITIVES"),
        ("quiso", "INFINITIVE_LEADS"), ("limitó", "INFINITIVE_LEADS"),
        ("descartó", "NEGATABLE"), ("niega", "NEGATABLE"), ("cierra", "NEGATABLE"),
        ("dejó", "PHRASES"), ("dio", "PHRASES"), ("habló", "PHRASES"), ("llamó", "PHRASES"),
    ],
)
def test_reporting_forms(word, forms):
    assert word in getattr(framed if forms == "FRAMED" else verbs, forms)


@pytest.mark.parametrize(
    "word",
    [
        "afirmará", "dirá", "explicará", "anunciarán",  # the future reports a plan, not a statement
        "afirmar", "culpa", "culpan",  # an infinitive alone; the noun `culpa` is commoner
        "garantizando", "asegurando",  # gerunds of no saying
        "celebra", "cuenta",  # only before `que`
    ],
)
def test_no_statement_on_their_own(word):
    assert word not in verbs.SINGULAR | verbs.PLURAL | verbs.GERUNDS or word in verbs.NEEDS_QUE


@pytest.mark.parametrize("word", ["dijo", "afirmó", "explicó", "anunció"])
def test_no_negated_statement_reports_a_stance(word):
    assert word not in verbs.NEGATABLE  # `no dijo` says nothing was said


@pytest.mark.parametrize(
    "form, continuation",
    [("dejó", ("claro",)), ("dejó", ("en", "claro")), ("dio", ("a", "conocer")), ("salió", ("al", "paso")),
     ("habló", ("de",)), ("habló", ("sobre",)), ("llamó", ("a",)), ("confía", ("en", "que")),
     ("cerró", ("la", "puerta")), ("ofreció", ("disculpas",))],
)
def test_phrases_report_only_with_their_words(form, continuation):
    assert continuation in verbs.PHRASES[form]


def test_only_urging_verbs_take_a_alone():
    assert {"llamó", "convocaron", "llama"} <= verbs.URGING
    assert not {"habló", "dejó", "dio"} & verbs.URGING


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("publicó en su cuenta de Twitter un mensaje", True),
        ("hizo estas declaraciones ante la prensa", True),
        ("hizo hincapié en la salud", True),
        ("hizo la comida", False),
        ("hizo una pausa , y luego unas declaraciones", False),  # the clause ends first
        ("realizó que dijo unas declaraciones", False),
        ("mostró uno dos tres cuatro cinco seis siete ocho declaraciones", False),  # too far
    ],
)
def test_framed_object_after(sentence, expected):
    assert framed.framed_object_after(sentence.split(), 0) is expected


@pytest.mark.parametrize(
    "sentence, verb, expected",
    [
        ("las palabras que el ministro ha dirigido", "dirigido", True),
        ("el mensaje que publicó", "publicó", True),
        ("la casa que el ministro ha dirigido", "dirigido", False),
        ("que el ministro ha dirigido", "dirigido", False),  # nothing before `que`
        ("las palabras del ministro , que la reunión dirigió", "dirigió", False),
    ],
)
def test_framed_relative(sentence, verb, expected):
    words = sentence.split()
    assert framed.framed_relative(words, words.index(verb)) is expected
