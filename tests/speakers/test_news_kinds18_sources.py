"""Issue 14, round 18 (sp18a): sources that are no person, and the carry-over they end, from blind22's errors. Rows
of my own wording, other names and shapes, with negatives.

- A name that opens with the definite article of another language (`Le Monde`, `The Times`, `Il Giornale`, `Die
  Welt`, `L’Express`) is a newspaper's, a magazine's or a work's title, never a person's name alone
  (search.speakers.personhood.FOREIGN_ARTICLES); a surname that opens so is a person's where the document gives it
  with a given name or a role (`la ministra Anne Le Gall`, then `Le Gall`).
- A lone name the document writes after a noun for a medium, a body or a work, inside quotation marks too (`el
  portal "Desaparecidas"`, `la revista Enfoque`), is that thing's name (search.speakers.evidence.Evidence.after_thing).
- A country under a spelling the press keeps beside the Ortografía's (`Bahréin`, `Iraq`, `Kenya`) is a place
  (search.speakers.places.COUNTRY_NAMES), never a person.
- The source after `según` right after a quotation is whose the quoted words are (`«…», según el instituto X`), and
  `según` with a verb of saying has its subject after the verb and its dative (`según dijo a la agencia X un miembro
  del gobierno`): a body or an unnamed source there ends the carry-over of the person followed
  (search.speakers.voice_spans); a relative's verb after it (`…, que habló bajo anonimato`) is no voice of its own.
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.evidence import Evidence
from search.speakers.personhood import BODY, PERSON, Personhood
from search.speakers.voices import line_voices

BOOK = ["Polémica por un ensayo", "La escritora Lucía Marín publicó un ensayo sobre el trabajo."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Para Le Monde, las tesis de Marín son «ingenuas y peligrosas».", []),
        ("«Un libro valiente que incomoda a muchos», coincide The Times.", []),
        ("«Un libro valiente que incomoda a muchos», escribía L’Express.", []),
        ("Según Il Giornale, el ensayo «se agotó en una semana y va por la quinta edición».", []),
        ("«Un libro valiente que incomoda a muchos», opina Die Welt en su reseña.", []),
        # a person next to the medium keeps the credit; a surname opening with `Le` after a given name is a person's
        ("Para Le Monde, las tesis de Marín son «ingenuas», y su crítico Paul Rivet lo dijo en la radio.",
         ["Paul Rivet"]),
        ("«Un libro valiente que incomoda a muchos», dijo la ministra Anne Le Gall.", ["Anne Le Gall"]),
    ],
)
def test_a_name_opening_with_a_foreign_article_is_a_medium(line, expected):
    assert paragraph_speakers([*BOOK, line])[2] == expected


def test_a_surname_opening_with_le_given_before_is_a_persons():
    lines = [*BOOK, "La ministra francesa Anne Le Gall visitó la feria.", "Le Gall dijo que leerá el ensayo."]
    assert paragraph_speakers(lines)[3] == ["Anne Le Gall"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ('Lo difundió el portal "Desaparecidas" en sus redes.\nDesaparecidas denunció el caso.', "Desaparecidas",
         BODY),
        ("Lo publicó la revista Enfoque.\nEnfoque aseguró que el plan fracasó.", "Enfoque", BODY),
        ("Lo publicó la cadena «Horizonte» anoche.\nHorizonte aseguró que sí.", "Horizonte", BODY),
        # a surname after a person's noun is a person's, and one that is a body's word too after a given name
        ("Lo contó la periodista Arizmendi.\nArizmendi aseguró que sí.", "Arizmendi", PERSON),
        ("Lo contó el senador Mateo Plaza.\nPlaza aseguró que sí.", "Plaza", PERSON),
        # a body whose last word follows a word that is a given name too
        ("Lo estudia el Instituto de Salud Tropical.\nEl Instituto de Salud Tropical aseguró que sí.",
         "Instituto de Salud Tropical", BODY),
    ],
)
def test_a_lone_name_after_a_noun_for_a_medium(text, name, expected):
    assert Personhood(Evidence(text.split("\n"))).kind(name.split())[0] == expected


def test_a_quoted_portal_is_not_the_subject_of_the_line():
    lines = ["Marcha por las desaparecidas", "Cientos de personas marcharon en Quito.",
             'A través de las redes del portal "Desaparecidas", una mujer denunciaba que su hija sigue sin aparecer.']
    assert paragraph_speakers(lines)[2] == []


EXPERT = ["Alerta por la gripe", "La viróloga Marta Solís, del hospital central, pidió calma.",
          "«Habrá más casos en invierno, pero no hay que alarmarse», dijo Solís."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("El plan es «costoso, pero viable», según dijo a la agencia local un funcionario del ministerio, que pidió "
         "no ser identificado.", []),
        ("La cifra es «preocupante, pero manejable», según contó ayer al diario regional una fuente del hospital.",
         []),
        ("La dolencia causa una fiebre «alta, persistente y a veces muy grave», según el Instituto de Salud "
         "Tropical.", []),
        ("La dolencia causa una fiebre «alta, persistente y a veces muy grave», según la web del ministerio.", []),
        # a person after `según`, with or without a verb, is credited; the person followed, with no voice, too
        ("El plan es «costoso, pero viable», según dijo a la prensa el ministro Raúl Cano.", ["Raúl Cano"]),
        ("El plan es «costoso, pero viable», según el ministro Raúl Cano.", ["Raúl Cano"]),
        ("«Es costoso, pero viable y necesario para todos», insistió.", ["Marta Solís"]),
    ],
)
def test_a_source_after_segun_ends_the_carry_over(line, expected):
    assert paragraph_speakers([*EXPERT, line])[3] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("«Es viable», según dijo a la agencia local un funcionario del ministerio.",
         [("un funcionario del ministerio", "unnamed", True)]),
        ("«Es viable», según explicó ayer al diario El Norte una portavoz.", [("una portavoz", "unnamed", True)]),
        ("Según dijo a la prensa, el plan es viable.", []),
        ("Según el ministerio, el plan es viable.", [("el ministerio", "body", False)]),
        ("«Es viable», según la empresa, que pidió calma.", [("la empresa", "body", True)]),
    ],
)
def test_voices_after_segun(line, expected):
    assert [(voice.text, voice.kind, voice.closing) for voice in line_voices([line], 0)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a phrase governed by a preposition goes on over `y` and a determiner: no subject before the verb
        ("En palabras dirigidas a los alcaldes y los medios, dijo: «No bajen la guardia ni un solo día».",
         ["Marta Solís"]),
        ("Ante los concejales y las autoridades sanitarias, advirtió: «No bajen la guardia ni un solo día».",
         ["Marta Solís"]),
        # negatives: a body after the phrase's comma is the subject; so is a collective opening the sentence
        ("Ante los concejales, las autoridades sanitarias advirtieron: «No bajen la guardia ni un solo día».", []),
        ("Las autoridades sanitarias advirtieron: «No bajen la guardia ni un solo día».", []),
    ],
)
def test_a_complement_joined_by_y_is_no_subject(line, expected):
    assert paragraph_speakers([*EXPERT, line])[3] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La Agencia Europea del Medicamento fue prudente ante la pregunta, señalando que faltan datos.", []),
        ("El Ministerio de Sanidad se mostró cauto, advirtiendo que faltan datos.", []),
        # the person followed, with no subject of its own, or a person named first keep the gerund
        ("Más tarde, Solís fue prudente ante la pregunta, señalando que faltan datos.", ["Marta Solís"]),
        ("El ministro Raúl Cano fue prudente ante la pregunta, señalando que faltan datos.", ["Raúl Cano"]),
    ],
)
def test_a_body_opening_the_sentence_is_the_gerunds_subject(line, expected):
    assert paragraph_speakers([*EXPERT, line])[3] == expected


WRITER = ["Muere la guionista Clara Ruiz", "La guionista Clara Ruiz murió ayer a los 90 años.",
          "«Fue una maestra para todos nosotros», dijo su colega Ana Serna."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Entre ellas destacan las series «Luz de luna», «Amores de barrio», «La casa grande», entre otras.", []),
        ("También fue autora de radionovelas, entre ellas “El faro”, “Noches de abril” y “Sombras en el río”.", []),
        ("Sus obras, \"Los años\" o \"Tierra baja\", se tradujeron a diez idiomas.", []),
        # negatives: words said in a row of quotations, and words of a sentence, stay the person's
        ("Dijo también: «No me arrepiento de nada», «Volvería a escribirlo todo».", ["Ana Serna"]),
        ("«Escribía de noche. Nunca paraba», recordó Serna.", ["Ana Serna"]),
    ],
)
def test_a_list_of_quoted_titles_is_nobodys(line, expected):
    assert paragraph_speakers([*WRITER, line])[3] == expected


@pytest.mark.parametrize("country", ["Bahréin", "Bahrein", "Iraq", "Kenya", "Belarús"])
def test_a_countrys_other_spelling_is_no_person(country):
    lines = ["Tensión en la región", "El emir visitó la capital.", f"Así, {country} denunció dos intentos de golpe."]
    assert paragraph_speakers(lines)[2] == []
