"""Output formats: golden files, escaping, colour, SARIF/JSON validity, GitHub limits, JUnit."""

from __future__ import annotations

import io
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from report_samples import DEATHS, FACTS, INJURED, WEEKDAY, sample_context, sample_report

from factcheck.errors import UsageError
from factcheck.formats import FORMATS, all_formats, get_format
from factcheck.formats.github import PER_LEVEL
from factcheck.formats.markdown import md_escape
from factcheck.formats.text import should_colour
from factcheck.report.gate import evaluate

GOLDEN = Path(__file__).resolve().parent / "golden"
DATA = Path(__file__).resolve().parent / "data"
# FACTCHECK_REGENERATE_GOLDEN=1 pytest tests/test_formats.py rewrites the golden files and fails, so that
# each regenerated file is looked at: read the diff, commit it, run again. Read at import, before conftest
# clears the FACTCHECK_* variables for the tests.
REGENERATE = os.environ.get("FACTCHECK_REGENERATE_GOLDEN") == "1"


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_format_matches_golden_file(name: str) -> None:
    renderer = get_format(name)
    rendered = renderer.render(sample_report(), sample_context())
    golden = GOLDEN / f"{name}.{renderer.extension}"
    if REGENERATE:
        golden.write_text(rendered, encoding="utf-8")
        pytest.fail(
            f"regenerated {golden.name}: review the diff (git diff {golden}), then run without "
            "FACTCHECK_REGENERATE_GOLDEN"
        )
    assert rendered == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_audit_format_matches_golden_file(name: str) -> None:
    from audit_samples import sample_audit, sample_audit_context

    from factcheck.formats.audit import render_audit

    renderer = get_format(name)
    rendered = render_audit(sample_audit(), sample_report(), sample_audit_context(), name)
    golden = GOLDEN / "audit" / f"{name}.{renderer.extension}"
    if REGENERATE:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
        pytest.fail(
            f"regenerated audit/{golden.name}: review the diff (git diff {golden}), then run without "
            "FACTCHECK_REGENERATE_GOLDEN"
        )
    assert rendered == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_format_renders_same_bytes_twice(name: str) -> None:
    renderer = get_format(name)
    assert renderer.render(sample_report(), sample_context()) == renderer.render(
        sample_report(), sample_context()
    )


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(UsageError, match="sarif"):
        get_format("pdf")


def test_every_format_has_a_name_and_description() -> None:
    assert sorted(renderer.name for renderer in all_formats()) == sorted(FORMATS)
    assert all(renderer.description.strip() for renderer in all_formats())


# text


def test_text_marks_the_clashing_value_in_its_sentence() -> None:
    out = get_format("text").render(sample_report(), sample_context())
    assert "The Harlow Bridge collapsed on Tuesday, >>killing 12 people<< and injuring 30." in out
    assert "\x1b[" not in out


def test_text_and_markdown_say_which_dates_were_read_from_the_text_or_url() -> None:
    report = sample_report()
    beacon, herald = report.sources
    report = report.model_copy(
        update={"sources": [beacon.model_copy(update={"published_from": "dateline"}), herald]}
    )
    text = get_format("text").render(report, sample_context())
    markdown = get_format("markdown").render(report, sample_context())
    assert "story/beacon.txt: published 2025-03-04 (from the dateline)" in text
    assert "story/beacon\\.txt: published 2025\\-03\\-04 \\(from the dateline\\)" in markdown
    # a date from the metadata needs no note
    assert "herald.md: published" not in text
    assert "herald\\.md: published" not in markdown


def test_text_positions_count_the_front_matter_lines() -> None:
    out = get_format("text").render(sample_report(), sample_context())
    # herald's text starts on line 5 of herald.md; the sentence is its third line, column 41.
    assert "story/herald.md:7:41" in out


def test_text_uses_colour_only_when_asked() -> None:
    out = get_format("text").render(sample_report(), sample_context(color=True))
    assert "\x1b[1;31merror\x1b[0m" in out
    assert ">>" not in out


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_on_a_terminal_unless_no_color_or_piped() -> None:
    assert should_colour(_Tty(), {}) is True
    assert should_colour(_Tty(), {"NO_COLOR": "1"}) is False
    assert should_colour(io.StringIO(), {}) is False
    assert should_colour(io.StringIO(), {"FORCE_COLOR": "1"}) is True
    assert should_colour(io.StringIO(), {"FORCE_COLOR": "0"}) is False
    assert should_colour(_Tty(), {"FORCE_COLOR": "1", "NO_COLOR": "1"}) is False
    assert should_colour(io.StringIO(), {"NO_COLOR": "1"}, mode="always") is True
    assert should_colour(_Tty(), {}, mode="never") is False


