"""Score speaker attribution against hand labels: micro precision, recall and F1 over (unit, person).

Usage: python bench/speakers_eval.py [GOLD] [--split dev|heldout|all] [--errors] [--by-mechanism]

GOLD is one of two formats (bench/speakers_gold.jsonl when none is given):

- documents, one per line: {"id", "split", "paragraphs": [...], "speakers": [[...], ...]};
  the paragraphs go straight to search.speakers.paragraph_speakers. `heldout` documents were
  written with the rest but kept out of rule tuning.
- line-aligned articles, one record per line of an article: {"file", "line", "text", "speakers"}
  with the articles in `articles/` next to the gold file (or GOLD is that folder). Each article
  is read the way indexing reads it, through `hemeroteca inspect FILES --json`, and record N
  must be line N.

A predicted name matches a gold name when, with accents and case folded and names split into
words at spaces and hyphens, the words of one are all in the other and the shorter one's last
word is in the longer (`Lavrov` matches `Sergey Lavrov`, not `Sergey Ivanov`). Names are sets per
unit, and each gold name is matched at most once.

--by-mechanism adds a table of the mechanisms that credited the predicted pairs
(search.speakers.attributions names them): per mechanism, the pairs it predicted, the true positives
and its precision, and the gold pairs missed on lines where it fired (a missed pair counts once for
each mechanism on its line, or under `(none)` when no mechanism fired there). It prints counts only.
"""

import collections
import json
import pathlib
import sys

from click.testing import CliRunner

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from search.cli import main as cli  # noqa: E402
from search.speakers import attributions, paragraph_speakers, speaker_key  # noqa: E402
from search.text.folding import readable  # noqa: E402
from search.text.untrusted import controls_as_spaces  # noqa: E402


def words(name: str) -> list[str]:
    """Return the folded words of a name (`Grande-Marlaska` gives two)."""
    return speaker_key(name).split()


def same_person(a: str, b: str) -> bool:
    """Tell whether two names match under the scoring rule."""
    shorter, longer = sorted((words(a), words(b)), key=len)
    return bool(shorter) and set(shorter) <= set(longer) and shorter[-1] in longer


def match(got: list[str], gold: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Return (matched, false positives, misses) for one unit's names."""
    got = list({speaker_key(name): name for name in got}.values())
    unmatched = list({speaker_key(name): name for name in gold}.values())
    matched, false = [], []
    for name in got:
        partner = next((g for g in unmatched if same_person(name, g)), None)
        if partner is None:
            false.append(name)
        else:
            unmatched.remove(partner)
            matched.append(name)
    return matched, false, unmatched


def score(units: list[tuple[list[str], list[str]]]) -> tuple[float, float, float]:
    """Return micro precision, recall and F1 over [(predicted names, gold names)]."""
    tp = fp = fn = 0
    for got, gold in units:
        matched, false, missed = match(got, gold)
        tp, fp, fn = tp + len(matched), fp + len(false), fn + len(missed)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def inspect_records(files: list[pathlib.Path]) -> dict[str, list[dict]]:
    """Return {file name: records} as `hemeroteca inspect FILES --json` prints them."""
    result = CliRunner().invoke(cli, ["inspect", *map(str, files), "--json"])
    if result.exit_code:
        sys.exit(f"hemeroteca inspect failed: {result.output}")
    by_file = collections.defaultdict(list)
    for line in result.stdout.splitlines():
        record = json.loads(line)
        by_file[record["doc"]].append(record)
    return by_file


def clean(text: str) -> str:
    """Return text as indexing reads it (invisible marks such as a soft hyphen dropped,
    controls as spaces), spaces collapsed."""
    return " ".join(readable(controls_as_spaces(text)).split())


def line_units(gold_path: pathlib.Path) -> list[dict]:
    """Return one unit per gold line of line-aligned articles, with the speakers indexing finds."""
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = gold_path.parent / "articles"
    names = list(dict.fromkeys(row["file"] for row in rows))
    records = inspect_records([articles / name for name in names])
    why = {name: attributions([record["text"] for record in found]) for name, found in records.items()}
    units = []
    for row in rows:
        found = records.get(row["file"], [])
        if len(found) < row["line"] or clean(found[row["line"] - 1]["text"]) != clean(row["text"]):
            sys.exit(f"{row['file']}: record {row['line']} is not line {row['line']} of the article")
        units.append({"id": f"{row['file']}:{row['line']}", "split": row.get("split", "dev"),
                      "text": row["text"], "gold": row["speakers"],
                      "got": found[row["line"] - 1]["speakers"], "why": why[row["file"]][row["line"] - 1]})
    return units


def document_units(gold_path: pathlib.Path) -> list[dict]:
    """Return one unit per paragraph of gold documents, with the speakers paragraph_speakers finds."""
    units = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        document = json.loads(line)
        got = paragraph_speakers(document["paragraphs"])
        why = attributions(document["paragraphs"])
        for number, (text, found, gold, because) in enumerate(
                zip(document["paragraphs"], got, document["speakers"], why), 1):
            units.append({"id": f"{document.get('id', '?')}#{number}", "split": document.get("split", "dev"),
                          "text": text, "gold": gold, "got": found, "why": because})
    return units


def read_units(path: pathlib.Path) -> list[dict]:
    """Return the scoring units of a gold file or folder, whichever format it has."""
    if path.is_dir():
        path = path / "gold.jsonl"
    first = json.loads(next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()))
    return line_units(path) if "line" in first else document_units(path)


