"""Dask distributed: a LocalCluster gives the output of a plain run."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from paths import FIXTURES, SOURCES

from factcheck.errors import ConfigError
from factcheck.read.loaders import load_sources
from factcheck.run import workers as execute
from factcheck.run.corpus import check_corpus
from factcheck.run.workers import DaskExecutor, Runner, RunOptions, run_all

distributed = pytest.importorskip("distributed", reason="Dask is the extra factcheck[dask]")

CORPUS = FIXTURES / "corpus"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a small cluster in this process: two workers of one thread each."""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None, protocol="tcp"
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def test_cluster_report_is_identical_to_a_plain_run(scheduler: str) -> None:
    sources = load_sources([SOURCES]).sources
    with Runner(RunOptions()) as runner:
        plain = runner.report_jsons([sources])
    with Runner(RunOptions(scheduler=scheduler)) as runner:
        assert runner.report_jsons([sources]) == plain
        assert runner.stats.extracted == len(sources)


def test_cluster_corpus_is_identical_to_a_plain_run(scheduler: str, tmp_path: Path) -> None:
    check_corpus([CORPUS], tmp_path / "plain")
    result = check_corpus([CORPUS], tmp_path / "cluster", run=RunOptions(scheduler=scheduler))
    assert result.stories == 3
    plain_files = sorted(p.relative_to(tmp_path / "plain") for p in (tmp_path / "plain").rglob("*.*"))
    assert len(plain_files) == 11  # the reports, their pages, the index and its page
    for relative in plain_files:
        assert (tmp_path / "cluster" / relative).read_bytes() == (tmp_path / "plain" / relative).read_bytes()


def test_stories_compared_on_a_cluster_come_without_pages(scheduler: str) -> None:
    # the cluster's machines may not have the sources' files, whose lines the pages count
    sources = load_sources([CORPUS / "bus-crash"]).sources
    with Runner(RunOptions(scheduler=scheduler)) as runner:
        ((_, _, pages),) = runner.start_stories([sources], pages=True)()
    with Runner(RunOptions()) as runner:
        ((_, _, here),) = runner.start_stories([sources], pages=True)()
    assert pages is None and here is not None


def test_cli_takes_the_scheduler_from_the_environment(
    scheduler: str, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = run_cli("check", CORPUS / "harbour-quake", "--format", "json", "--no-cache")
    monkeypatch.setenv("FACTCHECK_SCHEDULER", scheduler)
    clustered = run_cli("check", CORPUS / "harbour-quake", "--format", "json", "--no-cache")
    assert clustered.exit_code == plain.exit_code
    assert clustered.stdout == plain.stdout


def test_cluster_results_keep_input_order(scheduler: str) -> None:
    executor = DaskExecutor(scheduler)
    try:
        assert run_all(executor, str, list(range(50))) == [str(n) for n in range(50)]
    finally:
        executor.close()


def test_missing_dask_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(ConfigError, match=r"pip install 'factcheck\[dask\]'"):
        DaskExecutor("tcp://127.0.0.1:8786")


def test_unreachable_scheduler_is_a_one_line_error(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(execute, "DASK_CONNECT_TIMEOUT_SECONDS", 2)
    result = run_cli("check", CORPUS / "mayor-vote", "--no-cache", "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


@pytest.mark.parametrize("address", ["foo", "tcp://host-without-port", "tcp://127.0.0.1:99999", "a b:1"])
def test_a_malformed_scheduler_address_fails_before_dask_is_asked(
    run_cli, monkeypatch: pytest.MonkeyPatch, address: str
) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("Dask was asked to connect to a malformed address")

    monkeypatch.setattr(distributed, "Client", refuse)
    result = run_cli("check", CORPUS / "mayor-vote", "--no-cache", "--scheduler", address)
    assert result.exit_code == 2
    assert result.stderr.count("factcheck: error") == 1 and "is not a scheduler address" in result.stderr
