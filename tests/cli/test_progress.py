"""Tests for search.cli.progress: one line on a terminal, redrawn in place, then cleared."""

import io

import pytest

from search.cli.progress import BAR, PHASES, REDRAW_SECONDS, TerminalProgress


def drawn(stream):
    """Return the lines drawn on the stream, each as it stood after its carriage return."""
    return stream.getvalue().split("\r")[1:]


def test_terminal_progress_names_the_phase_and_clears_its_line():
    stream, now = io.StringIO(), [0.0]
    progress = TerminalProgress(stream, clock=lambda: now[0])
    progress("reading", 0, 4)
    progress("reading", 1, 4)  # too soon after the last redraw: skipped
    now[0] = 1.0
    progress("reading", 2, 4)
    progress("reading", 4, 4)  # the last file always shows
    progress("writing")
    progress.close()
    lines = stream.getvalue().split("\r")
    assert lines[1].startswith("Leyendo y extrayendo oradores y fechas: 0/4 archivos [")
    assert "1/4" not in stream.getvalue() and "2/4" in lines[2] and "100%" in lines[3]
    assert lines[4].startswith("Escribiendo el índice…") and lines[-1] == ""


@pytest.mark.parametrize("done, total, filled, percent", [
    (0, 3, 0, "0%"), (1, 3, BAR // 3, "33%"), (2, 3, 2 * BAR // 3, "66%"), (3, 3, BAR, "100%"),
    (1, 999, 0, "0%"),
])
def test_the_bar_fills_with_the_files_done(done, total, filled, percent):
    stream = io.StringIO()
    TerminalProgress(stream, clock=lambda: 0.0)("reading", done, total)
    [line] = drawn(stream)
    bar = "[" + "#" * filled + " " * (BAR - filled) + "]"
    assert f"{done}/{total} archivos {bar} {percent}" in line


@pytest.mark.parametrize("done, total, expected", [
    (0, 1, "0/1 archivo ["), (1, 1, "1/1 archivo ["), (1, 2, "1/2 archivos ["),
    (1500, 12000, "1.500/12.000 archivos ["),
])
def test_the_count_of_files_agrees_and_is_written_as_in_spain(done, total, expected):
    stream = io.StringIO()
    TerminalProgress(stream, clock=lambda: 0.0)("reading", done, total)
    assert expected in drawn(stream)[0]


def test_the_line_says_the_seconds_since_the_start():
    stream, now = io.StringIO(), [10.0]
    progress = TerminalProgress(stream, clock=lambda: now[0])
    now[0] = 52.4
    progress("switching")
    assert drawn(stream) == [f"{PHASES['switching']}…  (42 s)"]


def test_a_new_phase_always_shows_however_soon():
    stream = io.StringIO()
    progress = TerminalProgress(stream, clock=lambda: 0.0)
    progress("reading", 1, 9)
    progress("writing")
    progress("switching")
    assert [line.split("…")[0].split(":")[0] for line in drawn(stream)] == [
        PHASES["reading"], PHASES["writing"], PHASES["switching"]]


def test_redraws_are_limited_within_a_phase():
    stream, now = io.StringIO(), [0.0]
    progress = TerminalProgress(stream, clock=lambda: now[0])
    for done in range(100):
        now[0] = done * REDRAW_SECONDS / 10
        progress("reading", done, 1000)
    assert 1 < len(drawn(stream)) <= 11


def test_an_unknown_phase_is_shown_by_its_name():
    stream = io.StringIO()
    TerminalProgress(stream, clock=lambda: 0.0)("comprobando")
    assert drawn(stream)[0].startswith("comprobando…")


def test_a_shorter_line_blanks_out_the_longer_one_before_it():
    stream = io.StringIO()
    progress = TerminalProgress(stream, clock=lambda: 0.0)
    progress("reading", 5, 10)
    progress("x")
    first, second = drawn(stream)
    assert len(second) == len(first) and second.rstrip() == "x…  (0 s)"


def test_closing_before_anything_was_drawn_writes_nothing():
    stream = io.StringIO()
    progress = TerminalProgress(stream)
    progress.close()
    assert stream.getvalue() == ""
    progress("writing")
    progress.close()
    progress.close()  # a second close has nothing left to clear
    assert stream.getvalue().endswith("\r") and stream.getvalue().count("\r") == 3
