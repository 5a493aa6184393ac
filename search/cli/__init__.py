"""The `hemeroteca` command: thin click commands over the search library.

The group and what its commands share live here; the commands are in `indexing`
(building and keeping the index) and `searching` (reading it). Each command imports
what it needs when it runs, so `--help` and a search don't load the build path.
May import anything in search/; click only here.
"""

import os
from functools import wraps

import click

from search import settings
from search.errors import SearchError

INDEX_OPTION = click.option(
    "--index", "index_dir", type=click.Path(file_okay=False), default=None,
    help=settings.INDEX_DIR.help + " [default: index]",
)


def reports_errors(command):
    """Turn library errors into clean messages, and Ctrl-C into a quiet exit.

    An unexpected error in a command that reads an index is a damaged index when its
    files say so (search/storage/integrity.py): one line then names the damage and the
    command that repairs it. Any other is a bug, and shows its traceback.
    """
    @wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except SearchError as error:
            raise click.ClickException(str(error)) from error
        except KeyboardInterrupt:
            raise click.Abort() from None
        except (click.ClickException, click.Abort, click.exceptions.Exit):
            raise
        except Exception as error:
            if "index_dir" not in kwargs:
                raise
            from search.retrieval.reader import close_leaked_files, index_damage

            close_leaked_files()
            damage = index_damage(index_dir_of(kwargs["index_dir"]))
            if damage is None:
                raise
            raise click.ClickException(str(damage)) from error
    return wrapper


def index_dir_of(value):
    """Return the index directory: the option, else HEMEROTECA_INDEX, else index/."""
    return value or settings.default_index_dir()


def use_color():
    """Return False when NO_COLOR is set, else None to let click decide by terminal."""
    return False if os.environ.get("NO_COLOR") else None


@click.group()
@click.version_option(package_name="hemeroteca")
def main():
    """Hemeroteca: index Spanish documents by paragraph and search them.

    \b
    Example:
        hemeroteca index seeds/
        hemeroteca search "cooperacion antipandemica"
    """


# The command modules add their commands to `main` as they are imported.
from search.cli import indexing, searching  # noqa: E402, F401
