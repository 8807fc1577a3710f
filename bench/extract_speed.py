"""Speed of the whole claim extraction, stage by stage, on real news text.

    python bench/extract_speed.py [--data DIR] [--repeat N]

Loads every article of the news-dev set (kept outside the project, see its
README), segments it once, warms the lazily loaded tables (gazetteer, units)
on one article, then times each stage of :func:`factcheck.extract.extract_claims`
over all articles, and the whole function. Figures are KB of article text per
second of CPU time of this process (``time.process_time``), so that other
work on the machine does not count; best of ``--repeat`` runs. The issue's
target for the whole extraction is 200 KB/s on one core; the last line ("raw text to frame":
segmentation, extraction and each story's frame, issue 11) has a target of 300 KB/s.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from factcheck.compare import sentences
from factcheck.extract import events, extract_claims, stance
from factcheck.extract.ages import find_ages
from factcheck.extract.claims import _annotated
from factcheck.extract.entities import entity_claims, find_entities
from factcheck.extract.events import EventResolver
from factcheck.extract.quantities import find_quantities
from factcheck.extract.recurrence import find_recurrences
from factcheck.extract.roles import find_roles
from factcheck.extract.timex import find_times
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.read.segment import segment_source

DEFAULT_DATA = Path("/work/shared/data/news-dev/stories")


def _best(repeat: int, run: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(repeat):
        # Per-sentence memos would make a repeated run look faster than a first one.
        for memo in (stance._attributions, stance._cues, stance._stance, events.predicates, events.modifiers):
            memo.cache_clear()
        sentences.sentence_events.cache_clear()
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def _raw_text_to_frame(sources) -> None:
    """What issue 11 measures: from raw text, segmentation and extraction of every source, then the
    story frame of each story (entity ids made one per story first, as a check does)."""
    from factcheck.compare.frame import build_frame
    from factcheck.extract.claims import canonicalise_claims

    by_story: dict[str, list] = {}
    for source in sources:
        by_story.setdefault(str(Path(source.path).parent), []).append(source)
    for members in by_story.values():
        segments = {source.id: segment_source(source) for source in members}
        claims = canonicalise_claims([c for s in members for c in extract_claims(s, segments[s.id])])
        build_frame(members, claims, segments)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    sources = sorted(load_sources([args.data], LoadOptions(keep_going=True)).sources, key=lambda s: s.id)
    work = []
    for source in sources:
        segments = segment_source(source)
        content = [s for s in segments if s.content and s.duplicate_of is None]
        work.append((source, segments, content))
    kilobytes = sum(len(s.text.encode()) for s in sources) / 1000
    extract_claims(work[0][0], work[0][1])  # loads the gazetteer and the unit registry

    indexes = [find_entities(source, content) for source, _, content in work]
    times = [find_times(source, content) for source, _, content in work]
    claims = [
        sorted(
            [
                *entity_claims(source, content, index),
                *find_roles(source, content, index),
                *found,
                *find_quantities(source, content, found),
                *find_ages(source, content),
                *find_recurrences(source, content, found),
            ],
            key=lambda c: (c.start, c.end),
        )
        for (source, _, content), index, found in zip(work, indexes, times, strict=True)
    ]
    total_claims = sum(len(c) for c in claims)

    def annotate() -> None:
        for (source, _, _), index, found in zip(work, indexes, claims, strict=True):
            events = EventResolver(source.text, index)
            for claim in found:
                _annotated(source, index, events, claim)

    stages: list[tuple[str, Callable[[], object]]] = [
        ("entities", lambda: [find_entities(s, c) for s, _, c in work]),
        ("roles", lambda: [find_roles(s, c, i) for (s, _, c), i in zip(work, indexes, strict=True)]),
        ("times", lambda: [find_times(s, c) for s, _, c in work]),
        (
            "quantities",
            lambda: [find_quantities(s, c, t) for (s, _, c), t in zip(work, times, strict=True)],
        ),
        ("ages", lambda: [find_ages(s, c) for s, _, c in work]),
        (
            "recurrences",
            lambda: [find_recurrences(s, c, t) for (s, _, c), t in zip(work, times, strict=True)],
        ),
        ("stance+events", annotate),
        ("whole extract_claims", lambda: [extract_claims(s, segs) for s, segs, _ in work]),
        ("raw text to frame", lambda: _raw_text_to_frame(sources)),
    ]
    print(
        f"{len(sources)} articles, {kilobytes:.0f} KB, {total_claims} claims; CPU seconds, best of {args.repeat}"
    )
    for name, run in stages:
        seconds = _best(args.repeat, run)
        print(f"  {name:<22}{seconds:7.2f} s {kilobytes / seconds:8.0f} KB/s")


if __name__ == "__main__":
    main()
