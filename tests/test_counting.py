"""compare.counting: what a story-wide count counts, named as the reports write it."""

from __future__ import annotations

import pytest
from claim_builders import count, source

from factcheck.compare import compare
from factcheck.compare.counting import (
    attackers_counted,
    counted_as_possessed,
    counted_as_someones,
    counted_name,
    counted_noun,
    counts_the_others,
    followed_by_more,
    individuals_set_apart,
    initial_counts_set_apart,
    part_after,
    tells_remainder,
)
from factcheck.compare.fact_keys import FactKey
from factcheck.extract.claims import canonicalise_claims, claims_of


def test_a_count_is_keyed_by_its_head_noun_and_named_by_its_phrase() -> None:
    claims = [
        count("a", "nearly 2,300 public comments", 2300, 2300, "public comments"),
        count("b", "2,300 public comments received", 2300, 2300, "public comments received"),
    ]
    assert counted_noun("public comments") == "comment"
    assert counted_name("comment", claims) == "public comments"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # what tells the things apart in a report's words is not what they are
        ("undersea cables cut", "submarine cables damaged"),
        ("new jobs", "jobs cut"),
        ("armed officers", "officers"),
        ("countries affected", "countries"),
        # a firm's staff, by any of its words
        ("employees", "staff"),
        ("workforce", "staffers"),
        ("security holes", "vulnerabilities"),
        ("flaws", "bugs"),
        # a group counted by its members or as a whole
        ("crew members", "crew"),
        ("crewmen", "crew"),
        ("staff members", "employees"),
        # those who did it, taken: "captured 23 pirates", "two gunmen were detained"
        ("pirates captured", "people detained"),
        ("gunmen arrested", "suspects detained"),
        ("suspected pirates seized", "pirates captured"),
    ],
)
def test_counts_of_one_noun_with_other_modifiers_are_one_count(one: str, other: str) -> None:
    assert counted_noun(one) == counted_noun(other) != ""


def test_people_counted_by_where_they_were_or_what_befell_them_are_named_so() -> None:
    assert counted_noun("people aboard") == "aboard"
    assert counted_name("aboard", [count("a", "50 people", 50, 50, "people aboard")]) == "people aboard"
    assert counted_name("missing", [count("a", "nine people", 9, 9, "people missing")]) == "people missing"


def test_counts_of_other_nouns_with_one_modifier_are_other_counts() -> None:
    assert counted_noun("wildlife groups") != counted_noun("wildlife charities")
    assert counted_noun("countries affected") == "country"  # not "countrie"
    assert counted_noun("species listed") == "species"
    assert counted_noun("members") == "member"  # no group named: the members themselves
    assert counted_noun("club members") != counted_noun("crew members")
    assert counted_noun("guns seized") == "gun"  # things seized are no people arrested


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("net rushing yards", "total yards"),
        ("rushing yards", "passing yards"),
        ("straight games", "games"),
        ("consecutive wins", "wins"),
    ],
)
def test_a_word_that_narrows_what_is_counted_keeps_counts_apart(one: str, other: str) -> None:
    assert counted_noun(one) != counted_noun(other)


@pytest.mark.parametrize("counted", ["teens", "boys", "girls", "males", "youths"])
def test_people_by_age_or_sex_alone_are_no_thing_of_the_story(counted: str) -> None:
    assert counted_noun(counted) == ""


def test_the_phrase_most_reports_write_names_the_count() -> None:
    claims = [
        count("a", "3 undersea cables", 3, 3, "undersea cables"),
        count("b", "3 undersea cables", 3, 3, "undersea cables cut"),
        count("c", "3 submarine cables", 3, 3, "submarine cables"),
    ]
    assert counted_name("cable", claims) == "undersea cables"


def test_a_count_of_one_word_is_named_by_its_plural() -> None:
    assert counted_name("engine", [count("a", "six engines", 6, 6, "engines")]) == "engines"
    assert counted_name("engine", []) == "engines"


