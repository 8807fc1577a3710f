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


def test_baseline_stops_on_a_bad_input_and_with_keep_going_writes_the_rest(run_cli, monkeypatch, tmp_path):
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    (tmp_path / "story" / "empty.txt").write_bytes(b"")
    out = tmp_path / "baseline.json"
    stopped = run_cli("baseline", tmp_path / "story", "-o", out)
    assert stopped.exit_code == 2 and "empty.txt: E104" in stopped.stderr
    assert not out.exists()
    kept = run_cli("baseline", tmp_path / "story", "-o", out, "--keep-going")
    assert kept.exit_code == 0, kept.stderr
    assert "factcheck: warning: " in kept.stderr and "empty.txt: E104" in kept.stderr
    assert read_baseline(out) == {DEATHS.id, WEEKDAY.id, INJURED.id}
    assert len(paths) == 2


def test_audit_with_a_baseline_hides_the_sources_accepted_finding_from_their_gate(run_cli, tmp_path) -> None:
    wire = tmp_path / "wire"
    wire.mkdir()
    for name, toll in (("agency", 12), ("local", 9)):
        (wire / f"{name}.txt").write_text(f"The fire at the Corlan mill killed {toll} people, {name} said.\n")
    draft = tmp_path / "draft.md"
    draft.write_text("The fire at the Corlan mill killed people.\n", encoding="utf-8")
    common = ("--published", "2024-03-01", "--no-cache", "--fail-on-sources", "error")
    assert run_cli("audit", draft, "--sources", wire, *common).exit_code == 1
    # the baseline of the sources is the audit's: their findings' ids do not depend on the draft
    accepted = tmp_path / "accepted.json"
    assert run_cli("baseline", wire, "-o", accepted, "--published", "2024-03-01", "--no-cache").exit_code == 0
    assert len(read_baseline(accepted)) == 1
    result = run_cli("audit", draft, "--sources", wire, "--baseline", accepted, "--verbose", *common)
    assert result.exit_code == 0, result.stdout
    assert "hidden (baseline" in result.stdout and "FC201" in result.stdout


def test_a_device_as_a_baseline_is_refused_without_reading() -> None:
    with pytest.raises(BadBaselineError, match="not a regular file"):
        read_baseline("/dev/zero")
