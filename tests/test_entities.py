"""Entities: people with their short forms, places from the gazetteer, organisations and acronyms."""

from __future__ import annotations

import pytest

from factcheck.extract.entities import canonicalise, entity_claims, find_entities
from factcheck.read.segment import segment_source
from factcheck.records import Entity, Source


def _index(text: str):
    source = Source(id="s", path="s.txt", text=text, content_hash="h")
    segments = [s for s in segment_source(source) if s.content]
    return source, segments, find_entities(source, segments)


def _named(text: str) -> dict[str, str]:
    """Surface form -> entity id, for every mention."""
    return {m.text: m.entity for m in _index(text)[2].mentions}


def test_person_short_forms_resolve_to_the_full_name():
    named = _named(
        "Police Chief Anna Kowalski said the fire started at night. Later, Kowalski said nobody was hurt. "
        "Chief Kowalski thanked firefighters."
    )
    assert named["Anna Kowalski"] == "anna_kowalski"
    assert named["Kowalski"] == "anna_kowalski"


def test_relatives_sharing_a_family_name_stay_apart():
    named = _named("Kim Jong Un met officials. His sister Kim Yo Jong spoke later. Kim Jong Il died in 2011.")
    assert named["Kim Jong Un"] == "kim_jong_un"
    assert named["Kim Yo Jong"] == "kim_yo_jong"
    assert named["Kim Jong Il"] == "kim_jong_il"


def test_a_fathers_suffix_after_a_name_is_part_of_it_and_before_a_name_a_title():
    named = _named("Ivo Marsh Sr. told officers. His son, Ivo Marsh Jr., was hurt. Sr. Ann Kell prayed.")
    assert named["Ivo Marsh Sr"] == "ivo_marsh_sr"
    assert named["Ivo Marsh Jr"] == "ivo_marsh_jr"
    assert named["Ann Kell"] == "ann_kell"


def test_ambiguous_short_form_is_left_unresolved():
    mentions = _index("Kim Jong Un and Kim Yo Jong arrived. Kim waved to the crowd.")[2].mentions
    waved = [m for m in mentions if m.text == "Kim"]
    assert waved == []


def test_demonyms_and_country_codes_name_countries():
    named = _named("A Russian official met U.S. diplomats and a UK envoy in Geneva on the matter.")
    assert named["Russian"] == "russia"
    assert named["U.S."] == "united_states"
    assert named["UK"] == "united_kingdom"
    assert named["Geneva"] == "geneva"


def test_historical_city_and_country_names_take_their_current_ids():
    named = _named(
        "The ship sailed from Salonika to Bombay in 1930. Trade with Peking grew. Burma exported rice."
    )
    assert named["Salonika"] == "thessaloniki"
    assert named["Bombay"] == "mumbai"
    assert named["Peking"] == "beijing"
    assert named["Burma"] == "myanmar"


def test_a_first_name_written_as_initials_starts_a_persons_name():
    index = _index("General manager A.J. Tolland said the club had signed T.J. Reed on Monday.")[2]
    people = {m.text: (m.entity, m.kind) for m in index.mentions}
    assert people["A.J. Tolland"] == ("a_j_tolland", "person")
    assert people["T.J. Reed"] == ("t_j_reed", "person")


def test_undotted_initials_start_a_persons_name_only_after_a_title():
    index = _index("The club's general manager TJ Fenwick said US Army veterans would attend.")[2]
    kinds = {m.text: (m.entity, m.kind) for m in index.mentions}
    assert kinds["TJ Fenwick"] == ("tj_fenwick", "person")
    assert kinds["US Army"][1] == "organisation"


def test_dotted_initials_of_a_country_or_body_are_not_a_persons_first_name():
    index = _index("U.S. Army officers met U.N. Security Council envoys in Geneva.")[2]
    kinds = {m.text: m.kind for m in index.mentions}
    assert kinds == {"U.S. Army": "organisation", "U.N. Security Council": "organisation", "Geneva": "place"}


