"""Tests for search.speakers.verbs: the reporting verbs, their forms and the contexts some need."""

import pytest

from search.speakers import framed, paragraph_speakers, verbs
from search.speakers.genre import Kind
from search.speakers.verbs import PARTICIPLES, PLURAL, SINGULAR


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


# Verbs of language and belief a treebank count showed the lexicon lacked (`especificar`, `presagiar`, `piensa que`;
# bench/saying_verbs_ud.py), and where the line stops (verbs of perception, knowledge and will). Rows of our own
# wording, with negatives.
HEADLINE = "El consorcio del agua revisa las tarifas"
LEAD = "El consorcio que abastece a once municipios debatió ayer la subida del precio del agua."
INTRO = "La gerente Olaia Berasategui y el interventor Tomás Quiroga presentaron el informe anual."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Olaia Berasategui especificó que la subida no afectará a las familias numerosas.", ["Olaia Berasategui"]),
        ("Quiroga especifica en el informe que el déficit se debe a las averías.", ["Tomás Quiroga"]),
        ("«No habrá cortes este verano», especificó Tomás Quiroga.", ["Tomás Quiroga"]),
        ("Berasategui quiso especificar que la tarifa social se mantiene.", ["Olaia Berasategui"]),
        ("Tomás Quiroga presagia que el embalse no llegará a la mitad en agosto.", ["Tomás Quiroga"]),
        ("Olaia Berasategui piensa que la subida es inevitable.", ["Olaia Berasategui"]),
        ("Quiroga, por su parte, piensa que el consorcio debe invertir en tuberías.", ["Tomás Quiroga"]),
        # negatives: a thought narrated in the past, thinking of something, an impersonal `se`; verbs of
        # perception, knowledge and will (factive or no words), which the treebank also showed
        ("Quiroga pensó que nadie leería el anexo.", []),
        ("Olaia Berasategui piensa en las familias que no pueden pagar.", []),
        ("Se piensa que el embalse se recuperará en otoño.", []),
        ("Tomás Quiroga sabe que el anexo tiene errores.", []),
        ("Berasategui descubrió que faltaban dos contadores.", []),
        ("Quiroga vio que el depósito perdía agua.", []),
        ("Olaia Berasategui decidió que la reunión fuera a puerta cerrada.", []),
        ("El nuevo contrato permite que los municipios paguen a plazos.", []),
    ],
)
def test_a_verb_the_treebank_showed_reports_in_news(line, expected):
    assert sorted(paragraph_speakers([HEADLINE, LEAD, INTRO, line])[3]) == expected


def test_a_characters_thought_in_a_novel_is_no_statement():
    paragraphs = ["Capítulo 3", "Tomás Quiroga cerró el libro.", "Tomás piensa que nadie lo ha leído nunca."]
    assert paragraph_speakers(paragraphs, Kind(short=True, news=False))[2] == []


@pytest.mark.parametrize(
    "form", ["especificó", "especifica", "especificaban", "especificaría", "presagió", "presagian"])
def test_the_treebank_verbs_have_every_reporting_form(form):
    assert form in SINGULAR | PLURAL


def test_the_treebank_verbs_have_participles_and_no_future():
    assert {"especificado", "presagiado"} <= PARTICIPLES and not {"especificará", "presagiará"} & (SINGULAR | PLURAL)
