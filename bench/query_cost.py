"""The CPU cost of expensive and hostile queries: phrases of common words, prefixes, typos.

    python -m bench.query_cost INDEX_DIR [--save FILE] [--compare FILE] [--complete]
                                         [--timeout 120] [--only NAME]

Each query runs in its own process (so one that never ends can be stopped): it opens
the index, warms up (`salud`; `sauld`, which loads the vocabulary of typos; and
`orador:lopez`, the speakers' words: what a server has loaded once), then runs the query
three times (once when the first run took over 5 s) and reports the median CPU time
(time.process_time) and the first run's, which pays what a query computes once (the
automata of its typos), the total, and what the search said. `salud` is the anchor: a
plain word, measured the same way.

--save writes each query's total and top 10 ids to a JSON file; --compare reads such a
file (say, written by the code before a change, run with its own Python over its own
index) and says, for each query whose earlier answer was complete (no message that it
was cut short), whether the hits are the same. --complete runs each query once more
with its cost bounds lifted (the budget of prefixes and typos, the time budget), which
is the complete answer of the code under test, and says whether the bounded answer has
its hits: the earlier code may rank differently for reasons of its own (its analyzer,
its weights), and this column tells the cost bounds' doing apart.

The target: every run of every query at most 0.5 s of CPU on the 165k-paragraph corpus,
and the same hits wherever the earlier answer was complete: with --complete, the same
as the complete answer (on the rows --compare finds complete, or all rows without it);
else the same as the earlier answer. The script uses only the public API, so it runs
against older code too:

    cd ../base && .venv/bin/python ../wt-13/bench/query_cost.py INDEX --save before.json
"""

import argparse
import json
import math
import select
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_CPU = 0.5
LETTERS, VOWELS = "abcdefghijklmnopqrst", "aeiou"
PREFIXES = [letter + vowel + "*" for letter in LETTERS for vowel in VOWELS]
# Words that say a search was cut short: its answer was not complete.
CUT_SHORT = ("abarca muchas palabras", "se detuvo", "se usaron las", "se usó la", "demasiad",
             "se ignor", "Solo se toleraron")

WARM_UP = ("salud", "sauld", "orador:lopez")
TYPOS = ("saludd presidnte gobiernno vacunass epidemia covidd mexicoo personnas casoss hospitall "
         "muertes contagioss semanna estadoss medicoss pruebass camass ventiladores oxigeno "
         "mascarillass secretarioo conferenciaa tarddes informacionn ciudadd nacionall "
         "entidadess municipioss servicioss trabajadoress familiass gobernadorr").split()
REAL_WORDS = {"epidemia", "muertes", "ventiladores", "oxigeno"}  # in TYPOS, spelt right
STOP_PAIRS = ("de la", "en el", "de los", "que el", "y la", "lo que", "a la", "en la", "que se",
              "de que", "con el", "por el", "para la", "es que", "no se", "a los", "y el",
              "en los", "de las", "se le")
