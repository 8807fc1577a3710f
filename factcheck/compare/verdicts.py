"""The verdict on each claim of a draft, from the story frame of its sources.

The frame is built from the SOURCES ONLY (:func:`factcheck.compare.frame.build_frame`), so that the
sources' own discrepancies, and their ids, are the same whether or not a draft is audited. Each
claim of the draft is then placed in that frame by the same reading as a source's claim
(:func:`~factcheck.compare.frame.place_claim`) and judged against the sources' values of that fact
by the same rules as the comparison; a claim the frame does not place goes through the alignment
(:mod:`factcheck.compare.align`) and the recurrence reasoning (:mod:`factcheck.compare.recurrence`)
with the sources' claims:

- **supported**: sources state the same value (or one it agrees with), and more independent sources
  do so than state one that cannot hold with it;
- **contradicted**: more independent sources state a value that cannot hold with it (which quotes,
  the rule's explanation and arithmetic); sources on its side are listed too;
- **disputed**: as many independent sources on each side (the sources are split), or more against
  it where the frame is not sure they speak of the same fact (a dateline's town; weekdays in reports
  a week apart);
- **unverified**: no source speaks of that fact;
- **suppressed**: contradicted, but a ``<!-- factcheck: ignore CODE -->`` directive in the draft
  accepts it (:mod:`factcheck.run.audit`).

Sentences of the draft without a typed value get a verdict too (:mod:`factcheck.compare.statements`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict

from factcheck import __version__

# The comparison's own choices, so that a draft is judged exactly as a source: which rules judge an
# attribute of the frame, which families the frame states, which words tell of an update.
from factcheck.compare import ATTRIBUTE_RULES, FRAMED_FAMILIES, REVISION, STATED_AS_CHANGE, sure_times, tolls
from factcheck.compare.align import FAMILY_RULES, event_key, event_verb, slots
from factcheck.compare.blocks import block_readings
from factcheck.compare.borrowed import borrowed_dates
from factcheck.compare.bouts import is_bout_reading
from factcheck.compare.fact_keys import FAMILY_OF_ATTRIBUTE
from factcheck.compare.findings import claim_ref
from factcheck.compare.frame import FactKey, StoryFrame, build_frame, place_claim
from factcheck.compare.groups import group_age_claims, group_ages_of_newcomers, is_group_reading
from factcheck.compare.occurrences import is_read
from factcheck.compare.people import name_words, same_person, spelt_alike
from factcheck.compare.phones import phone_readings
from factcheck.compare.play_facts import is_play_reading, play_readings
from factcheck.compare.recurrence import (
    Bound,
    Proposition,
    find_conflict,
    propositions,
    satisfiable,
    series_groups,
    series_words,
)
from factcheck.compare.rules import Rule, RuleContext, all_rules
from factcheck.compare.rules.polarity import is_negative
from factcheck.compare.scores import is_score_reading
from factcheck.compare.standings import is_record_reading, team_record_claims
from factcheck.compare.whose import age_person, named_person
from factcheck.records import (
    SCHEMA_VERSION,
    Claim,
    ClaimRef,
    Discrepancy,
    Severity,
    Source,
    SourceInfo,
)
from factcheck.values import describe, value_key

if TYPE_CHECKING:
    from factcheck.compare import CompareOptions

Label = Literal["supported", "contradicted", "disputed", "unverified", "suppressed"]
LABELS: tuple[Label, ...] = ("contradicted", "disputed", "supported", "unverified", "suppressed")


class Evidence(BaseModel):
    """The sources' quotes on one side of a draft claim."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sources: tuple[str, ...] = ()
    independent_sources: int = 0
    claims: tuple[ClaimRef, ...] = ()


