"""End to end: `factcheck check sources/ --format json` against claims/discrepancies.json."""

from __future__ import annotations

import json

from paths import ROOT, SOURCES

from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.records import Severity

EXPECTED = json.loads((ROOT / "claims" / "discrepancies.json").read_text(encoding="utf-8"))


def _report(run_cli) -> dict:
    result = run_cli("check", str(SOURCES), "--format", "json")
    assert result.exit_code == 1, result.stderr  # the story's one error fails the gate
    return json.loads(result.stdout)


def _span(texts: dict[str, str], cite: dict) -> tuple[int, int]:
    start = texts[cite["source"]].index(cite["text"])
    return start, start + len(cite["text"])


def _matches(finding: dict, expected: dict, texts: dict[str, str]) -> bool:
    if finding["code"] != expected["code"] or expected["fact_contains"] not in finding["fact"]:
        return False
    labels = [side["label"] for side in finding["sides"]]
    if len(labels) != len(expected["sides"]):
        return False
    for label, side in zip(labels, expected["sides"], strict=True):
        refs = [ref for ref in finding["claims"] if ref["side"] == label]
        if not refs or {ref["source"] for ref in refs} - set(side["sources"]):
            return False
        for cite in side["cites"]:
            start, end = _span(texts, cite)
            if not any(
                ref["source"] == cite["source"] and ref["start"] < end and start < ref["end"] for ref in refs
            ):
                return False
    return True


def test_the_example_story_has_exactly_its_one_expected_error(run_cli):
    report = _report(run_cli)
    texts = {source.id: source.text for source in load_sources([SOURCES], LoadOptions()).sources}
    errors = [d for d in report["discrepancies"] if d["severity"] == "error"]
    assert len(errors) == len(EXPECTED["discrepancies"]) == 1, [d["explanation"] for d in errors]
    expected = EXPECTED["discrepancies"][0]
    finding = errors[0]
    assert _matches(finding, expected, texts), json.dumps(finding, indent=1)
    for fragment in expected["explanation_contains"]:
        assert fragment in finding["explanation"]


def test_no_trap_of_the_example_is_reported_above_info(run_cli):
    report = _report(run_cli)
    ceiling = Severity(EXPECTED["others_at_most"])
    expected_ids = {d["id"] for d in report["discrepancies"] if d["severity"] == "error"}
    others = [d for d in report["discrepancies"] if d["id"] not in expected_ids]
    assert [d["explanation"] for d in others if Severity(d["severity"]) > ceiling] == []


def test_each_disputed_quote_is_the_text_at_its_offsets(run_cli):
    report = _report(run_cli)
    texts = {source.id: source.text for source in load_sources([SOURCES], LoadOptions()).sources}
    for finding in report["discrepancies"]:
        for ref in finding["claims"]:
            assert texts[ref["source"]][ref["start"] : ref["end"]] == ref["quote"]