QUERIES = {
    "anchor: salud": "salud",
    "quoted word": '"salud"',
    "quoted commonest word": '"si"',
    "quoted stop word": '"que"',
    'phrase "de la"': '"de la"',
    'phrase "lo que"': '"lo que"',
    'phrase "en el"': '"en el"',
    'phrase "de los"': '"de los"',
    'phrase "que el"': '"que el"',
    'phrase "y la"': '"y la"',
    'phrase "La Haya"': '"La Haya"',
    "3 stop words": '"de lo que"',
    "5 stop words": '"y en el que se"',
    "stop word + common word": '"el presidente"',
    "common word + stop word": '"si el"',
    "two common words": '"buenos días"',
    "two common words, 2": '"salud pública"',
    "common words and stops": '"que la gente de"',
    "four phrases": '"en el" "de los" "que el" "y la"',
    "phrases, any of them": '"en el" O "de los" O "que el" O "y la"',
    "word without a phrase": 'salud -"de la"',
    "title phrase": 'titulo:"de la"',
    "10 prefixes": " ".join(PREFIXES[:10]),
    "20 prefixes": " ".join(PREFIXES[:20]),
    "100 prefixes": " ".join(PREFIXES[:100]),
    "100 prefixes, any": " O ".join(PREFIXES[:100])[:500],
    "one-letter prefixes": " ".join(f"{letter}*" for letter in LETTERS),
    "title prefixes": " ".join(f"titulo:{p}" for p in PREFIXES[:40]),
    "speaker prefixes": " ".join(f"orador:{p}" for p in PREFIXES[:40]),
    "20 typos": " ".join(f"{word}~2" for word in TYPOS[:20]),
    "32 common words": " ".join("si casa hace día persona puede solo dice entonces todo pasa "
                                "poder usted salud bueno dos mismo momento aquel ser ver llega "
                                "aquí sabe como pregunta parte importante gracias bien así "
                                "mayor".split()),
    # More of each kind: hostile phrase shapes, phrases with prefixes, exclusions, fields
    # with prefixes, speaker and date filters with costly parts, long lists of typos.
    "phrase of 8 stop words": '"de la de la de la de la"',
    "one stop word 6 times": '"que que que que que que"',
    "long phrase of common words": '"y en el que se de la que no lo que la gente de la casa hace"',
    "phrase with a star inside": '"salu* de la"',
    "phrase of content words": '"si puede ser"',
    "20 phrases of stop words": " ".join(f'"{pair}"' for pair in STOP_PAIRS),
    "phrases and prefixes": '"de la" "lo que" a* e* i* o* u* co* pre*',
    "phrase or prefixes": '"de la" O a* O e* O co* O pre* O su*',
    "word without prefixes": "salud -a* -e* -co*",
    "word without phrases": 'presidente -"en el" -"de los" -"que el" -"y la"',
    "prefix without a phrase": 'co* -"de la"',
    "prefix or a group of exclusions": 'co* O (-pre* -"de la")',
    "not without a phrase": 'gobierno NOT -"de la"',
    "nested groups of prefixes": "((a* O e*) (i* O o*)) -(u* O co*)",
    "title phrase and prefixes": 'titulo:"de la" titulo:co* titulo:a*',
    "text field prefixes": "texto:a* texto:e* texto:i* texto:o* texto:u*",
    "doc prefix and prefixes": "doc:2020* salud -a*",
    "speaker and phrase": 'orador:lopez "de la"',
    "speaker and prefixes": "orador:lopez a* e* i* o* u* co* pre*",
    "speaker prefix and prefixes": "orador:l* co* pre* a*",
    "dates and phrases": 'fecha:[2020-01 TO 2020-06] "lo que" "en el" "que se"',
    "date and typos": "fecha:>2020-03-15 " + " ".join(f"{word}~2" for word in TYPOS[:5]),
    "speaker, date, phrase, prefixes": 'orador:lopez fecha:2020 "lo que" pre* co*',
    "typos and prefixes": "saludd~2 presidnte~2 a* e* co* pre* gobiernno~2 vacunass~2",
    "32 typos": " ".join(f"{word}~2" for word in TYPOS[:32]),
    "16 typos, no ~ (fallback)": " ".join([word for word in TYPOS if word not in REAL_WORDS][:16]),
    # Wildcards: a leading one reads the whole vocabulary; many share one budget
    "leading wildcard": "*ción",
    "inner wildcards": "sal?d gob*no vac?n*",
    "20 leading wildcards": " ".join(f"*{letter}{vowel}ón" for letter in LETTERS for vowel in "aeiou")[:200],
    "wildcards of one letter": " ".join(f"{letter}?*" for letter in LETTERS),
    "titles, wildcards, exclusions": "titulo:conf*cia -*ción orador:l* sal?d",
    # Misplaced operators (tests/retrieval/test_misplaced_operators.py), at their longest
    "1,000 nested parentheses": "(" * 1000 + "salud" + ")" * 1000,
    "500 ANDs before a word": "AND " * 500 + "salud",
    "only exclusions": "-salud -presidente -gobierno",
}


def lift_bounds():
    """Lift the budget of prefixes and typos of the code under test; return search's options."""
    from search.query import expansion

    for name in ("EXPANSION_TERMS", "EXPANSION_POSTINGS", "EXPANSION_SCAN", "TYPO_WORDS",
                 "COLUMNAR_TERMS", "COLUMNAR_POSTINGS", "COLUMNAR_TYPO_WORDS"):
        if hasattr(expansion, name):
            setattr(expansion, name, 10**9)
    return {"seconds": math.inf}


def child(index_dir, text, runs, complete=False):
    """Open the index, warm up, run the query `runs` times; print one JSON line per run."""
    try:
        from search import open_index, search
    except ImportError:  # the code before the package was split into stages
        from search.indexer import open_index
        from search.query import search
    options = lift_bounds() if complete else {}
    index = open_index(index_dir)
    for warm_up in WARM_UP:
        search(index, warm_up)
    for number in range(runs):
        cpu, wall = time.process_time(), time.perf_counter()
        results = search(index, text, **options)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(json.dumps({"cpu": cpu, "wall": wall, "total": results.total,
                          "ids": [hit.id for hit in results.hits], "messages": results.messages}),
              flush=True)
        if number == 0 and cpu > 5:
            break


