"""Age claims tied to a person and to the publication date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import FIXTURES

from factcheck.extract.ages import find_ages
from factcheck.read.segment import segment_source
from factcheck.records import AgeClaim, Source

PUBLISHED = dt.date(2024, 6, 17)


def _source(text: str, name: str = "s", published: dt.date | None = PUBLISHED) -> Source:
    return Source(id=name, path=f"{name}.txt", text=text, content_hash="test", published=published)


def _ages(text: str, published: dt.date | None = PUBLISHED) -> list[AgeClaim]:
    source = _source(text, published=published)
    return find_ages(source, segment_source(source))


def _fixture(name: str) -> list[tuple[str, str, int]]:
    source = _source((FIXTURES / "numbers" / f"{name}.txt").read_text(encoding="utf-8"), name)
    return [(c.quote, c.value.person, c.value.years) for c in find_ages(source, segment_source(source))]


@pytest.mark.parametrize(
    ("text", "quote", "person", "years"),
    [
        ("Robert Buckley, 32, was arrested on Friday.", "Robert Buckley, 32", "Robert Buckley", 32),
        ("Police named the driver as 31-year-old Jane Doe.", "31-year-old Jane Doe", "Jane Doe", 31),
        ("Mary Smith, aged 27, died at the scene.", "Mary Smith, aged 27", "Mary Smith", 27),
        ("A woman aged 27 was hurt.", "A woman aged 27", "woman", 27),
        ("Queen Adela died at the age of 96.", "at the age of 96", "Queen Adela", 96),
        ("John Brown (45) was charged.", "John Brown (45)", "John Brown", 45),
        ("A 45-year-old man was injured.", "A 45-year-old man", "man", 45),
        ("The victim, 19, was taken to hospital.", "The victim, 19", "victim", 19),
        ("Sam Keller, who is 41 years old, lost.", "Sam Keller, who is 41 years old", "Sam Keller", 41),
        ("A twenty-one-year-old student was hurt.", "A twenty-one-year-old student", "student", 21),
        ("Calvin Brooks Jr., 22, died.", "Calvin Brooks Jr., 22", "Calvin Brooks Jr.", 22),
        ("A 35-year-old Boston man was hurt.", "A 35-year-old Boston man", "man", 35),
        ("A former county treasurer, 58, was jailed.", "A former county treasurer, 58", "treasurer", 58),
        ("A Kelby climber, 47, died on Sunday.", "A Kelby climber, 47", "climber", 47),
        ("An Irish nurse, 33, was hurt.", "An Irish nurse, 33", "nurse", 33),
        ("Owen Hale II, 26, died.", "Owen Hale II, 26", "Owen Hale II", 26),
        ("Jane Kim, 31 were questioned later.", "Jane Kim, 31", "Jane Kim", 31),
        ("Pelham, a 35-year-old who moved here, fled.", "Pelham, a 35-year-old", "Pelham", 35),
        ("Sam Ray, a restless 17-year-old, fled.", "Sam Ray, a restless 17-year-old", "Sam Ray", 17),
        ("A 16 year old male was detained.", "A 16 year old male", "male", 16),
        ("It led to 9-year-old Rosa Delgado' death.", "9-year-old Rosa Delgado", "Rosa Delgado", 9),
        ("It led to 9-year-old Rosa Delgado's death.", "9-year-old Rosa Delgado", "Rosa Delgado", 9),
        ("Ola Brant, a 22-year-old cook, was shot.", "Ola Brant, a 22-year-old", "Ola Brant", 22),
        ("Ivo Marsh, a 40-year-old tall man, fled.", "Ivo Marsh, a 40-year-old", "Ivo Marsh", 40),
        ("Late Monday Ivo Marsh, 19, was detained.", "Ivo Marsh, 19", "Ivo Marsh", 19),
        ("Suspect Ivo Marsh, 31, was held.", "Ivo Marsh, 31", "Ivo Marsh", 31),
        ("Pitcher Ansel Dorn, 29, signed; the pitcher left.", "Ansel Dorn, 29", "Ansel Dorn", 29),
        ("Rosa Lee Marsh, 70, spoke.", "Rosa Lee Marsh, 70", "Rosa Lee Marsh", 70),
        ("Jaylo Ann Reed, 22, spoke.", "Jaylo Ann Reed, 22", "Jaylo Ann Reed", 22),
        ("Goalkeeper Nils Ostrander, 33, retired.", "Nils Ostrander, 33", "Nils Ostrander", 33),
        ("He shot at his cousin Pavel Rusk, also 23.", "Pavel Rusk, also 23", "Pavel Rusk", 23),
        ("Pavel Rusk, now 41, was convicted.", "Pavel Rusk, now 41", "Pavel Rusk", 41),
        ("Ola Brant, who turned 30 last week, was shot.", "Ola Brant, who turned 30", "Ola Brant", 30),
        ('Police seek Tavo "Bear" Quill, 22, today.', 'Tavo "Bear" Quill, 22', "Tavo Quill", 22),
        ("Her father, 32-year old Ansel Page, was hurt.", "32-year old Ansel Page", "Ansel Page", 32),
        ("He shot 13 year old Mirel Oakes Tuesday morning.", "13 year old Mirel Oakes", "Mirel Oakes", 13),
        ("They look for Tavo Quill, 17; his friend fled.", "Tavo Quill, 17", "Tavo Quill", 17),
        ("Lino Vaca, a 22-year-old Peruvian, died.", "Lino Vaca, a 22-year-old", "Lino Vaca", 22),
        # a title written before the name in apposition is no part of it
        ("Dr. Ola Brant, a 52-year-old surgeon, quit.", "Ola Brant, a 52-year-old", "Ola Brant", 52),
        ("Sgt. Ivo Marsh, a 40-year-old father, spoke.", "Ivo Marsh, a 40-year-old father", "Ivo Marsh", 40),
        (
            "Deputy Ivo Marsh, a 40-year-old veteran, fired.",
            "Ivo Marsh, a 40-year-old veteran",
            "Ivo Marsh",
            40,
        ),
        # and a given name is the name's own first word
        (
            "Rosa Lee Marsh, a 70-year-old widow, spoke.",
            "Rosa Lee Marsh, a 70-year-old",
            "Rosa Lee Marsh",
            70,
        ),
        # the man in apposition to a name is the one named
        ("Ola Brant, a 22-year-old woman, was shot.", "Ola Brant, a 22-year-old woman", "Ola Brant", 22),
        # and so is a surname in apposition, once the full name was written
        ("Ola Brant was shot. Brant, a 22-year-old nurse, died.", "Brant, a 22-year-old nurse", "Brant", 22),
        ("Police held Ivo Marsh, 31-years-old, on Sunday.", "Ivo Marsh, 31-years-old", "Ivo Marsh", 31),
        ("Ivo Marsh, 31 years old, was held.", "Ivo Marsh, 31 years old", "Ivo Marsh", 31),
        ("Police held Ivo Marsh, age 31, on Sunday.", "Ivo Marsh, age 31", "Ivo Marsh", 31),
        # the person noun after an age, then the person's own name
        (
            "It killed 19-year-old Konya man Ivo Marsh Jr. on Friday.",
            "19-year-old Konya man Ivo Marsh Jr.",
            "Ivo Marsh Jr.",
            19,
        ),
        ("Ivo Marsh, 31 \u2014 a father of three \u2014 was held.", "Ivo Marsh, 31", "Ivo Marsh", 31),
        ("Neighbours Mourn After Shooting Wounds Girl, 7, at Home", "Girl, 7", "girl", 7),
        # a name or "he" with "was" and the age that ends the sentence, or a clause of it
        ("Ivo Marsh was 24.", "Ivo Marsh was 24", "Ivo Marsh", 24),
        ("The guard, Ivo Marsh, was 58 and had two sons.", "Ivo Marsh, was 58", "Ivo Marsh", 58),
        ("The dead man, Ivo Marsh, was 24.", "Ivo Marsh, was 24", "Ivo Marsh", 24),
        ("Ivo Marsh was only 19 years old.", "Ivo Marsh was only 19 years old", "Ivo Marsh", 19),
        ("Ivo Marsh was shot on Pell Road. He was just 24.", "He was just 24", "Ivo Marsh", 24),
        # so in what someone said
        ("The medical examiner said Ivo Marsh was 24.", "Ivo Marsh was 24", "Ivo Marsh", 24),
        ("Deputies told reporters that Marsh was 58 and lived alone.", "Marsh was 58", "Marsh", 58),
    ],
)
def test_age_forms(text: str, quote: str, person: str, years: int) -> None:
    (claim,) = _ages(text)
    assert (claim.quote, claim.value.person, claim.value.years) == (quote, person, years)
    assert claim.value.as_of == PUBLISHED
    assert text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize(
    "text",
    [
        "Read Chapter 32 first.",
        "They drove Route 66 west.",
        "A Boeing 737 crashed.",
        "The vote is on June 19, 2024, in Paris.",
        "Article 5, the alliance clause, applies.",
        "In Paris, 3 people died.",
        "In Paris, 3 were killed.",
        "The Titanic, a 100-year-old ship, sank.",
        "Tarrow Mills, a 90-year-old firm, closed.",
        "They cut 35-year-old rules.",
        "At Leeds, 12 were hurt.",
        "On Monday, 12 people died.",
        "The group, aged 18 to 25, left.",
        "She was one of the victims.",
        "He died at the age of 95.",
        "Five Year Old Boy Hurt",
    ],
)
def test_not_ages(text: str) -> None:
    assert _ages(text) == []


@pytest.mark.parametrize(
    ("text", "quote", "person", "years"),
    [
        ("Singer Ada Brook died at 85 on Friday.", "died at 85", "Ada Brook", 85),
        ("Lou Kemp, who died aged 90, was buried.", "died aged 90", "Lou Kemp", 90),
        ("The poet Ivo Tamm is dead at 77.", "dead at 77", "Ivo Tamm", 77),
        ("Ivo Tamm passed away at age 77 in May.", "passed away at age 77", "Ivo Tamm", 77),
        ("Actress Ola Vesk died Thursday. She was 85.", "She was 85", "Ola Vesk", 85),
        ("Ivo Tamm died in Lisbon. He was 79 years old.", "He was 79 years old", "Ivo Tamm", 79),
        ("Kemp died on Monday. He was 79.", "He was 79", "Kemp", 79),
        ("Sam Vell, first Asian American to win Olympic gold, dies at 96", "dies at 96", "Sam Vell", 96),
        ("Kemp died at 79 on Monday.", "died at 79", "Kemp", 79),
        # where and when between the death and its age, which is quoted alone
        ("Ada Brook died in Lisbon on Friday, aged 85, of a stroke.", "aged 85", "Ada Brook", 85),
        ("Ada Brook died on Friday aged 85.", "aged 85", "Ada Brook", 85),
        ("Ada Brook died on Friday at her home in Lisbon at age 85.", "at age 85", "Ada Brook", 85),
        ("Ivo Tamm retired in 1990. He died at 85 on Friday.", "died at 85", "Ivo Tamm", 85),
        ("Former customs agent Ivo Tamm died on Friday. He was 88.", "He was 88", "Ivo Tamm", 88),
        # the first word capitalised by its place, before a person noun, names no one
        ("Jazz singer Ola Vesk died on Saturday. She was 86.", "She was 86", "Ola Vesk", 86),
        # a person by what they do, whatever the word: no given name ends in "-ist"
        ("Cellist Ivo Tamm died at home on Friday. He was 81.", "He was 81", "Ivo Tamm", 81),
        ("Singer-songwriter Ola Vesk died on Friday. She was 77.", "She was 77", "Ola Vesk", 77),
        # the title of a work in quotes names no one
        (
            'Ola Vesk, star of the film "Silver Lanes", died on Friday. She was 84.',
            "She was 84",
            "Ola Vesk",
            84,
        ),
        ("Ivo Tamm, who wrote \u201cThe Long Quay\u201d, has died. He was 90.", "He was 90", "Ivo Tamm", 90),
        # the one full name, written first: a capitalised word of a title after it names no one else
        ("Ola Vesk, best known for the Tarrow films, died Friday. She was 84.", "She was 84", "Ola Vesk", 84),
    ],
)
def test_the_age_of_a_death_and_of_a_person_named_the_sentence_before(
    text: str, quote: str, person: str, years: int
) -> None:
    (claim,) = _ages(text)
    assert (claim.quote, claim.value.person, claim.value.years) == (quote, person, years)


@pytest.mark.parametrize(
    "text",
    [
        "The guard died at 4 p.m. on Friday.",
        "One man died at 3:40 a.m.",
        "Ivo Tamm died at 7 in the evening.",
        "Ivo Marsh was pronounced dead at 5 at the scene.",
        "Police said Jo Reed shot Al Ray. He was 23.",
        # a birthday to come: the age now is one less
        "Ola Brant, who turns 30 on Friday, was shot.",
        # a surname written first may be the subject as well as a full name after it
        "Marsh said Ola Brenn met him on Friday. He was 81.",
        "He was 12 when he first sang.",
        "The storm hit Lisbon. It was 85 degrees.",
    ],
)
def test_a_clock_or_a_pronoun_of_two_people_gives_no_age(text: str) -> None:
    assert _ages(text) == []


def test_two_named_ages_in_one_sentence_and_an_age_before_who_said_it_are_each_ones() -> None:
    text = "Police named the two as Ivo Tamm and Ola Vesk. Tamm was 23 and Vesk was 24, the coroner said."
    assert [(c.quote, c.value.person, c.value.years) for c in _ages(text)] == [
        ("Tamm was 23", "Tamm", 23),
        ("Vesk was 24", "Vesk", 24),
    ]


def test_a_name_set_beside_an_age_with_its_noun_left_out_is_the_persons_of_that_age() -> None:
    text = "A cook was hurt on Monday. The 23-year-old, Ivo Tamm, is recovering."
    assert [(c.quote, c.value.person, c.value.years) for c in _ages(text)] == [
        ("The 23-year-old, Ivo Tamm", "Ivo Tamm", 23)
    ]
    assert _ages("A cook was hurt on Monday. The 23-year-old, who was not named, is recovering.") == []


def test_an_age_said_of_a_name_before_more_about_the_person_is_their_age() -> None:
    (claim,) = _ages("Ola Vesk was 41 and a teacher at the Kelby school.")
    assert (claim.value.person, claim.value.years) == ("Ola Vesk", 41)


def test_an_age_set_beside_another_persons_noun_is_not_the_age_of_the_one_who_died() -> None:
    (claim,) = _ages("Ivo Tamm died on Monday after his wife, aged 80, called for help.")
    assert claim.value.person != "Ivo Tamm"


@pytest.mark.parametrize(
    "text",
    [
        "The number worn by Ivo Marsh was 24.",  # the name is no subject of "was"
        "Officials said the number worn by Ivo Marsh was 24.",
        "In the final, Lisbon was 24.",  # a place
        "Ivo Marsh was 27 of 46 for 288 yards.",  # the sentence goes on: a line, not an age
        "Ivo Marsh was 24 when he first sang.",
        "Ivo Marsh was 12 and 4 as a starter.",  # a record
    ],
)
def test_a_number_after_was_that_is_no_persons_age(text: str) -> None:
    assert _ages(text) == []


def test_a_lone_capitalised_word_in_apposition_is_no_name_before_its_full_name_is_written():
    (claim,) = _ages("Brant, a 22-year-old nurse, died.")
    assert claim.value.person == "nurse"


@pytest.mark.parametrize(
    ("text", "quote", "person"),
    [
        (
            "A 23-year-old man, later identified as Tavo Quill, was shot.",
            "A 23-year-old man, later identified as Tavo Quill",
            "Tavo Quill",
        ),
        (
            "The 23-year-old man shot on Tuesday has been identified as Tavo Quill.",
            "The 23-year-old man shot on Tuesday has been identified as Tavo Quill",
            "Tavo Quill",
        ),
        (
            "The 23-year-old man who died was identified as Officer Lena Quill.",
            "The 23-year-old man who died was identified as Officer Lena Quill",
            "Lena Quill",
        ),
        (
            "A 23-year-old man was killed. The man who died was identified as Tavo Quill.",
            "A 23-year-old man",
            "Tavo Quill",
        ),
        (
            "A 23-year-old man was shot. Police identified the victim as Tavo Quill.",
            "A 23-year-old man",
            "Tavo Quill",
        ),
        (
            "A 23-year-old woman was shot. Police later identified her as Rosa Dell.",
            "A 23-year-old woman",
            "Rosa Dell",
        ),
        (
            "A 23-year-old man was killed. Police identified the dead man as Tavo Quill.",
            "A 23-year-old man",
            "Tavo Quill",
        ),
        (
            "Police shot a 23-year-old man on Saturday. The man, Tavo Quill, died later.",
            "a 23-year-old man",
            "Tavo Quill",
        ),
        ("A 23-year-old man, Tavo Quill, was shot.", "A 23-year-old man, Tavo Quill", "Tavo Quill"),
        ("Police said her 23-year-old son, Tavo, was shot.", "23-year-old son, Tavo", "Tavo"),
        (
            "Police shot a 23-year-old man. They fired after the man, identified as Tavo Quill, drew a knife.",
            "a 23-year-old man",
            "Tavo Quill",
        ),
    ],
)
def test_an_unnamed_persons_age_is_the_age_of_the_name_they_are_identified_by(
    text: str, quote: str, person: str
) -> None:
    (claim,) = _ages(text)
    assert (claim.quote, claim.value.person, claim.value.years) == (quote, person, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh scored 31 points on Friday. The 23-year-old added 11 rebounds.",
        "Ivo Marsh was named coach on Monday. The 23-year-old, who played in Kelby, starts in May.",
        "Ivo Marsh was hurt. The 23-year-old was taken to Kelby General.",
    ],
)
def test_the_age_that_starts_a_sentence_is_the_one_person_named_before(text: str) -> None:
    (claim,) = _ages(text)
    assert (claim.quote, claim.value.person, claim.value.years) == ("The 23-year-old", "Ivo Marsh", 23)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh and Ola Brant were arrested. The 23-year-old was charged.",  # which one, not said
        "A fire gutted the Kelby Grange. The 140-year-old building was lost.",  # a thing's age
        "He was placed on injured reserve by the Ola Rovers. The 23-year-old finished the season.",
        "The uncle put the boy in his black Ivo Marsh. The 23-year-old is in critical condition.",
        "Marsh scored 31 points. The 23-year-old added 11 rebounds.",  # no full name to be sure of
        # the one of that age the report told of before, or the person named with another age
        "Ivo Marsh and a 23-year-old boy were hurt. Ivo Marsh died. The 23-year-old remains in hospital.",
        "Police named the victim as Ivo Marsh, 31. Ivo Marsh was hurt. The 23-year-old was taken away.",
    ],
)
def test_the_age_that_starts_a_sentence_names_no_body_thing_or_one_of_two(text: str) -> None:
    assert not any(claim.quote.startswith("The ") for claim in _ages(text))


@pytest.mark.parametrize(
    "text",
    [
        # another's identification: a gunman's, a victim's in a clause of its own
        "A 23-year-old man was shot by a gunman who was identified as Tavo Quill.",
        "A 23-year-old man was arrested after the victim was identified as Tavo Quill.",
        "A 23-year-old man was shot. Police identified the gunman as Tavo Quill.",
        "A 23-year-old man was shot. Police stopped the gunman, identified as Tavo Quill, later.",
        # "him" is not the woman; two unnamed people of one noun: which one is not said
        "A 23-year-old woman was shot. Police identified him as Tavo Quill.",
        "A 23-year-old man and a 31-year-old man were shot. Police identified the victim as Tavo Quill.",
        # the one who died is not the one whose age is given
        "A 23-year-old man was wounded, and another man was killed. The man who died was identified as Tavo Quill.",
        "A 23-year-old man was wounded. Police identified the dead man as Tavo Quill.",
        # the report gives the name its own age
        "A 23-year-old man was shot. The man was identified as Tavo Quill, 24.",
        # no person's name
        "A 23-year-old man was shot. The man was identified as Kelby Road resident.",
        # a victim named in apposition is no other unnamed person
        "A 23-year-old man was arrested. The victim, Tavo Quill, was also 23.",
        # a list, a speaker, a title's abbreviation: no one in apposition
        "She was home with her 23-year-old son, Tavo Quill, and her husband.",
        "A 23-year-old man, Sgt. Tavo Quill said.",
        "A 23-year-old man, Kelby police said, was shot.",
    ],
)
def test_an_identification_of_someone_else_names_no_age(text: str) -> None:
    assert all(
        claim.value.person not in ("Tavo Quill", "Kelby Road")
        for claim in _ages(text)
        if claim.value.years == 23
    )


def test_an_age_shared_by_people_named_in_a_row_is_each_ones() -> None:
    claims = _ages("Medics found Ivo Marsh and Tilde Oyen, both 31 and of Dover, with wounds.")
    assert [(c.quote, c.value.person, c.value.years) for c in claims] == [
        ("Ivo Marsh and Tilde Oyen, both 31", "Ivo Marsh", 31),
        ("Tilde Oyen, both 31", "Tilde Oyen", 31),
    ]
    claims = _ages("Two cousins — Ivo Marsh, Al Fenn and Tilde Oyen, all 18 — saw it.")
    assert [(c.value.person, c.value.years) for c in claims] == [
        ("Ivo Marsh", 18),
        ("Al Fenn", 18),
        ("Tilde Oyen", 18),
    ]


def test_both_is_said_of_two_and_places_share_no_age() -> None:
    assert [c.value.person for c in _ages("Ivo Marsh and Al Fenn, both 31, left.")] == [
        "Ivo Marsh",
        "Al Fenn",
    ]
    assert _ages("Ivo Marsh, Al Fenn and Tilde Oyen, both 31, left.") == []
    assert _ages("Akron and Canton, both 5, flooded.") == []
    assert _ages("Police held Ivo Marsh, Al Fenn and Tilde Oyen, all 3 of whom were charged.") == []


def test_a_persons_age_between_commas_may_follow_a_preposition_a_places_may_not() -> None:
    assert [c.quote for c in _ages("The death of Pim Arvo-Lund, 3, shocked us.")] == ["Pim Arvo-Lund, 3"]
    assert [c.quote for c in _ages("She sat with Osric Delane, 62, who was hit.")] == ["Osric Delane, 62"]
    assert [c.quote for c in _ages("The medal went to Osric Delane, 71, and Nell Ors, 58.")] == [
        "Osric Delane, 71",
        "Nell Ors, 58",
    ]
    assert _ages("The convoy drove to Santa Clara, 3, then home.") == []
    assert _ages("The city of Santa Clara, 3, sued.") == []
    assert _ages("The team of Dan Ray, 3 wins, led.") == []


def test_a_persons_age_that_ends_the_sentence_may_follow_a_preposition_a_places_may_not() -> None:
    assert [c.quote for c in _ages("Police are looking for Osric Delane, 40.")] == ["Osric Delane, 40"]
    assert _ages("Police flew in from Santa Clara, 40.") == []
    assert [c.quote for c in _ages("The letter was sent to Osric Delane, 40.")] == ["Osric Delane, 40"]
    assert _ages("The letter was sent to Santa Clara, 40.") == []


def test_age_without_publication_date_has_no_as_of() -> None:
    (claim,) = _ages("Robert Buckley, 32, was arrested.", published=None)
    assert claim.value.as_of is None


def test_fixture_articles() -> None:
    assert _fixture("accident") == [
        ("47-year-old Marco Bellini", "Marco Bellini", 47),
        ("Anna Rossi, 29", "Anna Rossi", 29),
    ]
    assert _fixture("court") == [
        ("A former county treasurer, 58", "treasurer", 58),
        ("John Harlow, 58", "John Harlow", 58),
        ("The victim, 19", "victim", 19),
    ]
    assert _fixture("election") == [("Ortiz, 63", "Ortiz", 63), ("41-year-old Sam Keller", "Sam Keller", 41)]


def test_claim_ids_are_stable() -> None:
    (claim,) = _ages("Robert Buckley, 32, was arrested.")
    assert claim.id == "s:0-18:age"
    assert (claim.predicate, claim.sentence_start, claim.sentence_end) == ("age", 0, 33)


_PIECES = [
    *"0123456789 ,.()-aAbB\n",
    "Smith",
    " John",
    "-year-old ",
    " aged ",
    " at the age of ",
    " man",
    "the victim",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_never_raises_spans_index_the_text_and_is_deterministic(text: str) -> None:
    claims = _ages(text)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.quote
        assert 0 <= claim.value.years <= 120
    assert claims == _ages(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    for claim in _ages(text):
        assert text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize("noun", ["champion", "challenger", "boxer", "captain", "president"])
def test_an_age_given_with_what_someone_is_in_sport_or_office_is_a_persons(noun: str) -> None:
    (age,) = _ages(f"The 34-year-old {noun} was beaten in Kelby.")
    assert (age.value.person, age.value.years) == (noun, 34)


def test_a_surname_that_is_also_a_town_is_the_persons_named_in_full_before():
    # Voss is a town too; here it is the surname of the Lena Voss the text names
    ages = _ages("Ivo Marsh was convicted of killing his wife, Lena Voss. Voss was 42.")
    assert [(a.value.person, a.value.years) for a in ages] == [("Voss", 42)]


def test_a_town_alone_before_was_and_a_number_is_no_persons_age():
    assert _ages("The festival came to Voss on Friday. Voss was 42.") == []


def test_an_age_whose_noun_is_left_out_is_a_persons_where_a_person_is_hurt_or_held() -> None:
    assert [
        (c.quote, c.value.person, c.value.years) for c in _ages("A 17-year-old was stabbed on Friday.")
    ] == [("A 17-year-old", "person", 17)]
    assert [c.quote for c in _ages("Officers held a neighbour once an 80-year-old was found dead.")] == [
        "an 80-year-old"
    ]
    assert _ages("A 35-year-old was restored in 2010.") == []
    assert _ages("The 35-year-old was shot.") == []
    assert [c.quote for c in _ages("A 16-year-old remains in serious condition.")] == ["A 16-year-old"]


def test_a_name_takes_the_age_of_a_definite_phrase_set_beside_it() -> None:
    assert [
        (c.quote, c.value.person) for c in _ages("Friends mourned Nell Ors, the 16-year-old hit by a car.")
    ] == [("Nell Ors, the 16-year-old", "Nell Ors")]
    assert [c.value.person for c in _ages("Nell Ors, the 16-year-old who died, was buried.")] == ["Nell Ors"]
    assert _ages("Osric Delane, the 22-year-old's uncle, spoke.") == []
    assert _ages("Osric Delane, a 22-year-old's uncle, spoke.") == []
