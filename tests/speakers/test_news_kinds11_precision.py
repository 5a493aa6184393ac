"""Precision in real news (issue 14, round 11): a plural or unnamed source is not the person met before; a name
inside a quoted title speaks not. Our own wording, other names."""

import pytest

from search.speakers import paragraph_speakers

INTRO = "«El plan es firme», ha señalado Lucía Barrenechea, directora de la fundación."


@pytest.mark.parametrize("sentence, expected", [
    # a plural verb after a quotation is never the one person met before
    ("«Los precios bajarán», afirman fuentes de la fundación.", []),
    ("«Los precios bajarán», aseguraron portavoces del ministerio.", []),
    ("«No hubo aviso», dijeron vecinos del barrio.", []),
    ("«No hubo aviso», explicaron.", []),
    # a singular verb with no subject is still hers
    ("«No hubo aviso», explicó.", ["Lucía Barrenechea"]),
    ("«Los precios bajarán», afirma la directora.", ["Lucía Barrenechea"]),
    # a plural verb that opens a quotation is inside it, not a credit
    ("«Dicen que bajarán los precios, pero no lo creo», asegura.", ["Lucía Barrenechea"]),
])
def test_a_plural_source_after_a_quotation_is_not_the_person_met_before(sentence, expected):
    assert paragraph_speakers(["Titular", INTRO, sentence])[2] == expected


TOPIC = "Se lanzó una campaña contra la periodista Elvira Quintanar en las redes."


@pytest.mark.parametrize("sentence, expected", [
    # a name inside a quoted title is no subject of the clause that follows it
    ('Una cuenta anónima publicó un vídeo titulado "Elvira Quintanar y sus socios", en el que asegura que '
     '"ella miente".', []),
    ("El blog difundió un montaje bajo el título «Elvira Quintanar, la impostora», en el que afirma que «cobró».",
     []),
    # a person who opens the main clause still leads the relative
    ("Elvira Quintanar presentó el libro «Mis años», en el que asegura que «nadie la calló».", ["Elvira Quintanar"]),
    ("El editor Ramiro Ocaña presentó el libro, con el cual afirmó que «todo cambió».", ["Ramiro Ocaña"]),
])
def test_a_name_in_a_quoted_title_is_no_subject(sentence, expected):
    assert paragraph_speakers(["Titular", TOPIC, sentence])[2] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a quotation that opens on the verb: its subject is written before the mark
    (["Titular", "Ramiro Ocaña habló ayer.", 'La fiscal Nuria Abad tomó la palabra.',
      'Ramiro Ocaña asegura que la fiscal "desestimó" las quejas.'], ["Ramiro Ocaña", "Nuria Abad"]),
    # a closing mark before the verb, with the quotation opened in the paragraph before, is still a credit
    (["Titular", "Ramiro Ocaña habló ayer.", '"No hay prisa, vamos bien.',
      'Hay que seguir" dijo la fiscal Nuria Abad.'], ["Nuria Abad"]),
    (["Titular", "Ramiro Ocaña habló ayer.", '"Vamos bien" dice la fiscal Nuria Abad.'], ["Nuria Abad"]),
])
def test_a_quotation_that_opens_on_its_verb(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[-1] == expected


EXPERTS = ["Titular",
           "«El riesgo es bajo», opina Gonzalo Iturbe, catedrático de Virología y experto en salud pública.",
           "En este caso, los laboratorios siguen normas estrictas, explica Mateo Lorenzana, del servicio de "
           "Microbiología del hospital."]


@pytest.mark.parametrize("sentence, expected", [
    # a demonstrative points at the one just followed, not at an earlier holder of the role
    ("Este experto, que estudia los virus, señala que «no hay motivo de alarma».", ["Mateo Lorenzana"]),
    ("Ese especialista añade que «la norma se cumple».", ["Mateo Lorenzana"]),
    # the plain article keeps the role's holder
    ("El catedrático insiste en que «el riesgo es bajo».", ["Gonzalo Iturbe"]),
    # a demonstrative of the other gender fits no one followed (nor does its quotation go to him)
    ("Esta experta, que dirige el centro, señala que «no hay motivo de alarma».", []),
])
def test_a_demonstrative_role_is_the_person_just_followed(sentence, expected):
    assert paragraph_speakers([*EXPERTS, sentence])[-1] == expected


MINISTER = ["Titular", "La ministra de Obras Públicas, Rosa Veiga, habló.",
            "«Vamos tarde», dijo el alcalde de Ourense, Baltasar Figueroa."]


@pytest.mark.parametrize("sentence, expected", [
    # the person followed holds an office of another kind: the role's holder named before
    ("Esta ministra dijo que «la obra sigue».", ["Rosa Veiga"]),
    ("Este alcalde dijo que «la obra sigue».", ["Baltasar Figueroa"]),
])
def test_a_demonstrative_role_that_does_not_fit_the_person_followed(sentence, expected):
    assert paragraph_speakers([*MINISTER, sentence])[-1] == expected


FOLLOWED = ["Titular", "«Vamos tarde», dijo Marcelo Urdiales."]


@pytest.mark.parametrize("sentence, expected", [
    # a role written as the subject that fits no one known: someone else, whose quotation is not the one followed
    ("La ministra de Economía señala que «no hay motivo de alarma».", []),
    ("«No hay motivo de alarma», afirmó la ministra de Economía.", []),
    ("La portavoz del sindicato aseguró que «la huelga sigue».", []),
    # no subject written: the one followed
    ("Después señaló que «no hay motivo de alarma».", ["Marcelo Urdiales"]),
    ("«No hay motivo de alarma», afirmó.", ["Marcelo Urdiales"]),
])
def test_a_role_that_fits_no_one_is_not_the_person_followed(sentence, expected):
    assert paragraph_speakers([*FOLLOWED, sentence])[-1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a quotation after a colon that a relative then refers to is a thing's name
    ('Paula Riquelme está emocionada por la página que halló en internet: "Todos con Paula", a la que se han '
     'sumado miles.', []),
    ("Paula Riquelme vio el cartel que colgaron en la plaza: «Paula, vuelve», en el que firmaron cien vecinos.", []),
    ("Paula Riquelme leyó la pancarta: «Queremos a Paula», que alguien dejó en su puerta.", []),
    # words said after a colon are still the subject's
    ("Paula Riquelme fue tajante: «No me voy a rendir».", ["Paula Riquelme"]),
    ("Paula Riquelme no está de acuerdo: «Eso es falso», y se marchó.", ["Paula Riquelme"]),
    # a verb of saying before the colon still reports them
    ("Paula Riquelme lo resumió así: «Hay que seguir», que es lo que siempre dice.", ["Paula Riquelme"]),
])
def test_a_named_thing_after_a_colon_is_no_one_s_words(sentence, expected):
    assert paragraph_speakers(["Titular", "La cocinera Paula Riquelme volvió a su pueblo.", sentence])[2] == expected


