"""Whose voice a line carries: a person's, or a body's, a document's, a collective's or an unnamed source's."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.voices import (
    BODY,
    COLLECTIVE,
    DOCUMENT,
    PERSON,
    THING,
    UNNAMED,
    UNSAID,
    DocumentVoices,
    line_voices,
)


@pytest.mark.parametrize(
    "phrase, kind",
    [
        # people: a role, a given name, an agent noun, a title, the two people just named
        ("la ministra Rosa Peral", PERSON),
        ("el portavoz del club", PERSON),
        ("el candidato", PERSON),
        ("Tomás Vidal", PERSON),
        ("el asesor de la empresa", PERSON),
        ("el fundador de Oracle", PERSON),
        ("la sindicalista", PERSON),
        ("Ambos", PERSON),
        ("las respuestas de Vidal", PERSON),  # what someone said: its owner is the voice
        ("el comunicado de la ministra", PERSON),
        # bodies: a noun for a body, an organisation's words, an acronym
        ("la aerolínea Volaris", BODY),
        ("el Ministerio de Hacienda", BODY),
        ("el portal Vandal", BODY),
        ("el club", BODY),
        ("OCDE", BODY),
        ("la versión de la Fiscalía", BODY),
        # documents
        ("el comunicado", DOCUMENT),
        ("su página", DOCUMENT),
        ("el informe anual", DOCUMENT),
        ("la sentencia", DOCUMENT),
        ("el vídeo", DOCUMENT),
        # collectives
        ("los investigadores", COLLECTIVE),
        ("vecinos", COLLECTIVE),
        ("los manifestantes", COLLECTIVE),
        ("algunos analistas", COLLECTIVE),
        ("Numerosas tuiteras", COLLECTIVE),
        # unnamed sources
        ("fuentes del ministerio", UNNAMED),
        ("un jugador", UNNAMED),
        ("una vecina del barrio", UNNAMED),
        # not a voice: things
        ("las previsiones", THING),
        ("una mención", THING),
    ],
)
def test_the_words_of_a_voice_tell_its_kind(phrase, kind):
    assert DocumentVoices([phrase]).kind(phrase.split())[0] == kind


@pytest.mark.parametrize(
    "paragraphs, name, kind",
    [
        # the document writes it in capitals inside a sentence in lower case, or after a body's noun and a hyphen
        (["Adecu denuncia cobros indebidos.", "Lo pide ADECU en su escrito."], "Adecu", BODY),
        (["Adecu denuncia cobros indebidos.", "La asociación Adecu-Usuarios lo pidió."], "Adecu", BODY),
        # after a lower-case article: a person takes none
        (["Conapesca advierte de la veda.", "El titular de la Conapesca, Raúl Solís, habló."], "Conapesca", BODY),
        (["Sedatu informó del plan.", "El programa del Sedatu sigue."], "Sedatu", BODY),
        # after an office only a body has; not a person's firm named after them
        (["Oxfam advierte de la desigualdad.", "La directora de Oxfam, Ana Ruiz, lo detalla."], "Oxfam", BODY),
        (["Nuria Roig dijo que volverá.", "El gerente de Roig Records habló."], "Roig", PERSON),
        # negatives: a name's particle, a nickname, a surname after a given name, a lone name with no evidence
        (["Llegó Pedro del Olmo al pleno.", "Olmo dijo que sí."], "Olmo", PERSON),
        (["Llegó Guy de la Ferronière.", "Ferronière dijo que sí."], "Ferronière", PERSON),
        (["El boxeador Saúl Álvarez, conocido como el Canelo, habló.", "Canelo dijo que sí."], "Canelo", PERSON),
        (["Marta dijo que sí."], "Marta", PERSON),
        (["Kiko dijo que sí."], "Kiko", PERSON),
        (["De la Rosa dijo que sí."], "De la Rosa", PERSON),
        (["Llegó Óscar de la Hoya.", "Hoya dijo que sí."], "Hoya", PERSON),
        (["Del Río afirmó que sí.", "Lo dijo el diputado Del Río."], "Río", PERSON),
        # an acronym that spells a person's name is that person
        (["Andrés Manuel López Obrador habló.", "AMLO dijo que sí."], "AMLO", PERSON),
    ],
)
def test_the_document_tells_a_lone_name_kind(paragraphs, name, kind):
    assert DocumentVoices(paragraphs).name_kind(name.split())[0] == kind


def _voices(text):
    return [(voice.text, voice.kind, voice.closing) for voice in line_voices([text], 0)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"El vestuario está unido", afirman fuentes del club.', [("fuentes del club", UNNAMED, True)]),
        ("«Nadie lo esperaba», publicó el portal Vandal.", [("el portal Vandal", BODY, True)]),
        ('"Basta ya", llegó a afirmar el Ministerio de Hacienda.', [("el Ministerio de Hacienda", BODY, True)]),
        ("«Es clave», explicó este lunes el club en un comunicado.", [("el club", BODY, True)]),
        ("Según el sindicato, habrá huelga.", [("el sindicato", BODY, False)]),
        # the source of figures, a lone name with no cue for a person, is a body's (search.speakers.lone_names)
        ("De acuerdo con datos de Adecu, las tarifas subieron.", [("Adecu", BODY, False)]),
        ("De acuerdo con datos de Adecu, quien lleva años midiéndolas, subieron.", [("Adecu", PERSON, False)]),
        ("Un jugador del equipo dijo que nadie sabía nada.", [("Un jugador del equipo", UNNAMED, False)]),
        # a name set off by an apposition for a body is a body (search.speakers.evidence)
        ("Y es que Volaris, la aerolínea del grupo, confirmó el cierre.", [("Volaris", BODY, False)]),
        ("El vídeo asegura que la periodista cobró del empresario.", [("El vídeo", DOCUMENT, False)]),
        ("En una nota, la directora del museo, Elena Roig, ha recordado que abrirán.",
         [("Elena Roig", PERSON, False)]),
        # what follows `que` after a verb of saying is what was said, not another voice
        ("Detalló que, desde entonces, el Ejército ha contado con apoyo.", [("", UNSAID, False)]),
        # names inside quotation marks are no voice of the line; a noun that is a participle is no verb
        ('"Lo dijo Pérez", contestó Rosa Peral.', [("Rosa Peral", PERSON, True)]),
        ("En un comunicado difundido hoy no hay cambios.", []),
        # an impersonal `se` that reports: the document named after `en`, else an unnamed source
        ('Otro de los "errores" que se recoge en el recurso.', [("el recurso", DOCUMENT, False)]),
        ("Según se lee, la cadena deberá rectificar.", [("se lee", UNNAMED, False)]),
        ('En su perfil se puede leer que es "la mejor crema".', [("se puede leer", UNNAMED, False)]),
        ("Gil, según se supo, dijo que no.", [("Gil", PERSON, False)]),
        # negatives: a verb with `se` of its own subject, a modal of no reading, `se` with no `que`, `en` or colon
        ("Ruiz se quejó de que nadie le escucha.", [("Ruiz", PERSON, False)]),
        ("Hay mucho trabajo que se puede hacer sobre el tema.", []),
        ("No se puede negar que la historia es diversa.", []),
        # a list's last member before a verb is no subject
        ("La ministra de Cultura, Deporte y Juventud ha defendido el plan.", [("", UNSAID, False)]),
    ],
)
def test_the_voices_of_a_line(text, expected):
    assert _voices(text) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a body named alone that the document writes as a body is no speaker
        (["Adecu denuncia a las eléctricas por las subidas", "La asociación ADECU-Usuarios lo pidió en su escrito.",
          "Adecu recuerda que las tarifas subieron."], [[], [], []]),
        (["Conapesca advierte de la veda", "El operativo de la Conapesca sigue en marcha.",
          "Conapesca informó que habrá multas."], [[], [], []]),
        # a quotation closed by an unnamed source, a body, or a line whose subject is a document: not the person
        # followed
        (["El entrenador Iker Sáez habló con la prensa.", '"Vamos a pelear la liga", aseguró Sáez.',
          '"El vestuario está unido", afirman fuentes del club.'], [[], ["Iker Sáez"], []]),
        (["La actriz Nora Gil presentó su serie.", '"Es mi mejor papel", dijo Gil.',
          "«Una mirada íntima a una leyenda», publicó el portal Vandal."], [[], ["Nora Gil"], []]),
        (["La periodista Nuria Vidal presentó su libro.", '"Es falso", dijo Vidal.',
          'El vídeo asegura que la periodista "defendió abiertamente" al empresario, "a cambio de un puesto".'],
         [[], ["Nuria Vidal"], []]),
        # what an impersonal `se` reports from a document is the document's
        (["El diputado Raúl Ferrer presentó un recurso.", '"Es una injusticia", dijo Ferrer.',
          'Otro de los "errores" que se recoge en el recurso tiene que ver con la ley, al señalar que se aprobó '
          '"con el voto del PSOE", lo cual no es cierto.',
          'Según se recoge, la noticia daña la imagen del partido y por ello, insta a la cadena a "rectificar".'],
         [[], ["Raúl Ferrer"], [], []]),
        # the line a body voiced breaks the thread: a later subject-less verb is not the person credited before
        (["La periodista Nuria Vidal presentó su libro.", '"Es falso", dijo Vidal.',
          'El vídeo asegura que la periodista "defendió abiertamente" al empresario, "a cambio de un puesto".',
          '"Cobró un millón", añade.'], [[], ["Nuria Vidal"], [], []]),
        (["El alcalde Tomás Rey inauguró el puente.", '"Es una obra histórica", dijo Rey.',
          'En su web se puede leer que la obra "costó el doble de lo previsto".',
          "Además, sostiene que hubo retrasos."],
         [[], ["Tomás Rey"], [], []]),
        # negatives: a person who speaks beside the body, a medium relaying the person's words, a document that
        # relays a person's message, what someone answered, a person with a role, a body only mentioned
        (["La ministra Rosa Peral visitó la planta.",
          'Insistió en que habrá ayudas, "y llegarán este año", citó la agencia Efe.'], [[], ["Rosa Peral"]]),
        (['"Hay acuerdo", dijo Tomás Vidal, según el sindicato.'], [["Tomás Vidal"]]),
        (["El tenor Iván Soler canceló su gira.",
          "Su abogada, Marta Gil, anunció la pausa y leyó una carta de Iván Soler ante la prensa.",
          '"Necesito tiempo para recuperarme y volveré pronto".'], [[], ["Marta Gil"], ["Iván Soler"]]),
        (["Según las respuestas de Álvarez a los periodistas, habrá cobros."], [["Álvarez"]]),
        (["El portavoz de Adecu, Luis Mora, afirmó que recurrirán.", "La asociación ADECU-Usuarios lo pidió."],
         [["Luis Mora"], []]),
        (["La ministra Rosa Peral criticó a Adecu.", "Peral dijo que la asociación ADECU-Usuarios miente."],
         [["Rosa Peral"], ["Rosa Peral"]]),
        (["Llegó Pedro del Olmo al pleno.", "Del Olmo dijo que votará en contra."], [[], ["Pedro del Olmo"]]),
        (["La ministra Rosa Peral y Adecu denunciaron la subida.", "Lo pide ADECU en su escrito."],
         [["Rosa Peral"], []]),
    ],
)
def test_a_line_voiced_by_no_person_credits_no_one(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
