"""Speed of time extraction on real news text.

    python bench/timex_speed.py [--data DIR] [--meantime PATH] [--repeat N] [--show]

Times :func:`factcheck.extract.timex.find_times` over the segmented articles
of the news-dev set and :func:`factcheck.extract.timex.resolve` over the full
texts of MEANTIME (both kept outside the project, see their READMEs), and
prints KB of text per second on one core (best of ``--repeat`` runs).
``--show`` prints every time claim found in news-dev with its value, to
read for false alarms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from factcheck.extract.timex import find_times, resolve
from factcheck.read.loaders import load_sources
from factcheck.read.segment import segment_source

DEFAULT_DATA = Path("/work/shared/data/news-dev/stories")
DEFAULT_MEANTIME = Path("/work/shared/data/meantime-en/meantime-en.jsonl")


def _best(repeat: int, work) -> tuple[float, int]:
    best, count = float("inf"), 0
    for _ in range(repeat):
        began = time.perf_counter()
        count = work()
        best = min(best, time.perf_counter() - began)
    return best, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()

    sources = sorted(load_sources([args.data]).sources, key=lambda s: s.id)
    prepared = [(source, segment_source(source)) for source in sources]
    kilobytes = sum(len(source.text.encode()) for source in sources) / 1024
    seconds, count = _best(args.repeat, lambda: sum(len(find_times(s, segs)) for s, segs in prepared))
    print(
        f"news-dev  {len(sources):>4} articles {kilobytes:>6.0f} KB {count:>6} claims {kilobytes / seconds:>8.0f} KB/s"
    )

    documents = [json.loads(line) for line in args.meantime.read_text(encoding="utf-8").splitlines()]
    texts = [(d["text"], dt.date.fromisoformat(d["dct"]) if d["dct"] else None) for d in documents]
    kilobytes = sum(len(text.encode()) for text, _ in texts) / 1024
    seconds, count = _best(args.repeat, lambda: sum(len(resolve(text, dct)) for text, dct in texts))
    print(
        f"MEANTIME  {len(texts):>4} articles {kilobytes:>6.0f} KB {count:>6} times  {kilobytes / seconds:>8.0f} KB/s"
    )

    if args.show:
        for source, segments in prepared:
            for claim in find_times(source, segments):
                print(f"{source.id}\t{claim.quote!r}\t{claim.value.timex_type}\t{claim.value.timex_value}")


if __name__ == "__main__":
    main()
