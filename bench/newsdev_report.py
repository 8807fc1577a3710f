"""Findings per story on news-dev: how many the checker reports on 50 real news stories.

    python bench/newsdev_report.py                       # every story, one line each
    python bench/newsdev_report.py --details             # also each finding's rule, fact and values
    python bench/newsdev_report.py gva_104543 ecb_2_ecb  # only these stories
    python bench/newsdev_report.py --data /path/to/news-dev

The stories are read at run time from the shared data folder (default
``../shared/data/news-dev`` next to the repository, or ``$FACTCHECK_NEWSDEV``);
their text belongs to the publishers and is never copied into the project.
Each story is checked like ``factcheck check STORY --no-cache`` would (no
claim cache, no configuration, no baseline). There are no gold labels: real
stories mostly hold zero to two real conflicts, so a large total means false
alarms. Prints per story the findings by severity and their total, then the
totals over all stories.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.read.loaders import LoadOptions
from factcheck.records import Discrepancy, Severity
from factcheck.run.pipeline import check_story
from factcheck.run.workers import RunOptions

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path(os.environ.get("FACTCHECK_NEWSDEV", ROOT.parent / "shared" / "data" / "news-dev"))
SEVERITIES = (Severity.error, Severity.warning, Severity.info)


def story_findings(story: Path) -> list[Discrepancy]:
    """The findings of one story folder, as ``factcheck check STORY --no-cache`` reports them."""
    with warnings.catch_warnings():
        # stories without publication dates warn once per article; that is expected here
        warnings.simplefilter("ignore")
        report, _ = check_story([str(story)], LoadOptions(), RunOptions(cache=None))
    return list(report.discrepancies)


def counts(findings: list[Discrepancy]) -> dict[Severity, int]:
    return {severity: sum(1 for f in findings if f.severity == severity) for severity in SEVERITIES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stories", nargs="*", help="story folder names (default: all)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the news-dev folder")
    parser.add_argument("--details", action="store_true", help="list each finding under its story")
    args = parser.parse_args(argv)

    stories_dir = args.data / "stories"
    if not stories_dir.is_dir():
        print(f"no stories folder at {stories_dir}; give --data or set FACTCHECK_NEWSDEV", file=sys.stderr)
        return 2
    names = args.stories or sorted(p.name for p in stories_dir.iterdir() if p.is_dir())

    totals = dict.fromkeys(SEVERITIES, 0)
    stories_with_findings = 0
    print(f"{'story':<20} {'error':>5} {'warn':>5} {'info':>5} {'total':>5}")
    for name in names:
        try:
            findings = story_findings(stories_dir / name)
        except FactcheckError as error:
            print(f"{name:<20} failed: {error}")
            continue
        by_severity = counts(findings)
        for severity in SEVERITIES:
            totals[severity] += by_severity[severity]
        stories_with_findings += bool(findings)
        print(
            f"{name:<20} {by_severity[Severity.error]:>5} {by_severity[Severity.warning]:>5}"
            f" {by_severity[Severity.info]:>5} {len(findings):>5}"
        )
        if args.details:
            for finding in findings:
                values = " | ".join(side.value for side in finding.sides)
                print(f"    {finding.code} {finding.severity.value:<7} {finding.fact}: {values}")
    total = sum(totals.values())
    print(
        f"{'TOTAL':<20} {totals[Severity.error]:>5} {totals[Severity.warning]:>5}"
        f" {totals[Severity.info]:>5} {total:>5}"
    )
    print(f"{len(names)} stories, {stories_with_findings} with findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
