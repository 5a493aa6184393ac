"""Tests for search.retrieval.tips: what to try when nothing matched."""

import pytest

from search.query.parser import parse
from search.retrieval.tips import clauses, excluded_stems, field_filter, tips
from search.text.analysis import terms_of
from tests.conftest import build_texts_index

NO_FILTERS = (None, None, None)
SPELLING = "Pruebe con otra forma de escribir las palabras, o con un sinónimo."
FEWER = "Pruebe con menos palabras, o con palabras más generales."
QUOTED_WORD = "Pruebe sin comillas: entre comillas se busca la palabra tal cual, no sus otras formas."
QUOTES = "Pruebe sin comillas: entre comillas se buscan las palabras tal cual, juntas y en ese orden."


@pytest.mark.parametrize("text, filters, suggestion, expected", [
    ("zzqxw", NO_FILTERS, None, [SPELLING]),
    ("zzqxw", NO_FILTERS, "zzz", []),  # a suggestion already says how to write it
    ("zzqxw wwkkq", NO_FILTERS, None, [FEWER, SPELLING]),
    ('"Rusia China"', NO_FILTERS, None, [QUOTES, SPELLING]),
    ('"Rusia China" acuerdo', NO_FILTERS, "x", [QUOTES, FEWER]),
    ('"vacunaciones"', NO_FILTERS, None, [QUOTED_WORD, SPELLING]),  # one word in quotes: its form typed
    ('"vacunaciones" =masivas', NO_FILTERS, None, [QUOTED_WORD, FEWER, SPELLING]),
    ('"vacunaciones masivas" =ya', NO_FILTERS, None, [QUOTES, FEWER, SPELLING]),
    ("zzqxw -china", NO_FILTERS, None, [SPELLING]),  # an exclusion is not one more word
    # trial 14: stop words alone are said by the search; fewer words or another spelling won't help
    ("de la", NO_FILTERS, None, []),
    ("De La", NO_FILTERS, None, []),
    ("zzqxw de la", NO_FILTERS, None, [SPELLING]),
    ("el zzqxw y wwkkq", NO_FILTERS, None, [FEWER, SPELLING]),
    ("de*", NO_FILTERS, None, [SPELLING]),  # a prefix is no stop word
    ("garrote", ("Lavrov", "2021", None), None,
     [SPELLING, "Filtros en uso: orador «Lavrov», desde «2021»; quítelos para buscar en todo "
                "el índice."]),
    ("garrote", (None, None, "2019-05"), None,
     [SPELLING, "Filtros en uso: hasta «2019-05»; quítelos para buscar en todo el índice."]),
    ("", ("Lavrov", None, None), None,  # filters alone: no words to write otherwise
     ["Filtros en uso: orador «Lavrov»; quítelos para buscar en todo el índice."]),
    ("garrote orador:Putin fecha:2021-03", NO_FILTERS, None,
     [SPELLING, "Filtros en uso: orador:Putin, fecha:2021-03; quítelos para buscar en todo el "
                "índice."]),
    ("garrote " + "orador:Putin " * 60, NO_FILTERS, None,  # each filter once (trial 13: 60 times)
     [SPELLING, "Filtros en uso: orador:Putin; quítelos para buscar en todo el índice."]),
    ('garrote titulo:"Cumbre de Madrid"', NO_FILTERS, None,
     [SPELLING, 'Filtros en uso: titulo:"Cumbre de Madrid"; quítelos para buscar en todo el '
                'índice.']),
])
def test_tips(text, filters, suggestion, expected):
    assert tips(parse(text), filters, suggestion) == expected


