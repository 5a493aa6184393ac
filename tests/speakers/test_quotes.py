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


# A quotation's speaker, decided once when it closes (search.speakers.quotes.QuoteTracker._decide): from the
# attribution inside or after it, else the speaker of the paragraph before it, else whoever was salient when it
# opened; carried over the paragraphs it goes on over; a paragraph inside it that credits another keeps its own. The
# person in focus (search.speakers.focus) carries a quotation it gives over the span the tracker found, not over
# quotation marks it counts again. Rows of my own wording.
PRIZE = ["El mensaje de Tirsa en la gala",
         "Tirsa recibió este sábado el premio en Gijón, tras un año lejos de los platós.",
         "Durante la gala, dedicó unas palabras a su madre."]
LATER = 'Tirsa subió después el vídeo a sus redes: "¡Qué noche tan bonita!".'


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the attribution inside the quotation, where it closes, beats the speaker of the paragraph before it
        (["Titular", "La alcaldesa Marta Ríos dijo que el muelle se limpiará.", "«Eso lo llevan diciendo años.",
          "»Nadie se lo cree en el barrio.", "Ni siquiera los comerciantes», replicó el estibador Luis Pardo."],
         [[], ["Marta Ríos"], ["Luis Pardo"], ["Luis Pardo"], ["Luis Pardo"]]),
        # else the speaker before it, on every paragraph it goes on over
        (["Titular", "La alcaldesa Marta Ríos dijo que el muelle se limpiará.",
          "«Vamos a poner todos los medios para que esté listo.", "»Y habrá más grúas en verano.»"],
         [[], ["Marta Ríos"], ["Marta Ríos"], ["Marta Ríos"]]),
        # a paragraph that credits another speaker keeps them, and the next quotation is theirs
        (["Titular", "La alcaldesa Marta Ríos declaró: «El muelle estará limpio en verano.»",
          "El concejal Pedro Sanz, por su parte, dijo que faltan fondos.",
          "«No hay dinero para tanta grúa nueva en el puerto.»"],
         [[], ["Marta Ríos"], ["Pedro Sanz"], ["Pedro Sanz"]]),
    ],
)
def test_a_quotation_has_one_speaker_decided_where_it_closes(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


def test_a_quotation_given_to_the_person_in_focus_goes_on_over_its_span():
    found = paragraph_speakers([*PRIZE, '"Esto es para ti, que nunca dejaste de creer en mí.', "¡Para ti!",
                                'Y para todos los que vinieron", añadió.', LATER])
    assert found[3] == found[4] == ["Tirsa"]


def test_a_quotation_closed_on_its_line_carries_nothing_to_the_narration_after():
    found = paragraph_speakers([*PRIZE, '"Esto es para ti, que nunca dejaste de creer en mí."',
                                "La gala terminó a medianoche con un concierto.", LATER])
    assert found[3:5] == [["Tirsa"], []]


MENA = ["El actor Luis Mena, ingresado", "«Estoy bien y con ganas de volver», dijo Luis Mena a la prensa."]
PRADO = ["La cantante Rosa Prado, de gira",
         "«Nunca había cantado ante tanta gente», dijo Rosa Prado tras el concierto."]


@pytest.mark.parametrize(("paragraphs", "speakers"), [
    # words quoted in the run of a sentence that names their source or asks are the narrator's
    (MENA + ["Los enfermos tienen síntomas «parecidos a los de una gripe muy fuerte», según el parte médico."], []),
    (MENA + ["Los enfermos tienen síntomas «parecidos a los de una gripe fuerte» y fiebre, según el parte."], []),
    (MENA + ["La lesión, según el parte médico, «no necesita cirugía por ahora» y sanará sola."], []),
    (PRADO + ["¿Es tan raro «cantar para uno mismo en la ducha»?"], []),
    # otherwise, and when it stands as speech (after a colon, opening the paragraph), the last speaker's
    (MENA + ["Más tarde, reclamó a la dirección un «plan de visitas para los demás pacientes»."], ["Luis Mena"]),
    (MENA + ["Y lo dejó claro al salir: «Volveré a los escenarios antes del verano»."], ["Luis Mena"]),
    (PRADO + ["«Volveré a esta ciudad cada vez que pueda». Es su gran deseo."], ["Rosa Prado"]),
])
def test_words_quoted_in_a_sentence_that_names_a_source_or_asks_are_not_the_last_speakers(paragraphs, speakers):
    assert paragraph_speakers(paragraphs)[-1] == speakers
