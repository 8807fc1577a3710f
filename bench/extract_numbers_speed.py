"""Speed of the number extractors (quantities, ages, recurrences) on real news text.

    python bench/extract_numbers_speed.py [--data DIR] [--repeat N] [--show KIND]

Loads every article of the news-dev set (kept outside the project, see its
README), segments it once, then times each extractor alone over all articles,
and the three together article by article as the pipeline runs them (they
share one reading of the numbers of a text). Figures are KB of article text
per second of CPU time of this process (``time.process_time``), so that other
work on the machine does not count; best of ``--repeat`` runs. The recurrence
extractor is given the time claims, computed once beforehand, as in the
pipeline.
``--show quantity|age|recurrence`` prints every claim found, to read for
false alarms.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from factcheck.extract.ages import find_ages
from factcheck.extract.quantities import find_quantities
from factcheck.extract.recurrence import find_recurrences
from factcheck.extract.timex import find_times
from factcheck.read.loaders import load_sources
from factcheck.read.segment import segment_source

DEFAULT_DATA = Path("/work/shared/data/news-dev/stories")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--show", choices=["quantity", "age", "recurrence"])
    args = parser.parse_args()

    sources = sorted(load_sources([args.data]).sources, key=lambda s: s.id)
    prepared = [(source, segment_source(source)) for source in sources]
    times = {source.id: find_times(source, segments) for source, segments in prepared}
    kilobytes = sum(len(source.text.encode()) for source in sources) / 1024

    extractors = {
        "quantity": lambda source, segments: find_quantities(source, segments, times[source.id]),
        "age": find_ages,
        "recurrence": lambda source, segments: find_recurrences(source, segments, times[source.id]),
    }
    find_quantities(*prepared[0], times[prepared[0][0].id])  # pint's registry loads once, outside the timing
    print(f"{len(sources)} articles, {kilobytes:.0f} KB")
    for kind, extract in extractors.items():
        best = float("inf")
        count = 0
        for _ in range(args.repeat):
            began = time.process_time()
            count = sum(len(extract(source, segments)) for source, segments in prepared)
            best = min(best, time.process_time() - began)
        print(f"{kind:<11} {count:>6} claims  {kilobytes / best:>8.0f} KB/s")
    best = float("inf")
    for _ in range(args.repeat):
        began = time.process_time()
        for source, segments in prepared:
            for extract in extractors.values():
                extract(source, segments)
        best = min(best, time.process_time() - began)
    print(f"{'all three':<11} {'':>6}         {kilobytes / best:>8.0f} KB/s")

    if args.show:
        for source, segments in prepared:
            for claim in extractors[args.show](source, segments):
                value = claim.value.model_dump(exclude_defaults=True, exclude={"type"})
                print(f"{source.id[:30]:<30} {claim.quote!r:<50} {value}")


if __name__ == "__main__":
    main()
