"""The conflict rules: one module per kind of conflict, each with a stable code.

Codes work like a linter's. The hundreds say what kind of fact is disputed:

    FC1xx time      FC2xx quantity    FC3xx age       FC4xx recurrence
    FC5xx role      FC6xx polarity    FC7xx place     FC8xx how the sides relate
    FC9xx identifiers (telephone numbers)

Every rule module defines ``RULE``, a :class:`Rule` whose ``doc`` is the
module docstring: that text is the rule's user documentation, printed by
``factcheck explain CODE`` and summarised (first line) by ``factcheck rules``.
Pairwise rules also carry ``check(a, b, ctx)``: given two claims already
aligned on the same fact, it returns a :class:`Conflict` when both cannot be
true, else ``None``. Which claims are aligned is decided in
:mod:`factcheck.compare.align`, not here.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from factcheck.config import Tolerances
from factcheck.errors import FactcheckError
from factcheck.records import Severity

if TYPE_CHECKING:
    from factcheck.records import Claim

_RULE_MODULES = (
    "time",
    "weekday",
    "clock",
    "game_time",
    "quantity",
    "duration",
    "age",
    "recurrence",
    "title",
    "ordinal",
    "polarity",
    "place",
    "residence",
    "block",
    "injury",
    "phone",
    "self_contradiction",
    "dispute",
)


class UnknownRuleError(FactcheckError):
    """A rule code that no rule has."""

    code = "E301"


@dataclass(frozen=True)
class RuleContext:
    """What a rule may know besides the two claims: dates, texts and tolerances."""

    published: Mapping[str, dt.date | None]
    texts: Mapping[str, str] = field(default_factory=dict)
    tolerances: Tolerances = Tolerances()

    def published_of(self, claim: Claim) -> dt.date | None:
        return self.published.get(claim.source)

    def sentence(self, claim: Claim) -> str:
        """The sentence the claim comes from (its quote when the text is not known)."""
        text = self.texts.get(claim.source)
        if text is None:
            return claim.quote
        return text[claim.sentence_start : claim.sentence_end] or claim.quote


@dataclass(frozen=True)
class Conflict:
    """Why two aligned claims cannot both be true, in one sentence."""

    explanation: str


PairCheck = Callable[["Claim", "Claim", RuleContext], "Conflict | None"]


@dataclass(frozen=True)
class Rule:
    """A kind of conflict: code, problem-describing name, default severity, docs."""

    code: str
    name: str
    severity: Severity
    doc: str
    check: PairCheck | None = None

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0].strip()


@dataclass(frozen=True)
class RuleInfo:
    """What a rule is, as output formats document it."""

    code: str
    name: str
    severity: Severity
    doc: str

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0] if self.doc.strip() else self.name


def all_rules() -> list[Rule]:
    """Every rule, ordered by code."""
    rules = [importlib.import_module(f"factcheck.compare.rules.{name}").RULE for name in _RULE_MODULES]
    return sorted(rules, key=lambda rule: rule.code)


def disabled_codes(select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> frozenset[str]:
    """The codes left out when ``select`` (``None``: every rule) and then ``ignore`` are applied.

    Each item is a code ("FC201") or a prefix of codes ("FC2": every quantity rule; "FC": all),
    case-insensitive, as ruff reads them. Items that name no rule are all reported at once, in
    one :class:`UnknownRuleError` listing the known codes: a typo must not silently change the gate.
    """
    codes = [rule.code for rule in all_rules()]
    unknown: list[str] = []

    def matching(items: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for item in items:
            wanted = item.strip().upper()
            hits = {code for code in codes if wanted and code.startswith(wanted)}
            if not hits:
                unknown.append(item)
            found |= hits
        return found

    chosen = set(codes) if select is None else matching(select)
    ignored = matching(ignore)
    if unknown:
        raise UnknownRuleError(
            f"unknown rule code{'s' if len(unknown) != 1 else ''} {', '.join(map(repr, unknown))}",
            hint=f"known codes: {', '.join(codes)} (or a prefix such as FC2)",
        )
    return frozenset(set(codes) - (chosen - ignored))


def rule_for(code: str) -> Rule:
    """The rule with ``code`` (case-insensitive); :class:`UnknownRuleError` if none."""
    wanted = code.strip().upper()
    for rule in all_rules():
        if rule.code == wanted:
            return rule
    known = ", ".join(rule.code for rule in all_rules())
    raise UnknownRuleError(f"unknown rule code {code!r}", hint=f"known codes: {known}")


def registered_rules() -> dict[str, RuleInfo]:
    """The comparison's rules (:func:`all_rules`) as output formats document them."""
    return {
        rule.code: RuleInfo(code=rule.code, name=rule.name, severity=Severity(rule.severity), doc=rule.doc)
        for rule in all_rules()
    }
