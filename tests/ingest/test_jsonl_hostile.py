"""Hostile JSON Lines: one record that can't be decoded, or is huge, costs that record only.

Each case is a line between two good records; the build, the update, `inspect` and
`watch` name the file and the line and index the rest.
"""

import json
import threading

import pytest

from search.cli import main
from search.ingest.formats import read_path
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.watch import watch
from tests.storage.test_watch import wait_for

GOOD_FIRST = '{"id": "a", "text": "registro bueno sobre el cacao"}'
GOOD_LAST = '{"id": "z", "text": "último registro sobre el café"}'

# (name, the bad line, what the aviso says, whether its record is indexed)
HOSTILE = [
    ("anidado_1000", '{"id": "n", "text": "hola", "meta": ' + "[" * 1000 + "]" * 1000 + "}",
     "JSON demasiado anidado", False),
    ("anidado_100000", '{"id": "n", "text": "hola", "meta": ' + "{\"a\":" * 100000 + "1" + "}" * 100000 + "}",
     "JSON demasiado anidado", False),
    ("array_anidado_en_text", '{"id": "n", "text": ' + "[" * 3000 + "]" * 3000 + "}",
     "JSON demasiado anidado", False),
    ("real_enorme", '{"id": "n", "text": "número enorme", "x": 1e999999}', "«1e999999»", True),
    ("real_enorme_negativo", '{"id": "n", "text": "número enorme", "x": -1e999999}', "«-1e999999»", True),
    ("entero_de_5000_cifras", '{"id": "n", "text": "entero largo", "x": ' + "9" * 5000 + "}",
     "que JSON no admite", True),
    ("nan", '{"id": "n", "text": "valor nan", "x": NaN}', "«NaN»", True),
    ("infinity_en_date", '{"id": "n", "text": "fecha infinita", "date": Infinity}', "«Infinity»", True),
    ("nan_como_texto", '{"id": "n", "text": NaN}', "no tiene «text»", False),
    ("sustituto_suelto", '{"id": "n", "text": "medio \\ud83d emoji"}', "medio carácter UTF-16", True),
    ("sustituto_en_el_id", '{"id": "n\\udc00", "text": "id con sustituto"}', "medio carácter UTF-16", True),
    ("sustituto_en_orador", '{"id": "n", "text": "orador roto", "speaker": "Ana \\ud800"}',
     "medio carácter UTF-16", True),
    ("escape_sin_terminar", '{"id": "n", "text": "mal \\x escapado"}', "no es JSON válido", False),
    ("linea_cortada", '{"id": "n", "text": "cortado a medi', "no es JSON válido", False),
]


def write(folder, bad, name="r.jsonl"):
    folder.mkdir(exist_ok=True)
    (folder / name).write_text("\n".join([GOOD_FIRST, bad, GOOD_LAST]) + "\n", encoding="utf-8",
                               errors="surrogatepass")
    return folder / name


def ids(runner, index):
    found = runner.invoke(main, ["search", "registro", "--index", str(index), "--json"])
    assert found.exit_code == 0, found.output
    return {hit["id"] for hit in json.loads(found.output)["hits"]}


@pytest.mark.parametrize("name, bad, said, kept", HOSTILE, ids=[case[0] for case in HOSTILE])
def test_a_hostile_record_is_named_and_the_rest_indexed(runner, tmp_path, name, bad, said, kept):
    path = write(tmp_path / "docs", bad)
    index = tmp_path / "ix"
    built = runner.invoke(main, ["index", str(tmp_path / "docs"), "--index", str(index)])
    assert built.exit_code == 0 and "Traceback" not in built.output, built.output
    assert f"{path}:2: " in built.output and said in built.output, built.output
    assert ids(runner, index) == {"a", "z"}
    with open_index(index) as opened:
        total = opened.store.counts()[1]
    assert total == (3 if kept else 2)
    inspected = runner.invoke(main, ["inspect", str(path)])
    assert inspected.exit_code == 0 and f"{path}:2: " in inspected.output, inspected.output
    assert "último registro sobre el café" in inspected.output


@pytest.mark.parametrize("name, bad, said, kept", HOSTILE[:3], ids=[case[0] for case in HOSTILE[:3]])
def test_update_names_a_hostile_record_and_indexes_the_rest(runner, tmp_path, name, bad, said, kept):
    docs, index = tmp_path / "docs", tmp_path / "ix"
    docs.mkdir()
    (docs / "ok.jsonl").write_text('{"id": "o", "text": "registro previo"}\n')
    assert runner.invoke(main, ["index", str(docs), "--index", str(index)]).exit_code == 0
    write(docs, bad, "nuevo.jsonl")
    updated = runner.invoke(main, ["update", str(docs), "--index", str(index)])
    assert updated.exit_code == 0 and "nuevo.jsonl:2: " in updated.output, updated.output
    assert said in updated.output and "1 añadido" in updated.output
    assert ids(runner, index) == {"o", "a", "z"}


def test_watch_survives_a_deeply_nested_record(tmp_path):
    docs, index, lines = tmp_path / "docs", tmp_path / "ix", []
    docs.mkdir()
    (docs / "ok.jsonl").write_text('{"id": "o", "text": "registro sobre el cacao"}\n')
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([docs], index),
                              kwargs={"stop": stop, "debounce": 0.3, "log": lines.append})
    thread.start()
    try:
        assert wait_for(lambda: len(lines) == 1)
        write(docs, HOSTILE[0][1], "hondo.jsonl")
        assert wait_for(lambda: any("añadido" in line for line in lines[1:]))
        (docs / "luego.txt").write_text("Después llegó el té.\n")
        assert wait_for(lambda: _total(index, "té") == 1)
        assert thread.is_alive()
        assert _total(index, "último") == 1
    finally:
        stop.set()
        thread.join(10)
    assert any("hondo.jsonl:2: se omitió: JSON demasiado anidado" in line for line in lines), lines