class DraftClaim(BaseModel):
    """One checkable statement of the draft and its verdict.

    ``kind`` is the claim's kind, or ``statement`` for a sentence without a typed value; ``fact``
    names the fact it was judged on ("the date of the visit"); ``severity`` is what the verdict
    weighs at the draft's gate (contradicted: error, or warning when found only by a parallel
    sentence; disputed and unverified: as configured); ``rules`` the codes of the conflicts found.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    claim: str
    kind: str
    start: int
    end: int
    quote: str
    value: str | None = None
    fact: str | None = None
    label: Label
    severity: Severity | None = None
    supported_by: Evidence = Evidence()
    contradicted_by: Evidence = Evidence()
    explanations: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()


class AuditReport(BaseModel):
    """The audit of one draft: its statements with verdicts, then the discrepancies among the sources
    (exactly those ``factcheck check`` finds on the sources alone)."""

    model_config = ConfigDict(extra="forbid")

    schema_version: str = SCHEMA_VERSION
    tool_version: str = __version__
    draft: SourceInfo
    sources: list[SourceInfo]
    claims: list[DraftClaim]
    discrepancies: list[Discrepancy]

    def count(self, label: Label) -> int:
        return sum(1 for claim in self.claims if claim.label == label)


# --------------------------------------------------------------------------
# What one source says about a draft claim


@dataclass
class _Against:
    claims: list = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    explanations: list[str] = field(default_factory=list)


@dataclass
class _Judgement:
    fact: str | None = None
    support: list = field(default_factory=list)
    against: _Against = field(default_factory=_Against)
    confident: bool = True
    spoken: bool = False


class DraftJudge:
    """Judges a draft's claims against the frame and the claims of its sources."""

    def __init__(
        self,
        draft: Source,
        sources: Sequence[Source],
        source_claims: Sequence[Claim],
        options: CompareOptions | None = None,
        groups: Mapping[str, str] | None = None,
    ):
        from factcheck.compare import CompareOptions
        from factcheck.read.segment import segment_source

        options = options or CompareOptions()
        self.draft = draft
        self.sources = {s.id: s for s in sources}
        self.groups = dict(groups or {})
        self.published = {s.id: s.published for s in (*sources, draft)}
        self.texts = {s.id: s.text for s in (*sources, draft)}
        self.context = RuleContext(self.published, self.texts, options.tolerances)
        self.rules: dict[str, Rule] = {r.code: r for r in all_rules() if r.code not in options.disabled_rules}
        # the sources' claims without the frame's own readings: the frame reads those again
        self.source_claims = [c for c in source_claims if not _frame_reading(c)]
        segments = {s.id: segment_source(s) for s in sources}
        # the draft is one more report: a count one source gives is checked against the draft's
        self.frame: StoryFrame = build_frame(sources, self.source_claims, segments, counting_sources=1)
        self.frame.published[draft.id] = draft.published
        self.draft_segments = segment_source(draft)
        self.framed = {c.id for members in self.frame.facts.values() for c in members}
        self._content = {i: [x for x in found if x.content] for i, found in segments.items()}
        self._plays: dict[str, FactKey] = {}
        self._newcomers: dict[str, FactKey] = {}
        self._newcomer_names: dict[str, str] = {}

    def join_people(self, claims: Sequence) -> None:
        """The draft's people as the sources' participants: a name the sources write otherwise
        ("Catherine Reed" for "Katherine Reed", "Ann Lee" for "Ann Mae Lee") is the participant's when
        it can be only that one's, as a source's name joins another's."""
        names = {
            pid: [name_words(name) for name in person.names]
            for pid, person in self.frame.participants.items()
        }
        for claim in claims:
            if (
                claim.kind != "entity"
                or claim.value.kind != "person"
                or claim.value.id in self.frame.person_of
            ):
                continue
            mine = name_words(claim.value.name)
            if len(mine) < 2:
                continue
            matches = [
                pid
                for pid, written in names.items()
                if any(same_person(mine, other) or spelt_alike(mine, other) for other in written)
            ]
            if len(matches) == 1:
                self.frame.person_of[claim.value.id] = matches[0]
                self.frame.add_name(matches[0], claim.value.name)

    def readings(self) -> list:
        """What the frame reads in the draft as in a source beyond extraction: where each named person
        lives ("Jo Reed, 36, of Easton"), ages given to a group, teams' records, street blocks."""
        from factcheck.compare.readings import residence_readings

        content = [s for s in self.draft_segments if s.content]
        return [
            *residence_readings(self.draft, content, self.frame.people_in),
            *block_readings(self.draft, content),
            *phone_readings(self.draft, content),
            *group_age_claims(self.frame, self.draft, content),
            *team_record_claims(self.frame, self.draft, content),
            *self._play_readings(content),
        ]

    def _play_readings(self, content: Sequence) -> list:
        """The facts of the draft's plays, each with the sources' tellings of the same play: which
        mentions are one play is read of the sources and the draft together (:mod:`.play_facts`)."""
        sources = [*self.sources.values(), self.draft]
        theirs: dict[FactKey, list] = {}
        mine = []
        found = play_readings(sources, {**self._content, self.draft.id: content}, self.frame.incident)
        for key, claim in found:
            if claim.source == self.draft.id:
                self._plays[claim.id] = FactKey(*key)
                mine.append(claim)
            else:
                theirs.setdefault(FactKey(*key), []).append(claim)
        for key in sorted(set(self._plays.values())):
            self.frame.facts[key] = theirs.get(key, [])
        return mine

    def read_group_ages_for(self, claims: Sequence) -> None:
        """The sources' ages of a group ("two children, ages 4 and 7") as the ages of the people the
        draft names with an age and no source names ("Ana Ruiz, 8"): each such draft age is then
        judged against them, as the group's ages are when the draft gives the list and a source the
        names (:func:`~factcheck.compare.groups.group_ages_of_newcomers`)."""
        newcomers: dict[str, tuple[str, int]] = {}
        for claim in claims:
            if claim.kind != "age" or named_person(claim, self.frame) is not None:
                continue
            person = claim.subject or age_person(claim)
            if person and len(claim.value.person.split()) >= 2:
                newcomers.setdefault(person, (claim.value.person, claim.value.years))
                self._newcomers[claim.id] = FactKey("age", person)
        for reading in group_ages_of_newcomers(
            self.frame, [self.sources[i] for i in sorted(self.sources)], self._content, newcomers
        ):
            self.frame.facts.setdefault(FactKey("age", reading.subject), []).append(reading)
            self._newcomer_names[reading.subject] = newcomers[reading.subject][0]
        self._newcomers = {
            i: key for i, key in self._newcomers.items() if key.subject in self._newcomer_names
        }

    def independent(self, sources) -> int:
        return len({self.groups.get(s, s) for s in sources})

    # ---------------------------------------------------------------- the frame

    def place(self, claim) -> list[FactKey]:
        if claim.id in self._plays:
            return [self._plays[claim.id]]
        if claim.id in self._newcomers:
            return [self._newcomers[claim.id]]
        if self.frame.incident is None and claim.kind != "age":
            return []
        keys = place_claim(self.frame, claim, self.draft.text, self.draft.published, self.draft_segments)
        # a day is also a weekday: "Monday, Jan. 3" is judged against the sources' bare "Tuesday" of one
        # event, and a bare weekday against their dates
        days = [_same_day_key(key) for key in keys if key.attribute in ("date", "weekday")]
        return [*keys, *(key for key in days if key in self.frame.facts)]

    def on_fact(self, claim, key: FactKey) -> _Judgement:
        family = FAMILY_OF_ATTRIBUTE[key.attribute]
        codes = ATTRIBUTE_RULES.get(key.attribute, FAMILY_RULES[family])
        name = self._newcomer_names.get(key.subject) if key.attribute == "age" else None
        judgement = _Judgement(fact=f"the age of {name}" if name else self.frame.name_of(key))
        members = self.frame.facts.get(key, [])
        self._pairwise(
            claim,
            members,
            codes,
            judgement,
            updates=family not in STATED_AS_CHANGE,
            # the time of day of one event: the day a bare "1:30 a.m." was read on is its report's, a guess
            clock_only=key.attribute == "time",
        )
        if judgement.against.claims:
            judgement.confident = self.frame.confident(key, [[claim], judgement.against.claims])
        return judgement

    def _pairwise(
        self,
        claim,
        members: Sequence,
        codes: Sequence[str],
        judgement: _Judgement,
        updates: bool = True,
        clock_only: bool = False,
    ) -> None:
        # counts of people taken to hospital are judged as the check judges them, as lower bounds
        lower_bounds = self.frame.lower_bounds
        if claim.id in self.frame.to_hospital and claim.kind == "quantity" and claim.value.low is not None:
            claim = tolls.at_least(claim, tolls.most_dead(self.frame.facts, FactKey))
        for member in members:
            if member.source == self.draft.id or _present(member):
                continue
            judgement.spoken = True
            found = None
            if (value_key(member), is_negative(member)) != (value_key(claim), is_negative(claim)):
                if clock_only:
                    found = self._conflict(_clock_only(claim), _clock_only(member), codes, updates)
                else:
                    found = self._conflict(claim, lower_bounds.get(member.id, member), codes, updates)
            if found is None:
                judgement.support.append(member)
            else:
                judgement.against.claims.append(member)
                judgement.against.codes.append(found[0])
                judgement.against.explanations.append(found[1])

    def _conflict(self, claim, member, codes: Sequence[str], updates: bool = True) -> tuple[str, str] | None:
        for code in codes:
            rule = self.rules.get(code)
            if rule is None or rule.check is None:
                continue
            found = rule.check(claim, member, self.context)
            if found is not None:
                # "revised to 12", "initially reported as": an update, not a disagreement
                sentences = (self.context.sentence(claim), self.context.sentence(member))
                if updates and any(REVISION.search(sentence) for sentence in sentences):
                    return None
                return code, found.explanation
        return None

    # ---------------------------------------------------------------- the alignment

    def aligned(self, claims: Sequence) -> dict[str, _Judgement]:
        """The alignment's slots for the draft's claims the frame does not place."""
        result: dict[str, _Judgement] = {}
        if not claims:
            return result
        ids = {c.id for c in claims}
        for slot in slots([*self.source_claims, *claims], self.published, self.texts):
            mine = [c for c in slot.claims if c.id in ids]
            if not mine:
                continue
            theirs = [c for c in slot.claims if c.source != self.draft.id]
            if slot.family in FRAMED_FAMILIES:
                theirs = [c for c in theirs if c.id not in self.framed]
            if not theirs:
                continue
            for claim in mine:
                judgement = result.setdefault(claim.id, _Judgement(fact=slot.fact))
                self._pairwise(claim, theirs, slot.rules, judgement)
                if slot.family == "time" and judgement.against.claims:
                    # as the comparison: times read against dates far apart, or an event nobody did
                    judgement.confident = _sure_time(slot.key, judgement.against.claims, claim, self)
        return result

    # ---------------------------------------------------------------- series of events

    def _doers(self, claim) -> str:
        """The story's people a draft claim's sentence names, as an event key names its doers."""
        sentence = self.draft.text[claim.sentence_start : claim.sentence_end]
        return "+".join(sorted({pid for _, _, pid in self.frame.people_in(sentence)}))

    def series(self, claims: Sequence) -> dict[str, _Judgement]:
        """Recurrence claims of the draft ("his first visit in 24 years") against each source's
        statements about the same series, read as constraints on its dates."""
        result: dict[str, _Judgement] = {}
        known = {
            event_key(c.event) for c in self.source_claims if c.kind == "recurrence" and event_key(c.event)
        }
        series_of = {c.id: _series_for(c, known, self.source_claims, self._doers(c)) for c in claims}
        # a count of earlier occurrences ("has two prior convictions") and the ordinals of its noun
        groups = series_groups([*self.source_claims, *claims], self.texts)
        unnamed = {k: g for k, g in groups.items() if all(event_key(c.event) != k for c in g)}
        for key, group in unnamed.items():
            series_of |= {c.id: key for c in group if c.source == self.draft.id}
        for key in sorted({k for k in series_of.values() if k}):
            noun, fact = series_words(key, unnamed.get(key, ()))
            members = [
                c
                for c in self.source_claims
                if c.kind in ("recurrence", "time")
                and event_key(c.event) == key
                and (c.kind == "recurrence" or _series_has(self.source_claims, key, c.source))
            ]
            if key in unnamed:
                members = [c for c in unnamed[key] if c.source != self.draft.id]
            by_source: dict[str, list[Proposition]] = {}
            for source in sorted({c.source for c in members}):
                by_source[source] = propositions(
                    [c for c in members if c.source == source], self.published, noun, self.texts
                )
            index = {c.id: c for c in members}
            for claim in claims:
                if series_of[claim.id] != key:
                    continue
                own = propositions([claim], self.published, noun, self.texts)
                if not own:
                    continue
                judgement = result.setdefault(claim.id, _Judgement(fact=fact))
                for props in by_source.values():
                    if not props or not _holds(props):
                        continue  # a source that contradicts itself says nothing sure
                    judgement.spoken = True
                    if not _holds([*props, *own]):
                        witness = _witnesses(props, own)
                        judgement.against.claims += [index[c] for p in witness for c in p.claims]
                        conflict = find_conflict(key, [*props, *own], lambda s: len(set(s)))
                        judgement.against.codes.append("FC401")
                        judgement.against.explanations.append(
                            conflict.explanation if conflict else "the series cannot hold"
                        )
                    else:
                        implying = _implying(props, own) or _alike_in_shape(props, claim, index)
                        judgement.support += [index[c] for p in implying for c in p.claims]
        return result

    # ---------------------------------------------------------------- the verdict

    def verdict(self, claim, judgement: _Judgement | None) -> DraftClaim:
        judgement = judgement or _Judgement()
        support = [c for c in judgement.support if c.id not in {a.id for a in judgement.against.claims}]
        supported_by = self.evidence(support, "agree")
        contradicted_by = self.evidence(judgement.against.claims, "against")
        pro, con = supported_by.independent_sources, contradicted_by.independent_sources
        if pro and con and pro == con:
            # split evenly: the better-attributed side (a source's own statement over "reportedly")
            pro, con = pro + _asserted(support), con + _asserted(judgement.against.claims)
        severity: Severity | None = None
        label: Label
        if con and con > pro and judgement.confident:
            label = "contradicted"
            severity = Severity.error
        elif con and con >= pro:
            # split sources, or a value the frame is not sure speaks of the same fact (a dateline's
            # town, reports a week apart): for the editor to look at, not a contradiction
            label = "disputed"
        elif pro or con:
            label = "supported"
        else:
            label = "unverified"
        return DraftClaim(
            claim=claim.id,
            kind=claim.kind,
            start=claim.start,
            end=claim.end,
            quote=claim.quote,
            value=describe(claim),
            fact=judgement.fact,
            label=label,
            severity=severity,
            supported_by=supported_by,
            contradicted_by=contradicted_by,
            explanations=tuple(dict.fromkeys(judgement.against.explanations)),
            rules=tuple(sorted(set(judgement.against.codes))),
        )

    def evidence(self, claims: Sequence, side: str) -> Evidence:
        return self.evidence_of([claim_ref(c, side) for c in claims])

    def evidence_of(self, refs: Sequence[ClaimRef]) -> Evidence:
        unique = {ref.claim: ref for ref in refs}
        ordered = sorted(unique.values(), key=lambda r: (r.source, r.start, r.end, r.claim))
        sources = sorted({ref.source for ref in ordered})
        return Evidence(
            sources=tuple(sources),
            independent_sources=self.independent(sources),
            claims=tuple(ordered),
        )


