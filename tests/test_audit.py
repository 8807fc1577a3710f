"""Draft audit: labels from the comparison's findings, draft formats, the command, and the example story."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from paths import SOURCES

from factcheck.compare.verdicts import audit_report
from factcheck.errors import UsageError
from factcheck.read.drafts import load_draft
from factcheck.records import (
    ClaimRef,
    Corroboration,
    Discrepancy,
    Quantity,
    QuantityClaim,
    Report,
    Severity,
    Side,
    Source,
    source_info,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "audit"


def _source(source_id: str, text: str) -> Source:
    return Source(
        id=source_id,
        path=f"{source_id}.txt",
        text=text,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def _claim(source: Source, quote: str, low: float, counted: str) -> QuantityClaim:
    start = source.text.index(quote)
    return QuantityClaim(
        id=f"{source.id}:{start}",
        source=source.id,
        start=start,
        end=start + len(quote),
        quote=quote,
        sentence_start=0,
        sentence_end=len(source.text),
        subject="quake",
        predicate=counted,
        event="quake:valdor",
        value=Quantity(low=low, high=low, counted=counted),
    )


def _ref(claim: QuantityClaim, side: str, value: str) -> ClaimRef:
    return ClaimRef(
        claim=claim.id,
        source=claim.source,
        start=claim.start,
        end=claim.end,
        quote=claim.quote,
        side=side,
        value=value,
    )


def _finding(finding_id: str, sides: list[tuple[str, str, list[QuantityClaim], int]]) -> Discrepancy:
    return Discrepancy(
        id=finding_id,
        code="FC201",
        rule="quantity-mismatch",
        severity=Severity.error,
        fact="people killed in the Valdor quake",
        explanation="the counts differ",
        sides=tuple(
            Side(label=label, value=value, independent_sources=count, claims=tuple(c.id for c in claims))
            for label, value, claims, count in sides
        ),
        claims=tuple(_ref(c, label, value) for label, value, claims, _ in sides for c in claims),
    )


# A quake story: two agencies, a wire copy of one of them, and a draft.
DRAFT = _source("draft", "The quake killed 14 people. It injured 40. It destroyed 7 bridges. 300 homes fell.")
AGENCY = _source("agency", "At least 12 died; 40 were injured. 300 homes collapsed.")
WIRE = _source("wire", "At least 12 died; 40 were injured.")
LOCAL = _source("local", "Officials counted 14 dead and 41 injured, and 280 homes lost.")
RADIO = _source("radio", "Radio reports say 300 homes destroyed.")

D_KILLED = _claim(DRAFT, "killed 14 people", 14, "killed")
D_INJURED = _claim(DRAFT, "injured 40", 40, "injured")
D_BRIDGES = _claim(DRAFT, "destroyed 7 bridges", 7, "bridges destroyed")
D_HOMES = _claim(DRAFT, "300 homes fell", 300, "homes destroyed")
A_KILLED = _claim(AGENCY, "At least 12 died", 12, "killed")
A_INJURED = _claim(AGENCY, "40 were injured", 40, "injured")
A_HOMES = _claim(AGENCY, "300 homes collapsed", 300, "homes destroyed")
W_KILLED = _claim(WIRE, "At least 12 died", 12, "killed")
W_INJURED = _claim(WIRE, "40 were injured", 40, "injured")
L_KILLED = _claim(LOCAL, "14 dead", 14, "killed")
L_INJURED = _claim(LOCAL, "41 injured", 41, "injured")
L_HOMES = _claim(LOCAL, "280 homes lost", 280, "homes lost")
R_HOMES = _claim(RADIO, "300 homes destroyed", 300, "homes destroyed")

# killed: the draft and local (14) against agency and its wire copy (12): contradicted, with local's support.
KILLED = _finding("f-killed", [("A", "14", [D_KILLED, L_KILLED], 2), ("B", "12", [A_KILLED, W_KILLED], 1)])
# injured: the sources disagree among themselves (40 vs 41); the draft's 40 is contradicted by local's 41.
INJURED = _finding(
    "f-injured", [("A", "40", [A_INJURED, W_INJURED, D_INJURED], 2), ("B", "41", [L_INJURED], 1)]
)
# homes: the finding sets 300 destroyed against 280 lost, but asked alone, no source clashes with the
# draft's 300 destroyed (as "a visit in 2000" fits each source of a series conflict): supported.
HOMES = _finding("f-homes", [("A", "300", [D_HOMES, A_HOMES, R_HOMES], 3), ("B", "280", [L_HOMES], 1)])
GROUPS = {"agency": "agency", "wire": "agency", "local": "local", "radio": "radio"}


def _value_oracle(claim, others):
    """The comparison, as the audit asks it, for these hand-made counts: same thing counted, other number."""
    clashing = [
        o for o in others if o.value.counted == claim.value.counted and o.value.low != claim.value.low
    ]
    if not clashing:
        return []
    return [_finding("pair", [("x", "draft", [claim], 1), ("y", "source", clashing, 1)])]


def _audit(report, findings):
    return audit_report(DRAFT, [AGENCY, LOCAL, RADIO, WIRE], report, findings, _value_oracle, GROUPS)


def _report(findings: list[Discrepancy], corroborations: list[Corroboration] = ()) -> Report:
    sources = [AGENCY, DRAFT, LOCAL, RADIO, WIRE]
    return Report(
        tool_version="0.1.0",
        sources=[source_info(s) for s in sources],
        claims=[D_KILLED, D_INJURED, D_BRIDGES, D_HOMES, A_KILLED, A_INJURED, A_HOMES, W_KILLED, W_INJURED]
        + [L_KILLED, L_INJURED, L_HOMES, R_HOMES],
        discrepancies=findings,
        corroborations=list(corroborations),
    )


def test_draft_claims_are_labelled_by_the_findings_and_agreements_they_are_in() -> None:
    report = _report([KILLED, INJURED, HOMES])
    audit = _audit(report, report.discrepancies)
    assert [(claim.quote, claim.label) for claim in audit.claims] == [
        ("killed 14 people", "contradicted"),
        ("injured 40", "contradicted"),
        ("destroyed 7 bridges", "unverified"),
        ("300 homes fell", "supported"),
    ]
    killed, injured, _, homes = audit.claims
    # agency and its wire copy count as one independent source
    assert (
        killed.contradicted_by.sources == ("agency", "wire")
        and killed.contradicted_by.independent_sources == 1
    )
    assert killed.supported_by.sources == ("local",)
    assert injured.contradicted_by.sources == ("local",) and injured.supported_by.sources == (
        "agency",
        "wire",
    )
    assert injured.explanations == ("the counts differ",)
    assert homes.supported_by.sources == ("agency", "radio") and homes.supported_by.independent_sources == 2
    assert homes.contradicted_by.claims == ()


def test_a_claim_only_sources_oppose_is_contradicted_with_the_quotes_and_explanation() -> None:
    alone = _finding("f-alone", [("A", "14", [D_KILLED], 1), ("B", "12", [A_KILLED, W_KILLED], 1)])
    report = _report([alone])
    audit = _audit(report, report.discrepancies)
    killed = audit.claims[0]
    assert killed.label == "contradicted"
    assert [ref.quote for ref in killed.contradicted_by.claims] == ["At least 12 died", "At least 12 died"]
    assert killed.explanations == ("the counts differ",) and killed.findings == ("f-alone",)
    # a finding between the draft and sources only is not a discrepancy among the sources
    assert audit.discrepancies == []


def test_an_agreement_supports_a_claim() -> None:
    agreed = Corroboration(
        fact="homes destroyed",
        value="300",
        independent_sources=2,
        claims=(_ref(D_HOMES, "A", "300"), _ref(A_HOMES, "A", "300")),
    )
    report = _report([], [agreed])
    audit = _audit(report, [])
    homes = next(c for c in audit.claims if c.quote == "300 homes fell")
    assert homes.label == "supported" and homes.supported_by.sources == ("agency",) and homes.value == "300"


def test_discrepancies_among_sources_leave_out_the_draft_quotes() -> None:
    report = _report([KILLED, INJURED, HOMES])
    audit = _audit(report, report.discrepancies)
    assert [f.id for f in audit.discrepancies] == ["f-killed", "f-injured", "f-homes"]
    assert all(ref.source != "draft" for f in audit.discrepancies for ref in f.claims)
    assert all(D_INJURED.id not in side.claims for f in audit.discrepancies for side in f.sides)
    # local alone on the killed side once the draft is out; the homes side keeps agency and radio
    assert [side.independent_sources for side in audit.discrepancies[0].sides] == [1, 1]
    assert [side.independent_sources for side in audit.discrepancies[2].sides] == [2, 1]


# --------------------------------------------------------------------------
# Draft formats

DRAFT_TEXT = "Nine people died in the fire on Friday.\n\nThe mayor visited the site."


@pytest.mark.parametrize("suffix", [".md", ".txt", ".html", ".docx"])
def test_drafts_load_from_every_supported_format(tmp_path, suffix: str) -> None:
    path = tmp_path / f"fire{suffix}"
    if suffix == ".docx":
        import docx

        document = docx.Document()
        for paragraph in DRAFT_TEXT.split("\n\n"):
            document.add_paragraph(paragraph)
        document.core_properties.title = "Fire"
        document.save(path)
    elif suffix == ".html":
        paragraphs = "".join(f"<p>{p}</p>" for p in DRAFT_TEXT.split("\n\n"))
        path.write_text(
            f"<html><body><article><h1>Fire</h1>{paragraphs}</article></body></html>", encoding="utf-8"
        )
    else:
        path.write_text(DRAFT_TEXT + "\n", encoding="utf-8")
    draft = load_draft(str(path), taken=["fire"])
    assert "Nine people died in the fire on Friday." in draft.text
    assert "The mayor visited the site." in draft.text
    assert draft.id == "draft:fire"


def test_a_draft_must_be_a_file_of_a_known_format(tmp_path) -> None:
    (tmp_path / "draft.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(UsageError):
        load_draft(str(tmp_path / "draft.pdf"))
    with pytest.raises(UsageError):
        load_draft(str(tmp_path))


def test_a_broken_docx_is_an_input_error_naming_the_file(run_cli, tmp_path) -> None:
    (tmp_path / "draft.docx").write_bytes(b"not a zip")
    (tmp_path / "src.txt").write_text("Nine people died.\n", encoding="utf-8")
    result = run_cli("audit", tmp_path / "draft.docx", "--sources", tmp_path / "src.txt")
    assert result.exit_code == 2 and "draft.docx" in result.stderr


# --------------------------------------------------------------------------
# End to end on the example story


def test_audit_of_a_draft_about_the_example_story_labels_its_three_claims(run_cli) -> None:
    draft = FIXTURES / "putin_draft.md"
    result = run_cli("audit", draft, "--sources", SOURCES, "--format", "json", "--no-cache")
    assert result.exit_code == 1, result.stderr  # a contradicted claim fails the gate
    audit = json.loads(result.stdout)
    text = draft.read_text(encoding="utf-8")

    def label_of(sentence: str) -> set[str]:
        start = text.index(sentence) - text.index("\n---\n", 3) - len("\n---\n")
        end = start + len(sentence)
        return {c["label"] for c in audit["claims"] if start <= c["start"] < end}

    assert label_of("Putin first visited North Korea in 2000.") == {"supported"}
    assert "contradicted" in label_of("Putin's trip is his second visit to North Korea since 2019.")
    assert label_of("He brought 37 ministers with him.") == {"unverified"}


def test_audit_text_lists_claims_then_discrepancies_among_sources(run_cli) -> None:
    result = run_cli("audit", FIXTURES / "putin_draft.md", "--sources", SOURCES, "--no-cache")
    assert result.stdout.startswith(f"{FIXTURES / 'putin_draft.md'}: ")
    assert "Discrepancies among the sources:" in result.stdout


def _write_quake_story(directory: Path, draft_suffix: str) -> tuple[Path, list[Path]]:
    directory.mkdir()
    sources = []
    for source in (AGENCY, LOCAL, RADIO, WIRE):
        path = directory / f"{source.id}.txt"
        path.write_text(source.text, encoding="utf-8")
        sources.append(path)
    draft = directory / f"draft{draft_suffix}"
    if draft_suffix == ".docx":
        import docx

        document = docx.Document()
        document.add_paragraph(DRAFT.text)
        document.save(draft)
    else:
        draft.write_text(DRAFT.text, encoding="utf-8")
    return draft, sources


def _fake_comparison(monkeypatch) -> None:
    """The audit command with the quake story's hand-made findings in place of the comparison, so that
    the command's wiring is tested apart from extraction."""
    import factcheck.run.audit
    import factcheck.run.pipeline

    def compare_sources(sources, run=None, compare_options=None, warn=None):
        ordered = sorted(sources, key=lambda source: source.id)
        assert [s.id for s in ordered] == ["agency", "draft", "local", "radio", "wire"]
        assert ordered[1].text.rstrip("\n") == DRAFT.text
        report = _report([KILLED, INJURED, HOMES])
        report.sources = [source_info(source) for source in ordered]
        return report, ordered

    monkeypatch.setattr(factcheck.run.pipeline, "compare_sources", compare_sources)
    monkeypatch.setattr(factcheck.run.audit, "comparison_oracle", lambda sources, options=None: _value_oracle)


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_audit_command_labels_claims_in_json_and_fails_the_gate(
    run_cli, monkeypatch, tmp_path, suffix
) -> None:
    _fake_comparison(monkeypatch)
    draft, sources = _write_quake_story(tmp_path / "story", suffix)
    result = run_cli("audit", draft, "--sources", *sources, "--format", "json")
    assert result.exit_code == 1, result.stderr
    audit = json.loads(result.stdout)
    assert [(c["quote"], c["label"]) for c in audit["claims"]] == [
        ("killed 14 people", "contradicted"),
        ("injured 40", "contradicted"),
        ("destroyed 7 bridges", "unverified"),
        ("300 homes fell", "supported"),
    ]
    assert audit["draft"]["id"] == "draft" and [s["id"] for s in audit["sources"]] == [
        "agency",
        "local",
        "radio",
        "wire",
    ]


