"""Everything a user can name is documented: commands, options, rules, formats, hooks and the workflow."""

from __future__ import annotations

import re

import click
import pytest
import yaml
from paths import ROOT

from factcheck.cli import COMMANDS, main
from factcheck.compare.rules import all_rules
from factcheck.formats import FORMATS, all_formats


def _command(name: str) -> click.Command:
    command = main.get_command(click.Context(main), name)
    assert command is not None, name
    return command


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_every_option_is_described(name: str) -> None:
    command = _command(name)
    assert command.help and command.help.strip(), f"{name} has no help text"
    for parameter in command.params:
        if isinstance(parameter, click.Option):
            assert parameter.help and parameter.help.strip(), f"{name} {parameter.opts} has no help"


def test_every_rule_has_a_code_name_severity_and_docs() -> None:
    rules = all_rules()
    assert rules
    for rule in rules:
        assert re.fullmatch(r"FC\d{3}", rule.code), rule.code
        assert rule.name.strip() and rule.severity.value in ("error", "warning", "info")
        assert rule.doc.strip() and rule.summary, f"{rule.code} has no documentation"
    assert len({rule.code for rule in rules}) == len(rules)


def test_every_format_has_a_description_and_is_documented() -> None:
    guide = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for renderer in all_formats():
        assert renderer.description.strip(), renderer.name
        assert f"| `{renderer.name}` |" in guide, f"{renderer.name} missing from docs/ci.md"
        assert f"`{renderer.name}`" in readme, f"{renderer.name} missing from README.md"


@pytest.mark.parametrize("name", ["check", "audit"])
def test_publishing_commands_offer_every_format(name: str) -> None:
    option = next(p for p in _command(name).params if p.name == "output_format")
    assert sorted(option.type.choices) == sorted(FORMATS)


def test_pre_commit_hooks_run_real_commands() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in hooks} == {"factcheck", "factcheck-audit"}
    for hook in hooks:
        program, command = hook["entry"].split()
        assert program == "factcheck" and command in COMMANDS
        assert hook["name"] and hook["description"] and hook["language"] == "python"


def test_example_workflow_uses_documented_commands_and_formats() -> None:
    from factcheck.formats import format_for_output

    workflow = yaml.safe_load((ROOT / "docs" / "examples" / "factcheck.yml").read_text(encoding="utf-8"))
    runs = [step["run"] for step in workflow["jobs"]["factcheck"]["steps"] if "run" in step]
    invocations = [
        line.strip() for run in runs for line in run.splitlines() if line.strip().startswith("factcheck ")
    ]
    assert invocations
    for line in invocations:
        words = line.split()
        assert words[1] in COMMANDS
        if "--format" in words:
            assert words[words.index("--format") + 1] in FORMATS
        for index, word in enumerate(words):
            if word == "--write":
                format_for_output(words[index + 1])


def test_example_workflow_installs_factcheck_at_this_release_and_runs_once() -> None:
    from factcheck import PROJECT_URL, __version__
    from factcheck.formats import format_for_output

    workflow = yaml.safe_load((ROOT / "docs" / "examples" / "factcheck.yml").read_text(encoding="utf-8"))
    runs = [step["run"] for step in workflow["jobs"]["factcheck"]["steps"] if "run" in step]
    installs = [run for run in runs if "pip install" in run]
    # factcheck itself at the tag of a release, not `pip install .` of the stories' repository
    assert installs == [f'pip install "factcheck @ git+{PROJECT_URL}@v{__version__}"']
    checks = [line.split() for run in runs for line in run.splitlines() if line.startswith("factcheck check")]
    assert len(checks) == 1
    words = checks[0]
    written = [words[i + 1] for i, word in enumerate(words) if word == "--write"]
    assert sorted(format_for_output(path) for path in written) == ["junit", "sarif"]
    # the first run has no baseline file: the flag is passed only when the file exists
    assert "--baseline" not in words and "[ -f factcheck-baseline.json ]" in runs[-1]


def test_pre_commit_snippet_pins_this_release() -> None:
    from factcheck import __version__

    guide = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    assert re.findall(r"rev: (\S+)", guide) == [f"v{__version__}"]
