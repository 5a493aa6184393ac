"""Tests for search.speakers.people: the people of one document, by name and by role."""

from search.speakers.people import People


def test_a_name_completes_the_most_recent_person_it_extends():
    people = People()
    marta = people.person(["Marta"], 1)
    korner = people.person(["Körner"], 2)
    found = people.person(["Marta", "Körner"], 3)
    assert found is korner and found.display == "Marta Körner" and marta.display == "Marta"
