"""Whether a name is a person's, decided once per document (search.speakers.personhood). Rows of my own wording.

Issue 14, round 16a: a non-person credited as a speaker (a firm, a movement, a common noun in capitals) was kept
when the evidence against it stood more than a window of paragraphs away, or was of a kind no rule read: a word the
text also writes in lower case (`vitamina C`), after `en`, an acronym glued to a word, a body's plural noun.
"""

import pytest

from search.speakers import paragraph_speakers, people
from search.speakers.evidence import Evidence
from search.speakers.mentions import VERBS
from search.speakers.people import People
from search.speakers.personhood import BODY, PERSON, THING, Personhood, looks_like_person
from search.speakers.sentences import repaired

FILLER = [f"El pleno aprobó ayer el punto {number} del orden del día sin debate." for number in range(30)]


def decide(paragraphs, name):
    return Personhood(Evidence(paragraphs)).kind(name.split())


def credited(paragraphs):
    return [name for names in paragraph_speakers(paragraphs) for name in names]


@pytest.mark.parametrize(
    ("paragraphs", "name", "kind"),
    [
        # a common noun the text also writes in lower case
        (["Muchos tomaron magnesio y zinc durante el invierno.", "Magnesio aseguró que no hay pruebas."], "Magnesio",
         THING),
        (["La vitamina D se vende sin receta.", "Según Vitamina D, sube la demanda."], "Vitamina D", THING),
        (["Comer ajo no cura nada.", "Ajo dijo que sí."], "Ajo", THING),
        # a place the text writes after `en`, `desde`, `hacia`
        (["Los equipos viajaron hacia Valdoria.", "Valdoria insistió en que la frontera sigue abierta."], "Valdoria",
         BODY),
        (["El ministro llegó desde Montenara.", "Montenara sostuvo que no."], "Montenara", BODY),
        # an acronym glued to a word: a movement's, a channel's or a brand's name
        (["Los seguidores de ZPrime creen en el regreso.", "ZPrime anunció una marcha."], "ZPrime", BODY),
        (["La cadena TVNorte emitió el debate.", "TVNorte informó que habrá otro."], "TVNorte", BODY),
        # a body's plural noun before the names of several bodies
        (["Las plataformas Vidora y Streamix subieron sus precios.", "Vidora afirmó que no habrá más subidas."],
         "Vidora", BODY),
        (["Los portales Checkea y Verifica desmintieron el bulo.", "Checkea explicó que el video es antiguo."],
         "Checkea", BODY),
        # people, though the words are common nouns or places elsewhere: a given name or a role says so
        (["La médica Ana Hierro atiende en el centro.", "El hierro se absorbe mal.", "Hierro explicó por qué."],
         "Hierro", PERSON),
        (["El alcalde Luis Soria visitó la planta.", "Después viajó a Soria.", "Soria aseguró que volverá."],
         "Soria", PERSON),
        (["Ana Rosales viajó a Lima.", "Rosales dijo que sí."], "Rosales", PERSON),
        # one inner capital is a person's name (`McAllister`, `DeLuca`), not a glued acronym
        (["El senador Ian McAllister votó en contra.", "McAllister afirmó que no cederá."], "McAllister", PERSON),
        (["DeLuca llegó tarde.", "DeLuca afirmó que no cederá."], "DeLuca", PERSON),
    ],
)
def test_the_documents_evidence_decides_whether_a_name_is_a_persons(paragraphs, name, kind):
    assert decide(paragraphs, name)[0] == kind


@pytest.mark.parametrize(
    ("first", "last", "speaks"),
    [
        # the evidence opens the document; the credit comes thirty paragraphs later: the same decision holds
        ("La empresa Quorvex presentó su plan.", "Quorvex aseguró que no habrá despidos.", False),
        ("Los usuarios de Tindara se quejaron del cambio.", "Tindara afirmó que revisará la norma.", False),
        ("Cientos de vecinos se manifestaron ante la Fundación Arbórea.",
         "Arbórea explicó que el terreno es suyo.", True),  # nothing says `Arbórea` alone is a body's name
        ("La jueza Marta Quorvex abrió la sesión.", "Quorvex aseguró que no habrá aplazamientos.", True),
    ],
)
def test_a_name_is_decided_once_for_the_whole_news_item(first, last, speaks):
    paragraphs = ["Cambios en el sector", first, *FILLER, last]
    found = paragraph_speakers(paragraphs)
    assert bool(found[-1]) == speaks


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["La dieta rica en hierro", "Muchos pacientes toman hierro a diario.", "«Funciona», asegura Hierro."],
        ["Protestas en la capital", "Los seguidores de KAnon marcharon.", "KAnon sostiene que ganará."],
        ["Precios al alza", "Las aerolíneas Volaris y Aeromar subieron tarifas.",
         "«No hay otra salida», afirmó Aeromar."],
        ["Ayuda humanitaria", "Los camiones salieron desde Teruvia.", "Teruvia aseguró que llegarán hoy."],
    ],
)
def test_no_non_person_speaks_anywhere_in_a_news_item(paragraphs):
    assert credited(paragraphs) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # meetings, visits and places beside a person who speaks: the person keeps the credit
        (["Visita oficial", "La ministra Ana Gil viajó a Teruvia.", "En Teruvia, Gil afirmó que habrá ayudas."],
         ["Ana Gil"]),
        (["Reunión en Bruselas", "El consejero Pablo Ferro se reunió con la plataforma Vecinos Unidos.",
          "Ferro aseguró que el acuerdo llegará."], ["Pablo Ferro"]),
    ],
)
def test_a_person_beside_places_and_bodies_still_speaks(paragraphs, expected):
    assert sorted(set(credited(paragraphs))) == expected