def test_text_strips_terminal_control_characters_from_article_text() -> None:
    report = sample_report()
    finding = DEATHS.model_copy(update={"fact": "killed\x1b[2J toll"})
    report.discrepancies = [finding]
    out = get_format("text").render(report, sample_context())
    assert "\x1b" not in out
    assert "killed[2J toll" in out


def test_text_shows_hidden_findings_with_their_reason_when_verbose() -> None:
    from factcheck.formats.base import HiddenFinding

    hidden = (
        HiddenFinding(finding=INJURED, why="suppressed", reason="police figure is older", where="a.md:3"),
    )
    quiet = get_format("text").render(sample_report(), sample_context(hidden=hidden))
    verbose = get_format("text").render(sample_report(), sample_context(hidden=hidden, verbose=True))
    assert "police figure is older" not in quiet
    assert "1 hidden" in quiet
    assert (
        "hidden (suppressed at a.md:3) FC802 the number injured in the collapse: police figure is older"
        in verbose
    )


# markdown


def test_markdown_escape_neutralises_markup_and_table_breaks() -> None:
    assert md_escape("a | b") == "a \\| b"
    assert md_escape("<script>x</script>") == "&lt;script&gt;x&lt;/script&gt;"
    assert md_escape("*bold* [link](http://x)") == r"\*bold\* \[link\]\(http\://x\)"
    assert md_escape("line\nbreak") == "line break"


def test_markdown_article_text_cannot_add_table_cells() -> None:
    report = sample_report()
    evil = "x | y | z\n| --- |\n<img src=x onerror=alert(1)>"
    report.discrepancies = [
        DEATHS.model_copy(update={"sides": tuple(s.model_copy(update={"value": evil}) for s in DEATHS.sides)})
    ]
    report.facts = [
        FACTS[0].model_copy(
            update={"values": tuple(v.model_copy(update={"text": evil}) for v in FACTS[0].values)}
        )
    ]
    out = get_format("markdown").render(report, sample_context())
    cells = None
    for line in out.splitlines():
        if not line.startswith("| "):
            cells = None
            continue
        pipes = len(re.findall(r"(?<!\\)\|", line))
        cells = pipes if cells is None else cells  # a table's header fixes its number of cells
        assert pipes == cells, line
    assert "<img" not in out


# html


def test_html_escapes_article_text_and_loads_nothing_from_outside() -> None:
    out = get_format("html").render(sample_report(), sample_context())
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert not re.search(r"(src|href)=\"(https?:)?//", out)
    assert "script-src 'none'" in out


def test_html_links_each_highlighted_span_to_its_finding_in_its_sides_colour() -> None:
    out = get_format("html").render(sample_report(), sample_context())
    # herald holds side B of the toll: the second colour, in the text as in the conflict
    assert (
        '<mark class="side-1" data-claim="herald:c1"><a href="#finding-d0c5a1e2b3f40001">killing 12 people</a></mark>'
        in out
    )
    assert 'id="finding-d0c5a1e2b3f40001"' in out
    assert 'href="#span-herald_3a_c1"><mark class="side-1">killing 12 people</mark>' in out
    assert 'id="span-herald_3a_c1"' in out


def test_html_names_the_story_links_articles_and_takes_outlets_from_urls() -> None:
    report = sample_report()
    beacon, herald = report.sources
    report.sources = [
        beacon.model_copy(
            update={"outlet": None, "url": "https://www.beacon.example/news/bridge", "story": "harlow"}
        ),
        herald.model_copy(update={"url": "javascript:alert(1)", "story": "harlow"}),
    ]
    out = get_format("html").render(report, sample_context())
    assert "<title>harlow: factcheck report</title>" in out
    assert (
        '<a class="article-link" href="https://www.beacon.example/news/bridge" rel="noopener noreferrer">'
        in out
    )
    assert "beacon.example · 2025-03-04" in out  # the outlet from the URL's host
    assert "javascript:" not in out


