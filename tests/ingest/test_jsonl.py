"""Tests for search.ingest.jsonl: records read line by line, every problem named with its line."""

import json

import pytest

from search.ingest.formats import read_path
from search.ingest.jsonl import NAMED_PER_KIND, Problems, record_doc
from search.ingest.jsonl_documents import read_records
from tests.conftest import FIXTURES

INGEST = FIXTURES / "ingest"


def read(*lines, raw=None):
    """Return (documents, warnings) of a file of these JSON lines (objects, or raw text)."""
    text = raw if raw is not None else "\n".join(
        line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    warnings = []
    return read_records("notas.jsonl", "notas.jsonl", text, warnings.append), warnings


def one(*lines):
    (documents, warnings) = read(*lines)
    [document] = documents
    return document, warnings


def test_jsonl_bad_lines_are_reported_and_skipped(tmp_path):
    path = tmp_path / "mal.jsonl"
    path.write_text('{"id": "a", "text": "bien"}\nno es json\n{"id": "b"}\n', encoding="utf-8")
    warnings = []
    [document] = read_path(path, tmp_path, warn=warnings.append)
    assert document.paragraphs == ["bien"]
    assert len(warnings) == 2 and "mal.jsonl:2" in warnings[0] and "mal.jsonl:3" in warnings[1]


def test_jsonl_problems_are_reported_with_file_and_line():
    warnings = []
    [document] = read_path(INGEST / "teletipos_problemas.jsonl", INGEST, warn=warnings.append)
    said = "\n".join(warnings)
    assert document.ids == ["r1", "r2", "teletipos_problemas.jsonl#3", "r1~2", "r4", "r5", "r6",
                            "r7"]
    assert document.paragraphs[3] == "Otro texto con el mismo id."
    assert document.paragraphs[6] == "Línea con un separador Unicode dentro."  # U+2028 kept in
    assert document.dates == ["2020-12-22", None, None, None, "2020-12-22", None, None, "20201222"]
    assert document.speakers[5] == []
    for line, words in [(2, "ayer por la tarde"), (3, "«id»"), (4, "«r1~2»"),
                        (5, "repite el registro «r1» de la línea 1"), (6, "no es JSON"),
                        (7, "«text»"), (9, "oradores")]:
        assert any(w.startswith(f"{INGEST / 'teletipos_problemas.jsonl'}:{line}: ") and words in w
                   for w in warnings), (line, said)
    assert len(warnings) == 7


def test_a_json_array_in_a_jsonl_file_is_read_and_said(tmp_path):
    path = tmp_path / "array.jsonl"
    path.write_text('[\n {"id": "a", "text": "uno"},\n {"id": "b", "text": "dos"}\n]\n')
    warnings = []
    [document] = read_path(path, tmp_path, warn=warnings.append)
    assert document.ids == ["a", "b"] and "array JSON" in warnings[0]


def test_jsonl_problems_of_one_kind_are_counted_after_the_first_few(tmp_path):
    path = tmp_path / "sin_ids.jsonl"
    path.write_text("".join(f'{{"text": "párrafo {n}"}}\n' for n in range(10)))
    warnings = []
    read_path(path, tmp_path, warn=warnings.append)
    assert len(warnings) == 4 and "7 líneas más" in warnings[-1]


def test_an_empty_file_has_no_documents_and_no_warnings():
    assert read(raw="") == ([], [])
    assert read(raw="\n  \n\t\n") == ([], [])


@pytest.mark.parametrize("text, expected, said", [
    ("El  gobierno\n anunció\tmedidas. ", "El gobierno anunció medidas.", None),
    ("Línea\u2028con separador", "Línea con separador", None),
    # Every line break a JSON string may hold parts words, unsaid, as a newline does.
    ("Madrid\rBarcelona\r\nSevilla", "Madrid Barcelona Sevilla", None),
    ("Madrid\fBarcelona\x0bSevilla\x85Bilbao\x1eCádiz", "Madrid Barcelona Sevilla Bilbao Cádiz", None),
    ("Madrid\x07Barcelona", "Madrid Barcelona", "caracteres de control"),  # a control parts words
    # A text of another shape is indexed, and said: the feed may mean something else by it.
    (["La ministra", "habló de los", "alquileres."], "La ministra habló de los alquileres.",
     "su «text» es una lista de textos; se unieron"),
    (2021, "2021", "su «text» es un número (2021), no un texto"),
    (0, "0", "su «text» es un número (0)"),
    (-3.5, "-3.5", "su «text» es un número (-3.5)"),
])
def test_a_records_text_becomes_one_line(text, expected, said):
    document, warnings = one({"id": "a", "text": text})
    assert document.paragraphs == [expected]
    assert (warnings == [] if said is None
            else len(warnings) == 1 and warnings[0].startswith("notas.jsonl:1: ") and said in warnings[0])


@pytest.mark.parametrize("line, kind", [
    ('{"id": "a"}', "no tiene «text»"),
    ('{"id": "a", "text": null}', "no tiene «text»"),
    ('{"id": "a", "text": true}', "no tiene «text» (un texto): es true"),
    ('{"id": "a", "text": {"es": "hola"}}', "no tiene «text» (un texto): es un objeto JSON"),
    ('{"id": "a", "text": ["uno", 2]}', "no tiene «text» (un texto): es una lista con valores que no"),
    ('{"id": "a", "text": "   "}', "está vacío"),
    ('{"id": "a", "text": []}', "está vacío"),
    ('["id", "text"]', "no es un objeto JSON"),
    ('"texto suelto"', "no es un objeto JSON"),
    ("42", "no es un objeto JSON"),
    ('{"id": "a", "text": "sin cerrar"', "no es JSON"),
    ("{'id': 'a', 'text': 'comillas simples'}", "no es JSON"),
])
def test_a_line_without_usable_text_is_skipped_and_named(line, kind):
    document, warnings = one({"id": "z", "text": "bien"}, line)
    assert document.paragraphs == ["bien"]
    assert len(warnings) == 1 and warnings[0].startswith("notas.jsonl:2: ") and kind in warnings[0]


@pytest.mark.parametrize("value, expected, warned", [
    ("2020-12-22", "2020-12-22", False),
    ("22 de diciembre de 2020", "22 de diciembre de 2020", False),
    ("martes 22 dic. 2020", "martes 22 dic. 2020", False),
    (1608595200, "2020-12-22", False),  # a Unix time in seconds
    (1608595200.5, "2020-12-22", False),
    (1608595200000, "2020-12-22", False),  # in milliseconds
    ("", None, False),
    (None, None, False),
    ("ayer por la tarde", None, True),
    ("31 de febrero de 2020", None, True),
    (2020, None, True),  # a bare year is no date of a paragraph
    (-5, None, True),
    (True, None, True),
    ({"y": 2020}, None, True),
    ([2020, 12, 22], None, True),
    (99999999999999, None, True),  # milliseconds of the year 5138
    (99999999999, None, True),  # seconds of the year 5138
])
def test_a_records_date_is_kept_as_written_or_reported(value, expected, warned):
    document, warnings = one({"id": "a", "text": "x", "date": value})
    assert document.dates == [expected]
    assert bool(warnings) == warned
    assert not warned or "fecha" in warnings[0] and "(use 2020-12-22)" in warnings[0]


def test_an_unreadable_dates_message_quotes_at_most_forty_characters():
    document, [warning] = one({"id": "a", "text": "x", "date": "mañana " * 20})
    assert f"«{('mañana ' * 20)[:40]}»" in warning


@pytest.mark.parametrize("line, expected, warned", [
    ({"speaker": "António Guterres"}, ["António Guterres"], False),
    ({"speakers": ["Lavrov", " Wang  Yi "]}, ["Lavrov", "Wang Yi"], False),
    ({"speakers": ["Lavrov"], "speaker": "Wang Yi"}, ["Lavrov"], False),  # the list wins
    ({"speakers": ["", "  ", "Lavrov"]}, ["Lavrov"], False),
    ({"speakers": []}, [], False),
    ({"speaker": None}, [], False),
    ({"speakers": "Sergei  Lavrov"}, ["Sergei Lavrov"], False),
    ({"speakers": ["Lavrov", 7]}, ["Lavrov"], True),  # the names of a mixed list are kept
    ({"speakers": {"nombre": "Lavrov"}}, [], True),
    ({"speaker": 12}, [], True),
])
def test_a_records_speakers(line, expected, warned):
    document, warnings = one({"id": "a", "text": "x", **line})
    assert document.speakers == [expected]
    assert bool(warnings) == warned and (not warned or "oradores" in warnings[0])


@pytest.mark.parametrize("value, expected", [
    ("t-1", "t-1"), ("  t-1 ", "t-1"), (17, "17"), (0, "0"),
    (None, "notas.jsonl#1"), ("", "notas.jsonl#1"), ("   ", "notas.jsonl#1"),
    (True, "notas.jsonl#1"), (["a"], "notas.jsonl#1"), (1.5, "notas.jsonl#1"),
])
def test_a_records_id(value, expected):
    document, warnings = one({"id": value, "text": "x"})
    assert document.ids == [expected]
    assert bool(warnings) == expected.startswith("notas.jsonl#")


@pytest.mark.parametrize("field, value, stored", [
    ("id", "a\nb", "a b"), ("id", "nota\t7", "nota 7"), ("id", "a\r\nb", "a b"), ("id", "a  b", "a b"),
    ("doc", "rueda\nde prensa", "rueda de prensa"), ("doc", "rueda   1", "rueda 1"),
])
def test_an_id_or_doc_whose_spaces_changed_is_said_with_what_it_became(field, value, stored):
    document, warnings = one({"id": "x", "doc": "d", "text": "hola", field: value})
    assert (document.ids if field == "id" else [document.doc]) == [stored]
    assert len(warnings) == 1 and warnings[0].startswith("notas.jsonl:1: ")
    assert f"su «{field}» tenía saltos de línea" in warnings[0] and f"«{stored}»" in warnings[0]


@pytest.mark.parametrize("field", ["id", "doc"])
def test_an_id_or_doc_with_only_padding_is_stored_without_it_unsaid(field):
    document, warnings = one({"id": "x", "doc": "d", "text": "hola", field: "  a b \n"})
    assert (document.ids if field == "id" else [document.doc]) == ["a b"] and warnings == []


@pytest.mark.parametrize("value, said", [
    (None, "no tiene «id»"), ("", "no tiene «id»"),
    (["a"], "su «id» no es un texto ni un número"), ({"n": 1}, "su «id» no es un texto ni un número"),
    (True, "su «id» no es un texto ni un número"),
])
def test_a_missing_id_and_an_unreadable_one_are_told_apart(value, said):
    _, warnings = one({"id": value, "text": "x"})
    assert said in warnings[0]


@pytest.mark.parametrize("line, key", [({"speaker": 12}, "«speaker»"), ({"speakers": [7]}, "«speakers»")])
def test_unreadable_speakers_are_named_by_the_key_written(line, key):
    _, warnings = one({"id": "a", "text": "x", **line})
    assert key in warnings[0]


@pytest.mark.parametrize("title", [12, ["Cumbre"], {"es": "Cumbre"}])
def test_a_title_that_is_no_text_is_said_and_ignored(title):
    document, warnings = one({"id": "a", "text": "x", "title": title})
    assert any("se ignoró su «title»" in warning for warning in warnings)
    assert str(title) not in (document.title or "")


def test_made_up_ids_number_the_paragraphs_of_their_own_document():
    documents, _ = read({"text": "a"}, {"text": "b", "doc": "otro"}, {"text": "c"},
                        {"text": "d", "doc": "otro"})
    assert [d.ids for d in documents] == [["otro#1", "otro#2"], ["notas.jsonl#1", "notas.jsonl#2"]]


def test_a_repeated_id_gets_the_next_free_suffix():
    document, warnings = one({"id": "a", "text": "uno"}, {"id": "a", "text": "dos"},
                             {"id": "a~2", "text": "tres"}, {"id": "a", "text": "cuatro"})
    # "a~2" is given by the third record, so the second one's copy is "a~3": an id the file
    # gives is kept, and a made one never takes it (the file is surveyed first)
    assert document.ids == ["a", "a~3", "a~2", "a~4"]
    assert document.paragraphs == ["uno", "dos", "tres", "cuatro"]
    assert len(warnings) == 2 and "la línea 1" in warnings[0]


def test_a_repeated_record_is_skipped_once_however_its_text_is_spaced():
    document, [warning] = one({"id": "a", "text": "El  acuerdo."}, {"id": "a", "text": "El acuerdo. "})
    assert document.ids == ["a"] and "repite el registro «a» de la línea 1" in warning


def test_ids_are_unique_across_the_documents_of_a_file():
    documents, warnings = read({"id": "a", "text": "uno", "doc": "d1"},
                               {"id": "a", "text": "dos", "doc": "d2"})
    assert [d.ids for d in documents] == [["a"], ["a~2"]] and len(warnings) == 1


def test_records_are_grouped_by_doc_each_document_given_when_complete():
    documents, _ = read({"id": "1", "text": "a", "doc": "d2", "title": "Dos"},
                        {"id": "2", "text": "b"},
                        {"id": "3", "text": "c", "doc": "d2"},
                        {"id": "4", "text": "d", "doc": 7})
    assert [(d.doc, d.paragraphs, d.standalone) for d in documents] == [
        ("d2", ["a", "c"], False), ("7", ["d"], False), ("notas.jsonl", ["b"], True)]
    assert documents[0].title == "Dos" and documents[0].titles == ["Dos", ""]


@pytest.mark.parametrize("title, expected", [
    ("  Cumbre   en\nMadrid ", "Cumbre en Madrid"), (None, ""),  # a title that is no text: said, below
])
def test_a_records_title_is_one_line_of_text(title, expected):
    document, warnings = one({"id": "a", "text": "x", "title": title})
    assert document.titles == [expected] and document.title == expected and not warnings


def test_windows_line_ends_and_blank_lines_are_read():
    documents, warnings = read(raw='{"id": "a", "text": "uno"}\r\n\r\n{"id": "b", "text": "dos"}\r\n')
    assert documents[0].ids == ["a", "b"] and not warnings


def test_a_line_number_counts_blank_lines():
    _, [warning] = read(raw='{"id": "a", "text": "uno"}\n\n\nmal\n')
    assert warning.startswith("notas.jsonl:4: ")


def test_a_json_array_names_its_items_by_position():
    documents, warnings = read(raw='[{"id": "a", "text": "uno"}, "suelto", {"text": "tres"}]')
    assert documents[0].ids == ["a", "notas.jsonl#2"]
    assert "array JSON" in warnings[0] and "se leyeron 3 elementos" in warnings[0]
    assert any(w.startswith("notas.jsonl:#2: ") for w in warnings)
    assert any(w.startswith("notas.jsonl:#3: ") and "«id»" in w for w in warnings)


@pytest.mark.parametrize("raw, said", [
    ('[{"id": "a", "text": "uno"}]', "se leyó 1 elemento"),
    ("[]", "se leyeron 0 elementos"),
    ("[" + ", ".join(['{"text": "x"}'] * 1200) + "]", "se leyeron 1.200 elementos"),
])
def test_an_arrays_message_agrees_with_its_count(raw, said):
    _, warnings = read(raw=raw)
    assert warnings[0].endswith(said)


def test_a_broken_array_is_read_line_by_line():
    documents, warnings = read(raw='[\n{"id": "a", "text": "uno"}\n')
    assert documents[0].ids == ["a"]
    assert len(warnings) == 1 and warnings[0].startswith("notas.jsonl:1: ")


def test_each_kind_of_problem_is_counted_on_its_own():
    lines = [{"text": f"p{n}"} for n in range(NAMED_PER_KIND + 2)]  # no id
    lines += [{"id": f"x{n}", "text": "x", "date": "nunca"} for n in range(NAMED_PER_KIND + 1)]
    _, warnings = read(*lines)
    assert len(warnings) == 2 * NAMED_PER_KIND + 2
    assert "notas.jsonl: 2 líneas más con el mismo problema: sin id" in warnings
    assert "notas.jsonl: 1 línea más con el mismo problema: fecha ilegible" in warnings


@pytest.mark.parametrize("item, expected", [
    ({"doc": "rueda-1"}, "rueda-1"),
    ({"doc": "  rueda\t1 \n"}, "rueda 1"),  # one line, spaces squeezed: the name stored
    ({"doc": 7}, "7"),
    ({"doc": "a\x1b[31mb"}, "a b"),  # a terminal escape parts words, as a space
    ({"doc": ""}, ""), ({"doc": None}, ""), ({"doc": 0}, ""), ({"text": "sin doc"}, ""),
    (["no", "objeto"], ""),
])
def test_record_doc_is_the_name_every_reader_of_a_feed_gives_a_record(item, expected):
    # The build's two passes, the shared-name check and the append path all name a record's
    # document with record_doc: a name cleaned two ways would split one document in two.
    assert record_doc(item, 1, Problems("f.jsonl", lambda message: None)) == expected
