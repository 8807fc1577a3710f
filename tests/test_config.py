"""Configuration: found upwards, pyproject [tool.factcheck] or factcheck.toml, flags win, unknown keys fail."""

from __future__ import annotations

import json

import pytest
from report_samples import DEATHS, INJURED, WEEKDAY, fake_check_story, sample_report, write_story

from factcheck.config import find_config, load_config
from factcheck.errors import BadConfigValueError, UnknownConfigKeyError
from factcheck.report.baseline import baseline_text


def test_factcheck_toml_is_found_from_a_subdirectory_and_paths_are_relative_to_it(
    tmp_path, monkeypatch
) -> None:
    (tmp_path / "factcheck.toml").write_text(
        'sources = ["wire/"]\nfail-on = "warning"\ndisable = ["fc802"]\nbaseline = "accepted.json"\n'
        "[tolerances.relative]\nlength = 0.05\n",
        encoding="utf-8",
    )
    (tmp_path / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "deep" / "er")
    monkeypatch.delenv("FACTCHECK_CONFIG")  # conftest's empty file would stop the search
    config = load_config()
    assert config.path == tmp_path / "factcheck.toml"
    assert config.sources == (str(tmp_path / "wire"),)
    assert config.fail_on == "warning" and config.disable == ("FC802",)
    assert config.baseline == str(tmp_path / "accepted.json")
    assert config.tolerances().relative_for("length") == 0.05
    assert config.tolerances().relative_for("count") == 0.0  # the default stays where not overridden


def test_pyproject_without_a_factcheck_table_is_passed_over(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "info"\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path / "sub") == tmp_path / "pyproject.toml"
    assert load_config(tmp_path / "pyproject.toml").fail_on == "info"


def test_unknown_key_is_an_error_naming_the_key_and_the_file(tmp_path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.factcheck]\nfail_on = "warning"\n', encoding="utf-8")
    with pytest.raises(UnknownConfigKeyError) as error:
        load_config(path)
    assert "tool.factcheck.fail_on" in str(error.value) and str(path) in str(error.value)