def test_html_shows_articles_collapsed_with_their_conflicting_sentences_first() -> None:
    out = get_format("html").render(sample_report(), sample_context())
    herald = out[out.index('id="source-herald"') :]
    first_sentence = herald.index('<ul class="conflicting">')
    assert first_sentence < herald.index("<details><summary>")
    # one list item per sentence, all three quotes of that sentence marked in it
    sentences = herald[first_sentence : herald.index("</ul>")]
    assert sentences.count("<li>") == 1 and sentences.count("<mark") == 3
    assert out.index('<section id="facts">') < out.index('<section class="findings">')  # facts first


def test_html_highlights_overlapping_spans_without_breaking_text() -> None:
    from factcheck.formats.html import _highlight
    from factcheck.records import ClaimRef

    text = "abcdefgh"
    refs = [
        (ClaimRef(claim="c1", source="s", start=1, end=5, quote="bcde", side="A", value="1"), "f1", "error"),
        (
            ClaimRef(claim="c2", source="s", start=3, end=7, quote="defg", side="B", value="2"),
            "f2",
            "warning",
        ),
    ]
    out = _highlight(text, refs)
    assert re.sub(r"<[^>]+>", "", out) == text
    assert out.count('id="span-c1"') == 1 and out.count('id="span-c2"') == 1


# json


def test_json_validates_against_factcheck_schema(run_cli) -> None:
    schema = json.loads(run_cli("schema").stdout)
    document = json.loads(get_format("json").render(sample_report(), sample_context()))
    jsonschema.validate(document, schema)
    assert [f["id"] for f in document["discrepancies"]] == [DEATHS.id, WEEKDAY.id, INJURED.id]


# sarif


def test_sarif_validates_against_the_sarif_2_1_0_schema() -> None:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(get_format("sarif").render(sample_report(), sample_context()))
    jsonschema.Draft7Validator(schema).validate(log)


def test_sarif_region_and_fingerprint_come_from_offsets_and_id() -> None:
    log = json.loads(get_format("sarif").render(sample_report(), sample_context()))
    result = log["runs"][0]["results"][0]
    assert result["ruleId"] == "FC201" and result["level"] == "error"
    assert result["partialFingerprints"] == {"factcheckFinding/v1": DEATHS.id}
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "story/beacon.txt"
    # "Nine people died" starts line 3 of beacon.txt; 16 characters, so the end column is 17 (exclusive).
    assert {k: location["region"][k] for k in ("startLine", "startColumn", "endLine", "endColumn")} == {
        "startLine": 3,
        "startColumn": 1,
        "endLine": 3,
        "endColumn": 17,
    }
    related = result["relatedLocations"][1]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "story/herald.md"
    assert related["region"]["startLine"] == 7 and related["region"]["startColumn"] == 41
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[result["ruleIndex"]]["id"] == "FC201"
    assert (
        rules[result["ruleIndex"]]["shortDescription"]["text"]
        == "Two counts of one thing whose ranges do not overlap."
    )


def test_sarif_links_the_tool_and_each_rule_to_their_docs() -> None:
    from factcheck import PROJECT_URL

    log = json.loads(get_format("sarif").render(sample_report(), sample_context()))
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == PROJECT_URL
    assert all(rule["helpUri"].endswith(f"docs/rules.md#{rule['id'].lower()}") for rule in driver["rules"])


def test_sarif_invocation_carries_the_input_warnings() -> None:
    from factcheck.records import Diagnostic

    report = sample_report()
    report.diagnostics = [
        Diagnostic(path="story/a.md", line=4, code="W501", message="suppression matches no finding"),
        Diagnostic(path="story/b.txt", code="W109", message="no publication date"),
    ]
    log = json.loads(get_format("sarif").render(report, sample_context()))
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True and invocation["exitCode"] == 1
    notes = invocation["toolExecutionNotifications"]
    assert [(note["descriptor"]["id"], note["level"]) for note in notes] == [
        ("W501", "warning"),
        ("W109", "warning"),
    ]
    assert notes[0]["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "story/a.md"},
        "region": {"startLine": 4},
    }


def test_sarif_without_texts_gives_offsets_only() -> None:
    log = json.loads(get_format("sarif").render(sample_report(), sample_context(texts={})))
    region = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region == {"charOffset": DEATHS.claims[0].start, "charLength": 16}


# junit


def test_junit_fails_the_findings_that_trip_the_gate() -> None:
    for fail_on, failing in (
        ("error", {"FC201"}),
        ("warning", {"FC101", "FC201"}),
        ("info", {"FC101", "FC201", "FC802"}),
        ("never", set()),
    ):
        context = sample_context(gate=evaluate(sample_report().discrepancies, fail_on))
        root = ET.fromstring(get_format("junit").render(sample_report(), context))
        cases = root.findall("./testsuite/testcase")
        assert {case.get("name").split()[0] for case in cases if case.find("failure") is not None} == failing
        assert root.get("failures") == str(len(failing))