def test_the_people_who_did_it_are_one_count_whatever_each_report_calls_them() -> None:
    assert counted_noun("gunmen") == counted_noun("armed robbers") == counted_noun("thieves")
    assert counted_noun("armed pirates") == counted_noun("hijackers") == counted_noun("gunmen")
    claims = [
        count("a", "three gunmen", 3, 3, "gunmen"),
        count("b", "two armed robbers", 2, 2, "armed robbers"),
        count("c", "three gunmen", 3, 3, "gunmen"),
    ]
    assert counted_name(counted_noun("gunmen"), claims) == "gunmen"


@pytest.mark.parametrize(
    ("text", "is_part"),
    [
        # whose the counted are: all of the ship's crew
        ("All 21 crew members of the freighter were freed.", False),
        ("Some 300 employees of the bank were sent home.", False),
        # a bare number, or a number after "of the", is a part of a whole
        ("Two of the five sailors were killed.", True),
        ("Divers found three sailors of the nine aboard.", True),
        ("Police arrested four more on Sunday.", True),
    ],
)
def test_of_after_a_counts_own_noun_says_whose_they_are_not_a_whole_they_are_part_of(
    text: str, is_part: bool
) -> None:
    claim = next(c for c in claims_of(source("a", text)) if c.kind == "quantity")
    assert (part_after(claim, text) is not None) is is_part


@pytest.mark.parametrize(
    ("counted", "thing"),
    [
        # people at large are counted by what happened to them: one count whatever they are called
        ("people evacuated", "evacuated"),
        ("residents of nearby flats evacuated", "evacuated"),
        ("men arrested", "arrested"),
        ("people detained", "arrested"),
        ("suspects detained", "arrested"),
        # people of any kind are counted by what was done to them ("the prison's 1,400 inmates" are another count)
        ("inmates escaped", "escaped"),
        ("prisoners escaped", "escaped"),
        ("students arrested", "arrested"),
        ("children rescued", "rescued"),
        # not by what they were sent to do: officers deployed are not troops deployed
        ("officers deployed", "officer"),
        # without it, no thing of the story ("several men", "one woman")
        ("men", ""),
        ("people", ""),
        # a count of a thing of its own stays that thing's
        ("residents", "resident"),
        ("suspects", "suspect"),
        ("homes destroyed", "home"),
        # a compound written open is the one written with a hyphen
        ("fire engines sent", "engine"),
        ("fire crews", "crew"),
    ],
)
def test_people_at_large_are_counted_by_what_happened_to_them(counted: str, thing: str) -> None:
    assert counted_noun(counted) == thing


def test_a_participle_alone_is_named_as_the_people_it_happened_to() -> None:
    claims = [
        count("a", "about 40", 40, 40, "people evacuated"),
        count("b", "60", 60, 60, "people evacuated"),
    ]
    assert counted_name("evacuated", claims) == "people evacuated"
    assert counted_name("escaped", []) == "people who escaped"  # what they did, not what was done to them


@pytest.mark.parametrize(
    ("text", "remainder"),
    [
        ("Two fire tenders would remain at the scene until Monday.", True),
        ("Police said two crews, and officers, stayed on scene overnight.", True),
        # the verb is another count's, or tells a state, not what was left at the scene
        ("Ten engines fought the blaze and two remained at the scene.", False),
        ("One suspect remains at large.", False),
        ("Two people remain in hospital.", False),
    ],
)
def test_a_count_of_what_stayed_at_the_scene_is_a_remainder(text: str, remainder: bool) -> None:
    claim = next(c for c in claims_of(source("a", text)) if c.kind == "quantity")
    assert tells_remainder(claim, text) is remainder


