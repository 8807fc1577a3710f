"""Rendering time of every output format on a large synthetic report.

    python bench/bench_formats.py [FINDINGS] [SOURCE_KB]

builds a report with FINDINGS discrepancies (default 2,000) over 20 sources
of SOURCE_KB kilobytes of text each (default 50), every finding quoting two
of them, and prints the time each format takes to render it (best of 3) and
the size of its output. Figures, not assertions.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from factcheck.formats import all_formats
from factcheck.formats.base import RenderContext
from factcheck.records import (
    ClaimRef,
    Discrepancy,
    Quantity,
    QuantityClaim,
    Report,
    Severity,
    Side,
    SourceInfo,
)
from factcheck.report.gate import evaluate

SOURCES = 20
SENTENCE = "On day {n} the river rose and {k} people were moved from the low streets of the town. "


def build(findings: int, source_kb: int) -> tuple[Report, RenderContext]:
    texts: dict[str, str] = {}
    for index in range(SOURCES):
        parts, n = [], 0
        while sum(len(p) for p in parts) < source_kb * 1024:
            parts.append(SENTENCE.format(n=n, k=n * 7 + index) + ("\n" if n % 5 == 4 else ""))
            n += 1
        texts[f"s{index:02d}"] = "".join(parts)
    claims, discrepancies = [], []
    severities = (Severity.error, Severity.warning, Severity.info)
    for number in range(findings):
        refs, sides = [], []
        for label, source in (("A", f"s{number % SOURCES:02d}"), ("B", f"s{(number + 1) % SOURCES:02d}")):
            text = texts[source]
            start = (number * 977) % (len(text) - 200)
            start = text.index("people", start)
            claim = QuantityClaim(
                id=f"{source}:{number}:{label}",
                source=source,
                start=start,
                end=start + 6,
                quote="people",
                sentence_start=max(0, start - 40),
                sentence_end=start + 40,
                predicate="people moved",
                value=Quantity(low=number, high=number),
            )
            claims.append(claim)
            refs.append(
                ClaimRef(
                    claim=claim.id,
                    source=source,
                    start=claim.start,
                    end=claim.end,
                    quote="people",
                    side=label,
                    value=str(number),
                )
            )
            sides.append(Side(label=label, value=str(number), independent_sources=1, claims=(claim.id,)))
        discrepancies.append(
            Discrepancy(
                id=f"{number:016x}",
                code="FC201",
                rule="quantity-mismatch",
                severity=severities[number % 3],
                fact=f"people moved on day {number}",
                explanation="the counts differ",
                sides=tuple(sides),
                claims=tuple(refs),
            )
        )
    report = Report(
        tool_version="0.1.0",
        sources=[
            SourceInfo(id=s, path=f"story/{s}.txt", published=dt.date(2025, 1, 1), content_hash="0" * 64)
            for s in texts
        ],
        claims=claims,
        discrepancies=discrepancies,
    )
    return report, RenderContext(texts=texts, gate=evaluate(discrepancies, "warning"))


def main() -> None:
    findings = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    source_kb = int(sys.argv[2]) if len(sys.argv) > 2 else 50
    report, context = build(findings, source_kb)
    print(f"{findings} findings, {SOURCES} sources of {source_kb} KB")
    print(f"{'format':<10}{'seconds':>10}{'output KB':>12}")
    for renderer in all_formats():
        best, size = float("inf"), 0
        for _ in range(3):
            started = time.perf_counter()
            size = len(renderer.render(report, context).encode("utf-8"))
            best = min(best, time.perf_counter() - started)
        print(f"{renderer.name:<10}{best:>10.3f}{size / 1024:>12.0f}")


if __name__ == "__main__":
    main()
