"""compare.lexicon: news event words grouped by meaning."""

from __future__ import annotations

import pytest

from factcheck.compare.lexicon import EVENT_CLASSES, event_words, incident_family, kind_of


def test_words_of_one_happening_share_a_class_whatever_the_word():
    found = [name for _, _, name in event_words("Gunfire erupted; the shooting left one wounded.")]
    assert found == ["shooting", "shooting", "injury"]


def test_the_longest_phrase_wins():
    (start, end, name), *_ = event_words("He turned himself in on Friday.")
    assert (name, "He turned himself in on Friday."[start:end]) == ("arrest", "turned himself in")


def test_word_parts_are_not_words():
    assert event_words("The shootinghouse and misfired drills") == []


@pytest.mark.parametrize(
    "text",
    [
        "Someone in a passing car fired several shots.",
        "A man fired into the crowd.",
        "The driver fired at the officers.",
        "He fired a shot through the door.",
        "Several shots were fired outside the hall.",
    ],
)
def test_shots_fired_at_or_into_something_are_a_shooting(text):
    assert [name for _, _, name in event_words(text)] == ["shooting"]


def test_a_gun_fired_is_not_a_dismissal():
    assert [name for _, _, name in event_words("The gunman fired twice.")] == []
    assert "dismissal" not in [name for _, _, name in event_words("Shots were fired as officers arrived.")]
    assert "dismissal" not in [name for _, _, name in event_words("He admitted the firing of a weapon.")]
    assert [name for _, _, name in event_words("Ravi Dorn was fired as head coach.")] == ["dismissal"]
    assert "shooting" not in [name for _, _, name in event_words("Ravi Dorn was fired at halftime.")]


def test_a_jailbreak_a_riot_and_a_bout_are_incidents_a_fire_that_broke_out_no_escape():
    assert [name for _, _, name in event_words("Two inmates broke out of the jail.")] == ["escape"]
    assert [name for _, _, name in event_words("Rioters clashed with police.")] == ["riot", "riot"]
    assert [name for _, _, name in event_words("He retained his title by knockout.")] == ["game", "game"]
    assert [name for _, _, name in event_words("The blaze broke out on the roof.")] == ["fire"]
    assert [name for _, _, name in event_words("Three inmates escaped from the jail.")] == ["escape"]
    assert [name for _, _, name in event_words("The gunmen held up a bank and escaped.")] == ["robbery"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Crews fought the fire for hours.", ["fire"]),
        ("The fire at the depot started at 9 p.m.", ["fire"]),
        ("The fire department sent six engines.", []),  # the service, not a fire
        ("He said the fire crews arrived quickly.", []),
        ("Officers returned fire.", []),  # a gun's
    ],
)
def test_the_fire_is_a_fire_but_not_the_fire_service(text: str, found: list[str]):
    assert [name for _, _, name in event_words(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The van was stolen overnight.", ["robbery"]),
        ("A stolen van hit a wall.", []),  # what the van is, not a theft told
        ("Officers found the stolen jewels in a shed.", []),
    ],
)
def test_stolen_is_a_theft_but_not_what_a_stolen_thing_is(text: str, found: list[str]):
    assert [name for _, _, name in event_words(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A van overturned on the ring road.", "crash"),
        ("The truck overturned twice.", "crash"),
        ("The appeals court overturned his conviction.", "ruling"),
        ("A judge overturned Reed's sentence.", "ruling"),
        ("Her conviction was overturned.", "ruling"),
        ("The agency has overturned several of them.", "ruling"),
        ("A car overturned, the police said.", "crash"),
    ],
)
def test_overturned_is_a_crash_without_an_object_and_a_ruling_with_one(text: str, found: str):
    assert [name for start, _, name in event_words(text) if text.startswith("overturned", start)] == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The club named Ivo Marsh its new coach.", ["appointment"]),
        ("Police named both drivers who died in the crash.", ["crash"]),
        ("The victim has been named as Ivo Marsh.", []),
        ("Officers named the dead driver on Monday.", []),
    ],
)
def test_named_is_an_appointment_but_not_when_it_tells_who_someone_harmed_is(text: str, found: list[str]):
    assert [name for _, _, name in event_words(text) if name in ("appointment", "crash")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He stood in court on Monday.", ["court"]),
        ("A man was shot at a basketball court on Monday.", ["shooting"]),
        ("They met near the tennis courts.", []),
        ("A fight broke out in the mall's food court.", []),
    ],
)
def test_a_court_is_a_court_of_law_but_not_a_court_to_play_or_eat_at(text: str, found: list[str]):
    assert [name for _, _, name in event_words(text) if name in ("court", "shooting")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ivo Marsh was shot while visiting friends in Kelby.", ["shooting"]),
        ("A cook was hurt while attending a game in Kelby.", ["game"]),  # the game is what she attended
        ("While visiting Kelby, the minister met the mayor.", ["visit"]),  # no harm: the visit is told
        ("Ivo Marsh was shot. While visiting Kelby, the minister met the mayor.", ["shooting", "visit"]),
    ],
)
def test_what_someone_harmed_was_doing_is_no_event_of_the_story(text: str, found: list[str]):
    assert [name for _, _, name in event_words(text) if name in ("shooting", "visit", "game")] == found


