"""Kinds of attribution met in real news (round 5), each with cases of other names and shapes than those it was
found on, negative ones included."""

import pytest

from search.speakers import is_person, paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a capitalised common word that opens a quotation or a sentence is no name, whatever verb follows it
        (["“Siempre se dice que la salud es lo primero”, comentó la enfermera Rosa Blanco."], [["Rosa Blanco"]]),
        (["«Nunca hemos visto algo así», lamentó el alcalde Pedro Soto."], [["Pedro Soto"]]),
        (['"Todos sabemos que esto no funciona", aseguró Marta León.'], [["Marta León"]]),
        (["«Cada día llegan más familias», explicó la voluntaria Irene Casas."], [["Irene Casas"]]),
        (["El vecino Julián Ortega contó: “Aquí nadie dice nada”."], [["Julián Ortega"]]),
        (["La portavoz Nuria Cano habló ayer.", "«Pocos creen que llegue a tiempo», admitió."],
         [[], ["Nuria Cano"]]),
        (["—Nadie me avisó —protestó la vecina Luisa Pardo."], [["Luisa Pardo"]]),
        (["El entrenador Raúl Moya atendió a la prensa.", "Siempre dijo que el equipo respondería.",
          "Muchos piensan que tiene razón."], [[], ["Raúl Moya"], []]),
        (["«Demasiadas veces se dice que no hay dinero», criticó el sindicalista Hugo Lara."], [["Hugo Lara"]]),
        # … nor a participle that opens the sentence before a given name
        (["Entregado Andrés a sus dudas, murmuró que no iría."], [["Andrés"]]),
        (["Sentada Lucía junto a la ventana, susurró que tenía miedo."], [["Lucía"]]),
        (["Don Ernesto Vidal murmuró que no iría."], [["Don Ernesto Vidal"]]),
        # a name that opens the sentence still speaks
        (["Ortega dijo que el plan sigue adelante."], [["Ortega"]]),
        (["Beatriz Soler, alcaldesa de Tudela, afirmó: «Siempre estaremos aquí»."], [["Beatriz Soler"]]),
    ],
)
def test_an_opening_common_word_is_no_name(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # verbs of evaluation and speech acts report a stance
        (["La alcaldesa Sonia Pardo celebró la sentencia del tribunal."], [["Sonia Pardo"]]),
        (["El sindicalista Marcos Gil lamentó la falta de diálogo."], [["Marcos Gil"]]),
        (["La diputada Irene Mas protestó por el recorte."], [["Irene Mas"]]),
        (["El escritor Julio Prats evocó a los exiliados en su discurso."], [["Julio Prats"]]),
        (["La rectora Lucía Navas deploró la violencia en el campus."], [["Lucía Navas"]]),
        (["El concejal Hugo Sáez recriminó al alcalde su ausencia."], [["Hugo Sáez"]]),
        (["El obispo Tomás Arranz exhortó a los fieles a la calma."], [["Tomás Arranz"]]),
        (["La jueza Rosa Vidal reflexionó sobre el papel de la justicia: «No basta con castigar»."],
         [["Rosa Vidal"]]),
        (["El ministro Pablo Cuesta echó por delante que no habrá recortes."], [["Pablo Cuesta"]]),
        (["La senadora Clara Roig tomó la palabra para pedir calma."], [["Clara Roig"]]),
        (["La concejala Marta Soto contó: «Nos dejaron solos»."], [["Marta Soto"]]),
        (["El consejero Óscar Ibarra justificó el retraso por la lluvia."], [["Óscar Ibarra"]]),
        (["La fiscal Nuria Vela refutó los argumentos de la defensa."], [["Nuria Vela"]]),
        (["El exalcalde Mario Caso se sinceró ante los periodistas."], [["Mario Caso"]]),
        (["«Eso no es verdad», terció la consejera Alba Nieto."], [["Alba Nieto"]]),
        (["La defensa rebatió los cargos, y el abogado Pau Ros esgrimió un informe pericial."], [["Pau Ros"]]),
        # a credit after the quotation with the subject after the verb and its object
        (["“Esto no ha terminado”, acabó su discurso el diputado Jorge Ramos."], [["Jorge Ramos"]]),
        (["«Seguiremos aquí», cerró su intervención la senadora Inés Gallo."], [["Inés Gallo"]]),
        (["«Gracias a todos», concluyó su alocución la presidenta Eva Lorenzo."], [["Eva Lorenzo"]]),
        # the same verbs with an event or no statement report nothing
        (["El alcalde Iván Pons celebró una reunión con los vecinos."], [[]]),
        (["La ministra Ana Beltrán celebró su cumpleaños en Sevilla."], [[]]),
        (["El tenor Diego Arce acabó su gira en Lima."], [[]]),
    ],
)
def test_verbs_of_evaluation_and_speech_acts(paragraphs, expected):
    assert speakers(*paragraphs) == expected


