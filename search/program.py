"""The `hemeroteca` program: its commands (search/cli) loaded with Python's collector paused.

Loading click and the commands allocates some hundred thousand objects, and each pass of
the cyclic garbage collector over them finds nothing to free: 1.5–2 ms of a fresh
`hemeroteca search`'s ~120 ms of CPU (alternated runs). So the program loads them with
the collector off, then freezes what they made (gc.freeze: never examined again, as CPython
advises for what a program loads before its work) and turns it back on. A command that
pauses it again (a page search, cli.collector_paused) finds it on.
"""

import gc


def main():
    """Run the `hemeroteca` command line (sys.argv), as search.cli.main does."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from search.cli import main as command
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    return command()
