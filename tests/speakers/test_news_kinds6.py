"""Kinds of attribution met in real news (round 6: blind articles of many outlets), each with cases of other
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
        # streets, areas, agencies and companies are no speakers, nor whom a later verb refers to
        (["El alcalde Luis Roca dijo que la obra sigue.",
          "La obra va del Paseo de la Alameda a la Calzada de Tlalpan.", "Agregó que acabará en mayo."],
         [["Luis Roca"], [], ["Luis Roca"]]),
        (["El escritor Juan Mora lo contó en un diario de la Ciudad de México y Área Metropolitana, en la que "
          "expuso que el museo abrirá."], [["Juan Mora"]]),
        (["La empresa firmó con Tata Group y Marvel Comics.", '"Estamos confiados", dijo la directora Ana Gil.'],
         [[], ["Ana Gil"]]),
        (["Notimex informó que el candidato Luis Vega llegó.", "Vega dijo que ganará."], [[], ["Luis Vega"]]),
        # a full name after a body's name is a person
        (['"Es un avance", dijo al medio Notimex Jorge Pérez, director del hospital.'], [["Jorge Pérez"]]),
        # a role that names a body (`del Consejo Ciudadano Consultivo`) keeps the body's words out of any name
        (["En su mensaje, la presidenta del Consejo Ciudadano Consultivo, reconoció la labor del equipo."], [[]]),
    ],
)
def test_places_and_bodies_are_no_speakers(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a role noun of a trade or art stands for the person with it
        (["El luchador Mario Ortiz presentó el museo.", "El director Luis Vega dijo que abrirá en mayo.",
          '"Estamos buscando la sede", agregó el también luchador profesional.'],
         [[], ["Luis Vega"], ["Mario Ortiz"]]),
        (["La compositora Inés Robles tiene nuevo disco.", "La autora de Luna Roja reconoce que le cuesta escribir."],
         [[], ["Inés Robles"]]),
        # the coach by any of his names: estratega, director técnico
        (["Luego del partido, el director técnico de los Pumas, Raúl Cano, fue claro al decir que ganarán.",
          "El estratega brasileño del equipo aseguró que el rival es fuerte."], [["Raúl Cano"], ["Raúl Cano"]]),
        (["El estratega del equipo aseguró que ganarán.", "El entrenador de los Pumas, Raúl Cano, llegó ayer."],
         [["Raúl Cano"], []]),
    ],
)
def test_roles_resolved_to_the_person(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a noun of a trade finds the one who has it, not another person of another trade
        (["El corresponsal de la BBC, Chris Bell, recordó que el dibujante vivía solo.",
          "El presentador Jon Ross, que lo conoció, dijo que era un genio.",
          '"Gracias, Steve", expresó el periodista.'],
         [["Chris Bell"], ["Jon Ross"], ["Jon Ross"]]),
        (["La periodista Ana Gil publicó la exclusiva.", "El fiscal Luis Vega dijo que investigará.",
          "La periodista reivindicó su derecho a informar."], [[], ["Luis Vega"], ["Ana Gil"]]),
        # a generic noun (el hombre, la mujer) may stand for a person named with another
        (["El viudo Mauro Sosa, de 40 años, llegó al juzgado.", "El hombre aseguró que se casó por amor."],
         [[], ["Mauro Sosa"]]),
    ],
)
def test_a_trade_noun_keeps_its_head(paragraphs, expected):
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
        # `publicó lo siguiente:` frames a quotation: a body that publishes speaks as no person, and the one speaking
        # before does not go on
        (["La escritora Ana Gil dijo que el autor era un genio.",
          'Y la editorial Planeta publicó lo siguiente: "Fue uno de los grandes.', 'Lo echaremos de menos".'],
         [["Ana Gil"], [], []]),
        (['El ministro Luis Vega escribió lo siguiente: "Es un día triste".'], [["Luis Vega"]]),
        # a role between two names belongs to the name after it
        (["Tras los Cuartos de Final, el técnico de los Pumas, Raúl Cano, fue claro al decir que ganarán.",
          "El estratega del equipo aseguró que el rival es fuerte."], [["Raúl Cano"], ["Raúl Cano"]]),
    ],
)
def test_framed_quotations_and_roles_between_names(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a role that reaches over `de` before the name (`El periodista de investigación griego X`) is X's, and the
        # role asked for later finds whoever shares more of its words, before the last one to speak
        (["El periodista de investigación griego Kostas Lamb irá a juicio.",
          'Otro periodista, Mijail Dros, sostiene que "fue un error".',
          "Tras su detención, el periodista de investigación narró el acoso."],
         [[], ["Mijail Dros"], ["Kostas Lamb"]]),
        (["La directora de cine española Ana Gil presentó su filme.", "El actor Luis Vega dijo que fue un honor.",
          "La directora de cine aseguró que repetirá."], [[], ["Luis Vega"], ["Ana Gil"]]),
        # negative: a name after a role and `de` or a body's noun names that body, and a clause is no role
        (["El entrenador de los Pumas dijo que ganarán."], [[]]),
        (["El candidato de la coalición Juntos Haremos Historia dijo que ganará."], [[]]),
        (["El portavoz Luis Vega recordó que Xi declaró que la paz es posible."], [["Luis Vega", "Xi"]]),
    ],
)
def test_roles_reaching_over_de_and_shared_words(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # `el propio X`, `la misma X`: the person, not a thing named X
        (["Las fuentes aseguran que recibieron la lista y el propio Luis Vaxe reivindicó su derecho: "
          '"No he hecho nada", dice.', '"Soy periodista".'], [["Luis Vaxe"], ["Luis Vaxe"]]),
        (["La misma Ana Gil dijo que no vendrá."], [["Ana Gil"]]),
        # negative: a thing named after a common noun
        (["La empresa Sedapal informó que no habrá agua."], [[]]),
    ],
)
def test_an_emphatic_adjective_before_a_name(paragraphs, expected):
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
        # a short acronym the lexicon doesn't know is part of a stage name; a medium's acronym is not
        (["MC Lola dijo que el disco sale en mayo."], [["Lola"]]),
        (["En entrevista con BBC Mundo, el médico Luis Vega dijo que sí."], [["Luis Vega"]]),
        (["TV Azteca informó que la serie vuelve."], [[]]),
    ],
)
def test_stage_names_and_media(paragraphs, expected):
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
        # an office of one gender stands for the last of that gender to speak, when the last speaker is of the other
        (["Carmen Ruiz repasa los retos de la ciudad.", "—Hemos cumplido —responde Ruiz—.",
          'Su rival, el socialista Luis Flórez, sostiene que la ciudad "ha perdido cuatro años".',
          "La alcaldesa prefiere no responderle: «Los vecinos juzgarán»."],
         [[], ["Carmen Ruiz"], ["Luis Flórez"], ["Carmen Ruiz"]]),
        # negative: nobody of that gender has spoken
        (["Luis Flórez dijo que la ciudad ha perdido.", "La alcaldesa prefiere no responderle."],
         [["Luis Flórez"], []]),
    ],
)
def test_an_office_finds_the_last_speaker_of_its_gender(paragraphs, expected):
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
        # a lead that credits a role: the person the body names with that role, whose apposition lost its comma
        (["Cano cede la presión a los Rayos", "El estratega brasileño del equipo aseguró que el rival es el favorito",
          "Tras la final, el director técnico de los Pumas, Raúl Cano fue claro al decir que el rival es fuerte."],
         [[], ["Raúl Cano"], ["Raúl Cano"]]),
        (["La presidenta del consejo aseguró que habrá fondos",
          "En el acto, la presidenta del consejo, Ana Ruiz anunció más becas."], [["Ana Ruiz"], ["Ana Ruiz"]]),
        # negative: a role after a verb is its subject, not an apposition of the name after it
        (["La abogada Ana Arias denunció a su jefe.", "Desde entonces, aseguró la entrevistada, Luis Gómez ya emitía "
          "comentarios."], [["Ana Arias"], ["Ana Arias"]]),
    ],
)
def test_a_lead_credits_the_role_the_body_names(paragraphs, expected):
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
        # a possessive written capitalised inside a sentence opens a title, not a name: the role is the person's
        (["La cantante Rosa Lema dijo que sí.", "La autora de Tu Sicaria reconoce que maneja sus cuentas."],
         [["Rosa Lema"], ["Rosa Lema"]]),
        (["El cantante Luis Mora dijo que no.", "El autor de Mis Noches afirma que vuelve a cantar."],
         [["Luis Mora"], ["Luis Mora"]]),
    ],
)
def test_a_title_after_a_capitalised_possessive(paragraphs, expected):
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