def test_a_stay_in_rehab_is_a_check_in_however_it_is_told():
    for text in ("It is her third time in rehab.", "She has gone to rehab twice.", "He went into rehab."):
        assert [name for *_, name in event_words(text)] == ["check_in"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Two cables were cut off the coast on Friday.", ["outage"]),
        ("The severed cables carried most of the traffic.", ["outage"]),
        ("A power outage hit Kelby.", ["outage"]),
        ("A shooting disrupted a party in Kelby.", ["shooting"]),  # what it did to a party
        ("The knife severed an artery.", []),
    ],
)
def test_a_service_cut_off_is_an_outage(text: str, found: list[str]):
    assert [name for *_, name in event_words(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The maker patched 18 flaws on Tuesday.", ["patch"]),
        ("It shipped a patch for the hole and two security updates.", ["patch", "patch"]),
        ("Get alerts from the Kelby Patch.", []),  # a news site's name
        ("He slipped on a patch of ice.", []),
    ],
)
def test_a_fix_of_software_is_a_patch(text: str, found: list[str]):
    assert [name for *_, name in event_words(text) if name == "patch"] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ivo Marsh was chosen on Monday to direct the film.", ["appointment"]),
        ("The president will nominate Dana Quist as envoy.", ["appointment"]),
        ("Quist has been tapped to lead the agency.", ["appointment"]),
        ("Marsh picked off a pass in the third quarter.", []),  # the active "picked" is no choice of anyone
    ],
)
def test_one_chosen_or_nominated_is_appointed(text: str, found: list[str]):
    assert [name for *_, name in event_words(text) if name == "appointment"] == found


def test_memorial_day_is_a_holiday_and_no_memorial():
    assert [name for *_, name in event_words("A memorial was held on Memorial Day.")] == ["funeral"]


def test_a_collapse_a_sinking_and_a_hostage_taking_are_incidents_and_drowning_a_death():
    assert [name for _, _, name in event_words("The mine caved in on Monday.")] == ["collapse"]
    assert [name for _, _, name in event_words("A ferry capsized and 30 people drowned.")] == [
        "sinking",
        "death",
    ]
    assert [name for _, _, name in event_words("The siege ended when he freed the hostages.")] == [
        "hostage",
        "hostage",
    ]
    assert [name for _, _, name in event_words("Police ended a standoff.")] == []


def test_a_ship_seized_is_a_hijacking_but_a_team_of_pirates_is_none():
    assert [name for _, _, name in event_words("Gunmen hijacked the tanker off the coast.")] == ["hijacking"]
    assert [name for _, _, name in event_words("The hijackers freed the crew.")] == ["hijacking"]
    assert [name for _, _, name in event_words("The Pirates beat the Mets.")] == ["game"]


