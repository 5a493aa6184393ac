"""A build's progress on a terminal: the phase that is running, and files done of all.

One line, redrawn in place on stderr, from the first file on; the writers call it with
(phase, done, total) (search/storage/build.py). Nothing is drawn on a pipe: the
commands only make one when stderr is a terminal.
"""

import time

from search.text.wording import number, plural

PHASES = {
    "reading": "Leyendo y extrayendo oradores y fechas",
    "writing": "Escribiendo el índice",
    "switching": "Activando la nueva versión",
}
BAR = 24  # characters of the bar
REDRAW_SECONDS = 0.1  # at most ten redraws a second, whatever the number of files


class TerminalProgress:
    """Draw `phase: done/total [#####     ] 40%` on one line of a terminal stream."""

    def __init__(self, stream, clock=time.monotonic):
        self.stream = stream
        self.clock = clock
        self.started = clock()
        self.phase = None
        self.drawn = 0.0
        self.width = 0

    def __call__(self, phase, done=0, total=0):
        """Show the phase and how far it is; redraws are limited but a new phase always shows."""
        now = self.clock()
        if phase == self.phase and done != total and now - self.drawn < REDRAW_SECONDS:
            return
        self.phase, self.drawn = phase, now
        label = PHASES.get(phase, phase)
        if total:
            filled = BAR * done // total
            line = (f"{label}: {number(done)}/{plural(total, 'archivo')} [{'#' * filled}{' ' * (BAR - filled)}] "
                    f"{100 * done // total}%")
        else:
            line = f"{label}…"
        line += f"  ({now - self.started:.0f} s)"
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def close(self):
        """Clear the line, so the summary that follows starts on a clean one."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
