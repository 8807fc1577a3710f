"""The orchestrator: every extractor on the content of a source, annotated, in text order."""

from __future__ import annotations

import datetime as dt
import re
import warnings

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paths import FIXTURES

from factcheck.extract import canonicalise_claims, extract_claims
from factcheck.extract.claims import _renamer
from factcheck.read.loaders import LoadOptions, load_sources
from factcheck.read.segment import segment_source
from factcheck.records import EntityClaim, Source

ARTICLES = FIXTURES / "semantics"


def _claims(name: str):
    (source,) = load_sources([ARTICLES / name], LoadOptions()).sources
    return source, extract_claims(source, segment_source(source))


def _by_quote(claims, quote: str, kind: str):
    return next(c for c in claims if c.quote == quote and c.kind == kind)


def test_quake_article_claims_carry_event_stance_and_values():
    _, claims = _claims("quake.md")
    magnitude = _by_quote(claims, "5.9", "quantity")
    assert (magnitude.value.measure, magnitude.value.low) == ("magnitude", 5.9)
    assert magnitude.event == "quake:>turkey"
    monday = _by_quote(claims, "Monday", "time")
    assert (monday.value.start, monday.value.weekday) == (dt.date(2023, 3, 13), 0)
    assert monday.event == "quake:>turkey"
    assert (monday.stance.kind, monday.stance.speaker) == ("attributed", "officials")
    depth = _by_quote(claims, "10 kilometres", "quantity")
    assert depth.value.si_low == 10_000
    assert depth.stance.speaker == "us_geological_survey"
    injured = _by_quote(claims, "dozens of people", "quantity")
    assert injured.event == "quake:>turkey"
    assert injured.stance.kind == "attributed"


def test_court_article_age_goes_to_the_full_name():
    _, claims = _claims("court.md")
    age = _by_quote(claims, "Okafor, 58", "age")
    assert (age.value.person, age.value.years, age.subject) == ("Daniel Okafor", 58, "daniel_okafor")
    role = next(c for c in claims if c.kind == "role" and c.subject == "daniel_okafor")
    assert (role.value.title, role.value.tense) == ("mayor", "former")
    bribe = _by_quote(claims, "more than $200,000", "quantity")
    assert bribe.stance.kind == "alleged"


def test_crash_article_resolves_old_city_names_and_casualties():
    _, claims = _claims("crash.md")
    places = {c.value.id for c in claims if isinstance(c, EntityClaim) and c.value.kind == "place"}
    assert "beijing" in places
    killed = _by_quote(claims, "12 people", "quantity")
    assert killed.event == "crash:>china"
    assert (killed.stance.kind, killed.stance.speaker) == ("attributed", "police")


def test_election_article_roles_and_hedges():
    _, claims = _claims("election.md")
    keller = next(c for c in claims if c.kind == "role" and c.subject == "tomas_keller")
    assert (keller.value.title, keller.value.tense) == ("prime minister", "former")
    share = _by_quote(claims, "54 percent", "quantity")
    assert share.stance.kind == "hedged"
    organisations = {
        c.value.id for c in claims if isinstance(c, EntityClaim) and c.value.kind == "organisation"
    }
    assert "democratic_alliance" in organisations


def _ages_of(text: str) -> list[tuple[int, str, str | None]]:
    """(years, person as written, subject) of each age claim extracted from ``text``."""
    source = Source(id="s", path="s.txt", text=text, content_hash="h", published=dt.date(2021, 5, 3))
    ages = [c for c in extract_claims(source, segment_source(source)) if c.kind == "age"]
    return [(c.value.years, c.value.person, c.subject) for c in ages]


def test_an_age_goes_to_the_name_beside_it_not_to_a_relative_with_the_same_surname():
    text = "The driver, 23-year-old Ann Morrow, died with her sister, Lisa Morrow, 20, and Peter Morrow, 6."
    assert _ages_of(text) == [
        (23, "Ann Morrow", "ann_morrow"),
        (20, "Lisa Morrow", "lisa_morrow"),
        (6, "Peter Morrow", "peter_morrow"),
    ]


def test_an_age_after_an_unlisted_first_name_is_its_own_persons_not_a_namesakes():
    # "Xyqwel" is no given name the recogniser knows, but the age after the name says it is a person's:
    # Xyqwel Marsh, not Ivo Marsh, whose surname it shares
    text = "Police named them as Ivo Marsh, 33, of Tarrow, Xyqwel Marsh, 37, of Tarrow, and Dana Quist, 31."
    assert _ages_of(text) == [
        (33, "Ivo Marsh", "ivo_marsh"),
        (37, "Xyqwel Marsh", "xyqwel_marsh"),
        (31, "Dana Quist", "dana_quist"),
    ]


