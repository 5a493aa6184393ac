"""Quotation spans, sentences cut after an era's abbreviation, bare credits after a new name, and precision.

Each row is a short article of our own wording, one paragraph per line as a splitter gives them; the
expected value lists the speakers of each line.
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.names import exonym_of
from search.speakers.sentences import continues, sentences


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a sentence cut after `a.` and `d.` of `a. C.` / `d. C.`: the pieces are one sentence with one speaker
        (["El historiador romano Tácito, que vivió entre el 56 d.", 'C. y el 120 d.',
          'C., escribió sobre la ciudad: "Nadie salió con vida.'],
         [["Tácito"], ["Tácito"], ["Tácito"]]),
        (["La arqueóloga Irene Salas, que fechó el templo en el siglo IV a.", "C., aseguró que era un oráculo."],
         [["Irene Salas"], ["Irene Salas"]]),
        (["El poeta Ovidio, nacido en el 43 a. J.", "C., describió la isla como un destierro."],
         [["Ovidio"], ["Ovidio"]]),
        # titles of office or rank that a splitter cut from the name after them
        (['"Habrá más patrullas", dijo el Gob.', "Alfredo Ruiz en la capital."], [["Alfredo Ruiz"], ["Alfredo Ruiz"]]),
        (["El Dip.", "Ernesto Lara aseguró que votará en contra."], [["Ernesto Lara"], ["Ernesto Lara"]]),
        (['"Mantendremos la guardia", afirmó el Cnel.', "Tomás Rubio."], [["Tomás Rubio"], ["Tomás Rubio"]]),
        # negative: a lowercase letter before a period that a new sentence follows
        (["El equipo jugó en el grupo b.", "La alcaldesa Nuria Peña inauguró el estadio."], [[], []]),
    ],
)
def test_a_sentence_cut_after_an_era(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "text, count",
    [
        ("Vivió entre el 63 a. C. y el 24 d. C., y describió la cueva. Nadie lo creyó.", 2),
        ("La villa es del s. XIX y la iglesia del s. XV. Ambas se conservan.", 2),
    ],
)
def test_eras_and_centuries_end_no_sentence(text, count):
    assert len(sentences(text)) == count


@pytest.mark.parametrize(
    "previous, text, expected",
    [
        ("Nació en el 63 a.", "C. en Amasia.", True),
        ("Murió en el 24 d.", "C., según sus biógrafos.", True),
        ("Un templo del s.", "XIX en ruinas.", True),
        ("Nació en el 63 a. J.", "C. en Amasia.", True),
        ("El equipo jugó en el grupo b.", "La final fue ayer.", False),
        ("El equipo jugó en el grupo b.", "Carlos Ruiz marcó.", False),
    ],
)
def test_continues_after_an_era(previous, text, expected):
    assert continues(previous, text) is expected


@pytest.mark.parametrize(
    "foreign, spanish, expected",
    [
        ("Strabo", "Estrabón", True),
        ("Plato", "Platón", True),
        ("Cicero", "Cicerón", True),
        ("Plinius", "Plinio", True),
        ("Pliny", "Plinio", True),
        ("Tacitus", "Tácito", True),
        ("Homer", "Homero", True),
        # negatives: names that only look alike, and names of two words
        ("Marion", "Mario", False),
        ("Mario", "María", False),
        ("Juan", "Juana", False),
        ("Tomás Strabo", "Tomás Estrabón", False),
    ],
)
def test_exonyms(foreign, spanish, expected):
    assert exonym_of(foreign, spanish) is expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the Spanish form met first is the name of the person, whatever form a later line uses
        (["El filósofo Platón escribió que la ciudad ideal no tendría poetas.",
          "Plato afirmó también que el alma es inmortal."],
         [["Platón"], ["Platón"]]),
        (["El naturalista Plinio describió el volcán.", "Pliny reconoció que el humo mataba a las aves."],
         [["Plinio"], ["Plinio"]]),
    ],
)
def test_a_foreign_form_of_a_name_is_the_same_person(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a bare `dice` after a line that opens with another person than the last speaker
        (['"El agua está contaminada", dijo la química Laura Benítez.',
          "El geólogo Tomás Ruiz tomó muestras en 2010.", '"Es un riesgo", añadió Benítez.',
          "Pero Ruiz lo discute, citando muestras tomadas en el río.",
          '"No hay rastro de plomo en ninguna", dice.'],
         [["Laura Benítez"], [], ["Laura Benítez"], ["Tomás Ruiz"], ["Tomás Ruiz"]]),
        # disputing what was said (`lo discute`, `discrepa`) is a statement; arguing with someone is not
        (['"Es grave", dijo la química Laura Benítez.', "El geólogo Tomás Ruiz discrepa de esa lectura."],
         [["Laura Benítez"], ["Tomás Ruiz"]]),
        (['"Es grave", dijo la química Laura Benítez.', "La química Laura Benítez discutió con su hermano."],
         [["Laura Benítez"], []]),
        (['"El agua está contaminada", dijo la química Laura Benítez.',
          "Pero O'Connell no lo ve así.",
          '"No hay rastro de plomo en ninguna", dice.'],
         [["Laura Benítez"], [], ["O'Connell"]]),
        # a work that speaks for its author leaves the author salient, and the work's line is nobody's
        (['"Los datos son claros", afirmó el biólogo Marcos Ferrer.',
          "El geógrafo Aurelio Vidal escribió que el valle se inundaba cada invierno.",
          "El estudio de Ferrer añade otra causa: la tala de los bosques.",
          '"Sin árboles, el agua baja sin freno", dice.'],
         [["Marcos Ferrer"], ["Aurelio Vidal"], [], ["Marcos Ferrer"]]),
        # negative: with no one new, the bare `dice` stays with the last speaker
        (['"El agua está contaminada", dijo la química Laura Benítez.',
          "Pero el río sigue bajando.",
          '"No hay rastro de plomo en ninguna", dice.'],
         [["Laura Benítez"], [], ["Laura Benítez"]]),
    ],
)
def test_a_bare_credit_after_a_new_name(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a quotation over several lines credited at its end: its speaker's on every line
        (["La tenista Carla Ibáñez ganó el torneo de Roma.",
          '"Cuando me dijeron que jugaba contra la número uno pensé que no tenía opciones.',
          'Hoy sé que puedo ganar a cualquiera", comentó Ibáñez.'],
         [[], ["Carla Ibáñez"], ["Carla Ibáñez"]]),
        # credited in the line before, after a time phrase (`Hace diez años que X…: "…`)
        (["El pintor Ramón Esteve inauguró una muestra en Lisboa.",
          'Hace diez años que Esteve dejó de pintar: "Entré al taller y no sentí nada.',
          "Me dije que aquello había terminado.",
          'Volví porque mis hijos me lo pidieron".'],
         [[], ["Ramón Esteve"], ["Ramón Esteve"], ["Ramón Esteve"]]),
        # a spokesperson who relays the principal's message: the first-person lines are the principal's
        (["La actriz Lucía Ferrán desmintió el rumor.",
          "Su representante, Jorge Amat, confirmó la noticia y difundió el mensaje de la actriz.",
          '"Hoy quiero contar una parte de mí que no me atrevía a compartir.',
          '"Me siento libre y agradecida con quienes me apoyan", decía el comunicado.'],
         [["Lucía Ferrán"], ["Jorge Amat"], ["Lucía Ferrán"], ["Lucía Ferrán"]]),
        (["El cantante Iván Soler canceló su gira.",
          "Su abogada, Marta Gil, anunció la pausa y leyó una carta de Iván Soler ante la prensa.",
          '"Necesito tiempo para recuperarme y volveré pronto".'],
         [[], ["Marta Gil"], ["Iván Soler"]]),
        # negative: a spokesperson's own quotation, with no message relayed, stays hers
        (["La actriz Lucía Ferrán desmintió el rumor.",
          "Su representante, Jorge Amat, confirmó la noticia ante la prensa.",
          '"No vamos a comentar nada más sobre este asunto".'],
         [["Lucía Ferrán"], ["Jorge Amat"], ["Jorge Amat"]]),
    ],
)
def test_quotation_spans(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a firm introduced by an apposition that names a body is no person
        (["Mientras tanto, Iberplast, la mayor fabricante del sector, anunció el cierre de dos plantas."], [[]]),
        (["Tras la final, Rodacar, la principal aerolínea regional, aseguró que reembolsará los billetes."], [[]]),
        # negative: a person with an apposition that names an office in a body stays a person
        (["Ana Lucía Prieto, la presidenta de la empresa, anunció el cierre de dos plantas."], [["Ana Lucía Prieto"]]),
        # a name inside a tribute phrase, with a relative clause about that person, speaks in neither clause
        (["El teatro, llamado así en homenaje al dramaturgo Ignacio Solís, que defendió la sátira política, "
          "reabre en marzo."], [[]]),
        (["La beca, creada en memoria de la periodista Olga Ferro, que denunció la censura, se entrega hoy."], [[]]),
        # negative: a relative clause after a name with no tribute is that person's statement
        (["El juez escuchó al empresario Julio Navas, que declaró que es inocente."], [["Julio Navas"]]),
        # a group of people or an unnamed they before a quotation: no one, not the last speaker
        (['"Habrá huelga", dijo el sindicalista Ramón Quiroga.',
          'Maestros y padres de la escuela han presentado quejas porque "no hay calefacción desde octubre".',
          'En las cartas les advierten que "de no pagar, perderán la plaza en el comedor".'],
         [["Ramón Quiroga"], [], []]),
        (['"Habrá huelga", dijo el sindicalista Ramón Quiroga.',
          'Empleados y técnicos de la refinería aseguran que "la empresa los obliga a firmar".'],
         [["Ramón Quiroga"], []]),
        (['"Habrá huelga", dijo el sindicalista Ramón Quiroga.',
          'Vecinos de la colonia exigen "agua potable y seguridad para todos".'],
         [["Ramón Quiroga"], []]),
        (['"Habrá huelga", dijo el sindicalista Ramón Quiroga.',
          "Decenas de empleados han presentado quejas ante la Secretaría del Trabajo."],
         [["Ramón Quiroga"], []]),
        # a quotation that a body publishes is the body's, not the last speaker's
        (['"Habrá huelga", dijo el sindicalista Ramón Quiroga.',
          '"La huelga paralizará el transporte de toda la ciudad", publicó el diario Hoy.'],
         [["Ramón Quiroga"], []]),
        # negative: a person who publishes a quotation says it
        (['"Habrá huelga", dijo el sindicalista Ramón Quiroga.',
          '"La huelga paralizará el transporte de toda la ciudad", publicó la periodista Eva Lomas.'],
         [["Ramón Quiroga"], ["Eva Lomas"]]),
        # negative: with no group and no impersonal verb, an unattributed quotation stays with the speaker
        (['"Habrá huelga", dijo el sindicalista Ramón Quiroga.',
          '"Nadie nos ha escuchado en todo este tiempo".'],
         [["Ramón Quiroga"], ["Ramón Quiroga"]]),
    ],
)
def test_precision(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an apposition that holds a restrictive relative clause, between the subject and its verb
        (["Irene Bask, la atleta noruega que batió el récord en 2019, ha anunciado este lunes que se retira."],
         [["Irene Bask"]]),
        (["Tomás Olid, el alcalde que cerró el vertedero, aseguró que no habrá más multas."], [["Tomás Olid"]]),
        # negative: a relative inside an apposition after an object leaves the main subject alone
        (["La ministra Nerea Sanz visitó la planta, la fábrica que cerró en mayo, y anunció que reabrirá."],
         [["Nerea Sanz"]]),
        # a habit of saying (`suele recordar`) and going as far as saying (`llegó a afirmar`)
        (["El exalcalde Gonzalo Mier suele recordar que la ciudad creció con él."], [["Gonzalo Mier"]]),
        (["La jueza Delia Ortún solía decir que la ley llega tarde."], [["Delia Ortún"]]),
        (['"Es grave", dijo el presidente Hugo Rivas.',
          '"No nos representan", llegó a afirmar el Ministerio de Cultura.'],
         [["Hugo Rivas"], []]),
        (['"Es grave", dijo el presidente Hugo Rivas.', '"No hay marcha atrás", llegó a decir la ministra Eva Lugo.'],
         [["Hugo Rivas"], ["Eva Lugo"]]),
        # negatives: a habit or an arrival that says nothing
        (["Los turistas suelen visitar el museo de Tomás Olid."], [[]]),
        (["La ministra Eva Lugo llegó a Bruselas el martes."], [[]]),
    ],
)
def test_appositions_and_leads(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # two apostrophes typed for a quotation mark open a quotation that runs over the lines after it
        (["Se buscará, prosiguió la ministra Celia Orozco, una política ''centrada en la infancia.",
          "Se abrirán talleres en cada barrio.",
          "''Habrá orquestas juveniles en todos los municipios del estado\"."],
         [["Celia Orozco"], ["Celia Orozco"], ["Celia Orozco"]]),
        # negative: no quotation open, a narrator's line after hers is nobody's
        (["Se buscará, prosiguió la ministra Celia Orozco, una política centrada en la infancia.",
          "El acto terminó con un concierto de la banda municipal."],
         [["Celia Orozco"], []]),
    ],
)
def test_two_apostrophes_as_a_quotation_mark(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # `»` that opens a paragraph continues a quotation in angle marks; its credit at the end covers every line
        (["«No hay pruebas suficientes.", "»Además, el caso prescribió hace dos años.",
          "»Y nadie lo recurrió», sentenció la jueza Marta Ríos."],
         [["Marta Ríos"], ["Marta Ríos"], ["Marta Ríos"]]),
        (["El fiscal Andrés Pla declaró: «El acusado mintió.", "»Lo probaremos en el juicio»."],
         [["Andrés Pla"], ["Andrés Pla"]]),
        # negative: a quotation closed and never credited stays nobody's
        (["«No hay pruebas suficientes.", "»Además, el caso prescribió hace dos años».", "La sala se vació."],
         [[], [], []]),
        # a later quotation after a statement by someone else is the new speaker's, not the first speaker's
        (['"Estamos tranquilos", dijo el agente Luis Mora.',
          "Horas después, la cantante Paula Rey publicó un comunicado en sus redes sociales.",
          '"Me siento traicionada por quienes decían quererme.',
          '"Nunca volveré a confiar en ellos", escribió.'],
         [["Luis Mora"], ["Paula Rey"], ["Paula Rey"], ["Paula Rey"]]),
    ],
)
def test_continued_quotations(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a second name the text links to the person is the same person, named as the text first does
        (["El boxeador Saúl Olmos, conocido como Tornado, llegó a Las Vegas.",
          "Tornado aseguró que ganará por nocaut."],
         [[], ["Saúl Olmos"]]),
        (["El geógrafo Estrabón (Strabo, en latín) describió la cueva.", "Strabo reconoció que el gas mataba."],
         [[], ["Estrabón"]]),
        (["El escritor Samuel Ibarra, alias Juan Sin Tierra, llegó.", "Juan Sin Tierra aseguró que volverá."],
         [[], ["Samuel Ibarra"]]),
        # negatives: a party in brackets, and two people side by side, are no aliases
        (["La diputada Ana Roldán (PP) llegó.", "Roldán aseguró que volverá."], [[], ["Ana Roldán"]]),
        (["Ana Roldán y Carlos Pinto llegaron juntos.", "Pinto aseguró que volverá."], [[], ["Carlos Pinto"]]),
    ],
)
def test_aliases_the_text_gives(paragraphs, expected):
    assert speakers(*paragraphs) == expected


def test_aliases_leave_transcript_labels_alone():
    found = speakers("PREGUNTA (Juan Ruiz, de Radio Sur): ¿Habrá vacunas?", "JUAN RUIZ: Sí, dijo el ministro.")
    assert found[1] == ["Juan Ruiz"]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a letter quoted over paragraphs and signed on its last line is its signer's on every line, not its
        # addressee's nor a name it mentions
        (["La ministra Eva Lugo leyó la carta:", "«Querida Rosa Pinto:", "»Te escribo para decirte que vuelvo a casa.",
          "»Un abrazo,", "JULIÁN MORA»."],
         [[], ["Julián Mora"], ["Julián Mora"], ["Julián Mora"], ["Julián Mora"]]),
        (["El diario publicó la carta íntegra:", '"Estimados vecinos:', "Nunca quise haceros daño.", 'Ana Gil".'],
         [[], ["Ana Gil"], ["Ana Gil"], ["Ana Gil"]]),
        # negative: a closing line that is no name signs nothing
        (['"Estamos tranquilos", dijo el agente Luis Mora.', '"Nunca quise haceros daño.', 'Hasta Siempre".'],
         [["Luis Mora"], ["Luis Mora"], ["Luis Mora"]]),
    ],
)
def test_a_signed_letter(paragraphs, expected):
    assert speakers(*paragraphs) == expected
