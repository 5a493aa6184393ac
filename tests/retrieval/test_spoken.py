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
    ("el doctor López-Gatell y el cubrebocas", "orador:López-Gatell cubrebocas", 3),  # his title goes too
    ("cubrebocas subsecretario López-Gatell", "orador:López-Gatell cubrebocas", 3),
    ("Dr. López-Gatell cubrebocas", "orador:López-Gatell cubrebocas", 3),
    ("cubrebocas Cortés", "orador:Cortés cubrebocas", 1),
    ("Cortés vacuna", "orador:Cortés vacuna", 1),
    # trial19b: a name's initials in capitals, as the press writes them and `orador:` reads them
    ("HLGR cubrebocas", "orador:HLGR cubrebocas", 3),
    # no offer: the name alone (its mentions, as asked), a word of two people's names, a
    # generic label, initials in lower case or no one's, a person who never says the rest, a
    # query that says more than words and dates
    ("López-Gatell", None, 0),
    ("García vacuna", None, 0),
    ("pregunta vacuna", None, 0),
    ("Cortés distancia", None, 0),
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
    ("Gatell cubrebocas el 2 de junio de 2020", "orador:Gatell cubrebocas fecha:2020-06-02",
     "1 párrafo con esa palabra en esa fecha"),
    # a date typed as `fecha:` only filters too, as one written in words: it stays in the offer
    ("Gatell cubrebocas fecha:2020", "orador:Gatell cubrebocas fecha:2020", "3 párrafos con esa palabra en esa fecha"),
    # (a question of what he said searches his turns first: test_a_question_of_what_someone_said_puts_…)
    # no offer: the name and a date (his mentions then, as asked), no date, words he never says,
    # a question with a date typed as a field (his turns then come first, not offered), a date
    # quoted (words)
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


def test_an_accent_is_no_respelling_and_the_offer_takes_the_suggestion(index):
    # trial 35: «Cortés vacuna» finds what «Cortes vacuna» finds, so it is not offered (it was,
    # and the offer then went in the message); the offer of what he says is the suggestion
    results = search(index, "Cortes vacuna")
    assert results.suggestion == "orador:Cortes vacuna"
    assert results.messages[-1] == ("Ricardo Cortés Alcalá habla en 1 párrafo con esa palabra "
                                    "(sin orador:, un nombre se busca en el texto).")


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


def test_his_mentions_are_enough_when_not_asked_what_he_said(mentioned_index):
    from search.retrieval.spoken import FEW

    with open_index(mentioned_index) as index:
        results = search(index, "López-Gatell vacuna")  # his mentions, as asked: FEW of them are enough
        assert results.mode == "all" and results.total == FEW
        assert results.suggestion is None and not [m for m in results.messages if "habla" in m]


def test_a_question_of_what_someone_said_puts_them_before_many_mentions(mentioned_index):
    from search.retrieval.spoken import FEW

    with open_index(mentioned_index) as index:
        results = search(index, "¿qué dijo López-Gatell de la vacuna?", limit=FEW + 10)
    assert results.mode == "all" and results.total == FEW + 5 + FEW  # his turns, then the mentions
    assert [hit.doc for hit in results.hits] == ["2021-01-05.txt"] * (FEW + 5) + ["notas.txt"] * 5
    assert results.suggestion is None


