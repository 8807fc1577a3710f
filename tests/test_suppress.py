"""Inline suppressions: scope (sentence, paragraph, next paragraph), codes, reasons in verbose output, stale ones."""

from __future__ import annotations

import datetime as dt
import json

from report_samples import DEATHS, INJURED, WEEKDAY, fake_check_story, write_story

from factcheck.records import Source
from factcheck.report.suppress import STALE, UNREADABLE, apply_suppressions, find_suppressions

TEXT = (
    "First paragraph about the toll.\n"
    'It goes on. <!-- factcheck: ignore FC201 reason="toll revised" -->\n'
    "\n"
    "<!-- factcheck: ignore fc101, FC802 -->\n"
    "\n"
    "Third paragraph, covered by the directive above it. Its second sentence too.\n"
    "\n"
    "<!-- factcheck: ignore FC301 --> Fourth paragraph. All of it.\n"
    "\n"
    "Nine people <!-- factcheck: ignore FC401 --> died in the U.S. capital. Then more.\n"
)


def _source(text: str) -> Source:
    return Source(id="s", path="s.md", text=text, published=dt.date(2025, 3, 5), content_hash="0" * 64)


def _covered(text: str) -> list[str]:
    found, problems = find_suppressions(_source(text))
    assert problems == []
    return [text[s.start : s.end] for s in found]


def test_directive_after_a_sentence_covers_that_sentence_and_keeps_its_reason() -> None:
    found, problems = find_suppressions(_source(TEXT), first_line=5)
    assert problems == []
    first = found[0]
    assert first.codes == ("FC201",) and first.reason == "toll revised"
    assert TEXT[first.start : first.end] == "It goes on."
    assert first.line == 6 and first.where == "s.md:6"


def test_directive_scopes_follow_where_it_stands() -> None:
    assert _covered(TEXT)[1:] == [
        # alone between blank lines: the next paragraph
        "Third paragraph, covered by the directive above it. Its second sentence too.",
        # at the start of a paragraph: the paragraph
        "<!-- factcheck: ignore FC301 --> Fourth paragraph. All of it.",
        # inside a sentence: the sentence, not cut at the abbreviation
        "Nine people <!-- factcheck: ignore FC401 --> died in the U.S. capital.",
    ]


def test_directive_reads_several_codes_in_any_case() -> None:
    found, _ = find_suppressions(_source(TEXT))
    assert found[1].codes == ("FC101", "FC802") and found[1].reason is None


def test_unreadable_directive_is_reported() -> None:
    _, problems = find_suppressions(_source("Text. <!-- factcheck: ignroe FC201 -->\n"))
    assert [(p.code, p.line) for p in problems] == [(UNREADABLE, 1)]


def test_suppression_hides_only_its_code_in_its_scope_and_reports_stale_ones() -> None:
    findings = [
        DEATHS.model_copy(
            update={"claims": (DEATHS.claims[0].model_copy(update={"source": "s", "start": 0, "end": 16}),)}
        )
    ]
    text = "Nine people died here.\n\nOther text.\n"
    found, _ = find_suppressions(_source(text + '<!-- factcheck: ignore FC201 reason="ok" -->\n'))
    # alone in the last paragraph, with none after it: it covers its own paragraph, not the quote
    kept, hidden, stale = apply_suppressions(findings, found)
    assert kept == findings and hidden == [] and [d.code for d in stale] == [STALE]

    found, _ = find_suppressions(
        _source('Nine people died here. <!-- factcheck: ignore FC201 reason="ok" -->\n')
    )
    kept, hidden, stale = apply_suppressions(findings, found)
    assert kept == [] and hidden[0].reason == "ok" and hidden[0].where == "s.md:1" and stale == []

    found, _ = find_suppressions(_source("Nine people died here. <!-- factcheck: ignore FC101 -->\n"))
    kept, hidden, stale = apply_suppressions(findings, found)
    assert kept == findings and len(stale) == 1

    found, _ = find_suppressions(_source("Nine people died here. Later. <!-- factcheck: ignore FC201 -->\n"))
    kept, _, stale = apply_suppressions(findings, found)
    assert kept == findings and len(stale) == 1  # it covers "Later." only