# A systematic pass over Spanish reporting verbs (verba dicendi), in the past: each reports with `que`.
REPORTING_VERBS = """dijo afirmó aseguró declaró señaló indicó explicó añadió agregó subrayó destacó enfatizó resaltó
manifestó expresó apuntó comentó precisó detalló reiteró recalcó remarcó puntualizó anunció informó denunció criticó
negó consideró opinó estimó valoró calificó planteó advirtió alertó avisó aseveró sentenció lamentó acusó aclaró
mencionó narró relató comunicó observó recordó vaticinó pronosticó auguró proclamó juzgó razonó matizó confesó reveló
argumentó alegó insinuó cuestionó celebró elogió condenó reprochó ironizó bromeó ratificó confirmó anticipó adelantó
zanjó espetó apostilló remachó garantizó descartó reafirmó constató demandó solicitó reivindicó recomendó concretó
achacó felicitó apeló contestó respondió prometió insistió admitió escribió describió incidió resumió aludió aplaudió
sostuvo pidió propuso reconoció concluyó sugirió expuso defendió agradeció replicó rechazó instó exigió evocó protestó
exclamó susurró murmuró recriminó increpó interpeló desveló especuló alabó ensalzó fustigó censuró deploró repudió rogó
suplicó imploró clamó aconsejó dictaminó justificó ponderó refutó rememoró conminó sintetizó terció retrucó reviró
musitó postuló rebatió esgrimió repuso arguyó adujo predijo corrigió inquirió objetó desmintió contradijo atribuyó
culpó responsabilizó exhortó urgió reclamó tildó cifró calculó acotó enumeró desestimó""".split()


