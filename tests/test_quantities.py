"""Quantity claims: hedges, units, money, percentages, magnitudes, what is counted."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import FIXTURES

from factcheck.extract.quantities import HEDGES, VAGUE_AMOUNTS, find_quantities, hedged_range
from factcheck.extract.quantities.fractions import amounts_before_units
from factcheck.read.segment import segment_source
from factcheck.records import Duration, DurationClaim, QuantityClaim, Segment, Source

PUBLISHED = dt.date(2024, 6, 17)


def _source(text: str, name: str = "s") -> Source:
    return Source(id=name, path=f"{name}.txt", text=text, content_hash="test", published=PUBLISHED)


def _quantities(text: str) -> list[QuantityClaim]:
    source = _source(text)
    return find_quantities(source, segment_source(source))


def _only(text: str) -> QuantityClaim:
    claims = _quantities(text)
    assert len(claims) == 1, [c.quote for c in claims]
    return claims[0]


def _by_quote(claims: list[QuantityClaim], quote: str) -> QuantityClaim:
    matching = [c for c in claims if c.quote == quote]
    assert len(matching) == 1, [c.quote for c in claims]
    return matching[0]


def _fixture(name: str) -> list[QuantityClaim]:
    source = _source((FIXTURES / "numbers" / f"{name}.txt").read_text(encoding="utf-8"), name)
    return find_quantities(source, segment_source(source))


# --------------------------------------------------------------------------
# Hedges


@pytest.mark.parametrize(
    ("text", "low", "high", "hedge"),
    [
        ("About 50 people were evacuated.", 45, 55, "about"),
        ("Approximately 50 people were evacuated.", 45, 55, "approximately"),
        ("Around 50 people were evacuated.", 45, 55, "around"),
        ("Some 50 people were evacuated.", 45, 55, "some"),
        ("Roughly 50 people were evacuated.", 45, 55, "roughly"),
        ("Nearly 50 people were evacuated.", 45, 50, "nearly"),
        ("Almost 50 people were evacuated.", 45, 50, "almost"),
        ("More than 50 people were evacuated.", 50, None, "more than"),
        ("Over 11,000 people were evacuated.", 11000, None, "over"),
        ("At least 12 people were evacuated.", 12, None, "at least"),
        ("Upwards of 50 people were evacuated.", 50, None, "upwards of"),
        ("Up to 50 people were evacuated.", 0, 50, "up to"),
        ("At most 50 people were evacuated.", 0, 50, "at most"),
        ("Fewer than 50 people were evacuated.", 0, 50, "fewer than"),
        ("Just over 50 people were evacuated.", 50, 55, "just over"),
        ("Police evacuated 50 or more people.", 50, None, "or more"),
    ],
)
def test_hedges_become_ranges(text: str, low: float, high: float | None, hedge: str) -> None:
    value = _only(text).value
    assert (value.low, value.high, value.hedge, value.exact) == (low, high, hedge, False)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Dozens of people were evacuated.", 20, 199),
        ("Hundreds of people were evacuated.", 200, 1999),
        ("Thousands of people were evacuated.", 2000, 19999),
        ("Tens of thousands of people were evacuated.", 20000, 199999),
        ("A handful of people were evacuated.", 2, 9),
    ],
)
def test_vague_amounts_become_ranges(text: str, low: float, high: float) -> None:
    value = _only(text).value
    assert (value.low, value.high, value.counted, value.exact) == (low, high, "people evacuated", False)


def test_fractions_of_large_numbers() -> None:
    value = _only("Half a million people were displaced.").value
    assert (value.low, value.counted) == (500_000, "people displaced")


def test_every_hedge_of_the_table_has_a_range() -> None:
    for kind in set(HEDGES.values()):
        low, high = hedged_range(100, kind)
        assert low is not None and (high is None or low <= 100 <= high)
    assert all(low < high for low, high in VAGUE_AMOUNTS.values())


def test_ranges_between_two_numbers() -> None:
    assert (
        _only("Between 10 and 12 people died.").value.low,
        _only("Between 10 and 12 people died.").value.high,
    ) == (
        10,
        12,
    )
    value = _only("Officials said 10 to 12 people died.").value
    assert (value.low, value.high, value.counted) == (10, 12, "people killed")


# --------------------------------------------------------------------------
# Units, conversions, magnitudes, percentages, money


@pytest.mark.parametrize(
    ("text", "unit", "si", "measure"),
    [
        ("The road fell 600 metres.", "meter", 600, "length"),
        ("The road fell 600 meters.", "meter", 600, "length"),
        ("The road fell 600 m.", "meter", 600, "length"),
        ("The runners covered 12 kilometres.", "kilometer", 12000, "length"),
        ("The runners covered 12km.", "kilometer", 12000, "length"),
        ("The runners covered 2 miles.", "mile", 3218.688, "length"),
        ("The wave was 10 feet high.", "foot", 3.048, "length"),
        ("The wave was 10ft high.", "foot", 3.048, "length"),
        ("Police seized 5 kg of cocaine.", "kilogram", 5, "mass"),
        ("Police seized 5 tonnes of cocaine.", "metric_ton", 5000, "mass"),
        ("Winds reached 100 mph.", "mile / hour", 44.704, "speed"),
        ("Winds reached 160 km/h.", "kilometer / hour", 44.444, "speed"),
        ("The fire burned 3 square kilometres.", "kilometer ** 2", 3_000_000, "area"),
        ("The fire burned 2,000 hectares.", "hectare", 20_000_000, "area"),
        ("Crews pumped 500 litres of water.", "liter", 0.5, "volume"),
        ("Temperatures reached 45C.", "degree_Celsius", 318.15, "temperature"),
        ("Temperatures reached 113 degrees Fahrenheit.", "degree_Fahrenheit", 318.15, "temperature"),
    ],
)
def test_units_convert_to_base_units(text: str, unit: str, si: float, measure: str) -> None:
    value = _only(text).value
    assert (value.unit, value.measure) == (unit, measure)
    assert value.si_low == pytest.approx(si, rel=1e-3)
    assert value.si_high == pytest.approx(si, rel=1e-3)


def test_how_often_someone_was_shot_is_its_own_count() -> None:
    assert _only("Ivo Marsh was shot five times.").value.counted == "times shot"
    assert _only("Ivo Marsh was stabbed more than 20 times.").value.counted == "times stabbed"
    assert _only("The officer fired four times.").value.counted == "shots fired"


def test_a_margin_of_a_win_or_a_lead_counts_nothing() -> None:
    for text in ("The Otters lead the division by three games.", "Ivo Marsh won the seat by 412 votes."):
        assert [c.value.counted for c in _quantities(text) if c.value.counted] == [], text
    # "by" after another verb, or in another clause than the win, still takes its count
    assert _only("The man was attacked by two dogs.").value.counted == "dogs"
    assert _only("The gunman, who had lost his job, was shot by two officers.").value.counted == "officers"


def test_a_participle_after_a_measured_thing_is_not_part_of_it() -> None:
    for text in (
        "Agents seized 300 kg of heroin hidden in a truck.",
        "Agents seized 300 kg of heroin found in a truck.",
        "Agents seized 300 kg of heroin in a truck.",
    ):
        assert _only(text).value.counted == "heroin", text


@pytest.mark.parametrize(
    ("text", "quote", "amount", "unit"),
    [
        ("The depot lies half a mile away.", "half a mile", 0.5, "mile"),
        ("The depot lies a half-mile away.", "a half-mile", 0.5, "mile"),
        ("The depot lies a quarter mile away.", "a quarter mile", 0.25, "mile"),
        ("The depot lies a quarter of a mile away.", "a quarter of a mile", 0.25, "mile"),
        ("The depot lies three quarters of a mile away.", "three quarters of a mile", 0.75, "mile"),
        ("The depot lies a mile and a half away.", "a mile and a half", 1.5, "mile"),
        ("The depot lies two miles and a half away.", "two miles and a half", 2.5, "mile"),
        ("The depot lies a kilometre north of the bridge.", "a kilometre", 1, "kilometer"),
        ("The barge carried half a tonne of grain.", "half a tonne of grain", 0.5, "metric_ton"),
    ],
)
def test_an_article_or_a_fraction_is_the_amount_of_a_spelt_out_unit(
    text: str, quote: str, amount: float, unit: str
) -> None:
    claim = _only(text)
    assert (claim.quote, claim.value.low, claim.value.high, claim.value.unit) == (quote, amount, amount, unit)


def test_a_unit_word_inside_a_longer_word_is_no_unit() -> None:
    text = "The prize went to Amiles from Varn, a town a mile from the coast."
    assert [m.start for m in amounts_before_units(text)] == [text.index("a mile")]


def test_a_hedged_mile_and_a_half_is_a_range_around_it() -> None:
    value = _only("The depot lies about a mile and a half from the bridge.").value
    assert (value.low, value.high, value.hedge) == (pytest.approx(1.35), pytest.approx(1.65), "about")


@pytest.mark.parametrize(
    "text",
    [
        "The dog was found in a yard behind the depot.",
        "The dog was found in a yard from which the fence was gone.",
        "They crossed the bridge on foot.",
        "The mayor drew a ton of praise.",
        "He paid a pound for the ticket.",
    ],
)
def test_an_article_before_a_unit_word_alone_measures_nothing(text: str) -> None:
    assert _quantities(text) == []


def test_a_parenthesised_conversion_is_part_of_one_quantity() -> None:
    claim = _only("The tower is 600 metres (2,000 feet) tall.")
    assert claim.quote == "600 metres (2,000 feet) tall"
    assert (claim.value.low, claim.value.unit, claim.value.counted) == (600, "meter", "height")


def test_metres_and_feet_compare_in_base_units() -> None:
    metres = _only("The tower is 600 metres tall.").value
    feet = _only("The tower is 1,968.5 feet tall.").value
    assert metres.si_low == pytest.approx(feet.si_low, rel=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 5.9 earthquake struck.",
        "A 5.9-magnitude earthquake struck.",
        "A magnitude-5.9 earthquake struck.",
        "The quake measured 5.9 on the Richter scale.",
        "It had a magnitude of 5.9.",
        "An M 5.9 earthquake struck.",
        "An Mw5.9 earthquake struck.",
    ],
)
def test_magnitudes(text: str) -> None:
    value = _only(text).value
    assert (value.low, value.high, value.measure, value.counted, value.unit) == (
        5.9,
        5.9,
        "magnitude",
        "magnitude",
        None,
    )


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [
        ("Turnout was 64%.", 64, "percent"),
        ("Turnout was 64 percent.", 64, "percent"),
        ("Turnout was 64 per cent.", 64, "percent"),
        ("Support rose 3 percentage points.", 3, "percentage_point"),
    ],
)
def test_percentages(text: str, low: float, unit: str) -> None:
    value = _only(text).value
    assert (value.low, value.unit, value.measure) == (low, unit, "percent")


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("The deal is worth $40 billion.", 40e9, "USD"),
        ("The deal is worth US$ 40 billion.", 40e9, "USD"),
        ("The deal is worth US$40bn.", 40e9, "USD"),
        ("The deal is worth 40 billion dollars.", 40e9, "USD"),
        ("The club paid £20m.", 20e6, "GBP"),
        ("The club paid €5 million.", 5e6, "EUR"),
        ("The ticket costs $119.99.", 119.99, "USD"),
    ],
)
def test_money(text: str, amount: float, currency: str) -> None:
    value = _only(text).value
    assert (value.low, value.high, value.unit, value.dimension, value.measure) == (
        amount,
        amount,
        currency,
        f"currency:{currency}",
        "money",
    )


def test_hedged_money_keeps_its_hedge() -> None:
    value = _only("The damage cost around $3 billion.").value
    assert (value.low, value.high, value.hedge) == (2.7e9, 3.3e9, "around")


# --------------------------------------------------------------------------
# What is counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("10 people were killed.", "people killed"),
        ("Ten people died in the crash.", "people killed"),
        ("At least 12 dead.", "people killed"),
        ("The crash left 15 dead.", "people killed"),
        ("The death toll rose to 12.", "people killed"),
        ("Police put the number of people shot dead in the attack at nine.", "people killed"),
        ("Officials put the number of people wounded at 14.", "people injured"),
        ("The number of people hurt in the blast rose to 30.", "people injured"),
        ("There were 12 deaths.", "people killed"),
        ("Three children were killed.", "children killed"),
        ("Five people were injured.", "people injured"),
        ("Five people were wounded.", "people injured"),
        ("The US fired 50 ballistic missiles.", "ballistic missiles fired"),
        ("Officials counted 11,000 containers of munitions.", "containers of munitions"),
        ("The flood left 300 houses destroyed.", "houses destroyed"),
        ("300 houses were destroyed.", "houses destroyed"),
        ("He faces two counts of attempted murder.", "counts of attempted murder"),
        ("The fire claimed 12 lives.", "people killed"),
        ("Nine passengers lost their lives in the storm.", "passengers killed"),
        ("Nine workers lost their jobs in the storm.", "workers"),
        ("There were 12 injured people.", "people injured"),
        ("Some 1,300 buildings collapsed.", "buildings collapsed"),
        ("Ten people have been confirmed dead.", "people killed"),
        ("Twenty people are feared dead.", "people killed"),
        ("Four people were reported missing.", "people missing"),
        ("Four hikers remain missing.", "hikers missing"),
        ("Four hikers were still missing on Sunday.", "hikers missing"),
        ("Two climbers remained hospitalized.", "climbers hospitalized"),
        ("A four-alarm fire gutted the mill.", "alarms"),
        ("Crews fought a 3-alarm blaze.", "alarms"),
    ],
)
def test_what_is_counted_is_normalised(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Three family members were killed.", "family members killed"),
        ("Five elderly residents were hurt.", "elderly residents injured"),
        ("Buyers pay 24 monthly instalments.", "monthly instalments"),
        ("The town held two daily briefings.", "daily briefings"),
    ],
)
def test_a_word_in_ly_before_the_noun_is_part_of_what_is_counted(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize("text", ["The two-time champion retired.", "A one-storey house burned."])
def test_a_compound_adjective_of_a_number_counts_nothing(text: str) -> None:
    assert _quantities(text) == []


@pytest.mark.parametrize(
    "text",
    ["Two heavily armed men fled.", "Two newly built homes burned.", "Three reportedly fled the city."],
)
def test_an_adverb_after_a_number_ends_what_is_counted(text: str) -> None:
    assert _quantities(text) == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Three men, ages 19, 20 and 24, were killed.", "men killed"),
        ("Four people, all adults, were hurt in the blast.", "people injured"),
        ("Five people -- two of them children -- were wounded.", "people injured"),
        ("Two riders (both from Tarrow) died at the scene.", "riders killed"),
        ("Two people, police said, were killed.", "people killed"),
    ],
)
def test_an_aside_between_a_count_and_its_predicate_is_skipped(text: str, counted: str) -> None:
    assert _quantities(text)[0].value.counted == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Four people were found dead at a home.", "people killed"),
        ("Three people were found shot to death in a car.", "people killed"),
        ("Two men were found fatally stabbed.", "men killed"),
        ("Two men were found shot in a car.", "men shot"),
        ("Two women were found injured.", "women injured"),
        # found to be no harm
        ("Two men were found guilty.", "men found"),
        # bodies are the dead, and so are those whose bodies were found
        ("Rescuers recovered 12 bodies from the rubble.", "people killed"),
        ("The bodies of two men were found in a car.", "men killed"),
    ],
)
def test_what_the_counted_were_found_to_be_is_what_happened_to_them(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two men at the party were shot.", "men shot"),
        ("Four people in the car were injured.", "people injured"),
        ("All 12 people on board were killed.", "people killed"),
        ("All 71 people aboard the ferry died.", "people killed"),
    ],
)
def test_where_the_counted_were_stands_between_them_and_what_happened(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("About 60 people living in flats nearby were evacuated.", "people evacuated"),
        ("Two men who were sitting in a parked car were wounded.", "men injured"),
        ("Three people standing at the bus stop were shot.", "people shot"),
        # a participle of what they are held to have done
        ("Three men suspected of sheltering him were also arrested.", "men arrested"),
        ("Two women accused of helping the gang were charged on Monday.", "women charged"),
        # an outcome right after the count is what happened to them, whatever follows
        ("Three men arrested in the raid were released.", "men arrested"),
        # what the relative tells of them is no outcome, and no predicate follows it
        ("About 200 people living nearby were told to stay indoors.", "people"),
    ],
)
def test_a_relative_stands_between_the_counted_and_what_happened(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The firm said it would cut about 12,000 jobs by 2026.", "jobs cut"),
        ("Harlow will eliminate 15,000 positions.", "positions cut"),
        ("The plant laid off 200 workers last year.", "workers cut"),
        # a cut that is no job's
        ("The Otters cut the lead to 12 points.", "points"),
    ],
)
def test_jobs_a_company_cuts_are_counted_as_cut_whatever_the_verb(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The mill employs about 340 people.", "employees"),
        ("Ostby Freight, employing 90 workers, closed.", "employees"),
        ("The site has 340 employees.", "employees"),
        # people no verb of employing counts are only people
        ("The hall holds 340 people.", "people"),
        ("The ferry was carrying about 50 people.", "people aboard"),
        ("The boat had 56 passengers and crew aboard.", "people aboard"),
        ("A bus with 31 passengers on board left at noon.", "people aboard"),
        # what befell the people aboard is what they are counted by
        ("All 31 passengers on board were rescued.", "passengers rescued"),
    ],
)
def test_the_people_a_firm_employs_or_a_vessel_carries_are_counted_as_such(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


def test_passengers_told_beside_a_counted_crew_are_a_part_of_those_aboard() -> None:
    counts = _quantities("The jet was carrying 150 passengers and six crew.")
    assert [c.value.counted for c in counts] == ["passengers", "crew"]


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [
        ("An earthquake measuring 7.0 shook the province.", True),
        ("The quake, which registered 5.9, was felt widely.", True),
        ("A tremor of 4.2 followed at noon.", True),
        # a quake's depth, or a count of quakes, is no magnitude
        ("A quake of 10 km depth struck.", False),
        ("The quake measured 12 miles across.", False),
    ],
)
def test_a_number_a_quake_measures_is_its_magnitude(text: str, magnitude: bool) -> None:
    assert (_quantities(text)[0].value.measure == "magnitude") is magnitude


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("It has a 13.6-inch screen.", "screen size"),
        ("It has a 14-inch display.", "screen size"),
        ("A 30-metre tower fell.", "tower"),
        # a play's yards are read with its player; a height is no thing
        ("He scored on a 28-yard touchdown.", None),
        ("A 6-foot-tall man ran.", None),
    ],
)
def test_a_length_written_before_a_noun_is_that_things(text: str, counted: str | None) -> None:
    assert _quantities(text)[0].value.counted == counted


def test_a_bare_number_added_to_a_count_counts_the_same_thing() -> None:
    first, added = _quantities("Eight fire engines were sent, with a further six sent later.")
    assert (added.quote, added.value.counted) == ("six", "engines")


@pytest.mark.parametrize(
    "text", ["Two men at Dale Park were shot.", "Three people from the town were killed."]
)
def test_a_name_or_where_they_came_from_is_no_place_they_were(text: str) -> None:
    assert _only(text).value.counted in ("men", "people")


@pytest.mark.parametrize(
    "text",
    [
        # the count is one part of its predicate's subject
        "Jo Vale, Ana Vale and their two children, Mia, 9, and Tom, 6, died in the fire.",
        # what the aside tells of them is no outcome, and the predicate is none either
        "Two officers, who were shot last year, were honored.",
        # no aside closes before the sentence ends
        "He shot two men, one woman was injured.",
        # one of a count with an aside is mostly someone named, or a part of the whole
        "Police said one man, I believe, was shot on the campus.",
    ],
)
def test_an_aside_gives_no_outcome_that_is_not_the_counts(text: str) -> None:
    counted = [
        c.value.counted for c in _quantities(text) if c.quote.endswith(("children", "officers", "men", "man"))
    ]
    assert counted and not any(word in counted[0] for word in ("killed", "injured", "shot"))


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Five people were struck by gunfire.", "people shot"),
        ("Six people were hit by stray bullets.", "people shot"),
        ("Four people suffered gunshot wounds.", "people shot"),
        ("Two men suffered multiple gunshot wounds.", "men shot"),
        ("Three people suffered minor injuries.", "people injured"),
        ("Two riders suffered fatal injuries.", "riders killed"),
    ],
)
def test_struck_by_gunfire_and_suffered_wounds_tell_what_happened(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    "text",
    ["Two cars were struck by a truck.", "The storm hit three towns.", "One rider suffered a broken arm."],
)
def test_struck_hit_or_suffered_without_gunfire_or_injuries_tell_nothing(text: str) -> None:
    assert all(not c.value.counted.endswith(("shot", "injured", "killed")) for c in _quantities(text))


@pytest.mark.parametrize(
    "text",
    [
        "Shots fired into the crowd hit six people.",
        "Stray bullets struck two children on the porch.",
        "A man opened fire outside the club, hitting four people.",
    ],
)
def test_gunfire_that_hit_people_shot_them(text: str) -> None:
    assert _only(text).value.counted.endswith("shot")


def test_something_else_that_hit_people_tells_nothing() -> None:
    assert _only("The falling tree hit six people.").value.counted == "people"
    assert _only("The crew opened the gates, hitting six people.").value.counted == "people"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The blast claimed the lives of two teenagers.", "teenagers killed"),
        ("The crash took the lives of three people.", "people killed"),
        ("The fire cost the lives of at least four workers.", "workers killed"),
    ],
)
def test_the_lives_a_verb_took_are_the_killed(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two men were shot and killed near the pier on Sunday.", "men killed"),
        ("Police named the three women shot and killed at the fair.", "women killed"),
        ("Four hikers were shot to death in the canyon.", "hikers killed"),
        ("Two teenage girls were fatally shot outside the arcade.", "teenage girls killed"),
        ("Five miners were critically injured.", "miners injured"),
        ("Three 19-year-old cadets were wounded in the drill.", "cadets injured"),
        # the counted did the shooting: an outcome of someone else's
        ("Two gunmen shot and killed a cashier.", "gunmen shot"),
    ],
)
def test_how_the_shot_fared_is_what_is_counted(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    ("text", "quote", "amount", "counted"),
    [
        ("Three of the four riders died.", "Three", 3, "riders killed"),
        ("One of the riders was killed.", "One", 1, "riders killed"),
        ("Two of the five people shot were killed.", "Two", 2, "people killed"),
        ("Three of the four were wounded.", "Three", 3, "people injured"),
        ("Two of them died in hospital.", "Two", 2, "people killed"),
        ("All of the 12 riders were wounded.", "12 riders", 12, "riders injured"),
    ],
)
def test_what_happened_to_a_part_of_a_whole_is_the_parts(
    text: str, quote: str, amount: float, counted: str
) -> None:
    claim = _only(text)
    assert (claim.quote, claim.value.low, claim.value.counted) == (quote, amount, counted)


@pytest.mark.parametrize(
    "text",
    [
        "Two of those killed were cousins.",  # the participle tells who the whole is; nothing happened to the two
        "Two of the riders were cousins.",
        "Most of the 12 riders were wounded.",  # the whole is only a reference; the part is no number
    ],
)
def test_a_part_or_a_whole_without_its_own_outcome_counts_nothing(text: str) -> None:
    assert _quantities(text) == []


def test_killing_and_injuring_give_two_counts() -> None:
    claims = _quantities("The blast tore through the market, killing 10 people and injuring 80.")
    assert [(c.quote, c.value.low, c.value.counted) for c in claims] == [
        ("10 people", 10, "people killed"),
        ("80", 80, "people injured"),
    ]


@pytest.mark.parametrize(
    ("text", "quote", "low"),
    [
        ("Three people were shot, two of them fatally, on Friday.", "two", 2),
        ("Three people were shot on Friday, one fatally.", "one", 1),
    ],
)
def test_the_part_of_the_shot_told_as_fatally_is_the_killed(text: str, quote: str, low: int) -> None:
    [killed] = [c for c in _quantities(text) if c.quote == quote]
    assert (killed.value.low, killed.value.counted) == (low, "people killed")


def test_fatally_wounded_is_no_count_of_the_killed() -> None:
    claims = _quantities("Three people were shot on Friday, one fatally wounded in the head.")
    assert all(c.value.counted != "people killed" for c in claims)


def test_whose_the_harmed_are_may_stand_between_the_verb_and_the_count() -> None:
    claims = _quantities("The gunman killed a teenager and wounded his two friends.")
    assert [(c.quote, c.value.counted) for c in claims] == [("two friends", "friends injured")]


def test_a_bare_one_after_a_verb_of_harm_is_a_count_and_before_a_verb_a_pronoun() -> None:
    claims = _quantities("A gunman opened fire outside the store, killing one and injuring four.")
    assert [(c.quote, c.value.low, c.value.counted) for c in claims] == [
        ("one", 1, "people killed"),
        ("four", 4, "people injured"),
    ]
    assert _quantities("Four people were hurt, and one was taken to hospital.")[1:] == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Six people were wounded and one was killed in the blast.", "people killed"),
        ("Three men were stabbed; one died later in hospital.", "men killed"),
        ("Two women were killed, and one was hurt.", "women injured"),
    ],
)
def test_a_bare_one_joined_to_a_count_of_people_by_what_befell_it_is_a_count(text: str, counted: str) -> None:
    (*_, one) = _quantities(text)
    assert (one.quote, one.value.low, one.value.counted) == ("one", 1, counted)


@pytest.mark.parametrize(
    "text",
    [
        "One was killed in the blast.",  # nothing counted before it: whose one is not told
        "Two suspects ran off and one was arrested.",  # no harm
        "The crowd was large and one was killed.",  # no count of people before it
        "Four were hurt, and one was badly injured.",  # one of the four
    ],
)
def test_a_bare_one_not_joined_to_a_count_of_people_by_a_harm_is_no_count(text: str) -> None:
    assert [c.quote for c in _quantities(text) if c.quote == "one"] == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two parties are expected to sign a deal.", "parties"),
        ("Several key events have shaped the talks.", "key events"),
        ("Three gunmen have killed a guard.", "gunmen"),
        ("Ten people have died.", "people killed"),
        ("Ten people have been arrested.", "people arrested"),
        ("About 50 missiles were delivered to the army.", "missiles delivered"),
        ("Ten people are believed to be missing.", "people"),
    ],
)
def test_only_what_happened_to_the_counted_is_its_participle(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


def test_a_definite_reference_counts_only_with_an_outcome() -> None:
    assert _only("The two men were arrested.").value.counted == "men arrested"


def test_a_bare_number_takes_a_persons_head_for_a_persons_outcome() -> None:
    claims = _quantities("In all, 1,300 buildings collapsed and 12,000 were left homeless.")
    assert [(c.value.low, c.value.counted) for c in claims] == [
        (1300, "buildings collapsed"),
        (12000, "people homeless"),
    ]


def test_a_count_of_one_needs_an_outcome_or_a_person() -> None:
    assert _only("One man was killed.").value.counted == "men killed"
    assert _quantities("At one point he saw one thing.") == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("There were no casualties.", "casualties"),
        ("No one was killed.", "people killed"),
        ("Nobody was injured.", "people injured"),
        ("No-one had been hurt.", "people injured"),
        ("There were no deaths.", "people killed"),
    ],
)
def test_negated_counts_are_zero(text: str, counted: str) -> None:
    value = _only(text).value
    assert (value.low, value.high, value.counted, value.exact) == (0, 0, counted, True)


@pytest.mark.parametrize(
    ("text", "quote", "counted"),
    [
        ("The owner said the crew of 25 were safe.", "25", "crew"),
        ("It sailed with a 25-member crew.", "25-member crew", "crew"),
        ("The 12-member jury deliberated for a day.", "12-member jury", "jury"),
        ("The firm has a workforce of 12,000.", "12,000", "workforce"),
        ("A crowd of 5,000 watched the parade.", "5,000", "crowd"),
    ],
)
def test_a_bare_number_counts_the_body_of_people_it_is_the_size_of(
    text: str, quote: str, counted: str
) -> None:
    claim = _only(text)
    assert (claim.quote, claim.value.low, claim.value.counted) == (quote, claim.value.high, counted)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The crew of 25 sailors were safe.", "sailors"),  # the sailors are counted
        ("A family of four was killed in the fire.", "people killed"),  # what happened to them
    ],
)
def test_a_body_of_people_gives_way_to_the_noun_or_outcome_of_its_count(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Six inmates escaped from the jail.", "inmates escaped"),
        ("Seven prisoners broke out of the jail.", "prisoners escaped"),
    ],
)
def test_an_escape_is_what_happened_to_those_counted(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


def test_a_relative_on_the_whole_of_a_part_is_the_wholes() -> None:
    # what the four did, the sentence does not say: no count of the escaped
    assert _quantities("Four of the six inmates who escaped remained at large.") == []
    assert _only("Two of the four men who were in the car were killed.").value.counted == "men killed"


def test_what_a_winner_took_of_a_whole_is_counted_as_won() -> None:
    claim = _only("The Unity Party won 103 of the 125 seats on Sunday.")
    assert (claim.quote, claim.value.low, claim.value.counted) == ("103 of the 125 seats", 103, "seats")
    assert _only("The Unity Party took 113 of 125 seats.").value.low == 113
    # a total is no part of a whole
    assert _only("Ivo Marsh took a total of 40 medals.").value.low == 40


def test_people_captured_are_counted_with_their_capture() -> None:
    assert _only("The navy said its sailors captured 23 pirates.").value.counted == "pirates captured"


def test_a_share_of_voters_who_voted_is_the_turnout() -> None:
    claim = _only("Officials said 49 percent of registered voters cast ballots on Sunday.")
    assert (claim.quote, claim.value.counted) == ("49 percent of registered voters cast ballots", "turnout")
    assert _only("Turnout was 61 percent.").value.counted == "turnout"
    assert _only("About 30 percent of voters said they were undecided.").value.counted != "turnout"


def test_a_toll_told_far_before_its_number_is_still_a_toll() -> None:
    text = "The death toll from Monday's twin bombings at a market in the capital rose to 34 on Tuesday."
    assert _only(text).value.counted == "people killed"


@pytest.mark.parametrize(
    "text", ["A gunman held 12 people hostage in a bank.", "The man had held nine customers hostage."]
)
def test_people_held_hostage_are_counted_as_hostages(text: str) -> None:
    assert _only(text).value.counted == "hostages"


def test_a_group_of_a_number_is_no_count_of_the_story() -> None:
    assert _quantities("The other group of eight went to a house nearby.") == []


@pytest.mark.parametrize(
    ("text", "counted", "si"),
    [
        ("The quake struck at a depth of 10 km.", "depth", 10000),
        ("The quake was 10 kilometres deep.", "depth", 10000),
        ("The body was found 500 metres downstream.", "distance downstream", 500),
        ("The epicentre was 20 miles from the city.", "distance from city", 32186.88),
        ("The village lies 12 km north of the border.", "distance from border", 12000),
        ("The epicentre was 19 kilometres from the town of Osorno.", "distance from Osorno", 19000),
        ("The ferry sank 30 km from shore on Sunday.", "distance from shore", 30000),
        ("The bus crashed 2 miles from Dunmere in the storm.", "distance from Dunmere", 3218.688),
        (
            "The nearest hospital was about 12 miles away, rescuers said.",
            "distance to nearest hospital",
            17380.9152,
        ),
        ("The aftershock struck at a depth of 35 km.", "aftershock depth", 35000),
        ("A magnitude 4.1 aftershock followed.", "aftershock magnitude", 4.1),
        ("The turnout was 61%, the commission said.", "turnout", 61),
        ("Turnout was 61%, the commission said.", "turnout", 61),
        ("The commission said turnout in Sunday's vote was 61%.", "turnout", 61),
        ("Officials said that the turnout in the first round was 61%.", "turnout", 61),
        ("Election officials put turnout at 61%.", "turnout", 61),
        ("The commission estimated turnout at 61%.", "turnout", 61),
        ("Turnout was estimated at 61%.", "turnout", 61),
        ("Police estimated the speed of the van at 90 km/h.", "speed", 25),
        ("The climber died after falling 100 metres from a ledge.", "fall distance", 100),
        ("The van plunged 50 feet into a ravine.", "fall distance", 15.24),
        ("He survived a fall of 30 feet.", "fall distance", 9.144),
        ("The creek crested at 12 feet on Monday.", "crest", 3.6576),
        ("The creek peaked near 12 feet overnight.", "crest", 3.6576),
        ("Storms dropped 5 inches of rain overnight.", "rainfall", 0.127),
        ("The pass got 2 feet of snow.", "snowfall", 0.6096),
        # the unit table's acre is the US survey acre, 4,046.8726 square metres
        ("The fire has burned 1,200 acres of forest.", "area burned", 4856247.13),
        ("The blaze scorched 15 square kilometres.", "area burned", 15e6),
        ("The new tablet weighs 2 pounds.", "weight", 0.90718474),
        ("The whale, weighing 30 tonnes, washed ashore.", "weight", 30_000),
        ("The panel is 4 centimetres thick.", "thickness", 0.04),
    ],
)
def test_depths_and_distances(text: str, counted: str, si: float) -> None:
    value = _only(text).value
    assert value.counted == counted
    assert value.si_low == pytest.approx(si)


def test_an_estimate_of_a_sum_is_of_the_noun_it_puts_at_the_sum() -> None:
    assert _only("Insurers put the cost of the storm at $2 billion.").value.counted == "cost"
    assert _only("The damage to homes was put at $5 million.").value.counted == "damage"


def test_a_person_put_at_a_place_is_no_estimate() -> None:
    assert _only("Witnesses put him at the scene at 9 p.m. with 5% battery.").value.counted != "him"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The officer fired four times, police said.", "four times"),
        ("Holt fired her weapon three times.", "three times"),
        ("He thought it was empty and fired it three times.", "three times"),
        ("He fired at the car at least five times.", "at least five times"),
    ],
)
def test_the_times_someone_fired_are_the_shots_fired(text: str, quote: str) -> None:
    claim = _only(text)
    assert (claim.quote, claim.value.counted) == (quote, "shots fired")


@pytest.mark.parametrize("text", ["He was fired three times by the club.", "He was shot four times."])
def test_times_dismissed_or_hit_are_no_shots_fired(text: str) -> None:
    assert all(claim.value.counted != "shots fired" for claim in _quantities(text))


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The bus left the road, leaving 14 people with minor injuries.", "people injured"),
        ("Deputies found six people with gunshot injuries in the lot.", "people shot"),
        ("Deputies found six people with gunshot wounds in the lot.", "people shot"),
        ("Deputies found two men suffering from gunshot wounds in the lot.", "men shot"),
        ("Deputies found two men suffering gunshot wounds in the lot.", "men shot"),
        ("The fire left three people with fatal injuries.", "people killed"),
        ("Two men with guns robbed the store.", "men"),
    ],
)
def test_people_with_injuries_are_the_harmed(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


def test_an_area_nothing_burned_is_no_burned_area() -> None:
    assert _only("The park covers 1,200 acres.").value.counted != "area burned"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The offer is a premium of 24 percent over Friday's price.", "premium"),
        ("It paid $21 a share, a 42 percent premium.", "premium"),
        ("The town voted for an increase of about 5% in the tax.", "increase"),
        ("Shares rose 5 percent on Monday.", None),
        ("About 30 percent of voters stayed home.", "voters"),
        # the whole it is a share of, by its head noun
        ("The fault cut 70 percent of Vell Island's telephone capacity.", "capacity"),
        ("The storm knocked out 80 percent of the island's power grid on Monday.", "grid"),
        ("Floods covered 40 percent of the valley, officials said.", "valley"),
        ("About 15 percent of the harvest was lost.", "harvest"),
    ],
)
def test_a_share_is_the_nouns_it_is_of_or_stands_before(text: str, counted: str | None) -> None:
    (share,) = [q for q in _quantities(text) if q.value.measure == "percent"]
    assert share.value.counted == counted


def test_a_noun_before_a_noun_is_no_head() -> None:
    assert _only("At least 12 police officers were hurt.").value.counted == "police officers injured"
    assert _only("Three crew members died.").value.counted == "crew members killed"
    assert _only("Twelve police were hurt.").value.counted == "police injured"


def test_a_hedge_may_stand_between_the_verb_and_its_measure() -> None:
    assert _only("The blaze has burned up to 40 hectares.").value.counted == "area burned"
    assert _only("The tablet weighs nearly 2 pounds.").value.counted == "weight"


@pytest.mark.parametrize(
    "text",
    [
        "He was 90 percent sure of it.",
        "Marsh was 90 percent sure. Police said Marsh ran.",
        "Ivo was 90 percent sure.",
    ],
)
def test_a_name_or_pronoun_opening_a_sentence_is_no_attribute(text: str) -> None:
    assert _quantities(text)[0].value.counted is None


def test_a_mass_nothing_weighs_is_no_weight() -> None:
    assert _only("Police seized 2 pounds of cocaine.").value.counted != "weight"


def test_a_length_nothing_fell_is_no_fall() -> None:
    assert _only("The river dropped 3 feet overnight.").value.counted != "fall distance"
    assert _only("He walked 3 miles before he fell.").value.counted != "fall distance"


# --------------------------------------------------------------------------
# Not quantities


@pytest.mark.parametrize(
    "text",
    [
        "In 2000 Putin visited the country.",
        "The vote is on June 19.",
        "The vote is on 19 June.",
        "The polls close at 12:45 p.m.",
        "The polls close at 8 pm.",
        "John Smith, 32, was arrested.",
        "A 31-year-old man was arrested.",
        "He was aged 27.",
        "He is the 12th Doctor.",
        "Call 555-1234 now.",
        "He is one of the best.",
        "COVID-19 cases rose.",
        "The G7 leaders met.",
        "F-16 jets flew over.",
        "Article 5 applies.",
        "Route 66 is long.",
        "The M1 road and the M25 motorway were shut.",
        "Buyers of iPhone 15 models complained.",
        "They named the top 10 players.",
        "On day 3 officials spoke.",
        "Boeing 737 jets were grounded.",
        "Kim Jong Un arrived.",
        "The team won 6-3.",
        "The trip lasted 24 years.",
        "He visited three times.",
        "Ties between the two nations grew.",
        "These three countries signed.",
    ],
)
def test_not_quantities(text: str) -> None:
    assert _quantities(text) == []


def test_numbers_inside_time_claims_are_masked() -> None:
    text = "Fifty people waited for two days."
    source = _source(text)
    segments = segment_source(source)
    days = DurationClaim(
        id="s:0-4:duration",
        source="s",
        start=0,
        end=6,
        quote=text[0:6],
        sentence_start=0,
        sentence_end=len(text),
        predicate="duration",
        value=Duration(low=50, high=50, unit="day", timex_value="P50D"),
    )
    assert [c.quote for c in find_quantities(source, segments)] == ["Fifty people"]
    assert find_quantities(source, segments, [days]) == []


# --------------------------------------------------------------------------
# Fixture articles


def test_accident_article() -> None:
    claims = _fixture("accident")
    toll = _by_quote(claims, "At least 14 people")
    assert (toll.value.low, toll.value.high, toll.value.counted) == (14, None, "people killed")
    injured = _by_quote(claims, "about 30")
    assert (injured.value.low, injured.value.high, injured.value.counted) == (27, 33, "people injured")
    drop = _by_quote(claims, "200 metres (656 feet)")
    assert (drop.value.si_low, drop.value.unit) == (200, "meter")
    assert _by_quote(claims, "27").value.counted == "people injured"
    speed = _by_quote(claims, "more than 80 km/h").value
    assert (speed.low, speed.high, speed.measure) == (80, None, "speed")
    assert _by_quote(claims, "No one else was hurt").value.low == 0


def test_earthquake_article() -> None:
    claims = _fixture("earthquake")
    magnitudes = [c.value.low for c in claims if c.value.measure == "magnitude"]
    assert magnitudes == [5.9, 5.9, 5.9, 5.7]
    depth = _by_quote(claims, "10 km (6 miles)").value
    assert (depth.counted, depth.si_low) == ("depth", 10000)
    houses = _by_quote(claims, "some 1,200 houses").value
    assert (houses.low, houses.high, houses.counted) == (1080, 1320, "houses damaged")
    assert _by_quote(claims, "no casualties").value.high == 0
    assert _by_quote(claims, "4C").value.si_low == pytest.approx(277.15)


def test_court_article() -> None:
    claims = _fixture("court")
    assert _by_quote(claims, "$2.4 million").value.low == 2_400_000
    assert _by_quote(claims, "£1.2m").value.unit == "GBP"
    assert _by_quote(claims, "one count of money laundering").value.counted == "counts of money laundering"
    assert _by_quote(claims, "roughly 15%").value.high == 16.5
    assert not any(c.quote.startswith(("2015", "2021", "58", "19")) for c in claims)


def test_election_article() -> None:
    claims = _fixture("election")
    assert _by_quote(claims, "54.3%").value.low == 54.3
    voters = _by_quote(claims, "About 2.1 million voters").value
    assert (voters.low, voters.high, voters.counted) == (1_890_000, 2_310_000, "voters registered")
    assert _by_quote(claims, "fewer than 90,000 votes").value.high == 90_000
    assert _by_quote(claims, "two hundred and fifty observers").value.low == 250


# --------------------------------------------------------------------------
# Claims as records


def test_claims_carry_ids_spans_and_sentence_bounds() -> None:
    text = "Rain fell. At least 12 people were killed."
    claim = _only(text)
    assert claim.id == f"s:{claim.start}-{claim.end}:quantity"
    assert text[claim.start : claim.end] == claim.quote == "At least 12 people"
    assert (claim.sentence_start, claim.sentence_end) == (11, len(text))
    assert claim.subject is None and claim.event is None and claim.predicate == "quantity"


def test_leftovers_and_repeated_lines_are_skipped() -> None:
    text = "12 people died.\n12 people died.\nALSO READ: 15 people died"
    source = _source(text)
    segments = [
        Segment(source="s", index=0, start=0, end=15, text=text[0:15]),
        Segment(source="s", index=1, start=16, end=31, text=text[16:31], duplicate_of=0),
        Segment(source="s", index=2, start=32, end=len(text), text=text[32:], content=False),
    ]
    assert [c.start for c in find_quantities(source, segments)] == [0]


_PIECES = [
    *"0123456789 ,.-$%£()abcdefkmstoAMNT\n",
    " people",
    " killed",
    " about ",
    " km",
    " million",
    " dozens of ",
]
_PIECES += [" no one was ", " magnitude ", " (", " feet)", "-year-old", " June ", " at least "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_never_raises_spans_index_the_text_and_is_deterministic(text: str) -> None:
    claims = _quantities(text)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
        assert claim.sentence_start <= claim.start <= claim.end <= claim.sentence_end
    assert claims == _quantities(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    for claim in _quantities(text):
        assert text[claim.start : claim.end] == claim.quote


def test_other_or_more_before_the_counted_noun_is_skipped():
    from claim_builders import source

    from factcheck.extract.claims import claims_of

    story = source("a", "Three more people were wounded. Four other people were hurt.", dt.date(2022, 1, 9))
    found = [(c.quote, c.value.counted) for c in claims_of(story) if c.kind == "quantity"]
    assert found == [("Three more people", "people injured"), ("Four other people", "people injured")]


def test_people_who_shot_at_each_other_are_no_count_of_the_shot() -> None:
    assert _quantities("The guard drew a pistol, and the two shot at each other.") == []


@pytest.mark.parametrize(
    ("text", "quote", "counted"),
    [
        ("He drove in 98 RBIs.", "98 RBIs", "RBIs"),
        ("Police found three IEDs near the road.", "three IEDs", "IEDs"),
        ("Two SUVs collided on the bridge.", "Two SUVs", "SUVs"),
    ],
)
def test_an_acronym_in_the_plural_is_a_counted_thing(text: str, quote: str, counted: str) -> None:
    claim = _only(text)
    assert (claim.quote, claim.value.counted) == (quote, counted)


def test_a_capitalised_word_after_a_number_is_still_no_counted_thing() -> None:
    assert _quantities("Read the 5 Biggest Surprises of the year.") == []


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Police arrested 40 suspected members of the gang.", "people arrested"),
        ("Officers detained 35 alleged smugglers on Monday.", "people detained"),
        ("Police detained two men after the brawl.", "men detained"),  # men may be a part of those held
        ("Police arrested 12 suspects.", "suspects arrested"),
    ],
)
def test_what_is_arrested_are_people_unless_a_persons_noun_says_which(text: str, counted: str) -> None:
    assert _only(text).value.counted == counted


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The storm brought winds of up to 140 km/h.", "wind"),
        ("Gusts of 90 mph were recorded on the coast.", "gust"),
        ("Temperatures of 45C were recorded in Kelby.", "temperature"),
    ],
)
def test_a_speed_or_temperature_is_of_the_noun_before_of(text: str, counted: str) -> None:
    (measured,) = [q for q in _quantities(text) if q.value.measure in ("speed", "temperature")]
    assert measured.value.counted == counted


def test_a_parts_noun_is_not_borrowed_by_a_later_count_without_one() -> None:
    text = "The blast killed 14 civilians, including five children, and wounded at least 30."
    counted = {claim.quote: claim.value.counted for claim in _quantities(text)}
    assert counted["five children"] == "children"
    assert "children" not in counted["at least 30"]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The jet came down on Thursday, killing 97 of them.", "people killed"),
        ("The blast wounded 12 of the guests.", "guests injured"),
    ],
)
def test_a_part_whose_verb_comes_before_it_is_counted_by_that_verb(text: str, counted: str) -> None:
    (claim,) = [c for c in _quantities(text) if c.value.low in (97, 12)]
    assert claim.value.counted == counted


@pytest.mark.parametrize(
    ("text", "quote", "level"),
    [
        ("Officers said the driver's blood-alcohol level stood at 0.17.", "0.17", 0.17),
        ("A lab put the blood alcohol content at 0.21 percent.", "0.21 percent", 0.21),
        ("A breath test gave a BAC of 0.09.", "0.09", 0.09),
        # without its zero, as American reports write it; a calibre alone is no level
        ("Officers said the driver's blood alcohol content stood at .14.", ".14", 0.14),
    ],
)
def test_a_blood_alcohol_level_is_a_measure_of_its_own(text: str, quote: str, level: float) -> None:
    claim = _only(text)
    assert (claim.quote, claim.value.low, claim.value.counted) == (quote, level, "blood alcohol level")


def test_a_calibre_is_no_blood_alcohol_level() -> None:
    assert _quantities("He fired a .22 rifle and a .45-caliber pistol.") == []


def test_a_legal_limit_is_no_blood_alcohol_level() -> None:
    assert [c.value.counted for c in _quantities("The legal limit is 0.08 percent.")] == ["legal limit"]


def test_a_part_of_a_whole_told_past_an_aside_is_counted_with_its_outcome() -> None:
    part = _by_quote(_quantities("Two men were hurt. One of the men, 34, died on Sunday."), "One")
    assert part.value.counted == "men killed"