def _same_day_key(key: FactKey) -> FactKey:
    """The fact that states the same day of the same event another way: the weekday of a date's event
    and the date of a weekday's."""
    other = "weekday" if key.attribute == "date" else "date"
    return FactKey(other, key.subject, key.event, key.thing)


def _clock_only(claim):
    """A time claim without its day: its clock is compared alone."""
    return claim.model_copy(update={"value": claim.value.model_copy(update={"start": None, "end": None})})


def _frame_reading(claim) -> bool:
    """Whether the frame read a claim itself (it reads the sources again): a lead's or a residence's
    reading, a group's age, a team's record, a play, a final score, a bout's round, or a town or day it
    derived from a claim."""
    return (
        is_read(claim)
        or ":residence:" in claim.id
        or is_group_reading(claim)
        or is_record_reading(claim)
        or is_play_reading(claim)
        or is_score_reading(claim)
        or is_bout_reading(claim)
        or claim.id.endswith((":town", ":day"))
    )


def _asserted(claims: Sequence) -> int:
    """1 when some claim is stated outright (not hedged, alleged or only expected), else 0."""
    return int(any(c.stance.kind in ("asserted", "attributed") for c in claims))


def _series_for(claim, known: set[str], source_claims: Sequence, doers: str = "") -> str | None:
    """The sources' series a draft claim speaks of: its own event key when a source has it; else the
    series of the same kind of event, done by the same people (by surname; anyone's when the claim
    names no one: "It is his first visit"), to the same place if it names one, that most sources
    tell of."""
    if claim.kind not in ("recurrence", "time"):
        return None
    key = event_key(claim.event)
    if key in known:
        return key
    if claim.kind == "time":
        return None  # a bare date joins a series only through its own key
    verb = event_verb(key) if key else (claim.value.series or "")
    agent, _, patient = key.partition(":")[2].partition(">")
    agent = agent or doers  # "Putin and Kim Jong Un held their first summit": the sentence's people
    if not verb:
        return None
    candidates = [
        k
        for k in known
        if event_verb(k) == verb
        and (not patient or k.endswith(">" + patient))
        and _same_doers(agent, k.partition(":")[2].partition(">")[0])
    ]
    if not candidates:
        return None
    weight = {k: len({c.source for c in source_claims if event_key(c.event) == k}) for k in candidates}
    # a series whose doers are named before one that names none, then the one most sources tell of
    return min(candidates, key=lambda k: (not k.partition(":")[2].partition(">")[0], -weight[k], k))