@pytest.mark.parametrize("verb", REPORTING_VERBS)
def test_reporting_verbs(verb):
    assert speakers(f"La concejala Marta Gil {verb} que el plan no funciona.") == [["Marta Gil"]]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a ministry or body named by its bare domain is an institution, never a speaker, and no one else speaks
        (["Hacienda comunicó que la recaudación subió un 5 %."], [[]]),
        (["La ministra Sara Duque visitó Cádiz.", "Sanidad informó de 300 nuevos casos.", "«Es preocupante», añadió."],
         [[], [], []]),
        (["El portavoz Iker Lasa habló ayer.", "Según Interior, los detenidos son cuatro."], [[], []]),
        (["El embajador Raúl Pinto llegó a Rabat.", "Exteriores confirmó que el encuentro será el lunes."], [[], []]),
        (["Economía y Trabajo defendieron la reforma ante los sindicatos."], [[]]),
        # the minister of that domain still speaks
        (["El ministro de Hacienda, Carlos Ribas, dijo que no habrá subidas."], [["Carlos Ribas"]]),
        # a headline with a trailing credit: the person credited
        (["La recaudación crecerá este año, afirma presidente Gómez", "El presidente del Gobierno, Luis Gómez, "
          "habló en el Congreso."], [["Luis Gómez"], []]),
        (["No habrá subida de impuestos, asegura ministra", "La ministra de Economía, Paula Vera, lo dijo en "
          "Bruselas."], [["Paula Vera"], ["Paula Vera"]]),
        (["El paro bajará en otoño, prevé Olga Rius", "La consejera Olga Rius presentó el informe."],
         [["Olga Rius"], []]),
        # … and a trailing body: nobody
        (["Los contagios bajan por tercera semana: Sanidad", "El informe se publicó ayer."], [[], []]),
        (["La inflación se moderará, afirma Hacienda", "El informe se publicó ayer."], [[], []]),
    ],
)
def test_institutions_and_headline_credits(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a group or an organisation as subject gives no person, and no fallback to the last speaker
        (["La diputada Laura Vidal dijo que sí.", "Tanto el PSOE como el PNV reprocharon al Gobierno su silencio."],
         [["Laura Vidal"], []]),
        (["La diputada Laura Vidal dijo que sí.", "Los populares criticaron la reforma."], [["Laura Vidal"], []]),
        (["El alcalde Samuel Ríos habló ayer.", "El Gobierno lamentó la decisión."], [[], []]),
        (["La senadora Eva Cid intervino.", "Los sindicatos advirtieron que habrá huelga."], [[], []]),
        (["La senadora Eva Cid intervino.", "Los socialistas insistieron en que no votarán."], [[], []]),
        (["La senadora Eva Cid intervino.", "El partido celebró el resultado."], [[], []]),
        (["La senadora Eva Cid intervino.", "Podemos lamentó la decisión del tribunal."], [[], []]),
        (["La senadora Eva Cid dijo que no.", "Ambos partidos coincidieron en que hace falta un pacto."],
         [["Eva Cid"], []]),
        # `ambos`, `los dos` and a plural role are the two people met last
        (["La ministra Ana Gil se reunió con el alcalde Luis Roca.", "Ambos coincidieron en que hace falta un "
          "pacto."], [[], ["Ana Gil", "Luis Roca"]]),
        (["La jueza Elena Sanz recibió al fiscal Jorge Luna.", "Los dos magistrados defendieron la reforma."],
         [[], ["Elena Sanz", "Jorge Luna"]]),
        # an enumerated set of named people gives each person
        (["Otros, como Luis Mora, de Compromís, y Eva Sanz, del BNG, evocaron la memoria de las víctimas."],
         [["Luis Mora", "Eva Sanz"]]),
        (["Tanto Luis Mora como Eva Sanz dijeron que votarán en contra."], [["Luis Mora", "Eva Sanz"]]),
        (["Ni Pablo Íñiguez ni Rocío Mena quisieron comentar la sentencia."], [[]]),
        (["Algunos, como el alcalde Jaime Ureña y la concejala Nerea Paz, criticaron el plan."],
         [["Jaime Ureña", "Nerea Paz"]]),
    ],
)
def test_groups_and_enumerated_subjects(paragraphs, expected):
    assert speakers(*paragraphs) == expected


QA_ANSWERS = ["A los doce años, en casa de mi abuela.", "Porque me gusta el misterio y lo leo desde niña."]


@pytest.mark.parametrize(
    "intro, interviewer, interviewee",
    [
        # the introduction names who interviews whom: the answers are the interviewee's; a question states no
        # view, so it credits no one, not even a named interviewer (the labelling rules; sp18b)
        (["La periodista Ana Ruiz entrevistó a la escritora Elena Marín."], "Ana Ruiz", "Elena Marín"),
        (["Pedro Alba ha entrevistado al director de cine Iñaki Soto en su casa de Bilbao."], "Pedro Alba",
         "Iñaki Soto"),
        # …or only whom
        (["El cantante Pablo Ferrer habló con este diario sobre su nueva gira."], None, "Pablo Ferrer"),
        (["En una entrevista con este periódico, la alcaldesa Rosa Gil repasa su mandato."], None, "Rosa Gil"),
        (["Jorge Salas lleva veinte años en el oficio de relojero.", "Hablamos con él en su taller."], None,
         "Jorge Salas"),
        (["La nadadora Marta Oliva concedió una entrevista a este medio tras la final."], None, "Marta Oliva"),
    ],
)
def test_an_unlabelled_interview(intro, interviewer, interviewee):
    asker = []  # whoever interviewer is: a question credits no one
    paragraphs = intro + ["¿Cuándo empezó a escribir?", QA_ANSWERS[0], "¿Y por qué novela negra?", QA_ANSWERS[1],
                          "Al parecer nunca tuviste miedo.", "Nunca, ni un día, se lo aseguro."]
    found = speakers(*paragraphs)
    assert found[len(intro):] == [asker, [interviewee], asker, [interviewee], asker, [interviewee]]


