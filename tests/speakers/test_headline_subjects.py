"""Trial35, finding 5: a headline whose subject is a person, then a predicate, a colon and a quotation (`Gurruchaga
está cabreado: “Vivimos…”`) credited no one when the person was a lone surname; the quotation is theirs. A body,
a party, a place or an ordinary word opening the headline is no one."""

import pytest

from search.speakers import attributions

BODY = "La nota sigue con otros detalles del acto."


@pytest.mark.parametrize("headline, expected", [
    ("Urtasun está harto: «Nos quieren callar a golpe de multa»", {"Urtasun": "headline"}),
    ("Ayuso saca pecho del dato del paro: «Madrid crea más empleo que nadie»", {"Ayuso": "headline"}),
    ("Bielsa tras la derrota ante Bolivia: «Fue el peor partido que recuerdo»", {"Bielsa": "headline"}),
    ("Puigdemont se planta: “No volveré a negociar con este Gobierno”", {"Puigdemont": "headline"}),
    # a body, a party, a ministry by its domain, a place, an ordinary word: no one
    ("Junts urge a revisar los impuestos: «Si cae la clase media, cae todo»", {}),
    ("Hacienda advierte a los autónomos: «Revisen sus cuentas cuanto antes»", {}),
    ("Carabineros confirma la detención: «Fue un operativo muy largo»", {}),
    ("Madrid en llamas: «Nunca vimos nada igual en la ciudad»", {}),
    ("Ahora toca esperar: «Los resultados llegarán el lunes»", {}),
    # a short quotation after the colon is a title or a term
    ("Almodóvar presenta su nueva película: «Amarga Navidad»", {}),
])
def test_a_headlines_opening_person_owns_the_colons_quotation(headline, expected):
    assert attributions([headline, BODY])[0] == expected


def test_only_the_headline_reads_so():
    # the same shape in the body of a news item is a sentence the attributor reads (no rule of headlines)
    assert attributions(["Cierra el festival de cine", "Urtasun está harto: «Nos quieren callar a golpe de multa»",
                         BODY])[0] == {}
