"""Everything a user can name is documented: commands, options, rules, formats, hooks and the workflow."""

from __future__ import annotations

import json
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


# An invented story for the guide's draft-gating step: three reports agree on the toll of a fire.
_MILL = "A fire at the Corlan mill in Brackley killed {} people on Sunday, {} said."


@pytest.mark.parametrize(
    ("draft", "exit_code"),
    [
        ("A fire at the Corlan mill killed 12 people on Sunday.", 0),
        ("A fire at the Corlan mill killed 9 people on Sunday.", 1),  # contradicted
        (
            "A fire at the Corlan mill killed 12 people on Sunday. The roof fell after 40 minutes.",
            1,
        ),  # unverified
    ],
)
def test_the_guides_draft_gating_step_runs_as_written(
    run_cli, tmp_path, monkeypatch, draft, exit_code
) -> None:
    guide = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    section = guide[guide.index("### Gating a draft in GitHub Actions") :]
    block = section[
        section.index("```yaml\n") + len("```yaml\n") : section.index("```\n", section.index("```yaml"))
    ]
    steps = yaml.safe_load(block)
    lines = [line for step in steps if "run" in step for line in step["run"].splitlines() if line.strip()]
    assert [line.split()[:2] for line in lines] == [["factcheck", "audit"]]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    for name, who in (("a", "officials"), ("b", "the fire service"), ("c", "police")):
        text = f"---\npublished: 2025-02-10\n---\n{_MILL.format(12, who)}\n"
        (tmp_path / "sources" / f"{name}.md").write_text(text, encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "story.md").write_text(
        f"---\npublished: 2025-02-11\n---\n{draft}\n", encoding="utf-8"
    )
    result = run_cli(*lines[0].split()[1:])
    assert result.exit_code == exit_code, result.stdout
    # the annotations are on the draft's lines; the files the next step uploads are written
    annotations = [
        line for line in result.stdout.splitlines() if line.startswith(("::error", "::notice file"))
    ]
    assert all(line.split(" ", 1)[1].startswith("file=drafts/story.md,") for line in annotations)
    # a failing verdict is an error annotation (an unverified claim weighs error here)
    assert bool([a for a in annotations if a.startswith("::error")]) == (exit_code == 1)
    sarif = json.loads((tmp_path / "audit.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["artifacts"][0]["location"]["uri"] == "drafts/story.md"
    assert (tmp_path / "audit-junit.xml").is_file()
    upload = next(
        step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif")
    )
    assert upload["with"]["sarif_file"] == "audit.sarif"