def test_dotted_and_plain_acronyms_are_one_organisation():
    named = _named("The U.N. Security Council met on Monday. The UN Security Council voted later.")
    assert named["U.N. Security Council"] == named["UN Security Council"] == "un_security_council"


def test_acronym_defined_in_the_text_names_the_same_entity():
    named = _named(
        "The quake was recorded by the U.S. Geological Survey (USGS) at 3 a.m. The USGS said it was shallow."
    )
    assert named["U.S. Geological Survey"] == "us_geological_survey"
    assert named["USGS"] == "us_geological_survey"


def test_country_acronym_defined_in_brackets():
    named = _named(
        "Talks with the Democratic People's Republic of Korea (DPRK) stalled. The DPRK left early."
    )
    assert named["Democratic People's Republic of Korea"] == "north_korea"
    assert named["DPRK"] == "north_korea"


def test_city_that_is_an_ordinary_word_needs_a_place_context():
    named = _named("Nice weather helped the rescuers. The team later flew to Nice for a meeting.")
    assert list(named.values()).count("nice") == 1


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Two men were hurt outside a Dayton bar.", "dayton"),
        ("A boy was shot in his Dayton home.", "dayton"),
        ("Shots rang out on Dayton's west side.", "dayton"),
        ("A Dayton man was charged.", None),  # a town of a person says nothing of where it was
    ],
)
def test_a_town_written_before_a_thing_in_it_is_a_place(text: str, town: str | None) -> None:
    assert _named(text).get("Dayton") == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Two men were hurt in north Dayton.", "dayton"),
        ("A van burned in suburban Dayton on Friday.", "dayton"),
    ],
)
def test_a_town_after_a_locative_word_and_a_part_of_a_place_is_a_place(text: str, town: str) -> None:
    assert _named(text).get("Dayton") == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("A man was shot on Elm Street, Fresno, on Friday.", "fresno"),
        ("The store on High Street, Banstead, burned down.", "banstead"),
        # a speaker after a street is no town, named before or not
        ("A man was shot on Elm Street, Newman said.", None),
        ("Sgt. Dana Newman said the man ran down Elm Street, Newman said.", None),
    ],
)
def test_a_town_after_its_street_and_a_comma_is_a_place(text: str, town: str | None) -> None:
    places = [
        entity for name, entity in _named(text).items() if "Street" not in name and entity != "dana_newman"
    ]
    assert places == ([town] if town else [])


def test_capitalised_phrases_without_a_given_name_are_not_people():
    named = _named("The Cold War shaped the region. Satellite Images showed the damage.")
    assert all(not entity.endswith("war") for entity in named.values())
    assert "Satellite Images" not in named


def test_a_role_written_before_a_name_is_not_part_of_it():
    named = _named(
        "Suspect Ivo Marsh was held on Monday. Pitcher Ansel Dorn signed a contract. The pitcher left."
    )
    assert named["Ivo Marsh"] == "ivo_marsh"
    assert named["Ansel Dorn"] == "ansel_dorn"
    assert _named("Rosa Lee Marsh spoke.")["Rosa Lee Marsh"] == "rosa_lee_marsh"
    assert "Ann Reed" not in _named("Jaylo Ann Reed spoke.")


def test_one_entity_claim_per_entity_at_its_first_mention():
    source, segments, index = _index("Mayor Tom Reyes visited Lisbon. Reyes left Lisbon on Friday.")
    claims = entity_claims(source, segments, index)
    assert [(c.quote, c.value.id, c.value.kind) for c in claims] == [
        ("Tom Reyes", "tom_reyes", "person"),
        ("Lisbon", "lisbon", "place"),
    ]
    assert claims[0].value.aliases == ("Reyes",)


