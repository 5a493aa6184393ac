"""Trial 16b: `orador:presidente` found only a novel's debate, whose label `El señor
Presidente:` is a role alone, and none of the briefings' president (`PRESIDENTE ANDRÉS
MANUEL LÓPEZ OBRADOR:`): a speaker named by a role alone no longer hides the role's holders."""

import pytest

from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

TEXTS = {
    "2020-04-02.txt": "ANDRÉS MANUEL LÓPEZ OBRADOR, PRESIDENTE: Hablemos de vacunas.\n"
                      "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE PREVENCIÓN: Las vacunas llegan.\n",
    "debate.txt": "Sesión de la Cámara\n\nPRESIDENTE: Se abre la sesión sobre las vacunas.\n\n"
                  "SECRETARIO: Se da lectura al acta de las vacunas.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "roles", TEXTS), weighting()) as opened:
        yield opened


@pytest.mark.parametrize("query, speakers, said", [
    ("vacunas orador:presidente", {"Andrés Manuel López Obrador", "Presidente"}, "López Obrador"),
    ("vacunas orador:subsecretario", {"Hugo López-Gatell Ramírez"}, "López-Gatell"),
    ('vacunas orador:"presidente"', {"Presidente"}, None),  # quoted: that label alone
    ("vacunas orador:obrador", {"Andrés Manuel López Obrador"}, None),
])
def test_a_role_alone_as_a_label_still_finds_the_roles_holders(index, query, speakers, said):
    results = search(index, query)
    assert {speaker for hit in results.hits for speaker in hit.speakers} == speakers
    notes = [message for message in results.messages if "cargo" in message]
    assert (said in notes[0]) if said else not notes