RIVALS = ["Titular", "La diputada Inés Carvajal dijo que se presentará."]


@pytest.mark.parametrize("sentence, expected", [
    # the imperfect subjunctive written for a past after `después/luego de que`
    ("Su anuncio llega un día después de que el senador Óscar Lemus afirmara que «la buscará».", ["Óscar Lemus"]),
    ("Todo cambió luego de que Óscar Lemus declarara que «no habrá alianza».", ["Óscar Lemus"]),
    ("La reunión fue después de que los dos alcaldes, Óscar Lemus y Raúl Sendra, anunciaran que «irán juntos».",
     ["Óscar Lemus", "Raúl Sendra"]),
    # a request or a purpose is no statement of the one asked
    ("Inés Carvajal pidió a Óscar Lemus que aclarara su postura.", ["Inés Carvajal"]),
    ("Inés Carvajal votó en contra para que Óscar Lemus explicara el voto.", []),
    ("El partido esperó a que Óscar Lemus declarara su apoyo.", []),
])
def test_a_past_subjunctive_reports_after_a_clause_of_time(sentence, expected):
    assert paragraph_speakers([*RIVALS, sentence])[-1] == expected


OTHER = ["Titular", "«Estoy abierto», aseguró el alcalde Ramón Etxeberria."]


@pytest.mark.parametrize("sentence, expected", [
    # a comma written for `y` between two verbs of one subject: the name that leads the first
    ("Esta tarde, Celia Montoya visitó la feria organizada por la Cámara, destacó que «el empleo crece».",
     ["Celia Montoya"]),
    ("Celia Montoya inauguró el congreso en Mérida, afirmó que la región «necesita inversión».", ["Celia Montoya"]),
    # not after a subordinate clause, nor before an inverted subject
    ("Cuando Celia Montoya llegó a la feria, dijo que «el empleo crece».", ["Ramón Etxeberria"]),
    ("Ahora que Celia Montoya ganó la alcaldía, considera que «hay trabajo».", ["Ramón Etxeberria"]),
    ("Celia Montoya murió a los 90 años en Lugo, dijo este sábado la policía local.", []),
])
def test_a_comma_between_two_verbs_of_one_subject(sentence, expected):
    assert paragraph_speakers([*OTHER, sentence])[-1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a body after the verb and a day (`dijo este sábado la policía`) speaks, not the person followed
    ("«Hubo dos heridos», informó este lunes la policía municipal.", []),
    ("«El paso está cerrado», precisó el martes la fiscalía provincial.", []),
    # a person there still speaks
    ("«Hubo dos heridos», informó este lunes el comisario Alfredo Baena.", ["Alfredo Baena"]),
])
def test_a_body_after_the_verb_and_a_day_speaks(sentence, expected):
    assert paragraph_speakers([*OTHER, sentence])[-1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name after a noun we lack under a preposition is that phrase's, not the verb's subject
    ("Esta hipótesis, nacida de sus trabajos con su colega canadiense Irene Vaillancourt en los noventa, planteaba "
     "que el tiempo no existe.", []),
    ("El estudio, escrito con un colaborador suizo Mathis Krüger, sostiene que el modelo falla.", []),
    # a medium after `a`, then the subject
    ("«El modelo falla», dijo a la radio local Mathis Krüger.", ["Mathis Krüger"]),
    # a relative or a verb before the name: the name is a subject again
    ("Fue en el acto donde Irene Vaillancourt anunció que «el modelo falla».", ["Irene Vaillancourt"]),
    ("Son las palabras que Irene Vaillancourt dijo ayer: «el modelo falla».", ["Irene Vaillancourt"]),
])
def test_a_name_in_a_prepositional_phrase_is_no_subject(sentence, expected):
    assert paragraph_speakers(["Titular", "El físico Raimundo Olid presentó su libro.", sentence])[2] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a work's title in quotation marks after its noun is no one's words, whatever its capitals
    ('La adaptación va más allá de las novelas de la saga "Las horas del faro y la niebla".', []),
    ("El guion se aparta del libro «Cuando el río suena a lo lejos».", []),
    # words after another noun are still the speaker's
    ('La adaptación, añadió, va más allá de las novelas: "no hay marcha atrás ya".', ["Olvido Carrasco"]),
])
def test_a_work_s_title_in_quotation_marks(sentence, expected):
    paragraphs = ["Titular", "La autora Olvido Carrasco dijo que la serie tendrá final.", sentence]
    assert paragraph_speakers(paragraphs)[2] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a role noun after a given name is a surname (`Pastor`, `Cardenal`), not a role that cuts the name
    ("La periodista Begoña Pastor dijo que «la entrevista fue larga».", ["Begoña Pastor"]),
    ("El poeta Anselmo Cardenal aseguró que «el verso no se vende».", ["Anselmo Cardenal"]),
    # the role before a name is still a role
    ("El pastor Anselmo Ruiz dijo que «la iglesia abrirá».", ["Anselmo Ruiz"]),
    ("El cardenal Anselmo Ruiz dijo que «la iglesia abrirá».", ["Anselmo Ruiz"]),
])
def test_a_role_noun_after_a_given_name_is_a_surname(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a word that also names a body or a place is a surname after a role, whatever the given name
    ("La actriz Penélope Cruz dijo que «el rodaje fue duro».", ["Penélope Cruz"]),
    ("La cantante Zulema Cruz aseguró que «la gira sigue».", ["Zulema Cruz"]),
    # the body's own name stays a body
    ("La Cruz Roja dijo que «faltan voluntarios».", []),
    ("La presidenta de la Cruz Roja dijo que «faltan voluntarios».", []),
])
def test_a_body_word_after_a_role_is_a_surname(sentence, expected):
    assert paragraph_speakers(["Titular", sentence])[1] == expected
