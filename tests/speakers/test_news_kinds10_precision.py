"""Precision in real news (issue 14, round 10): a statement goes to the person the sentence names, not to the
one met before; a negated subject speaks not. Our own wording, other names."""

import pytest

from search.speakers import paragraph_speakers

INTRO = "El alcalde de la ciudad, Tomás Urquiza, ha dicho que el plan es firme."


@pytest.mark.parametrize("sentence, expected", [
    # a time adverb between the verb and its inverted subject keeps the subject
    ("«Hay que cerrar el vertedero», afirmó entonces la concejala de Medio Ambiente, Rocío Lafuente.",
     ["Rocío Lafuente"]),
    ("«No habrá más retrasos», aseguró anoche la consejera Rocío Lafuente.", ["Rocío Lafuente"]),
    ("«Lo votaremos», dijo ahora el diputado Ernesto Salcedo.", ["Ernesto Salcedo"]),
    ("«El agua es de todos», señaló recientemente Ernesto Salcedo.", ["Ernesto Salcedo"]),
    ("«Lo haremos», añadió entonces.", ["Tomás Urquiza"]),  # no subject after it: the one met before
])
def test_time_adverb_before_an_inverted_subject(sentence, expected):
    assert paragraph_speakers([INTRO, sentence])[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Hasta el momento, Tomás Urquiza ni el ayuntamiento se han pronunciado.", []),
    ("Por ahora Tomás Urquiza ni su equipo han querido comentar el asunto.", []),
    ("Hasta ahora, ni Tomás Urquiza ni su partido han respondido.", []),
    # not negations of the verb
    ("Sin fondos ni personal, Tomás Urquiza dijo que «el plan sigue».", ["Tomás Urquiza"]),
    ("Sin fondos ni personal Tomás Urquiza dijo que «el plan sigue».", ["Tomás Urquiza"]),
    ("Tomás Urquiza dijo que «no piensa ni dimitir».", ["Tomás Urquiza"]),
])
def test_subjects_joined_by_ni_speak_not(sentence, expected):
    assert paragraph_speakers([INTRO, sentence])[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Algunos vecinos se han quejado del ruido, alegando que «nadie los escucha».", []),
    ("Varias asociaciones criticaron el plan, asegurando que llega tarde.", []),
    ("Muchos comerciantes protestaron, argumentando que perderán clientes.", []),
    # a named subject, or none, still leads the gerund
    ("La edil Carmen Oria criticó el plan, asegurando que «llega tarde».", ["Carmen Oria"]),
    ("Tomás Urquiza defendió el plan, asegurando que «llega a tiempo».", ["Tomás Urquiza"]),
])
def test_an_unnamed_group_leads_its_gerund(sentence, expected):
    assert paragraph_speakers([INTRO, sentence])[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # `su madre`, `su hermano`: someone of the person met before, unnamed, not that person
    ("«Siempre quiso ser piloto», contó su madre a la radio local.", []),
    ("«Lo echamos de menos», explicó su hermano.", []),
    ("«No hay nada que ocultar», señalaron sus vecinos.", []),
    # named in apposition: that person
    ("«Recurriremos», explicó su abogada, Inés Vallejo.", ["Inés Vallejo"]),
    ("«Recurriremos», explicó su abogada Inés Vallejo.", ["Inés Vallejo"]),
    # no subject after the verb: the one met before
    ("«Lo haremos», contó.", ["Tomás Urquiza"]),
])
def test_a_possessed_noun_after_the_verb_is_someone_else(sentence, expected):
    assert paragraph_speakers([INTRO, sentence])[1] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a sentence the source broke over lines: the lines that open in lower case go on with it
    (["La directora Inés Vallejo explicó que varias tiendas vendieron entradas",
      "sin permiso de la federación", "y a precios muy altos."],
     [["Inés Vallejo"], ["Inés Vallejo"], ["Inés Vallejo"]]),
    (["«Lo logrará», consideró la entrenadora Marta Ibáñez.", "lo tiene todo para ganar su cuarto título."],
     [["Marta Ibáñez"], ["Marta Ibáñez"]]),
    # a line that opens in capitals starts a sentence of its own
    (["La directora Inés Vallejo explicó que varias tiendas vendieron entradas",
      "Las anomalías se hallaron en tres ciudades."],
     [["Inés Vallejo"], []]),
])
def test_lines_cut_by_the_source_go_on_with_their_sentence(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a word the document writes after a capitalised plural article names a place or a body
    (["«Fue un gran partido», aseguró la capitana del Club 7 Rozas.", "Eva Ruiz juega en el Club Las Rozas."],
     [[], []]),
    (["«Todo está listo», dijo la portavoz de Pinos.", "El acto será en Los Pinos."], [[], []]),
    # a surname met with a given name stays a person
    (["Rozas dijo que «ganaremos».", "La capitana Eva Rozas llegó ayer."], [["Eva Rozas"], []]),
])
def test_a_plural_article_makes_a_place(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


TWO = "El exalcalde Ramón Ibarra firmó el contrato con su socio Pedro Luna."


@pytest.mark.parametrize("sentence, expected", [
    # a credit at the end of the sentence: who speaks before it is quoted in its words
    ("Ambos dijeron entonces que no sabían nada, pero se contradijeron, sostiene la fiscal Irene Salas.",
     ["Irene Salas"]),
    ("Ibarra aseguró que el dinero llegó tarde, afirma el contable Hugo Prieto.", ["Hugo Prieto"]),
    # a body credits no one: the speaker stays
    ("Ibarra aseguró que el dinero llegó tarde, informó el diario local.", ["Ramón Ibarra"]),
    # a phrase credits what follows it only; two statements joined by `y` keep both speakers
    ("Luna ha prometido seguir con la obra, que es, en opinión de Ibarra, \"un gran paso\".",
     ["Pedro Luna", "Ramón Ibarra"]),
    ("Ibarra dijo que no sabía nada, y Luna aseguró que tampoco.", ["Ramón Ibarra", "Pedro Luna"]),
])
def test_a_credit_at_the_end_reports_the_words_before_it(sentence, expected):
    assert paragraph_speakers([TWO, sentence])[1] == expected
