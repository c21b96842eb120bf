"""Regenerate docs/briefing.png: the HTML briefing of the test story, its disagreements and one passage open.

    python docs/screenshot.py            # needs Chromium (apt-get install chromium) and playwright

Kept next to the image so the picture in the README can always be remade from the current code.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from summarizer.pipeline import Options, arun
from summarizer.render.html import render_html

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic"]


def main() -> int:
    chromium = os.environ.get("SUMMARIZER_CHROMIUM") or shutil.which("chromium")
    if not chromium:
        print("no Chromium found: apt-get install chromium", file=sys.stderr)
        return 2
    result = asyncio.run(arun([ROOT / "tests" / "data" / "story"], Options(backend="offline")))
    page_html = render_html(result.briefing, result.article_texts)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        path = Path(tmp) / "briefing.html"
        path.write_text(page_html, encoding="utf-8")
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 1250}, device_scale_factor=1)
        page.goto(path.as_uri())
        # The picture should show what only this tool shows: sources disagreeing, at the top of the page,
        # with the dissenting source's own sentence highlighted. The workers' count reads best; any
        # first discrepancy will do if the story's output changes.
        lines = page.locator("#at-a-glance li")
        workers = lines.filter(has_text="Number of workers")
        line = workers.first if workers.count() else lines.first
        line.locator("button.chip").last.click()
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(ROOT / "docs" / "briefing.png"))
        browser.close()
    print("wrote docs/briefing.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
