"""What the commands that read sources share: their options, warnings and one-line errors.

Whatever goes to stderr goes through :func:`factcheck.read.untrusted.printable`: file names and
article text may hold terminal escapes or newlines, and one message must stay one line.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

from factcheck.read.untrusted import printable

if TYPE_CHECKING:
    from factcheck.read.loaders import LoadOptions
    from factcheck.records import Diagnostic


class CommandError(click.ClickException):
    """A :class:`~factcheck.errors.FactcheckError` as one line on stderr and exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"factcheck: error: {printable(self.message)}", err=True)


@contextlib.contextmanager
def one_line_errors() -> Iterator[None]:
    """Turn the library's errors into the CLI's one-line error and exit code 2."""
    from factcheck.errors import FactcheckError

    try:
        yield
    except FactcheckError as error:
        raise CommandError(error.one_line()) from None


def source_options(command: Callable[..., Any] | None = None, *, paths_required: bool = True) -> Any:
    """PATHS and the options that say how to load them.

    ``@source_options(paths_required=False)`` when PATHS may come from the configuration file.
    """
    if command is None:
        return lambda decorated: source_options(decorated, paths_required=paths_required)
    decorators = [
        click.argument("paths", nargs=-1, required=paths_required, metavar="PATHS..."),
        click.option(
            "--keep-going",
            is_flag=True,
            help="Warn about unreadable inputs and check the rest, instead of stopping at the first.",
        ),
        click.option(
            "--published",
            metavar="YYYY-MM-DD",
            help="Publication date of every source (overrides front matter and sidecars).",
        ),
        click.option(
            "--max-bytes",
            type=click.IntRange(min=1),
            help="Largest input file accepted, in bytes (default: 5 MiB).",
        ),
    ]
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def load_options(keep_going: bool, published: str | None, max_bytes: int | None) -> LoadOptions:
    """The loader's options from the CLI flags (inside :func:`one_line_errors`)."""
    from factcheck.read.loaders import DEFAULT_MAX_BYTES, LoadOptions, parse_date

    date = None if published is None else parse_date(published, path="--published")
    return LoadOptions(keep_going=keep_going, published=date, max_bytes=max_bytes or DEFAULT_MAX_BYTES)


def warn(diagnostics: Sequence[Diagnostic]) -> None:
    """Each input problem that did not stop the run, one line on stderr."""
    for diagnostic in diagnostics:
        where = f"{diagnostic.path}:{diagnostic.line}" if diagnostic.line is not None else diagnostic.path
        click.echo(
            f"factcheck: warning: {printable(f'{where}: {diagnostic.code} {diagnostic.message}')}", err=True
        )
