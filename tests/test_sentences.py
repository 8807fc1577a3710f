"""Sentences as the story frame reads them."""

from __future__ import annotations

from factcheck.compare.sentences import tells_background


def test_a_sentence_of_another_occurrence_tells_background():
    assert tells_background("Two men were hurt in a separate shooting on Vale Road.")
    assert tells_background("It was the town's second killing in as many weeks; LAST YEAR there were none.")
    assert tells_background("She had been arrested in a most recent drunk-driving case.")


def test_a_sentence_of_the_news_alone_tells_no_background():
    assert not tells_background("A man was shot on Vale Road on Friday, police said.")
    # the words must stand on their own: "lastly" and "yearly" are not "last year"
    assert not tells_background("Lastly, the yearly fair was cancelled.")
