"""Fields (query/fields.py) as Elasticsearch and Lucene users type them: a field given by a
pattern (`*:salud`, `tit*:salud`), the match-all `*:*`, a pattern of document names
(`doc:*eda-1`) and wildcards inside quotes. Each searches what it can, and says what it did."""

import json

import pytest
from click.testing import CliRunner

from search.cli import main
from search.query.parser import Everything, Phrase, Word, parse
from search.retrieval.reader import open_index
from search.retrieval.searching import search

ANY_FIELD = ("se ignoró (un campo no lleva comodines; una palabra sin campo ya busca en el texto y el "
             "título); se buscó")


@pytest.mark.parametrize("typed, clause, said", [
    ("*:salud", Word("salud"), f"«*:» {ANY_FIELD} «salud»."),
    ("tit*:salud", Word("salud"), f"«tit*:» {ANY_FIELD} «salud»."),
    ("ti?ulo:salud", Word("salud"), f"«ti?ulo:» {ANY_FIELD} «salud»."),
    ("*: salud", Word("salud"), f"«*:» {ANY_FIELD} «salud»."),
    ("*:sal*", Word("sal", prefix=True), f"«*:» {ANY_FIELD} «sal*»."),
    ('*:"salud pública"', Phrase("salud pública"), f"«*:» {ANY_FIELD} «\"salud pública\"»."),
    ("*:*", Everything("*:*"), None),  # said by the builder, which sees what goes with it
    ("tit*:*", Everything("tit*:*"), None),
    ("*:", None, "«*:» sin valor se ignoró."),
])
def test_a_field_given_by_a_pattern_is_every_field(typed, clause, said):
    parsed = parse(typed)
    assert parsed.root.clauses == ([clause] if clause else [])
    assert parsed.messages == ([said] if said else [])


@pytest.mark.parametrize("typed, said", [
    ('"sal?d pública"', True),
    ('"vacun* rusa"', True),
    ('titulo:"sal?d"', True),
    ('"¿cuántos casos hay?"', False),  # a question's mark, not a wildcard
    ('"salud pública"', False),
])
def test_a_wildcard_inside_quotes_is_said_to_be_a_character(typed, said):
    message = (f"«{typed.partition(':')[2] or typed}»: entre comillas «*» y «?» no son comodines (una frase "
               "busca sus palabras tal cual); sin comillas sí lo son.")
    assert (message in parse(typed).messages) is said


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("lucene")
    for folder, feed in (("a", "f1.jsonl"), ("b", "f2.jsonl")):
        (root / folder).mkdir()
        (root / folder / feed).write_text(json.dumps(
            {"id": f"{feed}-1", "doc": "rueda-1", "text": f"La rueda de prensa de {feed} sobre la vacuna."}) + "\n")
    (root / "a" / "rueda-10.txt").write_text("Una nota sobre la salud pública en el país.\n")
    (root / "a" / "nota.txt").write_text("Otra nota sobre salud y educación.\n")
    result = CliRunner().invoke(main, ["index", str(root / "a"), str(root / "b"), "--index", str(root / "ix")])
    assert result.exit_code == 0, result.output
    return root / "ix"


@pytest.mark.parametrize("typed, ids, said", [
    ("*:salud", {"rueda-10.txt#1", "nota.txt#1"}, f"«*:» {ANY_FIELD} «salud»."),
    ("tit*:salud", {"rueda-10.txt#1", "nota.txt#1"}, f"«tit*:» {ANY_FIELD} «salud»."),
    ("*:*", {"f1.jsonl-1", "f2.jsonl-1", "rueda-10.txt#1", "nota.txt#1"},
     "«*:*» busca todo: se muestran todos los párrafos, los más recientes primero."),
    ("*:* -salud", {"f1.jsonl-1", "f2.jsonl-1"},
     "La búsqueda solo excluía palabras: se muestran todos los párrafos sin ellas, los más recientes primero."),
    ("vacuna *:*", {"f1.jsonl-1", "f2.jsonl-1"}, "«*:*» junto a otras palabras no cambia nada; se ignoró."),
    ("doc:*eda-1", {"f1.jsonl-1", "f2.jsonl-1"},
     "«doc:*eda-1» buscó en 2 documentos cuyo nombre responde al patrón: f1.jsonl/rueda-1, f2.jsonl/rueda-1."),
    ("doc:r?eda-10", {"rueda-10.txt#1"},
     "«doc:r?eda-10» buscó en 1 documento cuyo nombre responde al patrón: rueda-10.txt."),
    ("doc:*ta.txt", {"nota.txt#1"},
     "«doc:*ta.txt» buscó en 1 documento cuyo nombre responde al patrón: nota.txt."),
    ("doc:*zzz9", set(), "Ningún documento del índice responde al patrón «doc:*zzz9»."),
    ('"sal?d pública"', set(), '«"sal?d pública"»: entre comillas «*» y «?» no son comodines'),
])
def test_the_forms_search_what_they_say(index_dir, typed, ids, said):
    with open_index(index_dir) as index:
        results = search(index, typed, limit=50)
    assert {hit.id for hit in results.hits} == ids and results.total == len(ids)
    assert any(message.startswith(said) for message in results.messages), results.messages
    shown = CliRunner().invoke(main, ["search", "--index", str(index_dir), "--limit", "50", "--", typed])
    assert shown.exit_code == 0 and said in shown.output and "Traceback" not in shown.output
    assert all(identifier.rpartition("#")[0] in shown.output or identifier in shown.output for identifier in ids)


EXCLUDED = "no deja ningún párrafo; se ignoró."


@pytest.mark.parametrize("typed, ids", [
    ("NOT *:*", set()),
    ("-*:*", set()),
    ("NOT (*:*)", set()),
    ("salud -*:*", {"rueda-10.txt#1", "nota.txt#1"}),
    ("salud NOT tit*:*", {"rueda-10.txt#1", "nota.txt#1"}),
    ("-salud -(*:*)", {"f1.jsonl-1", "f2.jsonl-1"}),
])
def test_excluding_everything_is_said_and_ignored(index_dir, typed, ids):
    # It left no paragraph, and said «se muestran todos los párrafos sin ellas» over none,
    # or suggested other spellings for `salud` (trial 15)
    with open_index(index_dir) as index:
        results = search(index, typed, limit=50)
    assert {hit.id for hit in results.hits} == ids and results.total == len(ids)
    written = typed.split("NOT ")[-1].split("-")[-1].strip("()")
    assert f"Excluir «{written}» {EXCLUDED}" in results.messages, results.messages
    assert not results.tips
    if not ids:
        assert not [message for message in results.messages if "se muestran todos" in message]


def test_match_all_lists_the_newest_first(index_dir):
    with open_index(index_dir) as index:
        results = search(index, "*:*", limit=50)
    dates = [hit.date or "" for hit in results.hits]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("typed, said", [
    ("*:*", "«*:*» busca todo"),
    ("tit*:salud", "«tit*:» se ignoró"),
    ("doc:*eda-1", "buscó en 2 documentos cuyo nombre responde al patrón"),
])
def test_the_search_page_says_it_too(index_dir, typed, said):
    from web import create_app

    client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
    page = client.get("/", query_string={"q": typed})
    assert page.status_code == 200 and said in page.get_data(as_text=True)
