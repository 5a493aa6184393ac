"""Kinds of false speakers met in real news (round 8, precision): titles of works, prizes and events, firms, schools
and programmes, places, sums of money, groups, a chair who only presides and a poll that speaks. Each with cases of
other names and shapes than those it was found on, and people who must stay speakers."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a title the document writes in quotation marks, then bare in a list of winners
        (['"Noche Azul" arrasó en la ceremonia de los premios Ariel.', "Mejor guion: Noche Azul"], [[], []]),
        (["«Silent Harbor» ganó el premio del público.", "Mejor documental: Silent Harbor"], [[], []]),
        # a title the document writes after a noun for a work, then as the subject of a verb
        (["El documental Tierra Quemada se estrena hoy.", "Tierra Quemada plantea que el bosque no se recupera."],
         [[], []]),
        (["El documental Tierra Quemada se estrena hoy.", "Según Tierra Quemada, el bosque no se recupera."],
         [[], []]),
        (["La firma Harbor Metrics estima que llegarán 50 mil turistas."], [[]]),
        (["El equipo Halcones Rojos aseguró que jugará la final."], [[]]),
        # a firm the document names after a noun for a body
        (["La consultora Bluefield Partners estima que el mercado crecerá.",
          "Bluefield Partners prevé que los precios bajen."], [[], []]),
        # positive: a person with a name no list knows, introduced by a role, stays a speaker
        (["El productor Gaz Alazraki presentó la serie.", '"Es un sueño", dijo Alazraki.'],
         [[], ["Gaz Alazraki"]]),
        # positive: a nickname in quotation marks that the document gives as a person's
        (['Al general le decían "Lobo de la Sierra".', "Lobo de la Sierra dijo que no se rendiría."],
         [[], ["Lobo de la Sierra"]]),
        # positive: a person named in quotation marks as a nickname, inside a full name
        (['El boxeador Jaime Ledesma, "El Potro", ganó la pelea.', '"Voy por el título", dijo Ledesma.'],
         [[], ["Jaime Ledesma"]]),
    ],
)
def test_titles_of_works_are_no_speakers(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # bodies, prizes and events named by a Spanish head word
        (["Club Necaxa confirma que el técnico seguirá"], [[]]),
        (["Colegio de Notarios advierte que habrá retrasos en los trámites"], [[]]),
        (["Premios Platino anuncian que la gala será en Punta Cana"], [[]]),
        (["Copa Libertadores: estos son los equipos que jugarán la final en Lima"], [[]]),
        # firms, schools and programmes named by an English head word
        (['"El mercado se recupera", afirmó Westbrook Analytics en su informe.'], [[]]),
        (["Una investigadora de Northfield College London dijo que el fármaco funciona."], [[]]),
        (["Stanford Sleep Program asegura que dormir poco envejece."], [[]]),
        # firms, events and places by their heads
        (["Laboratorios Liomont asegura que el medicamento es seguro."], [[]]),
        (["Según Ortega Hermanos, la obra estará lista en mayo."], [[]]),
        (["Kansas City anunció que ampliará el estadio."], [[]]),
        (["Super Bowl dejará 400 millones, estima la liga."], [[]]),
        # positive: an English name whose surname is also a place word elsewhere (`Hill`)
        (['"No hay nada que ocultar", dijo Grant Hill.'], [["Grant Hill"]]),
        # names that open with an English function word: media, works, hotels
        (["Según The Morning Ledger, el senador renunciará."], [[]]),
        (["This Week Tonight asegura que el senador mintió."], [[]]),
        # places and teams: an English place name
        (["Del partido que jugarán New Orleans contra Houston se estima que dejará 50 millones."], [[]]),
        # positive: English names of people, with no given name our list knows
        (['"No me rindo", dijo Trent Holloway.'], [["Trent Holloway"]]),
        (['"Quiero volver a cantar", afirmó Lady Gaga.'], [["Lady Gaga"]]),
        (["Sterling Marsh, director de la orquesta, dijo que la gira sigue."], [["Sterling Marsh"]]),
    ],
)
def test_bodies_events_and_places_are_no_speakers(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a sum of money or a spelled number
        (["En el centro se aprecia la cifra Mil Dólares."], [[]]),
        # a group of people named by a plural noun: of a list, of a role, or of a trade by its ending
        (["Maestros de Oaxaca anuncian que seguirán en paro"], [[]]),
        (["Trabajadores del Metro denuncian que no les pagan"], [[]]),
        (["Taxistas de Cancún piden a la alcaldesa que les cumpla"], [[]]),
        (["Ambientalistas de Tepoztlán advierten que el tren dañará el bosque"], [[]]),
        (["Diputadas de Morena afirman que votarán en contra"], [[]]),
        # positive: surnames that look like plurals
        (["Reyes Heroles dijo que el país había cambiado."], [["Reyes Heroles"]]),
        (["La jueza Marta Flores afirmó que el caso sigue abierto."], [["Marta Flores"]]),
    ],
)
def test_sums_and_groups_are_no_speakers(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # who presides a body in a relative clause is not the subject of the main clause's verb
        (["El comité, que encabeza la senadora Laura Ibarra, aprobó la ley presentada por el senador Luis Paz, en "
          "donde se argumenta que faltan fondos."], [[]]),
        (["La Comisión de Salud, que preside el diputado Raúl Tena, redactó la propuesta presentada por la diputada "
          "Ana Ruiz, en donde se argumentó que habrá más camas."], [[]]),
        # positive: the chair who speaks
        (["La senadora Laura Ibarra, que encabeza el comité, argumentó que faltan fondos."], [["Laura Ibarra"]]),
        # a poll, a study and their results speak as documents do, not as the person last named
        (["José Ruiz, candidato del partido, subió dos puntos.", '"El candidato crece en el norte", señala el sondeo.'],
         [[], []]),
        (["José Ruiz, candidato del partido, subió dos puntos.",
          '"El candidato crece en el norte y pierde en el sur", dice la encuesta.'], [[], []]),
        (["La doctora Ana Pérez dirigió el trabajo.",
          'Los resultados mostraron que la mayoría de los casos se debió a "descuidos breves en la vigilancia".'],
         [[], []]),
        (["El doctor Iván Soto dirigió el trabajo.",
          'Las imágenes revelaron un cerebro "más conectado de lo que se pensaba".'], [[], []]),
        # positive: a person who runs the poll
        (['"El candidato crece en el norte", señala el encuestador Luis Mora.'], [["Luis Mora"]]),
    ],
)
def test_a_chair_and_a_poll_are_no_speakers(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a relative clause after the complement of a noun speaks for the noun, not for the person in its complement
        (["La hipótesis se apoya en los trabajos del propio Rivas, que decía que el universo es finito."], [[]]),
        (["El plan retoma las ideas de Marta Solís, que afirmaba que la ciudad debía crecer hacia el norte."], [[]]),
        # positive: the person the relative clause follows, also after a noun that says nothing
        (["Marta Solís, que afirmó que no habrá cambios, dejó el cargo."], [["Marta Solís"]]),
        (["Nadie pudo con la terquedad de Ramiro Vélez, que le había dicho tranquilamente que no."],
         [["Ramiro Vélez"]]),
        # a party or a movement the document names after its noun
        (["La dirigencia del movimiento Fuerza Ciudadana Unida asegura que no habrá alianza."], [[]]),
        (["Fuerza Ciudadana Unida asegura que no habrá alianza, según el movimiento Fuerza Ciudadana Unida."], [[]]),
    ],
)
def test_a_noun_and_its_complement_are_no_speakers(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # items of a list (winners, a line-up) name who won or plays, not who speaks
        (["Estos son los ganadores de los premios Ariel.", "Mejor película: Noche Azul", "Mejor actriz: Ana Torres",
          "Mejor director: Luis Pardo"], [[], [], [], []]),
        (["Alineación de Cruz Azul", "Portero: Kevin Mier", "Defensa: Carlos Rotondi"], [[], [], []]),
        # positive: a subheading that credits a statement, between paragraphs that are no list
        (["Reforma fiscal", "Los que más ganan van a pagar más: Ana Torres", "La ministra habló en el Senado."],
         [[], ["Ana Torres"], []]),
        (["Gasolina no subirá en diciembre: Luis Pardo", "El secretario Luis Pardo dijo que habrá estabilidad."],
         [["Luis Pardo"], ["Luis Pardo"]]),
    ],
)
def test_items_of_a_list_are_no_headlines(paragraphs, expected):
    assert speakers(*paragraphs) == expected
