"""The command line: a thin layer over the Python API.

Each command lives in its own module under ``factcheck/cli/`` and is imported
only when it runs, so ``factcheck --version`` does not pay for pydantic,
the extractors or the renderers. To add a command, add one line to
``COMMANDS``: ``"name": "factcheck.cli.module:function"``.
"""

from __future__ import annotations

import importlib

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


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

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
