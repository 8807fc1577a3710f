"""The story frame and comparison: the sources and claims of one story in, findings (and its report) out.

``compare(sources, claims)`` first builds the story frame
(:mod:`factcheck.compare.frame`: the incident, the people, the facts, read with
:mod:`~factcheck.compare.lexicon`, :mod:`~factcheck.compare.sentences`,
:mod:`~factcheck.compare.people`, :mod:`~factcheck.compare.roles`,
:mod:`~factcheck.compare.towns` and :mod:`~factcheck.compare.readings`), then
puts the claims the frame does not place into the alignment's fact slots
(:mod:`factcheck.compare.align`), runs the rules of each fact on its distinct
values (:mod:`factcheck.compare.rules`, one module per kind of conflict),
reasons over series of events (:mod:`factcheck.compare.recurrence`) and
returns :class:`Findings`: one discrepancy per disputed fact (named in plain
words, :mod:`~factcheck.compare.naming`), the facts of the story
(:mod:`~factcheck.compare.facts`), the facts several independent sources agree
on, and the claims only one source makes.
:func:`report_of` makes of them the :class:`~factcheck.records.Report` of the
story; :mod:`factcheck.compare.verdicts` judges each claim of a draft by them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter

from pydantic import BaseModel, ConfigDict, Field

from factcheck import __version__
from factcheck.compare.align import FAMILY_RULES, STORY_SUBJECT, Slot, accumulates, normal, slots
from factcheck.compare.borrowed import borrowed_dates
from factcheck.compare.fact_keys import FAMILY_OF_ATTRIBUTE
from factcheck.compare.facts import story_facts
from factcheck.compare.findings import ClaimSide, corroboration, discrepancy
from factcheck.compare.frame import SAME_WEEK_DAYS, FactKey, StoryFrame, build_frame
from factcheck.compare.independence import independence_groups
from factcheck.compare.naming import entity_name
from factcheck.compare.parties import distinct_parties, police_ranked
from factcheck.compare.parts import SourceParts, source_parts
from factcheck.compare.recurrence import find_conflict, propositions, series_groups, series_words
from factcheck.compare.rules import Conflict, Rule, RuleContext, Tolerances, all_rules
from factcheck.compare.rules.polarity import is_negative
from factcheck.extract.documents import named_by_its_thing
from factcheck.records import Claim, Corroboration, Discrepancy, Fact, Report, Severity, Source, source_info
from factcheck.values import describe, value_key

# A sentence that reports a value as changed: the values it relates are an
# update, not a disagreement ("raised the toll to 12", "revised to 4.2",
# "initially reported as 4.4", "the hearing was postponed to Friday").
REVISION = re.compile(
    r"\b(revised|revise|updated|corrected|earlier reported|first reported|postponed|rescheduled|delayed|"
    r"brought forward)\b"
    # A level's change tells a revision only with the value it went to or from ("the toll rose to 12",
    # "raised the count of the dead to 9", "upgraded the quake to magnitude 7.1"); "a guard raised the alarm
    # at 11:20 p.m." or "grew up in Leeds" changes no value. A number right after the verb is its change
    # ("shares rose 20 percent").
    r"|\b(?:raised|rose|risen|climbed|increased|upgraded|downgraded|lowered|jumped|grew)"
    r"(?:(?:\s+[\w'\u2019-]+){0,7}?\s+(?:to|from|by|past|above))?\s+(?:(?:at\s+least|about|nearly|more\s+than|"
    r"magnitude|category|an?|\$)\s*)*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|hundreds?|thousands?)\b)"
    # "initially reported as 4.4", "was originally set for May", "initially 10": an earlier value; not
    # "he was initially concerned", "originally from Leeds"
    r"|\b(?:initially|originally)\s+(?:(?:was|were|been|had|being)\s+)*(?:said|reported|put|estimated|thought|"
    r"believed|identified|listed|gave|given|announced|scheduled|set|planned|charged|described|told|stated|"
    r"indicated|counted|numbered|stood|expected|called|named|booked|\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\b",
    re.IGNORECASE,
)
# Facts stated in words of change that tell no revision: "the Otters' record rose to 7-3" is the record
# after the game.
STATED_AS_CHANGE = frozenset({"record"})
# Slots that exist only to run a rule across facts (a zero count of any harm
# against each harm; a person's ordinal): agreement there repeats a
# corroboration of the main slot.
_CHECK_ONLY_FAMILIES = frozenset({"harm", "person-title"})
_SEVERITY_ORDER = {Severity.error: 0, Severity.warning: 1, Severity.info: 2}


@dataclass(frozen=True)
class CompareOptions:
    """What the comparison may be told: tolerances, rules switched off, severities changed."""

    tolerances: Tolerances = field(default_factory=Tolerances)
    disabled_rules: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)


class Findings(BaseModel):
    """The verdicts of one comparison, in report order."""

    model_config = ConfigDict(extra="forbid")

    discrepancies: list[Discrepancy] = Field(default_factory=list)
    corroborations: list[Corroboration] = Field(default_factory=list)
    single_source: list[str] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    readings: list[Claim] = Field(default_factory=list)
    # claims of undated sources resolved from the story's publication dates (:mod:`.borrowed`)
    inferred: list[Claim] = Field(default_factory=list)
    comparisons: int = 0


@dataclass
class _ValueClass:
    """The claims of one slot that state one value with one polarity."""

    value: str
    claims: list = field(default_factory=list)

    @property
    def speakers(self) -> frozenset[str] | None:
        """The speakers every claim is attributed to, or None when some claim is the source's own."""
        names = set()
        for claim in self.claims:
            if claim.stance.kind == "asserted" or not claim.stance.speaker:
                return None
            names.add(normal(claim.stance.speaker))
        return frozenset(names)


