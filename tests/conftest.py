"""Fixtures shared by every test module: paths and a CLI runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SOURCES = ROOT / "sources"


@pytest.fixture(autouse=True)
def private_claim_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own claim cache: none reads claims another test (or the user) stored."""
    path = tmp_path_factory.mktemp("claim-cache") / "claims.sqlite"
    monkeypatch.setenv("FACTCHECK_CACHE", str(path))
    return path


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """Run ``factcheck ARGS...`` in-process; ``input`` is fed to stdin. stdout and stderr stay apart."""
    from factcheck.cli import main

    def run(*args: str, input: str | bytes | None = None) -> Result:
        return CliRunner().invoke(main, [str(arg) for arg in args], input=input, catch_exceptions=False)

    return run
