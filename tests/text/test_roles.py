"""Tests for search.text.roles: the roles turn labels give speakers, and what they say of two spellings."""

import pytest

from search.text.roles import Evidence, label_role, role_words, same_role


@pytest.mark.parametrize(
    "text, name, role",
    [
        # a role after the name, in capitals, its acronym in brackets
        ("MARTA IBÁÑEZ CASTRO, DIRECTORA DEL INSTITUTO NACIONAL DE PEDIATRÍA (INP): Gracias.", "Marta Ibáñez Castro",
         "directora instituto nacional pediatria inp"),
        # a role before the name
        ("SECRETARIO DE MARINA RAFAEL OJEDA DURÁN: Buenas tardes.", "Rafael Ojeda Durán", "secretario marina"),
        # a stray comma inside the name: the surname left over is one more word of the role
        ("TERESA SOLÍS, VEGA, SECRETARIA GENERAL DEL CONSEJO DE CULTURA: Sí.", "Teresa Solís",
         "vega secretaria general consejo cultura"),
        # mixed case: `Name, role:`
        ("Carmen Díaz, portavoz del Gobierno de Aragón: No habrá recortes.", "Carmen Díaz",
         "portavoz gobierno aragon"),
        # in bold markup
        ("**LUIS PAZ ROBLES, GOBERNADOR DE COLIMA:** Gracias.", "Luis Paz Robles", "gobernador colima"),
    ],
)
def test_a_label_gives_its_speaker_a_role(text, name, role):
    assert label_role(text, name) == role


@pytest.mark.parametrize(
    "text, name",
    [
        ("LUIS PAZ ROBLES: Gracias.", "Luis Paz Robles"),  # a label without a role
        ("Luis Paz Robles: Gracias.", "Luis Paz Robles"),
        ("Según Luis Paz, el gobernador: habrá vacunas.", "Luis Paz"),  # prose with a colon
        ("Luis Paz dijo lo siguiente: habrá vacunas.", "Luis Paz"),
        # a novel's prose: a clause after the name, not a role
        ("Don Pablo Dupont, exaltándose con sus propias palabras: si no van a la iglesia, los despido.",
         "Don Pablo Dupont"),
        ("Benina, hincándose también, le gritó: ¡levántese!", "Benina"),
        ("PREGUNTA, REPORTERA DE EL SOL: ¿Cuándo?", "Luis Paz"),  # a label of someone else
        ("El informe llegó a las 10:30 de la mañana.", "Luis Paz"),  # no label at all
        ("Habrá vacunas para todos.", "Luis Paz"),
    ],
)
def test_no_role_where_no_label_gives_one(text, name):
    assert label_role(text, name) is None


@pytest.mark.parametrize(
    "a, b, same",
    [
        # the same office, written with another head, an acronym or a typo
        ("titular instituto nacional mujeres", "presidenta instituto nacional mujeres inmujeres", True),
        ("comisionado nacional contra adicciones", "titular comision nacional contra adicciones conadic", True),
        ("tirular comision coordinadora institutos", "titular comision coordinadora institutos", True),
        ("jefa gobierno ciudad mexico", "jefa gobierno ciudad mexico", True),
        # different offices that share only their heads (`director general`)
        ("director general epidemiologia", "directora general promocion salud", False),
        ("director centro operativo atencion contingencias copac",
         "secretaria general consejo nacional poblacion conapo", False),
        # a role that is a head alone says nothing
        ("presidente", "presidente", False),
    ],
)
def test_roles_are_one_office_or_two(a, b, same):
    assert same_role(role_words(a), role_words(b)) is same
    assert same_role(role_words(b), role_words(a)) is same


def test_evidence_from_the_documents():
    evidence = Evidence(
        together=[("eva sol ruiz", "eva sol ruis")],
        roles=[("rosa diaz leon", 1, "jefa gobierno ciudad mexico"),
               ("rosa diaz lion", 2, "jefa gobierno ciudad mexico"),
               ("juan paz ortiz", 3, "director centro operativo copac"),
               ("juana paz ortiz", 4, "secretaria general consejo poblacion"),
               ("jose luis mora vega", 5, "titular unidad desarrollo tecnologico")],
        documents=[("jorge luis mora vega", 5), ("jose luis mora vega", 5), ("pablo mora vega", 5)])
    assert evidence.same("rosa diaz lion", "rosa diaz leon")  # the same role
    assert evidence.apart("juan paz ortiz", "juana paz ortiz")  # different roles
    assert not evidence.same("juan paz ortiz", "juana paz ortiz")
    assert evidence.apart("eva sol ruiz", "eva sol ruis")  # one paragraph
    # never introduced, in the document that introduces the other
    assert evidence.same("jorge luis mora vega", "jose luis mora vega")
    assert evidence.same("jose luis mora vega", "jorge luis mora vega")
    # no evidence either way: neither introduced, or in no shared document
    assert not evidence.same("pablo mora vega", "jorge luis mora vega")
    assert not evidence.same("ana gil", "ana gil soto") and not evidence.apart("ana gil", "ana gil soto")