def _speaker_names(cls: _ValueClass) -> set[str]:
    """The speakers of a side as a reader writes them: a person or body extraction named by its id
    ("jo_reed") by its name ("Jo Reed"); a phrase ("police") as it was written."""
    return {
        entity_name(claim.stance.speaker) if "_" in claim.stance.speaker else claim.stance.speaker
        for claim in cls.claims
        if claim.stance.speaker
    }


class _Judge:
    def __init__(
        self,
        sources: Sequence[Source],
        options: CompareOptions,
        shingles: Mapping | None = None,
        police: frozenset[str] = frozenset(),
    ):
        self.options = options
        self.police = police  # the speakers titled with a police rank (:mod:`.parties`)
        self.published = {s.id: s.published for s in sources}
        self.groups = independence_groups(sources, shingles)
        self.context = RuleContext(self.published, {s.id: s.text for s in sources}, options.tolerances)
        self.rules: dict[str, Rule] = {r.code: r for r in all_rules() if r.code not in options.disabled_rules}
        self.comparisons = 0
        self._revised: dict[tuple[str, int, int], bool] = {}

    def independent(self, source_ids) -> int:
        return len({self.groups.get(s, s) for s in source_ids})

    def severity(self, code: str) -> Severity:
        return self.options.severities.get(code, self.rules[code].severity)

    def revised(self, claim) -> bool:
        # once per sentence: a sentence is asked about for every pair of values its claims are in
        key = (claim.source, claim.sentence_start, claim.sentence_end)
        if key not in self._revised:
            self._revised[key] = bool(REVISION.search(self.context.sentence(claim)))
        return self._revised[key]

    def _is_update(self, slot: Slot, first: _ValueClass, second: _ValueClass) -> bool:
        if slot.family not in STATED_AS_CHANGE and any(
            self.revised(c) for c in (*first.claims, *second.claims)
        ):
            return True
        if slot.family not in ("quantity", "record") or first.claims[0].value.measure != "count":
            return False
        if slot.family == "quantity" and not all(
            accumulates(c.value.counted or "") for c in (*first.claims, *second.claims)
        ):
            return False  # "25 crew" and a later "28 crew": what the event was made of does not grow
        low, high = sorted((first, second), key=lambda cls: cls.claims[0].value.low or 0)
        low_dates = [self.published.get(c.source) for c in low.claims]
        high_dates = [self.published.get(c.source) for c in high.claims]
        if None in low_dates or None in high_dates:
            return False
        return max(low_dates) < min(high_dates)

    def judge(self, slot: Slot) -> tuple[Discrepancy | None, Corroboration | None]:
        classes: dict[tuple[str, bool], _ValueClass] = {}
        for claim in slot.claims:
            key = (value_key(claim), is_negative(claim))
            classes.setdefault(key, _ValueClass(key[0])).claims.append(claim)
        ordered = [classes[key] for key in sorted(classes)]
        conflicts: list[tuple[str, Conflict, _ValueClass, _ValueClass, bool]] = []
        for i, first in enumerate(ordered):
            for second in ordered[i + 1 :]:
                self.comparisons += 1
                found = self._conflict(slot, first, second)
                if found is None or self._is_update(slot, first, second):
                    continue
                speakers = first.speakers, second.speakers
                dispute = None not in speakers and distinct_parties(*speakers, self.police)
                conflicts.append((found[0], found[1], first, second, dispute))
        if not conflicts:
            return None, self._agreement(slot, ordered)
        return self._discrepancy(slot, conflicts), None

    def _agreement(self, slot: Slot, classes: list[_ValueClass]) -> Corroboration | None:
        """The value most independent sources state, when at least two do ("2022" and "May 2022"
        are compatible, but only equal values corroborate each other)."""
        if slot.family in _CHECK_ONLY_FAMILIES:
            return None
        counted = sorted(
            ((self.independent({c.source for c in cls.claims}), cls) for cls in classes),
            key=lambda item: (-item[0], item[1].value),
        )
        best, cls = counted[0]
        if best < 2:
            return None
        return corroboration(slot.fact, cls.value, best, cls.claims)

    def _conflict(self, slot: Slot, first: _ValueClass, second: _ValueClass) -> tuple[str, Conflict] | None:
        a, b = first.claims[0], second.claims[0]
        for code in slot.rules:
            rule = self.rules.get(code)
            if rule is None or rule.check is None:
                continue
            found = rule.check(a, b, self.context)
            if found is not None:
                return code, found
        return None

    def _discrepancy(self, slot: Slot, conflicts) -> Discrepancy | None:
        conflicts.sort(key=lambda c: (c[4], c[0], c[2].value, c[3].value))
        code, conflict, _, _, dispute = conflicts[0]
        involved: list[_ValueClass] = []
        seen: set[int] = set()  # by identity: comparing classes field by field costs their claim lists
        for _, _, first, second, _ in conflicts:
            for cls in (first, second):
                if id(cls) not in seen:
                    seen.add(id(cls))
                    involved.append(cls)
        if code == "FC601":
            involved = _by_polarity(involved)
            sides = [ClaimSide(cls.value, tuple(cls.claims)) for cls in involved]
        else:
            sides = _compatible_sides(involved, conflicts)
        explanation = conflict.explanation
        if dispute:
            code, explanation = self._dispute(conflicts[0], explanation)
        return self._finding(code, slot.fact, sides, explanation)

    def _dispute(self, conflict, explanation: str) -> tuple[str, str]:
        first, second = conflict[2], conflict[3]
        names = " and ".join(", ".join(sorted(_speaker_names(cls))) for cls in (first, second))
        return "FC802", f"A dispute between {names}: {explanation}"

    def _finding(self, code: str, fact: str, sides: list[ClaimSide], explanation: str) -> Discrepancy | None:
        sources = {c.source for side in sides for c in side.claims}
        if self.independent(sources) == 1 and code != "FC802":
            explanation = f"{code} inside one source: {explanation}"
            code = "FC801"
        if code not in self.rules:
            return None
        severity = self.severity(code)
        if code == "FC201" and any(all(_loosely_counted(c) for c in side.claims) for side in sides):
            severity = Severity.info  # "in several villages" against "in 30 villages": often a part of them
        elif code == "FC201" and _a_group_below_everyone(sides):
            # "two men were shot" against "three victims": the men may be some of them
            severity = Severity.info
        return discrepancy(self.rules[code], severity, fact, sides, explanation, self.independent)

    def series(self, claims: Sequence) -> tuple[list[Discrepancy], list[Corroboration]]:
        by_series = series_groups(claims, self.context.texts)
        found: list[Discrepancy] = []
        agreed: list[Corroboration] = []
        index = {c.id: c for c in claims}
        for key in sorted(by_series):
            noun, fact = series_words(key, by_series[key])
            props = propositions(by_series[key], self.published, noun, self.context.texts)
            self.comparisons += len(props)
            conflict = find_conflict(key, props, self.independent) if "FC401" in self.rules else None
            for prop in props:
                if self.independent(prop.sources) >= 2:
                    members = tuple(index[c] for c in prop.claims)
                    agreed.append(
                        corroboration(fact, prop.statement, self.independent(prop.sources), members)
                    )
            if conflict is None:
                continue
            sides = [
                ClaimSide(
                    "; ".join(p.statement for p in part), tuple(index[c] for p in part for c in p.claims)
                )
                for part in (conflict.corrected, conflict.contradicted)
            ]
            finding = self._finding("FC401", fact, sides, conflict.explanation)
            if finding is not None:
                found.append(finding)
        return found, agreed