def test_an_age_written_after_a_title_is_the_person_the_title_comes_before():
    text = "Dr. Ivo Tamsin, 41, was named to the post on Tuesday."
    assert _ages_of(text) == [(41, "Ivo Tamsin", "ivo_tamsin")]


def test_an_age_whose_surname_was_not_read_is_not_the_person_of_its_first_name():
    # only "Tamsin" is read of the nicknamed name, and it is Ivo Tamsin's surname
    text = 'Ivo Tamsin spoke to reporters. Tamsin "Bear" Quell, 22, was booked.'
    assert _ages_of(text) == [(22, "Tamsin Quell", None)]


def test_claims_are_in_text_order_and_quote_their_spans():
    source, claims = _claims("quake.md")
    assert [(c.start, c.end) for c in claims] == sorted((c.start, c.end) for c in claims)
    for claim in claims:
        assert source.text[claim.start : claim.end] == claim.quote


def test_leftover_and_repeated_lines_give_no_claims():
    text = (
        "ALSO READ: Storm kills 40 in Peru\n\nThe bridge in Lima collapsed on Friday, killing 3 people.\n\n"
        * 2
    )
    source = Source(id="s", path="s.txt", text=text, content_hash="h", published=dt.date(2020, 1, 10))
    claims = extract_claims(source, segment_source(source))
    assert all(c.start < text.index("ALSO READ", 1) for c in claims)
    assert not any("40" in c.quote for c in claims)


def test_a_source_without_date_is_extracted_without_a_python_warning():
    source = Source(id="s", path="undated.txt", text="The plant closed last Friday.", content_hash="h")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the loader reports it (W109), not the extractor
        claims = extract_claims(source, segment_source(source))
    assert any(claim.kind == "time" for claim in claims)


def test_canonicalise_claims_gives_one_id_across_sources():
    texts = {"a": "Kim Jong-un arrived in Moscow on Monday.", "b": "Kim Jong Un left Moscow on Tuesday."}
    claims = []
    for name, text in texts.items():
        source = Source(
            id=name, path=f"{name}.txt", text=text, content_hash=name, published=dt.date(2023, 9, 14)
        )
        claims += extract_claims(source, segment_source(source))
    merged = canonicalise_claims(claims)
    people = {c.value.id for c in merged if isinstance(c, EntityClaim) and c.value.kind == "person"}
    assert len(people) == 1


def test_canonicalise_claims_rewrites_each_entity_once_not_each_claim(monkeypatch) -> None:
    """A big story names each entity in many claims: the merged value of an entity is made once and
    shared by its claims, and each subject or event key is renamed once (each claim was copied
    value and all, and its keys renamed, in turn)."""
    from factcheck.extract import claims as extraction
    from factcheck.records import Entity

    names = ["Dana Kalomer", "Dana K. Kalomer", "Kalomer", "Tomas Vinrel", "Tomas Q. Vinrel"]
    claims = []
    for number in range(200):
        for index, name in enumerate(names):
            entity_id = f"person:{name.lower().replace(' ', '_').replace('.', '')}"
            span = {"source": f"s{number}", "start": index, "end": index + 1, "quote": name}
            span |= {"sentence_start": 0, "sentence_end": 1}
            value = Entity(id=entity_id, kind="person", name=name)
            claims.append(
                EntityClaim(
                    id=f"s{number}:{index}", subject=entity_id, predicate="mentions", value=value, **span
                )
            )
    made, renamed = [], []
    copy = Entity.model_copy
    monkeypatch.setattr(Entity, "model_copy", lambda self, **kw: made.append(self.id) or copy(self, **kw))
    renamer = extraction._renamer
    monkeypatch.setattr(
        extraction, "_renamer", lambda mapping: lambda key: renamed.append(key) or renamer(mapping)(key)
    )
    merged = canonicalise_claims(claims)
    assert {c.value.id for c in merged} == {"person:dana_k_kalomer", "person:tomas_q_vinrel"}
    assert sorted(made) == ["person:dana_kalomer", "person:kalomer", "person:tomas_vinrel"]
    assert sorted(renamed) == sorted({c.subject for c in claims})
    assert merged[2].subject == "person:dana_k_kalomer" and merged[1].subject == "person:dana_k_kalomer"
    assert len({id(c.value) for c, before in zip(merged, claims, strict=True) if c is not before}) == 3


def _renamed_by_one_expression(mapping: dict[str, str], text: str) -> str:
    """How a subject, object or event key was renamed before: one expression with every id in it."""
    pattern = re.compile(
        r"(?<![a-z0-9_])("
        + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
        + r")(?![a-z0-9_])"
    )
    return pattern.sub(lambda m: mapping[m.group(1)], text)


