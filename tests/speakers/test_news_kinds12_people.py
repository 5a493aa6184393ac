"""People and everything else in real news (issue 14, round 12): a body the document writes as an acronym or as what
its users belong to is no speaker; a credit after a colon names the person, not the full stop. Our own wording,
other names."""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize("paragraphs, expected", [
    # a one-word body the document also writes in capitals, as an acronym, inside a sentence in lower case
    (["Adicae denuncia a tres bancos por las comisiones",
      "La queja de ADICAE llegó ayer al Banco de España.",
      "Adicae recuerda que las comisiones subieron dos veces."], [[], [], []]),
    (["Ocurre en Sevilla", "El escrito de OCU pide una revisión.",
      "Según Ocu, los precios subieron un diez por ciento."], [[], [], []]),
    # …or after a noun for a body, joined to the rest of its name by a hyphen
    (["Titular", "La asociación ASUFIN-Usuarios Financieros presentó una queja.",
      "Asufin asegura que los bancos pactaron los precios."], [[], [], []]),
    # a person's surname written in capitals inside a name in capitals, or a line in capitals, is still a person
    (["Titular", "LA ENTREVISTA CON ROSAURA BETANCOURT", "Betancourt asegura que los bancos pactaron los precios."],
     [[], [], ["Betancourt"]]),
    (["Titular", "Habló la abogada Rosaura Betancourt.", "Betancourt asegura que los bancos pactaron."],
     [[], [], ["Rosaura Betancourt"]]),
])
def test_a_body_written_as_an_acronym_is_no_speaker(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a name of several words whose users, employees or members the text counts is a firm's or a union's
    (["Titular", "Marta, una usuaria de Bright Match, pagó su deuda.",
      "De acuerdo con datos de Bright Match, la aplicación tiene un millón de usuarios."], []),
    (["Titular", "Los empleados de Golden Harbor protestaron.", "Golden Harbor asegura que pagará los salarios."],
     []),
    # a spokesperson or a lawyer has a person too
    (["Titular", "El portavoz de Lil Zarco negó el rumor.", "Lil Zarco aseguró que no se retira."], ["Lil Zarco"]),
])
def test_a_name_whose_users_the_text_counts_is_a_body(paragraphs, expected):
    assert sorted({name for names in paragraph_speakers(paragraphs) for name in names}) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a credit after a colon: the full stop that ends the line is not part of the name
    (["Titular", "Queremos que se revise la tarifa: Leonor Abascal."], ["Leonor Abascal"]),
    (["Habló el senador Nicanor Ruiz Tamayo", "No habrá más impuestos: Ruiz Tamayo."], ["Nicanor Ruiz Tamayo"]),
    # a place the text writes after `en` is no one who credits a line
    (["Titular", "Pasamos por viñedos, lagos y un castillo: Montebello.", "En Montebello todo cuesta el doble."],
     []),
    # …and an acronym of the document's name for a person stands for it
    (["La senadora Rosa María Llanos Ortiz presentó su plan", "No habrá más impuestos ni recortes: RMLO."],
     ["Rosa María Llanos Ortiz"]),
])
def test_a_credit_after_a_colon_names_the_person(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[1] == expected


LAST = '"Lo vimos todo en la tienda", asegura el reportero Anselmo Pizarro en su vídeo.'


@pytest.mark.parametrize("sentence, expected", [
    # a quotation reported with an impersonal `se` is a text's or an unnamed source's, not the person followed
    ('El frasco que enseña Pizarro es Nivelia, sobre el que en la web de la marca se puede leer que es un '
     '"tratamiento de noche para tres zonas".', []),
    ('En el folleto de la empresa se afirma que el producto "reduce las arrugas en dos semanas".', []),
    ('En la etiqueta se lee que es un "sérum de acción prolongada con retinol".', []),
    # a verb that takes `se` of its own subject still leaves the quotation to the person followed
    ('Pizarro se quejó de que nadie le respondiera: "Esperamos durante dos horas enteras".', ["Anselmo Pizarro"]),
    ('Pizarro se asegura a sí mismo «que no volverá a grabar en esa tienda nunca más».', ["Anselmo Pizarro"]),
    # and with no `se`, quoted words no verb attributes are the words of the person followed
    ('Pizarro enseña el frasco: "Así lo escondían en la bolsa del carrito".', ["Anselmo Pizarro"]),
])
def test_a_quotation_reported_with_an_impersonal_se_is_nobody_s(sentence, expected):
    assert paragraph_speakers(["Titular", LAST, sentence])[2] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a quantifier opens a group, never a person's name
    ("Numerosas Tiktokers de moda han opinado sobre el vestido.", []),
    ("Varias Influencers han dicho que el precio es excesivo.", []),
    ("Decenas de Tuiteros aseguraron que el vídeo era falso.", []),
    ("Según algunos Analistas, la subida seguirá.", []),
    # a person named after a quantified group still speaks
    ("Muchos dudan del plan, afirmó Eugenia Carvallo.", ["Eugenia Carvallo"]),
])
def test_a_quantifier_opens_a_group(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # titles in a list: a plural article inside the run, a verb capitalised after a word in lower case
    ("Con él rodé Vuelven los Pérez, La otra orilla y Dicen que soy terca.", []),
    ("Después grabó Regresan las Gómez y Cuentan que fui feliz.", []),
    # a name's `los` follows `de`
    ("Lo afirmó Remedios Urquiza de los Santos.", ["Remedios Urquiza de los Santos"]),
    # a headline in title case still reports
    ("Urquiza Asegura Que No Habrá Recortes", ["Urquiza"]),
])
def test_words_of_a_title_are_no_name_nor_verb(sentence, expected):
    assert paragraph_speakers([sentence, "Sin más datos."])[0] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a town named after a saint, after `de`, is no person and no subject
    ('El dependiente de la tienda del centro de San Andrés de Tlalpan comentó "venía con prisa y muy seria".', []),
    ("La vecina que vive en el centro de Santa Rosa de Lima comentó que nadie avisó.", []),
    # a body then its member keeps the member
    ("Habló el diputado de Sumar Alberto Ibáñez y dijo que no.", ["Alberto Ibáñez"]),
])
def test_a_town_named_after_a_saint_is_no_speaker(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a firm named alone says nothing a person says
    ("Y es que Samsung ha confirmado que su nuevo teléfono llegará en mayo.", []),
    ("Según Iberdrola, la factura bajará en otoño.", []),
    ("Netflix anunció que subirá sus tarifas.", []),
    # its head, named after it, speaks
    ("El director de Spotify Daniel Ek aseguró que no habrá subidas.", ["Daniel Ek"]),
    ("Daniel Ek, fundador de Spotify, aseguró que no habrá subidas.", ["Daniel Ek"]),
    # a surname that is a firm's name, after a given name, is a person's
    ("Evelina Apple aseguró que no habrá subidas.", ["Evelina Apple"]),
])
def test_a_firm_named_alone_is_no_speaker(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # `en lo que se refiere a`: as regards, no one's statement
    ("Hasta ahora Ramona Ibarra estaba sola, al menos en lo que se refiere a los grandes partidos.", []),
    ("Por lo que se refiere a los precios, Ramona Ibarra calla.", []),
    # a person who refers to something still speaks
    ("Ramona Ibarra se refirió a los recortes como «un error».", ["Ramona Ibarra"]),
])
def test_as_regards_is_no_statement(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # `celebrar` an event, whatever adjectives come first, or in a passive with `se`, is an act
    ("Clemente Arriaga celebró la primera gran fiesta de su mandato.", []),
    ("Clemente Arriaga celebró una larga y tensa reunión con los alcaldes.", []),
    ("¿Dónde estaba Clemente Arriaga mientras se celebraban los Goya?", []),
    # `celebrar` a decision is a stance, as before
    ("Clemente Arriaga celebró la esperada decisión del tribunal.", ["Clemente Arriaga"]),
    ("Clemente Arriaga celebró que el tribunal le diera la razón.", ["Clemente Arriaga"]),
])
def test_celebrating_an_event_is_an_act(sentence, expected):
    assert paragraph_speakers([sentence, "Sin más datos."])[0] == expected