def compare(
    sources: Sequence[Source],
    claims: Sequence[Claim],
    options: CompareOptions | None = None,
    parts: dict[str, SourceParts] | None = None,
) -> Findings:
    """Build the story frame, compare the values of each of its facts and of the claims it does not
    place, and report conflicts, agreements, the facts and single-source claims.

    ``parts``: the :class:`~factcheck.compare.parts.SourceParts` of some sources, by id, made where
    they were extracted; the others' are made here. They are taken out of ``parts`` and let go of
    once the frame is built (about 1.5 KB a source, not held while the report is made)."""
    borrowed = borrowed_dates(sources, claims)
    if borrowed:
        claims = [borrowed.get(claim.id, claim) for claim in claims]
    given = parts if parts is not None else {}
    made = {s.id: given.pop(s.id) if s.id in given else source_parts(s) for s in sources}
    # the shingles are for the independence groups only: no name holds them once the judge is made
    judge = _Judge(
        sources,
        options or CompareOptions(),
        {i: part.shingles for i, part in made.items()},
        police_ranked(claims),
    )
    sentences = {s.id: made[s.id].sentences(s) for s in sources}
    read = {i: part.frame for i, part in made.items()}
    del made  # the frame holds the sentences; the offsets and the shingles are not needed again
    frame = build_frame(sources, claims, sentences, parts_of=read)
    del read, sentences
    # A story-wide count is the frame's second look at a number the alignment may own by its event; a
    # player's count in the game is the frame's own.
    framed = {
        claim.id
        for key, members in frame.facts.items()
        if key.attribute != "count" or key.subject
        for claim in members
    }
    discrepancies: list[Discrepancy] = []
    corroborations: list[Corroboration] = []
    disputed: dict[FactKey, str] = {}
    for key, slot in _frame_slots(frame):
        found, agreed = judge.judge(slot)
        if found is not None:
            sides = [[c for c in slot.claims if c.id in set(side.claims)] for side in found.sides]
            if not frame.confident(key, sides) and found.severity > Severity.info:
                found = found.model_copy(update={"severity": Severity.info})
            discrepancies.append(found)
            disputed[key] = found.id
        if agreed is not None:
            corroborations.append(agreed)
    aligned = slots(claims, judge.published, judge.context.texts)
    for slot in _unframed(_told_by_the_story(aligned, frame.storyless), framed):
        found, agreed = judge.judge(slot)
        if found is not None:
            cited = {ref.claim for ref in found.claims}
            event = slot.key[1] if len(slot.key) > 1 else ""
            if slot.family == "time" and (
                not sure_times(event, [c for c in slot.claims if c.id in cited], judge.published)
                or not _once_only(slot)
            ):
                found = found.model_copy(update={"severity": Severity.info})
            discrepancies.append(found)
        if agreed is not None:
            corroborations.append(agreed)
    series_found, series_agreed = judge.series(claims)
    discrepancies, replaced = _unique(discrepancies + series_found)
    disputed = {key: replaced.get(found, found) for key, found in disputed.items()}
    corroborations.extend(series_agreed)
    cited = {ref.claim for item in (*discrepancies, *corroborations) for ref in item.claims}
    # the facts cite most claims the corroborations do, as agreeing (thousands in a big story): one record
    agreeing = {ref.claim: ref for item in corroborations for ref in item.claims}
    ordered_claims = [*claims, *frame.readings]
    for name in ("id", "end", "start", "source"):  # by (source, start, end, id), as report_of sorts
        ordered_claims.sort(key=attrgetter(name))
    return Findings(
        discrepancies=sorted(
            discrepancies, key=lambda d: (_SEVERITY_ORDER[d.severity], d.code, d.fact, d.id)
        ),
        corroborations=sorted(corroborations, key=lambda c: (c.fact, c.value, c.claims[0].claim)),
        single_source=[c.id for c in ordered_claims if c.id not in cited],
        facts=story_facts(frame, judge.independent, disputed, agreeing),
        readings=frame.readings,
        inferred=sorted(borrowed.values(), key=attrgetter("id")),
        comparisons=judge.comparisons,
    )


