"""A document's form: the same under any name, another when what it gives the index changes."""

import pytest

from search.ingest.paragraphs import document_records
from search.records import Document
from search.storage.forms import doc_term, form_digest


def form(name, paragraphs, path=None, **given):
    document = Document(name, paragraphs[0], list(paragraphs), path=path or f"/docs/{name}",
                        title_is_first_line=True, **given)
    when, records = document_records(document)
    return form_digest(document, records, when)


BASE = ["Informe del lunes", "El gobierno anunció medidas de salud.", "La ministra Ana Gil declaró que sí."]


@pytest.mark.parametrize("other, same", [
    (lambda: form("otra/carpeta/lunes.txt", BASE), True),  # moved and renamed
    (lambda: form("a.txt", BASE, path="/elsewhere/a.txt"), True),
    (lambda: form("a.txt", BASE[:2] + ["La ministra Ana Gil declaró que no."]), False),  # an edit
    (lambda: form("a.txt", BASE + ["Una línea más."]), False),
    (lambda: form("a.md", BASE), False),  # read as another format
    (lambda: form("a.txt", BASE, date="2021-01-01"), False),  # dated otherwise
    (lambda: form("2021-01-15.txt", BASE), False),  # a name that dates it
], ids=["moved", "another root", "edited", "longer", "suffix", "dated", "dated by its name"])
def test_a_form_is_the_same_under_another_name_only(other, same):
    assert (other() == form("a.txt", BASE)) == same


def test_an_id_made_from_the_name_follows_it_and_one_given_counts():
    named = [Document(name, "T", ["Texto uno."], path=f"/d/{name}", ids=[f"{name}#1"]) for name in ("a", "b")]
    given = [Document(name, "T", ["Texto uno."], path=f"/d/{name}", ids=["r-1"]) for name in ("a", "b")]
    forms = [form_digest(document, document_records(document)[1], None) for document in named + given]
    assert forms[0] == forms[1] and forms[2] == forms[3] and forms[0] != forms[2]


def test_a_documents_term_is_its_number():
    assert doc_term(42) == "42" and doc_term(42) != doc_term(420)
