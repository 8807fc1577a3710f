"""The Python API of the README: factcheck.check, extract and audit, as usable as the CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from paths import FIXTURES, ROOT, SOURCES

import factcheck
from factcheck.records import Report, Severity


def test_api_functions_are_listed_and_importable() -> None:
    for name in ("check", "extract", "audit"):
        assert name in dir(factcheck) and name in factcheck.__all__
        assert callable(getattr(factcheck, name))
    from factcheck import audit, check  # noqa: F401 - the import itself is the test


@pytest.mark.parametrize("given", [str(SOURCES), SOURCES, [str(SOURCES)], (SOURCES,)])
def test_check_takes_one_path_or_several(given) -> None:
    report = factcheck.check(given)
    assert len(report.sources) == len([p for p in SOURCES.iterdir() if p.suffix == ".md"])


def test_check_of_a_single_file_reads_that_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The Tarrow ferry ran aground on Friday with 40 people on board.\n", encoding="utf-8")
    assert [source.path for source in factcheck.check(article).sources] == [article.as_posix()]
    assert factcheck.extract(str(article))


def test_audit_labels_the_drafts_claims(run_cli) -> None:
    draft = FIXTURES / "audit" / "putin_draft.md"
    result = factcheck.audit(draft, SOURCES)
    cli = json.loads(run_cli("audit", draft, "--sources", SOURCES, "--format", "json").stdout)
    assert result.model_dump(mode="json") == cli
    assert sum(result.count(label) for label in ("supported", "contradicted", "unverified")) == len(
        result.claims
    )


def test_check_reports_the_example_storys_one_error(monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    report = factcheck.check(["sources/"])  # word for word as in the README
    assert isinstance(report, Report)
    assert [source.id[:3] for source in report.sources] == ["000", "001", "002", "003", "004"]
    errors = [finding for finding in report.discrepancies if finding.severity == Severity.error]
    assert [finding.code for finding in errors] == ["FC401"]
    quotes = {(ref.source[:3], ref.quote) for ref in errors[0].claims}
    # "second visit to the country since 2019" (001) cannot hold with "first time in 24 years" (003)
    assert ("001", "second visit to the country since 2019") in quotes
    assert ("003", "first time in 24 years") in quotes
    sides = {
        ref.side
        for ref in errors[0].claims
        if ref.quote in ("second visit to the country since 2019", "first time in 24 years")
    }
    assert len(sides) == 2
    assert report.diagnostics == []


def test_extract_gives_the_example_storys_claims_as_records(run_cli) -> None:
    # importing the subpackage factcheck/extract/ binds its name on the package: still callable
    import factcheck.extract.ages  # noqa: F401

    claims = factcheck.extract([SOURCES])
    july = [c for c in claims if c.source.startswith("001_") and c.quote == "July 2000"]
    assert len(july) == 1 and july[0].kind == "time"
    assert (july[0].value.start, july[0].value.end) == (dt.date(2000, 7, 1), dt.date(2000, 8, 1))
    # the same claims, in the same order, as `factcheck extract` prints
    printed = [json.loads(line) for line in run_cli("extract", SOURCES).stdout.splitlines()]
    assert [claim.id for claim in claims] == [claim["id"] for claim in printed]
    assert len(claims) > 100
