"""The command line on the example story: check, extract, schema, --version and --help."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import jsonschema
import pytest
from conftest import ROOT, SOURCES

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
    assert result.exit_code in (0, 1), result.stderr
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
    assert result.exit_code in (0, 1), result.stderr
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