def test_unknown_tolerance_measure_is_an_error(tmp_path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text("[tolerances.relative]\nlenght = 0.1\n", encoding="utf-8")
    with pytest.raises(UnknownConfigKeyError, match="tolerances.relative.lenght"):
        load_config(path)


@pytest.mark.parametrize(
    "line", ['fail-on = "fatal"', 'disable = "FC101"', "[tolerances.absolute]\nlength = -1"]
)
def test_bad_values_are_errors(tmp_path, line: str) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(BadConfigValueError):
        load_config(path)


def test_check_takes_fail_on_and_disabled_rules_from_config_and_flags_win(
    run_cli, monkeypatch, tmp_path
) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")
    config = tmp_path / "factcheck.toml"
    config.write_text('fail-on = "info"\ndisable = ["FC201", "FC101"]\n', encoding="utf-8")
    result = run_cli("check", *paths, "--config", config, "--format", "json")
    assert [f["id"] for f in json.loads(result.stdout)["discrepancies"]] == [INJURED.id]
    assert result.exit_code == 1  # the info finding trips fail-on = "info"
    assert run_cli("check", *paths, "--config", config, "--fail-on", "warning").exit_code == 0


def test_check_reads_its_sources_from_the_config_found_upwards(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    write_story(tmp_path / "story")
    (tmp_path / "factcheck.toml").write_text('sources = ["story/"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_CONFIG")
    result = run_cli("check", "--format", "json")
    assert [f["id"] for f in json.loads(result.stdout)["discrepancies"]] == [
        DEATHS.id,
        WEEKDAY.id,
        INJURED.id,
    ]


def test_check_with_an_unknown_config_key_exits_two_naming_it(run_cli, tmp_path) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text('fail-on = "error"\ncolour = true\n', encoding="utf-8")
    result = run_cli("check", *write_story(tmp_path / "story"), "--config", config)
    assert result.exit_code == 2
    assert "unknown configuration key 'colour'" in result.stderr and str(config) in result.stderr


def test_select_and_ignore_keys_choose_rules_by_code_or_prefix(tmp_path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text('select = ["fc1", "FC201"]\nignore = ["FC102"]\n', encoding="utf-8")
    from factcheck.compare.selection import disabled_rules

    config = load_config(path)
    disabled = disabled_rules(config)
    assert "FC101" not in disabled and "FC201" not in disabled
    assert {"FC102", "FC301", "FC401", "FC802"} <= disabled
    # --select replaces the file's select; --ignore adds to its ignore
    assert disabled_rules(config, select=["FC3"], ignore=["FC301"]) >= {"FC101", "FC201", "FC301"}


def test_unknown_rule_codes_in_the_file_are_one_error_naming_them_all_and_the_file(tmp_path) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text('select = ["FC1", "FC0"]\ndisable = ["XX1"]\n', encoding="utf-8")
    from factcheck.compare.selection import disabled_rules

    with pytest.raises(BadConfigValueError) as error:
        disabled_rules(load_config(path), select=["FC1"])
    message = str(error.value)
    assert "'FC0'" in message and "'XX1'" in message and str(path) in message and "FC101" in message


def test_check_select_and_ignore_flags(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story")

    def shown(*flags: str) -> list[str]:
        result = run_cli("check", *paths, "--format", "json", *flags)
        return [f["code"] for f in json.loads(result.stdout)["discrepancies"]]

    # the sample's findings are FC201, FC101 and FC802
    assert shown("--select", "FC2") == ["FC201"]
    assert shown("--select", "FC1,FC201", "--ignore", "fc2") == ["FC101"]
    assert shown("--ignore", "FC101", "--ignore", "FC201") == ["FC802"]


def test_check_with_unknown_rule_codes_names_them_and_the_known_ones(run_cli, tmp_path) -> None:
    result = run_cli("check", *write_story(tmp_path / "story"), "--select", "FC1,FC0", "--ignore", "W5")
    assert result.exit_code == 2 and result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "'FC0', 'W5'" in result.stderr and "FC101" in result.stderr and "FC802" in result.stderr


def test_factcheck_config_variable_names_the_file_and_nothing_is_searched(monkeypatch, tmp_path) -> None:
    (tmp_path / "factcheck.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    named = tmp_path / "elsewhere" / "factcheck.toml"
    named.parent.mkdir()
    named.write_text('fail-on = "warning"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_CONFIG", str(named))
    assert load_config().path == named and load_config().fail_on == "warning"
    assert load_config(tmp_path / "factcheck.toml").fail_on == "info"  # --config wins over the variable


def test_an_empty_factcheck_config_file_means_the_defaults(monkeypatch, tmp_path) -> None:
    (tmp_path / "factcheck.toml").write_text('disable = ["FC401"]\n', encoding="utf-8")
    empty = tmp_path / "empty" / "factcheck.toml"
    empty.parent.mkdir()
    empty.write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FACTCHECK_CONFIG", str(empty))
    assert load_config().disable == ()


def test_missing_factcheck_config_file_exits_two_naming_the_variable(run_cli, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("FACTCHECK_CONFIG", str(tmp_path / "nowhere.toml"))
    result = run_cli("check", *write_story(tmp_path / "story"))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "nowhere.toml" in result.stderr and "FACTCHECK_CONFIG" in result.stderr


def test_baseline_named_in_the_config_hides_its_findings(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch, sample_report().model_copy(update={"discrepancies": [DEATHS]}))
    paths = write_story(tmp_path / "story")
    (tmp_path / "accepted.json").write_text(baseline_text([DEATHS]), encoding="utf-8")
    config = tmp_path / "factcheck.toml"
    config.write_text('baseline = "accepted.json"\n', encoding="utf-8")  # relative to the file
    assert run_cli("check", *paths).exit_code == 1  # without the config, DEATHS fails the gate
    result = run_cli("check", *paths, "--config", config, "--format", "json", "--verbose")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["discrepancies"] == []
    monkeypatch.setenv("FACTCHECK_CONFIG", str(config))  # the same, found through the variable
    assert run_cli("check", *paths).exit_code == 0


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("factcheck.toml", b'sources = ["a"]\n# caf\xe9\n', "not UTF-8"),
        ("factcheck.toml", b"limit = " + b"9" * 5000 + b"\n", "out of range"),
        ("factcheck.toml", b"x = " + b"[" * 3000 + b"]" * 3000 + b"\n", "nested too deeply"),
        ("pyproject.toml", b"[tool]\nfactcheck = 3\n", "tool.factcheck must be a table"),
    ],
)
def test_a_hostile_config_file_is_one_line_and_exit_two(run_cli, tmp_path, name, content, problem) -> None:
    config = tmp_path / name
    config.write_bytes(content)
    result = run_cli("check", *write_story(tmp_path / "story"), "--config", config)
    assert result.exit_code == 2
    assert (
        result.stderr.count("factcheck: error") == 1
        and problem in result.stderr
        and str(config) in result.stderr
    )


def test_a_pyproject_whose_tool_is_not_a_table_is_passed_over(tmp_path) -> None:
    (tmp_path / "pyproject.toml").write_text('tool = "factcheck"\n', encoding="utf-8")
    assert find_config(tmp_path) is None
