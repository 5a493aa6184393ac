"""The person in focus (search.speakers.focus): a quotation that opens a line with no credit, and the lines it runs
on over, speak for the person the article is about, when the article credits them somewhere and nothing says the
voice is another's. Cases of my own wording and names, with negatives: a question in an interview, a quotation
credited to a collective, to an unnamed or plural source, a quotation about the person, a quoted heading, a body
speaking in between, no one credited in the article, someone else named on the line."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.focus import follow
from search.speakers.people import NOBODY, People
from search.speakers.voices import DocumentVoices


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


def followed(paragraphs: list[str], given: list, people: People) -> list:
    return follow(paragraphs, given, people, DocumentVoices(paragraphs, people))


HEAD = "Un verano difícil en el puerto de Vigo"
ANCHOR = "La valoración corrió a cargo de Irene Salvatierra Ocampo, patrona mayor de la cofradía, quien repasó el año."
CREDIT = "La pesca de bajura ha perdido barcos cada año, insistió Salvatierra ante los periodistas."


@pytest.mark.parametrize(
    "line, expected",
    [
        # a quotation opening the line after a paragraph about her, with no credit of its own
        ('"No nos queda otra que seguir saliendo a la mar aunque no compense.', ["Irene Salvatierra Ocampo"]),
        ("«Los jóvenes ya no quieren este oficio, y lo entiendo perfectamente».", ["Irene Salvatierra Ocampo"]),
        ('"Esto va a peor cada temporada", lamentó con la voz rota.', ["Irene Salvatierra Ocampo"]),
        ('"Esto va a peor cada temporada", añadió.', ["Irene Salvatierra Ocampo"]),
        # a short quotation that runs on is words, not a heading
        ('"Es durísimo.', ["Irene Salvatierra Ocampo"]),
        # negatives: a voice of its own after the quotation (a collective, plural), a question, a quoted heading
        ('"Esto va a peor cada temporada", dicen los marineros del muelle.', []),
        ('"Esto va a peor cada temporada", afirman fuentes de la cofradía.', []),
        ("—¿Cuánto tiempo más aguantará la flota?", []),
        ('"Temporal" en la lonja', []),
        ('"Esto va a peor cada temporada", aseguró Tomás Quiroga, armador de Cangas.', ["Tomás Quiroga"]),
    ],
)
def test_a_quotation_with_no_credit_speaks_for_the_person_in_focus(line, expected):
    assert speakers(HEAD, ANCHOR, CREDIT, line)[3] == expected


@pytest.mark.parametrize(
    "line",
    [
        '"Esto va a peor cada temporada", contó uno de sus compañeros.',  # someone unnamed
        '"Esto va a peor cada temporada", explicó su hermano a este diario.',  # a relative
        '"Irene Salvatierra seguirá al frente de la cofradía otros cuatro años.',  # words about her
        '"La cofradía pide ayudas al Gobierno para renovar la flota".',  # after a body spoke (below)
    ],
)
def test_follow_gives_no_line_the_focus_when_another_voice_may_speak(line):
    people = People()
    irene = people.person(["Irene", "Salvatierra", "Ocampo"], 1)
    paragraphs = [HEAD, ANCHOR, CREDIT, "«Cerramos el año en pérdidas», informó la cofradía.", line]
    given = [[], [], [irene], [NOBODY], []]
    assert followed(paragraphs, given, people)[-1] == []
    if "cofradía" not in line:  # right after her credit, only the voice of the line keeps her out
        assert followed([HEAD, ANCHOR, CREDIT, line], [[], [], [irene], []], people)[-1] == []


def test_follow_gives_the_focus_to_a_quotation_right_after_her_credit():
    people = People()
    irene = people.person(["Irene", "Salvatierra", "Ocampo"], 1)
    line = '"Esto va a peor cada temporada y no hay quien lo pare".'
    assert followed([HEAD, ANCHOR, CREDIT, line], [[], [], [irene], []], people)[-1] == [irene]


def test_a_quotation_runs_on_over_lines_that_close_nothing():
    found = speakers(HEAD, ANCHOR, CREDIT, '"El puerto está vacío.', "¡Vacío!",
                     'No lo había visto nunca en treinta años de oficio".', "La lonja abrió a las seis.")
    assert found[3:] == [["Irene Salvatierra Ocampo"]] * 3 + [[]]


def test_the_anchor_credited_only_later_counts():
    # the first line about him is not read as a statement; he is credited two lines after the quotation
    found = speakers("Doble cita en el festival de Olmedo", "Rodrigo Baeza Villalta tocó anoche ante cinco mil fans.",
                     '"Gracias por esperar tanto tiempo, esta ciudad me ha dado todo lo que tengo.',
                     'Volveremos pronto", prometió desde el escenario.', "Baeza anunció además un disco nuevo.")
    assert found[2] == found[3] == ["Rodrigo Baeza Villalta"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no one is credited anywhere: a person met in passing is no voice to give lines to
        ("Tráfico cortado en la avenida", "Lorena Méndez Alcázar pasó por la avenida a mediodía.",
         '"La avenida seguirá cortada hasta el viernes por las obras del colector.'),
        # a body spoke in between: no one is followed past it
        ("Obras en la avenida", "Lorena Méndez Alcázar, concejala de Obras, explicó el plan ayer.",
         "«El colector estará listo en mayo», informó el ayuntamiento en un comunicado.",
         '"La avenida seguirá cortada hasta el viernes por las obras del colector.'),
    ],
)
def test_no_one_in_focus_takes_no_line(paragraphs):
    assert speakers(*paragraphs)[-1] == []


def test_someone_else_met_leaves_no_one_in_focus():
    # a visit: the person received, named after a preposition, is not in focus, and the one before no longer is
    people = People()
    lorena = people.person(["Lorena", "Méndez", "Alcázar"], 1)
    people.person(["Julio", "Serna", "Pardo"], 2)
    paragraphs = ["Visita a la planta", "Lorena Méndez Alcázar, concejala, dijo que irá.",
                  "La planta recibió a Julio Serna Pardo.", '"La planta seguirá cerrada hasta el viernes.']
    assert followed(paragraphs, [[], [lorena], [], []], people)[-1] == []


def test_a_novel_is_left_alone():
    # a story's dialogue: the post-pass reads news only (search.speakers.reported), so a line the rules leave empty
    # stays empty
    asked = [f"—¿Vienes o no vienes, {name}? —preguntó Rodrigo." for name in ("Ana", "Luis")] * 12
    lines = ["Capítulo primero", *asked] \
        + ["Rodrigo miró el mar y no dijo nada durante un rato largo."] \
        + ['"Nadie vendrá a buscarnos esta noche, ni mañana tampoco, te lo aseguro.']
    assert speakers(*lines)[-1] == []


@pytest.mark.parametrize(
    "name, noun",
    [("Karmento", "la cantante"), ("Zetazeta", "el rapero"), ("Nakamoto", "la violinista")],
)
def test_a_stage_name_credited_only_later_is_in_focus_before(name, noun):
    # a single name (no given name the lexicon knows), a paragraph about a recital, a line told without a verb of
    # saying; the quotation after it is theirs, as the article says only two lines further on
    found = speakers(f"El mensaje de {name} en pleno concierto",
                     f"{name} dio este viernes un concierto en Oviedo, tras los problemas que han mantenido a "
                     f"{noun} lejos de los escenarios.",
                     "En un momento del concierto, aprovechó un mensaje para dedicar unas palabras a su familia.",
                     '"Gracias por esta noche mágica.',
                     'Gracias a esta ciudad por todo lo que me ha dado", declaró mirando a sus hijos.',
                     f'{name} ha compartido el vídeo en su cuenta: "¡Gracias por hacerme tan feliz esta noche!".')
    assert found[3:] == [[name]] * 3


PROFILE = [
    "Las cocinas tradicionales, patrimonio de la humanidad",
    "La noticia fue confirmada por teléfono desde París.",
    "Así lo celebró, por su parte, Teresa Olmos Ibarra, directora del instituto de folclore, en su despacho.",
    "Es importante dejar claro que la declaratoria abarca todas las cocinas del país.",
]
LATER = "El expediente está armado con criterios de antropología, subrayó Olmos Ibarra ante la pregunta."


@pytest.mark.parametrize(
    "line, expected",
    [
        # a description of a person as the subject of a verb of saying, after it, or as a source
        ("No debe confundirse con una sola región, resaltó la funcionaria en entrevista.", ["Teresa Olmos Ibarra"]),
        ("Otro punto decisivo, según la titular del instituto, fue la variedad de ingredientes.",
         ["Teresa Olmos Ibarra"]),
        ("De acuerdo con la directora, el expediente se hizo con las comunidades.", ["Teresa Olmos Ibarra"]),
        # a trade the text never gave her, when she holds an office: someone else (search.speakers.people.by_role)
        ("De acuerdo con la cantante, el expediente se hizo con las comunidades.", []),
        ("La integrante del Consejo Nacional de Folclore (CNF), comentó que el plan sigue.", ["Teresa Olmos Ibarra"]),
        # negatives: a description of the other gender, a body as subject, a description in apposition to a name
        ("No debe confundirse con una sola región, resaltó el funcionario en entrevista.", []),
        ("La fundación comentó que el plan sigue adelante.", []),
        ("La ministra de Cultura Lidia Prado ha comentado que el plan sigue.", ["Lidia Prado"]),
        # a question (an interviewer's) and a line with no voice
        ("¿Cree usted que la declaratoria ayudará a las cocineras?", []),
        ("La declaratoria se publicará en el diario oficial.", []),
    ],
)
def test_a_description_speaks_for_the_person_in_focus(line, expected):
    assert speakers(*PROFILE, line, LATER)[4] == expected


def test_a_verb_of_saying_joined_by_y_goes_on_with_the_person_in_focus():
    found = speakers(*PROFILE, '"Lo importante es que la cocina siga viva en cada casa".',
                     "Y remató con un elogio para las cocineras de los pueblos.", LATER)
    assert found[5] == ["Teresa Olmos Ibarra"]


def test_an_interview_answer_after_the_question_is_the_person_in_focus():
    found = speakers(*PROFILE, '"La cocina de un país se registra entera o no se registra".',
                     "–¿A qué se compromete el país con esta inscripción?",
                     "–A que la cocina siga viva y cambie con una base propia, como siempre ha hecho.", LATER)
    assert found[5:7] == [[], ["Teresa Olmos Ibarra"]]


@pytest.mark.parametrize(
    "line, expected",
    [
        # a relative `quien` with a verb of saying: the person named before it, past an apposition
        ("El análisis estuvo a cargo de Pedro Lagos Viña, exportero, quien explicó que el equipo no funciona.",
         ["Pedro Lagos Viña"]),
        ("La cifra fue confirmada a este diario por Rocío Anaya Gil, portavoz del organismo, quien detalló que no.",
         ["Rocío Anaya Gil"]),
        ("La charla corrió a cargo de Pedro Lagos Viña, quien le dijo al público: que no.", ["Pedro Lagos Viña"]),
        # negatives: no statement after the relative, a body named last, a visit
        ("En sustitución de Pedro Lagos Viña, quien deja un club dividido, llega un técnico joven.", []),
        ("La llegada de Pedro Lagos Viña, quien llegó ayer al club, fue muy comentada.", []),
        ("El caso llegó a la empresa Lagos Hermanos, quien aseguró que no sabía nada.", []),
    ],
)
def test_a_relative_with_a_verb_of_saying_is_the_person_before_it(line, expected):
    assert speakers("Cambio de rumbo en el club", line)[1] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ('Y mirando a su pareja dijo: "Y a ti también te lo debo todo.', ["Teresa Olmos Ibarra"]),
        ("Luego, sonriendo, añadió: «Nunca me he ido del todo de aquí».", ["Teresa Olmos Ibarra"]),
        # negatives: a subject before the verb (a noun phrase, a name), no quotation after the colon
        ('Y su hermano dijo: "Y a ti también te lo debo todo.', []),
        ('Y mirando al cielo pensó: nada sería igual.', []),
    ],
)
def test_a_verb_of_saying_with_no_subject_before_a_colon_quotation(line, expected):
    assert speakers(*PROFILE, line, LATER)[4] == expected


def test_a_quotation_never_closed_goes_on_over_a_few_lines_only():
    # the quotation is given by this pass (its anchor is credited only at the end), and its closing mark was lost
    lines = [f"La marea subió otra vez en el muelle número {n} del puerto." for n in range(20)]
    found = speakers("El mensaje de Karmento en pleno concierto",
                     "Karmento dio este viernes un concierto en Oviedo, tras meses lejos de los escenarios.",
                     "En un momento del concierto, aprovechó un mensaje para dedicar unas palabras a su familia.",
                     '"Gracias por esta noche mágica y por todo lo que me habéis dado.', *lines,
                     'Karmento ha compartido el vídeo en su cuenta: "¡Gracias por hacerme tan feliz esta noche!".')
    assert found[3] == found[4] == ["Karmento"]
    assert found[-2] == []


@pytest.mark.parametrize("name, line", [
    (["Julián", "Núñez", "Ortí"], '"Núñez Ortí seguirá al frente del club otros cuatro años.'),
    (["Julián", "Núñez", "Ortí"], '"Con Ortí el equipo ganó la liga.'),  # as written, accented
    (["Julián", "Núñez", "Ortí"], '"Con Orti el equipo ganó la liga.'),  # and without the accent
    (["Marta", "Gil"], '"Marta Gil no renovará.'),
])
def test_a_quotation_naming_the_person_in_focus_is_about_them_not_theirs(name, line):
    people = People()
    person = people.person(name, 1)
    anchor = f"La presentación corrió a cargo de {' '.join(name)}, presidente del club, quien repasó el año."
    credit = f"El club ha perdido socios cada año, insistió {name[-1]} ante los periodistas."
    assert followed([HEAD, anchor, credit, line], [[], [], [person], []], people)[-1] == []
