"""Scoring extraction against expected claims: loading, matching and the figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.errors import ExpectedClaimsError
from factcheck.extract import extract_claims
from factcheck.extract.evaluate import format_table, load_expected, score
from factcheck.read.segment import segment_source
from factcheck.records import Source

TEXT = "A fire destroyed 40 homes in Lima on Friday, officials said. Mayor Rosa Diaz visited on Saturday."


def _source() -> Source:
    return Source(id="fire", path="fire.md", text=TEXT, content_hash="h", published=dt.date(2021, 3, 8))


def _expected(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "fire.yaml"
    path.write_text("source: fire\nclaims:\n" + body, encoding="utf-8")
    return path


def test_expected_claims_load_into_the_claim_records(tmp_path):
    path = _expected(
        tmp_path,
        "- {kind: time, quote: Friday, value: {start: 2021-03-05, end: 2021-03-06, weekday: 4}}\n"
        "- {kind: quantity, quote: 40 homes, value: {low: 40, high: 40}, stance: attributed}\n",
    )
    (friday, homes) = load_expected(path, _source())
    assert (friday.claim.start, friday.claim.end) == (TEXT.index("Friday"), TEXT.index("Friday") + 6)
    assert friday.claim.value.start == dt.date(2021, 3, 5)
    assert homes.stance == "attributed"
    assert homes.claim.value.low == 40


def test_a_quote_missing_from_the_source_is_an_error(tmp_path):
    path = _expected(tmp_path, "- {kind: time, quote: Sunday, value: {weekday: 6}}\n")
    with pytest.raises(ExpectedClaimsError, match="Sunday"):
        load_expected(path, _source())


def test_scores_count_matches_misses_false_alarms_and_wrong_values(tmp_path):
    path = _expected(
        tmp_path,
        "- {kind: time, quote: Friday, value: {start: 2021-03-05, end: 2021-03-06}, stance: attributed}\n"
        "- {kind: time, quote: Saturday, value: {start: 2021-03-13}}\n"  # wrong on purpose: it is 03-06
        "- {kind: quantity, quote: 40 homes, value: {low: 40, high: 40}}\n"
        "- {kind: age, quote: Rosa Diaz, value: {person: Rosa Diaz, years: 50}}\n",  # not in the text
    )
    source = _source()
    evaluation = score(load_expected(path, source), extract_claims(source, segment_source(source)))
    time = evaluation.scores["time"]
    assert (time.expected, time.matched, time.value_right) == (2, 2, 1)
    assert time.stance_accuracy == 1.0
    assert evaluation.scores["age"].recall == 0.0
    assert evaluation.scores["quantity"].value_accuracy == 1.0
    assert any("Saturday" in line for line in evaluation.wrong_values)
    table = format_table(evaluation)
    assert table.splitlines()[0].split()[:4] == ["kind", "expected", "found", "match"]


def test_eval_command_prints_the_table_for_the_example_story(run_cli):
    result = run_cli("eval", "sources", "claims")
    assert result.exit_code == 0
    rows = {line.split()[0]: line.split() for line in result.output.splitlines()[2:] if line.strip("-")}
    assert {"time", "quantity", "role", "entity", "all"} <= set(rows)
    assert float(rows["role"][4]) >= 0.9  # precision of roles on the example story
