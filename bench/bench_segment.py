"""Speed of loading and segmenting (with cleaning): prints MB/s of CPU time.

    python bench/bench_segment.py [PATHS...]   (default: ../shared/data/news-dev, else sources/)

The text is concatenated into one source and repeated to about 2 MB so that
start-up costs do not count.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.read.segment import segment_source, sentence_spans
from factcheck.records import Source

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT.parent / "shared" / "data" / "news-dev", ROOT / "sources"]


def main(argv: list[str]) -> None:
    paths = argv or [str(next(p for p in DEFAULT if p.exists()))]
    started = time.process_time()
    loaded = load_sources(paths, LoadOptions(keep_going=True))
    load_seconds = time.process_time() - started
    size = sum(len(s.text.encode("utf-8")) for s in loaded.sources)
    print(f"load: {len(loaded.sources)} sources, {size / 1e6:.2f} MB in {load_seconds:.2f} s CPU")

    text = "\n".join(s.text for s in loaded.sources)
    text = text * max(1, round(2e6 / max(1, len(text))))
    big = Source(id="bench", path="bench", text=text, content_hash="0")
    megabytes = len(text.encode("utf-8")) / 1e6
    for name, run in (
        ("sentence_spans", lambda: sentence_spans(text)),
        ("segment_source", lambda: segment_source(big)),
    ):
        started = time.process_time()
        count = len(run())
        seconds = time.process_time() - started
        print(f"{name}: {megabytes:.2f} MB, {count} segments, {megabytes / seconds:.2f} MB/s CPU")


if __name__ == "__main__":
    main(sys.argv[1:])
