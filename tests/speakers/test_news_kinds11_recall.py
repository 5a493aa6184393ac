"""Lines real news attributes with no subject next to the verb of saying (round 11): a past told in the imperfect
subjunctive (`después de que X anunciara que…`), a verb of saying juxtaposed after a comma to a clause whose subject
it shares (`X participó en un foro, destacó que…`). Cases of other names and shapes than those they were found on,
negatives included (a real subjunctive, meetings, visits, places, institutions)."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # the `-ra` form after a temporal `que` or a relative `quien` tells a past statement
        (["Luisa Peralta deja el partido", "La decisión llega horas después de que el senador Tomás Ibarra "
          "anunciara que votará en contra del presupuesto."], 1, ["Tomás Ibarra"]),
        (["Luisa Peralta deja el partido", "Luego de que la gobernadora Rocío Nava dijera que no habrá aumentos, "
          "el Congreso aplazó el debate."], 1, ["Rocío Nava"]),
        (["Luisa Peralta deja el partido", "Fue el propio Gustavo Sáenz quien confirmara en 2019 que dejaría "
          "el cargo."], 1, ["Gustavo Sáenz"]),
        (["Luisa Peralta deja el partido", "Desde que el diputado Ramón Olivo advirtiera que el plan fracasaría, "
          "nadie lo defiende."], 1, ["Ramón Olivo"]),
        # and the quotation after it goes on with that speaker
        (["Luisa Peralta deja el partido", "Todo empezó después de que el alcalde Félix Ortega afirmara que "
          "apoyaría a la candidata.", "\"Sí, claro. Estoy dispuesto a ayudar\", aseguró."], 2, ["Félix Ortega"]),
        # negatives: a real subjunctive (what was asked, a condition, a purpose, a wish), a meeting, a visit
        (["Luisa Peralta deja el partido", "La fiscalía le pidió que explicara el origen de los fondos."], 1, []),
        (["Luisa Peralta deja el partido", "Si el ministro Juan Ferrer declarara hoy, el juicio se aplazaría."], 1,
         []),
        (["Luisa Peralta deja el partido", "Lo citaron para que el juez Andrés Lobo informara a las partes."], 1, []),
        (["Luisa Peralta deja el partido", "Después de que el embajador Iván Soto visitara Lima, se reunió con "
          "los empresarios."], 1, []),
        (["Luisa Peralta deja el partido", "Antes de que la alcaldesa Marta Gil anunciara su plan, los vecinos "
          "ya lo sabían."], 1, []),
    ],
)
def test_a_past_told_in_the_subjunctive(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # a verb of saying after a comma shares the subject of the clause before it
        (["Mónica Sastre presenta su programa", "Esta mañana, Sastre participó en un foro de empresarios, destacó "
          "que la reforma necesita más fondos."], 1, ["Mónica Sastre"]),
        (["Mónica Sastre presenta su programa", "El senador Héctor Villalba viajó a Monterrey, explicó que la "
          "visita fue útil."], 1, ["Héctor Villalba"]),
        (["Mónica Sastre presenta su programa", "Ayer, el alcalde Rubén Cota ha inaugurado el puente, afirmó que "
          "habrá más obras."], 1, ["Rubén Cota"]),
        # negatives: a firm or an institution opens the clause; a credit after the words; a subject of its own
        (["Mónica Sastre presenta su programa", "La empresa Iberdrola cerró el año con pérdidas, explicó que la "
          "culpa es del mercado."], 1, []),
        (["Mónica Sastre presenta su programa", "El Senado aprobó la ley, explicó que entrará en vigor en enero."], 1,
         []),
        (["Mónica Sastre presenta su programa", "Héctor Villalba se reunió con los vecinos, informó el diario "
          "local."], 1, []),
        (["Mónica Sastre presenta su programa", "Tras la visita de Héctor Villalba a Tijuana, la alcaldesa Nora "
          "Ruiz destacó que hubo acuerdo."], 1, ["Nora Ruiz"]),
    ],
)
def test_a_juxtaposed_verb_of_saying_shares_the_subject_before(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # a demonstrative before a role points to the person just followed, not the first one given that role
        (["Dos expertos opinan sobre la vacuna", "«Es segura», opina Julia Cano, experta en inmunología.",
          "«No hay prisa», dice Tomás Reig, del Instituto de Salud.", "Este experto, que dirige un laboratorio, "
          "señala que habrá más datos en abril."], 3, ["Tomás Reig"]),
        (["Dos expertos opinan sobre la vacuna", "«Es segura», opina Julia Cano, experta en inmunología.",
          "«No hay prisa», dice Nuria Pons, del Instituto de Salud.", "Esta especialista señala que habrá más "
          "datos en abril."], 3, ["Nuria Pons"]),
        (["La comisión aprueba el informe", "«Es un buen informe», dijo el diputado Pablo Rey.",
          "«Lo votaremos», añadió Ángel Mir, miembro de la comisión.", "Este diputado aseguró que el pleno lo "
          "aprobará."], 3, ["Ángel Mir"]),
        # negatives: the demonstrative's gender does not fit the person followed; a demonstrative before a place or
        # an institution
        (["Dos expertos opinan sobre la vacuna", "«Es segura», opina Julia Cano, experta en inmunología.",
          "«No hay prisa», dice Nuria Pons, del Instituto de Salud.", "Este experto señala que habrá más datos."], 3,
         []),
        (["Dos expertos opinan sobre la vacuna", "«No hay prisa», dice Tomás Reig, del Instituto de Salud.",
          "Este hospital señala en su informe que habrá más camas."], 2, []),
        (["Dos expertos opinan sobre la vacuna", "«No hay prisa», dice Tomás Reig, del Instituto de Salud.",
          "Este ministerio aseguró que habrá más dosis."], 2, []),
    ],
)
def test_a_demonstrative_role_is_the_person_just_followed(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # the name apposed to a role after the verb, its closing comma lost before a circumstance
        (["El tranvía llega a Mérida", "«Es un gran día», señaló el gobernador del estado, Íñigo Salas durante "
          "la inauguración."], 1, ["Íñigo Salas"]),
        (["El tranvía llega a Mérida", "«Habrá más líneas», afirmó la secretaria de Movilidad, Rosa Lagos en la "
          "rueda de prensa."], 1, ["Rosa Lagos"]),
        (["El tranvía llega a Mérida", "«Costó mucho», reconoció el director de la obra, Emilio Pardo tras "
          "el recorrido."], 1, ["Emilio Pardo"]),
        # negatives: no name after the role; a place after the comma; a body
        (["El tranvía llega a Mérida", "«Es un gran día», señaló el gobernador del estado durante la "
          "inauguración, celebrada en Mérida."], 1, []),
        (["El tranvía llega a Mérida", "«Habrá más líneas», informó la Secretaría de Movilidad, en Mérida "
          "durante el acto."], 1, []),
    ],
)
def test_an_apposition_that_lost_its_closing_comma(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # a paragraph that ends a quotation whose opening mark the source lost, after a quoted paragraph
        (["Los biólogos descartan la plaga", "\"No hay motivo de alarma\", dijo Irene Vidal al diario.",
          "\"Los datos son claros\".", "Aun así seguiremos midiendo cada semana \"."], 3, ["Irene Vidal"]),
        (["Los biólogos descartan la plaga", "«No hay motivo de alarma», dijo Irene Vidal al diario.",
          "Aun así seguiremos midiendo cada semana»."], 2, ["Irene Vidal"]),
        (["Los biólogos descartan la plaga", "\"No hay motivo de alarma\", dijo Irene Vidal al diario.",
          "Aun así seguiremos midiendo cada semana \".", "El informe se publicó en marzo."], 3, []),
        # negatives: no quotation before it; a closing mark after a title, with words after it
        (["Los biólogos descartan la plaga", "El museo abrió una sala nueva.",
          "Aun así seguiremos midiendo cada semana».", "El informe se publicó en marzo."], 2, []),
        (["Los biólogos descartan la plaga", "\"No hay motivo de alarma\", dijo Irene Vidal al diario.",
          "El museo expone \"La ronda\" desde el lunes."], 2, []),
    ],
)
def test_the_end_of_a_quotation_whose_opening_was_lost(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # an unquoted paragraph in the first person plural right after a quotation goes on with its speaker
        (["El programa de vacunas llega a los pueblos", "La consejera Elena Prats visitó el centro de salud.",
          "\"Hemos vacunado a diez mil personas\", afirmó Prats.", "Y así seguiremos hasta el verano, porque la "
          "orden es llegar a todos."], 3, ["Elena Prats"]),
        (["El programa de vacunas llega a los pueblos", "\"No vamos a parar\", dijo el alcalde Julio Benet.",
          "Nosotros cumplimos con lo prometido."], 2, ["Julio Benet"]),
        (["El programa de vacunas llega a los pueblos", "\"No vamos a parar\", dijo el alcalde Julio Benet.",
          "Estábamos preparados desde enero."], 2, ["Julio Benet"]),
        # negatives: no quotation before it; a possessive a press office writes; adjectives that end like verbs
        (["El programa de vacunas llega a los pueblos", "El alcalde Julio Benet dijo que no pararán.",
          "Seguiremos informando de los avances."], 2, []),
        (["El programa de vacunas llega a los pueblos", "\"No vamos a parar\", dijo el alcalde Julio Benet.",
          "Con ello nuestro país cumple los requisitos del convenio."], 2, []),
        (["El programa de vacunas llega a los pueblos", "\"No vamos a parar\", dijo el alcalde Julio Benet.",
          "Los próximos envíos llegarán en los últimos días del mes."], 2, []),
    ],
)
def test_the_first_person_plural_after_a_quotation(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # a medium put to use for saying: `usó sus redes para narrar…`, `utilizó su cuenta para referirse a…`
        (["Lucía Brenes habla de su accidente", "Lucía Brenes sufrió un accidente el lunes.",
          "Ayer la cantante usó sus redes sociales para narrar el momento que vivió."], 2, ["Lucía Brenes"]),
        (["Lucía Brenes habla de su accidente", "Lucía Brenes sufrió un accidente el lunes.",
          "La cantante utilizó su cuenta de Instagram para referirse al asunto."], 2, ["Lucía Brenes"]),
        (["Lucía Brenes habla de su accidente", "El piloto Óscar Medel recurrió a Twitter para agradecer el apoyo "
          "de sus seguidores."], 1, ["Óscar Medel"]),
        # negatives: a medium put to another use; a means that says nothing; a place
        (["Lucía Brenes habla de su accidente", "Lucía Brenes usó el dinero del premio para pagar la clínica."], 1,
         []),
        (["Lucía Brenes habla de su accidente", "El piloto Óscar Medel utilizó el coche de su equipo para visitar "
          "a los heridos."], 1, []),
        (["Lucía Brenes habla de su accidente", "La ciudad de Cádiz usó el puerto para recibir la ayuda."], 1, []),
    ],
)
def test_a_medium_put_to_saying(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # `romper el silencio` is speaking out; `alentar` an exhortation led by a medium
        (["Daniel Ortún rompe el silencio sobre su salida del club", "El club anunció su marcha el lunes."], 0,
         ["Daniel Ortún"]),
        (["El club despide a su entrenador", "El entrenador Daniel Ortún rompió su silencio en una entrevista "
          "con la radio local."], 1, ["Daniel Ortún"]),
        (["El club despide a su entrenador", "La nadadora Eva Soler usó su cuenta de Twitter para alentar a otras "
          "deportistas a denunciar."], 1, ["Eva Soler"]),
        # negatives: a thing breaks the silence; a crowd cheers
        (["El club despide a su entrenador", "Un disparo rompió el silencio de la madrugada en el barrio."], 1, []),
        (["El club despide a su entrenador", "La afición usó las gradas para alentar al equipo."], 1, []),
        (["El club despide a su entrenador", "Y roto el silencio de la sala, el público salió a la calle."], 1, []),
        (["El club despide a su entrenador", "El entrenador Daniel Ortún quería pronunciar bien el nombre del "
          "jugador."], 1, []),
        (["El club despide a su entrenador", "Rompió el silencio el presidente Jaime Olmos, diciendo que habrá "
          "cambios."], 1, ["Jaime Olmos"]),
    ],
)
def test_speaking_out(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # a sentence that turns to another speaker: a role no one holds names the other person met, not the one followed
        (["Polémica entre el escritor y el candidato", "El escritor Hugo Varela dijo que no votará por Raúl Tapia.",
          "«Sería un retroceso», añadió Varela.", "En respuesta, el candidato presidencial soltó: «Es un buen "
          "novelista»."], 3, ["Raúl Tapia"]),
        (["Polémica entre el escritor y el candidato", "El escritor Hugo Varela criticó a Raúl Tapia.",
          "«Sería un retroceso», añadió Varela.", "Por su parte, el senador aseguró que no contestará."], 3,
         ["Raúl Tapia"]),
        # negatives: the role's holder is named; only the person followed is there; a gender that fits no one else;
        # a body
        (["Polémica entre el escritor y el candidato", "El escritor Hugo Varela criticó al alcalde Luis Mena.",
          "«Sería un retroceso», añadió Varela.", "Por su parte, el alcalde aseguró que no contestará."], 3,
         ["Luis Mena"]),
        (["Polémica en el Congreso", "«Sería un retroceso», dijo el diputado Hugo Varela.",
          "Por su parte, el candidato aseguró que no contestará."], 2, []),
        (["Polémica entre el escritor y el candidato", "El escritor Hugo Varela criticó a Raúl Tapia.",
          "«Sería un retroceso», añadió Varela.", "Por su parte, la senadora aseguró que no contestará."], 3, []),
        (["Polémica entre el escritor y el candidato", "El escritor Hugo Varela criticó a Raúl Tapia.",
          "«Sería un retroceso», añadió Varela.", "Por su parte, el ayuntamiento informó que no contestará."], 3, []),
    ],
)
def test_a_role_after_a_turn_is_someone_else(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # joining others' statements makes one: `se sumó a las críticas`, `se unió a las felicitaciones`
        (["Críticas al nuevo impuesto", "La senadora Lidia Campos se sumó a las críticas contra el impuesto."], 1,
         ["Lidia Campos"]),
        (["Felicitaciones al ganador", "El primer ministro de Portugal, Rui Lobo, felicitó al ganador.",
          "El mandatario portugués se unió a las felicitaciones de otros líderes."], 2, ["Rui Lobo"]),
        (["Críticas al nuevo impuesto", "El alcalde Ramiro Soto se ha sumado a las voces que piden su retirada."], 1,
         ["Ramiro Soto"]),
        # negatives: joining a march, a team, a person; a bond (`la amistad que lo une a…`); a sum
        (["Críticas al nuevo impuesto", "La senadora Lidia Campos se sumó a la marcha del domingo."], 1, []),
        (["Fichajes", "El delantero Iván Mora se unió al equipo el lunes."], 1, []),
        (["Fichajes", "La amistad que lo une a Iván Mora viene de la infancia."], 1, []),
        (["Cuentas del club", "El club suma ya diez victorias y se suma a los favoritos."], 1, []),
    ],
)
def test_joining_others_statements(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected
