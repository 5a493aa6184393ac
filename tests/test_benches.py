"""Every bench the README or its docs/ pages name prints its usage with --help and exits 0 (one once failed
on an import of constants long gone, unseen, as nothing ran it)."""

import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

# The README and the reference pages it links to in docs/ (the benchmarks' list is docs/layout.md)
README = "\n".join(page.read_text(encoding="utf-8")
                   for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
BENCHES = sorted(set(re.findall(r"\bbench\.([a-z_]+)\b", README))
                 | set(re.findall(r"\bbench/([a-z_]+)\.py\b", README)))


def test_the_readme_names_benches():
    assert len(BENCHES) >= 15 and "speed" in BENCHES


@pytest.mark.parametrize("name", BENCHES)
def test_a_bench_in_the_readme_exists_and_prints_its_usage(name):
    assert (ROOT / "bench" / f"{name}.py").is_file(), f"the README names bench.{name}, which is gone"
    done = subprocess.run([sys.executable, "-m", f"bench.{name}", "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert "usage" in done.stdout.lower() or "uso" in done.stdout.lower(), done.stdout