def measure(index_dir, text, timeout, complete=False):
    """Return the runs of a query in a child process, and whether it was stopped."""
    process = subprocess.Popen([sys.executable, str(Path(__file__).resolve()),
                                "--complete-child" if complete else "--child",
                                str(index_dir), text], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    runs, deadline = [], time.monotonic() + timeout
    while True:
        ready, _, _ = select.select([process.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            process.kill()
            process.wait()
            return runs, True, ""
        line = process.stdout.readline()
        if not line:
            break
        runs.append(json.loads(line))
        deadline = time.monotonic() + timeout
    process.wait()
    return runs, False, process.stderr.read()[-300:] if process.returncode else ""


def complete(row):
    """Return True if a saved answer was complete: it ran to the end and said nothing was cut."""
    return not row["stopped"] and not any(cut in message for message in row["messages"]
                                          for cut in CUT_SHORT)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--save", type=Path, help="write totals and top ids here (JSON)")
    parser.add_argument("--compare", type=Path, help="a file written by --save to compare hits with")
    parser.add_argument("--complete", action="store_true",
                        help="also run each query with its cost bounds lifted, and compare hits")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a run may take")
    parser.add_argument("--only", help="run only the queries whose name holds this")
    args = parser.parse_args(argv)
    earlier = json.loads(args.compare.read_text()) if args.compare else {}
    saved, worst, differ, failed = {}, 0.0, [], 0
    print("| query | chars | CPU s | first run | total | same as earlier | complete total "
          "| same as complete | messages |")
    print("|---|---:|---:|---:|---:|---|---:|---|---|")
    for name, text in QUERIES.items():
        if args.only and args.only not in name:
            continue
        runs, stopped, error = measure(args.index_dir, text, args.timeout)
        if error:
            print(f"| {name} | {len(text)} | error | | | | | | {error.splitlines()[-1]} |")
            failed += 1
            continue
        row = saved[name] = answer(text, runs, stopped)
        worst = max(worst, float("inf") if stopped else max(run["cpu"] for run in runs))
        # Held to the same hits: where the earlier answer was complete, or (a query the
        # earlier run did not have) where this one says nothing was cut.
        held = complete(earlier[name]) if name in earlier else complete(row)
        same_earlier = ""
        if name in earlier:
            same_earlier = same(earlier[name], row) if complete(earlier[name]) else "(earlier: cut short)"
        whole, same_whole = None, ""
        if args.complete:
            whole_runs, whole_stopped, _ = measure(args.index_dir, text, args.timeout, complete=True)
            whole = answer(text, whole_runs, whole_stopped)
            same_whole = "(stopped)" if whole_stopped else same(whole, row)
            if same_whole == "NO" and not complete(row):
                same_whole = "NO (says it was cut)"
        verdict = same_whole if args.complete else same_earlier
        if held and verdict.startswith("NO"):
            differ.append(name)
        shown = f"> {args.timeout:.0f} (stopped)" if stopped else f"{row['cpu']:.3f}"
        first = "" if stopped else f"{runs[0]['cpu']:.3f}"
        print(f"| {name} | {len(text)} | {shown} | {first} | {row['total'] if not stopped else ''} "
              f"| {same_earlier} | {'' if whole is None else whole['total']} | {same_whole} "
              f"| {' / '.join(row['messages'])[:90]} |", flush=True)
    if args.save:
        args.save.write_text(json.dumps(saved, ensure_ascii=False, indent=1))
    print()
    met = worst <= TARGET_CPU and not differ and not failed
    against = "complete answers" if args.complete else "earlier answers"
    print(f"slowest run: {'stopped' if worst == float('inf') else f'{worst:.3f} s'} CPU "
          f"(target <= {TARGET_CPU} s); hits differ from the {against} on {len(differ)} rows "
          f"held to them{': ' + ', '.join(differ) if differ else ''}; errors {failed}: "
          f"{'met' if met else 'NOT met'}")
    return 0 if met else 1


def answer(text, runs, stopped):
    """Return what --save keeps of a query's runs: median CPU, total, top ids, messages."""
    last = runs[-1] if runs else {"total": None, "ids": [], "messages": []}
    cpu = statistics.median(run["cpu"] for run in runs) if runs else None
    return {"query": text, "cpu": cpu, "total": last["total"], "ids": last["ids"],
            "messages": last["messages"], "stopped": stopped}


def same(expected, row):
    """Return "yes" when a row has the expected total and top ids, else "NO"."""
    return "yes" if (expected["total"], expected["ids"]) == (row["total"], row["ids"]) else "NO"


if __name__ == "__main__":
    if sys.argv[1:2] in (["--child"], ["--complete-child"]):
        child(sys.argv[2], sys.argv[3], 1 if sys.argv[1] == "--complete-child" else 3,
              complete=sys.argv[1] == "--complete-child")
    else:
        sys.exit(main())
