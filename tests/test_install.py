"""The product as a user gets it: the installed console script and a built wheel, run from elsewhere.

An editable checkout hides packaging mistakes (a template or stylesheet read from the repository
instead of the package), so these run outside the repository, in a subprocess, with no model key.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STORY = ROOT / "tests" / "data" / "story"
SCRIPT = Path(sys.executable).parent / ("summarizer.exe" if os.name == "nt" else "summarizer")


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"OPENAI_API_KEY", "OPENAI_BASE_URL", "PYTHONPATH"}}
    env["SUMMARIZER_CACHE_DIR"] = str(tmp / "cache")
    return env


def _check_markdown(text: str) -> None:
    assert text.startswith("# ")
    assert "[S1" in text
    assert "## Sources" in text or "Sources" in text.split("\n## ")[-1]


@pytest.mark.slow
def test_console_script_briefs_the_story_from_outside_the_repository(tmp_path: Path) -> None:
    assert SCRIPT.exists(), f"console script not installed at {SCRIPT}"
    out = tmp_path / "briefing.md"
    proc = subprocess.run([str(SCRIPT), "brief", str(STORY), "-o", str(out)], cwd=tmp_path, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "backend: offline" in proc.stderr
    _check_markdown(out.read_text(encoding="utf-8"))


def test_version_flag(tmp_path: Path) -> None:
    from importlib.metadata import version

    proc = subprocess.run([str(SCRIPT), "--version"], cwd=tmp_path, env=_env(tmp_path), capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"summarizer {version('summarizer')}"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                           "--no-index", "-w", str(dist)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (built,) = dist.glob("summarizer-*.whl")
    return built


@pytest.mark.slow
def test_wheel_carries_prompts_and_html_assets(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    prompts = {p.name for p in (ROOT / "prompts").glob("*.j2")}
    assert prompts, "no templates in prompts/"
    for name in prompts:
        assert f"summarizer/prompts/{name}" in names
    for asset in (ROOT / "summarizer" / "render" / "html_assets").iterdir():
        assert f"summarizer/render/html_assets/{asset.name}" in names


@pytest.mark.slow
@pytest.mark.parametrize(("fmt", "marker"), [("md", "# "), ("html", "<!doctype html>")])
def test_wheel_alone_briefs_the_story(wheel: Path, tmp_path: Path, fmt: str, marker: str) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = _env(tmp_path) | {"PYTHONPATH": str(site)}
    out = tmp_path / f"briefing.{fmt}"
    code = ("import sys, summarizer; from pathlib import Path; "
            "assert Path(summarizer.__file__).is_relative_to(Path(sys.argv[1])), summarizer.__file__; "
            "sys.argv = ['summarizer'] + sys.argv[2:]; from summarizer.cli import main; main()")
    proc = subprocess.run([sys.executable, "-c", code, str(site), "brief", str(STORY), "--format", fmt, "-o", str(out)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    text = out.read_text(encoding="utf-8")
    assert text.lower().startswith(marker)
    if fmt == "html":
        css = (ROOT / "summarizer" / "render" / "html_assets" / "briefing.css").read_text(encoding="utf-8")
        assert css.strip().splitlines()[0] in text
