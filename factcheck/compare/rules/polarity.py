"""One source asserts what another denies.

What it finds: the same fact stated as true by one claim and as false by
another: "at least 12 people were killed" against "there were no
casualties"; "the plane landed in Oslo" against "the plane did not land in
Oslo". A zero count ("no casualties", "nobody was hurt") denies any positive
count of the same kind of harm: casualties cover killed and injured.

Why: an event cannot both have and not have happened.

Example: one report of a quake says "killing at least 12 people", another
"no casualties were reported": reported.

Not flagged: a zero and a positive count of different things ("no deaths"
and "12 injured"); a denial attributed to someone against an accusation
attributed to someone else ("the US accused ..., a claim both countries
denied") is a dispute between speakers, reported at info level as FC802;
a zero count in an earlier publication and a positive one later is an
update ("no casualties were reported at first"); a negation that is not a
denial of the event itself ("Lopez did not pitch in Saturday's win" does not
deny the win): outside counts, only claims whose stance is "denied" count.

Configure: disable with ``disable = ["FC601"]`` in ``factcheck.toml`` (or ``[tool.factcheck]``).
"""

from __future__ import annotations

from factcheck.compare.rules import Conflict, Rule, RuleContext
from factcheck.records import Severity
from factcheck.values import describe, describe_quantity, harm_of, harms_overlap


def is_negative(claim) -> bool:
    if claim.stance.negated or claim.stance.kind == "denied":
        return True
    return claim.kind == "quantity" and claim.value.high == 0


def _is_positive_count(claim) -> bool:
    return claim.kind == "quantity" and claim.value.low is not None and claim.value.low > 0


def check(a, b, ctx: RuleContext) -> Conflict | None:
    if is_negative(a) == is_negative(b):
        return None
    negative, positive = (a, b) if is_negative(a) else (b, a)
    if negative.kind == "quantity" or positive.kind == "quantity":
        if negative.kind != "quantity" or not _is_positive_count(positive):
            return None
        denied, counted = harm_of(negative.value.counted), harm_of(positive.value.counted)
        if denied is None or counted is None or not harms_overlap(denied, counted):
            return None
        published_neg, published_pos = ctx.published_of(negative), ctx.published_of(positive)
        if published_neg is not None and published_pos is not None and published_neg < published_pos:
            return None
        return Conflict(
            f"'{negative.quote}' says there were none, while '{positive.quote}' counts "
            f"{describe_quantity(positive.value)}."
        )
    # Outside counts, only an explicit denial counts: a bare "not" is too often
    # about something else in the sentence ("did not play in Thursday's win").
    if (
        negative.stance.kind != "denied"
        or negative.kind != positive.kind
        or describe(negative) != describe(positive)
    ):
        return None
    return Conflict(f"{describe(positive)} is asserted by one claim and denied by the other.")


RULE = Rule(code="FC601", name="asserted-and-denied", severity=Severity.error, doc=__doc__, check=check)
