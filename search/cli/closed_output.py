"""A program started with standard output closed (`hemeroteca search x >&-`, a cron job or a
daemon whose descriptor 1 was closed): its output is lost, and it says so.

Python starts such a program with sys.stdout None, and click.echo then drops every line
unsaid: `search --json >&-` ended with status 0 having written nothing, and `--format csv`
with a traceback (sys.stdout.buffer). GNU tools report the failed write and fail
(`ls >&-`: «write error: Bad file descriptor», status 2; coreutils' close_stdout), and so
does this: one line on standard error and status 1, at the command's first write to
standard output. A command that writes nothing there is not concerned, as `true >&-`
succeeds. What a command did before that write stays done: `index … >&-` builds the
index, then fails to print its summary (as `cp -v a b >&-` copies, then fails). A
long-running command, whose product is its work and not its output (`serve`, `watch`,
run as a daemon), runs on: its status lines go to standard error instead (status).

Descriptor 1 is held open on /dev/null meanwhile, so that no file the command opens (a
segment, the record store) takes number 1, where anything writing to "standard output" by
number (a library, a child process) would write into it (gnulib's stdopen does the same).
"""

import errno
import io
import os
import sys

import click

MESSAGE = "no se pudo escribir la salida: la salida estándar está cerrada (>&-); rediríjala a un archivo o a /dev/null."


class OutputClosed(OSError):
    """A write to standard output in a program started without one (errno EBADF)."""


class ClosedOutput(io.TextIOBase):
    """sys.stdout of a program started without one: every write, text or bytes, raises OutputClosed."""

    encoding = "utf-8"  # what click asks of a text stream before writing to it

    def writable(self):
        return True

    def write(self, text):
        raise OutputClosed(errno.EBADF, os.strerror(errno.EBADF))

    @property
    def buffer(self):
        """The binary side, which an export writes to: it fails the same way."""
        return self


def guard_closed_output():
    """When the program started with standard output closed, hold descriptor 1 on /dev/null
    and make sys.stdout a ClosedOutput; otherwise change nothing."""
    if sys.stdout is not None:
        return
    try:
        os.fstat(1)
    except OSError:  # closed, and not yet reused: only the lowest free number would take it
        null = os.open(os.devnull, os.O_WRONLY)
        if null != 1:
            os.dup2(null, 1)
            os.close(null)
    sys.stdout = ClosedOutput()


def status(line):
    """Write a long-running command's status line (`serve`'s address, `watch`'s log) to standard
    output, or to standard error when standard output is closed (and nowhere when both are): the
    command goes on with its work, as it did before this module, rather than fail at its first line."""
    try:
        click.echo(line)
    except OutputClosed:
        click.echo(line, err=True)
