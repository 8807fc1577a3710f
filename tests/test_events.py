"""Event keys: lemma, agent and patient from the sentence, context only when it is safe."""

from __future__ import annotations

import pytest

from factcheck.extract.entities import find_entities
from factcheck.extract.events import EventResolver, predicates
from factcheck.read.segment import segment_source
from factcheck.records import Source


def _events(text: str, *quotes: str) -> list[str | None]:
    """The event key of each quote (first occurrence), resolved in text order."""
    source = Source(id="s", path="s.txt", text=text, content_hash="h")
    segments = [s for s in segment_source(source) if s.content]
    resolver = EventResolver(text, find_entities(source, segments))
    keys = []
    for quote in quotes:
        start = text.index(quote)
        segment = next(s for s in segments if s.start <= start < s.end)
        event = resolver.event_at(segment.start, segment.end, start, start + len(quote))
        keys.append(event.key if event else None)
    return keys


def test_predicates_are_lemmatised():
    lemmas = [
        lemma for _, _, lemma in predicates("He visited, then died after the earthquake killed many.", 0)
    ]
    assert lemmas == ["visit", "die", "quake", "kill"]


def test_predicates_are_whole_words_hyphens_included():
    text = "She was re-elected; a bus-killed deer, then --killed, and a killed-in-action soldier; revisited."
    found = [(text[start:end], lemma) for start, end, lemma in predicates(text, 0)]
    # "bus-killed", "killed-in-action" and "revisited" are other words; "--killed" is a dash, then "killed"
    assert found == [("re-elected", "elect"), ("killed", "kill")]
    assert predicates("x", 10) == () and predicates("Killed", 10) == ((10, 16, "kill"),)


def test_naming_someone_harmed_is_no_appointment():
    assert [lemma for *_, lemma in predicates("The club named Ivo Marsh its coach.", 0)] == ["appoint"]
    assert [lemma for *_, lemma in predicates("Police named the victims on Monday.", 0)] == []


def test_what_someone_harmed_was_doing_is_no_predicate_of_the_story():
    lemmas = [lemma for *_, lemma in predicates("Ivo Marsh was shot while visiting his aunt.", 0)]
    assert "visit" not in lemmas and "shoot" in lemmas
    assert [lemma for *_, lemma in predicates("While visiting Kelby, Lena Voss spoke.", 0)] == ["visit"]


def test_agent_and_patient_around_the_verb():
    assert _events("President Ana Ruiz visited Peru in 2019.", "2019") == ["visit:ana_ruiz>peru"]


def test_a_capital_stands_for_its_country():
    assert _events("President Ana Ruiz visited Lima in 2019.", "2019") == ["visit:ana_ruiz>peru"]


def test_nominal_event_with_its_agent_after_of():
    text = "Crowds gathered for the visit of President Ana Ruiz to Lima on Monday."
    assert _events(text, "Monday") == ["visit:ana_ruiz>peru"]


def test_coordinated_agents_are_sorted():
    assert _events("Russia and China vetoed the resolution on Sanctions in May 2022.", "May 2022") == [
        "veto:china+russia"
    ]


def test_casualties_of_a_participle_belong_to_the_main_event():
    text = "A bus crashed outside Lima on Thursday, killing 12 people and injuring 30, police said."
    assert _events(text, "12 people", "30") == ["crash:>peru", "crash:>peru"]


def test_the_quake_refers_back_to_the_quake_of_the_text():
    text = (
        "A strong earthquake hit Chile on Monday. Officials said the quake may have injured dozens of people."
    )
    assert _events(text, "Monday", "dozens of people") == ["quake:>chile", "quake:>chile"]


def test_his_resolves_to_the_one_person_of_the_sentence():
    text = (
        "Prime Minister Omar Haddad will visit Japan next week, his second visit to the country since 2020."
    )
    assert _events(text, "2020") == ["visit:omar_haddad>japan"]


def test_his_with_two_people_in_the_sentence_stays_unresolved():
    text = "Leader Omar Haddad invited Anna Berg during his visit to Japan last year."
    assert _events(text, "last year") == ["visit:>japan"]


def test_an_event_without_participants_has_no_event_unless_it_is_the_storys():
    assert _events("A visit usually lasts two days.", "two days") == [None]
    assert _events("Such visits usually last two days.", "two days") == [None]
    # "the visit" met first, with no one named: the visit the story is about
    assert _events("The visit lasted two days.", "two days") == ["visit:"]


