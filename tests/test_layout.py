"""The package's layout: data flows one way through its folders, and no module is too long to read.

Every import of every module is read with ``ast`` (those inside functions
too, as they run all the same; those under ``if TYPE_CHECKING:`` are for the
type checker only and are skipped) and resolved to the module it loads.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from paths import ROOT

PACKAGE = ROOT / "factcheck"

# The layers, lowest first: a module may import only from its own layer or a lower one.
LAYERS: dict[str, int] = {
    # the spine every stage uses
    "factcheck": 0,
    "factcheck.records": 0,
    "factcheck.errors": 0,
    "factcheck.config": 0,
    "factcheck.values": 0,
    # the stages, in the order the data goes through them
    "factcheck.read": 1,
    "factcheck.extract": 2,
    "factcheck.compare": 3,
    "factcheck.report": 4,
    "factcheck.formats": 5,
    "factcheck.run": 6,
    "factcheck.cli": 7,
    "factcheck.__main__": 7,
}
# The package's own facade: ``factcheck.check`` and ``factcheck.extract`` are the pipeline's,
# ``factcheck.audit`` the audit's, imported on first use (PEP 562 ``__getattr__``) so that
# ``import factcheck`` stays light.
FACADE = {("factcheck", "factcheck.run.pipeline"), ("factcheck", "factcheck.run.audit")}
MAX_LINES = 800


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: dict[str, Path] = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int:
    # the root package is itself only; its other modules and folders are listed one by one
    prefixes = [
        prefix
        for prefix in LAYERS
        if module == prefix or (prefix != "factcheck" and module.startswith(prefix + "."))
    ]
    assert prefixes, f"{module} is in no layer: add its folder to LAYERS in tests/test_layout.py"
    return LAYERS[max(prefixes, key=len)]


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import under ``node``, but those in the body of an ``if TYPE_CHECKING:``."""
    if isinstance(node, ast.If) and _is_type_checking(node.test):
        children: list[ast.AST] = list(node.orelse)
    else:
        children = list(ast.iter_child_nodes(node))
    for child in children:
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        else:
            yield from _imports(child)


def _resolve(module: str, path: Path, node: ast.Import | ast.ImportFrom) -> set[str]:
    """The package modules an import loads: ``from a.b import c`` is ``a.b.c`` when that is a module."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in MODULES}
    base = node.module or ""
    if node.level:
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    targets = set()
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        if submodule in MODULES:
            targets.add(submodule)
        elif base in MODULES:
            targets.add(base)
    return targets


def import_graph() -> dict[str, set[str]]:
    """Each module of the package -> the modules of the package it imports."""
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        targets: set[str] = set()
        for node in _imports(tree):
            targets |= _resolve(module, path, node)
        graph[module] = {target for target in targets - {module} if (module, target) not in FACADE}
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (its modules, the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state:
                cycle = visit(target)
                if cycle:
                    return cycle
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state:
            cycle = visit(module)
            if cycle:
                return cycle
    return None


def test_imports_inside_functions_count_and_type_checking_ones_do_not() -> None:
    tree = ast.parse(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import a\nelse:\n    import b\n"
        "def f():\n    import c\n"
    )
    assert [alias.name for node in _imports(tree) for alias in node.names] == ["TYPE_CHECKING", "b", "c"]


def test_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_a_cycle_is_found_and_named() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_every_import_goes_to_the_same_layer_or_a_lower_one() -> None:
    upward = [
        f"{module} (layer {layer_of(module)}) imports {target} (layer {layer_of(target)})"
        for module, targets in sorted(import_graph().items())
        for target in sorted(targets)
        if layer_of(target) > layer_of(module)
    ]
    assert not upward, "imports against the flow of data:\n" + "\n".join(upward)


def test_no_module_is_too_long() -> None:
    long = {
        module: lines
        for module, path in MODULES.items()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines (split them by concern): {long}"


def test_the_claim_cache_fingerprints_every_module_extraction_can_import() -> None:
    """A change to any module of the layers up to extraction invalidates the cached claims, and a
    change to any module of those up to comparison (or the tasks, which assemble the report, and the
    workers, which hand them what they assemble it from) invalidates the cached reports."""
    from factcheck.run.cache import _NOT_EXTRACTION, _NOT_REPORT, _excluded

    def relative(module: str) -> str:
        return MODULES[module].relative_to(PACKAGE).as_posix()

    unseen_by_claims = [
        module
        for module in MODULES
        if layer_of(module) <= LAYERS["factcheck.extract"] and _excluded(relative(module), _NOT_EXTRACTION)
    ]
    assert not unseen_by_claims, f"changes to these would not invalidate cached claims: {unseen_by_claims}"
    unseen_by_reports = [
        module
        for module in MODULES
        if (
            layer_of(module) <= LAYERS["factcheck.compare"]
            or module in ("factcheck.run.tasks", "factcheck.run.workers")
        )
        and _excluded(relative(module), _NOT_REPORT)
    ]
    assert not unseen_by_reports, f"changes to these would not invalidate cached reports: {unseen_by_reports}"
