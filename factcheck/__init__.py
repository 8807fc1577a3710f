"""factcheck: a source-consistency fact checker for news stories.

The Python API mirrors the CLI::

    import factcheck
    report = factcheck.check(["sources/"])      # -> factcheck.records.Report
    claims = factcheck.extract(["sources/"])    # -> list of Claim records

Heavy modules are imported on first use so that ``factcheck --version``
starts fast.

The package's folders follow the data, and a module imports only from its
own layer or the ones above it in this list (``tests/test_layout.py``
checks that, and that no imports go round in a cycle):

    records, errors,  the spine every stage uses: typed records, errors,
    config, values    settings, typed values
    read/             paths -> Source records -> segments
    extract/          a source -> typed claims (and the tables they look up)
    compare/          a story's sources and claims -> findings, its Report
                      (the rules; the verdicts on a draft's claims)
    report/           a Report -> what is shown: suppressions, baseline, gate
    formats/          what is shown -> text, markdown, html, json, sarif, ...
    run/              the pipeline: workers, the cache, corpora, audits
    cli/              the commands
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from factcheck.run.pipeline import check, extract

__all__ = ["__version__", "check", "extract"]


def __getattr__(name: str) -> Any:
    if name in ("check", "extract"):
        from factcheck.run import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
