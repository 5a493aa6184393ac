import json

import pytest
from click.testing import CliRunner

from search.cli import main
from search.query.speakers import speaker_query
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from tests.conftest import build_texts_index
from web import create_app


@pytest.fixture(scope="module")
def briefing(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sq")
    (folder / "2020-04-01.txt").write_text(
        "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO: Buenas noches, hablemos de vacunas.\n"
        "Las vacunas llegan el lunes.\n"
        "ANA PÉREZ: ¿Y las vacunas para los niños?\n"
        "SERGEY LAVROV: Las vacunas rusas también.\n")
    build_index([folder], folder / "ix")
    with open_index(folder / "ix", weighting()) as index:
        yield index


def paragraphs(index, text, **options):
    return sorted(hit.paragraph for hit in search(index, text, **options).hits)


@pytest.mark.parametrize("text, expected", [
    ("vacunas orador:lopez", [1, 2]),
    ("vacunas orador:López-Gatell", [1, 2]),
    ("vacunas orador:PEREZ", [3]),
    ("vacunas orador:lav*", [4]),
    ('vacunas orador:"Hugo López-Gatell Ramírez"', [1, 2]),  # quoted: that name exactly
    ('vacunas orador:"López-Gatell"', [1, 2]),  # else: those words, in order, in a name
    ('vacunas orador:"ana lavrov"', []),
    ("vacunas orador:ana orador:lavrov", []),  # two people's words are no one's name
    ("vacunas orador:nadie", []),  # an unknown name filters everything out
    ("vacunas -orador:lavrov", [1, 2, 3]),
])
def test_speaker_filters_match_words_of_one_persons_name(briefing, text, expected):
    assert paragraphs(briefing, text) == expected


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    folder = tmp_path_factory.mktemp("people")
    (folder / "2020-04-02.txt").write_text(
        "ANDRÉS MANUEL LÓPEZ OBRADOR, PRESIDENTE: Hablemos de vacunas.\n"
        "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE PREVENCIÓN: Las vacunas llegan.\n"
        "ROCÍO GARCÍA PÉREZ, DIRECTORA DEL DIF: Las vacunas para los niños.\n"
        "ANA PÉREZ: Gracias por las vacunas.\n")
    build_index([folder], folder / "ix")
    with open_index(folder / "ix", weighting()) as index:
        yield index


# Trial 12, finding 6: names as print writes them, partial, quoted, misspelt, or a role.
@pytest.mark.parametrize("text, expected, note", [
    ('vacunas orador:"Hugo López-Gatell"', [2], None),  # quoted, partial: a phrase in the name
    ('vacunas orador:"lopez obrador"', [1], None),  # no accents, lower case
    ('vacunas orador:"LÓPEZ GATELL"', [2], None),  # hyphen as a space, upper case
    ('vacunas orador:"lopez-gatell ramirez"', [2], None),
    ('vacunas orador:"obrador lopez"', [], None),  # quoted: in that order
    ('vacunas orador:"Ana Pérez"', [4], None),  # a whole name is that person, not Rocío García Pérez
    ("vacunas orador:perez", [3, 4], None),
    ("vacunas orador:Garsia", [3], "García"),  # one typo
    ("vacunas orador:Lopes-Gatel", [2], "López-Gatell"),
    ('vacunas orador:"Lopes Obrador"', [1], "López Obrador"),
    ("vacunas orador:Gatelll", [2], "López-Gatell"),
    ("vacunas orador:presidente", [1], "cargo"),  # no name holds it: the role of a label
    ("vacunas orador:subsecretario", [2], "cargo"),
    ("vacunas orador:directora", [3], "cargo"),
    ("vacunas orador:amlo", [1], "iniciales"),  # the initials the press uses
    ("vacunas orador:hlgr", [2], "iniciales"),
    ("vacunas orador:HLG", [2], "iniciales"),  # the second surname left out, as the press writes it
    ("vacunas orador:rgp", [3], "iniciales"),
    ("vacunas orador:rg", [], None),  # two letters: too few to be initials
    ("vacunas orador:Zzyzx", [], None),  # nothing near: no one
    ("vacunas orador:Ruiz", [], None),  # a short name is not respelled (as words of 4 letters)
])
def test_speaker_names_as_people_write_them(people, text, expected, note):
    results = search(people, text)
    assert sorted(hit.paragraph for hit in results.hits) == expected
    said = [message for message in results.messages if message.startswith("Ningún orador se llama")]
    if note:
        assert len(said) == 1 and note in said[0]
    else:
        assert not said


# Trial 20: a researcher types a name as the press writes it, with its title or role before it
# (`el Dr. López-Gatell`, `la Sra. Pérez`, `el canciller Lavrov`); no speaker's name holds the title,
# so the filter found no one. A title is read as no part of the name, as long as the name alone
# finds someone and the whole text does not (a role alone, a speaker named with it, stay as they were).
@pytest.mark.parametrize("text, speaker, expected", [
    ('vacunas orador:"Dr. López-Gatell"', None, [2]),
    ('vacunas orador:"doctor López-Gatell"', None, [2]),
    ('vacunas orador:"el doctor Lopez Gatell"', None, [2]),  # an article before it, no accents
    ("vacunas", "Lic. López Obrador", [1]),  # --speaker and the page's `orador` alike
    ("vacunas", '"presidente Andrés Manuel López Obrador"', [1]),  # a whole name after it: that person
    ('vacunas orador:"Sra. Pérez"', None, [3, 4]),  # the name's words in order, as without the title
    ('vacunas orador:"señora Ana Pérez"', None, [4]),
    ("vacunas", "doña Ana Pérez", [4]),
    ('vacunas orador:"Dra. Garsia"', None, [3]),  # the name respelled, as without the title
    ('vacunas orador:"subsecretario López-Gatell"', None, [2]),  # a role word before the name too
    ('vacunas orador:"doctor Zzyzx"', None, []),  # no name after the title: no one
    ("vacunas orador:presidente", None, [1]),  # a title alone is still a role
    ("vacunas orador:\"el subsecretario\"", None, [2]),  # and after its article
])
def test_a_title_before_a_name_is_no_part_of_it(people, text, speaker, expected):
    assert paragraphs(people, text, speaker=speaker) == expected


def test_a_speaker_named_with_a_title_keeps_it(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "dichos.jsonl").write_text(
        '{"id": "simi", "text": "Agua.", "speakers": ["Doctor Simi"]}\n'
        '{"id": "otro", "text": "Agua.", "speakers": ["Simi Rojas"]}\n')
    build_index([tmp_path / "docs"], tmp_path / "ix")
    with open_index(tmp_path / "ix", weighting()) as index:
        assert [hit.id for hit in search(index, 'agua orador:"Doctor Simi"').hits] == ["simi"]


def test_a_respelled_speaker_filter_says_whom_it_found(people):
    assert search(people, "vacunas", speaker="Garsia").messages == [
        "Ningún orador se llama «Garsia»; se buscó a quien más se le parece: Rocío García Pérez."]


def test_the_speaker_option_works_the_same_way(briefing):
    assert paragraphs(briefing, "vacunas", speaker="López Gatell") == [1, 2]
    assert paragraphs(briefing, "vacunas", speaker='"Sergey Lavrov"') == [4]
    assert paragraphs(briefing, "vacunas", speaker="Sergey Ivanov") == []


def test_speaker_query_without_words_is_none(briefing):
    assert speaker_query(briefing.searcher(), "¡¿!") is None


def test_a_quoted_name_is_that_person_as_its_facet_counts(tmp_path):
    (tmp_path / "docs").mkdir()
    names = ["Ana Pérez", "Ana Pérez García", "José M. Aznar", "José M. Aznar López", "Lavrov",
             "Serguéi Lavrov"]
    (tmp_path / "docs" / "dichos.jsonl").write_text("".join(
        json.dumps({"id": f"d{n}", "text": "Agua.", "speakers": [name]}) + "\n"
        for n, name in enumerate(names)))
    build_index([tmp_path / "docs"], tmp_path / "ix")
    with open_index(tmp_path / "ix", weighting()) as index:
        facets = search(index, "agua", facets=True).facets["speakers"]
        # `José M. Aznar` is the one longer name that holds it (search.speakers.person_keys)
        assert {facet["name"]: facet["count"] for facet in facets} == {
            "Ana Pérez": 1, "Ana Pérez García": 1, "José M. Aznar López": 2, "Lavrov": 1, "Serguéi Lavrov": 1}
        for facet in facets:
            quoted = f'"{facet["name"]}"'
            assert search(index, "agua", speaker=quoted).total == facet["count"]
            assert search(index, f"agua orador:{quoted}").total == facet["count"]
        assert search(index, "agua", speaker="Pérez").total == 2
        assert search(index, "agua", speaker="Lavrov").total == 2


def test_a_typo_in_a_name_is_the_same_person_for_filters_and_facets(tmp_path):
    (tmp_path / "docs").mkdir()
    rows = [{"id": f"p{n}", "text": "Agua.", "speakers": ["Andrés Manuel López Obrador"]} for n in range(30)]
    rows += [{"id": "typo", "text": "Agua.", "speakers": ["ANDRÉS MANEL LÓPEZ OBRADOR"]},
             {"id": "other", "text": "Agua.", "speakers": ["Andrea Manuela López Obregón"]}]
    (tmp_path / "docs" / "conferencias.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    build_index([tmp_path / "docs"], tmp_path / "ix")
    with open_index(tmp_path / "ix", weighting()) as index:
        facets = {f["name"]: f["count"] for f in search(index, "agua", facets=True).facets["speakers"]}
        assert facets == {"Andrés Manuel López Obrador": 31, "Andrea Manuela López Obregón": 1}
        assert search(index, "agua", speaker='"Andrés Manuel López Obrador"').total == 31
        assert search(index, "agua orador:manel").total == 31
        assert search(index, "agua orador:obregon").total == 1


def test_several_matching_speakers_count_once_so_filters_never_reorder(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "mesa.jsonl").write_text(
        '{"id": "fuerte", "text": "Agua agua agua.", "speakers": ["Ana Gil"]}\n'
        '{"id": "debil", "text": "Agua y mucho más texto alrededor del agua, sin duda.",'
        ' "speakers": ["Ana Gil", "Ana Ruiz"]}\n')
    build_index([tmp_path / "docs"], tmp_path / "ix")
    with open_index(tmp_path / "ix", weighting()) as index:
        plain = [hit.id for hit in search(index, "agua").hits]
        filtered = [hit.id for hit in search(index, "agua", speaker="ana").hits]
    assert plain == filtered == ["fuerte", "debil"]


PARTICLE_PEOPLE = ["María de la Fuente", "Juan de Dios Pérez", "Ludwig van Beethoven", "Luis Delgado",
                   "Ana Lasa y Seoane", "Rosa Fuentes"]


@pytest.fixture(scope="module")
def particles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("particles")
    (folder / "notas.jsonl").write_text("".join(
        json.dumps({"id": f"n{number}", "text": "La vacuna llega el lunes.", "speaker": name,
                    "date": f"2021-02-0{number}"}, ensure_ascii=False) + "\n"
        for number, name in enumerate(PARTICLE_PEOPLE, 1)), encoding="utf-8")
    build_index([folder], folder / "ix")
    return folder / "ix"


# Trial 14, finding 10: `orador=de` found every speaker with «de» in the name.
@pytest.mark.parametrize("text, speaker", [
    ("vacuna orador:de", None), ("vacuna orador:la", None), ('vacuna orador:"de la"', None),
    ('vacuna orador:"De La"', None), ("vacuna orador:de-la", None), ("vacuna orador:Y", None),
    ("vacuna orador:van", None), ("orador:del", None), ("vacuna", "de"), ("vacuna", "De la"),
    ("vacuna", '"de la"'), ("vacuna", "Dé"), ("", "los"), ("vacuna", "von"),
])
def test_a_speaker_filter_of_name_particles_names_no_one_and_says_so(particles, text, speaker):
    with open_index(particles, weighting()) as index:
        results = search(index, text, speaker=speaker)
    asked = (speaker or text.split("orador:")[1]).strip('"')
    assert results.total == 0
    assert f"Ningún orador se llama «{asked}»: las partículas de los nombres" in " ".join(results.messages)
    assert not [tip for tip in results.tips if "Ningún orador del índice" in tip or "«" + asked + "» es" in tip]


@pytest.mark.parametrize("text, speaker, names", [
    ('vacuna orador:"de la Fuente"', None, ["María de la Fuente"]),
    ("vacuna", "de la Fuente", ["María de la Fuente"]),
    ("vacuna", '"De la Fuente"', ["María de la Fuente"]),
    ("vacuna orador:de*", None, ["Juan de Dios Pérez", "Luis Delgado", "María de la Fuente"]),  # a prefix
    ("vacuna orador:van-beethoven", None, ["Ludwig van Beethoven"]),
    ("vacuna", "Lasa y Seoane", ["Ana Lasa y Seoane"]),
    ("vacuna orador:fuente", None, ["María de la Fuente"]),
])
def test_a_speaker_filter_with_a_name_beside_its_particles_still_finds_them(particles, text, speaker, names):
    with open_index(particles, weighting()) as index:
        results = search(index, text, speaker=speaker)
    assert sorted(name for hit in results.hits for name in hit.speakers) == names
    assert not [message for message in results.messages if "partículas" in message]


def test_the_page_and_the_cli_say_a_filter_of_particles_names_no_one(particles):
    said = "Ningún orador se llama «de la»: las partículas de los nombres"
    printed = CliRunner().invoke(main, ["search", "vacuna", "--speaker", "de la", "--index", str(particles)])
    assert printed.exit_code == 0 and printed.output.startswith(said)
    app = create_app({"INDEX_DIR": str(particles), "TESTING": True})
    try:
        client = app.test_client()
        html = client.get("/", query_string={"q": "vacuna", "orador": "de la"}).get_data(as_text=True)
        body = client.get("/api/search", query_string={"q": 'vacuna orador:"de la"'}).get_json()
    finally:
        app.extensions["hemeroteca"].close()
    assert said in html and "Sin resultados" in html
    assert body["total"] == 0 and said in body["messages"][0]


@pytest.fixture(scope="module")
def generic_labels(tmp_path_factory):
    index_dir = build_texts_index(tmp_path_factory, "generic", {"2021-01-20.txt": (
        "FERNANDO SIMÓN, DIRECTOR: Buenas tardes.\n"
        "Periodista: ¿Y las mascarillas?\n"
        "FERNANDO SIMÓN, DIRECTOR: Seguirán.\n"
        "ASISTENTE: ¿Y en exteriores?\n"
        "VOCES: (inaudible)\n"
        "LUIS VOZMEDIANO, ALCALDE: Gracias.\n"
        "PREGUNTA: ¿Y las vacunas?\n")})
    with open_index(index_dir, weighting()) as index:
        yield index


@pytest.mark.parametrize("text, expected, said", [
    # trial 18: a generic label is shown by one name (`Periodista:` is Reportero): the label's word typed finds it
    ("orador:periodista", [2], "etiqueta genérica con que se muestra: Reportero"),
    ("orador:Periodistas", [2], "Reportero"),
    ("orador:público", [4], "Participante"),
    ("orador:voces", [5], "Voz"),
    # the name itself, as before; a typo of a person is that person, not the label its word begins (`voz`)
    ("orador:reportero", [2], None),
    ("orador:Vozmediana", [6], "Luis Vozmediano"),
    ("orador:pregunta", [7], None),
    ("orador:moderador", [], None),  # no label of it here: no one
])
def test_a_generic_labels_other_words_find_it(generic_labels, text, expected, said):
    results = search(generic_labels, text)
    assert sorted(hit.paragraph for hit in results.hits) == expected
    assert (said is None and not results.messages) or any(said in message for message in results.messages), \
        results.messages