def by_mechanism(units: list[dict]) -> None:
    """Print, per mechanism, the pairs it predicted, its true positives and precision, and the gold pairs missed
    on lines where it fired; `?` is a predicted name the trace did not give (the line was read otherwise)."""
    table = collections.defaultdict(lambda: [0, 0, 0])  # mechanism: [predicted, true positives, missed on its line]
    for unit in units:
        matched, false, missed = match(unit["got"], unit["gold"])
        why = {speaker_key(name): mechanism for name, mechanism in unit["why"].items()}
        for name in matched + false:
            row = table[why.get(speaker_key(name), "?")]
            row[0] += 1
            row[1] += name in matched
        fired = set(why.values()) or {"(none)"}
        for mechanism in fired:
            table[mechanism][2] += len(missed)
    print(f"{'mechanism':<24}{'pred':>6}{'TP':>6}{'FP':>6}{'P':>8}{'missed':>8}")
    for mechanism, (predicted, true, missed) in sorted(table.items(), key=lambda item: -item[1][0]):
        precision = f"{true / predicted:.3f}" if predicted else "-"
        print(f"{mechanism:<24}{predicted:>6}{true:>6}{predicted - true:>6}{precision:>8}{missed:>8}")


def main(argv: list[str]) -> int:
    if "--help" in argv or "-h" in argv:
        print(__doc__)
        return 0
    args = [a for a in argv if not a.startswith("--")]
    split = argv[argv.index("--split") + 1] if "--split" in argv else "all"
    args = [a for a in args if a != split]
    path = pathlib.Path(args[0]) if args else pathlib.Path(__file__).with_name("speakers_gold.jsonl")
    units = read_units(path)
    if "--errors" in argv:
        for unit in units:
            if split != "all" and unit["split"] != split:
                continue
            _, false, missed = match(unit["got"], unit["gold"])
            if false or missed:
                why = {speaker_key(name): mechanism for name, mechanism in unit["why"].items()}
                false = [f"{name} ({why.get(speaker_key(name), '?')})" for name in false]
                print(f"{unit['id']}  missed {missed}  false {false}\n    {unit['text'][:160]}")
    print(f"{'split':<10}{'units':>7}{'pairs':>7}{'P':>8}{'R':>7}{'F1':>7}")
    present = list(dict.fromkeys(unit["split"] for unit in units))
    for name in (present + ["all"] * (len(present) > 1) if split == "all" else [split]):
        chosen = [unit for unit in units if name == "all" or unit["split"] == name]
        p, r, f = score([(unit["got"], unit["gold"]) for unit in chosen])
        pairs = sum(len(unit["gold"]) for unit in chosen)
        print(f"{name:<10}{len(chosen):>7}{pairs:>7}{p:>8.3f}{r:>7.3f}{f:>7.3f}")
    if "--by-mechanism" in argv:
        by_mechanism([unit for unit in units if split == "all" or unit["split"] == split])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