@pytest.mark.parametrize(
    "question, answer",
    [
        ("P: ¿Cuándo empezó?", "R: A los doce años, en casa de mi abuela."),
        ("Pregunta. ¿Cuándo empezó?", "Respuesta. A los doce años, en casa de mi abuela."),
        ("P. ¿Cuándo empezó?", "R. A los doce años, en casa de mi abuela."),
        ("—¿Cuándo empezó?", "—A los doce años, en casa de mi abuela."),
    ],
)
def test_a_labelled_interview(question, answer):
    paragraphs = ["La periodista Sara Pino entrevistó al escultor Tomás Vera.", question, answer,
                  question.replace("Cuándo empezó", "Por qué"), answer.replace("A los doce años", "Porque sí")]
    found = speakers(*paragraphs)
    assert found[2] == found[4] == ["Tomás Vera"]
    # a question credits no person, not even the named interviewer (sp18b); a label may stay (`Pregunta`)
    assert not any(is_person(name) for name in found[1] + found[3])


def test_an_article_with_questions_and_no_interview():
    paragraphs = ["El ministro Luis Cano presentó el plan.", "¿Llegará a tiempo?", "Nadie lo sabe todavía.",
                  "¿Y quién lo pagará?", "Las comunidades se lo preguntan."]
    assert speakers(*paragraphs) == [[], [], [], [], []]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a headline that reports a statement with no subject, or only a role, is the body's speaker's
        (["Despiden a una enfermera tras denunciar abusos en el hospital", "Lucía Ferrán, enfermera del hospital "
          "de Teruel, denunció en marzo los abusos.", "Ferrán aseguró que tiene pruebas."],
         [["Lucía Ferrán"], ["Lucía Ferrán"], ["Lucía Ferrán"]]),
        (["Perdió su casa en la riada y ahora exige una indemnización", "Tomás Gil, vecino de Paiporta, dijo que "
          "lo perdió todo.", "Gil reclamó ayuda al Ayuntamiento."], [["Tomás Gil"], ["Tomás Gil"], ["Tomás Gil"]]),
        (["Entrevista a la alcaldesa de Soria: «La despoblación no es inevitable»", "La alcaldesa de Soria, "
          "Marta Rubio, recibe a este diario en su despacho.", "Rubio dijo que no se rinde."],
         [["Marta Rubio"], [], ["Marta Rubio"]]),
        # a headline whose subject is a body, a country or a place, or that reports nothing, keeps nobody
        (["Canadá denuncia a Estados Unidos ante la OMC", "La ministra Chrystia Freeland dijo que es injusto.",
          "Freeland añadió que recurrirán."], [[], ["Chrystia Freeland"], ["Chrystia Freeland"]]),
        (["El Banco Central confirma que subirá los tipos", "Su gobernador, Aldo Ruiz, dijo que es necesario.",
          "Ruiz añadió que no habrá más subidas."], [[], ["Aldo Ruiz"], ["Aldo Ruiz"]]),
        (["Un incendio arrasa 300 hectáreas en Ourense", "El alcalde, Iván Sousa, dijo que está controlado.",
          "Sousa pidió calma."], [[], ["Iván Sousa"], ["Iván Sousa"]]),
        (["Detienen a Ramón Tejada, exalcalde de Lugo; lo acusan de fraude", "El fiscal Luis Mena dijo que hay "
          "pruebas.", "Tejada negó las acusaciones.", "Tejada dijo que es inocente."],
         [[], ["Luis Mena"], ["Ramón Tejada"], ["Ramón Tejada"]]),
        (["Rechaza Fintex el informe del regulador", "El portavoz de Fintex, Iván Lora, dijo que es falso.",
          "Lora añadió que recurrirán."], [[], ["Iván Lora"], ["Iván Lora"]]),
        (["Lo peor está por llegar, alerta la ONU", "El coordinador Pau Mir dijo que faltan fondos.",
          "Mir añadió que la ayuda no llega."], [[], ["Pau Mir"], ["Pau Mir"]]),
        (["Cuenta falsa de un ministro anuncia su dimisión", "El periodista Abel Ruiz dijo que es un bulo.",
          "Ruiz añadió que ya la denunció."], [[], ["Abel Ruiz"], ["Abel Ruiz"]]),
        (["Detienen a un exalcalde por fraude", "El fiscal Luis Mena dijo que hay pruebas.",
          "Mena añadió que pedirá prisión."], [[], ["Luis Mena"], ["Luis Mena"]]),
    ],
)
def test_a_headline_whose_speaker_the_body_names(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a quotation in single marks over several lines is its speaker's on every line
        (["Según el obispo Julián Roca, el papel de la familia 'es lo primero.", "Sin ella no hay nada.",
          "Nada la sustituye'.", "La misa terminó a las doce."],
         [["Julián Roca"], ["Julián Roca"], ["Julián Roca"], []]),
        (["La entrenadora Berta Lis dijo: ‘No estamos bien.", "Hay que trabajar más’."],
         [["Berta Lis"], ["Berta Lis"]]),
        # a single mark closed before a double one closes too
        (["«Hay que superar la ‘cultura del descarte’», dijo el papa Francisco.", "Atentado contra la humanidad"],
         [["Francisco"], []]),
        # an apostrophe or a balanced quoted term opens nothing
        (["El portavoz Iñigo O'Neill dijo que el 'número dos' dimitirá.", "La sesión terminó tarde."],
         [["Iñigo O'Neill"], []]),
        # a pull quote with its credit on a line of its own
        (["El concejal Raúl Pinto visitó la obra.", "Pinto dijo que faltan fondos.",
          "«Vamos a recurrir hasta el final, cueste lo que cueste»", "Raúl Pinto, concejal de Obras",
          "La obra sigue parada."], [[], ["Raúl Pinto"], ["Raúl Pinto"], [], []]),
        (["Los vecinos protestaron ayer.", "Llegaré hasta el final para defender ese derecho\".",
          "Irene Salas, vecina del barrio", "La protesta terminó a las ocho."], [[], ["Irene Salas"], [], []]),
        # a credit line with no quotation before it gives nobody
        (["La obra sigue parada.", "Raúl Pinto, concejal de Obras", "El plazo vence en mayo."], [[], [], []]),
        # text damaged at the source: masked numbers and a verb glued to the word before
        (["La jueza Lidia Paz habló el *NUMBER* de mayo.", "Paz dijo que el juicio empezará el *NUMBER* de junio."],
         [[], ["Lidia Paz"]]),
        (["Rafa Nadal: «Quiero volver a jugar»", "TenisDice que se encuentra mejor de la rodilla."],
         [["Rafa Nadal"], ["Rafa Nadal"]]),
        # `director` and `titular` of the same body are one role
        (["Lo anunció el titular del organismo, Alfredo Cuesta.", "El director de la Agencia dijo que habrá más "
          "controles."], [["Alfredo Cuesta"], ["Alfredo Cuesta"]]),
        (["El titular de Sanidad, Jorge Pinto, visitó el hospital.", "El ministro dijo que habrá más camas."],
         [[], ["Jorge Pinto"]]),
    ],
)
def test_quotations_credits_and_damaged_text(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a lone name the document gives a firm, an agency or a body is none of its people
        (["Fintex retira su aplicación", "La compañía estadounidense Fintex anunció ayer la retirada.",
          "Fintex dijo que devolverá el dinero."], [[], [], []]),
        (["Es falso que el agua se vaya a privatizar: Acuanal", "La Comisión Nacional del Agua (Acuanal) lo "
          "desmintió ayer.", "Acuanal explicó que la ley no cambia."], [[], [], []]),
        (["La agencia de noticias Norpress informó del ataque.", "Norpress dijo que hubo tres heridos."], [[], []]),
        # a medium's name before a person's is no part of it, nor a name written twice
        (["«Es posible», le dijo a BBC Mundo David Gibson, experto en seguridad."], [["David Gibson"]]),
        (["«Es posible», le dijo a CNN Laura Ortiz, experta en seguridad."], [["Laura Ortiz"]]),
        (["Lucía Prats Lucía Prats dijo que volverá."], [["Lucía Prats"]]),
        (["El exministro Raúl Rico habló ayer.", "En conversación con BBC Mundo indica que no volverá."],
         [[], ["Raúl Rico"]]),
        # a person the document names with a body around stays a person
        (["El equipo de Sampaoli perdió otra vez.", "Sampaoli dijo que no dimitirá."], [[], ["Sampaoli"]]),
        (["El presidente Luis Andrés Pérez Ruiz (LAPR) dijo que volverá.", "LAPR añadió que está bien."],
         [["Luis Andrés Pérez Ruiz"], ["Luis Andrés Pérez Ruiz"]]),
    ],
)
def test_bodies_named_by_one_word(paragraphs, expected):
    assert speakers(*paragraphs) == expected
