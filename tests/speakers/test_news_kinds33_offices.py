"""Offices the press of Chile names a person by (search.speakers.lexicon.ROLE_CLASSES): `el persecutor` (the
prosecutor), `la seremi` (a ministry's regional secretary), and, in news, `la autoridad`, which stands for the office
holder the item follows, of either sex (search.speakers.noun_phrases, search.speakers.people.People._by_role).
Issue 14, stop 33: the largest kind of missed lines in an unlabelled pool of Chilean news. Rows of my own wording,
with other names."""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(("lines", "expected"), [
    # `el persecutor`: the prosecutor introduced before
    (["La fiscal regional de Ñuble, Marta Ossa, pidió la prisión preventiva de los tres detenidos.",
      "«Hay antecedentes suficientes», sostuvo la persecutora."], [["Marta Ossa"], ["Marta Ossa"]]),
    (["El fiscal Tomás Urrutia formalizó a los acusados.",
      "El persecutor agregó que la investigación seguirá abierta."], [[], ["Tomás Urrutia"]]),
    # `la seremi`, `el seremi`: the regional secretary named with that office
    (["La seremi de Salud, Javiera Lagos, explicó que el brote está controlado.",
      "Según detalló la seremi, hay veinte casos confirmados."], [["Javiera Lagos"], ["Javiera Lagos"]]),
    (["«No hay motivo de alarma», dijo el seremi de Educación, Pablo Roa.",
      "El seremi añadió que las clases se retoman el lunes."], [["Pablo Roa"], ["Pablo Roa"]]),
    # `la autoridad`: the office holder followed, a man or a woman, whatever kind of office the adjective gives
    (["El alcalde de Quilpué, Andrés Vera, se refirió al incendio de la noche del sábado.",
      "La autoridad comunal señaló que las familias afectadas serán albergadas en el liceo."],
     [["Andrés Vera"], ["Andrés Vera"]]),
    (["La ministra de Salud, Carmen Soto, entregó un balance de la campaña de vacunación.",
      "En cuanto a los síntomas, la autoridad sanitaria detalló que la fiebre dura tres días."],
     [[], ["Carmen Soto"]]),
    (["El delegado presidencial, Hugo Peña, visitó la zona afectada.",
      "Según la autoridad, «se proyecta un invierno más lluvioso»."], [[], ["Hugo Peña"]]),
])
def test_an_office_of_the_chilean_press_names_the_person_introduced_with_it(lines, expected):
    assert paragraph_speakers(["Titular", *lines])[1:] == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # `las autoridades` are a collective source, no one
    (["El alcalde Andrés Vera recorrió el sector.",
      "Las autoridades informaron que el tránsito sigue cortado."], [[], []]),
    # `la autoridad` followed by no office holder: no one (a body, a firm, a person of no office)
    (["La empresa Aguas del Valle anunció cortes de agua en tres comunas.",
      "La autoridad sanitaria informó que el suministro se repondrá el martes."], [[], []]),
    (["El economista Luis Pardo sostuvo que la inflación bajará.",
      "La autoridad monetaria, en cambio, advirtió que la inflación seguirá alta."], [["Luis Pardo"], []]),
    # a meeting, a visit: the office names no statement
    (["La seremi de Vivienda, Rosa Díaz, se reunió con los vecinos de la toma.",
      "Después, la autoridad visitó el campamento."], [[], []]),
    # the prosecutor's office is a body, `el persecutor` a person
    (["La Fiscalía informó que los detenidos serán formalizados el lunes."], [[]]),
])
def test_no_office_holder_no_statement_no_person(lines, expected):
    assert paragraph_speakers(["Titular", *lines])[1:] == expected


def test_authority_outside_news_is_no_role():
    """A novel's `autoridad` is a quality, not an office holder: it is not taken for a role before the name that
    follows it (`dijo con inusitada autoridad don Valentín`), whose line stays his."""
    text = ["Capítulo primero", "Don Valentín Ruiz vivía en la calle del Perú con su hija Blanca.",
            "–Es una locura –dijo con inusitada autoridad don Valentín.", "La autoridad del padre no se discutía."]
    assert paragraph_speakers(text)[2:] == [["Valentín Ruiz"], []]