def test_audit_command_text_names_supporting_and_contradicting_sources(
    run_cli, monkeypatch, tmp_path
) -> None:
    _fake_comparison(monkeypatch)
    draft, sources = _write_quake_story(tmp_path / "story", ".txt")
    out = run_cli("audit", draft, "--sources", *sources, "--exit-zero").stdout
    assert out.startswith(f"{draft}: 4 checkable claims (2 contradicted, 1 supported, 1 unverified)")
    assert f"{draft}:1:68: SUPPORTED \u201c300 homes fell\u201d" in out
    assert "    supported by agency, radio (2 independent)" in out
    # the wire copy is told apart from the agency by its text here (it is shorter): 2 independent
    assert (
        "    contradicted by agency, wire (2 independent)" in out
        and "    supported by local (1 independent)" in out
    )
    assert f"{draft}:1:47: UNVERIFIED \u201cdestroyed 7 bridges\u201d" in out
    assert out.index("Discrepancies among the sources:") > out.index("UNVERIFIED")
    assert "among 4 sources" in out


def test_audit_command_machine_formats_annotate_the_draft(run_cli, monkeypatch, tmp_path) -> None:
    _fake_comparison(monkeypatch)
    draft, sources = _write_quake_story(tmp_path / "story", ".md")
    out = run_cli("audit", draft, "--sources", *sources, "--format", "github").stdout
    assert f"::error file={draft},line=1" in out


