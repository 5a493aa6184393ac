"""Opening one generation: a sound one, and why one can't be read (damaged or outdated)."""

import re
import shlex

import pytest

from search.errors import IndexDamaged, IndexNotFound
from search.retrieval.opening import Generation, index_damage, open_generation
from search.retrieval.reader import open_index
from search.storage.build import build_index
from search.storage.generations import live_generation


def test_a_sound_generation_opens_with_its_store(tmp_path, corpus):
    build_index([corpus], tmp_path / "ix")
    folder = live_generation(tmp_path / "ix")
    generation = open_generation(tmp_path / "ix", folder)
    try:
        assert isinstance(generation, Generation) and generation.directory == folder.resolve()
        assert generation.whoosh.doc_count() > 0 and generation.store.records([]) == []
    finally:
        generation.store.close()
    assert index_damage(tmp_path / "ix") is None


def test_open_broken_index(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    for file in live_generation(index_dir).iterdir():
        if file.suffix == ".toc":
            file.write_bytes(b"roto")
    with pytest.raises(IndexDamaged, match=f"_MAIN_1.toc mide 4 bytes .* hemeroteca index {corpus} "):
        open_index(index_dir)


def test_open_index_without_record_store(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    (live_generation(index_dir) / "records.sqlite").unlink()
    with pytest.raises(IndexNotFound, match="almacén de párrafos"):
        open_index(index_dir)


def test_an_index_built_with_another_analyzer_says_to_rebuild(corpus, tmp_path):
    from search.storage.schema import paragraph_schema

    older = paragraph_schema()
    for item in older["text"].analyzer.items:
        item.__dict__.pop("version", None)  # what an index written before the mark holds
    build_index([corpus], tmp_path / "ix", schema=older)
    with pytest.raises(IndexNotFound, match="versión 1 del analizador.*hemeroteca update"):
        open_index(tmp_path / "ix")


def test_index_damage_names_a_damaged_file(tmp_path, corpus):
    build_index([corpus], tmp_path / "ix")
    toc = next(live_generation(tmp_path / "ix").glob("*.toc"))
    toc.write_bytes(b"roto")
    damage = index_damage(tmp_path / "ix")
    assert isinstance(damage, IndexDamaged) and f"{toc.name} mide 4 bytes" in str(damage)


@pytest.mark.parametrize("parts", [
    ["records.sqlite"],  # the store gone: its folders copied into the checksums name them
    ["records.sqlite", "*.toc"],
    ["*.toc", "checksums.json"],  # a Whoosh error without checksums to tell the damage
])
def test_an_index_missing_parts_names_its_folders_in_spanish(tmp_path, corpus, parts):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    generation = live_generation(index_dir)
    for pattern in parts:
        for file in generation.glob(pattern):
            file.unlink()
    with pytest.raises(IndexNotFound) as raised:
        open_index(index_dir)
    said = str(raised.value)
    assert f"hemeroteca index {shlex.quote(str(corpus))} --index" in said and "[RUTAS]" not in said
    assert not re.search(r"\b(Index|does not exist|FileStorage|MAIN' )", said), said


def test_an_index_never_built_says_what_its_placeholder_stands_for(tmp_path):
    with pytest.raises(IndexNotFound) as raised:
        open_index(tmp_path / "nada")
    assert str(raised.value).endswith("hemeroteca index [RUTAS]... --index "
                                      f"{shlex.quote(str(tmp_path / 'nada'))} (cambie [RUTAS]... por "
                                      "los archivos o directorios de sus documentos)")
