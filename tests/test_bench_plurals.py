"""bench/plurals.py on a small word list: the table counts the pairs each stemmer meets."""

import re
import subprocess
import sys

from tests.conftest import ROOT


def test_plurals_bench_counts_pairs_and_joins(tmp_path):
    words = tmp_path / "words.txt"
    words.write_text("ciudad 9\nciudades 9\nmujer 9\nmujeres 9\ncasa 9\ncasas 9\nverdad 9\nverde 9\nraro 1\n",
                     encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "bench.plurals", str(words), "--min-count", "2"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert "8 words, 3 singular/plural pairs" in done.stdout
    rows = {m.group(1).strip(): int(m.group(2)) for m in re.finditer(r"^(\S.*?)\s+(\d+)\s+[\d.]+\s", done.stdout, re.M)}
    assert rows["now"] == 3 and rows["hemeroteca 3 (before)"] == 1  # only casa/casas met before
