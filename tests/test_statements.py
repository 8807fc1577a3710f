"""Statements without a typed value (factcheck.compare.statements): supported by a source sentence
that tells the same thing in other words, unverified otherwise; not a question or a directive."""

from __future__ import annotations

from pathlib import Path

import factcheck

# An invented visit: a minister meets a mayor; one report says the mayor skipped a dinner.
SOURCES = {
    "a.md": "Minister Ines Calloway visited Lisbon on Monday to meet mayor Rui Tavora about the new tram "
    "line.\nThe two signed a funding agreement for the tram.",
    "b.md": "Ines Calloway met Rui Tavora in Lisbon on Monday. Tavora did not attend the dinner.",
}


def _audit(tmp_path: Path, draft: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each verdict of ``draft`` against the visit's sources: quote -> (label, supporting sources)."""
    (tmp_path / "src").mkdir()
    for name, text in SOURCES.items():
        (tmp_path / "src" / name).write_text(f"---\npublished: 2025-05-06\n---\n{text}\n", encoding="utf-8")
    path = tmp_path / "draft.md"
    path.write_text(f"---\npublished: 2025-05-07\n---\n{draft}\n", encoding="utf-8")
    audit = factcheck.audit(path, tmp_path / "src")
    return {claim.quote: (claim.label, claim.supported_by.sources) for claim in audit.claims}


def test_a_sentence_a_source_states_in_other_words_is_supported(tmp_path) -> None:
    # "travelled to" for "visited": the same people and place, the same kind of event
    found = _audit(tmp_path, "Ines Calloway travelled to Lisbon to meet Rui Tavora.")
    assert found == {"Ines Calloway travelled to Lisbon to meet Rui Tavora.": ("supported", ("a", "b"))}


def test_a_sentence_no_source_states_is_unverified(tmp_path) -> None:
    found = _audit(tmp_path, "Calloway and Tavora discussed fishing quotas for the coming season.")
    assert found == {
        "Calloway and Tavora discussed fishing quotas for the coming season.": ("unverified", ())
    }


def test_a_statement_does_not_take_support_from_its_denial(tmp_path) -> None:
    # b says the mayor did not attend: the same words, the other polarity
    found = _audit(tmp_path, "Rui Tavora attended the dinner.")
    assert found == {"Rui Tavora attended the dinner.": ("unverified", ())}


def test_questions_directives_and_bare_mentions_are_not_statements(tmp_path) -> None:
    draft = (
        "Would the tram line ever open?\n\n"
        '<!-- factcheck: ignore FC201 reason="a test" -->\n\n'
        "Minister Ines Calloway.\n\n"
        "The two signed a funding agreement for the tram."
    )
    assert _audit(tmp_path, draft) == {
        "The two signed a funding agreement for the tram.": ("supported", ("a",))
    }
