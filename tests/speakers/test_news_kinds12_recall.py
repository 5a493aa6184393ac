"""Lines real news attributes past what the verb of saying stands next to (round 12): a manner between an inverted
verb and its subject (`dice con ironía la actriz`), a verb joined by `y` after a `que` clause with no subject of its
own (`X dejó abierta la posibilidad para que el PRD decida… y manifestó que…`), the speaker followed still after
others are named, when the text names them again, a quotation inside a quotation in straight marks. Cases of other
names and shapes than those they were found on, negatives included (the one spoken to, a subjunctive, a film)."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.quote_marks import scan


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


INTRO = "Lucía Ferrán, una vida en los escenarios"
LEAD = "A los 30 años Lucía Ferrán recibió una propuesta que cambió su carrera."


@pytest.mark.parametrize(
    "text, expected",
    [
        # a manner told with a preposition and a bare noun, between the verb and its subject
        ('"Nunca pensé en retirarme", dice con ironía la actriz en un video.', ["Lucía Ferrán"]),
        ('"Nunca pensé en retirarme", respondió entre risas la actriz.', ["Lucía Ferrán"]),
        ('"Nunca pensé en retirarme", afirmó sin rodeos Lucía Ferrán.', ["Lucía Ferrán"]),
        ('"Nunca pensé en retirarme", contestó con una sonrisa la intérprete Lucía Ferrán.', ["Lucía Ferrán"]),
        ('"Nunca pensé en retirarme", dijo con voz firme el productor Raúl Mena.', ["Raúl Mena"]),
        # negatives: with an article, `con` names the one spoken to; a place after `en`
        ('"Nunca pensé en retirarme", comentó con el productor Raúl Mena.', ["Lucía Ferrán"]),
        ('"Nunca pensé en retirarme", escribió con tinta roja en Madrid.', ["Lucía Ferrán"]),
    ],
)
def test_a_manner_between_the_verb_and_its_subject(text, expected):
    assert speakers(INTRO, LEAD, text)[2] == expected


DELFINA = "Marta Ibáñez cierra su campaña en Toluca"
COMPANION = "En su cierre fue acompañada por el dirigente del partido, Joaquín Reyes Lara."


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb joined by `y` after a `que` clause that names no subject: the subject of the clause before `que`
        ("Reyes Lara volvió a dejar abierta la posibilidad para que el PRD decida declinar, porque todavía faltan "
         "días y manifestó que va a esperar.", ["Joaquín Reyes Lara"]),
        ("Reyes Lara pidió a los militantes que voten temprano y advirtió que habrá observadores.",
         ["Joaquín Reyes Lara"]),
        ("La senadora Inés Campos exigió que se revise el padrón y ha asegurado que no firmará.", ["Inés Campos"]),
        ("Reyes Lara recorrió la colonia para que los vecinos lo conozcan y aseguró que volverá.",
         ["Joaquín Reyes Lara"]),
        # negatives: a subjunctive joins the `que` clause; a plural; a visit with no verb of saying
        ("Reyes Lara recorrió la colonia para que el alcalde revise el plan y anuncie su decisión.", []),
        ("Reyes Lara recorrió la colonia para que los vecinos voten y explicaron que no irán.", []),
        ("Reyes Lara recorrió la colonia para que los vecinos voten y visitó después el mercado.", []),
    ],
)
def test_a_verb_joined_after_a_que_clause_shares_the_outer_subject(text, expected):
    assert speakers(DELFINA, COMPANION, text)[2] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # named again after others were: still the one followed
        (["Lucía Ferrán recuerda sus comienzos", '"Empecé en el teatro", contó Lucía Ferrán.',
          "La obra, dirigida por Juan Ortega, mostró a Lucía Ferrán como una madre abnegada.",
          '"Todos me pusieron a llorar desde entonces", recordó en una entrevista.'], ["Lucía Ferrán"]),
        (["Lucía Ferrán recuerda sus comienzos", '"Empecé en el teatro", contó Lucía Ferrán.',
          "En el rodaje conoció a Pedro Salas y a Ana Rivas, con quienes trabajó en tres películas.",
          "Hasta ahora, Ferrán había permanecido en silencio sobre aquella etapa.",
          "En una entrevista que emitirá la televisión el domingo ha contado los secretos de su boda."],
         ["Lucía Ferrán"]),
        # negative: another person named after her last mention, and no mention of her since
        (["Lucía Ferrán recuerda sus comienzos", '"Empecé en el teatro", contó Lucía Ferrán.',
          "Lucía Ferrán trabajó después con el director Juan Ortega, que la dirigió en tres películas.",
          "El cineasta Tomás Luna, su rival durante años, estrenó otra película.",
          "Mañana estrena la película en Madrid.",
          "Luego se fue a vivir a París.",
          '"No fue fácil", contó en una entrevista.'], []),
    ],
)
def test_the_speaker_named_again_stays_followed(paragraphs, expected):
    assert speakers(*paragraphs)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quotation in straight marks inside one in straight marks, both closed by the mark that ends the paragraph
        ('"Fui la abuelita de todos, donde mi papel "en el fondo era el de una madre".', (None, True)),
        ('"Ella dijo que era "lo más bonito" de su vida", afirmó.', (None, False)),
        # negatives: two quotations one after the other; a quotation that stays open
        ('"Fui la abuelita", dijo, "y no me arrepiento".', (None, False)),
        ('Dijo "no" y luego "sí".', (None, False)),
        ('"Es como "un juego" para mí, y lo sigue siendo', ('"', True)),
    ],
)
def test_a_quotation_inside_a_quotation_in_straight_marks(text, expected):
    assert scan(text, None, nested=True)[:2] == expected


def test_a_novel_keeps_straight_marks_unnested():
    assert scan('"Fui la abuelita de todos, donde mi papel "en el fondo era el de una madre".', None)[0] == '"'


def test_narration_after_a_nested_quotation_is_nobodys():
    paragraphs = [INTRO, LEAD, '"Siempre me identifiqué con ella", contó la actriz.',
                  '"Fui la abuelita de todos, donde mi papel "en el fondo era el de una madre".',
                  "La película, dirigida por Juan Ortega, mostró a Lucía Ferrán como una madre abnegada.",
                  '"Desde entonces todos me pusieron a llorar.', 'Porque si tú no sientes, nadie siente", contó.']
    assert speakers(*paragraphs)[3:] == [["Lucía Ferrán"], [], ["Lucía Ferrán"], ["Lucía Ferrán"]]


CAMPAIGN = ["Coincide Reyes con propuesta de eliminar subsidios",
            "El líder del partido, Joaquín Reyes Lara, dijo estar de acuerdo con el planteamiento del frente."]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pull quote in the first person, however long, with its credit after a colon
        ("Estamos de acuerdo en que se suspenda el financiamiento público a los partidos y que los militantes sean "
         "los que aporten para los partidos: Reyes.", ["Joaquín Reyes Lara"]),
        ("Yo no voy a permitir que se siga gastando el dinero de la gente en campañas que nadie quiere ver ni "
         "escuchar en ningún rincón del país: JRL.", ["Joaquín Reyes Lara"]),
        # negatives: a long paragraph in the third person that ends in a name (a winner, a list)
        ("El premio a la mejor labor de los militantes en la campaña de este año en todos los municipios del "
         "estado fue para la diputada local: Inés Campos.", []),
        ("La lista de quienes acompañaron al candidato en el templete durante el cierre de campaña en el centro de "
         "la ciudad la completaba el alcalde: Tomás Ugarte.", []),
    ],
)
def test_a_pull_quote_credited_after_a_colon(text, expected):
    assert speakers(*CAMPAIGN, text)[2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a candidate's other names: `aspirante`, `precandidato` (a role the text did not give, standing for the one
        # followed)
        ("Además, el aspirante presidencial consideró urgente que se reduzcan los sueldos.", ["Joaquín Reyes Lara"]),
        ("El precandidato aseguró que recorrerá todo el país.", ["Joaquín Reyes Lara"]),
        # negatives: the aspiring body (`la aspirante` of another gender, with no woman followed); a plural
        ("La aspirante aseguró que recorrerá todo el país.", []),
        ("Los aspirantes a la beca explicaron que no tienen fondos.", []),
    ],
)
def test_a_candidate_named_by_another_word(text, expected):
    assert speakers(*CAMPAIGN, text)[2] == expected


VIRAL = ["Una actriz famosa pasea por Oaxaca", "Un diario local contactó al joven que grabó el video, "
         "\"la señora fue muy amable conmigo\", relata Iván."]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of saying after a restrictive relative on its subject: the subject is the main clause's, before it
        ("El joven de 20 años que trabaja en la tienda de ropa del centro de Oaxaca comentó \"venía con dos "
         "amigas\".", ["Iván"]),
        ("El muchacho que vende artesanías en la Plaza Mayor aseguró que la actriz compró tres figuras.", ["Iván"]),
        ("La alcaldesa Rosa Peña, que visita hoy el mercado, dijo que la actriz es bienvenida.", ["Rosa Peña"]),
        # negatives: a body before the relative; a relative with a clause of its own joined by `y`; the relative's
        # own verb of saying
        ("El informe que publica la universidad advierte que el turismo crece.", []),
        ("Fuentes del mercado aseguran que recibieron una visita y el propio Iván reivindicó su video.", ["Iván"]),
        ("La vecina que comentó el video no quiso dar su nombre.", []),
    ],
)
def test_a_verb_after_a_relative_on_its_subject(text, expected):
    assert speakers(*VIRAL, text)[2] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # in a novel's dialogue too: the manner, then the name
        ("—No pienso volver —respondió con energía Irene.", "Irene"),
        ("—¡Once! —exclamó con voz solemne Adambis.", "Adambis"),
        # negative: the one spoken to after the manner, in the old spelling of `a`
        ("—¡Vete ya! —dijo con imperio á Batiste.", None),
    ],
)
def test_a_manner_in_dialogue(text, expected):
    found = speakers("Capítulo primero", "Irene y Batiste llegaron tarde a la casa de Adambis.", text)[2]
    assert (expected in found) if expected else "Batiste" not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # what someone said, as an opener's source: `lo dicho por X`, `lo que dijo X`
        ("De acuerdo con lo compartido por el actor Pepe Lira al diario local, la razón fue la visa de trabajo.",
         ["Pepe Lira"]),
        ("Según lo dicho por la jueza Marta Ibáñez, el juicio empezará en marzo.", ["Marta Ibáñez"]),
        ("Según lo expuesto por Tomás Ugarte en la reunión, la obra costará el doble.", ["Tomás Ugarte"]),
        ("Según lo que ha declarado el alcalde Tomás Ugarte, la obra costará el doble.", ["Tomás Ugarte"]),
        ("De acuerdo con lo que explicó Inés Campos, el plazo vence mañana.", ["Inés Campos"]),
        # negatives: a law, a medium, a place, nothing said
        ("De acuerdo con lo establecido por la ley, el plazo vence mañana.", []),
        ("Según lo publicado por el diario El Norte, la obra costará el doble.", []),
        ("De acuerdo con lo visto en Monterrey, la obra costará el doble.", []),
    ],
)
def test_what_someone_said_as_an_openers_source(text, expected):
    assert speakers("Tres comediantes no podrán volver", text)[1] == expected


FIGHT = ["Karlsson jura que ganará el título", "El boxeador sueco aseguró al periodista Conan Reilly que su rival "
         "no aguantará.", "Erik Karlsson aprovecha cualquier oportunidad para hablar de la pelea."]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dative the clitic takes up is whom the clause is about: the subject of a verb joined by `y`
        ("Pero al sueco no le basta con vaticinar su victoria y deja claro que noqueará a su rival.",
         ["Erik Karlsson"]),
        ("A Karlsson no le preocupa el peso y asegura que llegará en forma.", ["Erik Karlsson"]),
        # and a description the text gave once names the same person later (`el boxeador sueco`, `el sueco`)
        ("El sueco deja claro que noqueará a su rival.", ["Erik Karlsson"]),
        # negatives: the dative is the one spoken to; no verb of saying
        ("Al periodista le dijo que no habrá revancha.", ["Erik Karlsson"]),
        ("Pero al sueco no le basta con entrenar y sigue corriendo cada mañana.", []),
    ],
)
def test_a_dative_subject_and_a_description_remembered(text, expected):
    assert speakers(*FIGHT, text)[3] == expected


FAMILY = ["La escritora Lucía Ferrán responde a su crítico", "La escritora Lucía Ferrán respondió al novelista "
          "Andrés Pardo por lo que dijo de su esposo, el candidato Julio Reyes."]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a family tie as the subject: the person just followed, if the tie's gender is theirs
        ('"Me da vergüenza", dijo Ferrán en esta ciudad.|La esposa del candidato manifestó lo anterior al finalizar '
         'la entrevista.', ["Lucía Ferrán"]),
        ('"Me da vergüenza", dijo Ferrán.|La esposa del tabasqueño aseguró que no votará por Pardo.', ["Lucía Ferrán"]),
        # `lo anterior`: what the verb reports is the quotation before
        ('"Me da vergüenza", dijo Ferrán.|Ferrán expresó lo anterior ante los periodistas.', ["Lucía Ferrán"]),
        # negatives: a tie of another gender; a tie to the person followed; a man followed
        ('"Me da vergüenza", dijo Ferrán.|El hermano del candidato aseguró que no votará.', []),
        ('"Me da vergüenza", dijo Ferrán.|La madre de Lucía Ferrán aseguró que no votará.', []),
        ('"No votaré por nadie", dijo Andrés Pardo.|La esposa del alcalde aseguró que no votará.', []),
    ],
)
def test_a_family_tie_as_the_subject(text, expected):
    assert speakers(*FAMILY, *text.split("|"))[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # giving an example is a statement: `puso como ejemplo`, `puso de ejemplo`
        ("Puso como ejemplo la demanda que ha interpuesto contra un académico el exgobernador del estado.",
         ["Lucía Ferrán"]),
        ("La escritora puso de ejemplo a su abuela, que trabajó hasta los noventa años.", ["Lucía Ferrán"]),
        # negatives: a thing put somewhere, an example nobody gives
        ("Puso el libro sobre la mesa y se fue.", []),
        ("El caso es un ejemplo de lo que ocurre en el estado.", []),
    ],
)
def test_giving_an_example(text, expected):
    assert speakers(*FAMILY, '"Me da vergüenza", dijo Ferrán.', text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative governed by a preposition is no subject: the main clause's subject speaks
        ("Ferrán se reunió con el editor Pablo Soto, con quien ha compartido la importancia de leer.",
         ["Lucía Ferrán"]),
        ("Ferrán recibió llamadas de varios escritores, a quienes reconoció su labor.", ["Lucía Ferrán"]),
        ("La escritora Inés Campos visitó a Pablo Soto, de quien dijo que es su maestro.", ["Inés Campos"]),
        # a clause after a semicolon with no subject shares the one before it
        ("La escritora Inés Campos visitó la feria; destacó que la lectura crece.", ["Inés Campos"]),
        # negatives: the relative is the subject; a subject after the semicolon; no verb of saying
        ("Ferrán se reunió con el editor Pablo Soto, quien aseguró que habrá segunda edición.", ["Pablo Soto"]),
        ("Inés Campos visitó la feria; el editor Pablo Soto aseguró que la lectura crece.", ["Pablo Soto"]),
        ("Inés Campos visitó a Pablo Soto, con quien trabajó diez años.", []),
        ("Ferrán llegó con su viejo editor, a quien aseguró el periodista Pablo Soto que habría premio.",
         ["Pablo Soto"]),
        ("Ferrán visitó al joven, de quien decían sus vecinos que era un santo.", []),
    ],
)
def test_a_governed_relative_and_a_semicolon(text, expected):
    assert speakers(*FAMILY, "La feria abrió sus puertas.", text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a day between the subject's place and the verb is no subject
        ("La periodista aludió al presidente Tomás Ugarte, que el martes pidió perdón por el escándalo.",
         ["Tomás Ugarte"]),
        ("Ana Gil, que este lunes aseguró que no dimitirá, llegó tarde.", ["Ana Gil"]),
        ("El diputado Luis Mena, quien el pasado viernes advirtió que votará en contra, no vino.", ["Luis Mena"]),
        # negatives: the day itself is no one; a subject after the day
        ("El martes pidió la palabra el diputado Luis Mena.", ["Luis Mena"]),
        ("El martes fue un día tranquilo en el Congreso.", []),
    ],
)
def test_a_day_is_no_subject(text, expected):
    assert speakers("Sesión en el Congreso", text)[1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an opener whose words are weak hints alone is read: `a decir de X`
        ("A decir del alcalde Rubén Cota, no habrá recortes.", ["Rubén Cota"]),
        ("Los recortes, a decir de la consejera Inés Campos, llegarán en marzo.", ["Inés Campos"]),
        # negatives: `decir` with no opener
        ("Es difícil decir de dónde salió el dinero.", []),
        ("Al decir de los vecinos, la obra fue un desastre.", []),
    ],
)
def test_a_decir_de(text, expected):
    assert speakers("Debate sobre la reforma fiscal", text)[1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a view held by a dative the clitic takes up, before `que`
        ("A la ministra Inés Campos le parece que el plan es bueno.", ["Inés Campos"]),
        ("Al juez Rubén Cota no le consta que hubiera fraude.", ["Rubén Cota"]),
        ("Pero a Tomás Ugarte le preocupa que la obra se retrase.", ["Tomás Ugarte"]),
        # negatives: no dative phrase; no `que`; a pronoun; a thing
        ("Le parece que el plan es bueno.", []),
        ("A la ministra Inés Campos le parece bien el plan.", []),
        ("Al comité le preocupa que la obra se retrase.", []),
    ],
)
def test_a_view_held_by_a_dative(text, expected):
    assert speakers("Debate sobre la reforma fiscal", text)[1] == expected


def test_a_novel_keeps_what_a_character_perceived():
    paragraphs = ["Capítulo tercero", *["Llovía sobre la huerta."] * 3,
                  "A Batiste le pareció que el sol era más caliente que otros días."]
    assert paragraph_speakers(paragraphs * 150)[4] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subject pronoun: the person followed if of its gender, else the one of its gender met last
        ("Ella aseguró que votará en contra.", ["Ana Ruiz"]),
        ("Ella también aseguró que votará en contra.", ["Ana Ruiz"]),
        ("Él insistió en que no habrá recortes.", ["Luis Gil"]),
        # negative: no pronoun, the person followed
        ("Después aseguró que no habrá recortes.", ["Luis Gil"]),
    ],
)
def test_a_subject_pronoun_of_a_gender(text, expected):
    paragraphs = ["Debate sobre la reforma", '"No habrá recortes", dijo el ministro Luis Gil.',
                  "La reforma afecta a la diputada Ana Ruiz, que votará mañana.", text]
    assert speakers(*paragraphs)[3] == expected