def _total(index, query):
    with open_index(index) as opened:
        return search(opened, query).total


def test_a_record_over_a_megabyte_is_cut_and_the_others_indexed(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    long_text = "transcripción larga sobre el café. " * 40000  # 1.4 MB: over MAX_LINE_BYTES
    (docs / "r.jsonl").write_text("\n".join([
        json.dumps({"id": "a", "text": "registro corto sobre el cacao"}),
        json.dumps({"id": "b", "text": long_text}),
        json.dumps({"id": "c", "text": "otro registro corto sobre el té"})]) + "\n")
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert built.exit_code == 0 and "no parece un documento" not in built.output, built.output
    assert f"{docs / 'r.jsonl'}:2: el texto de «b» tenía 1.399.999 caracteres" in built.output
    assert "se dividió en 2 párrafos" in built.output
    assert ids(runner, tmp_path / "ix") == {"a", "c"}
    found = runner.invoke(main, ["search", "transcripción", "--index", str(tmp_path / "ix"), "--json"])
    hits = json.loads(found.output)["hits"]
    assert {hit["id"] for hit in hits} == {"b", "b~2"}
    shown = runner.invoke(main, ["show", "b~2", "--index", str(tmp_path / "ix")])
    assert shown.exit_code == 0 and "transcripción larga" in shown.output


def test_a_record_over_a_megabyte_of_escapes_is_read_whole(runner, tmp_path):
    """ensure_ascii exports write each accent as six bytes: a line of 1.3 MB, a text of 800 k."""
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "canción " * 100000 + "final"
    (docs / "e.jsonl").write_text(json.dumps({"id": "e", "text": text}) + "\n" + GOOD_LAST + "\n")
    assert (docs / "e.jsonl").stat().st_size > 1 << 20
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert built.exit_code == 0 and "aviso" not in built.output, built.output
    found = runner.invoke(main, ["search", "final canción", "--index", str(tmp_path / "ix"), "--json"])
    assert [hit["id"] for hit in json.loads(found.output)["hits"]] == ["e"]


def test_a_text_line_over_a_megabyte_is_indexed_cut_at_sentence_ends(runner, tmp_path):
    """A .txt that is one line of 1.4 MB (a text exported with no line break) was skipped
    whole: it is indexed in paragraphs that end with a sentence, said, no word lost."""
    docs = tmp_path / "docs"
    docs.mkdir()
    sentences = [f"La frase {n} habla del café." for n in range(35000)]
    text = " ".join(sentences)
    (docs / "larga.txt").write_text(text)
    assert (docs / "larga.txt").stat().st_size > 1 << 20
    (docs / "bien.txt").write_text("Un texto corto.\n")
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert built.exit_code == 0 and "0 archivos omitidos" in built.output, built.output
    assert f"larga.txt: el párrafo 1 tenía {len(text):,} caracteres".replace(",", ".") in built.output
    assert "se dividió en 2 párrafos" in built.output
    assert _total(tmp_path / "ix", "café") == 2 and _total(tmp_path / "ix", "corto") == 1
    for n in (0, 34999):  # the first and the last sentence: nothing lost
        assert _total(tmp_path / "ix", f'"la frase {n} habla"') == 1
    [document] = read_path(docs / "larga.txt", docs, warn=lambda message: None)
    assert [paragraph.endswith("del café.") for paragraph in document.paragraphs] == [True, True]
    assert " ".join(document.paragraphs) == text


def test_a_byte_order_mark_between_records_is_dropped(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "unido.jsonl").write_bytes(b"\xef\xbb\xbf" + GOOD_FIRST.encode() + b"\n\xef\xbb\xbf"
                                       + GOOD_LAST.encode("utf-8") + b"\n")
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "ix")])
    assert built.exit_code == 0 and "aviso" not in built.output, built.output
    assert ids(runner, tmp_path / "ix") == {"a", "z"}


def test_eval_names_a_hostile_question_line(runner, tmp_path, seed_index):
    queries = tmp_path / "q.jsonl"
    queries.write_text("\n".join([
        '{"qid": 1, "question": "virus", "relevant": ["000_0ae4057f2a729d92.txt#1"]}',
        '{"qid": 2, "question": "x", "relevant": ' + "[" * 5000 + "]" * 5000 + "}",
        '{"qid": 3, "question": "y", "relevant": [' + "9" * 5000 + "]}"]) + "\n")
    result = runner.invoke(main, ["eval", str(queries), "--index", str(seed_index)])
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output
    assert f"{queries}:2: omitida: JSON demasiado anidado" in result.output


def test_bad_lines_are_counted_as_one_kind_whatever_their_column(tmp_path):
    from search.ingest.formats import read_path

    (tmp_path / "m.jsonl").write_text(GOOD_FIRST + "\n" + "\n".join(
        "{" + " " * spaces + "x" for spaces in range(5)) + "\n" + "[" * 3000 + "\n" + GOOD_LAST + "\n")
    warnings = []
    [document] = read_path(tmp_path / "m.jsonl", tmp_path, warn=warnings.append)
    assert document.ids == ["a", "z"]
    assert sum("se omitió: no es JSON válido (columna" in warning for warning in warnings) == 3
    assert any(warning.endswith("2 líneas más con el mismo problema: no es JSON válido") for warning in warnings)
    assert any(warning.endswith("m.jsonl:7: se omitió: JSON demasiado anidado") for warning in warnings)