_ID_PIECES = ["a", "b", "ab", "_", ":", ">", "x1", "ann_lee", "lee", "person:ann", "-"]


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.lists(st.sampled_from(_ID_PIECES), min_size=1, max_size=4).map("".join),
        st.sampled_from(["z", "q_r"]),
        min_size=1,
    ),
    st.lists(st.sampled_from(_ID_PIECES), max_size=12).map("".join),
)
def test_merged_ids_are_renamed_in_keys_as_one_expression_renamed_them(mapping, text):
    assert _renamer(mapping)(text) == _renamed_by_one_expression(mapping, text)


class _CountingMapping(dict):
    looked_up = 0

    def __contains__(self, key: object) -> bool:
        type(self).looked_up += 1
        return super().__contains__(key)


def test_renaming_a_key_does_not_read_every_merged_id():
    counts = []
    for size in (10, 10_000):
        mapping = _CountingMapping({f"person_{n:05d}": f"person_{n + 1:05d}" for n in range(size)})
        _CountingMapping.looked_up = 0
        assert _renamer(mapping)("visit:person_00003>north_korea") == "visit:person_00004>north_korea"
        counts.append(_CountingMapping.looked_up)
    assert counts[0] == counts[1] < 10


_PIECES = [*"abcdeKLMNPRST ,.'’-()0123456789\n", "President ", "Kim ", "U.N. ", "said ", "Paris ", "Friday "]
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join) | st.text(max_size=200)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NEWSY, st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1))))
def test_extraction_never_raises_and_spans_index_the_text(text, published):
    source = Source(id="h", path="h.txt", text=text, content_hash="h", published=published)
    first = extract_claims(source, segment_source(source))
    second = extract_claims(source, segment_source(source))
    assert first == second
    for claim in first:
        assert text[claim.start : claim.end] == claim.quote


def test_an_age_without_a_named_person_takes_no_subject_from_the_event():
    text = "Omar Haddad visited Lima on Friday with his 58-year-old mother."
    source = Source(id="s", path="s.txt", text=text, content_hash="h", published=dt.date(2021, 5, 3))
    (age,) = [c for c in extract_claims(source, segment_source(source)) if c.kind == "age"]
    assert age.value.years == 58
    assert age.subject != "omar_haddad"


def _places(text: str) -> list[tuple[str | None, str]]:
    source = Source(id="s", path="s.txt", text=text, content_hash="h", published=dt.date(2022, 3, 1))
    claims = extract_claims(source, segment_source(source))
    return [(c.event, c.value.id) for c in claims if c.kind == "entity" and c.predicate == "place"]


def test_an_incident_place_is_a_place_claim_of_the_event():
    assert _places("A bus crashed in Lyon on Monday. The crash happened in France.") == [
        ("crash:", "lyon"),
        ("crash:", "france"),
    ]


def test_a_source_placing_one_incident_in_two_cities_places_neither():
    # Two shootings of one kind in two cities: the source speaks of two incidents, not one.
    assert (
        _places("A gunman opened fire in a shooting in Leeds. Another shooting in Sheffield followed.") == []
    )


def test_html_comments_are_found_as_the_lazy_expression_finds_them_in_linear_time() -> None:
    import random
    import re

    from factcheck.extract.claims import _html_comments

    lazy = re.compile(r"<!--.*?-->", re.DOTALL)
    pieces = ["<!--", "-->", "-", ">", "<", "!", "a", "\n", "<!-->", "--->"]
    generator = random.Random(14)
    for _ in range(5_000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 12)))
        assert _html_comments(text) == [m.span() for m in lazy.finditer(text)]
    # 200,000 openings never closed: the expression reads to the end from each one (minutes)
    text = "Nine people died in the fire on Monday. " + "<!-- " * 200_000
    assert _html_comments(text) == []
    source = Source(id="a", path="a.txt", text=text, published=dt.date(2024, 3, 5), content_hash="x")
    from factcheck.extract.claims import claims_of

    assert any(claim.kind == "quantity" for claim in claims_of(source))


def test_merging_pauses_the_cycle_collector_and_leaves_it_as_it_found_it(monkeypatch):
    import gc

    seen = []
    real_disable = gc.disable
    monkeypatch.setattr(gc, "disable", lambda: (seen.append("paused"), real_disable()))
    assert gc.isenabled()
    canonicalise_claims([])
    assert seen == ["paused"] and gc.isenabled()
    gc.disable()
    try:
        canonicalise_claims([])
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()
