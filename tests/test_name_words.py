"""extract.name_words: the words around a town that say it is where a thing is."""

from __future__ import annotations

import pytest

from factcheck.extract.name_words import town_of_a_thing


def _of_a_thing(text: str, town: str = "Kelby") -> bool:
    start = text.index(town)
    return town_of_a_thing(text, start, start + len(town))


@pytest.mark.parametrize(
    "text",
    [
        "Two men were hurt outside a Kelby bar on Friday.",
        "She was shot in their Kelby home.",
        "A fire broke out inside an Kelby warehouse.",
        "He was found on Kelby's east side.",
        "It happened in Kelby's downtown.",
        "Shots were fired on Kelby\u2019s north end.",
        "A round pierced the wall of her Kelby home.",
        "He was found on a Kelby street.",
        "They fought behind a Kelby tavern.",
        "Two men were hurt in a quiet Kelby neighborhood.",  # a word of what the place is like between
        "She was shot outside a popular Kelby bar.",
    ],
)
def test_a_town_before_a_thing_or_a_part_of_itself_says_where_it_is(text):
    assert _of_a_thing(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Kelby man was shot.",  # where he lives, not where it happened
        "Police went to the Kelby home.",  # a family's as often as a town's
        "She was hurt in a Kelby officer-involved shooting.",  # the town of the police
        "He was found at a Kelby man's house.",
        "She is the mother of a Kelby teenager.",
        "A cook sat in a Kelby sedan parked outside.",  # a maker's name, which may be a town's
        "It was on Kelby's biggest night of the year.",
        "He was shot on Kelby's Day.",  # a holiday named after someone
        "He spoke with a Kelby Police officer.",
        "The mayor met in Kelby on Monday.",  # the plain locative is read elsewhere
        "They got into a white Kelby and drove off.",  # no thing named after the name
        "She put her trust in a loving Kelby who hears her.",
    ],
)
def test_a_town_of_a_person_a_family_or_an_occasion_is_not_where_a_thing_is(text):
    assert not _of_a_thing(text)