def _same_doers(mine: str, theirs: str) -> bool:
    """Whether a draft's event names the doers a source's does, by surname ("kim_jong_un+putin" and
    "kim_jong_un+vladimir_putin"); a draft's event that names none may be anyone's."""
    if not mine:
        return True
    surnames = {person.rsplit("_", 1)[-1] for person in theirs.split("+") if person}
    return all(person.rsplit("_", 1)[-1] in surnames for person in mine.split("+"))


def _series_has(claims: Sequence, key: str, source: str) -> bool:
    return any(c.kind == "recurrence" and c.source == source and event_key(c.event) == key for c in claims)


def _holds(props: Sequence[Proposition]) -> bool:
    return satisfiable([b for p in props for b in p.bounds])


def _witnesses(props: Sequence[Proposition], own: Sequence[Proposition]) -> list[Proposition]:
    """The source's propositions that take part in a smallest set that cannot hold with the draft's."""
    import itertools

    for size in range(1, min(4, len(props) + 1)):
        found = [
            p for subset in itertools.combinations(props, size) if not _holds([*subset, *own]) for p in subset
        ]
        if found:
            return list(dict.fromkeys(found))
    return list(props)


def _anchored(value) -> bool:
    return value.window_start is not None or value.previous_gap_years is not None


def _alike_in_shape(props: Sequence[Proposition], claim, index: Mapping) -> list[Proposition]:
    """The source's propositions that say, consistently with the draft, the same kind of thing at
    another precision: the same ordinal counted from a point ("the first since 2000" and "the first
    in 24 years", whose window is a year wide either way)."""
    if claim.kind != "recurrence" or not _anchored(claim.value):
        return []
    return [
        p
        for p in props
        if any(
            index[c].kind == "recurrence"
            and index[c].value.ordinal == claim.value.ordinal
            and _anchored(index[c].value)
            for c in p.claims
        )
    ]


