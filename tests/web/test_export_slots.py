"""Downloads of every hit take one of a few slots from their search to their last byte:
20 at once once took a server from 230 MB to 1.1 GB. One more gets a 503 in Spanish that
asks to try again; a download ended, dropped or refused gives its slot back."""

import pytest

from web import create_app

EXPORT = "/api/search?q=China&format=csv"


@pytest.fixture
def one_slot(web_index):
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True, "EXPORT_SLOTS": 1, "EXPORT_QUEUE": 0})
    yield app
    app.extensions["hemeroteca"].close()


def test_a_download_past_the_slots_gets_a_503_until_one_ends(one_slot):
    client = one_slot.test_client()
    streaming = client.get(EXPORT, buffered=False)  # read no further: the client is slow
    assert streaming.status_code == 200
    refused = client.get(EXPORT)
    assert refused.status_code == 503 and refused.headers["Retry-After"] == "5"
    assert "otras descargas de resultados; vuelva a intentarlo" in refused.get_json()["error"]
    assert client.get("/api/search?q=China").status_code == 200  # searches go on
    next(iter(streaming.response))
    streaming.close()  # the client went away
    assert client.get(EXPORT).status_code == 200


@pytest.mark.parametrize("form", ["csv", "jsonl", "json"])
def test_every_download_read_to_its_end_gives_its_slot_back(one_slot, form):
    client = one_slot.test_client()
    for _ in range(3):
        response = client.get(f"/api/search?q=China&format={form}")
        assert response.status_code == 200 and "China" in response.get_data(as_text=True)


def test_a_refused_download_gives_its_slot_back(one_slot):
    client = one_slot.test_client()
    assert client.get("/api/search?q=China&format=csv&desde=0000").status_code == 400
    assert client.get(EXPORT).status_code == 200


def test_a_download_waits_for_a_slot_when_it_may(web_index):
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True, "EXPORT_SLOTS": 1, "EXPORT_QUEUE": 1,
                      "EXPORT_WAIT": 0.2})
    client = app.test_client()
    streaming = client.get(EXPORT, buffered=False)
    assert client.get(EXPORT).status_code == 503  # waited 0.2 s: none came free
    streaming.close()
    assert client.get(EXPORT).status_code == 200
    app.extensions["hemeroteca"].close()
