"""The package's floors: a module imports only from its own floor or the ones below, and no import goes round.

Every ``import newsquotes...`` in ``src/`` is read with ``ast`` (imports inside functions too), so the check
needs nothing installed and takes milliseconds. A module's floor is that of the longest prefix listed in
:data:`FLOORS`; a new module is placed by its package, a new package must be given a floor here.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

#: Lowest first. ``bench.ner``, ``bench.ner_matching`` and ``bench.quotes`` are the scorers: pure functions of
#: the schema, which gold agreement uses too. ``models.gazetteer`` is reference data read by bylines.
FLOORS: list[tuple[str, ...]] = [
    ("newsquotes", "newsquotes.defaults", "newsquotes.errors", "newsquotes.schema", "newsquotes.models.gazetteer"),
    ("newsquotes.corpus",),
    ("newsquotes.annotations", "newsquotes.bench.ner", "newsquotes.bench.ner_matching", "newsquotes.bench.quotes"),
    ("newsquotes.gold",),
    ("newsquotes.dataset", "newsquotes.exports"),
    ("newsquotes.models",),
    ("newsquotes.labeling",),
    ("newsquotes.bench",),
    ("newsquotes.publish",),
    ("newsquotes.cli", "newsquotes.__main__"),
]


def room(module: str) -> str:
    """The longest prefix of ``module`` that :data:`FLOORS` lists (``newsquotes`` itself: only the package's
    ``__init__``): the part of the package it belongs to."""
    inside = [prefix for prefixes in FLOORS for prefix in prefixes
              if module == prefix or (prefix != "newsquotes" and module.startswith(prefix + "."))]
    assert inside, f"{module} is on no floor: give its package one in FLOORS"
    return max(inside, key=len)


def floor(module: str) -> int:
    return next(level for level, prefixes in enumerate(FLOORS) if room(module) in prefixes)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """The ``newsquotes`` modules ``path`` imports (``from newsquotes.x import y`` counts ``newsquotes.x.y``
    when that is a module, else ``newsquotes.x``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("newsquotes")}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("newsquotes"):
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                found.add(candidate if candidate in MODULES else node.module)
    return found


MODULES = {module_name(path): path for path in sorted((SRC / "newsquotes").rglob("*.py"))}


def graph() -> dict[str, set[str]]:
    return {module: {m for m in imports(path) if m != module} for module, path in MODULES.items()}


def test_every_module_has_a_floor():
    for module in MODULES:
        floor(module)


def test_no_import_goes_up_a_floor():
    upward = sorted(f"{module} (floor {floor(module)}) imports {other} (floor {floor(other)})"
                    for module, targets in graph().items() for other in targets
                    if other.startswith("newsquotes.") and floor(other) > floor(module))
    assert not upward, "\n".join(upward)


def cycles(edges: dict[str, set[str]]) -> list[str]:
    """Every loop found by a depth-first walk of ``edges``, as "a -> b -> a"."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    found = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for other in sorted(edges.get(node, set()) - {node}):
            if state.get(other) == 1:
                found.append(" -> ".join([*path[path.index(other):], other]))
            elif not state.get(other):
                visit(other, [*path, other])
        state[node] = 2

    for node in sorted(edges):
        if not state.get(node):
            visit(node, [node])
    return found


def test_no_import_cycles_between_rooms():
    """No room (an entry of :data:`FLOORS`: a package, or a module given a floor of its own) imports, through
    others, a room that imports it."""
    edges: dict[str, set[str]] = {}
    for module, targets in graph().items():
        edges.setdefault(room(module), set()).update(room(t) for t in targets if t.startswith("newsquotes."))
    loops = cycles(edges)
    assert not loops, "\n".join(loops)


def test_no_import_cycles_between_modules():
    """Nor does a module import, through others, one that imports it, even from inside a function (a package's
    ``__init__`` aside, which its modules name as their parent)."""
    edges = {module: {t for t in targets if t in MODULES and not MODULES[t].name == "__init__.py"}
             for module, targets in graph().items()}
    loops = cycles(edges)
    assert not loops, "\n".join(loops)