def test_audit_writes_the_audit_and_the_findings_in_one_run(run_cli, monkeypatch, tmp_path) -> None:
    _fake_comparison(monkeypatch)
    draft, sources = _write_quake_story(tmp_path / "story", ".md")
    audit_json, sarif = tmp_path / "audit.json", tmp_path / "audit.sarif"
    result = run_cli("audit", draft, "--sources", *sources, "--write", audit_json, "--write", sarif)
    assert result.exit_code == 1
    # .json is the audit itself (its claims and labels); .sarif the findings of draft and sources
    assert "claims" in json.loads(audit_json.read_text(encoding="utf-8"))
    assert json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]


# --------------------------------------------------------------------------
# Inline suppressions in the draft: they speak for the draft's own claims only


def test_a_claim_contradicted_only_by_what_the_draft_suppresses_is_suppressed_not_supported() -> None:
    alone = _finding("f-alone", [("A", "14", [D_KILLED], 1), ("B", "12", [A_KILLED, W_KILLED], 1)])
    report = _report([alone])
    # publish hid the finding (the draft's directive names it): the verdict must not turn to unverified
    audit = audit_report(
        DRAFT, [AGENCY, LOCAL, RADIO, WIRE], report, [], _value_oracle, GROUPS, suppressed=[alone]
    )
    killed = audit.claims[0]
    assert killed.label == "suppressed"
    assert killed.contradicted_by.sources == ("agency", "wire") and killed.findings == ("f-alone",)
    assert killed.explanations == ("the counts differ",)