@pytest.mark.parametrize("text, expected", [
    ("orador:Lavrov", "orador:Lavrov"),
    ('orador:"Sergey Lavrov"', 'orador:"Sergey Lavrov"'),
    ("fecha:2020-12", "fecha:2020-12"),
    ("doc:nota.txt", "doc:nota.txt"),
    ("titulo:cumbre", "titulo:cumbre"),
    ("cumbre", None),
    # trial 19: a prefix lost its `*` (`orador:Pena*` said «Filtros en uso: orador:Pena»)
    ("orador:Pen*", "orador:Pen*"),
    ("titulo:cumbr*", "titulo:cumbr*"),
    ("doc:2020-06*", "doc:2020-06*"),
    ("titulo:cumbr?", "titulo:cumbr?"),
])
def test_field_filter_writes_a_clause_as_typed(text, expected):
    [clause] = list(clauses(parse(text).root))
    assert field_filter(clause) == expected


def test_clauses_skip_what_is_negated():
    found = [getattr(clause, "text", None) for clause in clauses(parse("china (rusia OR paz) -guerra").root)]
    assert found == ["china", "rusia", "paz"]


@pytest.mark.parametrize("text, speaker, offered", [
    # Quoted, a part of a name is a phrase in it (trial 12): in another order, it is not
    ('Putin orador:"Lavrov"', None, "«Lavrov» es Sergey Lavrov, pero no habla en ningún párrafo"),
    ('China orador:"Lavrov Sergey"', None, "contiene «Lavrov Sergey»: Sergey Lavrov. Entre comillas"),
    ('Putin orador:"Lavrof"', None, "«Lavrof» es Sergey Lavrov, pero"),  # its typo, as the filter read it
    ("garrote", "Nadie", "Ningún orador del índice se llama «Nadie»"),
    # The name matched: the rest excluded every paragraph (the trial's `orador:Alomía --from`)
    ("Putin orador:Lavrov", None, "«Lavrov» es Sergey Lavrov, pero no habla en ningún párrafo que cumpla lo demás"),
    ("garrote fecha:2019", "Lavrov", "«Lavrov» es Sergey Lavrov, pero no habla en ningún párrafo que cumpla lo demás"),
])
def test_a_speaker_filter_that_finds_nothing_offers_the_names_that_hold_it(seed, text, speaker,
                                                                           offered):
    from search.retrieval.searching import search

    results = search(seed, text, speaker=speaker)
    assert results.total == 0
    assert any(offered in tip for tip in results.tips), results.tips


@pytest.mark.parametrize("typed", ["fecha:2020-12", "fecha:2020-13", "fecha:[2020 TO", "fecha:[2020 TO 2021]",
                                   "fecha:2021-02-30", "fecha:[2021 TO 2020]", "fecha:{2020 TO *]", "fecha:pronto"])
def test_a_date_is_a_filter_in_force_when_the_query_uses_it(typed):
    # One check (query/dates.clause_span): a date the query ignored, saying so, is no filter the
    # advice can tell the user to remove.
    from search.query.dates import clause_query

    [clause] = list(clauses(parse(typed).root))
    messages = []
    used = clause_query(clause, messages) is not None
    assert (field_filter(clause) is not None) == used, messages


@pytest.mark.parametrize("text, date_from, said", [
    ("China fecha:2020 fecha:2021", None, "Las fechas «fecha:2020» y «fecha:2021» no comparten ningún día"),
    ("China fecha:>2020-12-22 fecha:<2020-12-23", None, "«fecha:>2020-12-22» y «fecha:<2020-12-23» no comparten"),
    ("China fecha:2019", "2021", "Las fechas desde «2021» y «fecha:2019» no comparten ningún día"),
    ("China fecha:2019 O fecha:2021", None, None),  # either may hold
    ("China fecha:2019", None, None),  # one date: nothing to compare
    ("China fecha:2019 fecha:2018..2021", None, None),  # they overlap
])
def test_dates_that_share_no_day_are_said(seed, text, date_from, said):
    from search.retrieval.searching import search

    results = search(seed, text, date_from=date_from)
    assert results.total == 0
    disjoint = [tip for tip in results.tips if "no comparten ningún día" in tip]
    assert (disjoint == []) if said is None else (said in disjoint[0]), results.tips