def test_a_time_in_apposition_to_a_name_is_not_the_main_clauses():
    text = 'Ola Vesk, the star of the 1962 musical "Silver Lanes", died on Thursday.'
    assert _events(text, "1962", "Thursday") == [None, "die:ola_vesk"]
    text = "Ivo Tamm, who wrote the 1990 novel, has died."
    assert _events(text, "1990") == [None]


def test_the_state_an_event_left_someone_in_is_no_event_of_its_own():
    text = "The shooting happened about 8 p.m. and left Ola Vesk dead."
    assert _events(text, "about 8 p.m.") == ["shoot:"]


def test_a_fronted_adverbial_still_dates_the_main_clause():
    text = "In July 2000, early in his presidency, Ivo Tamm visited Lisbon."
    assert _events(text, "July 2000") == ["visit:ivo_tamm>portugal"]  # a capital stands for its country


def test_a_verb_after_a_subordinator_in_the_next_clause_is_another_clauses_event():
    text = (
        "Ivo Tamm will take office on April 2, becoming the third leader since the country won independence."
    )
    assert _events(text, "April 2") == [None]  # the win of independence is not dated by it
    hosted = "The show will differ from the 85th gala, hosted by Ivo Tamm, who drew criticism."
    assert _events(hosted, "85th gala") == ["host:ivo_tamm"]  # no subordinator: the next clause's


def test_a_time_in_a_reported_clause_is_not_the_reporting_event():
    text = "Mayor Tom Reyes was charged on Friday. The complaint says that he admitted to taking the van Wednesday."
    assert _events(text, "Wednesday") == [None]


def test_the_venue_of_a_meeting_is_not_part_of_its_series_key():
    text = "In 2019, Ana Ruiz and Omar Haddad held their first summit in Lima. In 2023, they held a summit in Quito."
    assert _events(text, "2019") == ["summit:ana_ruiz+omar_haddad"]


def test_the_named_thing_hosted_or_won_is_part_of_the_series_key():
    text = (
        "Ana Ruiz hosted the Harbour Gala in 2011. Ana Ruiz hosted the 3rd Lantern Awards in 2015. "
        "Ana Ruiz won the Coastal Cup in 2016. Ana Ruiz hosted the show in 2018."
    )
    assert _events(text, "2011", "2015", "2016", "2018") == [
        "host:ana_ruiz>harbour_gala",
        "host:ana_ruiz>lantern_awards",
        "win:ana_ruiz>coastal_cup",
        "host:ana_ruiz",
    ]


def test_a_named_thing_alone_makes_no_event():
    # no doer found: the name is not enough to tell which series the time belongs to
    assert _events("Hosting the Harbour Gala in 2011 was a coup for the town.", "2011") == [None]


def test_a_time_next_to_a_verb_of_saying_dates_the_saying_not_the_reported_event():
    fronted = "On Monday, the county coroner said Ivan Petrov died."
    complement = "The county coroner said on Monday that Ivan Petrov died."
    after = "Ivan Petrov died, the county coroner said on Monday."
    assert _events(fronted, "Monday") == [None]
    assert _events(complement, "Monday") == [None]
    assert _events(after, "Monday") == [None]


def test_a_time_inside_the_reported_clause_keeps_its_event():
    assert _events("The county coroner said Ivan Petrov died on Sunday.", "Sunday") == ["die:ivan_petrov"]
    assert _events("Police said 12 people died in Lima.", "12 people") == ["die:>peru"]


def test_an_attributive_participle_is_no_event():
    assert _events("The Hawks placed guard Ray Dunn on injured reserve on Tuesday.", "Tuesday") == [None]
    assert _events("Medics treated the wounded soldiers of Lima on Sunday.", "Sunday") == [None]
    assert _events("Guard Ray Dunn was injured on Tuesday.", "Tuesday") == ["injure:ray_dunn"]


def test_the_injury_refers_back_to_the_one_an_attributive_participle_presupposes():
    text = "The Hawks placed Ray Dunn on injured reserve on Tuesday. Dunn has missed six games because of the injury."
    assert _events(text, "Tuesday", "six games") == [None, "injure:ray_dunn"]


