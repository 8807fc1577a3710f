"""`factcheck rules` and `factcheck explain CODE`, and the rule registry behind them."""

from __future__ import annotations

import re

from factcheck.compare.rules import all_rules, rule_for
from factcheck.records import Severity


def test_every_rule_has_a_stable_code_a_problem_name_and_full_docs():
    rules = all_rules()
    codes = [rule.code for rule in rules]
    assert codes == sorted(set(codes))
    for rule in rules:
        assert re.fullmatch(r"FC\d{3}", rule.code)
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", rule.name)
        assert isinstance(rule.severity, Severity)
        for section in ("What it finds", "Why", "Example", "Not flagged", "Configure"):
            assert section in rule.doc, (rule.code, section)


def test_rules_lists_every_rule_with_its_severity(run_cli):
    result = run_cli("rules")
    assert result.exit_code == 0
    for rule in all_rules():
        line = next(line for line in result.stdout.splitlines() if line.startswith(rule.code))
        assert rule.name in line and rule.severity.value in line and rule.summary in line


def test_explain_prints_the_rules_documentation(run_cli):
    result = run_cli("explain", "fc401")
    assert result.exit_code == 0
    assert result.stdout.startswith("FC401 recurrence-conflict (default severity: error)")
    assert "first time in 24 years" in result.stdout
    assert rule_for("FC401").summary in result.stdout


def test_explain_of_an_unknown_code_is_one_line_and_exit_2(run_cli):
    result = run_cli("explain", "FC999")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "FC999" in result.stderr and "FC101" in result.stderr


def test_rules_as_json_gives_every_rule_with_its_docs_and_help_link(run_cli):
    import json

    result = run_cli("rules", "--format", "json")
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [entry["code"] for entry in listed] == [rule.code for rule in all_rules()]
    for entry, rule in zip(listed, all_rules(), strict=True):
        assert entry["name"] == rule.name and entry["severity"] == rule.severity.value
        assert entry["summary"] == rule.summary and "What it finds" in entry["doc"]
        assert entry["help_uri"].endswith(f"/docs/rules.md#{rule.code.lower()}")


def test_docs_rules_page_is_the_generated_one_with_an_anchor_per_rule(run_cli):
    from conftest import ROOT

    page = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    generated = run_cli("rules", "--format", "markdown").stdout
    # helpUri of SARIF and reviewdog point at these anchors: the page must hold every rule, as now
    assert page == generated, "docs/rules.md is stale: factcheck rules --format markdown > docs/rules.md"
    for rule in all_rules():
        assert f"\n## {rule.code}\n" in page
        assert rule.summary in page
