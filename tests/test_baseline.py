"""Baselines: written from the current findings, read back, hiding exactly those findings."""

from __future__ import annotations

import json

import pytest
from report_samples import DEATHS, INJURED, WEEKDAY, fake_check_story, sample_report, write_story

from factcheck.errors import BadBaselineError
from factcheck.report.baseline import apply_baseline, baseline_text, read_baseline


def test_baseline_round_trips_the_finding_ids_sorted(tmp_path) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(baseline_text([WEEKDAY, DEATHS, DEATHS]), encoding="utf-8")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert [entry["id"] for entry in data["findings"]] == [DEATHS.id, WEEKDAY.id]
    assert data["findings"][0] == {"id": DEATHS.id, "code": "FC201", "fact": DEATHS.fact}
    assert read_baseline(path) == {DEATHS.id, WEEKDAY.id}


def test_baseline_hides_only_accepted_findings() -> None:
    kept, hidden = apply_baseline(sample_report().discrepancies, frozenset({WEEKDAY.id}), "b.json")
    assert kept == [DEATHS, INJURED]
    assert [(h.finding.id, h.why) for h in hidden] == [(WEEKDAY.id, "baseline")]


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        "[]",
        '{"factcheck_baseline": 99, "findings": []}',
        '{"factcheck_baseline": 1, "findings": [{"code": "x"}]}',
        '{"factcheck_baseline": 1, "findings": ' + "[" * 20_000 + "]" * 20_000 + "}",
        '{"factcheck_baseline": ' + "1" * 5_000 + ', "findings": []}',
        '{"factcheck_baseline": 1, "findings": [{"id": "\\ud800"}]}',
    ],
)
def test_unreadable_baseline_is_an_error_naming_the_file(tmp_path, content: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadBaselineError) as error:
        read_baseline(path)
    assert str(path) in str(error.value)


def test_baseline_command_then_check_shows_only_new_findings(run_cli, monkeypatch, tmp_path) -> None:
    paths = write_story(tmp_path / "story")
    baseline = tmp_path / "baseline.json"
    fake_check_story(monkeypatch, sample_report().model_copy(update={"discrepancies": [DEATHS, WEEKDAY]}))
    written = run_cli("baseline", *paths, "-o", baseline)
    assert written.exit_code == 0 and "wrote 2 findings" in written.stderr

    fake_check_story(monkeypatch)  # a new finding (INJURED) appears
    result = run_cli("check", *paths, "--baseline", baseline, "--fail-on", "info", "--format", "json")
    assert [f["id"] for f in json.loads(result.stdout)["discrepancies"]] == [INJURED.id]
    assert result.exit_code == 1
    assert run_cli("check", *paths, "--baseline", baseline).exit_code == 0


def test_check_with_a_missing_baseline_exits_two(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    result = run_cli("check", *write_story(tmp_path / "story"), "--baseline", tmp_path / "none.json")
    assert result.exit_code == 2 and "E203" in result.stderr and "none.json" in result.stderr


def test_a_device_as_a_baseline_is_refused_without_reading() -> None:
    with pytest.raises(BadBaselineError, match="not a regular file"):
        read_baseline("/dev/zero")
