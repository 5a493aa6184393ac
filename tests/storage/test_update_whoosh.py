"""An update's Whoosh commit: retired versions deleted, small segments merged (update_whoosh.py)."""

from whoosh.filedb.filestore import FileStorage

from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.update import update_index
from search.storage.update_whoosh import SMALL_SEGMENT_SHARE


def segments(index_dir):
    return [(segment.doc_count_all(), segment.doc_count())
            for segment in FileStorage(str(live_generation(index_dir))).open_index()._segments()]


def test_updates_leave_one_large_segment_and_one_small(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(40):
        (folder / f"nota{n}.txt").write_text(f"Nota {n}\nEl gobierno anunció la medida {n}.\n", encoding="utf-8")
    build_index([folder], tmp_path / "ix", procs=1)
    for n in range(5):  # each a new small segment, merged into the next
        (folder / f"extra{n}.txt").write_text(f"Extra\nOtra medida {n}.\n", encoding="utf-8")
        update_index([folder], tmp_path / "ix")
    (large, _), (small, _) = segments(tmp_path / "ix")  # the build's, and the updates' merged
    assert small < (large + small) * SMALL_SEGMENT_SHARE * 2 and large == 40 * 2


def test_a_segment_whose_documents_are_all_deleted_is_dropped(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Nota\nUno.\n", encoding="utf-8")
    build_index([folder], tmp_path / "ix", procs=1)
    (folder / "a.txt").unlink()
    (folder / "b.txt").write_text("Nota\nDos.\n", encoding="utf-8")
    update_index([folder], tmp_path / "ix")
    (count, live), = segments(tmp_path / "ix")  # b.txt's alone: a.txt's segment dropped
    assert count == live == 2
