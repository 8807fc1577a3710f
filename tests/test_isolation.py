"""The suite does not depend on the machine: a hostile shell and folder change no result.

Two small modules run in a fresh ``python -m pytest`` started in a folder
under a ``factcheck.toml`` that disables the example story's one rule and
sets odd tolerances, with ``FACTCHECK_*``, colour and cache variables set
in the environment. They must pass as they do anywhere, and write nothing
where those variables point.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from paths import ROOT, SOURCES

HOSTILE_CONFIG = """\
disable = ["FC401"]
fail-on = "never"
min-severity = "error"
[tolerances.relative]
count = 0.9
[tolerances.absolute]
length = 1000.0
"""
# Modules that check the example story through the CLI with no --config: each would change if a
# configuration file from above the working directory applied.
MODULES = ("tests/test_e2e_sources.py", "tests/test_cli.py")


def _hostile(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A working folder under a hostile factcheck.toml, and a hostile environment."""
    (tmp_path / "factcheck.toml").write_text(HOSTILE_CONFIG, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\ndisable = ["FC401"]\n', encoding="utf-8")
    work = tmp_path / "work" / "deeper"
    work.mkdir(parents=True)
    environment = {
        **os.environ,
        "FACTCHECK_CACHE": str(tmp_path / "shell-claims.sqlite"),
        "FACTCHECK_SCHEDULER": "tcp://127.0.0.1:9",  # the discard port: no scheduler answers
        "XDG_CACHE_HOME": str(tmp_path / "shell-cache"),
        "NO_COLOR": "1",
        "FORCE_COLOR": "1",
        "COLUMNS": "20",
    }
    return work, environment


def test_the_hostile_folder_would_change_factchecks_result(tmp_path: Path) -> None:
    # Outside the suite's fixture the parent factcheck.toml applies: the story's error is gone.
    work, environment = _hostile(tmp_path)
    del environment["FACTCHECK_SCHEDULER"]
    for name in ("FACTCHECK_CONFIG", "PYTEST_CURRENT_TEST"):
        environment.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-m", "factcheck", "check", str(SOURCES), "--no-cache"],
        cwd=work,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "FC401" not in done.stdout and "0 findings" in done.stdout.splitlines()[-1]


def test_suite_modules_pass_unchanged_in_a_hostile_folder_and_environment(tmp_path: Path) -> None:
    work, environment = _hostile(tmp_path)
    environment["FACTCHECK_CONFIG"] = str(tmp_path / "factcheck.toml")
    environment.pop("PYTEST_CURRENT_TEST", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            f"--basetemp={tmp_path / 'basetemp'}",
            *(str(ROOT / module) for module in MODULES),
        ],
        cwd=work,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout and "failed" not in done.stdout
    # nothing went where the shell's variables point
    assert not (tmp_path / "shell-claims.sqlite").exists()
    assert not (tmp_path / "shell-cache").exists()


def test_property_tests_are_not_timed() -> None:
    # conftest's hypothesis profile: a deadline per example would flake on a busy machine
    from hypothesis import settings

    assert settings.default.deadline is None


def test_each_test_has_its_own_cache_folder_and_an_empty_config(isolated: Path) -> None:
    assert Path(os.environ["XDG_CACHE_HOME"]) / "factcheck" == isolated
    assert Path(os.environ["FACTCHECK_CACHE"]).parent == isolated.parent
    assert Path(os.environ["FACTCHECK_CONFIG"]).read_text(encoding="utf-8") == ""
    assert not {"FACTCHECK_SCHEDULER", "NO_COLOR", "FORCE_COLOR"} & set(os.environ)


def test_plain_pytest_collects_every_module() -> None:
    # `pytest` (the script) does not put the working directory on sys.path as `python -m pytest`
    # does; `python -P` starts the same way, so an import that needs the repository root fails here.
    done = subprocess.run(
        [sys.executable, "-P", "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    collected = {line.split(":")[0] for line in done.stdout.splitlines() if line.startswith("tests/test_")}
    assert collected == {path.relative_to(ROOT).as_posix() for path in (ROOT / "tests").glob("test_*.py")}
