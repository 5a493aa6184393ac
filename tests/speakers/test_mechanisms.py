"""Which mechanism credited each (line, person): search.speakers.attributions and its trace."""

import pytest

from search.speakers import attributions, paragraph_speakers
from search.speakers.mechanisms import on, tracing


@pytest.mark.parametrize(("paragraphs", "line", "name", "mechanism"), [
    (["La ministra Olga Prieto afirmó que el plan sigue."], 0, "Olga Prieto", "verb:named-before"),
    (["«El plan sigue», afirmó Olga Prieto."], 0, "Olga Prieto", "verb:named-after"),
    (["La portavoz Olga Prieto visitó la planta.", "«Seguimos», dijo la portavoz."], 1, "Olga Prieto",
     "verb:described"),
    (["Tomás Uribe Lara habló en el foro.", "Uribe Lara dijo que sí.", "Además, añadió que el plazo vence."], 2,
     "Tomás Uribe Lara", "verb:subjectless"),
    (["Según Marta Colón, el plazo vence en mayo."], 0, "Marta Colón", "opener"),
    (["La medida fue anunciada por Rubén Salas este lunes."], 0, "Rubén Salas", "passive"),
    (["«Nadie va a ceder en esto, ni ahora ni después de la votación del martes.", "«Y lo sabemos todos», dijo "
      "Olga Prieto."], 0, "Olga Prieto", "quote:closed"),
    (["Luis Mena, alcalde de la villa, habló con los vecinos.", "«Y lo sabemos todos», dijo el alcalde."], 1,
     "Luis Mena", "verb:described"),
    (["PREGUNTA: ¿Cuándo empieza?", "IRENE BOSCH: Mañana.", "PREGUNTA: ¿Y acaba?", "IRENE BOSCH: En mayo."], 1,
     "Irene Bosch", "transcript-label"),
])
def test_each_pair_is_named_with_its_mechanism(paragraphs, line, name, mechanism):
    assert attributions(paragraphs)[line].get(name) == mechanism


@pytest.mark.parametrize("paragraphs", [
    ["El ministro Pablo Ríos dijo que no.", "«No habrá recortes», añadió.", "Según Ríos, todo sigue."],
    ["Juana Ortiz: «Nadie cede».", "El tiempo mejora.", "Ella afirmó que sí."],
    ["Llovió toda la noche.", "El río creció."],
    [],
])
def test_the_trace_names_exactly_the_speakers_found(paragraphs):
    assert [list(line) for line in attributions(paragraphs)] == paragraph_speakers(paragraphs)


def test_the_trace_is_off_unless_asked_for():
    assert not on()
    with tracing() as trace:
        assert on()
        paragraph_speakers(["Ana Gil dijo que sí."])
    assert not on() and len(trace) == 1
