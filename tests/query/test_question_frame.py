"""A question's frame (search/query/question_frame.py): the words that ask who said what, in
a table of questions a reporter types, and those that only look like one."""

import pytest

from search.query.parser import parse
from search.query.question_frame import frame_message, frame_positions, framing


@pytest.mark.parametrize("query, frame", [
    # an interrogative, then a verb of saying or of opinion
    ("¿quién habló de cubrebocas?", ["habló"]),
    ("quien hablo de cubrebocas", ["hablo"]),  # typed without accents, at the start
    ("¿Quiénes hablaron del toque de queda?", ["hablaron"]),
    ("¿qué dijo López-Gatell de las vacunas?", ["dijo"]),
    ("¿Qué opina Sheinbaum sobre el Metro?", ["opina"]),
    ("qué piensa el alcalde de los baches", ["piensa"]),
    ("¿cuándo anunció Celaá el regreso a clases?", ["anunció"]),
    ("¿dónde dijo eso el canciller?", ["dijo"]),
    ("¿qué declaró Illa sobre las mascarillas?", ["declaró"]),
    ("¿cómo explicó el Banco de México la inflación?", ["explicó"]),
    ("¿de qué habló la ministra en Bruselas?", ["habló"]),
    ("¿qué ha dicho Alcocer acerca de las vacunas?", ["dicho", "acerca"]),  # `ha`, then `acerca de`
    ("¿qué le respondió el presidente a la reportera?", ["respondió"]),
    ("¿qué no dijo el informe con respecto a los contagios?", ["dijo", "respecto"]),
    ("lo que dijo el gobernador sobre el agua", ["dijo"]),
    ("declaraciones de López-Gatell sobre cubrebocas", ["declaraciones"]),
    ("opiniones de los rectores acerca del regreso", ["opiniones", "acerca"]),
    # no frame: the verb is the topic, or there is no question, or nothing else to search
    ("¿qué significa declarar la renta?", []),
    ("¿cómo declarar la renta?", []),
    ("¿quién debe declarar la renta?", []),
    ("dijo cubrebocas", []),
    ("López-Gatell dijo cubrebocas", []),
    ("declaración de la renta", []),
    ("declaraciones de amor", []),
    ("¿quién lo dijo?", []),
    ("¿qué dijo?", []),
    ("¿qué crítica hizo la jueza?", []),
    ("¿qué denuncia presentó la fiscalía?", []),
    ("¿qué pregunta hizo el diputado?", []),
    ("¿qué dicho popular usó el presidente?", []),  # a participle only after `haber`
    ("el que habla de más", []),  # `que` after a content word is no question
])
def test_the_frame_of_a_question(query, frame):
    words = query.split()
    assert [words[at].strip("¿?") for at in frame_positions(words)] == frame


@pytest.mark.parametrize("query, frame", [
    ('¿quién habló de "toque de queda"?', ["habló"]),  # a phrase is something to search
    ("¿qué dijo orador:Sheinbaum del agua?", ["dijo"]),
    ("¿qué dijo? -agua", []),  # an exclusion alone is nothing to search
    ("¿qué dijo el gobernador? -agua", ["dijo"]),
    ("¿quién habló~ de cubrebocas?", []),  # a typo mark says the word is wanted
    ("¿quién habló^2 de cubrebocas?", []),
    ("(¿quién habló de cubrebocas?) O agua", []),
])
def test_only_plain_words_of_the_whole_query_frame_it(query, frame):
    assert [clause.text.strip("¿?") for clause in framing(parse(query).root)] == frame


def test_the_message_names_the_words_scored_only():
    assert frame_message(["dicho", "acerca"]) == (
        "«dicho» y «acerca» solo dan forma a la pregunta: no se exigieron, y van primero los "
        "párrafos que los dicen.")
