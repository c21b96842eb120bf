"""The two parts of the disagreement section an editor reads first: who stands apart, and what moved over time."""

from __future__ import annotations

import re

from summarizer.render import render
from summarizer.render.html import render_html
from summarizer.schema import Briefing, SourceApart, Update, UpdateValue

from .conftest import ARTICLES


def _developing(briefing: Briefing) -> Briefing:
    apart = SourceApart(source="S2", points=["Boats that returned", "Cost of repairs"],
                        summary="S2 differs from most sources on 2 points: Boats that returned, Cost of repairs.")
    update = Update(subject="Boats in the harbour", summary="Boats in the harbour rose from 120 at 06:00 (S1) to 300 at 18:00 (S2).",
                    values=[UpdateValue(value="120", sources=["S1"], time="2025-06-03T06:00"),
                            UpdateValue(value="300", sources=["S2"], time="2025-06-03T18:00")])
    return briefing.model_copy(update={"sources_apart": [apart], "updates": [update]})


def test_markdown_puts_who_stands_apart_above_the_table_and_updates_in_their_own_section(briefing: Briefing) -> None:
    text = render(_developing(briefing), "md")
    section = text.split("## Where sources disagree\n", 1)[1].split("\n## ", 1)[0]
    assert section.lstrip().startswith("- S2 differs from most sources on 2 points")
    assert section.index("differs from most") < section.index("| Subject |")
    updates = text.split("## Figures updated over time\n", 1)[1].split("\n## ", 1)[0]
    assert "**Boats in the harbour**: 120 at 2025-06-03 06:00 [S1] → 300 at 2025-06-03 18:00 [S2]" in updates
    assert "Boats in the harbour" not in section  # an update is no disagreement


def test_html_shows_the_same_two_parts(briefing: Briefing) -> None:
    html = render_html(_developing(briefing), ARTICLES)
    disagree = html.index('<ul class="apart"><li>S2 differs from most sources on 2 points')
    assert disagree < html.index("<table>")
    steps = re.findall(r'<time datetime="([^"]+)">', html.split('<ul class="updates">', 1)[1])
    assert steps[:2] == ["2025-06-03T06:00", "2025-06-03T18:00"]
    assert "rose from 120 at 06:00 (S1) to 300 at 18:00 (S2)" in html


def test_nothing_moved_nothing_apart(briefing: Briefing) -> None:
    text = render(briefing, "md")
    assert "Figures updated over time" not in text and "differs from most" not in text
