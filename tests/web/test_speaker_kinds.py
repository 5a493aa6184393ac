"""The page's speakers (/oradores, /api/oradores, the «Orador» facet) from a feed that writes one person two ways,
a generic label and a family tie (trial34 5 and 8), through Flask's test client on a real index."""

import json

import pytest

from search.storage.build import build_index
from web import create_app

RECORDS = [("Ximena Aguilera", "Las dosis llegan."), ("Aguilera, Ximena", "Más dosis."),
           ("Periodista", "¿Y las dosis?"), ("Padre de Nicolás Zepeda", "Sin dosis.")]


@pytest.fixture
def client(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "rueda.jsonl").write_text("".join(
        json.dumps({"id": f"r{number}", "doc": "rueda", "text": text, "speaker": speaker}, ensure_ascii=False) + "\n"
        for number, (speaker, text) in enumerate(RECORDS)), encoding="utf-8")
    build_index([tmp_path / "docs"], tmp_path / "ix")
    return create_app({"INDEX_DIR": str(tmp_path / "ix"), "TESTING": True}).test_client()


def test_the_speakers_api_lists_one_person_and_the_rest_as_roles(client):
    listed = {row["speaker"]: (row["paragraphs"], row["kind"]) for row in client.get("/api/oradores").get_json()}
    assert listed == {"Ximena Aguilera": (2, "person"), "Reportero": (1, "role"),
                      "Padre de Nicolás Zepeda": (1, "role")}


@pytest.mark.parametrize("name, person", [
    ("Ximena Aguilera", True), ("Reportero", False), ("Padre de Nicolás Zepeda", False)])
def test_the_speakers_page_shows_each_in_its_section(client, name, person):
    page = client.get("/oradores").get_data(as_text=True)
    roles = page.index("Roles y etiquetas genéricas")
    assert (name in page[:roles]) is person and (name in page[roles:]) is not person
    assert "Aguilera, Ximena" not in page and "Periodista" not in page
