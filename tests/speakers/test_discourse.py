"""Tests for search.speakers.discourse: who a verb with no subject, a role or a possessive refers to."""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a verb with no subject: the speaker of the statement just before
        (["La alcaldesa de Valencia, Rosa Beltrán, ha asegurado que el puerto crecerá.",
          "Ha subrayado que la obra empezará en marzo.", "Asimismo, ha recordado que el plan tiene fondos."],
         [["Rosa Beltrán"], ["Rosa Beltrán"], ["Rosa Beltrán"]]),
        (["El gobernador de Jalisco, Pablo Lemus, ha dicho que habrá agua.", '"No faltará", ha añadido.'],
         [["Pablo Lemus"], ["Pablo Lemus"]]),
        # or the person the sentence before was about, after an opening prepositional phrase
        (["El consejero de Salud, Iñaki Etxeberria, ha visitado el hospital de Cruces.",
          "Durante su visita ha lamentado la falta de médicos de familia."],
         [[], ["Iñaki Etxeberria"]]),
        # a verb with no subject long after anyone spoke names nobody once someone else has been named since
        (["El ministro de Cultura, Luis Vera, dijo que el museo abrirá.", "El edificio tiene tres plantas.",
          "Las obras costaron diez millones.", "Lo diseñó el arquitecto portugués Álvaro Siza.",
          "La fachada es de piedra.", "Ha destacado que la entrada será gratuita."],
         [["Luis Vera"], [], [], [], [], []]),
        # while no one else is named, the last speaker is still the one a bare verb refers to (a press release)
        (["La consejera de Salud, Marta Lobo, anunció el plan de vacunación.", "El plan tiene tres fases.",
          "La primera empieza en enero.", "La segunda, en marzo.", "La tercera, en junio.",
          '"Llegaremos a todos los municipios", aseguró.'],
         [["Marta Lobo"], [], [], [], [], ["Marta Lobo"]]),
        # a role stands for the person introduced with it, even in the line before the name
        (["La titular de Hacienda ha defendido que el déficit bajará.",
          "La ministra de Hacienda, Marta Ibarra, en la rueda de prensa."],
         [["Marta Ibarra"], []]),
        (["El jefe de la diplomacia chilena, Tomás Urrutia, viajó a Lima.",
          '"Somos vecinos y socios", afirmó el canciller chileno.'], [[], ["Tomás Urrutia"]]),
        # the one who has spoken is more salient than one only listed among those present
        (["El ministro de Trabajo, Andrés Solís, ha pedido calma.",
          "Asistieron el ministro de Industria, Ramón Peña, y la alcaldesa, Nuria Gil.",
          "El ministro ha reiterado que no habrá despidos."],
         [["Andrés Solís"], [], ["Andrés Solís"]]),
        # two people, one plural verb, and a plural verb with no subject after them
        (["La presidenta de Navarra, Ana Eguía, y el alcalde de Pamplona, Joseba Irujo, firmaron el convenio.",
          "La presidenta y el alcalde han defendido la ampliación del tranvía.",
          "Han recordado que la obra tiene fondos europeos."],
         [[], ["Ana Eguía", "Joseba Irujo"], ["Ana Eguía", "Joseba Irujo"]]),
        # possessive openers
        (["El rector de la Universidad de Oviedo, Ignacio Villaverde, presentó el curso.",
          "A su juicio, la universidad necesita más plazas."], [[], ["Ignacio Villaverde"]]),
        # impersonal `se` and a future plan are no statements
        (["La ministra de Vivienda, Isabel Rodríguez, ha dicho que habrá ayudas.",
          "En la reunión se ha avanzado en el calendario."], [["Isabel Rodríguez"], []]),
        (["El director del museo, Óscar Lema, recibió a los periodistas.",
          "Mañana el director explicará el proyecto a los vecinos."], [[], []]),
    ],
)
def test_salience(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