SUPPRESS_INJURED = '\n<!-- factcheck: ignore FC802 reason="police count is newer" -->\n'
STALE_DIRECTIVE = '\n<!-- factcheck: ignore FC301 reason="fixed long ago" -->\n'


def test_check_hides_suppressed_finding_and_shows_reason_when_verbose(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story", beacon_suffix=SUPPRESS_INJURED.lstrip("\n"))
    report = json.loads(run_cli("check", *paths, "--format", "json").stdout)
    assert [f["id"] for f in report["discrepancies"]] == [DEATHS.id, WEEKDAY.id]
    quiet = run_cli("check", *paths).stdout
    verbose = run_cli("check", *paths, "--verbose").stdout
    assert "police count is newer" not in quiet and "1 hidden" in quiet
    assert f"hidden (suppressed at {paths[0]}:6) FC802" in verbose and "police count is newer" in verbose
    assert INJURED.id not in quiet


def test_check_reports_a_stale_suppression(run_cli, monkeypatch, tmp_path) -> None:
    fake_check_story(monkeypatch)
    paths = write_story(tmp_path / "story", beacon_suffix=STALE_DIRECTIVE.lstrip("\n"))
    result = run_cli("check", *paths, "--format", "json")
    assert f"{paths[0]}:6: {STALE} suppression of FC301 matches no finding" in result.stderr
    diagnostics = json.loads(result.stdout)["diagnostics"]
    # the story's files carry no date (W109 each); the stale directive is the one other problem
    assert [(d["code"], d["line"]) for d in diagnostics if d["code"] != "W109"] == [(STALE, 6)]
    assert len(json.loads(result.stdout)["discrepancies"]) == 3


def test_directive_text_is_not_read_as_article_claims() -> None:
    from factcheck.extract import claims_of

    plain = "Nine people died in the crash on Tuesday.\n"
    noted = (
        'Nine people died in the crash on Tuesday. <!-- factcheck: ignore FC201 reason="revised to 14 on Friday" -->\n'
        "\n"
        '<!-- factcheck: ignore FC101 reason="12 killed, AP, 3 March 2025" -->\n'
    )
    assert [c.quote for c in claims_of(_source(noted))] == [c.quote for c in claims_of(_source(plain))]


def test_directives_are_found_as_the_lazy_expression_finds_them() -> None:
    import random
    import re

    from factcheck.report.suppress import _directives

    lazy = re.compile(r"<!--\s*factcheck\s*:(?P<body>.*?)-->", re.DOTALL)
    pieces = ["<!--", " factcheck:", "factcheck :", "-->", "ignore FC201", "<!-- note", "\n", "x", "-", ">"]
    generator = random.Random(14)
    for _ in range(5_000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 10)))
        expected = [(m.start(), m.end(), m.start("body"), m.end("body")) for m in lazy.finditer(text)]
        assert list(_directives(text)) == expected


def test_ten_thousand_directives_in_one_paragraph_are_read_once() -> None:
    """Each directive looked through the whole paragraph (and counted lines from the top): 10,000
    of them took 42 s. Now the paragraph is read once and each directive found by bisection."""
    text = "".join(
        f'Line {n} had {n} votes. <!-- factcheck: ignore FC201 reason="r{n}" -->\n' for n in range(10_000)
    )
    text += "<!-- factcheck: " * 50_000  # and openings never closed
    source = Source(id="a", path="a.txt", text=text, published=dt.date(2024, 3, 5), content_hash="x")
    found, problems = find_suppressions(source)
    assert len(found) == 10_000 and problems == []
    assert [(s.line, s.reason) for s in found[-2:]] == [(9_999, "r9998"), (10_000, "r9999")]
    sentence = text.index("Line 9999 had")
    assert (found[-1].start, found[-1].end) == (sentence, sentence + len("Line 9999 had 9999 votes."))