# trial33: the question of what a person said found someone else's paragraph first (Cortés naming him),
# or fell back to any word; their turns, the `orador:` reading, now come first, and the search says so
@pytest.mark.parametrize("query, reading, turns, said", [
    ("¿Qué dijo López-Gatell sobre el cubrebocas?", "orador:López-Gatell cubrebocas", 3, "con esa palabra"),
    ("qué opinó Gatell del cubrebocas", "orador:Gatell cubrebocas", 3, "con esa palabra"),
    ("que dijo gatell del cubrebocas", "orador:gatell cubrebocas", 3, "con esa palabra"),  # as typed in haste
    ("¿qué dijo RCA del cubrebocas?", "orador:RCA cubrebocas", 1, "con esa palabra"),
    ("¿cuándo llega la vacuna según el director Cortés?", "orador:Cortés llega vacuna", 1, "con esas palabras"),
    ("¿Qué dijo López-Gatell sobre el cubrebocas en junio de 2020?",
     "orador:López-Gatell cubrebocas fecha:2020-06", 3, "con esa palabra en esa fecha"),
    ("qué opinó Gatell del cubrebocas el 2 de junio de 2020", "orador:Gatell cubrebocas fecha:2020-06-02", 1,
     "con esa palabra en esa fecha"),
    ("¿qué dijo López-Gatell en junio de 2020?", "orador:López-Gatell fecha:2020-06", 3, "en esa fecha"),
])
def test_a_question_of_what_someone_said_puts_their_turns_first(index, query, reading, turns, said):
    results = search(index, query, limit=10)
    expected = search(index, reading, limit=10)
    assert expected.total == turns
    assert [hit.id for hit in results.hits[:turns]] == [hit.id for hit in expected.hits]
    assert {hit.id for hit in results.hits[turns:]}.isdisjoint(hit.id for hit in expected.hits)
    assert results.total == len(results.hits) >= turns and results.suggestion is None
    shown = [message for message in results.messages if message.startswith("Se muestra")]
    assert len(shown) == 1 and " que habla " in shown[0] and f"{said} ({reading})" in shown[0]
    assert not [message for message in results.messages if "habla en" in message or "ninguna" in message]


# Turns, then paragraphs that mention him and write `corona virus` joined (the joined fallback, not any word)
JOINED = {"2020-03-01.txt": "\n\n".join(
    [f"{GATELL}: La corona del virus se ve al microscopio.",
     f"{CORTES}: Gracias, doctor López-Gatell. El coronavirus llegó a la ciudad."]
    + ["El coronavirus llegó a la ciudad."] * 12) + "\n"}


@pytest.fixture(scope="module")
def joined(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "spoken-joined", JOINED)) as opened:
        yield opened


# review33: the joined fallback's note stayed beside the turns' message, which said the rest had «alguna de las
# palabras» (the joined way requires them all): each fallback's note goes, and the rest is named by its way
@pytest.mark.parametrize("fixture, query, first, mode, reading, rest, note", [
    ("index", "¿qué dijo Gatell de la barrera del cubrebocas?", "2020-06-01.txt#1", "any",
     "con esas palabras (orador:Gatell barrera cubrebocas)", "los que tienen alguna de las palabras en su texto",
     "Ningún párrafo tiene todas las palabras; se muestran los que tienen alguna."),
    ("joined", "qué dijo Gatell sobre corona virus", "2020-03-01.txt#1", "joined",
     "con esas palabras (orador:Gatell corona virus)", "los que tienen las palabras en su texto, escritas juntas",
     "Ningún párrafo tiene todas las palabras tal cual; se buscaron juntas"),
])
def test_the_turns_come_before_what_a_fallback_found(request, fixture, query, first, mode, reading, rest, note):
    # no paragraph has every word in its text: the fallback's matches, after his turn
    results = search(request.getfixturevalue(fixture), query, limit=10)
    assert results.hits[0].id == first and results.total > 1 and results.mode == mode
    assert results.messages[-1] == (
        f"Se muestra primero el párrafo en el que habla Hugo López-Gatell Ramírez {reading}, y después {rest}.")
    assert not [message for message in results.messages if message.startswith(note)]


# His turns write `corona virus` joined: they are what he said, found the way the texts write the words
# (they fell back to any word, the question's own matches, where `corona virus` alone is searched joined)
JOINED_TURNS = {"2020-03-02.txt": "\n\n".join(
    [f"{GATELL}: El coronavirus se transmite por gotas.", f"{CORTES}: Gracias, doctor López-Gatell.",
     "El doctor López-Gatell habló del coronavirus."] + ["El coronavirus llegó a la ciudad."] * 12) + "\n"}