def test_canonicalise_merges_spellings_not_relatives():
    entities = [
        Entity(id="kim_jong_un", kind="person", name="Kim Jong Un"),
        Entity(id="kim_jong_un_2", kind="person", name="Kim Jong-un"),
        Entity(id="kim_jong_il", kind="person", name="Kim Jong Il"),
        Entity(id="kim_yo_jong", kind="person", name="Kim Yo Jong"),
        Entity(id="volodymyr_zelensky", kind="person", name="Volodymyr Zelensky"),
        Entity(id="volodymyr_zelenskyy", kind="person", name="Volodymyr Zelenskyy"),
    ]
    mapping = canonicalise(entities)
    assert mapping["kim_jong_un_2"] == mapping["kim_jong_un"]
    assert mapping["kim_jong_il"] == "kim_jong_il"
    assert mapping["kim_yo_jong"] == "kim_yo_jong"
    assert mapping["volodymyr_zelenskyy"] == mapping["volodymyr_zelensky"]


def test_canonicalise_joins_a_lone_surname_to_the_one_full_name():
    entities = [
        Entity(id="mark_felt", kind="person", name="Mark Felt"),
        Entity(id="felt", kind="person", name="Felt"),
    ]
    assert canonicalise(entities)["felt"] == "mark_felt"


def test_capital_letters_alone_do_not_make_an_organisation():
    named = _named(
        "He was charged with DWI after the crash. LAPD officers arrested him. The LAPD said he was 23."
    )
    assert "DWI" not in named
    assert named["LAPD"] == "lapd"


def test_middle_initials_belong_to_the_name_and_teams_are_not_people():
    named = _named("Former president Harold W. Quennell watched the Boston Mariners. Quennell left early.")
    assert named["Harold W. Quennell"] == named["Quennell"] == "harold_w_quennell"
    assert "Boston Mariners" not in named


def test_canonicalise_joins_an_acronym_to_its_one_spelled_out_name():
    entities = [
        Entity(id="united_nations", kind="organisation", name="United Nations"),
        Entity(id="un", kind="organisation", name="UN"),
        Entity(
            id="united_nations_security_council", kind="organisation", name="United Nations Security Council"
        ),
        Entity(id="un_security_council", kind="organisation", name="UN Security Council"),
    ]
    mapping = canonicalise(entities)
    assert mapping["un"] == "united_nations"
    assert mapping["un_security_council"] == "united_nations_security_council"


def test_united_nations_and_its_acronym_in_one_text():
    named = _named("The United Nations sent aid on Monday. UN officials said 40 trucks arrived.")
    assert named["United Nations"] == named["UN"] == "united_nations"


def test_nicknames_and_abbreviations_are_not_organisations():
    named = _named("TJ said he was fine. The courier was charged with DUI. Tobin I'm told was absent.")
    assert "TJ" not in named and "DUI" not in named
    assert all(" I'm" not in surface for surface in named)


def test_a_city_of_several_words_needs_no_context_and_ranks_are_titles():
    named = _named("Salt Lake City beat Boise on Sunday. Major Lena Ortiz said the base was safe.")
    assert named["Salt Lake City"] == "salt_lake_city"
    assert named["Lena Ortiz"] == "lena_ortiz"


def test_canonicalise_joins_a_name_to_its_one_fuller_form():
    entities = [
        Entity(id="corin_a_maddox", kind="person", name="Corin A. Maddox"),
        Entity(id="corin_maddox", kind="person", name="Corin Maddox"),
        Entity(id="harold_h_w_quennell", kind="person", name="Harold H. W. Quennell"),
        Entity(id="harold_w_quennell", kind="person", name="Harold W. Quennell"),
        Entity(id="harold_quennell", kind="person", name="Harold Quennell"),
    ]
    mapping = canonicalise(entities)
    assert mapping["corin_maddox"] == "corin_a_maddox"
    assert mapping["harold_quennell"] == "harold_quennell"  # two fuller names: which Quennell is unknown
    assert mapping["harold_w_quennell"] == "harold_w_quennell"