def test_a_draft_suppression_leaves_the_sources_own_conflict_and_other_claims_alone() -> None:
    report = _report([KILLED, INJURED, HOMES])
    # the draft's directive names the injured finding, which sources hold on both sides: publish kept it
    audit = audit_report(
        DRAFT,
        [AGENCY, LOCAL, RADIO, WIRE],
        report,
        report.discrepancies,
        _value_oracle,
        GROUPS,
        suppressed=[INJURED],
    )
    assert [(claim.quote, claim.label) for claim in audit.claims] == [
        ("killed 14 people", "contradicted"),
        ("injured 40", "suppressed"),
        ("destroyed 7 bridges", "unverified"),
        ("300 homes fell", "supported"),
    ]
    assert [f.id for f in audit.discrepancies] == ["f-killed", "f-injured", "f-homes"]


FIRE = "The fire at the Corlan mill killed {} people on Friday.{}\n"
IGNORE = ' <!-- factcheck: ignore FC201 reason="our reporter counted" -->'


def _fire_story(directory: Path, agency: int, local: int, draft: int) -> tuple[Path, Path]:
    (directory / "wire").mkdir(parents=True)
    (directory / "wire" / "agency.txt").write_text(FIRE.format(agency, ""), encoding="utf-8")
    (directory / "wire" / "local.txt").write_text(
        FIRE.format(local, " Rescuers searched all night."), encoding="utf-8"
    )
    (directory / "draft.md").write_text(FIRE.format(draft, IGNORE), encoding="utf-8")
    return directory / "draft.md", directory / "wire"


