"""extract.patterns: the helpers the extraction's patterns read text with."""

from __future__ import annotations

import pytest

from factcheck.extract.patterns import words_before

TEXT = "Damage to the hall was put at $4m."
END = TEXT.index("$")  # 30


@pytest.mark.parametrize(
    ("reach", "window"),
    [
        (28, " to the hall was put at "),  # it would begin inside "Damage": the rest of that word is left out
        (23, "to the hall was put at "),  # it begins right after a space: as it is
        (200, "Damage to the hall was put at "),  # reaching past the start: all of it
    ],
)
def test_a_window_before_a_position_begins_at_a_words_start(reach: int, window: str) -> None:
    assert words_before(TEXT, 0, END, reach) == window


def test_a_window_inside_one_long_word_is_empty() -> None:
    assert words_before("x" * 50, 0, 50, 10) == ""
