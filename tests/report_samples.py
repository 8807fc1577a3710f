"""A hand-made report about an invented bridge collapse, for the output-format tests.

Two sources disagree on the death toll (error) and the weekday (warning); a
quoted official and a police spokesman differ on the injured (info). Source
``beacon`` holds Markdown and HTML look-alikes (``|``, ``*``, ``<b>``,
``<script>``) that no format may interpret.
"""

from __future__ import annotations

import datetime as dt

from factcheck.formats.base import RenderContext, RuleInfo
from factcheck.records import (
    ClaimRef,
    Corroboration,
    Discrepancy,
    Fact,
    FactValue,
    Quantity,
    QuantityClaim,
    Report,
    Severity,
    Side,
    SourceInfo,
    TimeClaim,
    TimeSpan,
)

HERALD = (
    "Harlow Bridge collapses\n"
    "\n"
    "The Harlow Bridge collapsed on Tuesday, killing 12 people and injuring 30.\n"
    "Mayor Dana Quist said the span had been inspected in 2023.\n"
)
BEACON = (
    "Nine dead as 'Harlow | Bridge' falls\n"
    "\n"
    "Nine people died when the Harlow Bridge fell on Monday, officials said.\n"
    "The <b>collapse</b> *shocked* residents; a sign read <script>alert(1)</script>.\n"
    "Police said 41 people were injured.\n"
)
TEXTS = {"beacon": BEACON, "herald": HERALD}
# herald.md has three lines of front matter and its closing '---' before the text.
FIRST_LINES = {"beacon": 1, "herald": 5}


def _span(text: str, quote: str, sentence_start_quote: str) -> tuple[int, int, int, int]:
    start = text.index(quote)
    sentence_start = text.index(sentence_start_quote)
    sentence_end = text.index("\n", start)
    return start, start + len(quote), sentence_start, sentence_end


def _count_claim(
    claim_id: str, source: str, quote: str, sentence: str, low: int, counted: str
) -> QuantityClaim:
    start, end, s_start, s_end = _span(TEXTS[source], quote, sentence)
    return QuantityClaim(
        id=claim_id,
        source=source,
        start=start,
        end=end,
        quote=quote,
        sentence_start=s_start,
        sentence_end=s_end,
        subject="harlow_bridge",
        predicate=counted,
        event="collapse:harlow_bridge",
        value=Quantity(low=low, high=low, counted=counted),
    )


def _day_claim(claim_id: str, source: str, quote: str, sentence: str, day: dt.date) -> TimeClaim:
    start, end, s_start, s_end = _span(TEXTS[source], quote, sentence)
    return TimeClaim(
        id=claim_id,
        source=source,
        start=start,
        end=end,
        quote=quote,
        sentence_start=s_start,
        sentence_end=s_end,
        subject="harlow_bridge",
        predicate="date",
        event="collapse:harlow_bridge",
        value=TimeSpan(
            start=day,
            end=day + dt.timedelta(days=1),
            weekday=day.weekday(),
            anchor="publication",
            timex_value=day.isoformat(),
        ),
    )


CLAIMS = [
    _count_claim("beacon:c1", "beacon", "Nine people died", "Nine people died", 9, "people killed"),
    _day_claim("beacon:c2", "beacon", "on Monday", "Nine people died", dt.date(2025, 3, 3)),
    _count_claim("beacon:c3", "beacon", "41 people were injured", "Police said", 41, "people injured"),
    _count_claim("herald:c1", "herald", "killing 12 people", "The Harlow Bridge", 12, "people killed"),
    _day_claim("herald:c2", "herald", "on Tuesday", "The Harlow Bridge", dt.date(2025, 3, 4)),
    _count_claim("herald:c3", "herald", "injuring 30", "The Harlow Bridge", 30, "people injured"),
]
_BY_ID = {claim.id: claim for claim in CLAIMS}


def _ref(claim_id: str, side: str, value: str) -> ClaimRef:
    claim = _BY_ID[claim_id]
    return ClaimRef(
        claim=claim.id,
        source=claim.source,
        start=claim.start,
        end=claim.end,
        quote=claim.quote,
        side=side,
        value=value,
    )


def _finding(
    finding_id: str, code: str, rule: str, severity: Severity, fact: str, explanation: str, sides: list[tuple]
) -> Discrepancy:
    return Discrepancy(
        id=finding_id,
        code=code,
        rule=rule,
        severity=severity,
        fact=fact,
        explanation=explanation,
        sides=tuple(
            Side(label=label, value=value, independent_sources=1, claims=(claim,))
            for label, value, claim in sides
        ),
        claims=tuple(_ref(claim, label, value) for label, value, claim in sides),
    )


DEATHS = _finding(
    "d0c5a1e2b3f40001",
    "FC201",
    "quantity-mismatch",
    Severity.error,
    "the number killed in the collapse",
    "9 and 12 people killed cannot both be the toll of one collapse.",
    [("A", "9", "beacon:c1"), ("B", "12", "herald:c1")],
)
# A warning, as CompareOptions(severities={"FC101": Severity.warning}) makes FC101's findings: the
# sample needs one finding at each level.
WEEKDAY = _finding(
    "d0c5a1e2b3f40002",
    "FC101",
    "time-mismatch",
    Severity.warning,
    "the date of the collapse",
    "Monday 2025-03-03 and Tuesday 2025-03-04 are different days.",
    [("A", "2025-03-03 (Monday)", "beacon:c2"), ("B", "2025-03-04 (Tuesday)", "herald:c2")],
)
INJURED = _finding(
    "d0c5a1e2b3f40003",
    "FC802",
    "speaker-dispute",
    Severity.info,
    "the number injured in the collapse",
    "Police (41) and the herald (30) give different counts of the injured.",
    [("A", "41", "beacon:c3"), ("B", "30", "herald:c3")],
)