@pytest.mark.parametrize("query, reading, mode, rest", [
    ("¿qué dijo Gatell del corona virus?", "orador:Gatell corona virus", "joined",
     "los que tienen las palabras en su texto, escritas juntas"),
    ("qué dijo Gatell del corona virus y las gotas", "orador:Gatell corona virus gotas", "any",
     "los que tienen alguna de las palabras en su texto"),
])
def test_turns_that_write_the_words_joined_come_first(tmp_path_factory, query, reading, mode, rest):
    with open_index(build_texts_index(tmp_path_factory, "spoken-joined-turns", JOINED_TURNS)) as index:
        results = search(index, query, limit=10)
    assert results.hits[0].id == "2020-03-02.txt#1" and results.mode == mode
    assert "se buscaron juntas, como las escriben los textos: «corona virus» como «coronavirus»." in " ".join(
        results.messages)
    assert results.messages[-1] == (f"Se muestra primero el párrafo en el que habla Hugo López-Gatell Ramírez "
                                    f"con esas palabras ({reading}), y después {rest}.")


@pytest.mark.parametrize("query, options", [
    ("López-Gatell cubrebocas", {}),  # no question: his mentions, as asked (and the offer)
    ("¿Qué dijo López-Gatell sobre el cubrebocas?", {"sort": "-date"}),  # by date: no tier to put first
    ("¿Qué dijo López-Gatell sobre el cubrebocas?", {"speaker": "Cortés"}),  # a speaker already chosen
    ("¿qué dijo López-Gatell?", {}),  # nothing asked but him: his mentions
    ("¿qué dijo Cortés de la distancia?", {}),  # he never says it
    ('¿qué dijo "López-Gatell" del cubrebocas?', {}),  # more than plain words: as typed
])
def test_what_is_no_question_of_one_persons_words_keeps_its_order(index, query, options):
    results = search(index, query, **options)
    assert not [message for message in results.messages if message.startswith("Se muestra")]


def test_the_export_and_the_api_put_the_turns_first(index, index_dir):
    from search.retrieval.export import export
    from web import create_app

    exported = export(index, "¿Qué dijo López-Gatell sobre el cubrebocas?")
    rows = [row["id"] for row in exported.rows]
    assert rows[:3] == [hit.id for hit in search(index, "orador:López-Gatell cubrebocas").hits]
    assert exported.results.total == len(rows) == 4
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    try:
        body = app.test_client().get("/api/search?q=que+dijo+gatell+del+cubrebocas").get_json()
    finally:
        app.extensions["hemeroteca"].close()
    assert [hit["id"] for hit in body["hits"]] == rows


def test_the_offer_counts_what_it_finds_and_titles_are_no_ones_words(tmp_path_factory):
    """trial19b: the count was of paragraphs holding the words in their text, while the offered
    search found them in titles too (`orador:AMLO confinamiento`: said 1, found 2). trial35: a
    speaker's search looks for the words in the text alone (a title is not what he said), so
    the offer counts, and the offered search finds, only the turn that says the word."""
    texts = {"conferencia.txt": "Conferencia sobre el confinamiento\n\n"
                                "ANDRÉS MANUEL LÓPEZ OBRADOR: No habrá toque de queda.\n\n"
                                "PREGUNTA: ¿Y las escuelas?\n\n"
                                "ANDRÉS MANUEL LÓPEZ OBRADOR: Seguirán cerradas hasta junio, con confinamiento.\n"}
    with open_index(build_texts_index(tmp_path_factory, "titled", texts)) as index:
        results = search(index, "López Obrador confinamiento")
        assert results.suggestion == 'orador:"López Obrador" confinamiento'
        offered = search(index, results.suggestion)
        assert [hit.id for hit in offered.hits] == ["conferencia.txt#4"]
        assert "habla en 1 párrafo con esa palabra" in results.messages[-1]
