"""Tests for search.ingest.shared_docs: which names several files give, and the names made."""

import json

import pytest

from search.ingest.shared_docs import file_names, given_docs, name_groups, names_of, regrouped, shared_docs


def test_given_docs_reads_the_doc_values_of_a_feed(tmp_path):
    (tmp_path / "f.jsonl").write_text("\n".join(json.dumps(record) for record in (
        {"id": 1, "text": "a", "doc": "d1"}, {"id": 2, "text": "b"}, {"id": 3, "text": "", "doc": "sin texto"},
        {"id": 4, "text": "c", "doc": 7})) + "\n{roto\n")
    assert given_docs(tmp_path / "f.jsonl") == {"d1", "7", ""}  # "": records without `doc`
    assert given_docs(tmp_path / "no.jsonl") == set()  # unreadable: its reading says why


def test_shared_docs_are_those_several_feeds_give(tmp_path):
    for name, docs in (("a.jsonl", ["x", "y"]), ("b.jsonl", ["y", "z"]), ("c.txt", [])):
        (tmp_path / name).write_text("".join(json.dumps({"text": "t", "doc": doc}) + "\n" for doc in docs) or "y\n")
    assert shared_docs([(tmp_path / n, n) for n in ("a.jsonl", "b.jsonl", "c.txt")]).givers == {
        "y": ["a.jsonl", "b.jsonl"]}


def test_file_names_put_the_folder_before_a_shared_path(tmp_path):
    files = [(tmp_path / "2020" / "1.txt", tmp_path / "2020"), (tmp_path / "2021" / "1.txt", tmp_path / "2021"),
             (tmp_path / "2021" / "2.txt", tmp_path / "2021")]
    names, said = file_names(files)
    assert names == {str(tmp_path / "2020" / "1.txt"): "2020/1.txt", str(tmp_path / "2021" / "1.txt"): "2021/1.txt"}
    assert said == ["«1.txt» es el nombre de 2 archivos bajo carpetas distintas; cada uno se indexó con su "
                    "carpeta delante («2020/1.txt», «2021/1.txt»)"]


def test_regrouped_names_are_those_of_the_files_after_the_change(tmp_path):
    # An update moves the files that go and come (update_shared.share_docs): the names must be
    # the ones a grouping of the files after it gives, in every mix of shared paths.
    import random

    chooser = random.Random(7)
    roots = [tmp_path / "x" / "docs", tmp_path / "y" / "docs", tmp_path / "2020"]
    everything = [(root / sub / f"{n}.txt", root) for root in roots for sub in ("", "a") for n in range(3)]
    for _ in range(50):
        before = chooser.sample(everything, 10)
        leaving = chooser.sample(before, 3)
        arriving = chooser.sample([pair for pair in everything if pair not in before], 4)
        after = [pair for pair in before if pair not in leaving] + arriving
        moved = names_of(regrouped(name_groups(before), leaving, arriving))
        assert moved == file_names(after)


@pytest.mark.parametrize("files, givers, owned", [
    ({"nota.txt": None, "feed.jsonl": ["nota.txt", "otra"]}, {"nota.txt": ["feed.jsonl"]}, {"nota.txt"}),
    ({"f1.jsonl": ["x", None], "f2.jsonl": ["f1.jsonl"]}, {"f1.jsonl": ["f2.jsonl"]}, {"f1.jsonl"}),
    ({"f1.jsonl": ["x"], "f2.jsonl": ["f1.jsonl"]}, {}, set()),  # f1 has no records of its own
    ({"f.jsonl": ["f.jsonl", None]}, {"f.jsonl": ["f.jsonl"]}, {"f.jsonl"}),  # in the same feed
    ({"f.jsonl": ["f.jsonl"]}, {}, set()),
    ({"a.jsonl": ["y", "nota.md"], "b.jsonl": ["y"], "nota.md": None},
     {"y": ["a.jsonl", "b.jsonl"], "nota.md": ["a.jsonl"]}, {"nota.md"}),
])
def test_a_doc_that_is_another_documents_own_name_is_shared(tmp_path, files, givers, owned):
    # A file's own document (a .txt, or a feed's records without `doc`) keeps its name; a feed's
    # `doc` of that name is named after its feed, as when two feeds give it.
    for name, docs in files.items():
        records = [{"text": "t", **({"doc": doc} if doc else {})} for doc in docs or []]
        (tmp_path / name).write_text("".join(json.dumps(record) + "\n" for record in records) or "Texto.\n")
    shared = shared_docs([(tmp_path / name, name) for name in files])
    assert (shared.givers, shared.owned) == (givers, owned)
