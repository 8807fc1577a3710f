"""Stance: attribution with speaker, allegation, denial, expectation, hedges and negation."""

from __future__ import annotations

import pytest

from factcheck.extract.stance import stance_of


def _stance(sentence: str, claim: str):
    start = sentence.index(claim)
    return stance_of(sentence, start, start + len(claim))


@pytest.mark.parametrize(
    ("sentence", "claim", "kind", "speaker"),
    [
        ("The fire destroyed 40 homes, officials said.", "40 homes", "attributed", "officials"),
        (
            "Two people died, Sheriff John Smith said in a statement.",
            "Two people",
            "attributed",
            "sheriff john smith",
        ),
        ("According to the county coroner, the victim was 32.", "32", "attributed", "county coroner"),
        (
            "Police Chief Ana Ruiz told reporters that 3 suspects fled.",
            "3 suspects",
            "attributed",
            "police chief ana ruiz",
        ),
        ("The mayor reiterated that 200 homes were evacuated.", "200 homes", "attributed", "mayor"),
        ("The state announced that 12 schools will close.", "12 schools", "attributed", "state"),
        ("Nine were hurt, according to the harbour master.", "Nine", "attributed", "harbour master"),
        ("Nine were hurt, according to the U.S.", "Nine", "attributed", "u.s."),
        # where the speaker serves is part of its name, not the speaker
        ("Police in Kelby say two men were hurt.", "two men", "attributed", "police in kelby"),
    ],
)
def test_attribution_names_the_speaker(sentence, claim, kind, speaker):
    stance = _stance(sentence, claim)
    assert (stance.kind, stance.speaker) == (kind, speaker)


@pytest.mark.parametrize(
    ("sentence", "claim", "kind"),
    [
        ("Prosecutors accused him of stealing $5,000 from the charity.", "$5,000", "alleged"),
        ("The lawsuit claims that 300 workers were underpaid.", "300 workers", "alleged"),
        ("The company denied that 50 jobs would be cut.", "50 jobs", "denied"),
        ("The minister is set to visit Kenya on Tuesday.", "Tuesday", "expected"),
        ("The trial is scheduled to begin on March 3.", "March 3", "expected"),
        ("The council is expected to vote on Friday.", "Friday", "expected"),
        ("The plant will open in 2026.", "2026", "expected"),
        ("The company plans to hire 400 people.", "400 people", "expected"),
        ("The gunman reportedly fired 20 shots.", "20 shots", "hedged"),
        ("The storm may have destroyed 100 homes.", "100 homes", "hedged"),
        ("The bridge collapsed in 2019.", "2019", "asserted"),
    ],
)
def test_stance_kinds(sentence, claim, kind):
    assert _stance(sentence, claim).kind == kind


def test_a_hedge_in_a_later_clause_does_not_reach_back():
    sentence = "In November 2023, the country launched a satellite, leading to speculation that others may have helped."
    assert _stance(sentence, "November 2023").kind == "asserted"


def test_a_participial_clause_takes_the_main_clause_expectation():
    sentence = "The president is set to visit Peru on Monday, marking his third visit since 2015."
    assert _stance(sentence, "third visit").kind == "expected"


def test_allegedly_reaches_only_the_next_words():
    sentence = "Regulators fined firms allegedly involved in price fixing across several markets in May 2024."
    assert _stance(sentence, "May 2024").kind == "asserted"


def test_the_month_may_and_the_name_will_are_no_hedge_or_expectation():
    sentence = "The council adopted the bypass plan in May and has since heard 900 objections."
    assert _stance(sentence, "900 objections").kind == "asserted"
    assert _stance("Will Dunmore scored 31 points against the visitors.", "31 points").kind == "asserted"


def test_negation_of_the_predicate():
    assert _stance("Ten people were not injured in the blast.", "Ten people").negated
    assert _stance("The driver had no passengers besides 2 dogs.", "2 dogs").negated
    assert not _stance("Ten people were injured in the blast.", "Ten people").negated


def test_attribution_outranks_expectation_and_keeps_the_cue():
    stance = _stance("The leader will travel to Hanoi on June 19, the ministry announced.", "June 19")
    assert stance.kind == "attributed"
    assert stance.speaker == "ministry"
    assert stance.cue is not None and "announced" in stance.cue
