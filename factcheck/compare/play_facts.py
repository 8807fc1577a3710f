"""Which plays the reports of a game tell are one play, and the facts of each: its length in yards,
its period and the game clock (:mod:`.plays` reads the mentions).

Each fact of a play is single-valued: "a 69-yard dash on the first play of the second half"
against "a 71-yard touchdown run on the first play of the second half" is a discrepancy, named in
plain words ("the length of Jo Reed's touchdown run"). Lengths compare as counts of yards (the
quantity rule), periods and clocks by the game-time rule (:mod:`.rules.game_time`).

A fact is made only of a play two mentions tell: one mention alone has nothing to agree with.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from factcheck.compare.plays import TIES, Mention, play_mentions, players_in, several_of
from factcheck.compare.readings import frame_reading
from factcheck.records import Entity, EntityClaim, Quantity, QuantityClaim, Source

# The facts of a play, as the frame names its attributes.
PLAY_ATTRIBUTES = {
    "play_length": "the length",
    "play_period": "the game period",
    "play_clock": "the game clock",
}
PLAY_FAMILIES = {"play_length": "quantity", "play_period": "game_time", "play_clock": "game_time"}
# the role whose player a kind of play is told by, most specific first
_PRIMARY_ROLES = ("runner", "receiver", "kicker", "interceptor", "returner", "passer", "any", "thrower")
_UNIQUE_ROLE = {"touchdown run": "runner", "touchdown catch": "receiver", "interception": "interceptor"}
# A scoring play this long is told apart by its length: a player's two touchdowns of one game are
# seldom of the same length, but short ones are ("two 1-yard runs").
_DISTINCT_LENGTH = 10
_SCORING_FAMILIES = frozenset({"run", "pass", "interception", "return"})


def is_play_reading(claim) -> bool:
    """Whether a claim is one of :func:`play_readings`' (a play's length, period or clock)."""
    return ":play-" in claim.id


def may_tell_plays(text: str) -> bool:
    """Whether a report may tell of a game's plays at all (most reports are not match reports)."""
    lowered = text.lower()
    return any(
        word in lowered for word in ("yard", "yd", "field goal", "intercept", "picked off", "tied", "tying")
    )


def _compatible(a: Mention, b: Mention) -> bool:
    families = {a.family, b.family}
    if len(families) > 1 and not (
        "tie" in families or ("touchdown" in families and families - {"touchdown"} <= _SCORING_FAMILIES)
    ):
        return False
    for role in set(a.players) & set(b.players):
        if role != "any" and a.players[role] != b.players[role]:
            return False
    return True


def _share_player(a: Mention, b: Mention) -> bool:
    return bool(set(a.players.values()) & set(b.players.values()))


class _Union:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        first, second = sorted((self.find(i), self.find(j)))
        self.parent[second] = first


def _same_moment(a: Mention, b: Mention) -> bool:
    """Two mentions of one moment of the game: the same first play of a half, or the same score made."""
    if not _compatible(a, b):
        return False
    if a.anchor and a.anchor == b.anchor:
        return _share_player(a, b)
    if a.score and a.score == b.score:
        return _share_player(a, b) or not (a.players and b.players)
    return False