def _implying(props: Sequence[Proposition], own: Sequence[Proposition]) -> list[Proposition]:
    """The fewest of the source's propositions that imply the draft's (none when they do not)."""
    import itertools

    if not _implied(props, own):
        return []
    for size in range(1, min(3, len(props)) + 1):
        for subset in itertools.combinations(props, size):
            if _implied(subset, own):
                return list(subset)
    return list(props)


def _implied(props: Sequence[Proposition], own: Sequence[Proposition]) -> bool:
    """Whether the source's propositions imply every bound of the draft's: each way the draft's
    bound could fail is impossible given what the source says."""
    bounds = [b for p in props for b in p.bounds]
    for prop in own:
        for bound in prop.bounds:
            negations = []
            if bound.low > 0:
                negations.append(Bound(bound.start, bound.end, 0, bound.low - 1))
            if bound.high is not None:
                negations.append(Bound(bound.start, bound.end, bound.high + 1, None))
            if any(satisfiable([*bounds, negation]) for negation in negations):
                return False
    return True


def _sure_time(key: tuple[str, ...], against: Sequence, claim, judge: DraftJudge) -> bool:
    """As the comparison (:func:`factcheck.compare.sure_times`)."""
    return sure_times(key[1] if len(key) > 1 else "", [claim, *against], judge.published)


