"""The command line: a thin layer over the Python API.

Each command lives in its own module under ``factcheck/cli/`` and is imported
only when it runs, so ``factcheck --version`` does not pay for pydantic,
the extractors or the renderers. To add a command, add one line to
``COMMANDS``: ``"name": "factcheck.cli.module:function"``.
"""

from __future__ import annotations

import errno
import importlib
import os
import sys
from typing import Any

import click

from factcheck import __version__

COMMANDS: dict[str, str] = {
    "audit": "factcheck.cli.audit:audit",
    "baseline": "factcheck.cli.baseline:baseline",
    "cache": "factcheck.cli.cache:cache",
    "check": "factcheck.cli.check:check",
    "corpus": "factcheck.cli.corpus:corpus",
    "eval": "factcheck.cli.eval:eval_command",
    "explain": "factcheck.cli.explain:explain",
    "extract": "factcheck.cli.extract:extract",
    "rules": "factcheck.cli.rules:rules",
    "schema": "factcheck.cli.schema:schema",
}


# What a full disk, a closed pipe or a dying device does to a write: the output is lost, which is
# one line and exit code 2, not a traceback (and not exit 1, which CI reads as "the gate failed").
_OUTPUT_LOST = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EPIPE, errno.EIO, errno.EROFS})


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            try:
                return super().invoke(ctx)
            finally:
                # what is still buffered must reach stdout now, while a failure can be reported
                sys.stdout.flush()
        except OSError as error:
            if error.errno not in _OUTPUT_LOST:
                raise
            _silence_stdout()
            click.echo(f"factcheck: error: cannot write the output: {error.strerror}", err=True)
            raise SystemExit(2) from None

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def main() -> None:
    """Find where the sources of a news story contradict each other.

    \b
    Examples:
      factcheck check sources/
      factcheck check sources/ --format json -o report.json
      factcheck extract sources/ > claims.jsonl
    """


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the interpreter's last flush at exit does not fail again
    with a second message."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test runner's buffer): nothing will flush it at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
