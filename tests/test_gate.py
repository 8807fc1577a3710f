"""The publication gate: --fail-on levels, --exit-zero, exit codes, -o and --min-severity."""

from __future__ import annotations

import errno
import json
import os
import stat

import pytest
from report_samples import DEATHS, INJURED, WEEKDAY, fake_check_story, sample_report, write_story

from factcheck.errors import UsageError
from factcheck.report.gate import EXIT_FAILED, EXIT_PASSED, evaluate


@pytest.mark.parametrize(
    ("fail_on", "failing"),
    [
        ("error", [DEATHS.id]),
        ("warning", [DEATHS.id, WEEKDAY.id]),
        ("info", [DEATHS.id, WEEKDAY.id, INJURED.id]),
        ("never", []),
    ],
)
def test_gate_fails_on_findings_at_or_above_the_level(fail_on: str, failing: list[str]) -> None:
    gate = evaluate(sample_report().discrepancies, fail_on)
    assert list(gate.failing) == sorted(failing)
    assert gate.exit_code == (EXIT_FAILED if failing else EXIT_PASSED)


def test_gate_passes_a_report_without_findings() -> None:
    assert evaluate([], "info").exit_code == EXIT_PASSED


def test_exit_zero_keeps_the_verdict_but_exits_zero() -> None:
    gate = evaluate(sample_report().discrepancies, "error", exit_zero=True)
    assert gate.failed and gate.exit_code == EXIT_PASSED


def test_unknown_fail_on_level_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="fatal"):
        evaluate([], "fatal")


@pytest.mark.parametrize(
    ("args", "exit_code"),
    [
        ((), 1),
        (("--fail-on", "error"), 1),
        (("--fail-on", "warning"), 1),
        (("--fail-on", "info"), 1),
        (("--fail-on", "never"), 0),
        (("--exit-zero",), 0),
    ],
)
def test_check_exit_code_follows_the_gate(run_cli, monkeypatch, tmp_path, args, exit_code) -> None:
    fake_check_story(monkeypatch)
    result = run_cli("check", *write_story(tmp_path / "story"), *args)
    assert result.exit_code == exit_code, result.stderr


def test_check_passes_when_only_findings_below_the_level_remain(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch, sample_report().model_copy(update={"discrepancies": [INJURED]}))
    paths = write_story(tmp_path / "story")
    assert run_cli("check", *paths).exit_code == 0
    assert run_cli("check", *paths, "--fail-on", "warning").exit_code == 0
    assert run_cli("check", *paths, "--fail-on", "info").exit_code == 1


def test_bad_input_exits_two_with_one_line(run_cli, tmp_path) -> None:
    result = run_cli("check", tmp_path / "missing.txt")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "missing.txt" in result.stderr


def test_bad_usage_exits_two(run_cli, tmp_path) -> None:
    paths = write_story(tmp_path / "story")
    assert run_cli("check", *paths, "--fail-on", "fatal").exit_code == 2
    assert run_cli("check", *paths, "--format", "pdf").exit_code == 2


def test_min_severity_hides_findings_from_output_but_not_from_the_gate(
    run_cli, monkeypatch, tmp_path
) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    result = run_cli("check", *paths, "--min-severity", "error", "--fail-on", "warning", "--format", "json")
    assert result.exit_code == 1
    assert [f["id"] for f in json.loads(result.stdout)["discrepancies"]] == [DEATHS.id]


