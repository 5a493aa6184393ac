"""Issue 14, round 14b: precision on unseen news. Rows of my own wording, other names, verbs and shapes.

A shop or a brand named in the English genitive (`Domino's`, `Sotheby's`, `Macy’s`) is a body, not a person: the
credit on its line is dropped and the line breaks the thread; a person's name with an apostrophe (`O'Neal`,
`D'Alessandro`) and a person who speaks for such a firm still speak.
"""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Domino's abrirá cien tiendas", "Domino's anunció este lunes que abrirá cien tiendas en el país."],
         [[], []]),
        (["Subasta récord", "Según Sotheby's, el cuadro se vendió por diez millones de euros."], [[], []]),
        (["Cierres", "Macy’s informó que cerrará treinta tiendas, y añadió que no habrá despidos."], [[], []]),
        (["Cuentas", "Por su parte, Kellogg's ha asegurado que sus cereales cumplen la norma."], [[], []]),
        # a body's line breaks the thread: the person before does not carry onto it
        (["Menús", "La nutricionista Irene Salas dijo que los menús infantiles engordan.",
          "Wendy's sostiene, en cambio, que sus raciones son pequeñas."], [[], ["Irene Salas"], []]),
        # people still speak: a name with an apostrophe, and a person who speaks for the firm
        (["Baloncesto", "Shaquille O'Neal dijo que volverá a jugar."], [[], ["Shaquille O'Neal"]]),
        (["Moda", "El director de Harrod's, Tomás Ruiz, afirmó que las ventas crecen."], [[], ["Tomás Ruiz"]]),
        (["Fútbol", "Gianni D'Alessandro aseguró que el club no venderá a nadie."], [[], ["Gianni D'Alessandro"]]),
    ],
)
def test_a_shop_named_in_the_genitive_is_no_speaker(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
