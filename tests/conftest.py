"""Shared fixtures: the project's seed, real indexes built in tmp_path, and a time budget spent on cue."""

import os
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from search import budget as budgets
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.store import RecordStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
OLD = 1_672_531_200_000_000_000  # 2023-01-01, ns: a time long before any scan
SEED = "000_0ae4057f2a729d92.txt"  # the founding document, in SEEDS
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TRANSCRIPTS = FIXTURES / "transcripts"  # two press briefings, in the covid19mx form, and a story


@pytest.fixture(scope="session")
def seed_index(tmp_path_factory):
    """Return the directory of an index built from seeds/."""
    index_dir = tmp_path_factory.mktemp("seed-index")
    build_index([SEEDS], index_dir)
    return index_dir


@pytest.fixture(scope="session")
def transcripts_index(tmp_path_factory):
    """Return the directory of an index built from tests/fixtures/transcripts."""
    index_dir = tmp_path_factory.mktemp("transcripts-index")
    build_index([TRANSCRIPTS], index_dir)
    return index_dir


@pytest.fixture
def seed(seed_index):
    """Yield the seed index, opened."""
    with open_index(seed_index, weighting()) as index:
        yield index


@pytest.fixture
def seed_searcher(seed):
    """Return the seed index's searcher."""
    return seed.searcher()


@pytest.fixture
def store(tmp_path):
    """Yield an empty writable record store in tmp_path."""
    store = RecordStore(tmp_path / "records.sqlite", writable=True)
    yield store
    store.close()


@pytest.fixture
def runner():
    """Return a click CliRunner."""
    return CliRunner()


@pytest.fixture
def corpus(tmp_path):
    """Return a small folder of documents in every format."""
    folder = tmp_path / "docs"
    (folder / "sub").mkdir(parents=True)
    (folder / "nota.txt").write_text(
        "Cumbre en Madrid\nEl gobierno anunció nuevas medidas económicas.\n"
        "Los gobiernos de la región celebraron el acuerdo.\n", encoding="utf-8")
    (folder / "sub" / "entrevista.md").write_text(
        "---\ntitle: Entrevista con la ministra\ndate: 2021-03-04\n---\n"
        "# Titular ignorado\n\nLa **ministra de vivienda** habló de los\nalquileres.\n\n"
        "![foto](foto.jpg) Los años de crisis.\n", encoding="utf-8")
    (folder / "teletipos.jsonl").write_text(
        '{"id": "t-1", "text": "La ONU pidió un alto el fuego.", "title": "ONU", '
        '"date": "2020-05-01", "speaker": "António Guterres"}\n'
        '{"id": "t-2", "text": "El año próximo habrá elecciones.", "doc": "otro"}\n',
        encoding="utf-8")
    return folder


class Countdown(budgets.Budget):
    """A search's time budget spent after a number of looks at the clock."""

    def __init__(self, looks):
        super().__init__()
        self.looks = looks

    def spent(self):
        self.looks -= 1
        return self.looks < 0


def budget_spent_after(monkeypatch, looks):
    """Give every search from now on a Countdown of `looks` as its time budget.

    Returns the list of the budgets given, one per search.
    """
    from search.retrieval import searching

    given = []

    @contextmanager
    def within(seconds):
        given.append(Countdown(looks))
        token = budgets._current.set(given[-1])
        try:
            yield given[-1]
        finally:
            budgets._current.reset(token)

    monkeypatch.setattr(searching, "searching_within", within)
    return given


def build_texts_index(tmp_path_factory, name, texts, **options):
    """Build a real index of texts ({file name: its whole text}) written to a new folder, name-N;
    return the index's directory. options go to build_index (`procs=1`)."""
    folder = tmp_path_factory.mktemp(name)
    for file_name, text in texts.items():
        (folder / file_name).write_text(text, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp(name + "-index")
    build_index([folder], index_dir, **options)
    return index_dir


def build_empty_index(index_dir):
    """Build an index of no document, as versions before «nothing to index» fails made them.

    The read path must still answer on one (an empty archive says so); a build refuses to
    make one now (storage/build.py, _refuse_to_empty), so the refusal is left out here.
    """
    from search.storage import build

    empty = Path(index_dir).parent / "empty-docs"
    empty.mkdir(exist_ok=True)
    real, build._refuse_to_empty = build._refuse_to_empty, lambda *args: None
    try:
        return build_index([empty], index_dir)
    finally:
        build._refuse_to_empty = real


def wait_for(condition, seconds=10):
    """Poll condition() every 50 ms for up to `seconds`: a real `watch` process acts when its
    debounce and the index's commit allow, not at a time a test can know."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def notes(tmp_path):
    """Return a folder of two press notes (c.txt, d.txt) last written at OLD, long before any scan."""
    folder = tmp_path / "e"
    folder.mkdir()
    for name, crop in (("c.txt", "papa"), ("d.txt", "oca")):
        (folder / name).write_text(f"Lima, 1 de junio de 2023.- Otro tema: la {crop} amarilla.\n")
        os.utime(folder / name, ns=(OLD, OLD))
    return folder


def total(index_dir, query):
    """Return how many paragraphs of an index a query finds."""
    with open_index(index_dir) as index:
        return search(index, query).total
