"""The Python API of the README: ``factcheck.check`` and ``factcheck.extract`` on the example story."""

from __future__ import annotations

import datetime as dt
import json

from paths import ROOT, SOURCES

import factcheck
from factcheck.records import Report, Severity


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