def test_a_count_a_report_adds_to_later_is_no_whole() -> None:
    text = "Eight engines were sent, and a further six later. By 10pm 14 engines were there."
    first, added, total = [c for c in claims_of(source("a", text)) if c.kind == "quantity"]
    other = count("b", "12 engines", 12, 12, "engines")
    whole, addition = FactKey("count", thing="engine"), FactKey("count", event="added", thing="engine")
    facts = {whole: [first, total, other], addition: [added]}
    initial_counts_set_apart(facts)
    # what was sent first goes; the total after the addition, and another report's whole, stay
    assert facts[whole] == [total, other] and facts[addition] == [added]


@pytest.mark.parametrize(
    ("text", "someones"),
    [
        ("Jo Reed had nine catches in the win.", True),
        ("He finished with nine catches.", True),
        # who did what the sentence tells of the person: not theirs
        ("Jo Reed was arrested in a dawn raid by 40 officers.", False),
        ("Jo Reed was found by a team of 60 officers.", False),
        ("The council received 4,000 comments.", False),
        # what a speaker told of, not a count of their own; a person named after the verb still owns it
        ("Jo Reed said the council had received 4,000 comments.", False),
        ("Officials said Jo Reed had nine catches.", True),
        # the one who tells it after it, in the sentence's closing attribution
        ("About 60 firefighters fought the blaze, Chief Jo Reed said.", False),
        ("About 60 firefighters fought the blaze, he said.", False),
        ("He finished with nine catches, the coach said.", True),
    ],
)
def test_a_count_told_with_a_person_may_be_theirs_but_not_who_did_it_to_them(
    text: str, someones: bool
) -> None:
    claim = next(c for c in claims_of(source("a", text)) if c.kind == "quantity")
    named = [(0, 7, "jo_reed")] if "Jo Reed" in text else []
    assert (
        counted_as_someones(claim, text, lambda sentence: named if "Jo Reed" in sentence else []) is someones
    )


@pytest.mark.parametrize(
    ("text", "attackers"),
    [
        ("Four armed men robbed a pawn shop in Tarrow.", True),
        ("In the raid, three men stole jewellery worth $40,000.", True),
        ("Two men opened fire on the crowd outside the club.", True),
        ("Two men attacked a guard at the gate.", True),
        # what they wore or held may stand between
        ("Three men dressed as couriers robbed a bank in Tarrow.", True),
        ("Two men armed with rifles stormed a depot in Tarrow.", True),
        # what was done to the men, not what they did
        ("Two men robbed at gunpoint in Tarrow.", False),
        ("Two men shot in the leg were taken to hospital.", False),
        # people who are no attackers, whatever follows
        ("Four officers stormed the house.", False),
        ("Four men were arrested on Sunday.", False),
    ],
)
def test_a_count_of_men_who_did_the_crime_counts_the_attackers(text: str, attackers: bool) -> None:
    claim = next(c for c in claims_of(source("a", text)) if c.kind == "quantity")
    assert (attackers_counted(claim, text) == counted_noun("robbers")) is attackers


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("Police are still looking for the other three robbers.", True),
        ("The remaining two engines left at noon.", True),
        ("Three robbers fled; police caught two other men later.", False),
        ("Three robbers fled in a van.", False),
        # the window of an ordinal counts no thing of the story
        ("It was the Otters' third win in four games.", True),
        ("It was her second goal in her last 10 starts.", True),
        ("The Otters won four games in a row.", False),
    ],
)
def test_a_count_of_the_others_is_a_part(text: str, others: bool) -> None:
    claim = next(c for c in claims_of(source("a", text)) if c.kind == "quantity")
    assert counts_the_others(claim, text) is others


