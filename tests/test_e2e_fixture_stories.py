"""End to end on hand-written stories (tests/fixtures/stories/): the real extractor, then the comparison.

Each story is two short invented reports; the expected codes were worked out
by hand from the texts: a conflict each rule must find, and near misses it
must not flag.
"""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES

STORIES = FIXTURES / "stories"

EXPECTED = {
    # Thursday vs Friday for one death, both published Friday 2021-05-07.
    "death-weekday": ["FC102"],
    # "Daniel Okafor, 32" and "31-year-old Daniel Okafor" on the same day.
    "ages-same-day": ["FC301"],
    # 31 in January, 32 in December of the same year: a birthday in between.
    "ages-rising": [],
    # 10 killed vs 14 killed in one quake, same day.
    "quake-counts": ["FC201"],
    # "dozens of homes" and "about 50 homes" overlap.
    "quake-hedges": [],
    # 10 km and 100 km deep: a factor of ten.
    "quake-depth": ["FC201"],
    # "killed at least 12 people" vs "no casualties".
    "casualties-denied": ["FC601"],
    # Bombay and Mumbai are one city.
    "place-alias": [],
    # 4.4, later "revised ... to 4.2".
    "quake-revised": [],
    # 4 dead on 1 July, 9 dead on 3 July: the toll rose.
    "toll-rising": [],
}


@pytest.mark.parametrize("story", sorted(EXPECTED))
def test_story_gives_exactly_its_expected_findings(run_cli, story):
    result = run_cli("check", str(STORIES / story), "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    report = json.loads(result.stdout)
    found = sorted(d["code"] for d in report["discrepancies"] if d["severity"] != "info")
    assert found == EXPECTED[story], [d["explanation"] for d in report["discrepancies"]]


def test_every_story_has_a_test():
    assert sorted(path.name for path in STORIES.iterdir() if path.is_dir()) == sorted(EXPECTED)
