"""factcheck: a source-consistency fact checker for news stories.

The Python API mirrors the CLI::

    import factcheck
    report = factcheck.check("sources/")        # -> factcheck.records.Report (a path or a list)
    claims = factcheck.extract("sources/")      # -> list of Claim records
    audit = factcheck.audit("draft.md", "sources/")   # -> factcheck.compare.verdicts.AuditReport

Heavy modules are imported on first use so that ``factcheck --version``
starts fast.

The package's folders follow the data, and a module imports only from its
own layer or the ones above it in this list (``tests/test_layout.py``
checks that, and that no imports go round in a cycle; ``check`` and
``extract`` here are the pipeline's, imported on first use):

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

import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
# Where the project and its documentation live: SARIF's informationUri and each rule's helpUri
# (docs/rules.md at the tag of this version) point here. One place to change when it moves.
PROJECT_URL = "https://github.com/OWNER/factcheck"

if TYPE_CHECKING:
    from factcheck.run.audit import audit
    from factcheck.run.pipeline import check, extract

__all__ = ["PROJECT_URL", "__version__", "audit", "check", "extract"]
_API = ("audit", "check", "extract")


def __getattr__(name: str) -> Any:
    if name == "audit":
        from factcheck.run.audit import audit

        return audit
    if name in _API:
        from factcheck.run import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")


def __dir__() -> list[str]:
    # the API functions are imported on first use, but listed (and completed by an editor) now
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """``factcheck.extract`` names both the API function and the subpackage of extractors.

    Importing a subpackage sets it as an attribute of its parent, which would hide the function
    as soon as anything imported the extractors (a check does). This property keeps the
    attribute the function; the subpackage stays importable by name (``from factcheck.extract
    import ...``), which goes through ``sys.modules``, not through this attribute.
    """

    @property
    def extract(self) -> Any:
        from factcheck.run.pipeline import extract

        return extract

    @extract.setter
    def extract(self, package: types.ModuleType) -> None:
        self.__dict__["_extract_package"] = package


sys.modules[__name__].__class__ = _Package