def test_audit_command_keeps_the_sources_conflict_that_a_draft_directive_names(run_cli, tmp_path) -> None:
    draft, wire = _fire_story(tmp_path, agency=12, local=9, draft=12)
    result = run_cli("audit", draft, "--sources", wire, "--format", "json", "--no-cache")
    assert result.exit_code == 1, result.stderr  # the sources' own conflict still fails the gate
    audit = json.loads(result.stdout)
    assert [(c["quote"], c["label"]) for c in audit["claims"] if c["kind"] == "quantity"] == [
        ("12 people", "suppressed")
    ]
    assert [f["code"] for f in audit["discrepancies"]] == ["FC201"]
    assert {ref["quote"] for ref in audit["discrepancies"][0]["claims"]} == {"12 people", "9 people"}


def test_audit_command_hides_a_conflict_of_the_draft_alone_that_its_directive_names(
    run_cli, tmp_path
) -> None:
    draft, wire = _fire_story(tmp_path, agency=12, local=12, draft=9)
    result = run_cli("audit", draft, "--sources", wire, "--no-cache", "--verbose")
    assert result.exit_code == 0, result.stderr
    assert f"{draft}:1:36: SUPPRESSED “9 people”" in result.stdout
    # "on Friday" is the fire's date in the draft and in both sources: supported
    assert "(0 contradicted, 1 supported, 0 unverified, 1 suppressed)" in result.stdout.splitlines()[0]
    assert (
        f"hidden (suppressed at {draft}:1) FC201" in result.stdout and "our reporter counted" in result.stdout
    )


