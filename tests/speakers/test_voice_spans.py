"""Where a line gives its words to a voice: spans of subjects of verbs of saying and of sources after openers."""

import pytest

from search.speakers.voice_spans import TOKEN, subject_before, voice_spans


def _spans(text):
    tokens = TOKEN.findall(text)
    return [(" ".join(tokens[start:end]), closing) for start, end, closing in voice_spans(tokens)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subject before the verb, with its determiner and complements; an apposition's name
        ("Un portavoz del sindicato dijo que no.", [("Un portavoz del sindicato", False)]),
        ("Tanto es así que Vueling, la aerolínea del grupo, anunció el cierre.", [("Vueling", False)]),
        ("El director del museo, Elena Roig, ha recordado que abrirán.", [("Elena Roig", False)]),
        # after a clause that ends in a name, a phrase opened by a determiner is a new subject, not a list's member
        ("Como adelantó El Diario, el informe de la auditoría señala estas cuentas:",
         [("", False), ("el informe de la auditoría", False)]),
        ("Tal como lo había acreditado Reforma, la fiscal del caso aseguró que no hubo pruebas.",
         [("la fiscal del caso", False)]),
        ("La ministra de Cultura, Turismo, Deporte ha dicho que sí.", [("", False)]),  # a list's member: no subject
        # after a verb that closes a quotation, past a day and an infinitive's lead
        ("«No habrá cambios», explicó este lunes el club.", [("el club", True)]),
        ('"Basta", llegó a afirmar la Consejería de Salud.', [("la Consejería de Salud", True)]),
        ("—Es pronto —admitió la portavoz.", [("la portavoz", True)]),
        # after an opener, past what was said (`datos de`, `lo dicho por`)
        ("De acuerdo con datos de la consultora, el paro bajó.", [("la consultora", False)]),
        ("Según lo dicho por el alcalde, habrá obras.", [("el alcalde", False)]),
        # an impersonal `se` that reports: the text named after `en`, else the words of `se`
        ("Como se lee en el auto, el juez lo rechaza.", [("el auto", False), ("el juez", False)]),
        # a verb with no subject written: an empty span; what follows `que` is what was said
        ("Añadió que la empresa negó los hechos.", [("", False)]),
        # negatives: a governed noun, a noun that is also a participle, names inside quotation marks
        ("A la ministra le parece bien.", []),
        ("En un comunicado difundido ayer no hubo cambios.", []),
        ('"Lo dijo Pérez en mayo".', []),
        ("La ministra de Cultura, Deporte y Juventud ha defendido el plan.", [("", False)]),
    ],
)
def test_the_spans_of_a_line_voices(text, expected):
    assert _spans(text) == expected


def test_a_subject_governed_by_a_preposition_is_none():
    tokens = TOKEN.findall("Según fuentes de la empresa afirmó algo.")
    lower = [token.lower() for token in tokens]
    assert subject_before(tokens, lower, lower.index("afirmó"), [False] * len(tokens)) is None
