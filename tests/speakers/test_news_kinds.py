"""Kinds of attribution met in real news from other outlets and countries (round 3), each with cases of
other names and shapes than those it was found on, negative ones included."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # a country speaks through its government, never as a person
        ("Malta asegura que ya acoge a más refugiados que nadie.", []),
        ("Jordania advirtió que no abrirá la frontera.", []),
        ("Sri Lanka anunció que suspende el pago de su deuda.", []),
        ("Según Nueva Zelanda, el acuerdo es insuficiente.", []),
    ],
)
def test_countries_are_no_speakers(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # role + `de` + the office, a body or a place, then the name with no comma between
        ("El ministro de Defensa Padrino López señaló que el plan sigue.", ["Padrino López"]),
        ("La secretaria de Turismo Ramírez Soto aseguró que la temporada será récord.", ["Ramírez Soto"]),
        ("El gobernador del estado de Zulia Henri Falcón Ramos denunció el cierre.", ["Henri Falcón Ramos"]),
        ("El alcalde de Valparaíso Jorge Sharp dijo que no renunciará.", ["Jorge Sharp"]),
        ("El vicepresidente de Bolivia Álvaro García Linera afirmó que habrá diálogo.", ["Álvaro García Linera"]),
        ("El canciller de Perú Néstor Popolizio declaró que no asistirá.", ["Néstor Popolizio"]),
        # no role before `de`: the run is one name
        ("La hija de Marta Gómez Ruiz dijo que no sabía nada.", []),
        ("La abuela de Carmen Soto Díaz contó que vivía sola.", []),
    ],
)
def test_name_after_role_and_office_without_comma(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # capitalised articles inside a name are part of it
        ("El vicepresidente de Venezuela Tareck El Aissami aseguró que llegará más trigo.", ["Tareck El Aissami"]),
        ("El presidente de Sudán, Omar Al Bashir, declaró que no se entregará.", ["Omar Al Bashir"]),
        ("Mohamed El Baradei, exdirector del organismo, advirtió que el plazo es corto.", ["Mohamed El Baradei"]),
        # at the start of a run an article is no name
        ("El Universal informó que la cifra subió.", []),
    ],
)
def test_article_particles_inside_names(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # `al` + a reporting infinitive: the subject of the clause's verb speaks
        ("La senadora Ana Torres, de Oaxaca, se distanció del partido al subrayar en la radio que no votará.",
         ["Ana Torres"]),
        ("El alcalde Tomás Ibarra sorprendió a todos al anunciar ayer que dimite.", ["Tomás Ibarra"]),
        ("Marcos Peña le respondió al advertir que el plazo vence mañana.", ["Marcos Peña"]),
        # no `que` after it: no statement; no verb before it: nothing to lead
        ("El alcalde Tomás Ibarra tropezó al saludar a los vecinos.", []),
        ("Al anunciar el cierre, la fábrica dejó a cien personas sin empleo.", []),
    ],
)
def test_al_and_a_reporting_infinitive(paragraph, expected):
    assert speakers(paragraph) == [expected]


def test_a_possessive_opener_after_a_subject_is_that_subjects():
    assert speakers(
        "«Vamos a ganar», dijo la candidata Elena Ruiz.",
        "El analista Pablo Mena opinó que, a su juicio, la encuesta exagera.",
        "El economista Jaime Soler explicó que, en su opinión, la inflación bajará.",
    ) == [["Elena Ruiz"], ["Pablo Mena"], ["Jaime Soler"]]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a passive names its speaker after `por`
        (["La subida fue anunciada por el ministro de Economía, Luis Caputo, el lunes."], [["Luis Caputo"]]),
        (["La cifra fue confirmada por Marta Ríos, portavoz de la Cruz Roja."], [["Marta Ríos"]]),
        (["Los rumores fueron desmentidos por el entrenador Diego Simeone."], [["Diego Simeone"]]),
        # passives that report no speech, and agents that are bodies
        (["La editorial ha sido demandada por Julio Vargas."], [[]]),
        (["El actor fue reconocido por Ana Belén en la gala."], [[]]),
        (["El proyecto fue rechazado por Pedro Gil y su bancada."], [[]]),
        (["La medida fue criticada por la oposición."], [[]]),
        # `el gobierno de X`: X heads it, so a later `el mandatario` may be X, who spoke last
        (["El presidente de Chile, Gabriel Boric, viajó a Lima.", "La reforma del gobierno de Gustavo Petro fue "
          "anunciada por Petro en marzo.", "El mandatario dijo que no habrá marcha atrás."],
         [[], ["Gustavo Petro"], ["Gustavo Petro"]]),
        (["La administración de Joe Biden recibió a la ministra Ana Gil.", "La ministra dijo que fue útil.",
          "El mandatario dijo que sí."], [[], ["Ana Gil"], ["Joe Biden"]]),
    ],
)
def test_passive_agents(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("La diputada Rosa Vidal culpó al Gobierno por la escasez.", ["Rosa Vidal"]),
        ("Los sindicalistas Juan Ortega y Luis Prieto culparon a la empresa del accidente.",
         ["Juan Ortega", "Luis Prieto"]),
        ("El fiscal Andrés Lobo responsabilizó a la policía de las muertes.", ["Andrés Lobo"]),
        # the noun `culpa` is no verb
        ("La culpa de Pablo Ibáñez no se discute.", []),
    ],
)
def test_verbs_of_blame(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # `según` + a verb with no subject after it: the sentence's subject speaks, not a name before the verb
        ("Rivaldo cree que un traspaso de Vinícius, extremo del Real Betis Balompié, sería un error, según "
         "explicó en una entrevista publicada por el diario Corriere della Sera.", ["Rivaldo"]),
        ("La jueza Elena Mora estima que el caso de Luis Prado Soler prescribió, según declaró ayer.", ["Elena Mora"]),
        # a subject after the verb still speaks
        ("El paro seguirá, según dijo el portavoz del sindicato, Íñigo Sanz, en Bilbao.", ["Íñigo Sanz"]),
        # Italian and Portuguese particles keep a name in one piece (a medium after its noun is no speaker)
        ("Así lo contó el diario La Gazzetta dello Sport, que citó a fuentes del club.", []),
    ],
)
def test_segun_and_a_verb(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a closing mark at the very end of a paragraph whose opening mark was lost closes, never opens
        (['Lo haré hasta el final".', "Carla Soto dijo que no se rinde.", '"Voy a recurrir la sentencia".'],
         [[], ["Carla Soto"], ["Carla Soto"]]),
        (["Y nadie me va a callar».", "Raúl Vera, abogado del caso, explicó que apelarán.", "«Es injusto»."],
         [[], ["Raúl Vera"], ["Raúl Vera"]]),
    ],
)
def test_stray_closing_mark_at_paragraph_end(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # nouns for a person that name no office stand for the person followed
        (["Luis Prado llegó al juzgado.", "El hombre aseguró que es inocente."], [[], ["Luis Prado"]]),
        (["Marta Vidal recibió el premio.", "La joven afirmó que lo dedica a su madre."], [[], ["Marta Vidal"]]),
        (["Rosa Díaz, de 82 años, vive sola.", "La anciana contó que nadie la visita."], [[], ["Rosa Díaz"]]),
        (["Luis Prado, abogado, presentó la demanda.", "El joven abogado sostuvo que ganará."],
         [[], ["Luis Prado"]]),
        # indefinite: somebody else, unnamed
        (["Luis Prado llegó al juzgado.", "Un hombre aseguró que lo vio."], [[], []]),
        # of another gender than the person followed: not that person
        (["Luis Prado llegó al juzgado.", "La mujer aseguró que lo vio."], [[], []]),
    ],
)
def test_person_nouns_stand_for_the_person_followed(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("Según las respuestas de Irene Montes a la prensa, no habrá subida.", ["Irene Montes"]),
        ("De acuerdo con los comentarios del alcalde Óscar Puente, la obra acabará en mayo.", ["Óscar Puente"]),
        ("La boda fue discreta, de acuerdo a lo explicado por Julián Ortiz, su primo.", ["Julián Ortiz"]),
        ("Es lo dicho por la consejera Laura Vidal en el pleno.", ["Laura Vidal"]),
        ("Es lo aprobado por Laura Vidal en el pleno.", []),
    ],
)
def test_sources_through_their_words(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the names listed inside a role's complement are no subject: the role stands for the person followed
        (["Ronaldinho dijo que está feliz.", "El exjugador de Gremio, París Saint Germain y Flamengo aseguró que "
          "volverá."], [["Ronaldinho"], ["Ronaldinho"]]),
        (["Marta Ruiz presentó el libro.", "La exdirectora de Telefónica, Iberdrola y Santander Consumer explicó "
          "que fue un reto."], [[], ["Marta Ruiz"]]),
        # a full name after the role is the person
        (["El exjugador del Valencia Roberto Ayala aseguró que volverá."], [["Roberto Ayala"]]),
        (["El exministro de Economía y Hacienda Rodrigo Rato dijo que no."], [["Rodrigo Rato"]]),
    ],
)
def test_names_listed_inside_a_role(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        # a label after the headline's words, with its role in lower case
        ('"Nadie está por encima de la ley": jueza Ana Torres', ["Ana Torres"]),
        ("Habrá elecciones en mayo: el presidente Luis Arce", ["Luis Arce"]),
        ("«No me voy a rendir»: papa León", ["León"]),
        # lower-case words that are no role: no label
        ("Así fue la gala: lo mejor de Cannes", []),
        ("Cifras del paro: dice el INE", []),
        ("Ruta del vino: visita Logroño", []),
    ],
)
def test_headline_labels_after_the_words_with_a_role(headline, expected):
    assert speakers(headline, "El texto sigue aquí.") == [expected, []]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # after a quotation and its verb, a body speaks: not the person quoted before
        (['"Vamos a vacunar a todos", afirmó el ministro Carlos Ruiz.', '"El brote está controlado", precisó la '
          'agencia de la ONU.'], [["Carlos Ruiz"], []]),
        (['«Habrá ayudas», dijo la consejera Marta Gil.', '«No hay fondos», replicó el ministerio.'],
         [["Marta Gil"], []]),
        # a person after the verb still speaks
        (['«Habrá ayudas», dijo la consejera Marta Gil.', '«No hay fondos», replicó el ministro Ángel Sanz.'],
         [["Marta Gil"], ["Ángel Sanz"]]),
        # verbs that report only before `que` report right after a quotation too
        (['«Fue un milagro», contó el piloto Carlos Sainz.', '"Nada cambia", repitió Lucía Mora.'],
         [["Carlos Sainz"], ["Lucía Mora"]]),
    ],
)
def test_a_body_after_a_quotation_speaks(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an attribution that points back to several quotations before it
        (['"Es un gran líder".', '"Lo admiro mucho".', "Estas fueron las palabras que Javier Milei dedicó al "
          "presidente brasileño."], [["Javier Milei"], ["Javier Milei"], ["Javier Milei"]]),
        (["«No me arrepiento de nada».", "Esas son algunas de las frases que la cantante Rosalía pronunció en "
          "la gala."], [["Rosalía"], ["Rosalía"]]),
        # one that points back to one
        (["Cumbre en Brasilia", '"Es un gran líder".', "La cumbre acabó tarde.", '"Lo admiro mucho".',
          "Así lo expresó Javier Milei."], [[], [], [], ["Javier Milei"], ["Javier Milei"]]),
        # words that are no statement's
        (["Estas son las palabras que la RAE incorporó al diccionario."], [[]]),
    ],
)
def test_pointing_back_to_several_quotations(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a day between an inverted verb and its subject
        (["La primera ministra Mette Frederiksen criticó el plan.", "El acuerdo, como recordó el martes "
          "Frederiksen, es frágil."], [["Mette Frederiksen"], ["Mette Frederiksen"]]),
        (["El acuerdo, como dijo el pasado lunes Emmanuel Macron, es frágil."], [["Emmanuel Macron"]]),
        # `confió en que`: a stance; `confió en su equipo`: trust, no statement
        (["El seleccionador Luis de la Fuente confió en que el equipo gane."], [["Luis de la Fuente"]]),
        (["El seleccionador Luis de la Fuente confió en su equipo."], [[]]),
    ],
)
def test_days_and_stances(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # `para` + a reporting infinitive + `que`: the clause's verb leads
        ("La cantante Karol Sevilla acudió al programa Ventaneando para aclarar que nunca hubo pelea.",
         ["Karol Sevilla"]),
        ("El portero Iker Casillas llamó a la radio para negar que se retire.", ["Iker Casillas"]),
        ("El ministro Óscar López viajó a Sevilla para firmar el convenio que financia el metro.", []),
        # `se limitó a` + a reporting infinitive
        ("La portavoz Pilar Alegría se limitó a señalar que no hay novedades.", ["Pilar Alegría"]),
        ("El juez Marcos Vela se limitó a cumplir la ley.", []),
        # a framed verb with its object later in the clause
        ("La alcaldesa Claudia López publicó en su cuenta de Twitter un mensaje contra el paro.", ["Claudia López"]),
        ("El escritor Javier Cercas publicó ayer una novela sobre la guerra.", []),
        ("La editorial Anagrama publicó en marzo sus cuentos.", []),
    ],
)
def test_purpose_infinitives_and_published_messages(paragraph, expected):
    assert speakers(paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # straight marks: a paragraph that opens with one while a quotation is open goes on with it
        (['La fiscal Irene Paz dijo: "Hubo errores graves.', "Nadie los corrigió a tiempo.",
          '"Por eso pedimos una auditoría externa".', "El juicio sigue el lunes."],
         [["Irene Paz"], ["Irene Paz"], ["Irene Paz"], []]),
        # a closing mark right after the opening paragraph's words still closes
        (['El técnico Luis Prado explicó: "No hubo lesión".', '"Todo está bien", repitió la médica Ana Soler.'],
         [["Luis Prado"], ["Ana Soler"]]),
    ],
)
def test_straight_marks_that_continue_a_quotation(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a noun that names no office stands for the person followed, not for someone the text names later
        (["La economista Elena Salgado sostuvo que no habrá recortes.", "La experta en finanzas añadió que la deuda "
          "baja.", "Dijo que la analista Marta Ruiz será su asesora."],
         [["Elena Salgado"], ["Elena Salgado"], ["Elena Salgado"]]),
        (["Pedro Solbes explicó el plan.", "El especialista en impuestos precisó que nada cambia.",
          "Más tarde, el experto Luis Garicano dijo que sí."], [["Pedro Solbes"], ["Pedro Solbes"], ["Luis Garicano"]]),
        # an office named before its holder still looks ahead
        (["El presidente del club aseguró que no habrá fichajes.", "Florentino Pérez, presidente del club, lo "
          "anunció en rueda de prensa."], [["Florentino Pérez"], ["Florentino Pérez"]]),
    ],
)
def test_unspecific_nouns_prefer_the_person_followed(paragraphs, expected):
    assert speakers(*paragraphs) == expected
