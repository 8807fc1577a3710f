"""The date of a document's adoption or proposal (factcheck.extract.documents)."""

from __future__ import annotations

import pytest

from factcheck.compare.naming import event_phrase
from factcheck.extract.documents import document_event


def _act(sentence: str, time: str):
    start = sentence.index(time)
    return document_event(sentence, start, start + len(time))


@pytest.mark.parametrize(
    ("sentence", "time", "act"),
    [
        ("The levy, approved in October, takes effect next year.", "October", None),
        ("The mooring rule, approved in November, faces a challenge.", "November", ("adopt", "rule")),
        ("Builders oppose the zoning changes made in January.", "January", ("adopt", "rule")),
        ("The change to the timetable was made in early May.", "early May", ("adopt", "rule")),
        ("Passed in June 2019, the harbour law caps mooring fees.", "June 2019", ("adopt", "law")),
        ("The ministry drafted its fishing rules in March.", "March", ("propose", "rule")),
        ("the bill, which was introduced in May, stalled.", "May", ("propose", "law")),
        ("The two states signed the water treaty in 1994.", "1994", ("adopt", "treaty")),
        # a building is built, an institution founded
        ("The church, built in 1892, had 300 members.", "1892", ("build", "church")),
        ("The mill, which was constructed in 1840, burned down.", "1840", ("build", "mill")),
        ("Founded in 1954, the school has 400 pupils.", "1954", ("found", "school")),
    ],
)
def test_a_time_next_to_a_documents_act_dates_that_act(sentence, time, act):
    assert _act(sentence, time) == act


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("He made a speech in May.", "May"),  # "made" adopts only with a document beside it
        ("The team made the playoffs in 2003.", "2003"),
        ("The rule was criticised in March by anglers.", "March"),  # criticised: no act of making
        ("The law that was passed says nothing about boats, officials said in May.", "May"),
        # each act goes with its own nouns
        ("The church, approved in 1890, is listed.", "1890"),
        ("The rule, built in 1990, still stands.", "1990"),
    ],
)
def test_a_time_of_another_verb_dates_no_document(sentence, time):
    assert _act(sentence, time) is None


def test_a_long_sentence_is_read_only_near_the_time():
    filler = "and the anglers of the coast went on protesting, " * 400
    sentence = "The rule, " + filler + "was adopted in May."
    assert _act(sentence, "May") is None  # the document is too far from its verb to be its
    assert _act("The rule, " + filler + "the rule, adopted in May, stands.", "May") == ("adopt", "rule")


def test_a_documents_act_is_named_with_its_document():
    assert event_phrase("adopt:>rule") == "the adoption of the rule"
    assert event_phrase("propose:>law") == "the proposal of the law"
    assert event_phrase("build:>church") == "the construction of the church"


def test_a_documents_act_by_a_publishing_verb_is_dated_as_the_event_not_as_a_saying():
    from factcheck.compare.align import dates_the_event
    from factcheck.extract.claims import claims_of
    from factcheck.records import Source

    text = "Anglers had fished freely until the ministry curbed it in rules issued last March."
    source = Source(id="a", path="a.md", text=text, content_hash="a")
    last_march = next(c for c in claims_of(source) if c.kind == "time")
    assert last_march.event == "adopt:>rule"
    assert dates_the_event(last_march, text)
    # a statement is no document: "issued" there dates the saying
    said = "The ministry curbed fishing, a statement issued last March said."
    statement = next(
        c for c in claims_of(Source(id="b", path="b.md", text=said, content_hash="b")) if c.kind == "time"
    )
    assert not dates_the_event(statement, said)
