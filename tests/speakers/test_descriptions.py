"""The description of a person (search.speakers.descriptions): its role, the nicknames a document gives, whom it
fits."""

import pytest

from search.speakers.descriptions import DEMONYMS, describe, epithets, fits
from search.speakers.people import People, Role


@pytest.mark.parametrize(
    "words, gender, country, qualifiers",
    [
        (["peleador", "irlandés"], "m", "irlanda", {"peleador"}),
        (["estadunidense", "de", "40", "años"], "m", "eeuu", set()),
        (["guionista"], "f", None, {"guionista"}),
        (["peleadora"], "f", None, {"peleador"}),
    ],
)
def test_describe(words, gender, country, qualifiers):
    role = describe(words, gender)
    assert (role.kind, role.country, set(role.qualifiers), role.gender) == ("persona", country, qualifiers, gender)


@pytest.mark.parametrize("words", [["puerta", "del", "infierno"], ["gobierno"], ["irlanda"], ["música"]])
def test_describe_no_person(words):
    assert describe(words, "f") is None


def test_epithets_need_a_description_not_a_name():
    found = epithets(["Ana Ruiz, conocida como «La dama de hierro», habló.", "Pedro Gil, apodado «El Chapo», huyó."])
    assert found == {("la", "dama", "de", "hierro"): ["Ana", "Ruiz"]}


@pytest.mark.parametrize("word, country", [("irlandés", "irlanda"), ("estadunidense", "eeuu"), ("neozelandesa",
                                                                                                 "nueva_zelanda")])
def test_demonyms(word, country):
    assert DEMONYMS[word] == country


@pytest.mark.parametrize("word", ["irlanda", "china", "kremlin", "europeo", "argentina"])
def test_country_names_are_no_demonyms(word):
    assert word not in DEMONYMS


def test_fits_gender_and_nationality():
    people = People()
    mexican = people.person(["Julio", "Chávez"], 0, [Role("persona", "mexico", frozenset({"boxeador"}), "m")])
    assert fits(Role("persona", "mexico", frozenset(), "m"), mexican)
    assert not fits(Role("persona", "argentina", frozenset(), "m"), mexican)
    assert not fits(Role("persona", None, frozenset({"cantante"}), "f"), mexican)
    assert not fits(Role("persona", None, frozenset(), None), None)