# --------------------------------------------------------------------------
# The whole draft


def checkable(claim) -> bool:
    """A statement about a fact; a bare mention of a person or place states nothing a source could
    support or contradict (its sentence gets a statement's verdict instead)."""
    if claim.kind == "entity":
        return claim.predicate in ("place", "residence")
    return not _present(claim)


def _mention(claim) -> bool:
    """A title written before a name ("Russian President Vladimir Putin") mostly names someone: it is
    judged (two holders of one title cannot both be right) but shown only when a source disagrees;
    a numbered title ("the 14th chancellor") states something."""
    return claim.kind == "role" and claim.value.ordinal is None


def _present(claim) -> bool:
    """ "currently", "the current": a state at the time of writing, not the date of an event."""
    return claim.kind == "time" and claim.value.timex_value == "PRESENT_REF"


def judge_draft(
    draft: Source,
    draft_claims: Sequence[Claim],
    sources: Sequence[Source],
    source_claims: Sequence[Claim],
    options: CompareOptions | None = None,
    groups: Mapping[str, str] | None = None,
    statements: Callable[[DraftJudge, Sequence[Claim], list[DraftClaim]], list[DraftClaim]] | None = None,
) -> list[DraftClaim]:
    """The verdict on each checkable claim of ``draft``, in text order; ``statements`` then completes
    them from the sources' sentences (:func:`factcheck.compare.statements.sentence_verdicts`)."""
    # an undated draft reads "in January" within its sources' span of days, as an undated source does
    borrowed = borrowed_dates([draft, *sources], [c for c in draft_claims if c.source == draft.id])
    draft_claims = [borrowed.get(claim.id, claim) for claim in draft_claims]
    judge = DraftJudge(draft, sources, source_claims, options, groups)
    judge.join_people(draft_claims)
    mine = [*(c for c in draft_claims if c.source == draft.id), *judge.readings()]
    claims = sorted(mine, key=lambda c: (c.start, -c.end, c.id))
    claims = [c for c in claims if not _occurrence_of_another(c, claims)]
    judge.read_group_ages_for(claims)
    judgements: dict[str, _Judgement] = {}
    unplaced = []
    for claim in claims:
        keys = judge.place(claim) if checkable(claim) or claim.kind == "entity" else []
        if keys:
            judgements[claim.id] = _on_facts(judge, claim, keys)
        elif checkable(claim):
            unplaced.append(claim)
    for claim_id, judgement in judge.aligned(unplaced).items():
        judgements.setdefault(claim_id, judgement)
    for claim_id, judgement in judge.series(unplaced).items():
        if claim_id not in judgements or not judgements[claim_id].spoken:
            judgements[claim_id] = judgement
    verdicts = [
        judge.verdict(claim, judgements.get(claim.id))
        for claim in claims
        if checkable(claim) or claim.id in judgements
    ]
    mentions = {c.id for c in claims if _mention(c)}
    verdicts = [v for v in verdicts if v.claim not in mentions or v.label in ("contradicted", "disputed")]
    verdicts = [v for v in verdicts if v.label != "unverified" or not _inside_another(v, verdicts)]
    if statements is not None:
        verdicts = statements(judge, claims, verdicts)
    return sorted(verdicts, key=lambda v: (v.start, -v.end, v.claim))


