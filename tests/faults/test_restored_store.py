"""A record store restored or replaced under a running server is read again, as segments are;
one of another index is refused (search/storage/identity.py).

fix17: the server kept the connection it had opened on `records.sqlite`. A store replaced by
another file (`mv`, `rsync`, `cp --remove-destination`) was never read: the page showed the old
paragraphs; a damaged store restored from a backup (`cp -a`) kept its damage, and /healthz
its 503, until a restart (only the Whoosh files' change times were watched).
"""

import os
import shutil

import pytest

from search.storage.build import build_index
from tests.faults.damage import garbage_in_store_middle, store_of, write_corpus
from tests.faults.test_serving import assert_serving, assert_unavailable
from web import create_app

FIRST_LINE = "ornitorrinco platelminto"


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    """Return two corpora alike but for the first line of doc000.txt."""
    old = write_corpus(tmp_path_factory.mktemp("old-docs"), paragraphs=150)
    new = tmp_path_factory.mktemp("new-docs")
    shutil.copytree(old, new, dirs_exist_ok=True)
    text = (new / "doc000.txt").read_text(encoding="utf-8").split("\n", 1)
    (new / "doc000.txt").write_text(FIRST_LINE + "\n" + text[1], encoding="utf-8")
    return old, new


@pytest.fixture(params=[0, 64], ids=["uncached", "cached"])
def served(corpora, tmp_path, request):
    index_dir = tmp_path / "ix"
    build_index([corpora[0]], index_dir)
    app = create_app({"INDEX_DIR": str(index_dir), "CACHED_PAGES": request.param})
    yield index_dir, app
    app.extensions["hemeroteca"].close()


def other_store(corpora, tmp_path):
    """Return the record store of an index of the second corpus."""
    build_index([corpora[1]], tmp_path / "other")
    return store_of(tmp_path / "other")


def page_text(app, url):
    response = app.test_client().get(url)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return response.get_data(as_text=True)


@pytest.mark.parametrize("replace", [os.replace, shutil.copy2, shutil.copyfile],
                         ids=["renamed over it", "copied over it, times kept", "copied over it"])
def test_a_store_of_another_index_replaced_under_the_server_is_refused(served, corpora, tmp_path, replace):
    """fix18: another index's store put in (a wrong backup) was read again and served: its
    paragraphs and titles over this index's postings. Now it is read again and refused, with
    a 503 that says what is wrong and what to do; this index's own store put back is served."""
    index_dir, app = served
    assert FIRST_LINE not in page_text(app, "/doc/doc000.txt")
    app.extensions["hemeroteca"].warming.join()
    backup = tmp_path / "own.sqlite"
    shutil.copy2(store_of(index_dir), backup)
    replace(other_store(corpora, tmp_path), store_of(index_dir))
    assert_unavailable(app, index_dir, ["es de otro índice"])  # a visitor is told it is damaged, no path
    page = app.test_client().get("/doc/doc000.txt").get_data(as_text=True)
    assert FIRST_LINE not in page and "está dañado" in page
    said = app.test_client().get("/healthz").get_json()["error"]  # whoever runs it: the folder, the command
    assert f"{index_dir}: el índice está dañado: su almacén de párrafos records.sqlite es de otro índice" in said
    assert f"hemeroteca index {corpora[0]} --index {index_dir}" in said and str(corpora[1]) not in said
    replace(backup, store_of(index_dir))
    assert FIRST_LINE not in page_text(app, "/doc/doc000.txt")
    assert_serving(app)


def test_a_damaged_store_restored_from_a_backup_is_served_again(served):
    index_dir, app = served
    assert_serving(app)
    live = app.extensions["hemeroteca"]
    live.warming.join()
    backup = index_dir.parent / "backup"
    shutil.copytree((index_dir / "current").resolve(), backup, copy_function=shutil.copy2)
    garbage_in_store_middle(store_of(index_dir))
    assert "dañado" in live.diagnose()  # as a request that failed on it does: remembered
    assert app.test_client().get("/healthz").status_code == 503
    shutil.copy2(backup / store_of(index_dir).name, store_of(index_dir))
    assert_serving(app)