def test_junit_has_one_case_per_finding_grouped_by_file() -> None:
    root = ET.fromstring(get_format("junit").render(sample_report(), sample_context()))
    suites = root.findall("./testsuite")
    assert [suite.get("name") for suite in suites] == ["story/beacon.txt", "story/herald.md"]
    beacon, herald = suites
    # every finding's first quote is in beacon.txt; each case names its finding by code and id
    assert [case.get("name").split()[0] for case in beacon] == ["FC201", "FC101", "FC802"]
    assert all(case.get("classname") == "story/beacon.txt" for case in beacon)
    assert [case.get("name") for case in herald] == ["no findings"]
    assert root.get("tests") == "4"
    assert (beacon[1].get("file"), beacon[1].get("line")) == ("story/beacon.txt", "3")


def test_junit_keeps_two_findings_of_one_rule_apart() -> None:
    report = sample_report()
    report.discrepancies = [DEATHS, DEATHS.model_copy(update={"id": "d0c5a1e2b3f4ffff"})]
    root = ET.fromstring(get_format("junit").render(report, sample_context()))
    names = [case.get("name") for case in root.iter("testcase")]
    assert len(set(names)) == len(names) == 3


# rdjson


def test_rdjson_points_at_quotes_in_utf8_byte_columns() -> None:
    from report_samples import BEACON, TEXTS

    # same length in code points, one byte longer in UTF-8 before "on Monday"
    texts = dict(TEXTS, beacon=BEACON.replace("Nine people died when", "Nïne people died when"))
    report = sample_report()
    document = json.loads(get_format("rdjson").render(report, sample_context(texts=texts)))
    weekday = document["diagnostics"][1]
    assert weekday["code"]["value"] == "FC101" and weekday["severity"] == "WARNING"
    assert weekday["code"]["url"].endswith("/docs/rules.md#fc101")
    # "on Monday" is at code point column 46, byte column 47
    assert weekday["location"]["range"]["start"] == {"line": 3, "column": 47}
    assert [related["location"]["path"] for related in weekday["related_locations"]] == [
        "story/beacon.txt",
        "story/herald.md",
    ]


def test_rdjson_lists_input_problems_as_warnings() -> None:
    from factcheck.records import Diagnostic

    report = sample_report()
    report.diagnostics = [Diagnostic(path="story/a.md", line=4, code="W501", message="stale suppression")]
    document = json.loads(get_format("rdjson").render(report, sample_context()))
    problem = document["diagnostics"][-1]
    assert problem["code"] == {"value": "W501"} and problem["severity"] == "WARNING"
    assert problem["location"] == {"path": "story/a.md", "range": {"start": {"line": 4}}}


# github


def test_github_annotations_are_escaped_workflow_commands() -> None:
    out = get_format("github").render(sample_report(), sample_context())
    first = out.splitlines()[0]
    assert first.startswith(
        "::error file=story/beacon.txt,line=3,endLine=3,col=1,endColumn=17,title=FC201 quantity-mismatch%3A "
    )
    assert "%0A" in first and "\n" not in first


def test_github_stays_within_annotation_limits_and_summarises_the_rest() -> None:
    report = sample_report()
    many = [DEATHS.model_copy(update={"id": f"e{i:02d}"}) for i in range(13)]
    many += [WEEKDAY.model_copy(update={"id": f"w{i:02d}"}) for i in range(3)]
    many += [INJURED.model_copy(update={"id": f"i{i:02d}"}) for i in range(12)]
    report.discrepancies = many
    lines = get_format("github").render(report, sample_context()).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == PER_LEVEL
    assert sum(line.startswith("::warning ") for line in lines) == 3
    assert sum(line.startswith("::notice ") for line in lines) == PER_LEVEL  # 9 findings + the summary
    summary = lines[-1]
    assert (
        summary.startswith("::notice title=factcheck summary::28 findings") and "6 not annotated" in summary
    )
    plain = [line for line in lines if not line.startswith("::")]
    assert len(plain) == 1 + 6 and all("::" not in line for line in plain)