SINGER = ['Titular', 'Rubén Ortolá publicó un vídeo y lanza este mensaje: "No sé si ustedes me conocen bien".',
          "El vídeo acumula miles de comentarios, muchos de ellos negativos."]


@pytest.mark.parametrize("quotation, expected", [
    # a quotation the narration then gives to an impersonal `se` is no one's, over all its paragraphs
    (['"Ese hombre es una vergüenza para todos nosotros", "Fuera de aquí de una vez" o "Qué asco.',
      'Vete ya" son algunos de los mensajes que se pueden leer en su cuenta.'], [[], []]),
    (['«Nos ha engañado a todos con sus promesas y sus vídeos», se lee en una de las respuestas.'], [[]]),
    # a quotation closed by its speaker keeps him
    (['"Gracias a todos, de verdad, por el apoyo que me dais cada día.',
      'Nos vemos pronto" dijo Ortolá al final del vídeo.'], [["Rubén Ortolá"], ["Rubén Ortolá"]]),
])
def test_a_quotation_the_text_gives_to_an_impersonal_se_is_no_one_s(quotation, expected):
    assert paragraph_speakers(SINGER + quotation)[len(SINGER):] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a trade written capitalised before a name is a title, not part of the name
    ('"Sigue adelante, campeón" dijo la Chef Rocío al pequeño.', ["Rocío"]),
    ('"Sigue adelante, campeón" dijo el Chef Herrera al concursante.', ["Herrera"]),
    ('"Esto no es justo", afirmó la youtuber Marta Leal en su canal.', ["Marta Leal"]),
    ('"Esto no es justo", se quejó el Influencer Pablo Urrutia.', ["Pablo Urrutia"]),
])
def test_a_trade_capitalised_before_a_name_is_a_title(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected


NICKNAMED = 'Ramiro Quezada Olvera "El Halcón", candidato independiente, votó ayer en su pueblo.'


@pytest.mark.parametrize("paragraphs, expected", [
    # a nickname in quotation marks right after a full name names that person alone later
    (['"El Halcón", fue el último candidato en votar.', "Ahí, manifestó que espera ganar."],
     [[], ["Ramiro Quezada Olvera"]]),
    (["El Halcón aseguró que espera ganar."], [["Ramiro Quezada Olvera"]]),
    # …and after `alias`
    (["Después, La Güera aseguró que no se rendirá."], [["Rosalba Mendía"]]),
    # a quoted title that opens a paragraph names no one
    (['"El Cóndor pasa" sonó al final del acto.', "Ahí, manifestó que espera ganar."], [[], []]),
])
def test_a_nickname_given_after_a_name_is_that_person(paragraphs, expected):
    intro = ["Titular", NICKNAMED, 'Su rival, Rosalba Mendía, alias «La Güera», no votó.', "Cerraron las urnas."]
    assert paragraph_speakers(intro + paragraphs)[len(intro):] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a verb's form that is a noun too, after an article and before a finite verb or a complement, is the noun
    ("La cifra de contagios ha repuntado, advirtió este lunes la Organización Panamericana de la Salud.", []),
    ("Tras semanas de calma, la denuncia de los vecinos ha llegado al juzgado.", []),
    ("Las críticas de la oposición son injustas, según el diario.", []),
    # a clitic before the verb still reports
    ("Eulalia Montaño la cifra en cien muertos.", ["Eulalia Montaño"]),
    ("Eulalia Montaño la denuncia de inmediato ante el juez.", ["Eulalia Montaño"]),
])
def test_a_noun_that_is_a_verb_s_form_too(sentence, expected):
    assert paragraph_speakers(["Titular", "Eulalia Montaño dijo ayer que hay que vigilar.", sentence])[2] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a name that is a verb's form too, after an honorific in lower case, is a name: a verb is never capitalised there
    ("-¡Qué gentes! -decía doña Anuncia.", ["Anuncia"]),
    ("-Ya veremos -repuso doña Anuncia, y se fue.", ["Anuncia"]),
    # an office after an honorific is no name
    ("-Ya veremos -afirmó el señor Gobernador.", []),
])
def test_a_name_that_is_a_verb_s_form_after_an_honorific(paragraph, expected):
    assert paragraph_speakers(["Capítulo", "Llegaron todos.", paragraph])[2] == expected