def test_kinds_of_violence_are_told_as_one_incident_but_quakes_and_aftershocks_are_not():
    assert "stabbing" in incident_family("shooting")
    assert incident_family("quake") == frozenset({"quake"})


def test_every_class_has_a_known_kind():
    assert {kind_of(name) for name in EVENT_CLASSES} == {"incident", "outcome", "follow_up"}


def test_a_bomb_that_blew_up_or_explodes_is_an_explosion():
    assert [name for _, _, name in event_words("The bomb blew up as he examined it.")] == ["explosion"]
    assert [name for _, _, name in event_words("A gas main explodes under the street.")] == ["explosion"]
    # a gun that went off is a shooting's, not an explosion
    assert [name for _, _, name in event_words("The gun went off in his hand.")] == []


def test_a_fire_told_by_what_it_did_or_its_kind_is_a_fire_but_a_gun_opened_fire_is_none():
    for text in ("A fire destroyed the store.", "A huge fire tore through the mill.", "a house fire"):
        assert [name for _, _, name in event_words(text)] == ["fire"], text
    assert "fire" not in [name for _, _, name in event_words("The gunman opened fire on the crowd.")]
    assert [name for _, _, name in event_words("The fire service sent two engines.")] == []


def test_jailed_for_a_term_is_a_sentence_and_jailed_alone_an_arrest():
    assert [name for _, _, name in event_words("He was jailed for six years.")] == ["sentencing"]
    assert [name for _, _, name in event_words("He was jailed on Friday.")] == ["arrest"]


def test_a_workers_strike_is_an_incident_and_one_from_the_air_an_attack():
    assert [name for _, _, name in event_words("Rail staff went on strike on Monday.")] == ["strike"]
    assert [name for _, _, name in event_words("The walkout by 900 nurses ended.")] == ["strike"]
    assert [name for _, _, name in event_words("An air strike hit the depot.")] == ["attack"]
    assert [name for _, _, name in event_words("A drone strike hit the depot.")] == ["attack"]
    assert event_words("She walked out of the school at noon.") == []


def test_a_product_recall_is_an_incident_and_a_memory_recalled_none():
    assert [name for _, _, name in event_words("Kessa Motors recalls 4,000 vans.")] == ["recall"]
    assert [name for _, _, name in event_words("The recall covers vans built in 2022.")] == ["recall"]
    assert event_words("She recalled the night her father left.") == []


@pytest.mark.parametrize(
    "text",
    [
        "They were coming down from the 4,200-metre summit.",
        "Two of them reached the summit before noon.",
        "The slide swept across the summit ridge.",
        "Guides waited near the summit of Mount Rellan.",
    ],
)
def test_a_mountains_summit_is_no_meeting(text: str) -> None:
    assert [name for _, _, name in event_words(text)] == []


def test_a_summit_of_leaders_is_a_meeting() -> None:
    assert [name for _, _, name in event_words("The leaders held a summit in Tarrow.")] == ["summit"]
    assert [name for _, _, name in event_words("He flew home from the summit of the two leaders.")] == [
        "summit"
    ]


def test_an_avalanche_is_no_storm_but_told_as_one_with_the_storm_that_brought_it() -> None:
    assert [name for _, _, name in event_words("An avalanche hit the valley.")] == ["avalanche"]
    assert [name for _, _, name in event_words("A mudslide hit the valley.")] == ["landslide"]
    assert {"storm", "avalanche", "landslide"} <= incident_family("avalanche")


def test_a_bombing_is_told_as_an_attack_but_a_shooting_never_as_a_blast() -> None:
    assert "explosion" in incident_family("attack") and "attack" in incident_family("explosion")
    assert "shooting" in incident_family("attack") and "explosion" not in incident_family("shooting")
    assert "fire" in incident_family("explosion")
    # what a blast brought down is the blast's; a building's collapse is no attack
    assert "collapse" in incident_family("explosion") and "attack" not in incident_family("collapse")


def test_an_election_is_told_as_a_win_but_a_game_never_as_an_election():
    # "won a second term, defeating ...", but not "they elected to receive"
    assert "game" in incident_family("election") and "election" not in incident_family("game")