def test_the_possessor_of_a_release_is_the_one_released():
    text = "Police held Ivan Petrov overnight. He slept in a cell before his release in 2019."
    assert _events(text, "2019") == ["release:>ivan_petrov"]
    assert _events("Ivan Petrov was released on Friday.", "Friday") == ["release:>ivan_petrov"]
    assert _events("Police released Ivan Petrov on Friday.", "Friday") == ["release:>ivan_petrov"]
    assert _events("Ivan Petrov’s arrest in 2019 shocked fans.", "2019") == ["arrest:>ivan_petrov"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ivan Petrov has been named as the new coach on Friday.", "appoint:>ivan_petrov"),
        ("The club named Ivan Petrov as coach on Friday.", "appoint:>ivan_petrov"),
        ("Ivan Petrov was fired by the club on Friday.", "fire:>ivan_petrov"),
        ("Ivan Petrov was elected mayor on Friday.", "elect:>ivan_petrov"),
    ],
)
def test_the_subject_of_a_passive_appointment_dismissal_or_election_is_the_one_it_is_done_to(
    text: str, key: str
) -> None:
    assert _events(text, "Friday") == [key]


def test_a_thing_released_goes_into_the_key():
    assert _events("Ivan Petrov released a statement on Friday.", "Friday") == [
        "release:ivan_petrov>statement"
    ]
    assert _events("Singer Ivan Petrov released a new album in 2019.", "2019") == [
        "release:ivan_petrov>album"
    ]


def test_a_relative_that_clause_keeps_the_event_it_describes():
    text = "The earthquake that hit Peru on Sunday killed 14 people."
    assert _events(text, "Sunday") == ["quake:>peru"]


def test_a_thing_released_by_no_one_named_is_no_event():
    assert _events("Police have not released the name of the driver on Friday.", "Friday") == [None]


def test_a_verb_of_saying_after_the_event_in_the_clause_does_not_take_its_time():
    text = "Ivan Petrov was arrested by officers on Nov. 3 after police said he attacked them."
    assert _events(text, "Nov. 3") == ["arrest:>ivan_petrov"]


def test_the_agent_is_not_the_speaker_before_a_verb_of_saying():
    assert _events("Sheriff Ann Vey said Saturday that deputies arrested four people.", "four people") == [
        None
    ]


def test_an_incident_takes_its_place_from_further_on_in_the_clause():
    text = "Two people were killed in a shooting at a house party in Dayton early Sunday."
    assert _events(text, "Two people") == ["kill:>dayton"]
    visit = "Ana Ruiz visited a school for deaf children in Lima on Monday."
    assert _events(visit, "Monday") == ["visit:ana_ruiz"]


def _incident_places(text: str) -> list[tuple[str, str, str]]:
    """(event key, quote from the verb to the place, place mention) of every sentence, in order."""
    source = Source(id="s", path="s.txt", text=text, content_hash="h")
    segments = [s for s in segment_source(source) if s.content]
    resolver = EventResolver(text, find_entities(source, segments))
    return [
        (key, text[verb_start : mention.end], mention.text)
        for segment in segments
        for key, verb_start, mention in resolver.incident_places(segment.start, segment.end)
    ]


def test_an_incident_place_is_left_out_of_its_key():
    assert _incident_places("A bus crashed near Leeds on Monday.") == [
        ("crash:", "crashed near Leeds", "Leeds")
    ]


def test_only_the_place_the_incident_verb_takes_counts():
    # Izmir is the quake's; Athens is where it was felt, after a clause break.
    text = "A strong earthquake struck Izmir on Sunday, and it was felt in Athens."
    assert _incident_places(text) == [("quake:", "earthquake struck Izmir", "Izmir")]


def test_the_place_goes_to_the_nearest_incident():
    # "killed in a crash in Leeds": the crash is in Leeds, not a second killing.
    assert [key for key, _, _ in _incident_places("Two men were killed in a crash in Leeds.")] == ["crash:"]


def test_an_aftershock_is_not_the_quake():
    places = _incident_places("An aftershock hit Athens an hour later.")
    assert places == []


def test_places_of_visits_and_demonyms_are_not_incident_places():
    assert _incident_places("President Ana Ruiz visited Lima, then Quito.") == []
    assert _incident_places("Three people were killed in the Peruvian attack.") == []


def test_a_headline_gives_no_incident_place():
    assert _incident_places("Two Killed In Crash Near Leeds") == []


def test_an_arrest_is_placed_only_for_the_one_arrested():
    assert [key for key, _, _ in _incident_places("Ana Ruiz was arrested in Lima on Monday.")] == [
        "arrest:>ana_ruiz"
    ]
    assert _incident_places("Police arrested two men in Lima on Monday.") == []