# Families whose facts the frame states; the alignment's other slots (a denied harm against a count,
# numbered titles) check what the frame does not.
FRAMED_FAMILIES = frozenset({"time", "quantity", "age", "place"})


# A time of day is compared by its clock alone: the day a bare "1:30 a.m." was resolved to is a guess.
ATTRIBUTE_RULES = {"time": ("FC103",), "weekday": ("FC102",)}


def sure_times(event: str, claims: Sequence, published: Mapping) -> bool:
    """Whether times of ``event`` in ``claims`` that cannot all hold are an alarm, not only worth a look
    (info): not when no one is named who did the event (:func:`_nobody`), nor when the times were read
    relative to publication dates too far apart (:func:`_resolved_apart`). The audit asks the same."""
    return not _nobody(event) and not _resolved_apart(claims, published)


def _resolved_apart(claims: Sequence, published: Mapping) -> bool:
    """Whether times were read relative to publication dates more than a few days apart (or unknown):
    "last week" in a report of the 4th and "Tuesday" in one of the 11th may well be the same day."""
    relative = [c for c in claims if c.kind == "time" and c.value.anchor in ("publication", "text")]
    if not relative:
        return False
    # a time an undated report borrowed from the story's dates (:mod:`.borrowed`) is read within their span
    dates = [
        published.get(c.source) for c in claims if not (c.kind == "time" and c.value.anchor == "inferred")
    ]
    known = [d for d in dates if d is not None]
    if not dates:
        return False
    # A month named alone ("in December") is the same month from any report of the next few weeks.
    coarse = all(c.value.granularity in _COARSE or c.value.start is None for c in relative)
    if coarse and not known:
        return False  # undated reports of one story, each naming a month: of one time
    apart = SAME_MONTHS_DAYS if coarse else SAME_WEEK_DAYS
    return len(known) != len(dates) or (max(known) - min(known)).days > apart


