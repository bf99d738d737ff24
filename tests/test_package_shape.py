"""The package's shape: imports point one way (no circles) and no module grows past 300 lines.

The import graph is read from the source (every ``import`` in a module, including those
inside functions and ``if TYPE_CHECKING:`` blocks, since a deferred import is still a
circle a reader has to untangle), so the test needs no import of ``kg`` itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

KG = Path(__file__).resolve().parents[1] / "kg"
MAX_LINES = 300


def module_name(path: Path) -> str:
    """``kg/extract/roles/posts.py`` -> ``kg.extract.roles.posts``; a package's ``__init__`` is the package."""
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def kg_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(KG.rglob("*.py"))}


def imported(tree: ast.Module, name: str, is_package: bool, modules: dict[str, Path]) -> set[str]:
    """The kg modules a module's source imports (a name imported from a package counts as its submodule when it is one)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = name if is_package else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{node.module}" if node.module else package
            else:
                base = node.module or ""
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in modules else base)
    return {module for module in found if module in modules}


def import_graph() -> nx.DiGraph:
    modules = kg_modules()
    graph: nx.DiGraph = nx.DiGraph()
    for name, path in modules.items():
        graph.add_node(name)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for target in imported(tree, name, path.name == "__init__.py", modules):
            if target != name:
                graph.add_edge(name, target)
    return graph


def test_the_import_graph_is_read_from_the_source() -> None:
    graph = import_graph()
    # A guard against a graph that is empty for the wrong reason: edges we know exist.
    assert graph.has_edge("kg.reduce", "kg.mapping")
    assert graph.has_edge("kg.mapping", "kg.vocab")
    assert graph.number_of_edges() > 100


def test_no_import_circles_in_kg() -> None:
    cycles = sorted(" -> ".join([*cycle, cycle[0]]) for cycle in nx.simple_cycles(import_graph()))
    assert not cycles, "import circles in kg/:\n" + "\n".join(cycles[:20])


def test_relation_families_build_only_on_what_is_shared() -> None:
    """A family's rules are all in its sub-package: families import common/ and speech/, never each other,
    and common/ imports no family (so ``kg/extract/`` reads as families -> common -> speech)."""
    shared = {"kg.extract.common", "kg.extract.speech"}

    def part(module: str) -> str | None:
        parts = module.split(".")
        return ".".join(parts[:3]) if len(parts) > 2 and parts[1] == "extract" else None

    crossings = {(part(a), part(b)) for a, b in import_graph().edges if part(a) and part(b) and part(a) != part(b)}
    assert ("kg.extract.stance", "kg.extract.common") in crossings  # the check sees the sub-packages
    wrong = sorted((a, b) for a, b in crossings if b not in shared or a == "kg.extract.speech")
    assert not wrong, f"imports across relation families or back into a family: {wrong}"


def test_no_module_in_kg_over_300_lines() -> None:
    long = {
        str(path.relative_to(KG.parent)): lines
        for path in KG.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"modules over {MAX_LINES} lines (split them by what they do): {long}"
