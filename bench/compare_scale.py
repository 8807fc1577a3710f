"""How comparison scales: generated corpora of 100, 1,000 and 10,000 sources.

Each story has five sources; every source makes about twenty claims about its
story (a date, counts of killed and injured, an age, a numbered title, a place,
series claims), and one story in ten has a planted conflict. All sources are
compared in ONE call, so the figures show whether blocking keeps the work
linear in the number of claims. Prints sources, claims, comparisons made
(pairs of distinct values checked by a rule, plus series propositions), wall
and CPU seconds of the comparison alone, and CPU microseconds per claim (CPU
time is less disturbed than wall time by other work on a shared machine).

    python bench/compare_scale.py            # 100, 1,000, 10,000
    python bench/compare_scale.py 500 5000   # other sizes
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys
import time

from factcheck.compare import compare
from factcheck.records import (
    Age,
    AgeClaim,
    Entity,
    EntityClaim,
    Quantity,
    QuantityClaim,
    Recurrence,
    RecurrenceClaim,
    Role,
    RoleClaim,
    Source,
    TimeClaim,
    TimeSpan,
)

SOURCES_PER_STORY = 5
WORDS = "river bridge storm council police hospital road vote market school fire train court harbour".split()


def _source(index: int, story: int, rng: random.Random) -> Source:
    published = dt.date(2021, 1, 1) + dt.timedelta(days=story % 300)
    text = " ".join(rng.choice(WORDS) for _ in range(120)) + f" report {index}"
    return Source(
        id=f"s{index:06d}",
        path=f"story{story}/s{index}.md",
        text=text,
        published=published,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def _claims(source: Source, story: int, conflict: bool, rng: random.Random) -> list:
    common = {
        "source": source.id,
        "start": 0,
        "end": 5,
        "quote": source.text[:5],
        "sentence_start": 0,
        "sentence_end": 50,
    }
    event = f"crash:bus{story}>bridge{story}"
    day = source.published - dt.timedelta(days=1)
    killed = 10 + (2 if conflict and source.id.endswith("0") else 0)
    made = []

    def add(cls, value, **fields):
        made.append(cls(id=f"{source.id}-{len(made)}", value=value, **common, **fields))

    add(
        TimeClaim,
        TimeSpan(start=day, end=day + dt.timedelta(days=1), timex_value=day.isoformat()),
        predicate="occurred",
        event=event,
    )
    add(
        QuantityClaim,
        Quantity(low=killed, high=killed, counted="people killed"),
        predicate="killed",
        event=event,
    )
    add(
        QuantityClaim,
        Quantity(low=40, high=60, counted="injured", exact=False, hedge="about"),
        predicate="injured",
        event=event,
    )
    add(AgeClaim, Age(person=f"Driver Number{story}", years=45, as_of=source.published), predicate="age")
    add(
        RoleClaim,
        Role(person=f"Mayor Person{story}", title="mayor", organisation=f"town{story}"),
        predicate="role",
    )
    add(
        EntityClaim,
        Entity(id=f"xx/town{story}", kind="place", name=f"Town{story}"),
        predicate="place",
        event=event,
    )
    series = f"visit:minister{story}>town{story}"
    add(RecurrenceClaim, Recurrence(ordinal=1, previous_gap_years=10), predicate="visit", event=series)
    add(
        TimeClaim,
        TimeSpan(start=dt.date(2011, 1, 1), end=dt.date(2012, 1, 1), granularity="year", timex_value="2011"),
        predicate="visit",
        event=series,
    )
    for extra in range(12):
        add(
            QuantityClaim,
            Quantity(low=extra, high=extra, counted=f"item {extra}"),
            predicate="count",
            event=event,
        )
    return made


def run(size: int) -> tuple[int, int, float, float, int]:
    rng = random.Random(size)
    sources, claims = [], []
    for index in range(size):
        story = index // SOURCES_PER_STORY
        source = _source(index, story, rng)
        sources.append(source)
        claims.extend(_claims(source, story, story % 10 == 0, rng))
    started, cpu_started = time.perf_counter(), time.process_time()
    findings = compare(sources, claims)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return len(claims), findings.comparisons, elapsed, cpu, len(findings.discrepancies)


def main(sizes: list[int]) -> None:
    print(
        f"{'sources':>8} {'claims':>8} {'comparisons':>12} {'findings':>9} {'seconds':>8} {'cpu s':>8} "
        f"{'cpu us/claim':>12}"
    )
    for size in sizes:
        claims, comparisons, elapsed, cpu, found = run(size)
        print(
            f"{size:>8,} {claims:>8,} {comparisons:>12,} {found:>9,} {elapsed:>8.2f} {cpu:>8.2f} "
            f"{cpu / claims * 1e6:>12.1f}"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [100, 1_000, 10_000])
