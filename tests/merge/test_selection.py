"""Selection: a short ranked main list, the rest kept as details; the merger leaves synthesis to the next stage."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import Doc, build

from summarizer.merge import merge
from summarizer.merge.select import MAIN_LARGE, MAIN_SMALL, select
from summarizer.render.html import render_html
from summarizer.render.markdown import render_markdown
from summarizer.schema import KeyPoint
from summarizer.synthesize import synthesize

TOPICS = ["bridge", "tunnel", "ferry", "harbour", "airport", "depot", "canal", "station", "market", "stadium",
          "library", "hospital", "school", "museum", "park", "prison", "dam", "mine", "farm", "mill"]


def _story(n_sources: int) -> tuple[list, list]:
    docs = []
    for k in range(n_sources):
        doc = Doc(f"S{k + 1}")
        doc.say("The regional council closed the old coast road for repairs on Friday.")
        for topic in TOPICS[k % 4 :: 4][:4]:
            doc.say(f"Inspectors from office {k + 1} visited the {topic} near Velm number {k + 1}.")
        docs.append(doc)
    return build(*docs)


def test_main_list_is_at_most_twelve_for_a_small_story_and_the_rest_are_ranked_details() -> None:
    briefing = merge(*_story(6))
    main = [p for p in briefing.key_points if p.tier == "main"]
    details = [p for p in briefing.key_points if p.tier == "detail"]
    assert len(briefing.key_points) > MAIN_SMALL
    assert len(main) == MAIN_SMALL and details
    assert [p.rank for p in briefing.key_points] == list(range(1, len(briefing.key_points) + 1))
    assert briefing.key_points[0].tier == "main" and len(briefing.key_points[0].sources) == 6


def test_bigger_stories_get_a_longer_main_list() -> None:
    points = [KeyPoint(text=f"Point {i}.", sources=["S1"]) for i in range(30)]
    assert sum(p.tier == "main" for p in select(points, 10)) == MAIN_SMALL
    assert sum(p.tier == "main" for p in select(points, 11)) == MAIN_LARGE
    assert sum(p.tier == "main" for p in select(points[:5], 40)) == 5


def test_renderers_fold_details_under_more_details() -> None:
    briefing = synthesize(merge(*_story(6)))
    details = [p for p in briefing.key_points if p.tier == "detail"]
    text = render_markdown(briefing)
    head, _, folded = text.partition("<summary>More details")
    assert folded and f"({len(details)})" in folded.split("\n")[0]
    assert all(p.text in folded and p.text not in head for p in details)
    html = render_html(briefing, {})
    assert html.count('class="more-details"') == 1
    assert html.index(details[0].text) > html.index("More details")


def test_headline_never_opens_on_a_pronoun_and_overview_tells_a_fact_once() -> None:
    a = Doc("S1").say("He said the new pier at Harwick would open in May.", salience=1.0)
    a.say("The harbour authority opened the new pier at Harwick to ferries on Saturday.")
    b = Doc("S2").say("He said the new pier at Harwick would open in May.", salience=1.0)
    b.say("The new pier at Harwick was opened to ferries by the harbour authority on Saturday.")
    c = Doc("S3").say("The harbour authority opened the new pier at Harwick to ferries on Saturday.")
    briefing = synthesize(merge(*build(a, b, c)))
    assert not briefing.headline.lower().startswith("he ")
    assert "pier" in briefing.headline
    assert briefing.overview.lower().count("opened") == 1


def test_the_merger_never_imports_synthesis() -> None:
    package = Path(__file__).resolve().parents[2] / "summarizer" / "merge"
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert not (node.module or "").startswith("summarizer.synthesize"), path.name
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("summarizer.synthesize") for a in node.names), path.name
