from pathlib import Path

from search import settings


def test_default_index_dir(monkeypatch):
    monkeypatch.delenv("HEMEROTECA_INDEX", raising=False)
    assert settings.default_index_dir() == Path("index")


def test_environment_overrides_the_default(monkeypatch):
    monkeypatch.setenv("HEMEROTECA_INDEX", "/tmp/otro")
    assert settings.default_index_dir() == Path("/tmp/otro")
