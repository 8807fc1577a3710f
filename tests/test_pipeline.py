"""The Python API: factcheck.check, extract and audit, as usable as the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIXTURES, SOURCES

import factcheck


def test_api_functions_are_listed_and_importable() -> None:
    for name in ("check", "extract", "audit"):
        assert name in dir(factcheck) and name in factcheck.__all__
        assert callable(getattr(factcheck, name))
    from factcheck import audit, check  # noqa: F401 - the import itself is the test


@pytest.mark.parametrize("given", [str(SOURCES), SOURCES, [str(SOURCES)], (SOURCES,)])
def test_check_takes_one_path_or_several(given) -> None:
    report = factcheck.check(given)
    assert len(report.sources) == len([p for p in SOURCES.iterdir() if p.suffix == ".md"])


def test_check_of_a_single_file_reads_that_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The Tarrow ferry ran aground on Friday with 40 people on board.\n", encoding="utf-8")
    assert [source.path for source in factcheck.check(article).sources] == [article.as_posix()]
    assert factcheck.extract(str(article))


def test_audit_labels_the_drafts_claims(run_cli) -> None:
    draft = FIXTURES / "audit" / "putin_draft.md"
    result = factcheck.audit(draft, SOURCES)
    cli = json.loads(run_cli("audit", draft, "--sources", SOURCES, "--format", "json").stdout)
    assert result.model_dump(mode="json") == cli
    assert sum(result.count(label) for label in ("supported", "contradicted", "unverified")) == len(
        result.claims
    )
