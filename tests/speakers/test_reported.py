"""Tests for search.speakers.reported: statements reported in news, read through the package API."""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # more reporting verbs; `mantuvo` reports only before `que`
        (['"No habrá prórroga", zanjó la ministra de Economía, Nadia Calviño.'], [["Nadia Calviño"]]),
        (["El consejero de Educación, Emilio Viciana, ha avanzado que habrá oposiciones en junio."],
         [["Emilio Viciana"]]),
        (["La primera ministra danesa, Mette Frederiksen, describió el ataque como \"cobarde\"."],
         [["Mette Frederiksen"]]),
        (["El sindicalista Pepe Álvarez mantuvo que la reforma llega tarde."], [["Pepe Álvarez"]]),
        (["El rey Felipe VI mantuvo una conversación con Pedro Sánchez."], [[]]),
        (["La eurodiputada Iratxe García abogó por una política migratoria común."], [["Iratxe García"]]),
        (["El portavoz republicano John Thune descartó nuevas sanciones."], [["John Thune"]]),
        (['"Por fin hay acuerdo", celebró la sindicalista Ana Pérez Luque.'], [["Ana Pérez Luque"]]),
        (["El abogado del exministro, Juan Gómez, celebró una reunión con el fiscal."], [[]]),
        (['"Somos socios fiables", subrayó el anfitrión, el primer ministro indio Narendra Modi.'],
         [["Narendra Modi"]]),
        (["La exministra Carmen Calvo se mostró muy crítica con el acuerdo."], [["Carmen Calvo"]]),
        # a role reference agrees in gender with the person it names
        (["El presidente de Chile, Gabriel Boric, anunció un plan de vivienda.",
          "La presidenta de la Cámara, Karol Cariola, lo respaldó sin reservas.", "El mandatario dijo que no cederá."],
         [["Gabriel Boric"], [], ["Gabriel Boric"]]),
        # `su homólogo francés, X` takes the role of the person named before it
        (["El ministro de Defensa alemán, Boris Pistorius, recibió a su homólogo francés, Sébastien Lecornu.",
          "El ministro francés aseguró que ambos países fabricarán juntos el nuevo carro de combate."],
         [[], ["Sébastien Lecornu"]]),
        # a body inside the role is no speaker; the name after the comma is
        (["A juicio de la analista de la firma Oxford Economics, Carla Ruiz Ortega, el euro se debilitará."],
         [["Carla Ruiz Ortega"]]),
        (["Según el jefe de estrategia del banco Bankinter, Ramón Forcada, los tipos bajarán en junio."],
         [["Ramón Forcada"]]),
        # a full name right after a body named after a place
        (["En opinión del rector de la Universidad de Salamanca Ricardo Rivero, la financiación es insuficiente."],
         [["Ricardo Rivero"]]),
        # a role reference followed by an auxiliary; roles joined by `y`
        (["La vicepresidenta primera y ministra de Hacienda, María Jesús Montero, presentó los presupuestos.",
          "La vicepresidenta ha asegurado que no subirán los impuestos."],
         [[], ["María Jesús Montero"]]),
        # a statement joined by `y` to a clause that holds none shares its subject
        (["El senador republicano Mitch McConnell votó a favor y advirtió de que el acuerdo es frágil."],
         [["Mitch McConnell"]]),
        (["La alcaldesa de Barcelona, Ada Colau, inauguró la exposición y recordó que el museo será gratuito."],
         [["Ada Colau"]]),
        # a later verb with no subject in the same sentence keeps the sentence's first speaker
        (["El juez Baltasar Garzón dijo que «nada justifica la tortura».",
          "El fiscal José Ramos admitió que «hubo errores», pero negó cualquier encubrimiento."],
         [["Baltasar Garzón"], ["José Ramos"]]),
        # relative clauses between subject and verb
        (["El gobernador de California, Gavin Newsom, que firmó la ley tras el incendio que arrasó la ciudad, "
          "prometió más bomberos."], [["Gavin Newsom"]]),
        (["Se reunió con el comisario europeo de Comercio, Maros Sefcovic, quien, según fuentes comunitarias, "
          "calificó la reunión de constructiva."], [["Maros Sefcovic"]]),
        # a statement quoted inside another's, after an adverb
        (['Ushakov afirmó que Xi "siempre ha defendido" una solución negociada.'], [["Ushakov", "Xi"]]),
        # `para` after a closing quote is no attribution
        (['La portavoz Isabel Rodríguez defendió "más fondos" para Canarias y Baleares.'], [["Isabel Rodríguez"]]),
        # a role before a name never reaches back over the verb (`la ministra replicó al embajador, X`)
        (["La ministra de Defensa, Margarita Robles, habló con la prensa.",
          "La ministra contestó después al portavoz de Podemos, Pablo Fernández, que acababa de llegar."],
         [[], ["Margarita Robles"]]),
        # regional and other adjectives of origin in role references
        (["El primer ministro japonés, Shigeru Ishiba, visitó Seúl.",
          '"Es un paso histórico", subrayó el jefe del Gobierno nipón.'], [[], ["Shigeru Ishiba"]]),
        (["La presidenta de la Junta, Elena Soto, inauguró el curso.",
          '"Sin ayudas no hay futuro", insistió la presidenta andaluza.'],
         [[], ["Elena Soto"]]),
        (["El alto representante de la UE para Asuntos Exteriores, Kaja Kallas, llegó a Kiev.",
          '"Estamos con Ucrania", dijo el jefe de la diplomacia europea.'], [[], ["Kaja Kallas"]]),
    ],
)
def test_reported_speakers_in_news(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # headlines: `Name: «…»`, and a verb in the present
        (["Lagarde: «La inflación bajará en otoño»", "La presidenta del BCE habló en Fráncfort."], [["Lagarde"], []]),
        (['Sheinbaum: "No habrá aumento de impuestos"'], [["Sheinbaum"]]),
        (["Nota: «Este texto se actualizará»"], [[]]),
        (["Ramírez defiende la reforma laboral ante los empresarios"], [["Ramírez"]]),
        # statement first, attribution after, with a surname or with no subject
        (["La fiscal general, Pilar Rubio, compareció en el Senado.", "«No cederemos», ha señalado Rubio."],
         [[], ["Pilar Rubio"]]),
        (["El entrenador del Betis, Manuel Pellegrini, habló tras el partido.", "«Fue justo», afirmó."],
         [[], ["Manuel Pellegrini"]]),
        # dash dialogue: the first word of a line is no speaker; U+2015 is a dash too
        (["—Vamos a subir las pensiones —dijo."], [[]]),
        (["―Mira, no lo sé ―respondió Julia Otero."], [["Julia Otero"]]),
        # a word that opens the sentence is no part of the name
        (["Recientemente Tomás Vidal dijo que dejará la empresa.", "Anoche Vidal insistió en que se va."],
         [["Tomás Vidal"], ["Tomás Vidal"]]),
        (["Ahora Lucía Méndez asegura que no sabía nada."], [["Lucía Méndez"]]),
        # places, bodies and collective or anonymous sources are not speakers
        (["El Gobierno de Canarias ha advertido de que faltan plazas."], [[]]),
        (["En Andalucía, según la Junta, se vacunaron dos millones.",
          "Fuentes policiales aseguraron que hay detenidos."],
         [[], []]),
        (["La Dirección General de Tráfico destaca que bajan los accidentes."], [[]]),
        (["La ministra de Igualdad, Ana Redondo, visitó Extremadura.",
          "En Mérida y Cáceres ha insistido en que habrá más centros."], [[], ["Ana Redondo"]]),
        # meetings, visits, signings and trips are not statements
        (["El presidente de Colombia, Gustavo Petro, se reunió con el rey Felipe VI."], [[]]),
        (["La comisaria Teresa Ribera firmó el acuerdo con Marruecos y visitó Rabat."], [[]]),
        # a name glued to another's surname when a full stop was lost
        (["El ministro de Defensa, Nuno Melo, llegó a Madrid.",
          "Intervino también el ministro de Ucrania, Denis Shmyhal Melo ha destacado que la alianza es sólida."],
         [[], ["Nuno Melo"]]),
        # verbs with an infinitive, reflexive verbs, and framed statements
        (["La consejera de Educación, Sara Vidal, ha querido recordar que el curso empieza el lunes."],
         [["Sara Vidal"]]),
        (["El alcalde de Soria, Carlos Martínez, se ha comprometido a bajar el IBI."], [["Carlos Martínez"]]),
        (["La rectora Eva Alcón ha puesto en valor el trabajo del personal."], [["Eva Alcón"]]),
        (["El alcalde de Soria, Carlos Martínez, se ha reunido con los vecinos."], [[]]),
        (['"Seguiremos", ha continuado la portavoz, Marta Vilas.', "El pleno continuó con la votación."],
         [["Marta Vilas"], []]),
    ],
)
def test_news_constructions(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a colon before a quotation attributes it to the sentence's subject
        (["La jueza de Badajoz, Beatriz Biedma, llegó al juzgado.",
          "La jueza fue tajante ante la prensa: «No hay caso»."],
         [[], ["Beatriz Biedma"]]),
        (["Entrevista al seleccionador: «Vamos a por todas»"], [[]]),
        # a body's name after its noun is no person; a party before a name is no part of it
        (["La aerolínea low cost Vueling anunció nuevas rutas."], [[]]),
        (["La portavoz de Exteriores, la conservadora Anne-Marie Dubois, calificó el plan de ingenuo."],
         [["Anne-Marie Dubois"]]),
        (["El senador de Compromís Carles Mulet pidió más trenes."], [["Carles Mulet"]]),
        # a bare `dijo` after a quotation within a sentence whose subject spoke already
        (["La jueza Pilar Lucena habló primero.",
          'Tomás Ferrer, que dimitió el lunes, pidió disculpas: "Me equivoqué", dijo.'],
         [[], ["Tomás Ferrer"]]),
        # an unknown profession before the name
        (['"Habrá más brotes", advirtió la epidemióloga del hospital La Paz, Elena Ruiz.'], [["Elena Ruiz"]]),
    ],
)
def test_more_news_constructions(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
