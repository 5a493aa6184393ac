from pathlib import Path

import pytest
from click.testing import CliRunner

from search import settings
from search.cli import main


def test_default_index_dir(monkeypatch):
    monkeypatch.delenv("HEMEROTECA_INDEX", raising=False)
    assert settings.default_index_dir() == Path("index")


def test_environment_overrides_the_default(monkeypatch):
    monkeypatch.setenv("HEMEROTECA_INDEX", "/tmp/otro")
    assert settings.default_index_dir() == Path("/tmp/otro")


@pytest.mark.parametrize("env, raw, expected", [
    ("HEMEROTECA_SEARCH_SECONDS", "2", 2.0),
    ("HEMEROTECA_SEARCH_SECONDS", "0,5", 0.5),
    ("HEMEROTECA_SEARCH_SECONDS", " 0.25 ", 0.25),
    ("HEMEROTECA_SEARCH_SECONDS", "3600", 3600.0),
    ("HEMEROTECA_SEARCH_SECONDS", "0,01", 0.01),
    ("HEMEROTECA_SEARCH_SECONDS", "", 2.0),  # empty: the default
    ("HEMEROTECA_CACHED_PAGES", "0", 0),
    ("HEMEROTECA_CACHED_PAGES", "100000", 100_000),
    ("HEMEROTECA_CACHED_PAGES", "", 512),
    ("HEMEROTECA_INDEX", "/tmp/Año 2020 áé", "/tmp/Año 2020 áé"),
    ("HEMEROTECA_SOURCE", "docs", "docs"),
])
def test_a_setting_takes_its_value_from_the_environment(monkeypatch, env, raw, expected):
    monkeypatch.setenv(env, raw)
    setting = next(s for s in settings.ENVIRONMENT if s.env == env)
    assert setting.value() == expected


@pytest.mark.parametrize("env, raw, said", [
    ("HEMEROTECA_SEARCH_SECONDS", "abc", "«abc», pero debe ser un número de segundos de 0,01 a 3.600"),
    ("HEMEROTECA_SEARCH_SECONDS", "-1", "«-1»"),
    ("HEMEROTECA_SEARCH_SECONDS", "0", "«0»"),
    ("HEMEROTECA_SEARCH_SECONDS", "1e-300", "«1e-300»"),  # was taken, and said as «0 s» (trial 13)
    ("HEMEROTECA_SEARCH_SECONDS", "0,009", "«0,009»"),
    ("HEMEROTECA_SEARCH_SECONDS", "nan", "«nan»"),
    ("HEMEROTECA_SEARCH_SECONDS", "inf", "«inf»"),
    ("HEMEROTECA_SEARCH_SECONDS", "3601", "a 3.600"),
    ("HEMEROTECA_CACHED_PAGES", "abc", "«abc», pero debe ser un número entero de páginas de 0 a 100.000"),
    ("HEMEROTECA_CACHED_PAGES", "-1", "«-1»"),
    ("HEMEROTECA_CACHED_PAGES", "1.5", "«1.5»"),
    ("HEMEROTECA_CACHED_PAGES", "100001", "«100001»"),
    ("HEMEROTECA_CACHED_PAGES", "5\x1b[2J", "«5\\x1b[2J»"),  # shown escaped
])
def test_a_bad_setting_is_named_with_its_value_and_what_it_takes(monkeypatch, env, raw, said):
    monkeypatch.setenv(env, raw)
    with pytest.raises(settings.SettingError) as caught:
        settings.check_environment()
    message = str(caught.value)
    assert message.startswith(f"La variable de entorno {env} vale ") and said in message
    assert "\n" not in message and "\x1b" not in message


@pytest.mark.parametrize("args", [["search", "vacuna"], ["serve"], ["show", "a#1"], ["speakers"]])
def test_the_cli_says_a_bad_setting_in_one_line(monkeypatch, tmp_path, args):
    monkeypatch.setenv("HEMEROTECA_SEARCH_SECONDS", "abc")
    result = CliRunner().invoke(main, args + ["--index", str(tmp_path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.strip().splitlines() == [
        "Error: La variable de entorno HEMEROTECA_SEARCH_SECONDS vale «abc», pero debe ser un número "
        "de segundos de 0,01 a 3.600, como 0,5 (por defecto, 2)."]


def test_the_page_refuses_to_start_with_a_bad_setting(monkeypatch):
    from web import create_app

    monkeypatch.setenv("HEMEROTECA_CACHED_PAGES", "abc")
    with pytest.raises(settings.SettingError, match="HEMEROTECA_CACHED_PAGES vale «abc»"):
        create_app({"INDEX_DIR": "index"})


def test_the_source_folder_has_no_default(monkeypatch):
    # Read through its Setting, as every other: unset it is "", never a folder of this project
    # (cli/sources.py, web/errors.build_hint).
    monkeypatch.delenv(settings.SOURCE_DIR.env, raising=False)
    assert settings.SOURCE_DIR.value() == ""
    monkeypatch.setenv(settings.SOURCE_DIR.env, "notas")
    assert settings.SOURCE_DIR.value() == "notas"
