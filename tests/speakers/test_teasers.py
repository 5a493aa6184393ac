"""Link teasers glued into a news item (search.speakers.teasers): another article's headline after a label (`Lea
también:`, `Le puede interesar:`, `Siga leyendo:`, `Revisa también:`), glued to the sentence after it when the
source lost its paragraph breaks. The headline's people still speak on its line, but are not followed: the
quotations after it are not theirs, and the label is nobody. Issue 14, stop 34, from an unlabelled pool of
Colombian news (El Colombiano). Rows of my own wording, other names."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.teasers import in_teaser_only, teaser_end, teaser_label

LABELS = ["Lea:", "Lea también:", "Le puede interesar:", "Siga leyendo:", "Sigan leyendo:", "Entérese:",
          "Puede leer:", "Revisa también:", "Seguir leyendo:", "Más noticias:", "Conozca más:", "Vea también:"]


@pytest.mark.parametrize("label", LABELS)
def test_the_glued_sentence_starts_at_a_capitalised_closed_class_word(label):
    text = f"{label} Marco Díaz anuncia su retiro de los escenarios En la rueda de prensa, Rosa Lima habló."
    assert text[teaser_end(text):].lstrip().startswith("En la rueda")


@pytest.mark.parametrize(("text", "glued"), [
    ("Lea: Marco Díaz responde a sus críticos “Según los datos, la obra va bien”, dijo Soto.", "“Según"),
    ("Entérese: ¿Qué pasó con el tren de Cali? La obra sigue.", "La obra"),
    ("Puede leer: Histórico: La selección gana en Lima", None),  # `: La` is the headline's second part: no glue
    ("Le puede interesar: Marco Díaz anuncia su retiro", None),  # the whole line is the teaser
])
def test_where_the_teaser_ends(text, glued):
    rest = text[teaser_end(text):].lstrip()
    assert (rest.startswith(glued) if glued else rest == "")


@pytest.mark.parametrize("text", [
    "El ministro habló: hay cambios.", "Ana Gil: «No habrá recortes».", "Leandro Mora: «Me voy».",
    "Además, la alcaldesa dijo que sí.", "Lea el informe completo en la web.",
])
def test_a_line_without_a_teaser_label_has_no_teaser(text):
    assert teaser_end(text) is None


def test_a_person_is_in_the_teaser_only_when_not_named_after_it():
    text = "Lea: Marco Díaz se retira En la gala, Rosa Lima y Díaz cantaron."
    end = teaser_end(text)
    assert not in_teaser_only("Marco Díaz", text, end)  # `Díaz` again after the teaser
    assert not in_teaser_only("Rosa Lima", text, end)
    assert in_teaser_only("Marco Díaz", "Lea: Marco Díaz se retira En la gala cantó Rosa Lima.", 26)
    assert not in_teaser_only("Iván Peña", text, end)  # not named at all: nothing to undo


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Entérese: Marco Díaz se retira", "Entérese", True), ("Lea también: Díaz se retira", "Lea", True),
    ("Entérese: Marco Díaz se retira", "Marco Díaz", False), ("Ana Gil: «No»", "Ana Gil", False),
])
def test_the_label_itself_is_nobody(text, name, expected):
    assert teaser_label(text, name) is expected


LEAD = ["La directora del museo, Carmen Soto, presentó la muestra en Cali.",
        "“Queremos que la gente vuelva a las salas”, dijo Soto."]


@pytest.mark.parametrize("label", LABELS)
def test_the_quotations_after_a_teaser_are_not_its_people(label):
    lines = [*LEAD, f"{label} Pedro Ruiz revela los secretos de su nueva película El museo abrirá de martes a "
                    "domingo.", "“Es una muestra pensada para los niños.", "Habrá talleres cada semana”."]
    found = paragraph_speakers(["Titular", *lines])[1:]
    assert found[2] == ["Pedro Ruiz"]  # the teaser still states what it states on its line
    assert found[3:] == [["Carmen Soto"], ["Carmen Soto"]]


@pytest.mark.parametrize(("lines", "expected"), [
    # the sentence glued after the teaser names its own speaker: followed
    ([*LEAD, "Lea también: Pedro Ruiz revela sus secretos En la gala, el actor Iván Peña dijo que volverá.",
      "“Me gusta esta ciudad”."], [[], ["Carmen Soto"], ["Pedro Ruiz", "Iván Peña"], ["Iván Peña"]]),
    # negative: no label, the same words: the one who revealed is followed, as before
    ([*LEAD, "El actor Pedro Ruiz reveló los secretos de su nueva película.", "“Es una obra pensada para los niños”."],
     [[], ["Carmen Soto"], ["Pedro Ruiz"], ["Pedro Ruiz"]]),
])
def test_whom_a_line_after_a_teaser_follows(lines, expected):
    assert paragraph_speakers(["Titular", *lines])[1:] == expected


@pytest.mark.parametrize("label", ["Entérese:", "Lea:", "Conozca:"])
def test_a_teaser_label_is_no_speaker_label(label):
    found = paragraph_speakers(["Titular", "El concejo aprobó el presupuesto.",
                                f"{label} “No habrá más peajes”: alcaldesa de Pereira La obra costará 20 millones."])
    assert all(label.rstrip(":") not in people for people in found)