def test_the_decision_is_cached_per_name_for_a_short_document():
    paragraphs = ["La firma Quorvex abrió.", *FILLER, "Quorvex aseguró que sí."]
    personhood = People(paragraphs).personhood
    assert personhood.kind(["Quorvex"], 0) == personhood.kind(["Quorvex"], len(paragraphs) - 1)


def test_the_lexicon_word_is_the_people_modules_too():
    assert people.looks_like_person is looks_like_person
    assert not looks_like_person(["Club", "de", "Cuervos"]) and looks_like_person(["Ana", "Gil"])


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a role noun glued to its article at the source is the role, which stands for the person it fits
        (["Visita a la planta", "La gobernadora Rita Solís recorrió la planta.",
          "LaGobernadora afirmó que habrá empleo."],
         [[], [], ["Rita Solís"]]),
        (["Cambios en el gabinete", "El ministro Tomás Ariza habló ayer.", "ElMinistro aseguró que no dimitirá."],
         [[], [], ["Tomás Ariza"]]),
        # no role after the article: the word stays as written, and no one is made of it
        (["Tráfico en la ciudad", "ElTráfico empeoró ayer según los datos."], [[], []]),
    ],
)
def test_a_role_glued_to_its_article_is_the_role(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ElPresidente dijo que sí.", "El presidente dijo que sí."),
        ("según laAlcaldesa de la ciudad", "según la alcaldesa de la ciudad"),
        ("LaToya Jackson cantó.", "LaToya Jackson cantó."),  # no role noun: a name's inner capital stays
        ("DelToro dijo que sí.", "DelToro dijo que sí."),
    ],
)
def test_repaired_splits_an_article_from_a_glued_role(text, expected):
    assert repaired(text, VERBS) == expected


# Round 17a: a given name that is a common word too (`Luz`, `Sol`, `Victoria`; search.text.vocabulary) says person
# only with a name after it; a common word in capitals (`Noticias`) needs evidence of a person.
@pytest.mark.parametrize(
    ("paragraphs", "name", "kind", "cue"),
    [
        # a word name alone: the article, `en`, or where the text capitalises it decides
        (["La caravana llegó ayer a la Paz.", "Paz anunció nuevas medidas."], "Paz", BODY, "article"),
        (["La feria se celebró en Victoria.", "Victoria aseguró que habrá otra."], "Victoria", BODY, "place"),
        (["Luz verde al nuevo puente.", "El puente costará dos millones."], "Luz", THING,
         "word name opening sentences"),
        (["Lo cuenta Rosa, vecina del barrio.", "Rosa dijo que no se irá."], "Rosa", PERSON, "name"),
        # a word name with a surname after it is a given name
        (["Luz Ortega dirige la orquesta.", "Luz Ortega afirmó que habrá gira."], "Luz Ortega", PERSON, "given name"),
        (["Dolores Itúrbide abrió la sesión."], "Dolores Itúrbide", PERSON, "given name"),
        # common words in capitals, inside a sentence or alone, with nothing that says person
        (["Llega otra Tormenta al puerto.", "Tormenta afirmó que sí."], "Tormenta", THING, "common words"),
        (["Según Cosecha, el precio bajará."], "Cosecha", THING, "common words"),
        # surnames that are words too are no common words; nor is one the text gives with a given name
        (["Rubio aseguró que el plan sigue."], "Rubio", PERSON, "name"),
        (["La jueza Carmen Cordero abrió la sesión.", "Cordero explicó que no."], "Cordero", PERSON, "full name"),
        # a given name the hand-made list lacked
        (["Según Xiomara Pineda, el precio bajará."], "Xiomara Pineda", PERSON, "given name"),
    ],
)
def test_given_names_that_are_words_and_common_words_in_capitals(paragraphs, name, kind, cue):
    assert decide(paragraphs, name) == (kind, cue)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Obras en el puerto", "La comitiva llegó ayer a la Paz.", "Paz anunció nuevas medidas."], []),
        (["Obras en el puerto", "El congreso se celebró en Victoria.", "Victoria aseguró que habrá otro."], []),
        (["Obras en el puerto", "Según Cosecha, el precio bajará."], []),
        # a word name opening its only sentence: a place, a star, nobody
        (["Obras en el puerto", "Victoria anunció un nuevo plan de transporte."], []),
        (["Obras en el puerto", "Sol afirmó que el verano será seco."], []),
        # after a verb, or with a surname, it is a person's
        (["Obras en el puerto", "«No habrá subidas», aseguró Amparo."], ["Amparo"]),
        (["Obras en el puerto", "La ministra Luz Ortega viajó a Lima.", "Luz dijo que no."], ["Luz Ortega"]),
        (["Obras en el puerto", "Lo cuenta Rosa, vecina del barrio.", "Rosa dijo que no se irá."], ["Rosa"]),
        (["Obras en el puerto", "«Habrá trabajo», dijo Maite Urquiola."], ["Maite Urquiola"]),
    ],
)
def test_word_names_and_common_words_in_a_news_item(paragraphs, expected):
    assert sorted(set(credited(paragraphs))) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a name the text joins to another with `&` is a firm's, however it is credited
        (["Nuevas dosis", "Llegan las dosis de Harlow & Harlow.", "Harlow dijo que habrá más."], []),
        (["Demanda en curso", "El despacho Ruiz & Soto presentó la demanda.", "Soto aseguró que ganará."], []),
        # the same surname with a given name and no `&`: a person
        (["Demanda en curso", "La abogada Elena Soto presentó la demanda.", "Soto aseguró que ganará."],
         ["Elena Soto"]),
    ],
)
def test_a_name_joined_by_an_ampersand_is_a_firms(paragraphs, expected):
    assert sorted(set(credited(paragraphs))) == expected
