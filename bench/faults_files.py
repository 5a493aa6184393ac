"""Files that are no documents: a huge one without line breaks, a 1 GB one, named pipes.

    python -m bench.faults_files [--megabytes 200] [--timeout 120] [--work DIR]

Each case runs `hemeroteca` in its own process (the Python running this script, so older
code can be measured with its own Python) under /usr/bin/time, with a timeout, over a
folder of two small documents and the bad file:

- a text file of --megabytes MB without a single line break;
- a 1 GB file (sparse: it takes no room), over the size limit;
- a named pipe, with `index`, and given alone to `inspect`.

It prints, for each, the exit code (or "timeout"), wall and CPU seconds, peak memory,
and what the command said about the file. Targets: nothing blocks, the bad file is named
and skipped, the peak stays under 1 GB, and the 1 GB file costs no hashing (its CPU time
is that of the small ones).
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

START = "from search.cli import main; main()"
LINE = "Una palabra tras otra sin salto de línea, como en un registro volcado. "


def write_folder(folder, case, megabytes):
    """Write two small documents and the case's bad file into folder; return its path."""
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("Primer documento sobre vacunas.\nSegundo párrafo.\n")
    (folder / "b.txt").write_text("Otro documento sobre economía.\n")
    bad = folder / {"no line breaks": "sin_saltos.txt", "1 GB": "gigante.txt"}.get(case, "tubo.txt")
    if case == "no line breaks":
        chunk = (LINE * (2**20 // len(LINE) + 1))[:2**20].encode("utf-8")[:2**20]
        with open(bad, "wb") as handle:
            for _ in range(megabytes):
                handle.write(chunk)
    elif case == "1 GB":
        with open(bad, "wb") as handle:
            handle.truncate(2**30)
    else:
        os.mkfifo(bad)
    return bad


def run(arguments, timeout):
    """Run hemeroteca under /usr/bin/time; return (code, wall, cpu, peak MB, stderr)."""
    command = ["/usr/bin/time", "-f", "TIME %e %U %S %M", sys.executable, "-c", START, *arguments]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as expired:
        return "timeout", timeout, None, None, (expired.stderr or b"").decode("utf-8", "replace")
    lines = done.stderr.splitlines()
    measured = [line for line in lines if line.startswith("TIME ")]
    wall, user, system, peak = measured[-1].split()[1:] if measured else ("0", "0", "0", "0")
    said = "\n".join(line for line in lines if not line.startswith("TIME ")) + done.stdout
    return done.returncode, float(wall), float(user) + float(system), int(peak) / 1024, said


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=int, default=200, help="size of the file with no line break")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a command may take")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="faults-files-", dir=args.work))
    cases = [("no line breaks", "index"), ("1 GB", "index"), ("named pipe", "index"),
             ("named pipe", "inspect")]
    print("| file | command | exit | wall s | CPU s | peak MB | said about it |")
    print("|---|---|---|---:|---:|---:|---|")
    try:
        for number, (case, command) in enumerate(cases):
            folder = work / f"case{number}"
            bad = write_folder(folder / "docs", case, args.megabytes)
            arguments = ([command, str(folder / "docs"), "--index", str(folder / "ix")]
                         if command == "index" else [command, str(bad)])
            code, wall, cpu, peak, said = run(arguments, args.timeout)
            about = " ".join(line.strip() for line in said.splitlines() if bad.name in line)[:110]
            cpu_shown = f"{cpu:.1f}" if cpu is not None else "-"
            peak_shown = f"{peak:.0f}" if peak is not None else "-"
            print(f"| {case} | {command} | {code} | {wall:.1f} | {cpu_shown} | {peak_shown} | "
                  f"{about or '(nothing)'} |", flush=True)
            shutil.rmtree(folder, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