_COARSE = frozenset({"month", "quarter", "season", "year", "decade", "century"})
SAME_MONTHS_DAYS = 62


def _once_only(slot: Slot) -> bool:
    """Whether an alignment time slot is an event one person goes through once (a death, a birth): the
    frame dates the story's incident and each person's events by the words of their clauses; the
    alignment's other time slots join times by an event key that can read two events as one ("he
    aggravated the injury last week", "placed on injured reserve on Tuesday")."""
    return slot.key[-1] == "once"


def _nobody(event: str) -> bool:
    """Whether an event key names no one who did the event ("travel:>stadium"): two trips to one
    place are not one trip, so the frame's incident is the only agentless event whose times are worth
    an alarm; but a document's adoption (a church's building) is told by the document (the church), and a
    story's reports speak of one."""
    lemma, _, rest = event.partition(":")
    agent, _, patient = rest.partition(">")
    return not agent and not named_by_its_thing(lemma, patient)


def _unframed(found: list[Slot], framed: set[str]) -> list[Slot]:
    """The alignment's slots without the claims the frame placed (their facts are the frame's)."""
    kept = []
    for slot in found:
        if slot.family not in FRAMED_FAMILIES:
            kept.append(slot)
            continue
        members = tuple(c for c in slot.claims if c.id not in framed)
        if len({(c.source, c.start) for c in members}) >= 2:
            kept.append(slot if len(members) == len(slot.claims) else replace(slot, claims=members))
    return kept