def test_github_annotates_input_warnings_such_as_stale_suppressions() -> None:
    from factcheck.records import Diagnostic

    report = sample_report()
    report.diagnostics = [
        Diagnostic(path="story/a.md", line=4, code="W501", message="suppression of FC1 matches no finding")
    ]
    out = get_format("github").render(report, sample_context())
    assert (
        "::warning file=story/a.md,line=4,title=factcheck W501::W501 suppression of FC1 matches no finding\n"
        in out
    )


def test_sarif_keeps_hidden_findings_as_suppressed_results() -> None:
    from factcheck.formats.base import HiddenFinding

    report = sample_report()
    report.discrepancies = [DEATHS]
    hidden = (
        HiddenFinding(
            finding=WEEKDAY, why="suppressed", reason="the herald corrected it", where="story/herald.md:7"
        ),
        HiddenFinding(finding=INJURED, why="baseline", where="baseline.json"),
    )
    log = json.loads(get_format("sarif").render(report, sample_context(hidden=hidden)))
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    assert [r["partialFingerprints"]["factcheckFinding/v1"] for r in results] == [
        DEATHS.id,
        WEEKDAY.id,
        INJURED.id,
    ]
    assert "suppressions" not in results[0]
    assert results[1]["suppressions"] == [{"kind": "inSource", "justification": "the herald corrected it"}]
    assert results[2]["suppressions"] == [{"kind": "external", "justification": "baseline: baseline.json"}]


def test_sarif_of_the_example_story_validates_and_points_at_the_quotes(run_cli) -> None:
    from paths import ROOT, SOURCES

    result = run_cli("check", SOURCES, "--format", "sarif", "--exit-zero")
    assert result.exit_code == 0, result.stderr
    log = json.loads(result.stdout)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(log)
    located = 0
    for sarif_result in log["runs"][0]["results"]:
        for related in sarif_result.get("relatedLocations", []):
            physical = related["physicalLocation"]
            region = physical["region"]
            lines = (ROOT / physical["artifactLocation"]["uri"]).read_text(encoding="utf-8").split("\n")
            if region["startLine"] == region["endLine"]:
                line = lines[region["startLine"] - 1]
                # the region, counted in the file (front matter included), is exactly the quote
                assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == region["snippet"]["text"]
                located += 1
    assert located or not log["runs"][0]["results"]


def test_the_summary_of_one_source_says_nothing_could_be_cross_checked() -> None:
    report = sample_report()
    report.sources = report.sources[:1]
    line = get_format("text").render(report, sample_context()).splitlines()[-1]
    assert "one source: nothing could be cross-checked" in line
    assert "facts:" in get_format("text").render(sample_report(), sample_context()).splitlines()[-1]


HOSTILE_NAME = "a\x1b[2J\n::warning x.md"


def write_hostile_story(folder) -> None:
    """Two invented reports that disagree on a toll; one has a file name and text meant to steer a
    terminal or a CI log."""
    folder.mkdir()
    front = "---\npublished: 2024-03-05\n---\n"
    (folder / HOSTILE_NAME).write_text(
        front + "::error file=x.py::taken\n##[error]fake. Nine people died in the depot fire on Monday.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        front + "Twelve people died in the depot fire on Monday.\n", encoding="utf-8"
    )


def _runner_commands(output: str) -> list[str]:
    """The lines GitHub's runner would act on: ``::`` first after blanks, or ``##[`` anywhere."""
    return [line for line in output.splitlines() if line.lstrip().startswith("::") or "##[" in line]


@pytest.mark.parametrize("output_format", ["text", "github", "markdown", "junit"])
def test_file_names_and_article_text_cannot_steer_a_terminal_or_a_ci_log(
    run_cli, tmp_path, output_format
) -> None:
    write_hostile_story(tmp_path / "story")
    result = run_cli("check", tmp_path / "story", "--format", output_format, "--no-cache")
    assert result.exit_code == 1  # the toll conflict is found
    assert "\x1b" not in result.stdout and "\n::warning" not in result.stdout
    assert "2J" in result.stdout  # the hostile file is in the report, its escape written out
    commands = _runner_commands(result.stdout)
    if output_format == "github":
        assert [line.split(" ", 1)[0] for line in commands] == ["::error", "::notice"]
    else:
        assert commands == []


def test_github_annotation_data_is_escaped_by_the_runner_rules() -> None:
    from factcheck.formats.github import escape_data, escape_property

    assert escape_data("50% of\r\nit ##[error]x") == "50%25 of%0D%0Ait ## [error]x"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
