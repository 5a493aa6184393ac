"""Issue 14, round 16c: constructions not read on unseen news (blind20). Rows of my own wording, other names and
shapes.

- A participle of a verb of saying after its noun, the passive's auxiliary left out (a reduced relative: `un caso
  denunciado por la diputada X`, `El plan, criticado por el alcalde X, …`), names its speaker after `por` as the
  full passive does (`fue anunciada por X`); in news only, and only a person: a body after `por` stays unshown,
  a participle of making (`pintado por`) reports nothing (search.speakers.hints.reduced_passive, attributor).
- A framed verb (`hizo`, `lanzó`) in a relative clause on its object, a noun of statement (`las denuncias que hizo
  la concejala X`, `las críticas que lanzó X`), has its subject after it, not the noun before `que`
  (search.speakers.subjects.object_relative); `denuncia` and `acusación` join the nouns of statement a framed verb
  makes (`hizo una denuncia pública`).
- `diferenciar` before `que` draws a distinction in words (`la abogada X diferenció que «…»`), a statement; not with
  an object (`diferenció los casos`), and the noun `diferencia` is no verb (search.speakers.verbs.NEEDS_QUE).
- A verb of naming with an object clitic and `como` (`los denominó como enemigos`, `la catalogó como…`) judges whom
  it names, a statement with or without quotation marks; a law's `define como delito` and a self-description `se
  define como…` are none (search.speakers.reporting.OBJECT_CLITICS).
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import Kind


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("La petición llega tras un caso de sobornos denunciado por la diputada Carmen Ruiz Lobo en el pleno.",
         ["Carmen Ruiz Lobo"]),
        ("El plan, criticado por el alcalde Tomás Ibarra, saldrá adelante en marzo.", ["Tomás Ibarra"]),
        ("Las cifras, desmentidas por la consejera Nuria Blasco, circularon toda la semana.", ["Nuria Blasco"]),
        ("Es una idea planteada por el economista Iván Olmedo hace años.", ["Iván Olmedo"]),
        ("La medida fue anunciada por el ministro Raúl Pérez Gil el martes.", ["Raúl Pérez Gil"]),
        # negatives: a participle of making, a body as agent, no agent named, `por` after a finite verb of saying,
        # a visit, a meeting
        ("El museo recibió un cuadro pintado por Diego Velázquez en 1650.", []),
        ("La noticia, desmentida por el Ministerio de Salud, circuló por las redes.", []),
        ("Los datos revelados por el estudio de la Universidad de Lima muestran una caída.", []),
        ("El ministro Raúl Pérez Gil no ha dicho por qué se retrasa el pago.", []),
        ("La visita, organizada por la alcaldesa Ana Torres, duró dos días.", []),
        ("La reunión presidida por el consejero Luis Mora terminó sin acuerdo.", []),
    ],
)
def test_a_reduced_passive_of_saying_names_its_speaker(paragraph, expected):
    assert paragraph_speakers(["Titular", paragraph])[1:] == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "La carta, escrita por su padre, seguía en el cajón.",
        "—El plan, criticado por el alcalde Tomás Ibarra, no saldrá —dijo ella, y se fue.",
    ],
)
def test_a_reduced_passive_makes_no_speaker_in_a_novel(paragraph):
    story = ["Capítulo uno", "Llovía sobre el puerto cuando Marta llegó a casa.", paragraph,
             "—No lo sé —contestó Marta."]
    speakers = paragraph_speakers(story, Kind(short=True, news=False))
    assert "Tomás Ibarra" not in speakers[2]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Las denuncias que hizo la concejala Marta Ibáñez sobre el contrato llegaron al juzgado.", ["Marta Ibáñez"]),
        ("Las declaraciones que hizo ayer el portavoz Óscar Lema no calmaron a nadie.", ["Óscar Lema"]),
        ("Las acusaciones que lanzó el diputado Pedro Soler contra el alcalde no tenían pruebas.", ["Pedro Soler"]),
        ("El diputado Pedro Soler hizo una denuncia pública contra el alcalde.", ["Pedro Soler"]),
        # negatives: a body makes them, a noun that is no statement (a visit, works, questions), a meeting
        ("Las denuncias que hizo la Fiscalía no prosperaron.", []),
        ("La visita que hizo la ministra Sara Gómez al hospital duró una hora.", []),
        ("Las obras que hizo el alcalde Luis Mora costaron millones.", []),
        ("Las preguntas que hizo el periodista Juan Roca quedaron sin respuesta.", []),
        ("La reunión que presidió el alcalde Luis Mora acabó tarde.", []),
    ],
)
def test_a_framed_verb_on_a_relative_object_has_its_subject_after_it(paragraph, expected):
    assert paragraph_speakers(["Titular", paragraph])[1:] == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("El juez Tomás Ferrer criticó el proyecto, pero la abogada Rosa Llull diferenció que «una cosa es la ley y "
         "otra su aplicación».", ["Tomás Ferrer", "Rosa Llull"]),
        ("La ministra Elena Sanz ha diferenciado que el recorte no afecta a la sanidad.", ["Elena Sanz"]),
        # negatives: an object, not a clause; the noun; a visit
        ("El estudio de la doctora Alba Ríos diferenció los casos graves de los leves.", []),
        ("La diferencia que hay entre ambos planes es grande.", []),
        ("La alcaldesa Ana Torres visitó el barrio que diferenció el río.", []),
    ],
)
def test_drawing_a_distinction_before_que_is_a_statement(paragraph, expected):
    assert paragraph_speakers(["Titular", paragraph])[1:] == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("El alcalde Luis Mora los definió como irresponsables por cortar la calle.", ["Luis Mora"]),
        ("La jueza Carla Vidal la catalogó como una pieza clave de la trama.", ["Carla Vidal"]),
        ("El obispo Ramón Cid los denominaba como traidores en sus sermones.", ["Ramón Cid"]),
        # negatives: a law defines, oneself described, no `como`, a visit
        ("La ley define como delito el acoso en la red.", []),
        ("La escritora Ana Pérez se define como feminista.", []),
        ("El alcalde Luis Mora los definió en su plan de obras.", []),
        ("La ministra Sara Gómez visitó el centro que la prensa definió ayer.", []),
    ],
)
def test_naming_whom_a_clitic_names_with_como_is_a_statement(paragraph, expected):
    assert paragraph_speakers(["Titular", paragraph])[1:] == [expected]
