"""A query that names a person who speaks offers the search for what that person says.

Trial 17: `López-Gatell cubrebocas` found the one paragraph that mentions him and the mask,
and `¿Qué dijo López-Gatell sobre el cubrebocas?` fell back to any word, its first hits
without `cubrebocas`, though he speaks of it in 52 paragraphs. A word with no field searches
the text (test_turn_labels.py): the search now offers `orador:López-Gatell cubrebocas`.
"""

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.text.wording import plural
from tests.conftest import build_texts_index

GATELL = "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE PREVENCIÓN"
CORTES = "RICARDO CORTÉS ALCALÁ, DIRECTOR DE PROMOCIÓN DE LA SALUD"
GARCIA_A = "ANA GARCÍA PÉREZ, DIRECTORA DE VACUNACIÓN"
GARCIA_L = "LUIS GARCÍA SOTO, DIRECTOR DE HOSPITALES"
DOCUMENTS = {
    "2020-06-01.txt": [f"{GATELL}: Buenas noches. El cubrebocas sirve como barrera.",
                       "Y el cubrebocas no sustituye la sana distancia.",
                       f"{CORTES}: Gracias. Hablemos del cubrebocas en el transporte.",
                       f"{GARCIA_A}: La vacuna llega en diciembre.",
                       f"{GARCIA_L}: La vacuna llega a los hospitales.",
                       "PREGUNTA: ¿Y la vacuna para niños?"],
    "2020-06-02.txt": [f"{GATELL}: Buenas noches. Otra vez el cubrebocas: úselo en lugares cerrados.",
                       f"{CORTES}: Y la vacuna, subsecretario López-Gatell, ¿cuándo llega?"],
    "nota.txt": ["Un mural en Puebla", "El mural pinta un cubrebocas junto al retrato de López-Gatell."],
}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("spoken")
    for name, paragraphs in DOCUMENTS.items():
        (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("spoken-index")
    build_index([folder], index_dir)
    return index_dir


@pytest.fixture(scope="module")
def index(index_dir):
    with open_index(index_dir) as opened:
        yield opened


@pytest.mark.parametrize("query, offered, count", [
    ("López-Gatell cubrebocas", "orador:López-Gatell cubrebocas", 3),
    ("lopez gatell cubrebocas", 'orador:"lopez gatell" cubrebocas', 3),
    ("Hugo López-Gatell cubrebocas", 'orador:"Hugo López-Gatell" cubrebocas', 3),
    ("¿Qué dijo López-Gatell sobre el cubrebocas?", "orador:López-Gatell cubrebocas", 3),  # a verb of saying goes
    ("qué opinó Gatell del cubrebocas", "orador:Gatell cubrebocas", 3),
    ("el doctor López-Gatell y el cubrebocas", "orador:López-Gatell cubrebocas", 3),  # his title goes too
    ("cubrebocas subsecretario López-Gatell", "orador:López-Gatell cubrebocas", 3),
    ("Dr. López-Gatell cubrebocas", "orador:López-Gatell cubrebocas", 3),
    ("cubrebocas Cortés", "orador:Cortés cubrebocas", 1),
    ("Cortés vacuna", "orador:Cortés vacuna", 1),
    # trial19b: a name's initials in capitals, as the press writes them and `orador:` reads them
    ("HLGR cubrebocas", "orador:HLGR cubrebocas", 3),
    ("¿qué dijo RCA del cubrebocas?", "orador:RCA cubrebocas", 1),
    # no offer: the name alone (its mentions, as asked), a word of two people's names, a
    # generic label, initials in lower case or no one's, a person who never says the rest, a
    # query that says more than words
    ("López-Gatell", None, 0),
    ("García vacuna", None, 0),
    ("pregunta vacuna", None, 0),
    ("Cortés distancia", None, 0),
    ("Gatell cubrebocas fecha:2020", None, 0),
    ('"López-Gatell" cubrebocas', None, 0),
    ("orador:Gatell cubrebocas", None, 0),
    ("Gatell -cubrebocas", None, 0),
    ("hlgr cubrebocas", None, 0),
    ("ONU cubrebocas", None, 0),
])
def test_a_speakers_name_offers_what_they_say(index, query, offered, count):
    results = search(index, query)
    assert results.suggestion == offered
    said = [message for message in results.messages if "habla en" in message]
    if offered is None:
        assert not said
        return
    assert said == [f"Hugo López-Gatell Ramírez habla en {count} párrafos con esa palabra (sin orador:, "
                    "un nombre se busca en el texto)."] if "atell" in query else len(said) == 1
    assert search(index, offered).total == count > (results.total if results.mode == "all" else 0)


@pytest.mark.parametrize("query, offered, said", [
    # trial17b: a date written in words made the query no plain words, so no offer at all
    ("¿Qué dijo López-Gatell sobre el cubrebocas en junio de 2020?",
     "orador:López-Gatell cubrebocas fecha:2020-06", "3 párrafos con esa palabra en esa fecha"),
    ("qué opinó Gatell del cubrebocas el 2 de junio de 2020",
     "orador:Gatell cubrebocas fecha:2020-06-02", "1 párrafo con esa palabra en esa fecha"),
    # asked what he said then, with no other word: his turns of those dates
    ("¿qué dijo López-Gatell en junio de 2020?", "orador:López-Gatell fecha:2020-06", "3 párrafos en esa fecha"),
    # no offer: the name and a date (his mentions then, as asked), no date, words he never says,
    # a date typed as a field (a query that says more than words), a date quoted (words)
    ("López-Gatell en junio de 2020", None, None),
    ("¿qué dijo López-Gatell?", None, None),
    ("¿qué dijo Cortés de la distancia en junio de 2020?", None, None),
    ("¿qué dijo López-Gatell? fecha:2020-06", None, None),
    ('¿qué dijo López-Gatell "en junio de 2020"?', None, None),
])
def test_a_date_written_in_words_goes_with_the_offer(index, query, offered, said):
    results = search(index, query)
    messages = [message for message in results.messages if "habla en" in message]
    if offered is None:  # a respelling may be offered (this index has no `junio` to write)
        assert not messages and "orador:" not in (results.suggestion or "")
        return
    assert results.suggestion == offered
    assert messages == [f"Hugo López-Gatell Ramírez habla en {said} (sin orador:, un nombre se busca en el texto)."]
    assert search(index, offered).total == int(said.split()[0]) > (results.total if results.mode == "all" else 0)


def test_a_speaker_filter_given_offers_nothing(index):
    results = search(index, "López-Gatell cubrebocas", speaker="Cortés")
    assert results.suggestion is None and not [m for m in results.messages if "habla en" in m]


def test_the_offer_keeps_the_date_filters(index):
    assert search(index, "López-Gatell cubrebocas", date_from="2020-06-02").messages[-1].startswith(
        "Hugo López-Gatell Ramírez habla en 1 párrafo con esa palabra")


def test_a_respelling_keeps_its_place_and_the_offer_goes_in_the_message(index):
    results = search(index, "Cortes vacuna")  # its accent restored: «Cortés»
    assert results.suggestion == "Cortés vacuna"
    assert results.messages[-1] == ("Ricardo Cortés Alcalá habla en 1 párrafo con esa palabra: "
                                    "orador:Cortes vacuna (sin orador:, un nombre se busca en el texto).")


def test_the_cli_says_the_offer(index_dir, runner):
    result = runner.invoke(main, ["search", "López-Gatell cubrebocas", "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert "Quizás quiso decir: orador:López-Gatell cubrebocas" in result.output
    assert "habla en 3 párrafos" in result.output


@pytest.mark.parametrize("synonyms, offered", [
    (True, "orador:López-Gatell tapabocas"),  # counted as it would be searched: `cubrebocas` with it
    (False, None),  # without synonyms he never says `tapabocas`
])
def test_the_offer_counts_with_the_searchs_synonyms(index, synonyms, offered):
    results = search(index, "López-Gatell tapabocas", synonyms=synonyms)
    assert results.suggestion == offered
    if offered:
        assert search(index, offered).total == 3 > results.total


@pytest.fixture(scope="module")
def mentioned_index(tmp_path_factory):
    """An archive that mentions Gatell and the vaccine together in FEW paragraphs, and where he
    speaks of it in more: `dijo` no longer required, the question finds the mentions."""
    from search.retrieval.spoken import FEW
    from tests.conftest import build_texts_index

    mentions = [f"La nota {n} cita a López-Gatell y la vacuna del lote {n}." for n in range(FEW)]
    turns = [f"{GATELL}: La vacuna del lote {n} llegó a tiempo." for n in range(FEW + 5)]
    return build_texts_index(tmp_path_factory, "mentioned", {
        "notas.txt": "Notas\n\n" + "\n\n".join(mentions) + "\n",
        "2021-01-05.txt": "Conferencia vespertina\n\n" + "\n\n".join(turns) + "\n"})


@pytest.mark.parametrize("query, offered", [
    ("¿qué dijo López-Gatell de la vacuna?", "orador:López-Gatell vacuna"),  # asked what he said
    ("López-Gatell vacuna", None),  # his mentions, as asked: FEW of them are enough
])
def test_a_question_of_what_someone_said_offers_it_beside_many_mentions(mentioned_index, query, offered):
    from search.retrieval.spoken import FEW

    with open_index(mentioned_index) as index:
        results = search(index, query)
        assert results.mode == "all" and results.total >= FEW
        assert results.suggestion == offered
        if offered:
            assert search(index, offered).total == FEW + 5


def test_the_offer_counts_what_the_titles_find_too(tmp_path_factory):
    """trial19b: the count was of paragraphs holding the words in their text, while the offered
    search finds them in titles too (`orador:AMLO confinamiento`: said 1, found 2)."""
    texts = {"conferencia.txt": "Conferencia sobre el confinamiento\n\n"
                                "ANDRÉS MANUEL LÓPEZ OBRADOR: No habrá toque de queda.\n\n"
                                "PREGUNTA: ¿Y las escuelas?\n\n"
                                "ANDRÉS MANUEL LÓPEZ OBRADOR: Seguirán cerradas hasta junio.\n"}
    with open_index(build_texts_index(tmp_path_factory, "titled", texts)) as index:
        results = search(index, "López Obrador confinamiento")
        assert results.suggestion == 'orador:"López Obrador" confinamiento'
        offered = search(index, results.suggestion)
        assert offered.total == 2
        assert f"habla en {plural(offered.total, 'párrafo')} con esa palabra" in results.messages[-1]