def test_merging_a_big_story_scores_a_few_names_per_name(monkeypatch) -> None:
    """Each entity was scored against every entity kept before it (and its name re-slugged for
    each): 2,000 sources took seconds, 5,000 minutes. Now each is scored against a few."""
    import random

    import rapidfuzz.fuzz

    first = ["Dana", "Tomas", "Lena", "Ravi", "Mira", "Jonas", "Aiko", "Pavel"]
    syllables = ["ka", "lo", "mer", "vin", "tas", "rel", "do", "nu", "bri", "sen", "qua", "hol"]
    generator = random.Random(14)
    people = {
        f"{generator.choice(first)} {''.join(generator.choice(syllables) for _ in range(3)).capitalize()}"
        for _ in range(3_000)
    }
    entities = [Entity(id=f"person:{n}", kind="person", name=name) for n, name in enumerate(sorted(people))]
    scored = []
    real = rapidfuzz.fuzz.ratio
    monkeypatch.setattr(rapidfuzz.fuzz, "ratio", lambda a, b, **kw: scored.append(1) or real(a, b, **kw))
    mapping = canonicalise(entities)
    assert len(mapping) == len(entities)
    assert len(scored) < 100 * len(entities)  # a scan of all: len(entities) ** 2 / 2, 3.6 million


def test_a_sentence_closed_by_a_quotation_in_any_style_is_no_headline():
    from factcheck.extract.entities import is_headline

    for closing in ('."', ".”", ".''", "?'"):
        assert not is_headline(f"The coach said he was aware of the player's ``issue{closing}")
    assert not is_headline("The coach issued the following statement on the player's arrest:")
    assert is_headline("Coach Says He Was Aware Of The Issue")
    assert is_headline("the coach said he was aware of the issue")  # no closing punctuation


def test_a_name_with_an_unlisted_first_name_is_a_person_where_its_age_or_fate_follows():
    assert _index("Orsa Brask, 3, was hurt.")[2].mentions[0].kind == "person"
    named = _named(
        "Tamsy Quellin was pronounced dead at the scene. Orsa Vesk was taken to Harlow General Hospital."
    )
    assert (named["Tamsy Quellin"], named["Orsa Vesk"]) == ("tamsy_quellin", "orsa_vesk")
    kinds = {m.text: m.kind for m in _index("Tamsy Quellin was arrested on Friday.")[2].mentions}
    assert kinds.get("Tamsy Quellin") == "person"


def test_a_name_with_an_unlisted_first_name_and_no_such_cue_is_no_person():
    for text in (
        "Orsa Brask was closed for a week.",
        "Quellin Vale said nothing.",
        "The Orsa Brask Trophy, 3, went.",
    ):
        assert [m for m in _index(text)[2].mentions if m.kind == "person"] == [], text


def test_a_capitalised_word_before_a_first_name_is_left_out_where_an_age_follows():
    named = _named("Unemployed Dana Reed, 23, was arrested.")
    assert named.get("Dana Reed") == "dana_reed"
    assert "Unemployed Dana Reed" not in named


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Norvik Systems said it would cut 300 jobs.", "Norvik Systems"),
        ("The deal values Palewatch Holdings at $2 billion.", "Palewatch Holdings"),
        ("Tarrow Airways cancelled 40 flights.", "Tarrow Airways"),
    ],
)
def test_a_company_is_named_by_its_legal_form_or_trade_word(text, name):
    index = _index(text)[2]
    assert [(m.text, m.kind) for m in index.mentions] == [(name, "organisation")]


def test_what_a_body_has_or_is_made_of_is_not_part_of_its_name():
    assert _named("Shares of Palewatch Inc. rose 4% on Monday.") == {"Palewatch Inc": "palewatch_inc"}
    assert "Kelby City Council" in _named("Members of the Kelby City Council voted against it.")
    # a name with "of" inside, after a word that is no plural, stays whole
    assert "Ancient Order of Foresters Association" in _named(
        "The Ancient Order of Foresters Association met."
    )


@pytest.mark.parametrize("street", ["Loring Avenue", "Vessel Boulevard", "Harlan Parkway"])
def test_a_name_ending_in_a_road_word_is_no_persons(street: str) -> None:
    index = _index(f"Ivo Marsh, of the 6100 block of {street}, surrendered to police on Tuesday.")[2]
    kinds = {m.text: m.kind for m in index.mentions}
    assert kinds.get(street) != "person"
    assert kinds["Ivo Marsh"] == "person"
