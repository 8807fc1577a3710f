"""--jobs: worker processes give the output of a single process, in input order."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from paths import FIXTURES, SOURCES

from factcheck.errors import ConfigError
from factcheck.read.loaders import load_sources
from factcheck.run.workers import ProcessExecutor, Runner, RunOptions, make_executor, run_all

CORPUS = FIXTURES / "corpus"


def square_after_delay(number: int) -> int:
    """Later items finish first, so that order can only come from putting results back in place."""
    import time

    time.sleep(0.002 * (20 - number % 20))
    return number * number


def test_process_pool_keeps_input_order() -> None:
    executor = ProcessExecutor(2)
    try:
        assert run_all(executor, square_after_delay, list(range(60))) == [n * n for n in range(60)]
    finally:
        executor.close()


@pytest.mark.parametrize(
    "paths", [[CORPUS / "bus-crash"], [CORPUS], [SOURCES]], ids=["story", "all", "sources"]
)
def test_jobs_2_report_is_identical_to_jobs_1(run_cli, paths: list[Path]) -> None:
    single = run_cli("check", *paths, "--format", "json", "--no-cache", "--jobs", "1")
    double = run_cli("check", *paths, "--format", "json", "--no-cache", "--jobs", "2")
    assert single.exit_code == double.exit_code
    assert single.stdout == double.stdout
    assert '"sources"' in single.stdout


def test_jobs_2_corpus_is_identical_to_jobs_1(run_cli, tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        result = run_cli(
            "corpus", CORPUS, "--out-dir", tmp_path / jobs, "--jobs", jobs, "--no-cache", "--fail-on", "never"
        )
        assert result.exit_code == 0, result.stderr
    single = sorted(p.relative_to(tmp_path / "1") for p in (tmp_path / "1").rglob("*"))
    double = sorted(p.relative_to(tmp_path / "2") for p in (tmp_path / "2").rglob("*"))
    assert single == double
    assert len([p for p in single if p.parent.name == "reports"]) == 3 * 3  # json, html, md
    for relative in single:
        if (tmp_path / "1" / relative).is_file():
            assert (tmp_path / "1" / relative).read_bytes() == (tmp_path / "2" / relative).read_bytes()


def test_cached_parallel_run_matches_plain_run(tmp_path: Path) -> None:
    sources = load_sources([CORPUS / "harbour-quake"]).sources
    store = tmp_path / "claims.sqlite"
    with Runner(RunOptions()) as runner:
        plain = runner.report_jsons([sources])
    for _ in range(2):  # cold, then every source from the cache
        with Runner(RunOptions(jobs=2, cache=store)) as runner:
            assert runner.report_jsons([sources]) == plain


def test_jobs_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="--jobs must be 1 or more"):
        make_executor(RunOptions(jobs=-1))


def test_jobs_0_uses_every_cpu(run_cli) -> None:
    every = run_cli("check", CORPUS / "mayor-vote", "--jobs", "0", "--no-cache")
    single = run_cli("check", CORPUS / "mayor-vote", "--jobs", "1", "--no-cache")
    assert every.exit_code == single.exit_code
    assert every.stdout == single.stdout


def test_extract_with_jobs_2_prints_the_claims_of_jobs_1(run_cli) -> None:
    single = run_cli("extract", CORPUS, "--no-cache", "--jobs", "1")
    double = run_cli("extract", CORPUS, "--no-cache", "--jobs", "2")
    assert single.exit_code == double.exit_code == 0
    assert single.stdout == double.stdout


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped by whoever adopted it, does not)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return not any(line.startswith("State:\tZ") for line in status)
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads process states from /proc")
def test_workers_exit_when_their_parent_is_killed() -> None:
    parent_code = (
        "import time\n"
        "from factcheck.run.workers import ProcessExecutor\n"
        "executor = ProcessExecutor(2)\n"
        "executor.submit(time.sleep, [600, 600])\n"
        "time.sleep(0.5)\n"
        "print(*executor._pool._processes, flush=True)\n"
        "time.sleep(600)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", parent_code], stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
    finally:
        parent.kill()  # SIGKILL: nothing in the parent can shut the pool down
        parent.wait()
    # a generous bound on how long they may take to notice; a leak keeps them for the 600 s sleep
    deadline = time.monotonic() + 60
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers)
