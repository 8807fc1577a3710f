"""Baselines: the fingerprints of accepted findings, hidden from later runs.

A finding's ``id`` is a fingerprint of its normalised content (rule, fact,
values), so it survives re-runs, reordering and edits elsewhere in the
sources; when the disputed values change, the finding is new and shows again.
The file is JSON, sorted, with the code and fact of each finding beside its
id so that a reviewer can read what was accepted::

    {"factcheck_baseline": 1, "findings": [{"id": "...", "code": "FC401", "fact": "..."}]}
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from factcheck.errors import BadBaselineError
from factcheck.read.untrusted import json_problem, load_json
from factcheck.records import Discrepancy
from factcheck.report.context import HiddenFinding

BASELINE_VERSION = 1


def baseline_text(findings: Sequence[Discrepancy]) -> str:
    """The baseline file accepting ``findings``."""
    entries = sorted(
        ({"id": f.id, "code": f.code, "fact": f.fact} for f in findings), key=lambda entry: entry["id"]
    )
    unique = [
        entry for index, entry in enumerate(entries) if index == 0 or entries[index - 1]["id"] != entry["id"]
    ]
    return (
        json.dumps({"factcheck_baseline": BASELINE_VERSION, "findings": unique}, indent=2, ensure_ascii=False)
        + "\n"
    )


def read_baseline(path: str | Path) -> frozenset[str]:
    """The accepted finding ids in a baseline file."""
    label = str(path)
    if Path(path).exists() and not Path(path).is_file():  # a pipe or a device: never read
        raise BadBaselineError(
            "the baseline is not a regular file", path=label, hint="give the file 'factcheck baseline' wrote"
        )
    try:
        data = load_json(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadBaselineError(
            "the baseline file does not exist",
            path=label,
            hint="write one with 'factcheck baseline PATHS -o FILE'",
        ) from None
    except (OSError, ValueError) as error:  # UnicodeDecodeError and JSON's errors are ValueErrors
        reason = error.strerror if isinstance(error, OSError) else json_problem(error)
        raise BadBaselineError(
            f"cannot read the baseline: {reason}", path=label, hint="regenerate it with 'factcheck baseline'"
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("factcheck_baseline") != BASELINE_VERSION
        or not isinstance(data.get("findings"), list)
        or not all(isinstance(entry, dict) and isinstance(entry.get("id"), str) for entry in data["findings"])
    ):
        raise BadBaselineError(
            f"not a factcheck baseline (version {BASELINE_VERSION})",
            path=label,
            hint="regenerate it with 'factcheck baseline PATHS -o FILE'",
        )
    return frozenset(entry["id"] for entry in data["findings"])


def apply_baseline(
    findings: Sequence[Discrepancy], accepted: frozenset[str], path: str
) -> tuple[list[Discrepancy], list[HiddenFinding]]:
    """The findings not in the baseline, and those it hides."""
    kept = [f for f in findings if f.id not in accepted]
    hidden = [HiddenFinding(finding=f, why="baseline", where=path) for f in findings if f.id in accepted]
    return kept, hidden
