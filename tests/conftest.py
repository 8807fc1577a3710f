"""Fixtures shared by every test module: a machine-independent environment and a CLI runner.

Every test runs as if on a fresh machine, whatever the shell and folder it
is started from (:func:`isolated`): its own cache folder, no configuration
file found upwards, no ``FACTCHECK_*`` or colour variable from the shell.
Paths to the repository and fixtures are in ``paths.py``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import settings
from paths import FIXTURES, ROOT, SOURCES

# Kept for modules written as ``from conftest import ROOT``; new ones import from paths.
__all__ = ["FIXTURES", "ROOT", "SOURCES"]

# Property tests are not timed: hypothesis's default 200 ms deadline per example flakes on a busy
# machine, and speed is measured in bench/, not asserted.
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")

# Variables that change what factcheck or click does, read from the shell: none may reach a test.
_FOREIGN = ("NO_COLOR", "FORCE_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "COLUMNS", "LINES")
# A stored table's file name (factcheck.extract.stored_tables): "<name>-<16 hex digits>.sqlite".
_STORED_TABLE = re.compile(r"[a-z_]+-[0-9a-f]{16}\.sqlite")


@pytest.fixture(scope="session")
def stored_tables_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's store of the gazetteer's and units' tables (``<home>/factcheck/*.sqlite``).

    They take seconds to build: the first test that needs them builds them in
    its own cache folder, and :func:`isolated` keeps them here for the next.
    """
    home = tmp_path_factory.mktemp("stored-tables")
    (home / "factcheck").mkdir()
    return home


@pytest.fixture(scope="session", autouse=True)
def clean_environment(tmp_path_factory: pytest.TempPathFactory, stored_tables_home: Path) -> Iterator[None]:
    """No ``FACTCHECK_*`` or colour variable from the shell, the session's cache folder and an empty
    configuration file, for the whole session: module- and session-scoped fixtures run before
    :func:`isolated` and must not see the shell's settings either."""
    with pytest.MonkeyPatch.context() as patch:
        _clear(patch)
        config = tmp_path_factory.mktemp("session-config") / "factcheck.toml"
        config.write_text("", encoding="utf-8")
        patch.setenv("XDG_CACHE_HOME", str(stored_tables_home))
        patch.setenv("FACTCHECK_CACHE", str(config.parent / "claims.sqlite"))
        patch.setenv("FACTCHECK_CONFIG", str(config))
        yield


@pytest.fixture(autouse=True)
def isolated(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, stored_tables_home: Path
) -> Iterator[Path]:
    """Give the test its own cache folder (``XDG_CACHE_HOME``, with the session's stored tables
    linked in), its own claim cache (``FACTCHECK_CACHE``), an empty configuration file in
    ``FACTCHECK_CONFIG`` (so no factcheck.toml or pyproject.toml above the working directory
    applies) and no other ``FACTCHECK_*`` or colour variable. Yields the cache folder."""
    _clear(monkeypatch)
    home = tmp_path_factory.mktemp("cache-home")
    cache = home / "factcheck"
    cache.mkdir()
    for table in (stored_tables_home / "factcheck").iterdir():
        _link(table, cache / table.name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.setenv("FACTCHECK_CACHE", str(home / "claims.sqlite"))
    config = home / "factcheck.toml"
    config.write_text("", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CONFIG", str(config))
    yield cache
    # tables this test built (in process, or in a subprocess or worker) serve the next tests
    if cache.is_dir():
        for table in cache.iterdir():
            kept = stored_tables_home / "factcheck" / table.name
            if _STORED_TABLE.fullmatch(table.name) and not kept.exists():
                _link(table, kept)


def _clear(patch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("FACTCHECK_") or name in _FOREIGN:
            patch.delenv(name)


def _link(existing: Path, new: Path) -> None:
    """A hard link (free, and the file is only ever replaced by a rename), else a copy."""
    try:
        os.link(existing, new)
    except OSError:
        import shutil

        shutil.copyfile(existing, new)


@pytest.fixture
def private_claim_cache(isolated: Path) -> Path:
    """The test's claim cache file (``$FACTCHECK_CACHE``), not created yet."""
    return Path(os.environ["FACTCHECK_CACHE"])


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """Run ``factcheck ARGS...`` in-process; ``input`` is fed to stdin. stdout and stderr stay apart."""
    from factcheck.cli import main

    def run(*args: str, input: str | bytes | None = None) -> Result:
        return CliRunner().invoke(main, [str(arg) for arg in args], input=input, catch_exceptions=False)

    return run
