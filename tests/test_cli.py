"""The command line on the example story: check, extract, schema, --version and --help."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from paths import ROOT, SOURCES

from factcheck import __version__
from factcheck.cli import COMMANDS

# sha256 of the five seed articles as received (sha256sum of the original files): the text
# after each front matter in sources/ must be byte for byte the same.
SEED_HASHES = {
    "000_59823f0ea6a23992": (
        "2024-06-17",
        "f7fb102178ef14977696cd72a5627eaddbe13cd605937ac67995bcc806d6870e",
    ),
    "001_c4231e2fc43ea13c": (
        "2024-06-17",
        "5987a10db54649b4f78f31bae94dc422c11461dc84906a03052f56a268e8fe8b",
    ),
    "002_f400588fd96970e4": (
        "2024-06-19",
        "2204f9aacb6c26326a52704f0e3d5c19251d79a23ac2a1f7266ebd2e26c6c105",
    ),
    "003_7e5c5a9e887edff8": (
        "2024-06-18",
        "9ec7f7932e1b3f16e14720cbe436e82929df165a8ba7cc4541487850d3cb3ca9",
    ),
    "004_d0bdcf0f3b9f583a": (
        "2024-06-18",
        "42c25dc4ddb7bb742a06ca2cad8485bef63cb2ec73d586f237724e626343ad6f",
    ),
}


def test_check_json_lists_the_example_sources_with_metadata_and_exact_text(run_cli):
    result = run_cli("check", SOURCES, "--format", "json")
    assert result.exit_code == 1, result.stderr  # the story's one error fails the gate
    report = json.loads(result.stdout)
    found = {s["id"]: (s["published"], s["content_hash"]) for s in report["sources"]}
    assert found == SEED_HASHES
    assert [s["path"] for s in report["sources"]] == [
        (SOURCES / f"{i}.md").as_posix() for i in sorted(SEED_HASHES)
    ]
    by_id = {s["id"]: s for s in report["sources"]}
    assert by_id["003_7e5c5a9e887edff8"]["outlet"] == "The New Indian"
    assert by_id["004_d0bdcf0f3b9f583a"]["title"].startswith("Understanding the Deepening Relationship")
    assert report["diagnostics"] == []
    assert {"schema_version", "tool_version", "sources", "claims", "discrepancies"} <= set(report)


def test_check_json_validates_against_the_published_schema(run_cli):
    schema = json.loads(run_cli("schema").stdout)
    report = json.loads(run_cli("check", SOURCES, "--format", "json").stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(report, schema, cls=jsonschema.Draft202012Validator)


def test_schema_rejects_a_report_missing_its_sources(run_cli):
    schema = json.loads(run_cli("schema").stdout)
    report = json.loads(run_cli("check", SOURCES, "--format", "json").stdout)
    del report["sources"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, schema)


def test_schema_output_is_deterministic_with_sorted_keys(run_cli):
    first, second = run_cli("schema").stdout, run_cli("schema").stdout
    assert first == second
    assert first == json.dumps(json.loads(first), indent=2, sort_keys=True) + "\n"


def test_check_text_ends_with_a_summary_line(run_cli):
    result = run_cli("check", SOURCES)
    assert result.exit_code == 1, result.stderr  # the story's one error fails the gate
    assert "among 5 sources" in result.stdout.splitlines()[-1]


def test_check_output_is_identical_across_runs(run_cli):
    assert (
        run_cli("check", SOURCES, "--format", "json").stdout
        == run_cli("check", SOURCES, "--format", "json").stdout
    )


def test_extract_prints_one_claim_object_per_line(run_cli):
    result = run_cli("extract", SOURCES)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    claims = [json.loads(line) for line in lines]
    assert all(isinstance(claim, dict) and "kind" in claim and "quote" in claim for claim in claims)
    assert [c["source"] for c in claims] == sorted(c["source"] for c in claims)
    assert result.stdout == run_cli("extract", SOURCES).stdout


def test_extract_spans_index_the_source_text(run_cli):
    from factcheck.read.loaders import load_sources

    texts = {s.id: s.text for s in load_sources([SOURCES]).sources}
    for line in run_cli("extract", SOURCES).stdout.splitlines():
        claim = json.loads(line)
        assert texts[claim["source"]][claim["start"] : claim["end"]] == claim["quote"]


def test_version(run_cli):
    result = run_cli("--version")
    assert result.exit_code == 0
    assert result.stdout == f"factcheck, version {__version__}\n"


def test_python_dash_m_runs_the_cli():
    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_version_does_not_import_pydantic():
    code = "import sys; from factcheck.cli import main\ntry: main(['--version'])\nexcept SystemExit: pass\nprint('pydantic' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.stdout.strip().endswith("False")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_has_help_with_an_example(run_cli, command):
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"factcheck {command}" in result.stdout.split("Examples:")[1]


def test_top_level_help_lists_the_commands(run_cli):
    result = run_cli("--help")
    assert result.exit_code == 0
    for command in ("check", "extract", "schema"):
        assert command in result.stdout


def test_bad_usage_exits_2(run_cli):
    assert run_cli("check").exit_code == 2
    assert run_cli("check", SOURCES, "--format", "nonsense").exit_code == 2
    assert run_cli("no-such-command").exit_code == 2


def _undated_story(root):
    root.mkdir()
    (root / "a.txt").write_text("The Tarrow ferry ran aground last Friday with 40 people on board.\n")
    (root / "b.txt").write_text("The Tarrow ferry ran aground on Friday with 41 people on board.\n")
    return root


def test_missing_date_is_one_warning_per_source_warm_or_cold(run_cli, tmp_path):
    story = _undated_story(tmp_path / "story")
    for _ in ("cold", "warm"):
        result = run_cli("check", story, "--format", "json", "--exit-zero")
        warnings = [line for line in result.stderr.splitlines() if "W109" in line]
        assert warnings == [
            f"factcheck: warning: {story.as_posix()}/{name}: W109 no publication date: relative times "
            "(such as \"last Friday\") stay unresolved (give 'published: YYYY-MM-DD' or --published)"
            for name in ("a.txt", "b.txt")
        ]
        assert "Traceback" not in result.stderr and "UserWarning" not in result.stderr
        codes = [(d["path"], d["code"]) for d in json.loads(result.stdout)["diagnostics"]]
        assert codes == [(f"{story.as_posix()}/a.txt", "W109"), (f"{story.as_posix()}/b.txt", "W109")]


def test_warnings_are_in_sarif_invocations_and_quiet_silences_stderr(run_cli, tmp_path):
    story = _undated_story(tmp_path / "story")
    result = run_cli("check", story, "--format", "sarif", "--exit-zero", "-q")
    assert result.stderr == ""
    notes = json.loads(result.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [note["descriptor"]["id"] for note in notes] == ["W109", "W109"]


def test_warnings_escape_control_characters(run_cli, tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    (story / "a\x1b[2Jb.txt").write_text("The ferry ran aground on Friday.\n")
    result = run_cli("check", story, "--exit-zero")
    assert "\x1b" not in result.stderr
    assert "a\\x1b[2Jb.txt: W109" in result.stderr


@pytest.mark.parametrize("document", ["report", "audit", "index", "rules"])
def test_schema_of_every_json_the_tool_writes(run_cli, document):
    import jsonschema

    result = run_cli("schema", document)
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_without_argument_is_the_report_schema(run_cli):
    assert run_cli("schema").stdout == run_cli("schema", "report").stdout


def test_audit_and_rules_json_follow_their_schemas(run_cli):
    import jsonschema
    from conftest import FIXTURES

    audit = run_cli("audit", FIXTURES / "audit" / "putin_draft.md", "--sources", SOURCES, "--format", "json")
    jsonschema.validate(json.loads(audit.stdout), json.loads(run_cli("schema", "audit").stdout))
    rules = run_cli("rules", "--format", "json")
    jsonschema.validate(json.loads(rules.stdout), json.loads(run_cli("schema", "rules").stdout))


def test_errors_escape_control_characters_in_file_names(run_cli, tmp_path):
    missing = tmp_path / "gone\nfactcheck: error: forged\x1b[2J.md"
    result = run_cli("check", missing)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "\x1b" not in result.stderr and "gone\\x0afactcheck" in lines[0]


def _factcheck_command() -> list[str]:
    """The installed ``factcheck`` script next to this Python (as the README runs it), else ``-m``."""
    script = Path(sys.executable).with_name("factcheck")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "factcheck"]


def test_readme_check_of_the_example_story_prints_the_report_and_exits_1():
    # README, "Set up": "It prints the report and exits with 1 ... (--exit-zero makes it 0)".
    done = subprocess.run(
        [*_factcheck_command(), "check", "sources/"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 1, done.stderr
    assert "error FC401" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("1 finding (1 error, 0 warning, 0 info) among 5 sources")
    assert "gate FAILED" in done.stdout.splitlines()[-1]
    exit_zero = subprocess.run(
        [*_factcheck_command(), "check", "sources/", "--exit-zero"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert exit_zero.returncode == 0
    assert exit_zero.stdout.splitlines()[:-1] == done.stdout.splitlines()[:-1]
    assert "(ignored: --exit-zero)" in exit_zero.stdout.splitlines()[-1]


def _claim(claims: list[dict], source: str, quote: str) -> dict:
    found = [claim for claim in claims if claim["source"] == source and claim["quote"] == quote]
    assert len(found) == 1, f"{quote!r} of {source}: {len(found)} claims"
    return found[0]


def test_extract_prints_the_example_storys_claims_with_their_values(run_cli):
    # Values checked by hand against the text of sources/ (001 and 003 are published 2024-06-17 and -18).
    result = run_cli("extract", SOURCES)
    assert result.exit_code == 0, result.stderr
    claims = [json.loads(line) for line in result.stdout.splitlines()]
    # 001: "In July 2000, early in his presidency, Putin visited North Korea for the first time"
    july = _claim(claims, "001_c4231e2fc43ea13c", "July 2000")
    assert july["kind"] == "time" and july["event"] == "visit:vladimir_putin>north_korea"
    assert (july["value"]["start"], july["value"]["end"]) == ("2000-07-01", "2000-08-01")
    # 001: "... marking his second visit to the country since 2019."
    second = _claim(claims, "001_c4231e2fc43ea13c", "second visit to the country since 2019")
    assert second["kind"] == "recurrence" and second["value"]["ordinal"] == 2
    assert (second["value"]["window_start"], second["value"]["window_end"]) == ("2019-01-01", "2024-06-17")
    # 003: "... will visit North Korea for the first time in 24 years"
    first = _claim(claims, "003_7e5c5a9e887edff8", "first time in 24 years")
    assert first["value"]["ordinal"] == 1 and first["value"]["previous_gap_years"] == 24
    # 003: "... over 11,000 containers of munitions"
    containers = _claim(claims, "003_7e5c5a9e887edff8", "over 11,000 containers of munitions")
    assert containers["kind"] == "quantity"
    assert (containers["value"]["low"], containers["value"]["hedge"]) == (11000, "over")
    assert {claim["source"] for claim in claims} == set(SEED_HASHES)


def test_check_json_is_byte_identical_across_hash_seeds():
    # Output that depended on set or dict order of strings would differ between these processes.
    outputs = []
    for seed in ("1", "4242"):
        done = subprocess.run(
            [*_factcheck_command(), "check", str(SOURCES), "--format", "json", "--no-cache"],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=False,
        )
        assert done.returncode == 1, done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["discrepancies"]


def _story_with_an_empty_file(directory: Path) -> Path:
    directory.mkdir()
    (directory / "good.txt").write_text(
        "The fire at the Corlan mill killed 12 people on Friday.\n", encoding="utf-8"
    )
    (directory / "empty.txt").write_bytes(b"")
    return directory


def test_extract_stops_on_a_bad_input_and_with_keep_going_extracts_the_rest(run_cli, tmp_path):
    story = _story_with_an_empty_file(tmp_path / "story")
    stopped = run_cli("extract", story, "--published", "2024-03-01")
    assert stopped.exit_code == 2 and stopped.stdout == ""
    assert stopped.stderr == (
        f"factcheck: error: {story / 'empty.txt'}: E104 the file is empty "
        "(add the article text or leave the file out)\n"
    )
    kept = run_cli("extract", story, "--published", "2024-03-01", "--keep-going")
    assert kept.exit_code == 0, kept.stderr
    assert f"factcheck: warning: {story / 'empty.txt'}: E104 the file is empty" in kept.stderr
    claims = [json.loads(line) for line in kept.stdout.splitlines()]
    assert {claim["source"] for claim in claims} == {"good"}
    assert ("12 people", 12) in {(c["quote"], c["value"].get("low")) for c in claims}


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full, a device that is always full")
@pytest.mark.parametrize(
    "command", [["check", str(SOURCES), "--no-cache"], ["extract", str(SOURCES)], ["schema"]]
)
def test_a_full_stdout_is_one_line_and_exit_two(command, tmp_path):
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "factcheck", *command],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "FACTCHECK_CACHE": str(tmp_path / "claims.sqlite")},
            timeout=300,
        )
    assert result.returncode == 2
    assert (
        result.stderr.splitlines()[-1] == "factcheck: error: cannot write the output: No space left on device"
    )
    assert "Traceback" not in result.stderr
