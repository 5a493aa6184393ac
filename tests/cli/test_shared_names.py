"""`show` and `similar` of a name that two files share (retrieval/browse.full_name): the files'
documents are indexed with their file's or folder's name in front, and the name people
know, the tail, lists them; the tail of one document's name shows it."""

import json

import pytest
from click.testing import CliRunner

from search.cli import main
from search.errors import RecordNotFound
from search.retrieval import browse
from search.retrieval.reader import open_index


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory):
    root = tmp_path_factory.mktemp("shared")
    for folder, feed in (("a", "f1.jsonl"), ("b", "f2.jsonl")):
        (root / folder / "sub").mkdir(parents=True)
        (root / folder / feed).write_text("".join(json.dumps(
            {"id": f"{feed}-{n}", "doc": "rueda-1", "text": f"Párrafo {n} de la rueda de prensa de {feed}."}) + "\n"
            for n in (1, 2)))
        (root / folder / "1.txt").write_text(f"Nota de la carpeta {folder}.\n\nSegundo párrafo de {folder}.\n")
    (root / "a" / "sub" / "unico.txt").write_text("Un informe sobre el cacao.\n\nOtro párrafo sobre el café.\n")
    result = CliRunner().invoke(main, ["index", str(root / "a"), str(root / "b"), "--index", str(root / "ix")])
    assert result.exit_code == 0, result.output
    return root / "ix"


def show(index_dir, *args):
    return CliRunner().invoke(main, ["show", *args, "--index", str(index_dir)])


@pytest.mark.parametrize("target, names", [
    ("rueda-1", ["«f1.jsonl/rueda-1»", "«f2.jsonl/rueda-1»"]),
    ("rueda-1#2", ["«f1.jsonl/rueda-1#2»", "«f2.jsonl/rueda-1#2»"]),
    ("1.txt", ["«a/1.txt»", "«b/1.txt»"]),
    ("1.txt#1", ["«a/1.txt#1»", "«b/1.txt#1»"]),
])
def test_a_name_several_files_share_lists_their_documents(shared_index, target, names):
    result = show(shared_index, target)
    assert result.exit_code == 1
    assert f"«{target}» no es el nombre de un documento del índice" in result.output
    assert f"de 2 documentos ({', '.join(names)})" in result.output
    assert f"«doc:{target.partition('#')[0]}» busca en todos" in result.output
    assert "No hay ningún" not in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("target, shown", [
    ("f1.jsonl/rueda-1", ["f1.jsonl-1", "f1.jsonl-2"]),
    ("f2.jsonl/rueda-1#2", ["f2.jsonl-2"]),
    ("b/1.txt", ["b/1.txt#1", "b/1.txt#2"]),
    ("unico.txt", ["sub/unico.txt#1", "sub/unico.txt#2"]),  # the tail of one document: that one
    ("unico", ["sub/unico.txt#1", "sub/unico.txt#2"]),  # as doc:unico finds it
    ("unico.txt#2", ["sub/unico.txt#2"]),
])
def test_a_whole_name_or_the_tail_of_one_shows_it(shared_index, target, shown):
    result = show(shared_index, target, "--json")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == shown


@pytest.mark.parametrize("target, said", [
    ("rueda-2", "No hay ningún párrafo ni documento «rueda-2»"),
    ("unico.txt#3", "No hay ningún párrafo «sub/unico.txt#3»: el documento «sub/unico.txt» tiene 2 párrafos"),
])
def test_a_name_no_document_has_is_still_said(shared_index, target, said):
    result = show(shared_index, target)
    assert result.exit_code == 1 and said in result.output


def test_similar_and_the_library_read_names_as_show_does(shared_index):
    result = CliRunner().invoke(main, ["similar", "rueda-1#1", "--index", str(shared_index)])
    assert result.exit_code == 1 and "«f1.jsonl/rueda-1#1», «f2.jsonl/rueda-1#1»" in result.output
    result = CliRunner().invoke(main, ["similar", "unico.txt#1", "--index", str(shared_index), "--json"])
    assert result.exit_code == 0, result.output
    with open_index(shared_index) as index:
        assert [record.id for record in browse.document(index, "unico.txt")] == ["sub/unico.txt#1",
                                                                                "sub/unico.txt#2"]
        with pytest.raises(RecordNotFound, match="«f1.jsonl/rueda-1», «f2.jsonl/rueda-1»"):
            browse.document(index, "rueda-1")
        with pytest.raises(RecordNotFound, match="No hay ningún documento «nada.txt»"):
            browse.document(index, "nada.txt")


def test_many_documents_of_one_name_are_counted_past_the_first_few(shared_index, monkeypatch):
    monkeypatch.setattr(browse, "SIMILAR_NAMES_SHOWN", 1)
    with open_index(shared_index) as index, pytest.raises(RecordNotFound) as raised:
        browse.document(index, "rueda-1")
    assert "de 2 documentos («f1.jsonl/rueda-1» y 1 más)" in str(raised.value)
