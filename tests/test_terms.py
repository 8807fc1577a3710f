"""compare.terms: which event's length a duration gives (a sentence, a contract, a ban)."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.compare.terms import term_event
from factcheck.extract import extract_claims
from factcheck.read.segment import segment_source
from factcheck.records import Source


def _term(text: str) -> str | None:
    source = Source(id="s", path="s.txt", text=text, content_hash="test", published=dt.date(2023, 5, 2))
    (duration,) = [c for c in extract_claims(source, segment_source(source)) if c.kind == "duration"]
    return term_event(duration, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ivo Marsh was sentenced to 12 years on Monday.", "sentencing"),
        ("Ivo Marsh was sentenced on Monday to 12 years in prison.", "sentencing"),
        ("A judge sentenced him in Tarrow County court to 12 years.", "sentencing"),
        ("Ivo Marsh received a 12-year prison sentence.", "sentencing"),
        ("The club signed Ivo Marsh to a four-year contract.", "appointment"),
        ("Ivo Marsh agreed on Monday to a five-year, $40 million contract.", "appointment"),
        ("Ivo Marsh signed a three-year, €9 million deal with the Herons.", "appointment"),
        ("Ivo Marsh was handed a two-year ban by the league.", "dismissal"),
        ("Ivo Marsh was caught in Tarrow after 11 years on the run.", "flight"),
        ("Ivo Marsh, a fugitive for almost 15 years, was caught in Tarrow.", "flight"),
        ("Ivo Marsh had been in hiding for six months.", "flight"),
        ("Ivo Marsh, who escaped on Sunday, was serving 45 years for robbery.", "sentencing"),
        ("Ivo Marsh was jailed for six years at Tarrow Crown Court.", "sentencing"),
        ("Ivo Marsh was jailed on Thursday for six years.", "sentencing"),
        ("He was also banned from driving for eight years.", "driving ban"),
        ("He was disqualified from driving for 10 years.", "driving ban"),
        ("He was given an eight-year driving ban.", "driving ban"),
        # how long an incident or a jury took
        ("A gunman gave himself up after a four-hour siege at the bank.", "siege"),
        ("The standoff lasted nearly six hours, police said.", "siege"),
        ("The raid lasted less than 20 minutes.", "raid"),
        ("Jurors deliberated for nine hours before the verdict.", "deliberations"),
        ("The jury convicted him after deliberating for about nine hours.", "deliberations"),
        ("The jury deliberated about six hours on Friday.", "deliberations"),
        # how long someone has served: in all, or where they work
        ("The officer, a seven-year veteran, was put on leave.", "career"),
        ("The officer, a seven-year veteran of the force, was put on leave.", "tenure"),
        ("Ivo Marsh has been with the department for nine years.", "tenure"),
        ("Ola Brant, who has worked at Kelby General for 18 years, was named.", "tenure"),
        ("Ivo Marsh quit in May after four years in the post.", "tenure"),
        ("Ivo Marsh quit in May after four years in his job.", "tenure"),
        ("Ivo Marsh, who has played the part for four years, will leave.", "tenure"),
        ("Ivo Marsh, who has held the post for six years, resigned.", "tenure"),
        ("Ola Brant had been in the role for two years when she quit.", "tenure"),
        ("Ola Brant quit on Monday, 18 months after she took the job.", "tenure"),
        ("Ivo Marsh resigned two years after he took office.", "tenure"),
        ("Ola Brant, who led Kelby Mills for six years, was ousted.", "tenure"),
        ("Ivo Marsh, who has coached the Otters for four years, was fired.", "tenure"),
        ("Ola Brant left after eight years at the helm.", "tenure"),
        # how long a player will be out hurt
        ("Ivo Marsh will miss four to six weeks with a broken wrist.", "injury"),
        ("Ivo Marsh is expected to be out at least eight weeks.", "injury"),
        # how long a couple had been married
        ("The couple had been married for 25 years, police said.", "marriage"),
        ("Ivo Marsh and his wife were married nearly 30 years.", "marriage"),
    ],
)
def test_the_noun_or_verb_beside_a_duration_names_its_event(text: str, event: str) -> None:
    assert _term(text) == event


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Marsh lived in the town for 12 years.",
        "Ivo Marsh moved away two years after he took the photo.",
        "The four-year study of the river ended in May.",
        "Ivo Marsh, sentenced in May, returned to the town he lived in for 12 years.",
        "Ivo Marsh was sentenced in 2015 to eight years for a robbery.",
        "Ivo Marsh was previously sentenced to eight years for a robbery.",
        "Ivo Marsh ran for 11 years in the town's marathon.",
        "Ivo Marsh has played for four years in the band.",
        "Ivo Marsh, serving 20 years in the Army, was sent abroad.",
        "Ivo Marsh is serving four years as mayor of Tarrow.",
        # held before a trial, not sentenced
        "Ivo Marsh was jailed for a week before prosecutors agreed to his release.",
        "Ivo Marsh has been jailed for two months awaiting trial.",
        # a trial's length is told loosely ("a two-week trial" of eight court days): not compared
        "The trial lasted eight days.",
        "Ivo Marsh was given a 12-year robbery sentence.",  # the noun the incident names is the term's
        "Ivo Marsh married 12 years after they met.",  # when, not how long
        # the service up to another time than the report's
        "Ivo Marsh was 25 at the time and a three-year veteran of the force.",
        "In 2012 Ivo Marsh was a three-year veteran of the force.",
        "Ivo Marsh has lived with his mother for nine years.",
        "Ivo Marsh led police on a chase for 20 minutes.",
        "Ivo Marsh led the league in scoring for two years.",
    ],
)
def test_a_duration_beside_no_such_word_is_no_term(text: str) -> None:
    assert _term(text) is None
