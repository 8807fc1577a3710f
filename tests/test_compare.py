"""compare(): alignment, grouping into findings, fingerprints, independence, and its properties."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_builders import age, count, day, recurrence, source, time_claim
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.compare import REVISION, compare
from factcheck.compare.independence import independence_groups
from factcheck.compare.rules import RuleContext, all_rules

MAY = dt.date(2021, 5, 4)
WIRE = "The storm flooded the valley overnight, cutting power to thousands of homes and closing the main road north."


def test_one_finding_per_disputed_fact_with_every_quote():
    sources = [source(s, f"Report {s} on the crash.") for s in "abc"]
    claims = [
        count("a", "10 killed", 10, 10, "killed"),
        count("b", "10 dead", 10, 10, "dead"),
        count("c", "12 killed", 12, 12, "killed"),
    ]
    findings = compare(sources, claims)
    assert len(findings.discrepancies) == 1
    finding = findings.discrepancies[0]
    assert {(ref.source, ref.side) for ref in finding.claims} == {("c", "A"), ("a", "B"), ("b", "B")}
    assert [(side.value, side.independent_sources) for side in finding.sides] == [("12", 1), ("10", 2)]


def test_a_count_of_others_is_a_part_not_the_whole():
    sources = [source(s, f"Report {s} on the crash.") for s in "ab"]
    whole = count("b", "five passengers", 5, 5, "passengers taken")
    assert compare(sources, [count("a", "two passengers", 2, 2, "passengers taken"), whole]).discrepancies
    # "the two other passengers were taken to a clinic": besides some told before
    assert not compare(
        sources, [count("a", "two other passengers", 2, 2, "passengers taken"), whole]
    ).discrepancies


def test_republished_wire_copy_counts_as_one_source():
    # each claim's quote opens its source's text, as the claims say
    wire = "10 killed as " + WIRE[0].lower() + WIRE[1:]
    sources = [
        source("a", wire),
        source("b", wire + " Photo: agency."),
        source("c", "12 killed in the valley, an independent local report said."),
    ]
    assert independence_groups(sources) == {"a": "a", "b": "a", "c": "c"}
    claims = [
        count("a", "10 killed", 10, 10, "killed"),
        count("b", "10 killed", 10, 10, "killed"),
        count("c", "12 killed", 12, 12, "killed"),
    ]
    finding = compare(sources, claims).discrepancies[0]
    assert sorted(side.independent_sources for side in finding.sides) == [1, 1]


def test_fingerprint_is_stable_across_claim_ids_and_offsets():
    sources = [source("a", "Report a."), source("b", "Report b.")]
    first = compare(
        sources, [count("a", "10 killed", 10, 10, "killed"), count("b", "12 killed", 12, 12, "killed")]
    )
    again = compare(
        sources, [count("a", "ten killed", 10, 10, "killed"), count("b", "12 died", 12, 12, "killed")]
    )
    assert first.discrepancies[0].id == again.discrepancies[0].id


def test_single_source_lists_claims_no_other_source_speaks_of():
    sources = [source("a", "Report a."), source("b", "Report b.")]
    lonely = count("a", "3 cars", 3, 3, "cars damaged")
    claims = [lonely, count("a", "10 killed", 10, 10, "killed"), count("b", "10 killed", 10, 10, "killed")]
    assert compare(sources, claims).single_source == [lonely.id]


def test_comparisons_grow_with_distinct_values_not_with_claims():
    sources = [
        source(f"s{i:03d}", f"Report number {i} of the crash, with its own words {i}.") for i in range(200)
    ]
    claims = [count(s.id, "10 killed", 10, 10, "killed") for s in sources]
    findings = compare(sources, claims)
    assert findings.discrepancies == []
    assert findings.comparisons <= 2


# --------------------------------------------------------------------------
# Properties

EVENTS = ("crash:bus>bridge", "die:jane_roe")
PEOPLE = ("Jane Roe", "John Roe")
SOURCE_IDS = ("a", "b", "c")


@st.composite
def claims_strategy(draw):
    made = []
    for index in range(draw(st.integers(min_value=0, max_value=8))):
        source_id = draw(st.sampled_from(SOURCE_IDS))
        kind = draw(st.sampled_from(("count", "time", "age", "recurrence")))
        quote = f"quote {index}"
        if kind == "count":
            low = draw(st.integers(min_value=0, max_value=20))
            high = draw(st.sampled_from((low, low + 5, None)))
            made.append(
                count(source_id, quote, low, high, draw(st.sampled_from(("killed", "injured", "casualties"))))
            )
        elif kind == "time":
            made.append(
                time_claim(
                    source_id, quote, day(2021, 5, draw(st.integers(1, 4))), draw(st.sampled_from(EVENTS))
                )
            )
        elif kind == "age":
            made.append(age(source_id, quote, draw(st.sampled_from(PEOPLE)), draw(st.integers(30, 33)), MAY))
        else:
            made.append(
                recurrence(
                    source_id,
                    quote,
                    "visit:roe>paris",
                    ordinal=draw(st.integers(1, 3)),
                    window_start=draw(st.sampled_from((None, dt.date(2015, 1, 1)))),
                    previous_gap_years=draw(st.sampled_from((None, 10))),
                )
            )
    return made


def _sources():
    return [source(s, f"Report {s}: its own wording about the day {s}.", MAY) for s in SOURCE_IDS]


@settings(max_examples=60, deadline=None)
@given(claims=claims_strategy(), seed=st.randoms(use_true_random=False))
def test_report_does_not_depend_on_the_order_of_sources_or_claims(claims, seed):
    sources = _sources()
    expected = compare(sources, claims).model_dump()
    shuffled_sources, shuffled_claims = list(sources), list(claims)
    seed.shuffle(shuffled_sources)
    seed.shuffle(shuffled_claims)
    assert compare(shuffled_sources, shuffled_claims).model_dump() == expected


@settings(max_examples=60, deadline=None)
@given(claims=claims_strategy())
def test_every_rule_is_symmetric(claims):
    context = RuleContext({s.id: s.published for s in _sources()})
    for rule in all_rules():
        if rule.check is None:
            continue
        for a in claims:
            for b in claims:
                assert (rule.check(a, b, context) is None) == (rule.check(b, a, context) is None), rule.code


@settings(max_examples=60, deadline=None)
@given(claims=claims_strategy())
def test_a_source_compared_with_its_copy_has_no_cross_source_conflict(claims):
    text = "One report, published twice under two names, word for word the same."
    original, copy = source("a", text, MAY), source("b", text, MAY)
    mine = [c.model_copy(update={"source": "a", "id": f"a-{c.id}"}) for c in claims]
    copied = [c.model_copy(update={"source": "b", "id": f"b-{c.id}"}) for c in claims]
    findings = compare([original, copy], mine + copied)
    assert {d.code for d in findings.discrepancies} <= {"FC801", "FC802"}


def test_values_that_agree_stand_on_one_side_of_a_finding():
    from claim_builders import length, source

    sources = [source(name, f"The quake was {name} deep.") for name in ("a", "b", "c")]
    claims = [
        length("a", "30 km", 30, "kilometer", 1000, "depth", event="quake:>izmir"),
        length("b", "30,000 metres", 30000, "meter", 1, "depth", event="quake:>izmir"),
        length("c", "100 km", 100, "kilometer", 1000, "depth", event="quake:>izmir"),
    ]
    (finding,) = compare(sources, claims).discrepancies
    sides = {
        side.value: {ref.source for ref in finding.claims if ref.side == side.label} for side in finding.sides
    }
    assert len(finding.sides) == 2
    assert {"a", "b"} in sides.values() and {"c"} in sides.values()


def test_synonyms_of_a_counted_thing_are_one_key():
    from factcheck.compare.align import counted_key

    assert counted_key("rounds fired") == counted_key("shots fired") == "shot fired"
    assert counted_key("houses destroyed") == counted_key("homes destroyed")
    assert counted_key("men detained") == counted_key("men arrested")
    assert counted_key("people killed") != counted_key("people injured")


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll was initially reported as 10.",
        "Officials originally put the damage at $4 million.",
        "The hearing, originally scheduled for May, was moved.",
        "There were initially 12 people on board.",
        "The magnitude was revised to 4.2.",
        "By evening the count of the missing had climbed to 14.",
        "The agency raised its estimate of the damaged homes to 300.",
        "The harbour board's fee jumped 8 percent.",
        "The storm was downgraded to a Category 2 hurricane.",
    ],
)
def test_a_sentence_giving_an_earlier_value_tells_a_revision(sentence):
    assert REVISION.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor was initially wary of the levy, which was approved in April.",
        "Ivo Marsh, originally from Dunmere, was hired in May.",
    ],
)
def test_initially_or_originally_of_anything_else_tells_no_revision(sentence):
    assert not REVISION.search(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "A night guard raised the alarm at 11:20 p.m.",
        "The suspect jumped out of a van and fired four shots.",
        "Dana Quist grew up in Vessberg and joined the force in 2009.",
        "Smoke rose over the depot as 40 firefighters worked.",
    ],
)
def test_a_verb_of_change_without_the_value_it_went_to_tells_no_revision(sentence):
    assert not REVISION.search(sentence)


def test_a_dispute_names_its_speakers_as_written(tmp_path):
    import factcheck

    for name, speaker, injured in (("a", "Police", 3), ("b", "Fire chief Jo Kestrel", 5)):
        (tmp_path / f"{name}.md").write_text(
            f"---\npublished: 2025-03-03\n---\nA gas blast hit a depot in Marlow on Monday. "
            f"{speaker} said {injured} people were injured in the blast.\n",
            encoding="utf-8",
        )
    report = factcheck.check(tmp_path)
    dispute = next(d for d in report.discrepancies if d.code == "FC802")
    assert dispute.explanation.startswith("A dispute between police and Jo Kestrel: ")


@pytest.mark.parametrize(
    ("sentence", "speakers", "values", "fact"),
    [
        # "the company said" quotes the company another report names
        (
            "On Monday {} would cut {} jobs by 2027.",
            ("Harlow Systems said it", "the company said it"),
            ("12,000", "15,000"),
            "the number of job cuts in the story",
        ),
        # a speaker told shorter is the same party
        (
            "A magnitude {1} quake struck Marlow on Monday, {0} said.",
            ("the geological survey", "the survey"),
            ("6.1", "6.6"),
            "the magnitude in the story",
        ),
        # officials at large may be the commission's
        (
            "Turnout in Sunday's vote in Marlow was {1} percent, {0} said.",
            ("officials", "the electoral commission"),
            ("68", "72"),
            "the turnout in the election of Marlow",
        ),
    ],
)
def test_speakers_that_are_one_party_are_no_dispute(tmp_path, sentence, speakers, values, fact):
    import factcheck

    for name, speaker, value in zip("ab", speakers, values, strict=True):
        text = sentence.format(speaker, value)
        (tmp_path / f"{name}.md").write_text(f"---\npublished: 2025-03-03\n---\n{text}\n", encoding="utf-8")
    (finding,) = factcheck.check(tmp_path).discrepancies
    assert (finding.code, finding.fact) == ("FC201", fact)


def test_a_time_the_news_looks_forward_to_keeps_its_values_the_news():
    from factcheck.extract.claims import canonicalise_claims, claims_of

    published = dt.date(2024, 3, 4)
    sources = [
        source(
            "a",
            "The deal values Tarrow Mills at $38 a share and is expected to close in the third quarter.",
            published,
        ),
        source("b", "Kelby Foods agreed on Monday to buy Tarrow Mills for $36 per share.", published),
    ]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    assert [d.fact for d in compare(sources, claims).discrepancies] == ["the price per share in the story"]