def _told_by_the_story(found: list[Slot], storyless: set[str]) -> list[Slot]:
    """The alignment's slots, the story's own values ("the harm done in the story") without the claims
    of ``storyless`` sources (pages that tell no incident of the story: :func:`build_frame`)."""
    if not storyless:
        return found
    kept = []
    for slot in found:
        members = slot.claims
        if len(slot.key) > 1 and slot.key[1] == STORY_SUBJECT:
            members = tuple(c for c in slot.claims if c.source not in storyless)
        if len({(c.source, c.start) for c in members}) >= 2:
            kept.append(slot if len(members) == len(slot.claims) else replace(slot, claims=members))
    return kept


def _frame_slots(frame: StoryFrame) -> list[tuple[FactKey, Slot]]:
    """The facts of the frame that more than one place in the sources speaks of, as slots to judge."""
    found = []
    for key in sorted(frame.facts):
        judged = (frame.lower_bounds.get(claim.id, claim) for claim in frame.facts[key])
        members = tuple(sorted(judged, key=lambda c: (c.source, c.start, c.end, c.id)))
        if len({(c.source, c.start) for c in members}) < 2:
            continue
        family = FAMILY_OF_ATTRIBUTE[key.attribute]
        slot_key = (family, key.attribute, key.subject, key.event)
        rules = ATTRIBUTE_RULES.get(key.attribute, FAMILY_RULES[family])
        found.append((key, Slot(family, slot_key, frame.name_of(key), members, rules)))
    return found


def report_of(sources: Sequence[Source], claims: Sequence[Claim], findings: Findings | None = None) -> Report:
    """The report of one story from its sources (in report order) and their claims (with the claims
    the story frame read from the reports' leads).

    ``findings`` is the comparison's result when the caller already has it.
    """
    findings = compare(sources, claims) if findings is None else findings
    inferred = {claim.id: claim for claim in findings.inferred}
    ordered = [*(inferred.get(claim.id, claim) for claim in claims), *findings.readings]
    # by (source, start, end, id) as stable sorts by each from the last: a sort by the tuple made one
    # for every claim of a big story at once
    for name in ("id", "end", "start", "source"):
        ordered.sort(key=attrgetter(name))
    return Report(
        tool_version=__version__,
        sources=[source_info(s) for s in sources],
        claims=ordered,
        discrepancies=findings.discrepancies,
        facts=findings.facts,
        corroborations=findings.corroborations,
        single_source=findings.single_source,
    )


