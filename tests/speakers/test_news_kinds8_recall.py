"""Kinds of attribution met in real news (round 8, recall), each with cases of other names and shapes than those it
was found on, negative ones included."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a person's tweet: its text back to the line that introduces it, and its credit line
        (["La exministra Carmen Lobo respondió en redes sociales:", "No voy a dimitir.", "Seguiré trabajando.",
          "— Carmen Lobo (@carmenlobo) June 2, 2021", "El debate sigue abierto."],
         [["Carmen Lobo"], ["Carmen Lobo"], ["Carmen Lobo"], ["Carmen Lobo"], []]),
        (["El actor también reaccionó.", "Gracias a todos por el cariño *URL*",
          "– Diego Luna (@diegoluna_) 14 de febrero de 2019"],
         [[], ["Diego Luna"], ["Diego Luna"]]),
        (["Felicidades a mis compañeros por el premio.", "Rafael Soto (@rafasoto) 3 de mayo, 2017"],
         [["Rafael Soto"], ["Rafael Soto"]]),
        # masked numbers and a name in lower case
        (["Hoy marchamos juntas.", "— irene vallejo (@irenevallejo) March *NUMBER*, *NUMBER*"],
         [["Irene Vallejo"], ["Irene Vallejo"]]),
        # a media outlet's account is nobody, and what was said before does not reach into its tweet
        (["La alcaldesa Rosa Pérez dijo que habrá cambios.", "Última hora: cierran el puerto.",
          "— Noticias Hoy (@noticiashoy) March 3, 2020"],
         [["Rosa Pérez"], [], []]),
        (["El ministro Luis Gil dijo que habrá elecciones.", "Mira el resumen del partido *URL*",
          "— MARCA (@marca) April 9, 2022"],
         [["Luis Gil"], [], []]),
        # negative: an account named inside a sentence is no credit line
        (["El cantante Pablo Ibarra (@pibarra_) inauguró su gira en Quito."], [[]]),
    ],
)
def test_embedded_tweets(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a sentence cut after an abbreviation: the second half keeps the attribution of the first
        (['"Los datos no muestran ningún riesgo", afirmó la investigadora Laura Gómez, Ph.',
          "D en epidemiología por la Universidad de Chile."],
         [["Laura Gómez"], ["Laura Gómez"]]),
        (['"Hay que vacunar a todos", dijo el Dr.', "Ramón Ortega, jefe de pediatría del hospital."],
         [["Ramón Ortega"], ["Ramón Ortega"]]),
        (["La presidenta de la asociación, la Lic.", "Teresa Muñoz, aseguró que el plan es viable."],
         [["Teresa Muñoz"], ["Teresa Muñoz"]]),
        (["El embajador en EE.", "UU., Tomás Lara, declaró que el acuerdo está cerca."],
         [["Tomás Lara"], ["Tomás Lara"]]),
        (['"Ganaremos", expuso J.', "Carlos Ferrer, presidente del club."],
         [["J. Carlos Ferrer"], ["J. Carlos Ferrer"]]),
        # negative: a sentence that ends with an abbreviation that may end one, or an initial, starts no continuation
        (["El director Juan Vidal visitó la planta, los almacenes, etc.", "La obra terminará en mayo."],
         [[], []]),
        (["El estudio midió la vitamina D.", "Los autores de la revista Nature publicaron los datos."],
         [[], []]),
    ],
)
def test_a_sentence_cut_after_an_abbreviation(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the subject after the verb, past a comma the source put there, a means, a medium, a title or an initial
        (['"Los precios bajarán", indicó, Marta Rivas, analista de la consultora.'], [["Marta Rivas"]]),
        (['"El acuerdo es histórico", señaló en un comunicado el director de la fundación, Ignacio Reyes.'],
         [["Ignacio Reyes"]]),
        (['"Será un éxito", anunció en una rueda de prensa la gerente del club, Silvia Ramos.'], [["Silvia Ramos"]]),
        (['"La serie tendrá tres temporadas", mencionó el CEO de la compañía, Tomás Aranda.'], [["Tomás Aranda"]]),
        (['"El virus no muta tanto", dijo a Science el Dr. Pedro Salas, profesor de virología.'], [["Pedro Salas"]]),
        (['"El virus no muta tanto", dijo a Reuters Pedro Salas.'], [["Pedro Salas"]]),
        (['"Vamos a ganar la liga", expuso F. Javier Luna, dueño del equipo.'], [["F. Javier Luna"]]),
        (['"Habrá camas para todos", dijo a la prensa local Iván Correa.'], [["Iván Correa"]]),
        (['"Habrá camas", refirió en un mensaje en redes sociales la alcaldesa Noemí Tapia.'], [["Noemí Tapia"]]),
        (['"No hay más plazas", dijo a la agencia EFE el portavoz de la universidad, Rubén Ariza.'], [["Rubén Ariza"]]),
        (['"No hay más plazas", escribió en su cuenta de Twitter el rector Rubén Ariza.'], [["Rubén Ariza"]]),
        (['"No hay más plazas", subrayó a través de un comunicado la rectora Inés Galán.'], [["Inés Galán"]]),
        # the name set off before `según` + verb, past a day and a medium after the verb (which is no speaker)
        (["El fundador de la web, Óscar Beltrán, habló ayer.",
          "Beltrán, según comunicó este martes al diario The Morning Post habría rechazado la oferta."],
         [[], ["Óscar Beltrán"]]),
        (['"No habrá cambios", dijo al diario El Comercio el ministro Andrés Vela.'], [["Andrés Vela"]]),
        (["La oferta, según explicó el abogado Ramiro Soto, fue rechazada."], [["Ramiro Soto"]]),
        # negative: a medium after the verb is no speaker, nor the owner of what is talked about
        (['"No habrá cambios", informó este lunes el diario The Morning Post.'], [[]]),
        (["La oferta de Ramiro Soto, según comunicó su abogado, fue rechazada."], [[]]),
        # a quotation over several lines credited in its last line, and the lines after it credited by a bare verb
        (['"La ciudad aportó la mitad de la inversión.', 'El estadio generará empleo", explicó, Rocío Salas, '
          'comentarista de la cadena.', "El partido será en febrero."],
         [["Rocío Salas"], ["Rocío Salas"], []]),
        (['"Estamos listos para el reto", afirmó Gabriel Ortiz, presidente del comité.',
          '"Tenemos el mejor equipo", destacó.', '"Y nadie nos detendrá".'],
         [["Gabriel Ortiz"], ["Gabriel Ortiz"], ["Gabriel Ortiz"]]),
        # a quotation opened and never closed: it ends with its line when narration follows (two lines or more with
        # no mark and no first or second person), not at the next mark; words in the first person go on
        (['La cantante Sofía Reyes publicó un vídeo y lanza este mensaje: "No sé si ustedes lo conocen.',
          "A continuación aparece a su lado el actor Pedro Gil.", "El vídeo acumula miles de visitas.",
          '"Es una falta de respeto", opinó el periodista Luis Prado.'],
         [["Sofía Reyes"], [], [], ["Luis Prado"]]),
        (['El cantante Iker Sola publicó un vídeo y lanza este mensaje: "Hoy les presento a un amigo.',
          "A continuación aparece a su lado el actor Pedro Gil.", "El vídeo acumula miles de visitas.",
          'Su representante, Marta Villa, respondió: "Es una falta de respeto".'],
         [["Iker Sola"], [], [], ["Marta Villa"]]),
        (['"Me encantaría ayudar más.', "Yo he trabajado mucho por el país.", "Mi familia no se dedica a la política.",
          '"Lo hago de corazón", dijo la cantante Sofía Reyes.'],
         [["Sofía Reyes"], ["Sofía Reyes"], ["Sofía Reyes"], ["Sofía Reyes"]]),
        (['El técnico Raúl Vega dijo: "Ganamos porque creímos.', "Nadie apostaba por este equipo.",
          '"Ahora toca descansar".'],
         [["Raúl Vega"], ["Raúl Vega"], ["Raúl Vega"]]),
        # a credit set off by dashes inside a quotation over two lines is the quotation's own
        (['"No habrá recortes -afirmó la ministra Elvira Soto-, y subiremos las pensiones.',
          'Nadie quedará atrás".'], [["Elvira Soto"], ["Elvira Soto"]]),
        (["«El plan es sencillo —explicó el alcalde Jorge Arce—, y lo cumpliremos.", "»Empezamos el lunes»."],
         [["Jorge Arce"], ["Jorge Arce"]]),
        # negative: a means with no subject after it; an act is no statement
        (['"Nadie nos detendrá", dice en un vídeo enviado a la prensa.'], [[]]),
        (["El gobernador Raúl Medina inauguró en un acto el nuevo hospital."], [[]]),
        (["La alcaldesa Nuria Vidal firmó en una ceremonia el convenio."], [[]]),
    ],
)
def test_credits_after_the_quotation(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a short form that is another slice of a name met before: the first surname it left out, or the full one
        (["En la sesión estuvo la jueza de distrito, Ana Lucía Ferrer, con los abogados.",
          "Habrá sentencia en mayo, anunció Robles Ferrer."],
         [[], ["Ana Lucía Robles Ferrer"]]),
        (["El ministro de Obras, Pedro Antonio Navarro Solís, visitó la presa.",
          "La obra terminará en junio, aseguró Navarro Solís."],
         [[], ["Pedro Antonio Navarro Solís"]]),
        # a headline's surname, then the full name with given names before it: one person, not two
        (["No habrá recortes en salud: Ordóñez",
          "Le toca al Congreso decidir el presupuesto, sostuvo el candidato del PAN, Luis Felipe Ordóñez.",
          "Ordóñez criticó al candidato Marcos Vela.",
          '"Sabemos gobernar", argumentó el candidato del PAN.'],
         [["Luis Felipe Ordóñez"], ["Luis Felipe Ordóñez"], ["Luis Felipe Ordóñez"], ["Luis Felipe Ordóñez"]]),
        # negative: a full name whose head is no given name is two names glued where a full stop was lost
        (["La ministra Elena Grande-Solís llegó.", "Habló con el ministro de Ucrania, Igor Petrenko Grande-Solís "
          "ha destacado la cooperación."], [[], ["Elena Grande-Solís"]]),
        # a compound surname written with its hyphen or without it
        (["El subsecretario Íñigo Sáenz-Arriaga llegó a la reunión.", "Sáenz Arriaga dijo que habrá vacunas."],
         [[], ["Íñigo Sáenz-Arriaga"]]),
        (["La doctora Marta Ruiz Cano llegó.", "«Habrá más camas», aseguró Ruiz-Cano."], [[], ["Marta Ruiz Cano"]]),
        # a surname opened by a capitalised particle, and a surname that is also a body's word
        (["El diputado Óscar de la Cruz presentó la iniciativa.", "De la Cruz afirmó que la ley es urgente."],
         [[], ["Óscar de la Cruz"]]),
        (["La ley es urgente, afirmó De la Cruz."], [["De la Cruz"]]),
        (["La exministra Ana Palacio dijo que el tratado es un error."], [["Ana Palacio"]]),
        (["Mónica Plaza aseguró que volverá a competir."], [["Mónica Plaza"]]),
        # negative: a given name with the same surname is someone else; bodies and places keep their words
        (["El fiscal Juan Cepeda llegó al juzgado.", "Martín Cepeda dijo que no."], [[], ["Martín Cepeda"]]),
        (["La Cruz Roja informó que hay heridos."], [[]]),
        (["El Hospital de la Cruz informó que hay heridos."], [[]]),
        (["Desde la Plaza de Mayo, los manifestantes dijeron que seguirán."], [[]]),
    ],
)
def test_name_forms(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a noun that covers the role the person was introduced with: `la artista` for a singer and actress, `la
        # famosa` for anyone, `el deportista` for a tennis player; `la misma` before it
        (["La cantante y actriz chilena Paula Rojas y su pareja salieron ilesas del incendio, según informó la misma "
          "artista."], [["Paula Rojas"]]),
        (["La actriz Elena Vidal estuvo en el concierto.",
          "De acuerdo con la misma famosa, el público entró en pánico."],
         [[], ["Elena Vidal"]]),
        (["El tenista Marco Díaz llegó a Roma.", "El deportista aseguró que está listo para la final."],
         [[], ["Marco Díaz"]]),
        (["La ciclista Ana Costa ganó la etapa.", "La atleta dijo que el viento fue duro."], [[], ["Ana Costa"]]),
        (["Alfonso Pardo, responsable de estrategia del partido, habló con la prensa.",
          "El responsable de estrategia aseguró que no habrá alianzas."],
         [[], ["Alfonso Pardo"]]),
        # a role noun that is a surname after a given name
        (["El periodista Tomás Rey dijo que el acuerdo está cerca."], [["Tomás Rey"]]),
        (["La abogada Lucía Obispo afirmó que apelará."], [["Lucía Obispo"]]),
        # telling what was lived or said, not counting
        (["La modelo Emma Ruiz habló por primera vez.",
          "En una entrevista con la cadena Univision ha contado los secretos de su boda."], [[], ["Emma Ruiz"]]),
        (["La modelo Emma Ruiz habló por primera vez.", "En una entrevista que emitirá la cadena Univision el "
          "domingo ha contado, según anuncian, los secretos de su boda."], [[], ["Emma Ruiz"]]),
        (["El cantante Pablo Nieto llegó a Bogotá.", "Contó cómo escribió su primera canción."],
         [[], ["Pablo Nieto"]]),
        # an end credit (`", dice.`, `", cuenta.`) after a sentence about someone unnamed: the person before it; the
        # lines of the quotation whose opening mark was lost reach back no further than one naming that person
        (["La nadadora Eva Marín tiene doce años.", "Marín entrena seis horas al día con otros niños.",
          "Hasta hace poco, la pequeña quería ser médica, pero ahora le gusta la ingeniería.",
          'Es un mundo enorme y lleno de retos", cuenta.'],
         [[], [], ["Eva Marín"], ["Eva Marín"]]),
        # negative: nobody to refer to after sentences about bodies
        (["La nadadora Eva Marín tiene doce años.", "El Gobierno aprobó ayer el presupuesto del deporte.",
          "La federación pidió más fondos para las piscinas.", 'Es un mundo enorme y lleno de retos", cuenta.'],
         [[], [], [], []]),
        # negative: a covering noun of another kind, counting, a means, the king as a role
        (["La alcaldesa Rosa Gil contó los votos uno por uno."], [[]]),
        (["La modelo Emma Ruiz habló por primera vez.",
          "La entrevista que emitió la cadena Univision ha revelado que su boda fue secreta."], [[], []]),
        (["El equipo de Luis Mora contó con el apoyo de la afición."], [[]]),
        (["El Rey Felipe dijo que confía en la democracia."], [["Felipe"]]),
    ],
)
def test_roles_and_verbs_of_telling(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an Instagram post's caption and credit line, and a Facebook post's
        (["La cantante también se pronunció.", "Fuerza, México. Estamos con ustedes.",
          "Una publicación compartida de Sara Díaz (@sara.diaz) el 20 Sep, 2017 a las 9:15 PDT"],
         [[], ["Sara Díaz"], ["Sara Díaz"]]),
        (["Gracias por tanto cariño en este día.", "Publicado por Lucía Méndez en martes, 3 de octubre de 2017"],
         [["Lucía Méndez"], ["Lucía Méndez"]]),
        (["Hoy cerramos la tienda por el temporal.",
          "Publicado por Supermercados Norte en martes, 3 de octubre de 2017"],
         [[], []]),
    ],
)
def test_other_embedded_posts(paragraphs, expected):
    assert speakers(*paragraphs) == expected