def _on_facts(judge: DraftJudge, claim, keys: Sequence[FactKey]) -> _Judgement:
    """One judgement of a claim placed in several facts. A day and its weekday are one fact, their
    sources pooled; of distinct facts ("at 8 p.m. Sunday": the day and the time of day), one the claim
    is contradicted on is judged alone: sources that agree on the day do not outvote those that give
    another hour."""
    by_fact: dict[object, _Judgement] = {}
    for key in keys:
        one = judge.on_fact(claim, key)
        merged = by_fact.setdefault("day" if key.attribute in ("date", "weekday") else key, _Judgement())
        merged.fact = merged.fact or one.fact
        merged.support += one.support
        merged.against.claims += one.against.claims
        merged.against.codes += one.against.codes
        merged.against.explanations += one.against.explanations
        merged.confident = merged.confident and one.confident
        merged.spoken = merged.spoken or one.spoken
    judged = list(by_fact.values())
    chosen = next((one for one in judged if one.against.claims), judged[0])
    chosen.spoken = any(one.spoken for one in judged)
    if chosen.against.claims:
        return chosen
    for other in judged[1:]:
        chosen.support += other.support
    return chosen


def _occurrence_of_another(claim, claims: Sequence) -> bool:
    """Whether a time only dates a recurrence of its sentence ("first visited North Korea in 2003"):
    the recurrence's verdict speaks for both, so one wrong year is one contradicted claim."""
    return claim.kind == "time" and any(
        other.kind == "recurrence"
        and other.sentence_start == claim.sentence_start
        and other.value.occurrence == claim.value
        for other in claims
    )


def _inside_another(verdict: DraftClaim, verdicts: Sequence[DraftClaim]) -> bool:
    """Whether the claim's span lies inside a longer claim's ("2019" in "his second visit since
    2019"): unverified, it adds nothing to the longer claim's verdict."""
    return any(
        other.start <= verdict.start
        and verdict.end <= other.end
        and (other.end - other.start) > (verdict.end - verdict.start)
        for other in verdicts
    )
