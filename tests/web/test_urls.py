"""Addresses that are not UTF-8 get a Spanish 400 (page or JSON) naming what is wrong (web/urls.py).

They used to be read as text in silence: `q=Quer%E9taro` searched «Quer%E9taro» and found
nothing, `/doc/%E9` looked for a document «�». Every place of an address is covered: a
parameter's value and name, the path, on the page, the API, documents and similar pages.
"""

import html

import pytest

from web import create_app


@pytest.fixture(scope="module")
def client(seed_index):
    app = create_app({"INDEX_DIR": str(seed_index), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


# (address, what the message says)
NOT_UTF8 = [
    ("/?q=Quer%E9taro", "el parámetro «q» lleva «q=Quer%E9taro»"),
    ("/?q=Quer%E9taro", "si quería decir «q=Querétaro», es q=Quer%C3%A9taro"),
    ("/?q=China&orador=L%F3pez", "el parámetro «orador» lleva «orador=L%F3pez»"),
    ("/?q=China&desde=2020&hasta=%FF", "el parámetro «hasta»"),
    ("/?q=a+%E9+b", "es q=a%20%C3%A9%20b"),
    ("/?q=%C3", "el parámetro «q» lleva «q=%C3»"),  # a UTF-8 sequence cut short
    ("/?q=%ED%A0%80", "el parámetro «q»"),  # a surrogate written in UTF-8: no UTF-8
    ("/?q%E9=China", "un nombre de parámetro lleva «q%E9=China»"),
    ("/doc/a%F1o.txt", "la ruta lleva «/doc/a%F1o.txt»"),
    ("/doc/a%F1o.txt", "es /doc/a%C3%B1o.txt"),
    ("/similar/a%F1o.txt%231", "la ruta lleva «/similar/a%F1o.txt%231»"),
    ("/%FF", "la ruta lleva «/%FF»"),
    ("/api/search?q=Quer%E9taro", "si quería decir «q=Querétaro», es q=Quer%C3%A9taro"),
    ("/api/search?q=China&format=csv&orador=%E9", "el parámetro «orador»"),
    ("/api/doc/a%F1o.txt", "la ruta lleva «/api/doc/a%F1o.txt»"),
    ("/api/%FF", "la ruta lleva «/api/%FF»"),
]


@pytest.mark.parametrize("address, said", NOT_UTF8, ids=[row[0] for row in NOT_UTF8])
def test_an_address_that_is_not_utf8_gets_a_spanish_400(client, address, said):
    response = client.get(address)
    assert response.status_code == 400
    if address.startswith("/api/"):
        body = response.get_json()
        assert body["status"] == 400 and said in body["error"]
        assert body["error"].startswith("La dirección no está escrita en UTF-8")
    else:
        page = html.unescape(response.get_data(as_text=True))
        assert response.content_type == "text/html; charset=utf-8"
        assert said in page and "Volver a la búsqueda" in page


# A `%` that starts no escape is a character, as browsers and Werkzeug read it; UTF-8 is UTF-8.
@pytest.mark.parametrize("address, query", [
    ("/api/search?q=100%", "100%"),
    ("/api/search?q=%ZZ", "%ZZ"),
    ("/api/search?q=Quer%C3%A9taro", "Querétaro"),
    ("/api/search?q=a+b", "a b"),
    ("/api/search?q=%F0%9F%98%80+China", "😀 China"),
])
def test_what_is_utf8_or_no_escape_is_searched(client, address, query):
    response = client.get(address)
    assert response.status_code == 200
    assert response.get_json()["query"] == query
