"""A headline a file names apart from its text (front matter, a `# heading`, a feed's `title`) plays the part
a plain text's first line plays in finding who speaks (trial35, finding 2)."""

import json

import pytest

from search.ingest.formats import read_path
from search.ingest.headlines import headline_of, record_headline, usable
from search.ingest.paragraphs import document_records
from search.records import Document

# (headline, body, the body's speakers): a role or a verb with no subject in the body is the headline's person
ARTICLES = [
    ("Robles avisa de que la flota «no zarpará sin garantías»",
     "La ministra de Defensa sostiene que «ningún buque saldrá hasta que haya un acuerdo»", ["Robles"]),
    ("Ortuzar exige al Gobierno «respeto» al autogobierno vasco",
     "«No vamos a aceptar recortes», insiste el presidente del PNV, que pide «lealtad»", ["Ortuzar"]),
    ("Puente promete trenes nuevos para Extremadura antes del verano",
     "El titular de Transportes asegura que «los plazos se cumplirán»", ["Puente"]),
]


def _write(tmp_path, form, headline, body):
    """Write the article in one format; return its path."""
    if form == "txt":
        path = tmp_path / "nota.txt"
        path.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    elif form == "front-matter":
        path = tmp_path / "nota.md"
        path.write_text(f"---\ntitle: {json.dumps(headline, ensure_ascii=False)}\n---\n\n{body}\n", encoding="utf-8")
    elif form == "toml":
        path = tmp_path / "nota.md"
        path.write_text(f"+++\ntitle = {json.dumps(headline, ensure_ascii=False)}\n+++\n\n{body}\n", encoding="utf-8")
    elif form == "heading":
        path = tmp_path / "nota.md"
        path.write_text(f"# {headline}\n\n{body}\n", encoding="utf-8")
    elif form == "jsonl":  # a standalone record: no `doc`
        path = tmp_path / "notas.jsonl"
        path.write_text(json.dumps({"id": "n1", "title": headline, "text": body}, ensure_ascii=False) + "\n",
                        encoding="utf-8")
    elif form == "jsonl-doc":  # a document's paragraphs, its title on its first record
        path = tmp_path / "notas.jsonl"
        rows = [{"id": "n1", "doc": "nota", "title": headline, "text": body},
                {"id": "n2", "doc": "nota", "text": "La reunión se celebró en Madrid."}]
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    else:  # a JSON array
        path = tmp_path / "notas.jsonl"
        path.write_text(json.dumps([{"id": "n1", "title": headline, "text": body}], ensure_ascii=False),
                        encoding="utf-8")
    return path


def _body_speakers(path, body):
    """Return the speakers of the record holding `body`."""
    records = [record for document in read_path(path, path.parent, warn=lambda message: None)
               for record in document_records(document)[1]]
    return next(record.speakers for record in records if record.text == body)


@pytest.mark.parametrize("form", ["txt", "front-matter", "toml", "heading", "jsonl", "jsonl-doc", "json-array"])
@pytest.mark.parametrize("headline, body, expected", ARTICLES)
def test_the_body_finds_its_speaker_through_the_headline_in_every_format(tmp_path, form, headline, body,
                                                                         expected):
    assert _body_speakers(_write(tmp_path, form, headline, body), body) == expected


@pytest.mark.parametrize("form", ["front-matter", "heading", "jsonl"])
def test_a_headline_naming_no_one_gives_the_body_no_speaker(tmp_path, form):
    body = "El titular de Transportes asegura que «los plazos se cumplirán»"
    path = _write(tmp_path, form, "Nuevos trenes para Extremadura antes del verano", body)
    assert _body_speakers(path, body) == []


def test_each_standalone_record_reads_its_own_headline_not_anothers(tmp_path):
    rows = [{"id": "a", "title": "Robles avisa de que la flota «no zarpará sin garantías»",
             "text": "La ministra de Defensa sostiene que «ningún buque saldrá»"},
            {"id": "b", "title": "Cierra la temporada de esquí en Sierra Nevada",
             "text": "La ministra de Defensa sostiene que «ningún buque saldrá»"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    records = [record for document in read_path(path, tmp_path, warn=lambda message: None)
               for record in document_records(document)[1]]
    assert [record.speakers for record in records] == [["Robles"], []]


@pytest.mark.parametrize("title, first, expected", [
    ("Robles avisa", "La ministra sostiene…", "Robles avisa"),
    ("", "La ministra sostiene…", None),
    ("Robles avisa", "Robles  avisa", None),  # repeated as the first line: read once
    ("ROBLES AVISA", "Robles avisa", None),
    ("x " * 150, "La ministra sostiene…", None),  # a whole article in the field, no headline
])
def test_usable_headlines(title, first, expected):
    assert usable(title, first) == expected


def test_a_made_or_first_line_title_is_no_headline_apart():
    assert headline_of(Document("t.txt", "Titular", ["Titular", "Cuerpo."], title_is_first_line=True)) is None
    standalone = Document("f.jsonl", "A", ["Cuerpo."], titles=["A"], standalone=True)
    assert headline_of(standalone) is None and record_headline(standalone, 0) == "A"


@pytest.mark.parametrize("body, expected", [
    # a line that credits its own speaker keeps them alone: the description is theirs, not the headline's person's
    ("El seleccionador Néstor Ruiz dijo que «el titular lo decido yo», expresó el técnico", ["Néstor Ruiz"]),
    ("«Nadie sale sin permiso», afirmó la capitana Marta Gil", ["Marta Gil"]),
])
def test_a_line_with_its_own_speaker_takes_nothing_from_the_headline(tmp_path, body, expected):
    path = _write(tmp_path, "jsonl", "Robles avisa de que la flota «no zarpará sin garantías»", body)
    assert _body_speakers(path, body) == expected
