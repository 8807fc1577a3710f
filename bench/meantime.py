"""Scores the time tagger on MEANTIME English, the TempEval-3 way.

    python bench/meantime.py [--data PATH] [--errors]

Reads the 120 Wikinews articles with gold TIMEX3 (a development set kept
outside the project, see its README), tags ``text[:annotated_end]`` of each
with :func:`factcheck.extract.timex.resolve` against the document creation
time (the dateline for the two documents without one), and prints:

- strict extent P/R/F1: same start and end;
- relaxed extent P/R/F1: overlapping spans, matched one to one;
- value and type: accuracy over relaxed matches, and F1 = relaxed F1 x
  accuracy, as the TempEval-3 scorer computes attribute F1.

The dateline of documents with a DCT is the DCT itself, not a gold timex of
the text: mentions inside it are left out, as TempEval keeps the DCT out of
the TEXT element. ``--errors`` lists every miss, false alarm and wrong value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path

from factcheck.extract.timex import resolve

DEFAULT_DATA = Path("/work/shared/data/meantime-en/meantime-en.jsonl")


def _reference_date(doc: dict) -> dt.date | None:
    if doc["dct"]:
        return dt.date.fromisoformat(doc["dct"])
    for mention in resolve(doc["text"].split("\n")[1], None):
        if mention.value.timex_type == "DATE" and getattr(mention.value, "granularity", "") == "day":
            return mention.value.start
    return None


def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(path: Path, show_errors: bool = False) -> dict[str, float]:
    totals = {"gold": 0, "system": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"][: doc["annotated_end"]]
        dct = _reference_date(doc)
        dct_span = (doc["dct_timex"]["start"], doc["dct_timex"]["end"]) if doc["dct_timex"] else None
        system = [
            m for m in resolve(text, dct)
            if dct_span is None or m.end <= dct_span[0] or m.start >= dct_span[1]
        ]  # fmt: skip
        gold = doc["timexes"]
        totals["gold"] += len(gold)
        totals["system"] += len(system)
        used: set[int] = set()
        for g in gold:
            match = None
            for index, m in enumerate(system):
                if index not in used and m.start < g["end"] and g["start"] < m.end:
                    match = index
                    break
            if match is None:
                if show_errors:
                    print(f"MISS  {doc['id']} {g['text']!r} {g['type']} {g['value']} (dct {dct})")
                continue
            used.add(match)
            m = system[match]
            totals["relaxed"] += 1
            totals["strict"] += (m.start, m.end) == (g["start"], g["end"])
            totals["value"] += m.value.timex_value == g["value"]
            totals["type"] += m.value.timex_type == g["type"]
            if show_errors and (
                (m.start, m.end) != (g["start"], g["end"]) or m.value.timex_value != g["value"]
            ):
                print(
                    f"DIFF  {doc['id']} gold {g['text']!r} {g['type']} {g['value']} | "
                    f"ours {m.text!r} {m.value.timex_type} {m.value.timex_value} (dct {dct})"
                )
        if show_errors:
            for index, m in enumerate(system):
                if index not in used:
                    print(f"FALSE {doc['id']} {m.text!r} {m.value.timex_type} {m.value.timex_value}")
    strict = _prf(totals["strict"], totals["system"], totals["gold"])
    relaxed = _prf(totals["relaxed"], totals["system"], totals["gold"])
    value_accuracy = totals["value"] / totals["relaxed"] if totals["relaxed"] else 0.0
    type_accuracy = totals["type"] / totals["relaxed"] if totals["relaxed"] else 0.0
    return {
        "gold": totals["gold"],
        "system": totals["system"],
        "strict_p": strict[0], "strict_r": strict[1], "strict_f1": strict[2],
        "relaxed_p": relaxed[0], "relaxed_r": relaxed[1], "relaxed_f1": relaxed[2],
        "value_accuracy": value_accuracy, "value_f1": relaxed[2] * value_accuracy,
        "type_accuracy": type_accuracy, "type_f1": relaxed[2] * type_accuracy,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong values")
    args = parser.parse_args()
    s = score(args.data, args.errors)
    print(f"MEANTIME English: {s['gold']} gold timexes, {s['system']} found")
    print(f"{'measure':<16}{'P':>8}{'R':>8}{'F1':>8}{'acc':>8}")
    print(f"{'strict extent':<16}{s['strict_p']:>8.3f}{s['strict_r']:>8.3f}{s['strict_f1']:>8.3f}")
    print(f"{'relaxed extent':<16}{s['relaxed_p']:>8.3f}{s['relaxed_r']:>8.3f}{s['relaxed_f1']:>8.3f}")
    print(f"{'value':<16}{'':>8}{'':>8}{s['value_f1']:>8.3f}{s['value_accuracy']:>8.3f}")
    print(f"{'type':<16}{'':>8}{'':>8}{s['type_f1']:>8.3f}{s['type_accuracy']:>8.3f}")


if __name__ == "__main__":
    main()
