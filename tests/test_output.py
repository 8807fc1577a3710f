"""Writing a report with -o: through a temporary file and a rename, for every command that writes one.

A reader that holds the old file (here: a hard link to it) must keep it
whole; a direct write into the target would change what the link shows.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from report_samples import fake_check_story, write_story

OLD = "the old report\n"


def _old_target(tmp_path: Path, name: str) -> tuple[Path, Path]:
    """``out/<name>`` holding :data:`OLD`, and a hard link to it outside ``out/``."""
    target = tmp_path / "out" / name
    target.parent.mkdir()
    target.write_text(OLD, encoding="utf-8")
    reader = tmp_path / "reader"
    os.link(target, reader)
    return target, reader


@pytest.mark.parametrize("command", ["check", "baseline"])
def test_check_and_baseline_replace_the_output_file_by_a_rename(run_cli, monkeypatch, tmp_path, command):
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    target, reader = _old_target(tmp_path, "report.json")
    extra = ("--format", "json") if command == "check" else ()
    result = run_cli(command, *paths, "-o", target, *extra)
    assert result.exit_code == (1 if command == "check" else 0), result.stderr
    assert reader.read_text(encoding="utf-8") == OLD
    assert json.loads(target.read_text(encoding="utf-8"))  # the new report, whole
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]  # no temporary left


@pytest.mark.parametrize("output_format", ["json", "sarif"])
def test_audit_replaces_the_output_file_by_a_rename(run_cli, tmp_path, output_format):
    # json goes through the audit's own writer, sarif through the check's
    (tmp_path / "wire").mkdir()
    (tmp_path / "wire" / "agency.txt").write_text("The mill fire killed 12 people.\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("The mill fire killed 12 people.\n", encoding="utf-8")
    target, reader = _old_target(tmp_path, f"audit.{output_format}")
    result = run_cli(
        "audit", draft, "--sources", tmp_path / "wire", "--format", output_format, "-o", target, "--no-cache"
    )
    assert result.exit_code == 0, result.stderr
    assert reader.read_text(encoding="utf-8") == OLD
    assert json.loads(target.read_text(encoding="utf-8"))
