import json

import pytest

from search.cli import main
from tests.conftest import SEED, build_empty_index


def test_search_json(runner, seed_index):
    result = runner.invoke(main, ["search", "cooperacion antipandemica", "--index",
                                  str(seed_index), "--json", "--limit", "2"])
    data = json.loads(result.output)
    assert data["query"] == "cooperacion antipandemica" and data["total"] == 2
    assert {hit["paragraph"] for hit in data["hits"]} == {2, 5}
    assert set(data["hits"][0]) >= {"id", "doc", "paragraph", "title", "date", "speakers",
                                    "score", "snippet"}


def test_search_bold_on_a_terminal_unless_no_color(runner, seed_index, monkeypatch):
    args = ["search", "garrote", "--index", str(seed_index)]
    assert "\x1b[1mgarrote\x1b[0m" in runner.invoke(main, args, color=True).output
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in runner.invoke(main, args, color=True).output


def test_search_fallback_message(runner, seed_index):
    result = runner.invoke(main, ["search", "garrote zanahoria", "--index", str(seed_index)])
    assert "alguna" in result.output and f"{SEED}#6" in result.output


def test_search_without_index_says_how_to_build(runner, tmp_path):
    result = runner.invoke(main, ["search", "x", "--index", str(tmp_path / "nada")])
    assert result.exit_code == 1
    assert "hemeroteca index" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("query", ['"virus', "(((", "NOT", "title:", "a" * 5000])
def test_search_never_shows_a_traceback(runner, seed_index, query):
    result = runner.invoke(main, ["search", query, "--index", str(seed_index)])
    assert result.exit_code == 0 and result.exception is None


def test_search_options_reach_the_library(runner, seed_index):
    args = ["search", "China", "--index", str(seed_index), "--json", "--limit", "2",
            "--page", "2", "--sort", "-date", "--speaker", "wang", "--from", "2020",
            "--to", "2020-12", "--facets"]
    data = json.loads(runner.invoke(main, args).output)
    assert data["page"] == 2 and len(data["hits"]) == 2 and data["total"] == 4
    assert all("Wang Yi" in hit["speakers"] for hit in data["hits"])
    assert data["facets"]["speakers"][0] == {"name": "Wang Yi", "key": "wang yi", "count": 4}


def test_search_shows_suggestion_facets_and_field_queries(runner, seed_index):
    result = runner.invoke(main, ["search", "cooperasion antipandemica", "--facets",
                                  "--index", str(seed_index)])
    assert "Quizás quiso decir: cooperación antipandémica" in result.output
    assert "Oradores: " in result.output and "Meses: 2020-12 (2)" in result.output
    result = runner.invoke(main, ["search", "orador:Lavrov fecha:2020-12", "--json",
                                  "--index", str(seed_index)])
    assert {hit["paragraph"] for hit in json.loads(result.output)["hits"]} == {5, 6}


@pytest.mark.parametrize("args, message", [
    (["--from", "pronto"], "no válida"),
    (["--sort", "size"], "Valor no válido para '--sort'"),
    (["--page", "0"], "Valor no válido para '--page'"),
])
def test_search_bad_options(runner, seed_index, args, message):
    result = runner.invoke(main, ["search", "China", "--index", str(seed_index), *args])
    assert result.exit_code != 0 and message in result.output
    assert "Traceback" not in result.output