def _compatible_sides(classes: list[_ValueClass], conflicts) -> list[ClaimSide]:
    """The values of a finding as sides: values that agree with each other ("30 km" and "about 19
    miles") stand on one side, so that each side is one position and shows every report that took it."""
    clashing = {frozenset((id(first), id(second))) for _, _, first, second, _ in conflicts}
    groups: list[list[_ValueClass]] = []
    for cls in classes:
        for group in groups:
            if not any(frozenset((id(cls), id(other))) in clashing for other in group):
                group.append(cls)
                break
        else:
            groups.append([cls])
    return [
        ClaimSide(" / ".join(cls.value for cls in group), tuple(c for cls in group for c in cls.claims))
        for group in groups
    ]


def _by_polarity(classes: list[_ValueClass]) -> list[_ValueClass]:
    """The two sides of an assertion and its denial, whatever the values asserted."""
    denied = [c for cls in classes for c in cls.claims if is_negative(c)]
    asserted = [c for cls in classes for c in cls.claims if not is_negative(c)]
    return [
        _ValueClass("denied: " + " / ".join(sorted({describe(c) for c in denied})), denied),
        _ValueClass("asserted: " + " / ".join(sorted({describe(c) for c in asserted})), asserted),
    ]


def _unique(discrepancies: list[Discrepancy]) -> tuple[list[Discrepancy], dict[str, str]]:
    """One finding per fingerprint, and one per set of quotes: the frame and the alignment may both
    see "120 homes" against "210 homes"; the first (the frame's, named in plain words) stays. And one
    per clash of the same values in the same reports by one rule, the most severe: the frame's
    "Eugene" against "Portland" as the incident's place (a death's) and the alignment's as the dead
    man's place of death are one disagreement. Returns the findings kept, and the id of
    each finding left out for a more severe one by the id of that one."""
    seen: dict[str, Discrepancy] = {}
    replaced: dict[str, str] = {}
    quoted: set[frozenset[str]] = set()
    clashes: dict[tuple, str] = {}
    for item in discrepancies:
        claims = frozenset(ref.claim for ref in item.claims)
        if item.id in seen or claims in quoted:
            continue
        clash = (
            item.code,
            frozenset(side.value for side in item.sides),
            frozenset(ref.source for ref in item.claims),
        )
        earlier = clashes.get(clash)
        if earlier is not None:
            if _SEVERITY_ORDER[item.severity] >= _SEVERITY_ORDER[seen[earlier].severity]:
                continue
            del seen[earlier]
            replaced[earlier] = item.id
        seen[item.id] = item
        quoted.add(claims)
        clashes[clash] = item.id
    return list(seen.values()), replaced


# The vague amounts that say only "a small number": a count told so is no value to hold a number to
_LOOSE_AMOUNTS = frozenset({"a handful", "a few", "several"})


def _loosely_counted(claim) -> bool:
    return claim.kind == "quantity" and claim.value.hedge in _LOOSE_AMOUNTS


# People counted by a kind of them: a count of "men" may be some of the victims, a boy being the rest
_KINDS_OF_PEOPLE = frozenset(
    "men women boys girls adults children kids teens teenagers juveniles males females".split()
)


def _counts_a_kind(claim) -> bool:
    return claim.kind == "quantity" and not _KINDS_OF_PEOPLE.isdisjoint(
        (claim.value.counted or "").lower().split()
    )


def _a_group_below_everyone(sides: list[ClaimSide]) -> bool:
    """Whether the sides that count a kind of people only ("two men") all count fewer than the sides that
    count everyone ("three victims", "three people")."""
    kinds = [side for side in sides if all(_counts_a_kind(c) for c in side.claims)]
    everyone = [side for side in sides if not any(_counts_a_kind(c) for c in side.claims)]
    if not kinds or not everyone:
        return False
    most = max(c.value.high or c.value.low or 0 for side in kinds for c in side.claims)
    return most < min(c.value.low or 0 for side in everyone for c in side.claims)
