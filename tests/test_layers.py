"""Layering rules from the design: core types and the deterministic stages never import a model client."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "summarizer"
CLIENTS = {"openai", "instructor", "tenacity", "httpx", "httpx2"}
CLIENT_FREE = ["schema", "ground", "text.py", "merge", "render", "ingest", "extract/offline", "synthesize"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(entry: str) -> list[Path]:
    target = PACKAGE / entry
    if target.is_dir():
        return sorted(target.rglob("*.py"))
    return [target] if target.exists() else []


@pytest.mark.parametrize("entry", CLIENT_FREE)
def test_no_client_imports(entry: str) -> None:
    files = _files(entry)
    assert files, f"{entry} not found"
    for path in files:
        clients = {name for name in _imports(path) if name.split(".")[0] in CLIENTS}
        assert not clients, f"{path.relative_to(PACKAGE)} imports {sorted(clients)}"


def test_schema_imports_nothing_from_the_package_at_module_level() -> None:
    files = sorted((PACKAGE / "schema").glob("*.py"))
    assert files
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = {node.module for node in tree.body if isinstance(node, ast.ImportFrom) and node.module}
        outside = {m for m in top_level if m.startswith("summarizer") and not m.startswith("summarizer.schema")}
        assert not outside, f"{path.name} imports {sorted(outside)}"


def test_only_llm_modules_import_clients() -> None:
    allowed = {"extract/llm.py", "extract/batch.py", "extract/ratelimit.py", "testing/fake_openai.py",
               "testing/fake_batch.py"}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        clients = {name for name in _imports(path) if name.split(".")[0] in {"openai", "instructor", "tenacity"}}
        if clients:
            assert rel in allowed, f"{rel} imports {sorted(clients)}"


def test_import_contracts_hold() -> None:
    """The import-linter contracts in pyproject.toml: stage order, schema at the bottom, no client leaks."""
    import shutil
    import subprocess
    import sys

    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe, "lint-imports (import-linter, test extra) is not installed"
    result = subprocess.run([exe, "--no-cache"], cwd=PACKAGE.parent, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " 0 broken" in result.stdout


def test_every_module_has_a_place_in_the_stage_order() -> None:
    """A new top-level module must be placed in the layers contract, or the contract says nothing about it."""
    import tomllib

    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    layers = config["tool"]["importlinter"]["contracts"][0]["layers"]
    placed = {name.strip().removeprefix("summarizer.") for layer in layers for name in layer.split("|")}
    outside = {"testing"}  # test support shipped with the package, above every layer
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"} | {
        p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert modules - outside <= placed, f"not in the layers contract: {sorted(modules - outside - placed)}"