def test_a_count_of_men_who_did_the_crime_names_the_count_by_the_thing() -> None:
    text = "Four armed men robbed a pawn shop in Tarrow."
    men = next(c for c in claims_of(source("a", text)) if c.kind == "quantity")
    claims = [men, men, count("b", "three masked robbers", 3, 3, "masked robbers")]
    assert counted_name(counted_noun("robbers"), claims) == "attackers"


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Police released two suspects on Monday and are still hunting a third suspect.", True),
        ("Two inmates broke out of the jail in Tarrow. A third was caught in the yard.", True),
        # a third of another kind, or a count it does not follow
        ("Two suspects were released. It was the third shooting in Tarrow this year.", False),
        ("Three suspects were released. Police are searching for a third suspect.", False),
        ("Two suspects were released. Police spoke to them. Later a third car was found.", False),
        # a number more in its sentence
        ("Nine fire engines went to the mill, and five more were called in later.", True),
        ("Nine fire engines went to the mill. Five more hours passed before it was out.", False),
    ],
)
def test_a_count_followed_by_more_is_a_part(text: str, part: bool) -> None:
    claim = next(c for c in claims_of(source("a", text)) if c.kind == "quantity")
    assert followed_by_more(claim, text) is part


def test_a_count_after_a_possessive_is_someones_own() -> None:
    text = "A neighbour was on her porch with her two children when the bullets flew."
    claim = next(c for c in claims_of(source("a", text)) if c.kind == "quantity")
    assert counted_as_possessed(claim, text)
    other = "Two children were on the porch when the bullets flew."
    assert not counted_as_possessed(
        next(c for c in claims_of(source("a", other)) if c.kind == "quantity"), other
    )


def test_one_of_a_thing_others_count_by_more_is_an_individual_not_a_count():
    many = count("a", "About 60 firefighters", 54, 66, "firefighters")
    one = count("a", "One firefighter", 1, 1, "firefighters treated")
    other = count("b", "More than 80 firefighters", 80, None, "firefighters")
    assert individuals_set_apart([many, one, other]) == [many, other]
    # no report counts more: one is the count
    alone = [one, count("b", "one firefighter", 1, 1, "firefighters")]
    assert individuals_set_apart(alone) == alone


@pytest.mark.parametrize(
    ("one", "other", "name"),
    [
        (
            "An explosion at a mill in Kelby on Monday injured four workers. The mill employs 340 people.",
            "Four workers were hurt in an explosion at a Kelby mill. The mill has 430 employees.",
            "the number of employees",
        ),
        (
            "A ferry carrying 50 people sank off Kelby on Monday.",
            "The ferry sank off Kelby with 56 passengers and crew aboard.",
            "the number of people aboard",
        ),
    ],
)
def test_people_counted_by_a_verb_in_one_report_and_a_noun_in_another_are_one_count(one, other, name):
    sources = [source("a", one), source("b", other)]
    claims = canonicalise_claims([c for s in sources for c in claims_of(s)])
    facts = {fact.name: len(fact.values) for fact in compare(sources, claims).facts}
    assert facts[name] == 2


def test_two_reports_counting_the_cables_an_outage_cut_differently_conflict() -> None:
    from claim_builders import source

    from factcheck.compare import compare
    from factcheck.extract.claims import claims_of

    sources = [
        source("a", "Two undersea cables were cut off Kelby on Friday, slowing traffic across the region."),
        source("b", "Three undersea cables were cut off Kelby on Friday, officials said."),
    ]
    found = compare(sources, [c for s in sources for c in claims_of(s)]).discrepancies
    assert [(d.code, d.fact) for d in found] == [("FC201", "the number of undersea cables")]


def test_two_reports_counting_the_flaws_a_patch_fixed_differently_conflict() -> None:
    from claim_builders import source

    from factcheck.compare import compare
    from factcheck.extract.claims import claims_of

    sources = [
        source("a", "The maker released patches for 28 vulnerabilities in its browser on Tuesday."),
        source("b", "The maker patched 18 security flaws in its browser on Tuesday."),
    ]
    found = compare(sources, [c for s in sources for c in claims_of(s)]).discrepancies
    assert [d.code for d in found] == ["FC201"]
    assert sorted(c.quote for c in found[0].claims) == ["18 security flaws", "28 vulnerabilities"]