def test_event_resolution_reads_a_run_on_text_in_linear_work(monkeypatch) -> None:
    """Every claim looks at the predicates of its sentence: in a 60 KB run-on "sentence" read whole,
    that is thousands of claims times the whole text (quadratic, and cubic with the verbs of saying);
    read in bounded pieces, the characters looked at stay a small multiple of the text."""
    from factcheck.extract import claims as claim_extraction
    from factcheck.extract import events

    clause = "Mayor Rhee said {n} people died in the fire on Monday and {m} were hurt"
    text = ", ".join(clause.format(n=n + 2, m=n % 50 + 2) for n in range(800))
    read = []
    real = events.predicates

    def counted(sentence: str, offset: int):
        read.append(len(sentence))
        return real(sentence, offset)

    monkeypatch.setattr(events, "predicates", counted)
    source = Source(id="a", path="a.txt", text=text, content_hash="x")
    assert len(claim_extraction.claims_of(source)) > 1000
    assert sum(read) < 200 * len(text)  # whole-sentence reading: about 3,000 claims x 60 KB


@pytest.mark.parametrize(
    ("text", "quote", "key"),
    [
        ("Founder Ivo Marsh, born in 1963, will stay on.", "1963", "born:ivo_marsh"),
        ("Ivo Marsh, who was born in 1963, will stay on.", "1963", "born:ivo_marsh"),
        ("Norvik Systems, founded in 1988, is based in Kelby.", "1988", "found:norvik_systems"),
        ("Norvik Systems, which was founded in 1990, employs 900.", "1990", "found:norvik_systems"),
    ],
)
def test_a_birth_or_founding_in_an_apposition_is_of_the_name_before_it(text, quote, key):
    assert _events(text, quote) == [key]


def test_a_comma_before_another_event_gives_it_no_agent():
    # only a birth or a founding describes the name before the comma
    assert _events("Ivo Marsh, arrested in 2019, will stay on.", "2019") != ["arrest:ivo_marsh"]


def test_a_mountains_summit_is_no_predicate():
    assert predicates("They came down from the 4,200-metre summit.", 0) == ()
    assert [lemma for *_, lemma in predicates("The two leaders met at the summit.", 0)] == ["meet", "summit"]


def test_a_claim_right_after_a_verb_and_its_object_is_that_verb_s():
    text = "Police arrested Ivo Marsh on Friday in the killing of Lena Voss."
    assert _events(text, "Friday") == ["arrest:>ivo_marsh"]


def test_the_reason_after_an_unplaced_verb_does_not_take_its_time():
    # the arrest's person is not named: the time is no one's, not the killing's
    assert _events("A man was arrested Friday in the killing of Lena Voss.", "Friday") == [None]
    assert _events("A Tarrow man was sentenced Friday for the shooting death of Ivo Marsh.", "Friday") == [
        None
    ]


def test_an_unplaced_verb_leaves_the_claim_to_an_event_before_it():
    text = "Ivo Marsh was shot and killed early Saturday."
    assert _events(text, "Saturday") == ["kill:ivo_marsh"]


def test_a_name_before_its_age_and_home_town_is_the_agent():
    assert _events("Ivo Marsh, 44, of Kelby, died Monday.", "Monday") == ["die:ivo_marsh"]


def test_the_shooting_named_by_its_date_is_the_story_s_own():
    assert _events("The June 2 shooting is still under investigation.", "June 2") == ["shoot:"]
    assert _events("Police said the March 20 shooting is still under investigation.", "March 20") == [
        "shoot:"
    ]


def test_a_time_before_its_verb_in_the_past_is_that_verb_s():
    assert _events("Police on Friday arrested Ivo Marsh in the killing of Lena Voss.", "Friday") == [
        "arrest:>ivo_marsh"
    ]
    assert _events("Police on Friday arrested a man in the killing of Lena Voss.", "Friday") == [None]


def test_the_second_verb_of_a_pronouns_clause_has_its_subject_and_voice():
    text = (
        "Officers stopped Ivo Marsh near the quay. His breath test read high, police said. "
        "He was booked into the county jail and released on $500 bail."
    )
    assert _events(text, "$500 bail") == ["release:>ivo_marsh"]


def test_a_time_after_an_act_done_to_a_person_is_that_acts_before_the_next_verbs():
    text = "Ivo Marsh served a short term. He was released in 2016 and attacked Lena Voss again."
    assert _events(text, "2016") == ["release:>ivo_marsh"]


def test_a_name_with_an_age_and_a_relative_clause_before_its_verb_is_the_agent():
    text = "Ivo Marsh, 28, who was shot on May 2 in Kelby, died at a hospital on Saturday."
    assert _events(text, "Saturday") == ["die:ivo_marsh"]


def test_succumbing_to_ones_injuries_is_a_death_not_a_wound():
    text = "Ivo Marsh was shot in Kelby on May 2. He succumbed to his injuries on Sunday."
    assert _events(text, "Sunday") == ["die:ivo_marsh"]
