"""The story's facts as the text and Markdown formats show them: what the sources agree on, what
they dispute, and what only one source says."""

from __future__ import annotations

from factcheck.records import Fact, Report

STATUS_ORDER = ("disputed", "agreed", "single-source")


def ordered_facts(report: Report) -> list[Fact]:
    """Disputed facts first, then agreed ones, then single-source ones; the frame's order within each."""
    return sorted(report.facts, key=lambda fact: STATUS_ORDER.index(fact.status))


def fact_counts(report: Report) -> str:
    """ "5 facts: 3 agreed, 1 disputed, 1 single-source"; for a story of one source, that nothing could
    be cross-checked."""
    if len(report.sources) == 1:
        return "one source: nothing could be cross-checked"
    if not report.facts:
        return "no facts placed in the story frame"
    counts = {status: sum(f.status == status for f in report.facts) for status in STATUS_ORDER}
    total = len(report.facts)
    return (
        f"{total} fact{'s' if total != 1 else ''}: {counts['agreed']} agreed, {counts['disputed']} disputed, "
        f"{counts['single-source']} single-source"
    )


def value_sources(report: Report, fact: Fact) -> list[tuple[str, list[str]]]:
    """Each value of a fact in words, with the paths of the sources that give it."""
    paths = {source.id: source.path for source in report.sources}
    return [(value.text, [paths.get(s, s) for s in value.sources]) for value in fact.values]
