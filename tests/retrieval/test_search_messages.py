"""Messages that say what happened to the query, and only that (trial 3, finding 18)."""

import pytest

from search.retrieval.searching import search

STOP_WORD = "vacía"  # palabra vacía, palabras vacías


@pytest.mark.parametrize("query, said", [
    ("~", "«~» no sigue a ninguna palabra ni frase; se ignoró."),
    ("^2", "«^2» no sigue a ninguna palabra ni frase; se ignoró."),
    ("\\", "Una «\\» al final no escapa nada; se ignoró."),  # Lucene's escape, escaping nothing
    ("\\\\", "«\\» no tiene letras ni cifras que buscar; se ignoró."),  # an escaped backslash
    ("#", "«#» no tiene letras ni cifras que buscar; se ignoró."),
    ("\x00", "Escriba algo que buscar."),  # a control separates words: nothing is left
    ("¿?", "«¿?» no tiene letras ni cifras que buscar; se ignoró."),
])
def test_punctuation_alone_is_no_stop_word(seed, query, said):
    results = search(seed, query)
    assert said in results.messages
    assert not any(STOP_WORD in message for message in results.messages)


@pytest.mark.parametrize("query", ["de la", "el que"])
def test_stop_words_are_still_called_so(seed, query):
    assert any(STOP_WORD in message for message in search(seed, query).messages)


@pytest.mark.parametrize("query", ["fecha:2020-13 zzzzqx", "fecha:[2020-13 TO 2021] zzzzqx",
                                   "fecha:[hoy TO mañana] zzzzqx"])
def test_an_ignored_date_is_not_listed_among_the_filters_in_force(seed, query):
    results = search(seed, query)
    assert any("se ignoró" in message or "Se ignoró" in message for message in results.messages)
    assert not any("fecha:" in tip for tip in results.tips), results.tips


def test_a_date_in_force_is_listed(seed):
    assert any("fecha:1999" in tip for tip in search(seed, "zzzzqx fecha:1999").tips)

