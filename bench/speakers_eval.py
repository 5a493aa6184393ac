"""Score reported-speech attribution on the gold set: micro precision, recall and F1 over (paragraph, speaker).

Usage: python bench/speakers_eval.py [bench/speakers_gold.jsonl] [--split dev|heldout|all] [--errors]

Each line of the gold set is a small document: {"id", "split", "paragraphs": [...], "speakers": [[...], ...]}.
The `heldout` documents were written with the rest but kept out of rule tuning.
The naive baseline names the capitalised word run nearest to each reporting verb; a partial name
(`Lavrov`) counts as right when it is part of a gold name in the same paragraph.
"""

import json
import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from search.speakers import paragraph_speakers, speaker_key  # noqa: E402
from search.speakers.mentions import sentences  # noqa: E402
from search.speakers.reported import HINTS  # noqa: E402

CAPITALISED = re.compile(r"^[A-ZÁÉÍÓÚÑ][\w'’-]*$")


def naive_speakers(paragraphs: list[str]) -> list[list[str]]:
    """Name the capitalised run nearest to each reporting verb (the baseline)."""
    result = []
    for paragraph in paragraphs:
        names = []
        for tokens in sentences(paragraph):
            runs, run = [], []
            for index, token in enumerate(tokens + ["."]):
                if CAPITALISED.match(token) and index > 0:
                    run.append(index)
                elif run:
                    runs.append(run)
                    run = []
            for index, token in enumerate(tokens):
                if token.lower() in HINTS and runs:
                    nearest = min(runs, key=lambda r: min(abs(i - index) for i in r))
                    names.append(" ".join(tokens[i] for i in nearest))
        result.append(list(dict.fromkeys(names)))
    return result


def score(pairs: list[tuple[list[str], list[str]]], lenient: bool = False) -> tuple[float, float, float]:
    """Return micro precision, recall and F1 over (paragraph, speaker) pairs."""
    tp = fp = fn = 0
    for got, gold in pairs:
        gold_keys = {speaker_key(name) for name in gold}
        got_keys = set()
        for name in got:
            key = speaker_key(name)
            if lenient:
                key = next((g for g in gold_keys if set(key.split()) <= set(g.split())), key)
            got_keys.add(key)
        tp += len(got_keys & gold_keys)
        fp += len(got_keys - gold_keys)
        fn += len(gold_keys - got_keys)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main(argv: list[str]) -> int:
    path = next((a for a in argv if not a.startswith("--") and a not in ("dev", "heldout", "all")),
                str(pathlib.Path(__file__).with_name("speakers_gold.jsonl")))
    split = argv[argv.index("--split") + 1] if "--split" in argv else "all"
    documents = [json.loads(line) for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines() if line]
    print(f"{'split':<10}{'docs':>6}{'paras':>7}{'pairs':>7}  {'system':<10}{'P':>7}{'R':>7}{'F1':>7}")
    for name in (["dev", "heldout", "all"] if split == "all" else [split]):
        chosen = [d for d in documents if name == "all" or d.get("split", "dev") == name]
        ours, naive = [], []
        for document in chosen:
            got = paragraph_speakers(document["paragraphs"])
            ours += list(zip(got, document["speakers"]))
            naive += list(zip(naive_speakers(document["paragraphs"]), document["speakers"]))
            if "--errors" in argv:
                for number, (g, e) in enumerate(zip(got, document["speakers"]), 1):
                    if {speaker_key(x) for x in g} != {speaker_key(x) for x in e}:
                        print(f"  {document.get('id', '?')} #{number}: got {g}, expected {e}")
        pairs = sum(len(gold) for _, gold in ours)
        for system, results, lenient in (("rules", ours, False), ("naive", naive, True)):
            p, r, f = score(results, lenient)
            print(f"{name:<10}{len(chosen):>6}{len(ours):>7}{pairs:>7}  {system:<10}{p:>7.3f}{r:>7.3f}{f:>7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