def test_an_empty_index_says_so(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    assert runner.invoke(main, ["index", str(tmp_path / "docs"), "--index",
                                str(tmp_path / "ix")]).exit_code == 1  # no document: no index
    build_empty_index(tmp_path / "ix")  # as older versions made them
    for args in (["search", "agua", "--facets"], ["search", "orador:ana", "--json"],
                 ["speakers"], ["search", "agua", "--format", "csv"]):
        result = runner.invoke(main, [*args, "--index", str(tmp_path / "ix")])
        assert result.exit_code == 0 and "Traceback" not in result.output
        assert "vacío" in result.output or "no tiene oradores" in result.output


def test_a_hit_shows_its_documents_title_and_its_own_speaker(runner, transcripts_index):
    result = runner.invoke(main, ["search", "vacunas llegan martes", "--index", str(transcripts_index)])
    first = result.output.split("\n\n")[1].splitlines()
    assert first[0] == " 1. Hugo López-Gatell Ramírez · Conferencia de prensa, 2020-06-15"
    assert first[2].startswith("    2020-06-15.txt#4 · 2020-06-15 · puntuación ")
    story = runner.invoke(main, ["search", "Eva", "--index", str(transcripts_index)]).output
    assert " 1. Emilia Pardo Bazán: Cuentos de amor" in story  # a first line that reads as a title


@pytest.mark.parametrize("query, suggestion", [
    ("cooperasion", "cooperación"),  # the typo fallback found results: say what it read
    ("China Rusiaa", "China Rusia"),  # the any-word fallback dropped a misspelt word
    ("cooperasion antipandemica", "cooperación antipandémica"),
])
def test_a_corrected_word_always_brings_a_suggestion(runner, seed_index, query, suggestion):
    result = runner.invoke(main, ["search", query, "--index", str(seed_index), "--json"])
    data = json.loads(result.output)
    assert data["total"] > 0 and data["suggestion"] == suggestion
    text = runner.invoke(main, ["search", query, "--index", str(seed_index)]).output
    assert f"Quizás quiso decir: {suggestion}" in text


def test_no_suggestion_when_every_word_matched(runner, seed_index):
    data = json.loads(runner.invoke(main, ["search", "China Rusia", "--json", "--index",
                                           str(seed_index)]).output)
    assert data["total"] > 3 and data["suggestion"] is None and data["tips"] == []


@pytest.mark.parametrize("args, tips", [
    (["zzqxw"], ["Pruebe con otra forma de escribir las palabras, o con un sinónimo."]),
    (["zzqxw wwkkq"], ["Pruebe con menos palabras, o con palabras más generales.",
                       "Pruebe con otra forma de escribir las palabras, o con un sinónimo."]),
    (['"Rusia China"'], ["Pruebe sin comillas: entre comillas se buscan las palabras tal cual, juntas y en ese orden.",
                         "Pruebe con otra forma de escribir las palabras, o con un sinónimo."]),
    # the word is found without the filters: they are the cause, not its spelling (trial33)
    (["garrote", "--speaker", "Lavrov", "--from", "2021"],
     ["Las palabras están en 1 párrafo, pero ninguno cumple los filtros: orador «Lavrov», desde «2021»; "
      "quítelos para buscar en todo el índice."]),
    (["garrote orador:Putin"],
     ["Las palabras están en 1 párrafo, pero ninguno cumple los filtros: orador:Putin; quítelos para "
      "buscar en todo el índice."]),
    (["zzqxw", "--from", "2021"],  # found with no filter either: the words are the cause
     ["Pruebe con otra forma de escribir las palabras, o con un sinónimo.",
      "Filtros en uso: desde «2021»; quítelos para buscar en todo el índice."]),
    (["garrote orador:Nadie"],  # a speaker no one is: that line alone, not the spelling
     ["Ningún orador del índice se llama «Nadie»: pruebe con una parte de su nombre, como el apellido."]),
    (["garrote -garrotes"],  # an exclusion of the word searched
     ["«-garrotes» excluye todas las formas de su raíz, también «garrote», que se buscaba: ningún párrafo "
      "puede tenerla y no tenerla. Quite «-garrotes»."]),
])
def test_no_results_say_what_to_try(runner, seed_index, args, tips):
    result = runner.invoke(main, ["search", *args, "--index", str(seed_index)])
    first, *rest = result.output.splitlines()
    assert first.startswith(f"Sin resultados para «{args[0]}»") and rest[:len(tips)] == tips
    assert result.exit_code == 0  # an answer, not an error (1): the README's exit statuses


def test_a_page_past_the_end_says_so(runner, seed_index):
    result = runner.invoke(main, ["search", "China", "--page", "2", "--index", str(seed_index)])
    assert result.exit_code == 0
    assert result.output == ("La página 2 está más allá del final: «China» tiene 6 resultados "
                             "(1 página de 10); la última es la 1. Pruebe --page 1.\n")
    one = runner.invoke(main, ["search", "garrote", "--index", str(seed_index)]).output
    assert one.startswith("1 resultado para «garrote» (1–1; ")


@pytest.mark.parametrize("query, shown", [
    ("-virus China", "hemeroteca search -- '-virus China'"),
    ('-"de la" China', """hemeroteca search -- '-"de la" China'"""),
])
def test_a_query_starting_with_a_dash_says_to_write_two_dashes(runner, seed_index, query, shown):
    result = runner.invoke(main, ["search", query, "--index", str(seed_index)])
    assert result.exit_code == 2 and shown in result.output
    result = runner.invoke(main, ["search", "--index", str(seed_index), "--json", "--", query])
    assert result.exit_code == 0 and json.loads(result.output)["total"] > 0


@pytest.mark.parametrize("words", [
    ["relaciones", "China", "Rusia"],
    ["--", "-garrote", "China"],  # the README's `hemeroteca search --limit 5 -- -vacuna salud`
    ["orador:Lavrov", "fecha:2020-12"],
])
def test_a_query_may_be_typed_as_several_words(runner, seed_index, words):
    options = ["--index", str(seed_index), "--json"]
    dashes = words[:1] if words[0] == "--" else []
    loose = runner.invoke(main, ["search", *options, *words])
    quoted = runner.invoke(main, ["search", *options, *dashes, " ".join(words[len(dashes):])])
    assert loose.exit_code == quoted.exit_code == 0, loose.output
    assert json.loads(loose.output)["total"] == json.loads(quoted.output)["total"] > 0
    assert json.loads(loose.output)["query"] == json.loads(quoted.output)["query"]


@pytest.mark.parametrize("words, named", [
    (["--", "China", "--limit", "1"], "«--limit» se buscó como texto de la consulta"),  # trial 35
    (["--", "China", "--json=x", "--facets"], "«--json=x», «--facets» se buscaron como texto"),
    (["China --limit 1"], "«--limit» se buscó"),  # quoted as one argument: text too
    (["--", "-garrote", "China"], None),  # a query that starts with a dash, as the help says
    (["--", "China", "--garrote"], None),  # no option of this command
    (["--", "China", "-limit"], None),
])
def test_an_option_after_two_dashes_is_said_to_be_searched_as_words(runner, seed_index, words, named):
    result = runner.invoke(main, ["search", "--index", str(seed_index), "--json", *words])
    assert result.exit_code == 0, result.output
    json.loads(result.stdout)  # the warning goes to standard error, never into the JSON
    warnings = [line for line in result.stderr.splitlines() if "como texto de la consulta" in line]
    if named is None:
        assert not warnings, result.stderr
    else:
        assert len(warnings) == 1 and named in warnings[0] and "las opciones van antes de «--»" in warnings[0]


def test_search_help_tells_how_to_start_a_query_with_a_dash(runner):
    assert "--, después de las opciones" in runner.invoke(main, ["search", "--help"]).output


def test_an_unknown_long_option_keeps_click_own_error(runner, seed_index):
    result = runner.invoke(main, ["search", "--limti", "3", "x", "--index", str(seed_index)])
    assert "'--limti'" in result.output and "escriba --" not in result.output


def test_a_missing_index_is_called_an_index(tmp_path, runner):
    result = runner.invoke(main, ["search", "salud", "--index", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope'}: el índice no existe. Constrúyalo con: hemeroteca index" in result.output
    assert "carpeta" not in result.output


@pytest.mark.parametrize("args, total, filters", [
    # a repeated option: any of its values (OR within a filter, AND across them), as the page's facets
    (["--speaker", "wang", "--speaker", "lavrov"], 5, ["orador «wang» o «lavrov»"]),
    (["--speaker", "wang", "--speaker", "Wang"], 4, ["orador «wang»"]),  # the same value twice: once
    (["--date", "2020-12", "--fecha", "2019"], 6, ["fecha «2020-12» o «2019»"]),
    (["--speaker", "lavrov", "--speaker", "putin", "--date", "2020-12-22"], 3,
     ["orador «lavrov» o «putin»", "fecha «2020-12-22»"]),
    (["--speaker", "lavrov", "--speaker", "putin", "--date", "2019"], 0, ["orador «lavrov» o «putin»", "fecha «2019»"]),
    (["--date", "sin fecha"], 0, ["fecha «sin fecha»"]),
])
def test_repeated_filter_options_keep_any_of_their_values(runner, seed_index, args, total, filters):
    data = json.loads(runner.invoke(main, ["search", "China", *args, "--json", "--index", str(seed_index)]).output)
    assert (data["total"], data["filters"]) == (total, filters)
    alike = runner.invoke(main, ["search", "China orador:(wang OR lavrov)", "--json", "--index", str(seed_index)])
    assert json.loads(alike.output)["total"] == 5  # the query's form of the first row


@pytest.mark.parametrize("args, message", [
    ([arg for number in range(21) for arg in ("--speaker", f"P{number}")],
     "Demasiados valores del filtro «orador» (21): admite 20 como máximo."),
    (["--date", "2020", "--date", "marzo"], "Fecha «marzo» no válida: «marzo» no dice de qué año"),
])
def test_bad_repeated_values_are_an_error_without_a_traceback(runner, seed_index, args, message):
    result = runner.invoke(main, ["search", "China", *args, "--index", str(seed_index)])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_filter_options_alone_are_a_search(runner, seed_index):
    result = runner.invoke(main, ["search", "--date", "2020-12", "--speaker", "putin", "--json", "--index",
                                  str(seed_index)])
    assert result.exit_code == 0 and json.loads(result.output)["total"] > 0


@pytest.mark.parametrize("option", ["--speaker", "--from", "--to", "--date"])
def test_an_empty_filter_option_is_said_and_ignored(runner, seed_index, option):
    result = runner.invoke(main, ["search", "China", option, " ", "--index", str(seed_index), "--json"])
    assert result.exit_code == 0
    assert f"aviso: {option} sin valor se ignoró." in result.stderr
    assert json.loads(result.stdout)["total"] > 0


def test_json_and_format_together_are_refused(runner, seed_index):
    result = runner.invoke(main, ["search", "China", "--json", "--format", "csv", "--index", str(seed_index)])
    assert result.exit_code == 2 and "Use --json (una página de resultados) o --format (todos)" in result.output


@pytest.mark.parametrize("command", [["search", "China"], ["index", "seeds"], ["update"], ["speakers"],
                                     ["show", "a#1"]])
def test_an_index_option_naming_a_file_gets_the_projects_message(runner, tmp_path, command):
    (tmp_path / "notas.txt").write_text("Una nota.\n")
    result = runner.invoke(main, [*command, "--index", str(tmp_path / "notas.txt")])
    assert result.exit_code == 1 and result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{tmp_path / 'notas.txt'}: es un archivo; el índice va en una carpeta" in result.output
    assert (tmp_path / "notas.txt").read_text() == "Una nota.\n"


# Trial 20: `search --facets` printed people alone, where the page and `--json` also count the
# roles (the press's `Pregunta` turns), and cut the people at 15 without saying how many more.
def test_facets_count_roles_apart_and_say_how_many_more_people(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    people = [f"{given} Ruiz" for given in ("Ana", "Berta", "Carla", "Diana", "Elena", "Fabiola", "Gloria",
                                            "Helena", "Irene", "Julia", "Karla", "Lucía", "Marta", "Nuria",
                                            "Olga", "Paula", "Rosa")]
    lines = [f"{name.upper()}: Hablemos del agua." for name in people] + ["PREGUNTA: ¿Y el agua?"] * 2
    (tmp_path / "docs" / "2020-04-01.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert runner.invoke(main, ["index", str(tmp_path / "docs"), "--index", str(tmp_path / "ix")]).exit_code == 0
    out = runner.invoke(main, ["search", "agua", "--facets", "--index", str(tmp_path / "ix")]).output
    [speakers] = [line for line in out.splitlines() if line.startswith("Oradores: ")]
    assert speakers.count(" (1)") == 15 and speakers.endswith("; y 2 más")
    assert "Roles: Pregunta (2)" in out.splitlines()
