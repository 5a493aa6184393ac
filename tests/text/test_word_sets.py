"""Tests for search.text.word_sets."""

from search.text.word_sets import listed_words, word_set


def test_a_word_set_splits_at_any_whitespace_and_drops_repeats():
    assert word_set(" dijo\tafirmó\n dijo ") == frozenset({"dijo", "afirmó"})
    assert word_set("") == frozenset()


def test_a_listed_file_gives_its_words_less_comments_and_blank_lines(tmp_path):
    path = tmp_path / "list.txt"
    path.write_text("# a header\nAna\n\n  Luz  \n#not a word\nrafa m\n", encoding="utf-8")
    assert listed_words(path) == ["Ana", "Luz", "rafa m"]