def test_audit_stops_on_a_bad_source_and_with_keep_going_audits_against_the_rest(run_cli, tmp_path) -> None:
    draft, wire = _fire_story(tmp_path, agency=12, local=12, draft=9)
    (wire / "broken.md").write_text("---\npublished: 2024-02-30\n---\nThe mill burned.\n", encoding="utf-8")
    stopped = run_cli("audit", draft, "--sources", wire, "--no-cache")
    assert stopped.exit_code == 2 and stopped.stdout == ""
    assert stopped.stderr.startswith(f"factcheck: error: {wire / 'broken.md'}: E106 ")
    kept = run_cli("audit", draft, "--sources", wire, "--no-cache", "--keep-going", "--format", "json")
    assert kept.exit_code == 0, kept.stderr  # the draft's one conflict is suppressed in the draft
    assert f"factcheck: warning: {wire / 'broken.md'}: E106 " in kept.stderr
    audit = json.loads(kept.stdout)
    assert [source["id"] for source in audit["sources"]] == ["agency", "local"]
    assert [c["label"] for c in audit["claims"] if c["quote"] == "9 people"] == ["suppressed"]


def _docx_bytes(change) -> bytes:
    """A Word document of one invented sentence, with its parts passed through ``change``."""
    import docx

    document = docx.Document()
    document.add_paragraph("Nine people died in the depot fire on Monday.")
    plain = io.BytesIO()
    document.save(plain)
    changed = io.BytesIO()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(changed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            for name, data in change(info.filename, source.read(info.filename)):
                target.writestr(name, data)
    return changed.getvalue()


def _damaged_deflate(data: bytes) -> bytes:
    at = data.index(b"word/document.xml") + 60
    return data[:at] + bytes(b ^ 0xFF for b in data[at : at + 40]) + data[at + 40 :]


@pytest.mark.parametrize(
    ("draft", "problem"),
    [
        (
            lambda: _docx_bytes(lambda n, d: [(n, d[: len(d) // 2] if n == "word/document.xml" else d)]),
            "E100",
        ),
        (lambda: _docx_bytes(lambda n, d: [] if n == "word/document.xml" else [(n, d)]), "E100"),
        (lambda: _docx_bytes(lambda n, d: [(n, d)])[:20_000], "E100"),
        (lambda: _damaged_deflate(_docx_bytes(lambda n, d: [(n, d)])), "E100"),
        (
            lambda: _docx_bytes(
                lambda n, d: (
                    [(n, d)]
                    + ([("word/media/huge.bin", b"\0" * 3_000_000)] if n == "word/document.xml" else [])
                )
            ),
            "E107 the Word document unpacks to",
        ),
    ],
    ids=["broken-xml", "no-document-part", "truncated", "damaged-deflate", "unpacks-past-max-bytes"],
)
def test_a_malformed_docx_is_one_line_and_exit_two(run_cli, tmp_path, draft, problem) -> None:
    (tmp_path / "draft.docx").write_bytes(draft())
    (tmp_path / "src.txt").write_text("Twelve people died in the depot fire on Monday.\n", encoding="utf-8")
    result = run_cli(
        "audit",
        tmp_path / "draft.docx",
        "--sources",
        tmp_path / "src.txt",
        "--no-cache",
        "--max-bytes",
        "1000000",
    )
    assert result.exit_code == 2
    assert (
        result.stderr.count("factcheck: error") == 1
        and problem in result.stderr
        and "draft.docx" in result.stderr
    )