ROLES_DOCUMENTS = {
    "2020-06-01.txt": ["HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE PREVENCIÓN: Buenas noches. El cubrebocas sirve.",
                       "PREGUNTA: ¿Y la vacuna?",
                       "ANDRÉS MANUEL LÓPEZ OBRADOR, PRESIDENTE: La vacuna llegará en diciembre.",
                       "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE PREVENCIÓN: Así es."],
}


@pytest.fixture(scope="module")
def roles_index(tmp_path_factory):
    from search.retrieval.reader import open_index

    texts = {name: "\n\n".join(paragraphs) + "\n" for name, paragraphs in ROLES_DOCUMENTS.items()}
    with open_index(build_texts_index(tmp_path_factory, "roles", texts)) as index:
        yield index


@pytest.mark.parametrize("text, offered", [
    # trial 18: the filter read the name as a role, a typo or initials, and the tip said no one had it
    ("orador:subsecretario garrote", "«subsecretario» es Hugo López-Gatell Ramírez, pero no habla"),
    ("orador:subsecretario fecha:2021", "«subsecretario» es Hugo López-Gatell Ramírez, pero no habla"),
    ("orador:AMLO cubrebocas", "«AMLO» es Andrés Manuel López Obrador, pero no habla"),
    ("orador:Gatel diciembre", "«Gatel» es Hugo López-Gatell Ramírez, pero no habla"),
    ("orador:presidente cubrebocas", "«presidente» es Andrés Manuel López Obrador, pero no habla"),
    # negatives: a name nobody has, read as nothing, is still said so
    ("orador:Zuckerberg vacuna", "Ningún orador del índice se llama «Zuckerberg»"),
    ("orador:tesorero vacuna", "Ningún orador del índice se llama «tesorero»"),
])
def test_a_speaker_filter_read_as_a_role_typo_or_initials_names_whom_it_found(roles_index, text, offered):
    from search.retrieval.searching import search

    results = search(roles_index, text)
    assert results.total == 0
    assert any(offered in tip for tip in results.tips), results.tips
    assert not any("Ningún orador del índice" in tip for tip in results.tips) or "Ningún" in offered


# review33: an exclusion was said to contradict a word searched wherever the two stood; only what every match
# must have, and must lack (the AND chain), can't be both
@pytest.mark.parametrize("text, excluded", [
    ("vacuna -vacunas", [("vacunas", "vacuna")]),
    ("-vacunas vacuna", [("vacunas", "vacuna")]),
    ("vacuna AND -vacunas", [("vacunas", "vacuna")]),
    ("(vacuna covid) -vacunas", [("vacunas", "vacuna")]),  # nested AND groups are one chain
    ("vacuna (covid -vacunas)", [("vacunas", "vacuna")]),
    ("vacuna -(vacunas)", [("vacunas", "vacuna")]),  # a group of one clause is that clause
    ("vacuna -(vacunas OR pfizer)", [("vacunas", "vacuna")]),  # -(a OR b) is -a -b
    ("vacuna -(-(-vacunas))", [("vacunas", "vacuna")]),
    ("vacuna -vacunas -vacunados", [("vacunas", "vacuna"), ("vacunados", "vacuna")]),
    ("vacuna -(vacunas pfizer)", []),  # a paragraph with `vacuna` and no `pfizer` matches
    ("vacuna OR -vacunas", []),
    ("(vacuna OR covid) -vacunas", []),  # `covid` alone matches
    ("vacuna -(-vacunas)", []),  # both required
    ("vacuna -pfizer", []),  # another stem
    ("titulo:vacuna -vacunas", []),  # a title's word is not the text's
])
def test_an_exclusion_is_a_cause_only_of_a_word_every_match_needs(seed_searcher, text, excluded):
    analyzer = seed_searcher.schema["text"].analyzer
    found = excluded_stems(parse(text), lambda word: list(terms_of(analyzer, word)))
    assert found == [f"«-{word}» excluye todas las formas de su raíz, también «{searched}», que se buscaba: "
                     f"ningún párrafo puede tenerla y no tenerla. Quite «-{word}»." for word, searched in excluded]