def _value(value, text: str, *claim_ids: str) -> FactValue:
    refs = tuple(_ref(claim_id, "agree", text) for claim_id in claim_ids)
    sources = tuple(sorted({ref.source for ref in refs}))
    return FactValue(value=value, text=text, sources=sources, independent_sources=len(sources), claims=refs)


FACTS = [
    Fact(
        id="f0c5a1e2b3f40001",
        name="the number killed in the collapse",
        attribute="killed",
        event="collapse",
        status="disputed",
        values=(_value(12, "12 people killed", "herald:c1"), _value(9, "9 people killed", "beacon:c1")),
        discrepancy=DEATHS.id,
    ),
    Fact(
        id="f0c5a1e2b3f40002",
        name="the date of the collapse",
        attribute="date",
        event="collapse",
        status="disputed",
        values=(
            _value("2025-03-04", "2025-03-04 (Tuesday)", "herald:c2"),
            _value("2025-03-03", "2025-03-03 (Monday)", "beacon:c2"),
        ),
        discrepancy=WEEKDAY.id,
    ),
    Fact(
        id="f0c5a1e2b3f40003",
        name="the age of Dana Quist",
        attribute="age",
        subject="Dana Quist",
        status="single-source",
        values=(FactValue(value=58, text="58", sources=("herald",), independent_sources=1, claims=()),),
    ),
]


def sample_report() -> Report:
    return Report(
        tool_version="0.1.0",
        sources=[
            SourceInfo(
                id="beacon",
                path="story/beacon.txt",
                outlet="The Beacon",
                published=dt.date(2025, 3, 4),
                content_hash="b" * 64,
            ),
            SourceInfo(
                id="herald",
                path="story/herald.md",
                title="Harlow Bridge collapses",
                outlet="Harlow Herald",
                published=dt.date(2025, 3, 5),
                content_hash="a" * 64,
            ),
        ],
        claims=CLAIMS,
        discrepancies=[DEATHS, WEEKDAY, INJURED],
        facts=FACTS,
        corroborations=[
            Corroboration(
                fact="place of the collapse",
                value="Harlow Bridge",
                independent_sources=2,
                claims=(),
            )
        ],
        single_source=[],
    )


def sample_context(**changes) -> RenderContext:
    from factcheck.report.gate import evaluate

    values = {
        "texts": TEXTS,
        "first_lines": FIRST_LINES,
        "gate": evaluate(sample_report().discrepancies, "warning"),
        "rules": RULES,
    }
    values.update(changes)
    return RenderContext(**values)


RULES = {
    "FC101": RuleInfo(
        code="FC101",
        name="time-mismatch",
        severity=Severity.error,
        doc="Two dates for one event that cannot both hold.\n\nThe spans are disjoint at the coarser granularity.",
    ),
    "FC201": RuleInfo(
        code="FC201",
        name="quantity-mismatch",
        severity=Severity.error,
        doc="Two counts of one thing whose ranges do not overlap.\n\nAfter units and hedges.",
    ),
    "FC301": RuleInfo(
        code="FC301", name="age-mismatch", severity=Severity.error, doc="Two ages for one person."
    ),
}


def write_story(directory, beacon_suffix: str = "") -> list[str]:
    """The sample's two sources as files (herald.md with its front matter); ``beacon_suffix`` is
    appended to beacon.txt's last paragraph, leaving every offset of the sample valid."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "beacon.txt").write_text(BEACON + beacon_suffix, encoding="utf-8")
    (directory / "herald.md").write_text(
        "---\ntitle: Harlow Bridge collapses\noutlet: Harlow Herald\n---\n" + HERALD, encoding="utf-8"
    )
    return [str(directory / "beacon.txt"), str(directory / "herald.md")]


def fake_check_story(monkeypatch, report: Report | None = None) -> None:
    """Make ``factcheck check``/``baseline`` load the real files but report the sample's findings,
    so that the gate, baseline and suppressions are tested apart from extraction."""
    import factcheck.run.pipeline
    from factcheck.read.loaders import LoadOptions, load_sources

    def check_story(paths, load=None, run=None, compare_options=None, warn=None):
        loaded = load_sources(paths, load or LoadOptions())
        sources = sorted(loaded.sources, key=lambda source: source.id)
        sample = report or sample_report()
        by_id = {source.id: source for source in sources}
        infos = [info.model_copy(update={"path": by_id[info.id].path}) for info in sample.sources]
        disabled = compare_options.disabled_rules if compare_options is not None else frozenset()
        findings = [f for f in sample.discrepancies if f.code not in disabled]
        update = {"sources": infos, "discrepancies": findings, "diagnostics": list(loaded.diagnostics)}
        return sample.model_copy(update=update), sources

    monkeypatch.setattr(factcheck.run.pipeline, "check_story", check_story)