def _different(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one report give facts of two plays."""
    if a.length and b.length and a.length[2] != b.length[2]:
        return True
    return bool(a.period and b.period and a.period[2] != b.period[2])


def plays_of(
    mentions: Sequence[Mention], several: set[tuple[str, str]], several_ties: bool = False
) -> list[list[Mention]]:
    """The mentions grouped by play, in the order of their first mention; ``several``: the (player,
    kind) pairs some report counts more than one of; ``several_ties``: whether one tells of more than
    one tie of the game."""
    _settle_roles(mentions)
    union = _Union(len(mentions))
    # mentions of one moment or score, and among them each telling once: a big story's thousand
    # tellings of one touchdown are compared by their few different forms, not pair by pair
    moments: dict[tuple, dict[tuple, list[int]]] = {}
    for i, mention in enumerate(mentions):
        form = (mention.family, tuple(sorted(mention.players.items())), mention.anchor, mention.score)
        for key in (("anchor", mention.anchor), ("score", mention.score)):
            if key[1]:
                moments.setdefault(key, {}).setdefault(form, []).append(i)
    for forms in moments.values():
        groups = list(forms.values())
        for n, same in enumerate(groups):
            first = same[0]
            for j in [*same[1:], *(other[0] for other in groups[n + 1 :])]:
                if _same_moment(mentions[first], mentions[j]):
                    union.join(first, j)
    # the one scoring play of a kind a player made: no report tells two, none says there were more
    by_player: dict[tuple[str, str], list[int]] = {}
    for i, mention in enumerate(mentions):
        role = _UNIQUE_ROLE.get(mention.kind)
        if role and role in mention.players:
            by_player.setdefault((mention.players[role], mention.kind), []).append(i)
    for (pid, kind), members in by_player.items():
        # a long scoring play of one length: two of one player's touchdowns are seldom as long
        by_length: dict[int, int] = {}
        for i in members:
            length = mentions[i].length[2] if mentions[i].length else 0
            if length >= _DISTINCT_LENGTH:
                union.join(by_length.setdefault(length, i), i)
        if (pid, kind) in several:
            continue
        by_source: dict[str, list[int]] = {}
        for i in members:
            by_source.setdefault(mentions[i].source.id, []).append(i)
        if any(
            union.find(i) != union.find(j) and _different(mentions[i], mentions[j])
            for told in by_source.values()
            for n, i in enumerate(told)
            for j in told[n + 1 :]
        ):
            continue
        if all(_compatible(mentions[members[0]], mentions[j]) for j in members[1:]):
            for j in members[1:]:
                union.join(members[0], j)
    # a tie of no score said is the story's one tied score, in a game no report gives two ties
    # (told in the same period: a tie in another period would be another tie)
    tied = {m.score for m in mentions if m.tie and m.score}
    if len(tied) == 1 and not several_ties:
        scored: dict = {}
        for i, mention in enumerate(mentions):
            if mention.tie and mention.score and mention.period:
                scored.setdefault(mention.period[2], i)
        for i, mention in enumerate(mentions):
            if not mention.tie or mention.score or mention.period is None:
                continue
            same = scored.get(mention.period[2])
            if same is not None and _compatible(mention, mentions[same]):
                union.join(same, i)
    groups: dict[int, list[Mention]] = {}
    for i, mention in enumerate(mentions):
        groups.setdefault(union.find(i), []).append(mention)
    return [groups[root] for root in sorted(groups)]


def _settle_roles(mentions: Sequence[Mention]) -> None:
    """A player a mention gives no role ("Ostrow's interception": thrown or made) has the one role the
    story's other mentions of that kind give them, if they give one."""
    roles: dict[tuple[str, str], set[str]] = {}
    for mention in mentions:
        for role, pid in mention.players.items():
            if role != "any":
                roles.setdefault((mention.family, pid), set()).add(role)
    for mention in mentions:
        pid = mention.players.get("any")
        known = roles.get((mention.family, pid), set())
        if pid is not None and len(known) == 1 and not known & set(mention.players):
            mention.players[known.pop()] = mention.players.pop("any")


def _who(play: Sequence[Mention]) -> tuple[str, str]:
    """The player a play is told by and its kind's name: ("jo_reed", "touchdown run")."""
    kinds = [m.kind for m in play if m.family not in ("tie", "touchdown")]
    kind = Counter(kinds).most_common(1)[0][0] if kinds else ""
    if any(m.kind in ("touchdown run", "touchdown catch") for m in play) and kind in ("run", "pass"):
        kind = "touchdown run" if kind == "run" else "touchdown catch"
    for role in _PRIMARY_ROLES:
        found = Counter(m.players[role] for m in play if role in m.players)
        if found:
            pid = sorted(found.items(), key=lambda item: (-item[1], item[0]))[0][0]
            if kind in ("pass", "touchdown catch") and role == "passer":
                kind = "touchdown pass" if kind == "touchdown catch" else "pass"
            return pid, kind or "touchdown"
    scores = sorted({m.score for m in play if m.score})
    if any(m.tie for m in play):
        return "", f"{scores[0]} tie" if len(scores) == 1 else "tie"
    return "", ""


def _readings(play: Sequence[Mention], attribute: str) -> list:
    claims = []
    for mention in play:
        source, segment = mention.source, mention.segment
        if attribute == "play_length" and mention.length:
            start, end, yards = mention.length
            claims.append(
                frame_reading(
                    QuantityClaim, source, segment, start, end, "play-length",
                    predicate="quantity", value=Quantity.count_of(yards, "yards"),
                )
            )  # fmt: skip
        found = (
            mention.period
            if attribute == "play_period"
            else mention.clock
            if attribute == "play_clock"
            else None
        )
        if found is not None:
            start, end, value = found
            name = value.name if attribute == "play_period" else value.written
            claims.append(
                frame_reading(
                    EntityClaim, source, segment, start, end, attribute.replace("_", "-"),
                    predicate=attribute, value=Entity(id=value.id, kind="other", name=name),
                )
            )  # fmt: skip
    return claims


def _which(play: Sequence[Mention], index: int) -> str:
    """Which of a player's plays of one kind this is, by what all its mentions agree on: " of 45
    yards", " in the third quarter" (else its place in the story)."""
    lengths = {m.length[2] for m in play if m.length}
    periods = {m.period[2] for m in play if m.period}
    if len(lengths) == 1:
        return f" of {lengths.pop()} yards"
    if len(periods) == 1:
        return f" in {periods.pop().name}"
    return f" (play {index + 1})"


def play_readings(
    sources: Sequence[Source], segments_of: Mapping[str, Sequence], incident: str | None
) -> list[tuple[tuple[str, str, str, str], object]]:
    """The facts of the plays the reports of a game (``incident``) tell, as (attribute, "", the play in
    words, "") keys and the readings that fill them."""
    told = [source for source in sources if may_tell_plays(source.text)]
    if incident != "game" or len(told) < 2:
        return []
    sentences = [source.text[s.start : s.end] for source in told for s in segments_of.get(source.id, ())]
    people_in, names = players_in(sentences)
    mentions: list[Mention] = []
    for source in told:
        mentions += play_mentions(source, segments_of.get(source.id, ()), people_in)
    if len(mentions) < 2:
        return []
    several, ties = several_of(sentences, people_in), any(map(TIES.search, sentences))
    told_twice = [
        (play, who)
        for play in plays_of(mentions, several, ties)
        if len({(m.source.id, m.start) for m in play}) >= 2 and (who := _who(play))[1]
    ]
    named = Counter(who for _, who in told_twice)
    found = []
    for n, (play, (pid, kind)) in enumerate(told_twice):
        event = f"{names[pid]}'s {kind}" if pid else f"the {kind}"
        if named[(pid, kind)] > 1:
            event += _which(play, n)
        seen: set[str] = set()
        for attribute in PLAY_ATTRIBUTES:
            claims = [c for c in _readings(play, attribute) if c.id not in seen]
            seen.update(c.id for c in claims)
            if len(claims) >= 2:
                found += [((attribute, "", event, ""), claim) for claim in claims]
    return found
