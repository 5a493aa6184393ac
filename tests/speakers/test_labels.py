"""Tests for search.speakers.labels: who a transcript label names."""

import pytest

from search.speakers.labels import turn_label


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE PREVENCIÓN: Buenas noches.",
         ("Hugo López-Gatell Ramírez", False)),
        ("INTERLOCUTORA: Gracias.", ("Interlocutor", False)),
        # voice-overs are generic, in capitals or not
        ("VOZ MUJER: Atención, por favor.", ("Voz", False)),
        ("VOZ HOMBRE: Comenzamos.", ("Voz", False)),
        ("Voz mujer: Se ruega silencio.", ("Voz", True)),
        ("Pregunta del público: ¿Y los precios?", ("Pregunta", True)),
        # role words before a name, misspelt, split, or missing a letter, are no part of it
        ("PRESIDENTE CLAUDIA SHEINBAUM PARDO: Buenos días.", ("Claudia Sheinbaum Pardo", False)),
        ("PRESDIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Sí.", ("Andrés Manuel López Obrador", False)),
        ("P RESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Sí.", ("Andrés Manuel López Obrador", False)),
        ("PRESIDENT E ANDRÉS MANUEL LÓPEZ OBRADOR: Sí.", ("Andrés Manuel López Obrador", False)),
        ("RESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Sí.", ("Andrés Manuel López Obrador", False)),
        ("SECRETARIO DE SALUD JORGE ALCOCER VARELA: Gracias.", ("Jorge Alcocer Varela", False)),
        # parliamentary records
        ("El señor PRESIDENTE: Se abre la sesión.", ("Presidente", False)),
        ("El señor RUFIÁN ROMERO: Gracias, presidenta.", ("Rufián Romero", False)),
        ("La señora MINISTRA DE HACIENDA (Montero Cuadrado): Señorías.", ("Montero Cuadrado", False)),
        ("La señora Pastor Julián: Muchas gracias.", ("Pastor Julián", True)),
        # mixed case names; notes, chapters and prose are no labels
        ("Carmen Díaz: Buenas tardes a todos.", ("Carmen Díaz", True)),
        ("Nota Importante: el horario cambia.", None),
        ("II: Una gran electora", None),
        ("Conclusión: hay que invertir.", None),
        ("Hoy tenemos tres temas: salud y empleo.", None),
    ],
)
def test_turn_label(paragraph, expected):
    assert turn_label(paragraph) == expected