def test_output_file_is_written_whole_and_nothing_else_is_left(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    out = tmp_path / "out" / "report.sarif"
    out.parent.mkdir()
    out.write_text("old report", encoding="utf-8")
    result = run_cli("check", *paths, "--format", "sarif", "-o", out)
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.sarif"]


def test_output_never_overwrites_an_input(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    before = (tmp_path / "story" / "beacon.txt").read_bytes()
    result = run_cli("check", *paths, "-o", paths[0])
    assert result.exit_code == 2 and "overwrite an input" in result.stderr
    assert (tmp_path / "story" / "beacon.txt").read_bytes() == before


def test_text_output_points_into_the_file_past_its_front_matter(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    out = run_cli("check", *paths).stdout
    # herald.md: 4 lines of front matter, then the text; the sentence is the text's third line.
    assert f"{paths[1]}:7:41" in out


def test_output_is_not_written_where_the_next_run_would_read_it_as_a_source(
    run_cli, monkeypatch, tmp_path
) -> None:
    fake_check_story(monkeypatch)
    story = tmp_path / "story"
    write_story(story)
    refused = run_cli("check", story, "--format", "markdown", "-o", story / "report.md")
    assert refused.exit_code == 2 and "inside the input directory" in refused.stderr
    assert not (story / "report.md").exists()
    assert run_cli("check", story, "--format", "sarif", "-o", story / "report.sarif").exit_code == 1


def test_output_into_a_directory_path_is_a_one_line_error(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    (tmp_path / "out").mkdir()
    result = run_cli("check", *paths, "--format", "text", "-o", tmp_path / "out")
    assert result.exit_code == 2 and "cannot write" in result.stderr
    assert list((tmp_path / "out").iterdir()) == []


def test_text_is_coloured_only_on_a_terminal_and_never_in_a_file(run_cli, monkeypatch, tmp_path) -> None:
    import factcheck.formats.text

    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    assert "\x1b[" not in run_cli("check", *paths).stdout  # the test runner's stdout is not a terminal
    monkeypatch.setattr(
        factcheck.formats.text, "should_colour", lambda stream, environ=None, mode="auto": True
    )
    assert "\x1b[1;31merror\x1b[0m" in run_cli("check", *paths).stdout
    run_cli("check", *paths, "-o", tmp_path / "report.txt")
    assert "\x1b[" not in (tmp_path / "report.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "check"),
    [
        ("report.html", lambda text: text.startswith("<!DOCTYPE html>")),
        ("report.md", lambda text: text.startswith("# ")),
        ("report.json", lambda text: "discrepancies" in json.loads(text)),
        ("report.sarif", lambda text: json.loads(text)["version"] == "2.1.0"),
        ("report.xml", lambda text: text.startswith("<?xml") and "<testsuites" in text),
        ("REPORT.HTML", lambda text: text.startswith("<!DOCTYPE html>")),
    ],
)
def test_output_extension_chooses_the_format(run_cli, monkeypatch, tmp_path, name, check) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    result = run_cli("check", *paths, "-o", tmp_path / name)
    assert result.exit_code == 1, result.stderr
    assert check((tmp_path / name).read_text(encoding="utf-8"))


def test_format_given_wins_over_the_extension(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    run_cli("check", *paths, "--format", "json", "-o", tmp_path / "report.txt")
    assert json.loads((tmp_path / "report.txt").read_text(encoding="utf-8"))["discrepancies"]


def test_unknown_output_extension_is_an_error_naming_the_known_ones(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    result = run_cli("check", *paths, "-o", tmp_path / "report.pdf")
    assert result.exit_code == 2 and not (tmp_path / "report.pdf").exists()
    assert len(result.stderr.strip().splitlines()) == 1
    assert "report.pdf" in result.stderr and ".sarif" in result.stderr and "--format" in result.stderr


def test_one_run_writes_every_format_asked_for(run_cli, monkeypatch, tmp_path) -> None:
    import factcheck.formats.text

    fake_check_story(monkeypatch)
    # a terminal on stdout: the text there is coloured, the files never are
    monkeypatch.setattr(
        factcheck.formats.text, "should_colour", lambda stream, environ=None, mode="auto": True
    )
    paths = write_story(tmp_path / "story")
    sarif, junit, text = tmp_path / "f.sarif", tmp_path / "f.xml", tmp_path / "f.txt"
    result = run_cli(
        "check", *paths, "--format", "github", "--write", sarif, "--write", junit, "--write", text
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("::error ")
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert "<testsuites" in junit.read_text(encoding="utf-8")
    assert "\x1b[" not in text.read_text(encoding="utf-8") and "FC201" in text.read_text(encoding="utf-8")


def test_a_bad_write_extension_stops_the_run_before_any_output(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    result = run_cli("check", *paths, "--write", tmp_path / "f.sarif", "--write", tmp_path / "f.doc")
    assert result.exit_code == 2 and result.stdout == "" and "f.doc" in result.stderr
    assert not (tmp_path / "f.sarif").exists()


def test_color_flag_and_environment(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    coloured = "\x1b[1;31merror\x1b[0m"
    assert coloured in run_cli("check", *paths, "--color", "always").stdout
    assert coloured not in run_cli("check", *paths, "--color", "auto").stdout  # not a terminal
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert coloured in run_cli("check", *paths).stdout
    assert "\x1b[" not in run_cli("check", *paths, "--color", "never").stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run_cli("check", *paths).stdout
    assert coloured in run_cli("check", *paths, "--colour", "always").stdout
    assert run_cli("check", *paths, "--color", "sometimes").exit_code == 2


@pytest.mark.parametrize("suffix", [".meta.yaml", ".meta.yml", ".meta.json"])
def test_output_never_overwrites_nor_becomes_an_input_sidecar(run_cli, monkeypatch, tmp_path, suffix) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    sidecar = tmp_path / "story" / ("beacon.txt" + suffix)
    result = run_cli("check", *paths, "--format", "json", "-o", sidecar)
    assert result.exit_code == 2 and "metadata of the input" in result.stderr and not sidecar.exists()
    sidecar.write_text('{"title": "Kept"}\n', encoding="utf-8")  # YAML and JSON alike
    result = run_cli("check", *paths, "--format", "json", "-o", sidecar)
    assert result.exit_code == 2 and "overwrite an input or its metadata" in result.stderr
    assert sidecar.read_text(encoding="utf-8") == '{"title": "Kept"}\n'


def test_output_never_replaces_a_symbolic_link_or_a_special_file(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    kept = tmp_path / "kept.json"
    kept.write_text("{}", encoding="utf-8")
    link = tmp_path / "report.json"
    link.symlink_to(kept)
    result = run_cli("check", *paths, "--format", "json", "-o", link)
    assert result.exit_code == 2 and "symbolic link" in result.stderr
    assert link.is_symlink() and kept.read_text(encoding="utf-8") == "{}"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run_cli("check", *paths, "--format", "text", "-o", fifo)
    assert result.exit_code == 2 and "not a regular file" in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_full_disk_under_output_is_one_line_and_leaves_no_partial_file(
    run_cli, monkeypatch, tmp_path
) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.txt").write_text("yesterday's report", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = run_cli("check", *paths, "-o", out / "report.txt")
    assert result.exit_code == 2
    assert result.stderr.count("factcheck: error") == 1 and "No space left on device" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["report.txt"]
    assert (out / "report.txt").read_text(encoding="utf-8") == "yesterday's report"


def test_output_removes_what_a_killed_run_left_beside_it(run_cli, monkeypatch, tmp_path) -> None:
    import subprocess
    import sys

    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    out = tmp_path / "out"
    out.mkdir()
    left = out / f".report.json.{int(dead.stdout)}.tmp"
    other = out / f".notes.json.{int(dead.stdout)}.tmp"
    left.write_text("half", encoding="utf-8")
    other.write_text("not ours to judge", encoding="utf-8")
    assert run_cli("check", *paths, "--format", "json", "-o", out / "report.json").exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == [other.name, "report.json"]
