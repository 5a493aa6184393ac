"""A word with a digit inside is no word of a name (search.speakers.namewords.is_name_word): the tail of a link or a
handle pasted into a news item (`https://t.co/Xk3pQ9`, `@Diario_cl`) is never glued to the name after it nor taken
for a speaker. Issue 14, stop 33, from an unlabelled pool of Chilean news with embedded posts. Rows of my own
wording."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.namewords import is_name_word


@pytest.mark.parametrize(("token", "expected"), [
    ("Xk3pQ9wLz2", False), ("Diario_cl", False), ("B2B", False), ("Mora", True), ("McGregor", True),
    ("O'Brien", True), ("García-Page", True),
])
def test_a_word_with_a_digit_is_no_name_word(token, expected):
    assert is_name_word(token) is expected


@pytest.mark.parametrize(("lines", "expected"), [
    (["La ministra Ana Ruiz participó en la ceremonia. https://t.co/Xk3pQ9wLz2 Mora enfatizó la importancia del "
      "acuerdo."], [["Mora"]]),
    (["Lo dijo en sus redes: pic.twitter.com/Wq7Rt5Yu2P Tomás Vera aseguró que no renunciará."], [["Tomás Vera"]]),
    # negative: a name with no digit keeps its words
    (["El senador Iván Mora Soto aseguró que no renunciará."], [["Iván Mora Soto"]]),
])
def test_a_link_is_not_glued_to_the_name_after_it(lines, expected):
    assert paragraph_speakers(["Titular", *lines])[1:] == expected
