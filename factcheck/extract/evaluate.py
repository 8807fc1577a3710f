"""Scores extraction against hand-checked expected claims (``claims/`` for ``sources/``).

Expected claims are YAML files, one per source, path for path
(``sources/000_x.md`` -> ``claims/000_x.yaml``; format in
``claims/README.md``). They are loaded into the same records as
extraction, their spans found from their quotes.

An extracted claim matches an expected one when both are of the same source
and kind and their spans overlap (one to one, the largest overlap first).
Per kind: precision, recall and F1 of the matching; value accuracy, the
share of matched claims whose value is exactly right on every field the
expected entry states (bookkeeping fields such as ``timex_value``,
``signal`` and ``anchor`` aside); stance accuracy, the share of matched
claims with a stated stance whose stance kind (and speaker, when stated) is
right.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.errors import ExpectedClaimsError
from factcheck.records import Claim, Source

KINDS = ("time", "duration", "quantity", "recurrence", "age", "role", "entity")
# Fields of a value that carry its meaning; the others are bookkeeping or interoperability.
_IGNORED_VALUE_FIELDS = frozenset(
    {"type", "timex_value", "timex_type", "signal", "anchor", "name", "aliases", "as_of"}
)
_EXPECTED_KEYS = frozenset({"kind", "quote", "occurrence", "value", "stance", "speaker", "event", "note"})


@dataclass
class ExpectedClaim:
    """A hand-checked claim: the record, and which of its fields the entry stated."""

    claim: Claim
    stated_value: dict[str, Any]
    stance: str | None
    speaker: str | None
    event: str | None


@dataclass
class KindScore:
    """The figures of one claim kind."""

    kind: str
    expected: int = 0
    extracted: int = 0
    matched: int = 0
    value_right: int = 0
    stance_checked: int = 0
    stance_right: int = 0
    event_checked: int = 0
    event_right: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_accuracy(self) -> float:
        return self.value_right / self.matched if self.matched else 1.0

    @property
    def stance_accuracy(self) -> float:
        return self.stance_right / self.stance_checked if self.stance_checked else 1.0

    @property
    def event_accuracy(self) -> float:
        return self.event_right / self.event_checked if self.event_checked else 1.0


@dataclass
class Evaluation:
    """Scores per kind and in total, with every miss, false alarm and wrong value for inspection."""

    scores: dict[str, KindScore]
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    wrong_values: list[str] = field(default_factory=list)

    @property
    def total(self) -> KindScore:
        total = KindScore("all")
        for score in self.scores.values():
            for name in (
                "expected",
                "extracted",
                "matched",
                "value_right",
                "stance_checked",
                "stance_right",
                "event_checked",
                "event_right",
            ):
                setattr(total, name, getattr(total, name) + getattr(score, name))
        return total


def _span_of(source: Source, quote: str, occurrence: int, path: Path) -> int:
    position = -1
    for _ in range(occurrence):
        position = source.text.find(quote, position + 1)
        if position < 0:
            raise ExpectedClaimsError(
                f"quote {quote!r} (occurrence {occurrence}) is not in source {source.id}",
                path=str(path),
                hint="copy the quote exactly from the source, curly quotes included",
            )
    return position


def load_expected(path: Path, source: Source) -> list[ExpectedClaim]:
    """The expected claims of ``source`` from its YAML file."""
    import yaml
    from pydantic import TypeAdapter, ValidationError

    from factcheck.read.segment import segment_source
    from factcheck.read.untrusted import load_yaml

    try:
        document = load_yaml(path.read_text(encoding="utf-8"), getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, ValueError, yaml.YAMLError) as error:  # ValueError: not UTF-8, or refused
        reason = " ".join(str(error).split())
        raise ExpectedClaimsError(f"cannot read expected claims: {reason}", path=str(path)) from None
    if not isinstance(document, dict) or not isinstance(document.get("claims"), list):
        raise ExpectedClaimsError("expected a mapping with a 'claims' list", path=str(path))
    segments = segment_source(source)
    adapter = TypeAdapter(Claim)
    out = []
    for number, entry in enumerate(document["claims"], 1):
        if not isinstance(entry, dict) or not {"kind", "quote", "value"} <= set(entry):
            raise ExpectedClaimsError(f"claim {number} needs kind, quote and value", path=str(path))
        unknown = set(entry) - _EXPECTED_KEYS
        if unknown:
            raise ExpectedClaimsError(f"claim {number} has unknown keys {sorted(unknown)}", path=str(path))
        quote = str(entry["quote"])
        start = _span_of(source, quote, int(entry.get("occurrence", 1)), path)
        end = start + len(quote)
        segment = next((s for s in segments if s.start <= start < s.end), None)
        value = dict(entry["value"])
        stated = {k: v for k, v in value.items() if k not in _IGNORED_VALUE_FIELDS}
        if entry["kind"] in ("time", "duration"):
            value["timex_value"] = str(value.get("timex_value", ""))  # YAML reads 2024-06-18 as a date
        if isinstance(value.get("occurrence"), dict):
            value["occurrence"] = {
                **value["occurrence"],
                "timex_value": str(value["occurrence"].get("timex_value", "")),
            }
        if entry["kind"] in ("role", "age"):
            value.setdefault("as_of", source.published)
        record = {
            "id": f"{source.id}:expected:{number}",
            "source": source.id,
            "start": start,
            "end": end,
            "quote": quote,
            "sentence_start": segment.start if segment else start,
            "sentence_end": segment.end if segment else end,
            "predicate": entry["kind"],
            "kind": entry["kind"],
            "event": entry.get("event"),
            "value": value,
        }
        try:
            claim = adapter.validate_python(record)
        except ValidationError as error:
            raise ExpectedClaimsError(
                f"claim {number} ({quote!r}) is not a valid {entry['kind']} claim: "
                f"{error.errors()[0]['loc']}: {error.errors()[0]['msg']}",
                path=str(path),
            ) from None
        out.append(
            ExpectedClaim(claim, stated, entry.get("stance"), entry.get("speaker"), entry.get("event"))
        )
    return out


def _same(expected: Any, actual: Any) -> bool:
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return False
        return all(_same(v, actual.get(k)) for k, v in expected.items() if k not in _IGNORED_VALUE_FIELDS)
    if (
        isinstance(expected, float | int)
        and not isinstance(expected, bool)
        and isinstance(actual, float | int)
    ):
        return abs(float(expected) - float(actual)) < 1e-9
    if isinstance(expected, dt.date) and isinstance(actual, str):
        return expected.isoformat() == actual
    if isinstance(expected, str) and isinstance(actual, str):
        return expected.strip().lower() == actual.strip().lower()
    return expected == actual


def value_is_right(expected: ExpectedClaim, extracted: Claim) -> bool:
    """Every field the expected entry states has the same value in the extracted claim."""
    actual = extracted.value.model_dump(mode="python")
    return all(_same(v, actual.get(k)) for k, v in expected.stated_value.items())


def _overlap(a: Claim, b: Claim) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def _describe(claim: Claim) -> str:
    value = claim.value.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    return f"{claim.source} {claim.kind} {claim.start}-{claim.end} {claim.quote!r} {value}"


def score(expected: Sequence[ExpectedClaim], extracted: Sequence[Claim]) -> Evaluation:
    """Matches extracted claims to expected ones and scores them per kind."""
    scores = {kind: KindScore(kind) for kind in KINDS}
    evaluation = Evaluation(scores)
    for item in expected:
        scores[item.claim.kind].expected += 1
    for claim in extracted:
        scores[claim.kind].extracted += 1
    pairs = []
    for i, item in enumerate(expected):
        for j, claim in enumerate(extracted):
            if claim.source == item.claim.source and claim.kind == item.claim.kind:
                overlap = _overlap(item.claim, claim)
                if overlap > 0:
                    pairs.append((-overlap, abs(claim.start - item.claim.start), i, j))
    pairs.sort()
    used_expected: set[int] = set()
    used_extracted: set[int] = set()
    for _, _, i, j in pairs:
        if i in used_expected or j in used_extracted:
            continue
        used_expected.add(i)
        used_extracted.add(j)
        item, claim = expected[i], extracted[j]
        kind_score = scores[claim.kind]
        kind_score.matched += 1
        if value_is_right(item, claim):
            kind_score.value_right += 1
        else:
            evaluation.wrong_values.append(f"{_describe(claim)}  expected {item.stated_value}")
        if item.event is not None:
            kind_score.event_checked += 1
            if claim.event == item.event:
                kind_score.event_right += 1
            else:
                evaluation.wrong_values.append(
                    f"{_describe(claim)}  event {claim.event}, expected {item.event}"
                )
        if item.stance is not None:
            kind_score.stance_checked += 1
            speaker_right = item.speaker is None or claim.stance.speaker == item.speaker
            if claim.stance.kind == item.stance and speaker_right:
                kind_score.stance_right += 1
            else:
                evaluation.wrong_values.append(
                    f"{_describe(claim)}  stance {claim.stance.kind}/{claim.stance.speaker}, "
                    f"expected {item.stance}/{item.speaker}"
                )
    evaluation.misses = [_describe(expected[i].claim) for i in range(len(expected)) if i not in used_expected]
    evaluation.false_alarms = [
        _describe(extracted[j]) for j in range(len(extracted)) if j not in used_extracted
    ]
    return evaluation


def evaluate(sources_dir: Path, claims_dir: Path) -> Evaluation:
    """Extracts every source under ``sources_dir`` and scores it against ``claims_dir``."""
    from factcheck.extract.claims import claims_of
    from factcheck.read.loaders import LoadOptions, load_sources

    if not claims_dir.is_dir():
        raise ExpectedClaimsError("no directory of expected claims", path=str(claims_dir))
    loaded = load_sources([sources_dir], LoadOptions())
    expected: list[ExpectedClaim] = []
    extracted: list[Claim] = []
    for source in sorted(loaded.sources, key=lambda s: s.id):
        path = claims_dir / f"{Path(source.path).stem}.yaml"
        if not path.exists():
            continue
        expected.extend(load_expected(path, source))
        extracted.extend(claims_of(source))
    if not expected:
        raise ExpectedClaimsError(
            "no expected claims for any source",
            path=str(claims_dir),
            hint="name each file after its source: sources/x.md -> claims/x.yaml",
        )
    return score(expected, extracted)


def format_table(evaluation: Evaluation) -> str:
    """The scores as a plain-text table, one row per kind and a total."""
    header = (
        f"{'kind':<11}{'expected':>9}{'found':>7}{'match':>7}{'P':>7}{'R':>7}{'F1':>7}"
        f"{'value':>8}{'stance':>8}{'event':>8}"
    )
    lines = [header, "-" * len(header)]
    for row in [*evaluation.scores.values(), evaluation.total]:
        if row is evaluation.total:
            lines.append("-" * len(header))
        lines.append(
            f"{row.kind:<11}{row.expected:>9}{row.extracted:>7}{row.matched:>7}"
            f"{row.precision:>7.2f}{row.recall:>7.2f}{row.f1:>7.2f}{row.value_accuracy:>8.2f}{row.stance_accuracy:>8.2f}"
            f"{row.event_accuracy:>8.2f}"
        )
    return "\n".join(lines)
