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
        # any role noun the news rules know opens a label, not a name (one person, one name across labels)
        ("EMBAJADOR JUAN PÉREZ GÓMEZ: Gracias.", ("Juan Pérez Gómez", False)),
        ("GENERAL LUIS CRESENCIO SANDOVAL GONZÁLEZ: Sí.", ("Luis Cresencio Sandoval González", False)),
        ("ALMIRANTE RAFAEL OJEDA DURÁN: Sí.", ("Rafael Ojeda Durán", False)),
        # parliamentary records
        ("El señor PRESIDENTE: Se abre la sesión.", ("Presidente", False)),
        ("El señor RUFIÁN ROMERO: Gracias, presidenta.", ("Rufián Romero", False)),
        ("La señora MINISTRA DE HACIENDA (Montero Cuadrado): Señorías.", ("Montero Cuadrado", False)),
        # the article and the honorific make a label in mixed case as sure as one in capitals (Parlamento de Canarias)
        ("La señora Pastor Julián: Muchas gracias.", ("Pastor Julián", False)),
        # mixed case names; notes, chapters and prose are no labels
        ("Carmen Díaz: Buenas tardes a todos.", ("Carmen Díaz", True)),
        ("Nota Importante: el horario cambia.", None),
        ("II: Una gran electora", None),
        ("Conclusión: hay que invertir.", None),
        ("Hoy tenemos tres temas: salud y empleo.", None),
        # a role or outlet in brackets, in mixed case, after a name in capitals or in mixed case
        ("TERESA MONTAÑO (Portavoz de la Junta): Buenos días.", ("Teresa Montaño", False)),
        ("REPORTERA (Radio Norte): ¿Cuándo entra en vigor?", ("Reportero", False)),
        ("OLGA BRUN, DIRECTORA DEL IMSS (interpretación del catalán): Gracias.", ("Olga Brun", False)),
        ("SECRETARIO DE TRANSPORTE (Ruiz Peña): Se cierra la vía.", ("Ruiz Peña", False)),
        ("Teresa Montaño (portavoz): Así es.", ("Teresa Montaño", True)),
        ("Esto dijo el alcalde (en público): no.", None),
        # La Moncloa's labels closed by `.-`: a question, an answer, an honorific and surname, a role, role + name
        ("P.- (Luisa Gil, Radio Norte) Ministro, ¿habrá recortes?", ("Pregunta", False)),
        ("Pregunta.- Buenas tardes.", ("Pregunta", False)),
        ("R.- No los habrá.", (None, False)),
        ("Sra. Montaño.- Mañana mismo.", ("Montaño", False)),
        ("Sr. Iturbe.– Añado una cosa.", ("Iturbe", False)),
        ("Portavoz.- Sí, muchas gracias.", ("Portavoz", False)),
        ("Vicepresidenta primera.- Gracias.", ("Vicepresidenta primera", False)),
        ("Ministro de Cultura y portavoz del Gobierno, Tomás Iturbe. - Buenas tardes.", ("Tomás Iturbe", False)),
        ("Olga Brun.- Buenas tardes.", ("Olga Brun", False)),
        # and what is no label: datelines, sentences that end in `.-`, abbreviations
        ("MADRID.- El Gobierno aprobó ayer el decreto.", None),
        ("Sevilla, 4 de julio de 2023.- La ministra habló.", None),
        ("El Gobierno aprobó la ley.- Fin del comunicado.", None),
        ("EE.UU.- Las bolsas cayeron.", None),
        # trial 18: the same honorific and surname closed by a colon, in mixed case (a turn only as a fuller
        # name's, turns._fullest_names); a letter's salutation to an office or a don names no one
        ("Sr. Simón: Añado que la incidencia preocupa.", ("Simón", True)),
        ("Dra. Darias: La vacunación avanza.", ("Darias", True)),
        ("Sra. García Ruiz: Gracias.", ("García Ruiz", True)),
        ("Sr. Director: Le escribo para denunciar…", None),
        ("Sra. Ministra: Le ruego que atienda…", None),
        ("Sr. Don Luis Noisse: He pasado tres días muy enferma.", None),
        ("Sr. D. Luis Noisse: Muy señor mío.", None),
        # trial 18b: an honorific in capitals before a label in capitals is no part of the name, as `El señor
        # PRESIDENTE:` is read (`EL SEÑOR PRESIDENTE:` was «El Señor», `EL SR. SIMÓN:` «El Sr», `SR. SIMÓN:` nobody)
        ("EL SEÑOR PRESIDENTE: Se abre la sesión.", ("Presidente", False)),
        ("LA SEÑORA DARIAS: Gracias, presidente.", ("Darias", False)),
        ("EL SEÑOR SIMÓN: Buenos días.", ("Simón", False)),
        ("EL SR. SIMÓN: Buenos días.", ("Simón", False)),
        ("LA SRA. DARIAS.- Gracias.", ("Darias", False)),
        ("SR. SIMÓN: Los casos bajan.", ("Simón", False)),
        ("DRA. DARIAS: La vacunación avanza.", ("Darias", False)),
        ("SR. SIMÓN.- Los casos bajan.", ("Simón", False)),
        ("SR. DIRECTOR: Le escribo para denunciar…", None),  # a letter's salutation, in capitals too
        ("SRA. MINISTRA: Le ruego que atienda…", None),
        ("SR. DON LUIS NOISSE: Muy señor mío.", None),
        ("EL SEÑOR: es mi pastor, nada me falta.", None),  # no name after it
        ("LA SEÑORA. Todo.", None),
    ],
)
def test_turn_label(paragraph, expected):
    assert turn_label(paragraph) == expected
