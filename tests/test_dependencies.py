"""Every third-party module the code imports is declared in pyproject.toml.

A missing declaration works on a developer's machine (something else pulled the package in) and
breaks on a user's: the lxml_html_clean gap did exactly that. This walks every import, including
those inside functions, and maps it to the distribution that provides it.
"""

from __future__ import annotations

import ast
import functools
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))

# Modules imported only by other packages at run time, never by our code: declared because a
# dependency of ours needs them and forgets to say so (jusText under trafilatura).
IMPLICIT = {"lxml-html-clean"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(spec: str) -> str:
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
    assert match, spec
    return _norm(match.group(1))


def _top_level_imports(folder: Path) -> set[str]:
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names


def _third_party(names: set[str], local: set[str]) -> set[str]:
    return {n for n in names if n not in sys.stdlib_module_names and n not in local and n != "__future__"}


@functools.cache
def _providers() -> dict[str, list[str]]:
    """Module -> distributions, read once: the scan of every installed distribution takes a second."""
    return dict(packages_distributions())


def _undeclared(modules: set[str], declared: set[str]) -> dict[str, list[str]]:
    providers = _providers()
    missing: dict[str, list[str]] = {}
    for module in sorted(modules):
        dists = {_norm(d) for d in providers.get(module, [])}
        if not dists & declared:
            missing[module] = sorted(dists) or ["(not installed)"]
    return missing


def test_package_imports_are_declared_dependencies() -> None:
    declared = {_requirement_name(s) for s in PYPROJECT["project"]["dependencies"]}
    missing = _undeclared(_third_party(_top_level_imports(ROOT / "summarizer"), {"summarizer"}), declared)
    assert not missing, f"imported but not in [project.dependencies]: {missing}"


def test_test_and_bench_imports_are_declared() -> None:
    declared = {_requirement_name(s) for s in PYPROJECT["project"]["dependencies"]}
    declared |= {_requirement_name(s) for s in PYPROJECT["project"]["optional-dependencies"]["test"]}
    local = {"summarizer", "tests", "helpers", "story", "conftest", "corpus", "articles"}
    used = _top_level_imports(ROOT / "tests") | _top_level_imports(ROOT / "docs")
    missing = _undeclared(_third_party(used, local), declared)
    assert not missing, f"imported by tests but not declared in the test extra: {missing}"


def test_implicit_dependencies_stay_declared() -> None:
    declared = {_requirement_name(s) for s in PYPROJECT["project"]["dependencies"]}
    assert declared >= IMPLICIT


def test_lock_pins_every_declared_dependency() -> None:
    lock = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pinned = {_norm(m.group(1)) for m in re.finditer(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==", lock, re.M)}
    declared = {_requirement_name(s) for s in PYPROJECT["project"]["dependencies"]}
    declared |= {_requirement_name(s) for s in PYPROJECT["project"]["optional-dependencies"]["test"]}
    assert declared <= pinned, f"declared but not in requirements.lock: {sorted(declared - pinned)}"
