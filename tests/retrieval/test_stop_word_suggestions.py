"""Trial 16b: a suggestion neither glues stop words into a rare typo (`Organización
Mundial de la Salud` offered `… dela Salud`), nor misses a word typed without its ñ whose
stem other words share (`ninos`, stem of `Nina`, for `niños`)."""

import pytest

from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index

COMMON = [
    "La Organización Mundial de la Salud habló en el hospital de la vacuna.",
    "Los niños y las niñas vuelven a la escuela; apenas llegan las vacunas.",
    "Nina llamó a Nina, la pobre Nina, y a Ninón.",
    "Nina y Ninette, con Nino, en el patio.",
    "Se limó las uñas, una uña rota, en la escuela.",
]
RARE = [  # glued and ñ-less spellings that a scanned novel or a hurried transcript keeps
    "Lo dijo la Organización Mundial dela Salud, dela mano, dela casa.",
    "Pasó enel hospital, enel patio.",
]
ONE_OFF = "Vuestros ninos serán hermosos."


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("stopjoins")
    lines = COMMON * 30 + RARE * 12 + [ONE_OFF]
    (folder / "2020-10-05.txt").write_text("\n\n".join(lines) + "\n")
    build_index([folder], folder / "ix")
    with open_index(folder / "ix", weighting()) as opened:
        yield opened


@pytest.mark.parametrize("query, suggestion", [
    ("Organización Mundial de la Salud", None),  # `de la` is no typo of the rare `dela`
    ("de la Salud", None),
    ("en el hospital", None),  # nor `en el` of `enel`
    ("hospital de la vacuna", None),
    ("a penas", "apenas"),  # a stop word still joins a word the texts write far more often
    ("ninos", "niños"),  # `nin` is Nina's stem too (60): not rare, yet `niños` is 30 to 1
    ("los ninos", "los niños"),
    ("Nina", None),  # a name with its n
    ("niños", None),
    # a stop word is no word typed without its ñ (`una` is no `uña`): the index keeps no stop
    # word, so its count reads 0, as a word no text writes (advice.written_counts)
    ("una escuela", None),
    ("Una escuela", None),
    ("una", None),
    ("unna escuela", "una escuela"),  # a typo of one is still a typo
    ("unas escuelas", "uñas escuelas"),  # `unas` is no stop word: as `ninos`, 0 to 30
])
def test_a_suggestion_is_made_only_where_the_texts_write_otherwise(index, query, suggestion):
    assert search(index, query).suggestion == suggestion
