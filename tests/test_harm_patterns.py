"""compare.harm_patterns: the words of people harmed."""

from __future__ import annotations

import pytest

from factcheck.compare.harm_patterns import plural


@pytest.mark.parametrize(
    ("noun", "nouns"),
    [
        ("passenger", "passengers"),
        ("deputy", "deputies"),
        ("boy", "boys"),
        ("fisherman", "fishermen"),
        ("woman", "women"),
        ("wife", "wives"),
        ("child", "children"),
        ("person", "people"),
        ("actress", "actresses"),
        ("passerby", "passersby"),
    ],
)
def test_plural_of_a_persons_noun(noun: str, nouns: str):
    assert plural(noun) == nouns
