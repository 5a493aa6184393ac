"""Kinds of attribution met in real news (round 4), each with cases of other names and shapes than those it was
found on, negative ones included."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a verb of reply or address with no subject before it: the name beside the one addressed is the object
        (["Ricardo Anaya, candidato del PAN, habló en el debate.", "En su turno, respondió a su contrincante del "
          "PRI, José Antonio Meade, que no tiene pruebas."], [[], ["Ricardo Anaya"]]),
        (["La alcaldesa Marta Gil compareció ayer.", "En la sesión, contestó a su rival, el concejal Pedro Soto, "
          "que el plan sigue."], [[], ["Marta Gil"]]),
        (["La senadora Inés Robles tomó la palabra.", "Por la tarde, replicó al portavoz de la oposición, Luis "
          "Vega, que no habrá acuerdo."], [[], ["Inés Robles"]]),
        (["El diputado Óscar Lema intervino después.", "Luego, pidió a la ministra de Hacienda, Ana López, que "
          "dimita."], [[], ["Óscar Lema"]]),
        (["El fiscal Jorge Luna presentó el escrito.", "En la carta, advirtió a la jueza, Elena Sanz, que "
          "recurrirá."], [[], ["Jorge Luna"]]),
        # the subject written before the verb is kept
        (["Carmen Ruiz dijo a su abogado, Tomás Vidal, que no firmaría."], [["Carmen Ruiz"]]),
        (["Ana Torres le respondió a Pedro Soto que no tiene pruebas."], [["Ana Torres"]]),
        # a phrase of address with no comma before the subject after it: the subject speaks
        (["Marta Gil habló ayer.", "En la entrevista, dijo al diario Clarín Fernando Goldbaum, director del "
          "hospital, que faltan camas."], [[], ["Fernando Goldbaum"]]),
        (["Marta Gil habló ayer.", "En la rueda de prensa, dijo a los periodistas el ministro Luis Vega que no "
          "habrá acuerdo."], [[], ["Luis Vega"]]),
    ],
)
def test_the_one_addressed_is_no_subject(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a statement told as the circumstance of what another reports (`fue claro cuando dijo`): the reporter only,
        # in the quotation that goes on too
        (["El papa Francisco habló de la misa.", 'También explicó que Jesús fue clarísimo cuando dijo "este es mi '
          'cuerpo" y por tanto "no se debe pensar cosas extrañas.', 'Es la fe".'],
         [["Francisco"], ["Francisco"], ["Francisco"]]),
        (["La ministra Ana Gil explicó que el alcalde Luis Roca fue claro cuando dijo que no hay fondos."],
         [["Ana Gil"]]),
        (["La jueza Elena Sanz recordó que el testigo Mario Paz se equivocó cuando afirmó que no vio nada."],
         [["Elena Sanz"]]),
        # what the reporter says the other said is a statement of the other too (the seed's convention)
        (["La ministra Ana Gil explicó que el alcalde Luis Roca dijo que no hay fondos."], [["Ana Gil", "Luis Roca"]]),
        # a break between the two: two statements
        (["La ministra Ana Gil dijo que habrá fondos; el alcalde Luis Roca fue claro cuando dijo que no basta."],
         [["Ana Gil", "Luis Roca"]]),
        (["Cuando Luis Roca dijo que no había fondos, Ana Gil respondió que sí."], [["Luis Roca", "Ana Gil"]]),
    ],
)
def test_a_statement_inside_anothers_reported_speech(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # business roles stand for the executive introduced before: ranked `ejecutivo`, `número dos`, `directivo`
        (["El consejero delegado de Iberdrola, Mario Ruiz, presentó las cuentas.",
          "Respecto a la norma, el segundo ejecutivo de Iberdrola respondió que sí.",
          "El máximo ejecutivo de la eléctrica ha explicado que hay competencia.",
          "Preguntado por la fusión, el 'número dos' de la entidad se ha limitado a señalar que es especulativo.",
          "El número dos del grupo insistió en que no habrá despidos."],
         [[], ["Mario Ruiz"], ["Mario Ruiz"], ["Mario Ruiz"], ["Mario Ruiz"]]),
        (["La consejera delegada de Telefónica, Ana Prat, presentó las cuentas.",
          "La segunda ejecutiva de la operadora afirmó que habrá dividendo.",
          "El gerente del hotel, Iván Mora, dijo que abrirán en mayo.", "El directivo añadió que contratarán."],
         [[], ["Ana Prat"], ["Iván Mora"], ["Iván Mora"]]),
        # `el Ejecutivo` is the government, `la directiva` a board, `el número de` a count: no person
        (["El ministro Luis Gil presentó el plan.", "El Ejecutivo ha anunciado que subirá las pensiones."], [[], []]),
        (["El ministro Luis Gil presentó el plan.", "El ejecutivo ha anunciado que subirá las pensiones."], [[], []]),
        (["El ministro Luis Gil presentó el plan.", "La directiva del club anunció que habrá elecciones."], [[], []]),
        (["La presidenta Rosa Vidal visitó la fábrica.", "El número de parados bajó, según el informe."], [[], []]),
    ],
)
def test_business_roles(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "second, expected",
    [
        # quoted words with no verb, in a sentence whose subject is a country or a body: theirs, not the last speaker's
        ('Más allá de la OMC -un árbitro- Canadá demandará ante el TLC la "puesta en marcha de un grupo especial".',
         []),
        ('El Ministerio de Hacienda pedirá a Bruselas una "revisión completa de todo el acuerdo comercial".', []),
        ('Francia exigirá a la Comisión un "plan creíble para reducir la deuda pública".', []),
        ('El Gobierno francés exigirá a la Comisión un "plan creíble para reducir la deuda pública".', []),
        # a person, an unsaid subject or no subject before the quotation: the last speaker's words
        ('Ella exigirá a la Comisión un "plan creíble para reducir la deuda pública".', ["Ana Gil"]),
        ('Más tarde, exigirá a la Comisión un "plan creíble para reducir la deuda pública".', ["Ana Gil"]),
        ('A ello se suma la crisis: "No sólo sube la luz, también el pan".', ["Ana Gil"]),
        # a body governed by a preposition is no subject
        ('Ante el Ministerio de Hacienda, pidió una "revisión completa de todo el acuerdo comercial".', ["Ana Gil"]),
        # the article `El` before a number is no place
        ("El 20 por ciento restante depende de acciones como “no permitir la corrupción en las policías”.",
         ["Ana Gil"]),
    ],
)
def test_quoted_words_of_a_country_or_a_body(second, expected):
    assert speakers("La ministra Ana Gil dijo que responderá a la crisis.", second) == [["Ana Gil"], expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a bare office after a person followed who holds no known role: that person, not someone named later
        (["Gustavo Petro habló ayer en Bogotá.", "El mandatario dijo que no habrá recortes.",
          "Luego, el presidente de Ecuador, Daniel Noboa, dijo que sí."],
         [[], ["Gustavo Petro"], ["Daniel Noboa"]]),
        (["Ana Gil habló ayer en Sevilla.", "La ministra dijo que no habrá recortes.",
          "La ministra de Hacienda, Rosa Vidal, dijo que sí."], [[], ["Ana Gil"], ["Rosa Vidal"]]),
        (["Luis Roca habló ayer en el congreso del partido.", "El presidente dijo que no habrá cambios.",
          "Más tarde, el presidente del comité, Pedro Soto, dijo que sí."], [[], ["Luis Roca"], ["Pedro Soto"]]),
        # an office with its country or body, or of the other gender: the person the text names with it later
        (["Gustavo Petro habló ayer en Bogotá.", "El presidente de Ecuador dijo que no habrá recortes.",
          "Luego, el presidente de Ecuador, Daniel Noboa, dijo que sí."],
         [[], ["Daniel Noboa"], ["Daniel Noboa"]]),
        (["Ana Gil habló ayer en Sevilla.", "El ministro dijo que no habrá recortes.",
          "El ministro de Hacienda, Luis Vidal, dijo que sí."], [[], ["Luis Vidal"], ["Luis Vidal"]]),
        # the person followed holds another office: not them
        (["La alcaldesa Marta Ríos inauguró la feria.", "La ministra dijo que habrá fondos.",
          "La ministra de Cultura, Elena Paz, lo confirmó después."], [[], ["Elena Paz"], ["Elena Paz"]]),
    ],
)
def test_a_bare_office_and_the_person_followed(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "second, expected",
    [
        # what an opening participle asks about is no subject, and a role closed by the verb is no apposition
        ("Preguntado por Bankia, el ministro se ha limitado a decir que es especulativo.", ["Luis Vega"]),
        ("Preguntado por Pedro Sánchez, el ministro dijo que no opina.", ["Luis Vega"]),
        ("Preguntado por Pedro Sánchez, dijo que no opina.", ["Luis Vega"]),
        ("Consultado sobre Iberia, la ministra Ana Gil respondió que no hay rescate.", ["Ana Gil"]),
        # the subject after the participle's phrase speaks; an apposition closed by a comma still holds
        ("Preguntado por los periodistas, Pedro Sánchez dijo que no opina.", ["Pedro Sánchez"]),
        ("Eduardo Balarezo, el nuevo abogado de Guzmán, pidió que se retrase el juicio.", ["Eduardo Balarezo"]),
    ],
)
def test_what_a_participle_asks_about(second, expected):
    assert speakers("El ministro Luis Vega presentó el plan.", second) == [[], expected]


def test_an_apposition_closed_by_a_dash_keeps_its_role():
    # `X, el nuevo médico -le dijo…`: the dash closes the apposition before the verb, so the role is X's
    assert speakers("Este señor es don Pedro Luis, el nuevo médico -le dijo al cura.",
                    "Sonrió el médico y, mirando a la señora, dijo que no.") == [[], ["Pedro Luis"]]
