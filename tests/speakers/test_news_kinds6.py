"""Kinds of attribution met in real news (round 6): quotations, subjects and paraphrase, each with cases of other
names and shapes than those it was found on, negative ones included."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the subject of the clause before the colon speaks, not the speaker before, and over the next lines
        (["El médico Tomás Vera dijo que el fármaco funciona.", "La enfermera Lucía Prado sostiene que no.",
          'Pero Vera no está de acuerdo: "Los datos son claros.', "Lo hemos visto en cien pacientes.", 'No hay duda".'],
         [["Tomás Vera"], ["Lucía Prado"], ["Tomás Vera"], ["Tomás Vera"], ["Tomás Vera"]]),
        (["La jueza Elena Sanz dijo que el caso sigue abierto.", "El fiscal Jorge Luna replicó que no.",
          "No obstante, Sanz mantiene su criterio: «La ley es clara»."],
         [["Elena Sanz"], ["Jorge Luna"], ["Elena Sanz"]]),
        # a word in capitals before a stage name
        (["El productor Iván Soto dijo que fue un éxito.",
          'DJ Carla sabe el papel que la radio juega en su carrera: "sin ella no existiríamos.',
          'Hay que aprovecharla".'], [["Iván Soto"], ["Carla"], ["Carla"]]),
        # a subject pronoun, or a dative one, refers to the person followed
        (["La cantante Rosa Lema presentó su disco.", "El productor Iván Soto dijo que fue un éxito.",
          "Rosa Lema cree que el disco gustará.", 'A ella le encanta Instagram: "la uso para hablar con el público".'],
         [[], ["Iván Soto"], ["Rosa Lema"], ["Rosa Lema"]]),
        (["El entrenador Raúl Cano llegó a las diez.", "El portero Hugo Gil dijo que están listos.",
          "Raúl Cano opina que el rival es fuerte.", "Él es optimista: «Vamos a ganar la liga»."],
         [[], ["Hugo Gil"], ["Raúl Cano"], ["Raúl Cano"]]),
        # a dative name: the person it names
        (["El alcalde Pedro Ruiz presentó el plan.", "La concejal Ana Soto dijo que llega tarde.",
          "A Ruiz le preocupa el tráfico: «Es el problema de la ciudad»."],
         [[], ["Ana Soto"], ["Pedro Ruiz"]]),
        # negative: the colon introduces no quotation, or a place or a body stands before it
        (["La ministra Ana Gil llegó a Lima.", "Pero Gil tenía una agenda: reuniones y visitas."], [[], []]),
        (["El ministro Luis Vega dijo que sí.", 'El Gobierno es claro: "No habrá recortes".'],
         [["Luis Vega"], []]),
    ],
)
def test_a_quotation_after_a_colon_is_the_words_of_the_clause_subject(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # verbs of noticing, exclaiming and sustaining with their frame
        (["El corresponsal del diario, Iván Mora, ha notado que los precios suben."], [["Iván Mora"]]),
        (["La vecina Rosa Lema notó que el agua bajaba."], [["Rosa Lema"]]),
        (['"¡Viva la fiesta!", exclamó la alcaldesa Ana Gil.'], [["Ana Gil"]]),
        # negative: `notó` with an object, and `nota` as a noun
        (["El atleta Raúl Cano notó cansancio en la carrera."], [[]]),
        (["La nota que publicó Raúl Cano era breve."], [[]]),
        # a stance after a copula, with its complement
        (["No obstante, el médico Luis Roca es escéptico con respecto a las cifras."], [["Luis Roca"]]),
        (["La alcaldesa Ana Gil está convencida de que el plan saldrá."], [["Ana Gil"]]),
        (["El senador Pedro Ruiz era partidario de votar ya."], [["Pedro Ruiz"]]),
        (["La situación es crítica en Madrid.", "El resultado fue favorable."], [[], []]),
        # a possessive opinion noun before a copula: the owner's view, the sentence's subject first
        (["La portavoz, Marta Sanz, ha mantenido contactos y su convicción es que la ley saldrá."], [["Marta Sanz"]]),
        (["El juez Tomás Vidal dijo que estudiará el caso.", "Su impresión es que no habrá juicio."],
         [["Tomás Vidal"], ["Tomás Vidal"]]),
        # a name closing an apposition before the verb is its subject
        (["En abril, el vicepresidente del comité (COI), Juan Coll, calificó la cita de desastre."], [["Juan Coll"]]),
        (["La ministra de Exteriores, Ana Gil, y su homólogo, Luis Vega, coincidieron en que sí."],
         [["Ana Gil", "Luis Vega"]]),
        # a verb that ends the sentence after a comma reports all of it
        (["Destaca Rosa Lema la fuerza de la mujer", "El país está lleno de mujeres fuertes, que lo cambian, dijo."],
         [["Rosa Lema"], ["Rosa Lema"]]),
        (["La jueza Elena Sanz llegó a las diez.", "La sala estaba llena, dijo ayer."], [[], ["Elena Sanz"]]),
    ],
)
def test_paraphrase_and_opinion(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the name that opens a paragraph with no statement is whom the next subject-less verb refers to, even
        # when a list set off by commas follows it, past a role, and a stage name met first there
        (["La cantante Rosa Lema dijo que sí.", "El productor Iván Soto dijo que no.",
          "Rosa Lema tiene temas como Reinas, Duele o Traketeo, todos bailables.", "Reconoce que no es fan de nadie."],
         [["Rosa Lema"], ["Iván Soto"], [], ["Rosa Lema"]]),
        (["DJ Nora tiene temas como Luna, Sol o Mar, todos bailables.", "Reconoce que no es fan de nadie."],
         [[], ["Nora"]]),
        (["El productor Iván Soto dijo que no.", "El psicoterapeuta Yan Pirov, de 60 años, es un pionero.",
          "Desde Kazán, a 800 kilómetros de Moscú, asegura haber curado a cien pacientes."],
         [["Iván Soto"], [], ["Yan Pirov"]]),
        # negative: an opening phrase is no name; a word in capitals alone names nobody
        (["El productor Iván Soto dijo que no.", "Durante el acto, Marta Gil visitó la feria.",
          "Ha insistido en que la feria crece."], [["Iván Soto"], [], ["Marta Gil"]]),
        (["ONU tiene sedes como Ginebra, Viena o Nairobi.", "Recuerda que el plan sigue."], [[], []]),
    ],
)
def test_whom_an_opening_name_makes_salient(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a verb joined by `y` takes the subject of the nearest clause that has one, a role resolved to the person
        (["El presidente de Chile, Pedro Soto, felicita a su hijo.", "Su hijo Diego Soto Díaz cumplió años.",
          'Diego llegó a los 20 años y el presidente de Chile publicó una foto junto a él, y escribió: "¡Feliz día!',
          'Deseo que seas feliz".'],
         [["Pedro Soto"], [], ["Pedro Soto"], ["Pedro Soto"]]),
        (["Ana llegó tarde y Luis Vega subió una foto y escribió que estaba feliz."], [["Luis Vega"]]),
        (["Marta Gil visitó la feria y el alcalde Luis Roca la recibió y dijo que volverá."], [["Luis Roca"]]),
        # negative: a name governed by a preposition, or the object of the first clause, is no subject
        (["Luis Vega saludó a Ana Gil y escribió que estaba feliz."], [["Luis Vega"]]),
        (["La jueza Elena Sanz habló con Pedro Ruiz y anunció que cierra el caso."], [["Elena Sanz"]]),
        # no name at all, several clauses: no subject, and no failure
        (["La lluvia cayó y el viento sopló y la tarde siguió y anunció que habrá frío."], [[]]),
    ],
)
def test_a_coordinated_verb_takes_the_nearest_subject(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an agency that relays a person's words leaves the person salient for the next subject-less verb
        (["El candidato Luis Vega habló en el foro.",
          'Insistió en que habrá dos pistas, "y lo terminaremos en 2020", citó la agencia Notimex.',
          'Agregó que buscará el diálogo, "y así revisar la mejor opción", agregó Notimex.', "Recordó que ya gobernó."],
         [[], ["Luis Vega"], ["Luis Vega"], ["Luis Vega"]]),
        # a body that speaks alone stays the one a later `añadió` refers to
        (["El ministro Luis Vega dijo que sí.", "La OMS, por su parte, respondió que no.", "Añadió que esperará."],
         [["Luis Vega"], [], []]),
        # a lone word the document never named, after a statement (`, de acuerdo con Reforma`), is the medium
        (['"Voy a ganar", dijo el candidato Luis Vega, de acuerdo con Reforma.'], [["Luis Vega"]]),
        (['"Hay acuerdo", dijo Ana Gil, según Reuters.'], [["Ana Gil"]]),
        # negative: a person the document named, or an opener that starts the sentence
        (["La ministra Ana Gil llegó.", "Habrá acuerdo, según Gil."], [[], ["Ana Gil"]]),
        (["Según Sánchez, habrá acuerdo."], [["Sánchez"]]),
    ],
)
def test_a_medium_that_relays_is_no_speaker(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a quotation whose opening mark the source lost, credited at its end: every line is the speaker's
        (['El candidato Luis Vega destacó "esto ya se ganó" ante sus seguidores.', "No estás solo.",
          "Aquí está tu gente.", '¡Sí, por un mejor estado!", exclamó.'],
         [["Luis Vega"], ["Luis Vega"], ["Luis Vega"], ["Luis Vega"]]),
        (["La alcaldesa Ana Gil dijo que seguirá.", "Vamos a seguir.", 'Nadie nos para", dijo Gil.'],
         [["Ana Gil"], ["Ana Gil"], ["Ana Gil"]]),
        # a quotation over several lines credited at its end with no subject: the person followed
        (["El psicólogo Yan Pirov, de 60 años, es un pionero.", '"Cuando alguien acude a mi consulta, le muestro.',
          "El paciente se llena de esperanza.", 'Trabajé con ella durante años", cuenta a la radio.'],
         [[], ["Yan Pirov"], ["Yan Pirov"], ["Yan Pirov"]]),
    ],
)
def test_a_quotation_credited_at_its_end(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an object put first and taken up by a clitic leaves the subject unsaid: the person followed
        (["El escritor Jorge Gómez dijo que abrirá un museo.",
          "La noticia la dio a conocer en su columna, en la que expuso que la idea surgió de los fans."],
         [["Jorge Gómez"], ["Jorge Gómez"]]),
        (["La jueza Elena Sanz dijo que el caso sigue.", "Esa decisión la anunció ayer en la radio."],
         [["Elena Sanz"], ["Elena Sanz"]]),
        # negative: a person or a body before the clitic is the subject
        (["El escritor Jorge Gómez dijo que sí.", "La ministra Ana Gil lo anunció ayer."],
         [["Jorge Gómez"], ["Ana Gil"]]),
        (["El escritor Jorge Gómez dijo que sí.", "La empresa lo anunció ayer."], [["Jorge Gómez"], []]),
    ],
)
def test_an_object_put_first(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an indefinite source (`según un experto`) named further on in apposition
        (["Según un experto consultado por EFE, el responsable de la web 'Red Segura', Iván Mora, es más probable "
          "que sea un fallo."], [["Iván Mora"]]),
        (["De acuerdo con una analista del banco, la economista Ana Ruiz, la inflación bajará."], [["Ana Ruiz"]]),
        # negative: no name in apposition, or a source that is no person
        (["Según un experto, la caída es grave."], [[]]),
        (["Según un estudio del hospital, Luis Vega, el paciente, mejora."], [[]]),
    ],
)
def test_an_indefinite_source_named_later(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # quoted words that name something (a nickname, a title) are no one's words
        (["El corresponsal Chris Bell dijo que Lee tuvo la idea.",
          'Ditko creó al villano The Creeper -alias "el loco de piel amarilla"- con DC Comics.',
          'Evitó salir en la película "In Search of Steve Ditko" de la BBC.'], [["Chris Bell"], [], []]),
        # quoted words that report: the person followed
        (["La cantante Rosa Lema dijo que sí.", 'Lema ve el éxito como "una historia que contarle a sus nietos".'],
         [["Rosa Lema"], ["Rosa Lema"]]),
    ],
)
def test_quoted_terms_are_no_speech(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a quotation after a noun that names a title is no one's words
        (["El periodista Kostas Lamb dijo que publicará la lista.",
          'Este sábado, Hot Doc, la revista que dirige, había publicado una exclusiva bajo el titular "Todos los '
          'nombres de la lista".'], [["Kostas Lamb"], []]),
    ],
)
def test_a_title_in_quotation_marks(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a colon quotation after a clause whose possessive has no antecedent: the person followed, else the article's
        # main actor, the first the headline names
        (["Muere Jorge Pardo, el pintor de Valparaíso", "El artista murió el lunes en su casa.",
          'La galería Sur publicó lo siguiente: "Fue un maestro".',
          'Su última entrevista la dio en 2010: "Nunca hablo de mí.', 'Pinto lo que veo".'],
         [[], [], [], ["Jorge Pardo"], ["Jorge Pardo"]]),
        (["La pintora Ana Gil llega a Lima", "El crítico Luis Vega dijo que es su mejor obra.",
          'Sus palabras fueron claras: "Es un triunfo".'], [[], ["Luis Vega"], ["Luis Vega"]]),
        # negative: a headline that names nobody
        (["Cierra la galería Sur", 'Su último catálogo lo decía: "Todo pasa y todo queda".'], [[], []]),
    ],
)
def test_a_possessive_with_no_antecedent(paragraphs, expected):
    assert speakers(*paragraphs) == expected
